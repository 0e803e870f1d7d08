"""The demo's customs step: the whole catalogue classified, only the declared codes with evidence
flagged (each with its reason), corrections proposed only where there is a sound one, and landed
costs for six destinations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from globalsell.bootstrap import Runtime, build_runtime, upgrade
from globalsell.config import Settings, sqlite_url
from globalsell.core.clock import FixedClock
from globalsell.customs.models import HsClassification
from globalsell.demo import builder
from globalsell.demo.builder import DemoReport
from tests.conftest import NOW


@pytest.fixture(scope="module")
def demo_runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    url = sqlite_url(tmp_path_factory.mktemp("customs-demo") / "demo.db")
    runtime = build_runtime(Settings(database_url=url), clock=FixedClock(NOW))
    upgrade(runtime.engine)
    yield runtime
    runtime.engine.dispose()


@pytest.fixture(scope="module")
def demo(demo_runtime: Runtime) -> DemoReport:
    return builder.build_demo(demo_runtime)


def test_only_declared_codes_with_evidence_are_flagged(
    demo: DemoReport, demo_runtime: Runtime
) -> None:
    assert demo.customs is not None
    assert demo.customs.classified == 47
    with demo_runtime.session_factory() as session:
        flagged = {
            row.sku: (row.declared_code, [f["flag"] for f in row.flags])
            for row in session.scalars(select(HsClassification).order_by(HsClassification.sku))
            if row.flags
        }
    assert flagged == {
        "NB-AP-001": ("8516710000", ["zero_padded"]),
        "NB-KT-006": ("3924100000", ["zero_padded"]),
        "NB-PT-003": ("392690", ["wrong_material"]),
        "NB-SP-001": ("9506910000", ["zero_padded"]),
        "NB-TY-003": ("9503008900", ["not_in_schedule"]),
    }
    proposals = {sku: (declared, code[:6]) for sku, declared, code, _ in demo.customs.flagged}
    # padded or unknown national lines keep the declared subheading
    assert proposals == {
        "NB-KT-006": ("3924100000", "392410"),
        "NB-SP-001": ("9506910000", "950691"),
        "NB-TY-003": ("9503008900", "950300"),
    }


def test_six_destinations_are_quoted(demo: DemoReport) -> None:
    assert demo.customs is not None
    assert [(q.destination, q.complete) for q in demo.customs.quotes] == [
        ("US", True),
        ("GB", True),
        ("DE", True),
        ("JP", True),
        ("AU", True),
        ("CA", True),
    ]
