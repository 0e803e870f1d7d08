"""Arrival predictions and exceptions: lane history (transit times per origin, destination,
mode and carrier), the P10/P50/P90 arrival per leg and shipment, and the exceptions a shipment
opens and resolves (late departure, dwell at port or in customs, short receipt, late for need)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from globalsell.accounts.models import Seller
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    FieldError,
    ValidationFailed,
)
from globalsell.logistics import domain, exception_rules
from globalsell.logistics.domain import ExceptionKind, Milestone, Mode
from globalsell.logistics.models import (
    LaneTransit,
    Leg,
    Shipment,
    ShipmentException,
)
from globalsell.logistics.transit import Lane, LaneHistory, LegPlan, predict

OPEN = "open"
RESOLVED = "resolved"


# ---------------------------------------------------------------- ETA and exceptions


def lane_history(session: Session, *, seller_id: int, exclude: int | None = None) -> LaneHistory:
    """Transit days of every leg of the seller that has departed and arrived."""
    history = LaneHistory()
    rows = session.execute(
        select(Leg)
        .join(Shipment, Shipment.id == Leg.shipment_id)
        .where(
            Shipment.seller_id == seller_id,
            Leg.actual_departure.is_not(None),
            Leg.actual_arrival.is_not(None),
        )
    ).scalars()
    for leg in rows:
        if leg.shipment_id == exclude or leg.actual_departure is None or leg.actual_arrival is None:
            continue
        days = (leg.actual_arrival - leg.actual_departure).total_seconds() / 86_400
        if days >= 0:
            history.add(Lane(leg.origin, leg.destination, leg.mode, leg.carrier), days)
    for transit in session.scalars(select(LaneTransit).where(LaneTransit.seller_id == seller_id)):
        days = (transit.arrived_at - transit.departed_at).total_seconds() / 86_400
        history.add(Lane(transit.origin, transit.destination, transit.mode, transit.carrier), days)
    return history


def record_transits(
    session: Session,
    *,
    actor: Actor,
    transits: Sequence[domain.TransitInput],
    source: str,
    now: datetime,
) -> int:
    """Add past transits to the lane history (all or nothing; a transit already recorded, same
    lane, carrier and departure, is skipped). How many were added."""
    actor.require(Role.OPERATOR, "recording lane history")
    now = ensure_aware(now)
    errors: list[FieldError] = []
    for row, t in enumerate(transits, start=1):
        before = len(errors)
        for name in ("origin", "destination"):
            if not domain.UNLOCODE.match(getattr(t, name)) and not domain.SHIPMENT_CODE.match(
                getattr(t, name)
            ):
                errors.append(FieldError(name, "a UN/LOCODE or location code", row=row))
        for name in ("departed_at", "arrived_at"):
            value = getattr(t, name)
            if value.tzinfo is None:
                errors.append(FieldError(name, "has no timezone", row=row, value=value.isoformat()))
        if len(errors) == before and t.arrived_at < t.departed_at:
            errors.append(FieldError("arrived_at", "is before the departure", row=row))
        if len(errors) == before and t.arrived_at > now + domain.FUTURE_SKEW:
            errors.append(FieldError("arrived_at", "is in the future", row=row))
    if errors:
        raise ValidationFailed(f"{len(errors)} problem(s); no transit was recorded", errors=errors)
    seen = {
        (r.origin, r.destination, r.mode, r.carrier, r.departed_at)
        for r in session.scalars(
            select(LaneTransit).where(LaneTransit.seller_id == actor.seller_id)
        )
    }
    added = 0
    for t in transits:
        key = (
            t.origin,
            t.destination,
            t.mode,
            t.carrier.strip().upper(),
            ensure_aware(t.departed_at),
        )
        if key in seen:
            continue
        seen.add(key)
        session.add(
            LaneTransit(
                seller_id=actor.seller_id,
                origin=t.origin,
                destination=t.destination,
                mode=t.mode,
                carrier=key[3],
                departed_at=key[4],
                arrived_at=ensure_aware(t.arrived_at),
                planned_arrival=ensure_aware(t.planned_arrival) if t.planned_arrival else None,
                source=source[:120],
                recorded_at=now,
            )
        )
        added += 1
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="logistics.lane_history.recorded",
        subject_type="lane_transits",
        subject_id=source[:120],
        data={"given": len(transits), "added": added},
        now=now,
    )
    return added


def _first(shipment: Shipment, milestone: Milestone) -> datetime | None:
    times = [m.occurred_at for m in shipment.milestones if m.milestone is milestone]
    return min(times) if times else None


def refresh(session: Session, *, shipment: Shipment, history: LaneHistory, now: datetime) -> None:
    """Re-predict the legs' and the shipment's arrival, then open, update or resolve its
    exceptions from the facts."""
    plans = [
        LegPlan(
            Lane(lg.origin, lg.destination, lg.mode, lg.carrier),
            lg.planned_departure,
            lg.planned_arrival,
            lg.actual_departure,
            lg.actual_arrival,
        )
        for lg in shipment.legs
    ]
    etas = predict(plans, history, now=now)
    for leg, eta in zip(shipment.legs, etas, strict=True):
        leg.predicted_earliest, leg.predicted_arrival, leg.predicted_latest = (
            eta.earliest,
            eta.expected,
            eta.latest,
        )
    if shipment.received_at is not None:
        shipment.predicted_earliest = shipment.predicted_arrival = shipment.predicted_latest = (
            shipment.received_at
        )
        shipment.eta_source = "actual"
    elif etas:
        last = etas[-1]
        shipment.predicted_earliest = last.earliest
        shipment.predicted_arrival = last.expected
        shipment.predicted_latest = last.latest
        sources = {e.source for e in etas if e.source != "actual"}
        shipment.eta_source = ", ".join(sorted(sources)) or "actual"
    facts = exception_rules.ShipmentFacts(
        status=shipment.status,
        planned_departure=next(
            (lg.planned_departure for lg in shipment.legs if lg.mode is not Mode.TRUCK),
            shipment.legs[0].planned_departure if shipment.legs else None,
        ),
        departed_at=_first(shipment, Milestone.DEPARTED_ORIGIN)
        or (shipment.departed_at if shipment.status in domain.DEPARTED else None),
        arrived_port_at=_first(shipment, Milestone.ARRIVED_PORT),
        customs_hold_at=_first(shipment, Milestone.CUSTOMS_HOLD),
        customs_cleared_at=_first(shipment, Milestone.CUSTOMS_CLEARED)
        or (
            _first(shipment, Milestone.DELIVERED)
            if shipment.status in (Milestone.DELIVERED, Milestone.RECEIVED_AT_FC)
            else None
        ),
        predicted_arrival=shipment.predicted_arrival,
        need_by=shipment.need_by,
        shipped={ln.sku: ln.quantity for ln in shipment.lines},
        received=(
            {ln.sku: ln.received or 0 for ln in shipment.lines}
            if shipment.received_at is not None
            else None
        ),
    )
    actor = Actor(name="logistics:monitor", seller_id=shipment.seller_id, role=Role.OPERATOR)
    findings = exception_rules.find_exceptions(facts, now=now)
    found = {f.kind for f in findings}
    for finding in findings:
        open_exception(session, actor=actor, shipment=shipment, finding=finding, now=now)
    for row in session.scalars(
        select(ShipmentException).where(
            ShipmentException.shipment_id == shipment.id, ShipmentException.status == OPEN
        )
    ):
        if row.kind not in found and row.kind is not ExceptionKind.IMPOSSIBLE_SEQUENCE:
            row.status = RESOLVED
            row.resolved_at = now
            row.updated_at = now
            audit.record(
                session,
                actor=actor,
                action="logistics.exception.resolved",
                subject_type="shipment_exception",
                subject_id=row.id,
                data={"shipment": shipment.code, "kind": row.kind.value},
                now=now,
            )
    session.flush()


def open_exception(
    session: Session,
    *,
    actor: Actor,
    shipment: Shipment,
    finding: exception_rules.Finding,
    now: datetime,
) -> ShipmentException:
    """Open an exception, or refresh the evidence of the open one of the same kind."""
    row = session.scalar(
        select(ShipmentException).where(
            ShipmentException.shipment_id == shipment.id,
            ShipmentException.kind == finding.kind,
            ShipmentException.status == OPEN,
        )
    )
    if row is not None:
        row.message = finding.message[:500]
        row.evidence = dict(finding.evidence)
        row.updated_at = now
        return row
    row = ShipmentException(
        seller_id=shipment.seller_id,
        shipment_id=shipment.id,
        kind=finding.kind,
        status=OPEN,
        message=finding.message[:500],
        evidence=dict(finding.evidence),
        opened_at=now,
        updated_at=now,
        resolved_at=None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="logistics.exception.opened",
        subject_type="shipment_exception",
        subject_id=row.id,
        data={"shipment": shipment.code, "kind": finding.kind.value, "message": row.message},
        now=now,
    )
    return row


def list_exceptions(
    session: Session, *, actor: Actor, open_only: bool = True
) -> list[ShipmentException]:
    """Shipment exceptions, newest first, open ones only by default."""
    query = (
        select(ShipmentException)
        .where(ShipmentException.seller_id == actor.seller_id)
        .options(selectinload(ShipmentException.shipment))
    )
    if open_only:
        query = query.where(ShipmentException.status == OPEN)
    return list(
        session.scalars(
            query.order_by(ShipmentException.opened_at.desc(), ShipmentException.id.desc())
        )
    )


def seller_slug(session: Session, *, seller_id: int) -> str:
    """The seller's slug (the tracking webhook's path)."""
    return session.get_one(Seller, seller_id).slug
