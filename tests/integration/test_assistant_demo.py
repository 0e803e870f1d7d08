"""Every detector on the demo seller's data: exactly the problems the bundled catalogue has."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.assistant import detectors, service
from globalsell.assistant.domain import Profile, Snapshot, thresholds_for
from globalsell.bootstrap import Runtime, build_runtime, upgrade
from globalsell.config import Settings, sqlite_url
from globalsell.core.clock import FixedClock
from globalsell.demo import builder
from globalsell.demo.builder import DemoReport
from tests.conftest import NOW


@pytest.fixture(scope="module")
def demo_runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    """The demo in its own SQLite file (the builder commits its own units of work)."""
    url = sqlite_url(tmp_path_factory.mktemp("assistant-demo") / "demo.db")
    runtime = build_runtime(Settings(database_url=url), clock=FixedClock(NOW))
    upgrade(runtime.engine)
    yield runtime
    runtime.engine.dispose()


@pytest.fixture(scope="module")
def demo(demo_runtime: Runtime) -> DemoReport:
    return builder.build_demo(demo_runtime)


@pytest.fixture
def session(demo_runtime: Runtime, demo: DemoReport) -> Iterator[Session]:
    with demo_runtime.session_factory() as session:
        yield session
        session.rollback()


def _snapshot(session: Session, days: int = 0) -> Snapshot:
    seller = accounts.get_seller_by_slug(session, slug=builder.SELLER_SLUG)
    actor = service.assistant_actor(seller.id)
    return service.build_snapshot(session, actor=actor, now=NOW + timedelta(days))


T = thresholds_for(Profile())


def test_demo_completeness(session: Session) -> None:
    found = detectors.CatalogueCompleteness().detect(_snapshot(session), T)
    assert {f.evidence["sku"]: f.evidence["missing"] for f in found} == {
        "NB-BT-004": {"NB-BT-004": ["barcode (GTIN)"]},
        "NB-CL-001": {
            s: ["barcode (GTIN)"]
            for s in ("NB-CL-001-BLK-L", "NB-CL-001-BLK-M", "NB-CL-001-WHT-L", "NB-CL-001-WHT-M")
        },
        "NB-CL-002": {"NB-CL-002": ["weight"]},
        "NB-HS-001": {"NB-HS-001": ["barcode (GTIN)"]},
        "NB-HS-003": {"NB-HS-003": ["barcode (GTIN)"]},
        "NB-KT-007": {"NB-KT-007": ["barcode (GTIN)"]},
        "NB-PT-003": {"NB-PT-003": ["barcode (GTIN)"]},
        "NB-SP-003": {"NB-SP-003": ["dimensions"]},
    }


def test_demo_hs_codes(session: Session) -> None:
    found = detectors.DeclaredHsCode().detect(_snapshot(session), T)
    assert [(f.evidence["sku"], f.evidence["hs_code_declared"]) for f in found] == [
        ("NB-AP-001", "8516710000"),
        ("NB-KT-006", "3924100000"),
        ("NB-SP-001", "9506910000"),
    ]


def test_demo_cost_outliers(session: Session) -> None:
    found = detectors.UnitCostOutlier().detect(_snapshot(session), T)
    assert [(f.subject, f.remedy.payload if f.remedy else None) for f in found] == [
        ("cost:NB-KT-003", {"sku": "NB-KT-003", "changes": {"unit_cost": "38"}})
    ]


def test_demo_stale_proposals(session: Session) -> None:
    assert detectors.StaleProposals().detect(_snapshot(session), T) == []
    later = detectors.StaleProposals().detect(_snapshot(session, days=8), T)
    still_proposed = session.scalar(
        select(func.count())
        .select_from(ChangeRequest)
        .where(ChangeRequest.status == ChangeStatus.PROPOSED)
    )
    # every proposal the demo leaves open (catalogue, listings, customs, assistant) is 8 days old
    assert still_proposed == len(later)
    assert [f.evidence["age_days"] for f in later] == [8] * len(later)
    assert {f.evidence["kind"] for f in later} >= {"catalog.attribute.set"}


def test_the_demo_run_lists_findings_and_files_the_slip(demo: DemoReport) -> None:
    assert [(rank, status) for rank, _, status, _, _ in demo.assistant][:2] == [
        (1, "proposed"),
        (2, "shown"),
    ]
    assert len(demo.assistant) == 12
    assert demo.assistant[0][4].startswith("The unit cost of NB-KT-003 (3800 CNY) is ")
