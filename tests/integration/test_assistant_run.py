"""The assistant run end to end: snapshot through services, findings stored, remedies filed as
proposals, no nagging after a rejection, learning, idempotent scheduled runs."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.assistant import service
from globalsell.assistant.domain import FindingStatus, RiskAppetite
from globalsell.assistant.models import AssistantRun
from globalsell.assistant.schemas import ProfileUpdate
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor, Role
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import PermissionDenied
from tests.factories import AT, make_member, make_product, make_seller


def _seller_with_slip(session: Session) -> Actor:
    owner = make_member(session, make_seller(session))
    for i, cost in enumerate(["8", "10", "12", "9", "11"]):
        make_product(session, owner.actor, sku=f"P-{i}", unit_cost=cost)
    make_product(session, owner.actor, sku="SLIP-1", unit_cost="1050")
    return owner.actor


def _run(session: Session, runtime: Runtime, actor: Actor, days: int = 0) -> AssistantRun:
    return service.run(
        session,
        registry=runtime.registry,
        detectors=runtime.detectors,
        actor=service.assistant_actor(actor.seller_id),
        now=AT + timedelta(days=days),
    )


def _slip(session: Session, actor: Actor, run: AssistantRun) -> service.AssistantFinding:
    rows = service.list_findings(session, actor=actor, run_id=run.id)
    return next(f for f in rows if f.subject == "cost:SLIP-1")


def test_a_run_files_the_remedy_and_approving_it_applies_it(
    session: Session, runtime: Runtime
) -> None:
    actor = _seller_with_slip(session)
    run = _run(session, runtime, actor)
    finding = _slip(session, actor, run)
    assert (finding.status, finding.rank, finding.impact_amount) == (
        FindingStatus.PROPOSED,
        1,
        Decimal("1040"),
    )
    assert run.proposals_count == 1
    change = approvals.get_change(session, change_id=finding.change_request_id or 0, actor=actor)
    assert (change.kind, change.payload, change.proposed_by, change.dedupe_key) == (
        "catalog.product.update",
        {"sku": "SLIP-1", "changes": {"unit_cost": "10.5"}},
        "assistant",
        "assistant:catalog.cost_outlier:cost:SLIP-1",
    )
    # nothing changed until approved
    assert catalog.get_product(session, actor=actor, sku="SLIP-1").unit_cost == Decimal("1050")
    view = approvals.inspect(session, registry=runtime.registry, change_id=change.id, actor=actor)
    approvals.approve_and_apply(
        session,
        registry=runtime.registry,
        change_id=change.id,
        seen_fingerprint=view.fingerprint,
        actor=actor,
        now=AT,
    )
    assert catalog.get_product(session, actor=actor, sku="SLIP-1").unit_cost == Decimal("10.5")
    actions = session.execute(
        select(AuditEntry.actor, AuditEntry.action)
        .where(AuditEntry.seller_id == actor.seller_id, AuditEntry.action.like("%.%.%"))
        .where(
            AuditEntry.action.in_(
                [
                    "assistant.finding.proposed",
                    "approvals.change_request.approved",
                    "catalog.product.updated",
                    "assistant.run.completed",
                ]
            )
        )
        .order_by(AuditEntry.id)
    ).all()
    assert [tuple(a) for a in actions] == [
        ("assistant", "assistant.finding.proposed"),
        ("assistant", "assistant.run.completed"),
        (actor.name, "approvals.change_request.approved"),
        (actor.name, "catalog.product.updated"),
    ]
    # the next run finds no cost left to fix
    later = _run(session, runtime, actor, 1)
    assert [
        f.subject
        for f in service.list_findings(session, actor=actor, run_id=later.id)
        if f.detector == "catalog.cost_outlier"
    ] == []


def test_an_open_proposal_is_not_filed_twice(session: Session, runtime: Runtime) -> None:
    actor = _seller_with_slip(session)
    first = _slip(session, actor, _run(session, runtime, actor))
    second = _slip(session, actor, _run(session, runtime, actor, 1))
    assert (second.status, second.change_request_id) == (
        FindingStatus.OPEN,
        first.change_request_id,
    )
    assert approvals.count_open(session, actor=actor) == 1


def test_a_rejected_finding_is_not_proposed_again_until_its_data_changes(
    session: Session, runtime: Runtime
) -> None:
    actor = _seller_with_slip(session)
    first = _slip(session, actor, _run(session, runtime, actor))
    approvals.reject(
        session, change_id=first.change_request_id or 0, reason="it is right", actor=actor, now=AT
    )
    again = _slip(session, actor, _run(session, runtime, actor, 1))
    assert (again.status, again.change_request_id) == (FindingStatus.MUTED, first.change_request_id)
    assert approvals.count_open(session, actor=actor) == 0
    catalog.update_product(session, actor=actor, sku="SLIP-1", changes={"unit_cost": "990"}, now=AT)
    changed = _slip(session, actor, _run(session, runtime, actor, 2))
    assert changed.status is FindingStatus.PROPOSED
    assert changed.change_request_id != first.change_request_id


def test_a_kind_the_seller_keeps_rejecting_is_learned(session: Session, runtime: Runtime) -> None:
    actor = _seller_with_slip(session)
    for day, cost in enumerate(["1050", "1060", "1070"]):
        catalog.update_product(
            session, actor=actor, sku="SLIP-1", changes={"unit_cost": cost}, now=AT
        )
        finding = _slip(session, actor, _run(session, runtime, actor, day))
        assert finding.status is FindingStatus.PROPOSED
        approvals.reject(
            session,
            change_id=finding.change_request_id or 0,
            reason="no",
            actor=actor,
            now=AT + timedelta(days=day),
        )
    catalog.update_product(
        session, actor=actor, sku="SLIP-1", changes={"unit_cost": "1080"}, now=AT
    )
    assert _slip(session, actor, _run(session, runtime, actor, 3)).status is FindingStatus.LEARNED
    # months later the old rejections have faded
    assert _slip(session, actor, _run(session, runtime, actor, 120)).status is (
        FindingStatus.PROPOSED
    )


def test_the_daily_budget_caps_what_is_shown(session: Session, runtime: Runtime) -> None:
    owner = make_member(session, make_seller(session))
    for i in range(4):
        make_product(session, owner.actor, sku=f"BARE-{i}")
    service.update_profile(
        session, actor=owner.actor, changes=ProfileUpdate(daily_alert_budget=2), now=AT
    )
    run = _run(session, runtime, owner.actor)
    statuses = [f.status for f in service.list_findings(session, actor=owner.actor, run_id=run.id)]
    assert statuses == [FindingStatus.SHOWN] * 2 + [FindingStatus.OVER_BUDGET] * 2


def test_the_profile_changes_thresholds(session: Session, runtime: Runtime) -> None:
    owner = make_member(session, make_seller(session))
    for i, cost in enumerate(["8", "10", "12", "9", "11"]):
        make_product(session, owner.actor, sku=f"P-{i}", unit_cost=cost)
    make_product(session, owner.actor, sku="DEAR", unit_cost="45")  # 4.5x the median
    subjects = lambda: [  # noqa: E731
        f.subject
        for f in service.list_findings(
            session, actor=owner.actor, run_id=_run(session, runtime, owner.actor).id
        )
        if f.detector == "catalog.cost_outlier"
    ]
    assert subjects() == []
    service.update_profile(
        session, actor=owner.actor, changes=ProfileUpdate(risk_appetite=RiskAppetite.LOW), now=AT
    )
    assert service.get_profile(session, actor=owner.actor).risk_appetite is RiskAppetite.LOW
    session.execute(select(AssistantRun))  # the profile is read fresh on each run
    assert subjects() == ["cost:DEAR"]


def test_a_slot_runs_once_and_viewers_cannot_run(session: Session, runtime: Runtime) -> None:
    actor = _seller_with_slip(session)
    kwargs = {
        "registry": runtime.registry,
        "detectors": runtime.detectors,
        "actor": service.assistant_actor(actor.seller_id),
        "now": AT,
    }
    first = service.run(session, slot="schedule:2026-11-25T06:00Z", **kwargs)  # type: ignore[arg-type]
    again = service.run(session, slot="schedule:2026-11-25T06:00Z", **kwargs)  # type: ignore[arg-type]
    assert first.id == again.id
    assert (
        session.scalar(
            select(func.count(ChangeRequest.id)).where(ChangeRequest.seller_id == actor.seller_id)
        )
        == 1
    )
    viewer = Actor(name="v", seller_id=actor.seller_id, role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        service.run(
            session, registry=runtime.registry, detectors=runtime.detectors, actor=viewer, now=AT
        )
    assert (
        session.scalar(
            select(func.count(AssistantRun.id)).where(AssistantRun.seller_id == actor.seller_id)
        )
        == 1
    )
    assert approvals.list_changes(session, actor=actor)[0].status is ChangeStatus.PROPOSED


def test_another_sellers_data_is_never_in_the_snapshot(session: Session) -> None:
    mine = make_member(session, make_seller(session))
    theirs = make_member(session, make_seller(session))
    make_product(session, mine.actor, sku="MINE-1")
    make_product(session, theirs.actor, sku="THEIRS-1")
    snapshot = service.build_snapshot(session, actor=mine.actor, now=AT)
    assert [p.sku for p in snapshot.products] == ["MINE-1"]
