"""Every detector on the demo seller's data: exactly the problems the bundled catalogue has."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.assistant import detectors, market, operations, service
from globalsell.assistant.domain import Profile, Snapshot, thresholds_for
from globalsell.bootstrap import Runtime
from globalsell.core.audit import AuditEntry
from globalsell.demo import builder
from globalsell.demo.builder import DemoReport
from globalsell.pricing import changes as pricing_changes
from tests.conftest import DEMO_NOW as NOW
from tests.conftest import DemoStore


@pytest.fixture(scope="module")
def demo_runtime(
    demo_store: DemoStore, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Runtime]:
    """A private copy of the demo (the builder commits its own units of work)."""
    runtime = demo_store.runtime(tmp_path_factory.mktemp("assistant-demo"))
    yield runtime
    runtime.engine.dispose()


@pytest.fixture(scope="module")
def demo(demo_store: DemoStore) -> DemoReport:
    """The demo as `globalsell demo` builds it: catalogue, inventory and prices, then listings,
    then the assistant's run over all of it."""
    return demo_store.report


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
    found = operations.HsCodeCheck().detect(_snapshot(session), T)
    assert [
        (f.evidence["sku"], f.evidence["hs_code_declared"], f.severity.value) for f in found
    ] == [
        ("NB-AP-001", "8516710000", "warning"),
        ("NB-BT-004", None, "info"),
        ("NB-CL-002", None, "info"),  # socks: calibrated confidence 0.32, too unsure to rely on
        ("NB-KT-006", "3924100000", "warning"),
        ("NB-SP-001", "9506910000", "warning"),
        ("NB-ST-001", "482010", "warning"),
        ("NB-TY-003", "9503008900", "critical"),
    ]


def test_demo_stock_out_price_and_quiet_detectors(session: Session) -> None:
    snapshot = _snapshot(session)
    risky = operations.StockOutRisk().detect(snapshot, T)
    acted = [f for f in risky if f.remedy is not None]
    assert [(f.subject, f.severity.value) for f in acted] == [("stock:NB-AP-002@DE", "critical")]
    assert acted[0].remedy is not None
    assert acted[0].remedy.payload["shipments"][0]["mode"] == "air"
    # the rest are gaps until the inbound of 1 December lands, nothing can shorten them: a
    # shelf empty now is critical, one that empties before the inbound lands a warning
    assert {
        (f.severity.value, int(f.evidence["available"]) == 0) for f in risky if f.remedy is None
    } == {("critical", True), ("warning", False)}
    prices = market.PriceCheck().detect(snapshot, T)
    assert [(f.subject, f.severity.value) for f in prices] == [("price:NB-AP-003@JP", "critical")]
    # every demo SKU is listed in every store it sells in, and no listing breaks a rule
    assert market.Expansion().detect(snapshot, T) == []
    assert operations.ExcessStock().detect(snapshot, T) == []
    assert market.ListingIssues().detect(snapshot, T) == []


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


def test_the_demo_run_lists_findings_and_proposals_for_the_seeded_problems(
    demo: DemoReport,
) -> None:
    # an empty shelf now is the most urgent: every one comes first, critical
    empty = [row for row in demo.assistant if " is out of stock now (0 available" in row[4]]
    assert len(empty) == 16
    assert demo.assistant[: len(empty)] == empty
    assert {(severity, status) for _, severity, status, _, _ in empty} == {("critical", "shown")}
    rest = demo.assistant[len(empty) :]
    top = [(rank, severity, status) for rank, severity, status, _, _ in rest[:4]]
    assert top == [
        (17, "critical", "proposed"),
        (18, "critical", "proposed"),
        (19, "critical", "proposed"),
        (20, "critical", "shown"),
    ]
    reasons = [reason for *_, reason in rest[:4]]
    assert reasons[0].startswith("The unit cost of NB-KT-003 (CN¥3,800.00) is ")
    # its next units are on the tracked DE ocean shipment, due after the shelf empties
    assert reasons[1].startswith("NB-AP-002 in DE runs out in about 8 days (10 available")
    assert reasons[2].startswith("NB-AP-003 in JP at ¥1,780 loses ¥137 a unit")
    assert reasons[3].startswith("The HS code declared for NB-TY-003 (9503008900)")


def test_a_finding_citing_customs_proposal_links_to_it(session: Session) -> None:
    # one proposal per problem, and the page's "linked to a proposal" counts it
    seller = accounts.get_seller_by_slug(session, slug=builder.SELLER_SLUG)
    actor = service.assistant_actor(seller.id)
    cited = [f for f in service.list_findings(session, actor=actor) if "(proposal #" in f.reason]
    assert cited
    for f in cited:
        assert f.change_request_id is not None
        assert f"(proposal #{f.change_request_id})" in f.reason
        change = session.get(ChangeRequest, f.change_request_id)
        assert change is not None
        assert change.proposed_by != "assistant"


def test_approving_a_demo_proposal_applies_it_and_the_audit_says_who(
    demo_runtime: Runtime, demo: DemoReport
) -> None:
    [change_id] = [row[3] for row in demo.assistant if row[4].startswith("NB-AP-003 in JP at")]
    assert change_id is not None
    with demo_runtime.session_factory() as session:
        seller = accounts.get_seller_by_slug(session, slug=builder.SELLER_SLUG)
        user = accounts.user_by_email(session, email=builder.OWNER_EMAIL)
        owner = accounts.actor_for(session, user_id=user.id, seller_id=seller.id)
        view = approvals.inspect(
            session, registry=demo_runtime.registry, change_id=change_id, actor=owner
        )
        done = approvals.approve_and_apply(
            session,
            registry=demo_runtime.registry,
            change_id=change_id,
            seen_fingerprint=view.fingerprint,
            actor=owner,
            now=NOW,
            ttl=demo_runtime.settings.approval_ttl,
        )
        assert done.status is ChangeStatus.APPLIED
        [active] = list(pricing_changes.prices_for(session, sku="NB-AP-003", actor=owner))
        assert (active.store, active.amount, active.currency) == ("JP", Decimal("2880"), "JPY")
        trail = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.seller_id == seller.id, AuditEntry.at == NOW)
            .order_by(AuditEntry.id.desc())
            .limit(4)
        ).all()
        actions = {(e.action, e.actor) for e in trail}
        assert ("pricing.price.applied", owner.name) in actions
        assert any(a.startswith("approvals.") and who == owner.name for a, who in actions)
        session.rollback()
