"""Planning through approvals: forecast -> plan -> proposal -> approval records the plan."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import build_registry
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.forecasting import service as forecasting
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.planning import service
from globalsell.planning.schemas import PlanSettings
from tests.factories import AT, Member, make_location, receive_stock
from tests.integration.test_forecast_service import _world

# Made-up test figures, standing in for the seller's own.
SETTINGS = {
    "lanes": [
        {
            "country": "DE",
            "mode": "ocean",
            "lead_weeks": 6,
            "cost_per_unit": 0.5,
            "cost_per_m3": 40,
        },
        {"country": "DE", "mode": "air", "lead_weeks": 1, "cost_per_unit": 2.0, "cost_per_m3": 400},
    ],
    "skus": [
        {
            "sku": s,
            "unit_m3": 0.002,
            "case_pack": 12,
            "moq": 0,
            "holding_hub": 0.01,
            "holding_fc": 0.05,
            "lost_sale_cost": 8.0,
        }
        for s in ("CUP-1", "MUG-2")
    ],
}


def _fc_on_hand(session: Session, owner: Member) -> dict[str, int]:
    return {
        p.sku: p.on_hand
        for p in inventory.pool_positions(session, seller_id=owner.actor.seller_id, skus=None)
        if p.location_code == "FBA-DE"
    }


def test_plan_is_proposed_and_recorded_when_approved(session: Session) -> None:
    owner = _world(session)
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    receive_stock(session, owner.actor, "CUP-1", "CN-NGB", 600)
    receive_stock(session, owner.actor, "MUG-2", "CN-NGB", 600)
    forecasting.run_forecasts(session, actor=owner.actor, now=AT, history_weeks=12)
    # a stock count finds most of the DE stock gone: the FC now needs goods from the hub
    inventory.post_moves(
        session,
        actor=owner.actor,
        moves=[
            MoveLine(sku, "FBA-DE", -(on_hand - 3), MoveReason.COUNTED, "count-1")
            for sku, on_hand in _fc_on_hand(session, owner).items()
        ],
        now=AT,
    )
    registry = build_registry()

    change = service.propose_plan(
        session,
        actor=owner.actor,
        registry=registry,
        settings=PlanSettings.model_validate(SETTINGS),
        now=AT,
    )

    assert change.kind == "planning.plan.accept"
    shipments = change.payload["shipments"]
    assert shipments
    assert all(s["units"] % 12 == 0 and s["to_country"] == "DE" for s in shipments)
    assert (
        session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "planning.plan.accepted")
        )
        == 0
    )
    approvals.approve_and_apply(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=approvals.fingerprint_of(change),
        actor=owner.actor,
        now=AT,
    )
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "planning.plan.accepted")
    ).one()
    assert entry.data["shipments"] == shipments


def test_a_plan_without_lanes_or_terms_or_forecast_is_refused(session: Session) -> None:
    owner = _world(session)
    registry = build_registry()
    no_lanes = PlanSettings.model_validate({**SETTINGS, "lanes": []})
    with pytest.raises(ValidationFailed, match="no lead times configured"):
        service.propose_plan(
            session, actor=owner.actor, registry=registry, settings=no_lanes, now=AT
        )
    with pytest.raises(NotFound):
        service.propose_plan(
            session,
            actor=owner.actor,
            registry=registry,
            settings=PlanSettings.model_validate(SETTINGS),
            now=AT,
        )
    forecasting.run_forecasts(session, actor=owner.actor, now=AT, history_weeks=12)
    partial = PlanSettings.model_validate({**SETTINGS, "skus": SETTINGS["skus"][:1]})
    with pytest.raises(ValidationFailed) as err:
        service.propose_plan(
            session, actor=owner.actor, registry=registry, settings=partial, now=AT
        )
    assert [e.value for e in err.value.errors] == ["MUG-2"]
    assert session.scalar(select(func.count()).select_from(ChangeRequest)) == 0
