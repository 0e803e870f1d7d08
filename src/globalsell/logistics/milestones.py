"""Milestones and stock: a shipment moves forward through its state machine, and the inventory
ledger follows it once (stock leaves the origin at departure and lands at the FC on receipt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    Conflict,
    FieldError,
    InvalidTransition,
    ValidationFailed,
)
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import MoveLine, MoveReason
from globalsell.logistics import domain, eta, exception_rules
from globalsell.logistics.domain import ExceptionKind, Milestone, Mode, Outcome, Step
from globalsell.logistics.models import (
    Leg,
    MilestoneRecord,
    Shipment,
)
from globalsell.logistics.service import DEPARTURE_LIKE, get_shipment

# ---------------------------------------------------------------- milestones and stock


@dataclass
class Applied:
    outcome: Outcome
    detail: str | None = None


def _fill_legs(
    shipment: Shipment, milestone: Milestone, at: datetime, location: str | None
) -> int | None:
    """Set the actual departure/arrival a milestone tells about; the id of the leg it concerns."""
    legs = shipment.legs
    if not legs:
        return None
    target: Leg | None = None
    if milestone in DEPARTURE_LIKE:
        open_legs = [lg for lg in legs if lg.actual_departure is None]
        road = (Mode.TRUCK, Mode.EXPRESS)
        if milestone is Milestone.PICKED_UP:
            # a pickup starts a pre-carriage leg (truck to the port) or a courier's journey
            if legs[0].actual_departure is None and legs[0].mode in road:
                target = legs[0]
        else:
            target = next((lg for lg in open_legs if location and lg.origin == location), None)
            if target is None and milestone is Milestone.DEPARTED_ORIGIN and open_legs:
                main = [lg for lg in open_legs if lg.mode is not Mode.TRUCK]
                target = main[0] if main else open_legs[0]
            elif target is None and milestone is Milestone.OUT_FOR_DELIVERY:
                last = legs[-1]
                if len(legs) > 1 and last.actual_departure is None and last.mode in road:
                    target = last
        if target is not None:
            target.actual_departure = at
            for earlier in legs[: target.sequence - 1]:
                if earlier.actual_departure is None:
                    earlier.actual_departure = min(at, earlier.planned_departure or at)
                if earlier.actual_arrival is None:
                    earlier.actual_arrival = at
    elif milestone in (Milestone.ARRIVED_PORT, Milestone.DELIVERED, Milestone.RECEIVED_AT_FC):
        pending = [lg for lg in legs if lg.actual_arrival is None]
        if milestone is Milestone.ARRIVED_PORT:
            target = next((lg for lg in pending if location and lg.destination == location), None)
            if target is None:
                started = [lg for lg in pending if lg.actual_departure is not None]
                target = started[0] if started else (pending[0] if pending else None)
        elif pending:
            target = legs[-1] if legs[-1].actual_arrival is None else None
        if target is not None:
            target.actual_arrival = at
            if target.actual_departure is None:
                target.actual_departure = min(at, target.planned_departure or at)
            for earlier in legs[: target.sequence - 1]:
                if earlier.actual_departure is None:
                    earlier.actual_departure = min(at, earlier.planned_departure or at)
                if earlier.actual_arrival is None:
                    earlier.actual_arrival = min(at, target.actual_departure)
    return target.id if target is not None else None


def _post_departure(
    session: Session, *, actor: Actor, shipment: Shipment, at: datetime, now: datetime
) -> None:
    moves: list[MoveLine] = []
    reference = f"shipment {shipment.code}"
    when = min(at, now)
    for line in shipment.lines:
        moves.append(
            MoveLine(
                line.sku,
                shipment.origin.code,
                -line.quantity,
                MoveReason.TRANSFER_OUT,
                reference,
                at=when,
            )
        )
        moves.append(
            MoveLine(
                line.sku,
                shipment.destination.code,
                line.quantity,
                MoveReason.TRANSFER_DISPATCHED,
                reference,
                at=when,
            )
        )
    inventory.post_moves(session, actor=actor, moves=moves, now=now)
    shipment.departed_at = when


def _post_receipt(
    session: Session, *, actor: Actor, shipment: Shipment, at: datetime, now: datetime
) -> None:
    moves: list[MoveLine] = []
    reference = f"shipment {shipment.code}"
    when = min(at, now)
    for line in shipment.lines:
        got = line.quantity if line.received is None else line.received
        line.received = got
        if got:
            moves.append(
                MoveLine(
                    line.sku,
                    shipment.destination.code,
                    got,
                    MoveReason.TRANSFER_IN,
                    reference,
                    at=when,
                )
            )
        if got < line.quantity:
            moves.append(
                MoveLine(
                    line.sku,
                    shipment.destination.code,
                    got - line.quantity,
                    MoveReason.CANCELLED,
                    reference,
                    note="short receipt",
                    at=when,
                )
            )
    if moves:
        inventory.post_moves(session, actor=actor, moves=moves, now=now)
    shipment.received_at = when


def apply_milestone(
    session: Session,
    *,
    actor: Actor,
    shipment: Shipment,
    milestone: Milestone,
    at: datetime,
    location: str | None,
    source: str,
    now: datetime,
) -> Applied:
    """Record one reported milestone; moves stock at departure and receipt (once)."""
    reached = [
        (m.milestone, m.occurred_at)
        for m in shipment.milestones
        if m.milestone is not Milestone.BOOKED
    ]
    if milestone is Milestone.BOOKED:
        return Applied(Outcome.REPEAT, "the booking was recorded when the shipment was created")
    if milestone is not Milestone.CUSTOMS_HOLD and any(m is milestone for m, _ in reached):
        return Applied(Outcome.REPEAT, f"{milestone} was already recorded")
    conflict = domain.sequence_conflict(reached, milestone, at)
    if conflict is not None:
        eta.open_exception(
            session,
            actor=actor,
            shipment=shipment,
            finding=exception_rules.Finding(
                ExceptionKind.IMPOSSIBLE_SEQUENCE,
                f"impossible event sequence: {conflict}",
                {"milestone": milestone.value, "occurred_at": at.isoformat(), "source": source},
            ),
            now=now,
        )
        return Applied(Outcome.FLAGGED, f"impossible sequence: {conflict}")
    step = domain.step(shipment.status, milestone)
    moving = step is not Step.LATE
    if moving and milestone in domain.DEPARTED and shipment.departed_at is None:
        try:
            _post_departure(session, actor=actor, shipment=shipment, at=at, now=now)
        except ValidationFailed as exc:
            return Applied(
                Outcome.FLAGGED, f"stock could not leave {shipment.origin.code}: {exc}"[:500]
            )
    leg_id = _fill_legs(shipment, milestone, at, location)
    shipment.milestones.append(
        MilestoneRecord(
            milestone=milestone,
            leg_id=leg_id,
            occurred_at=at,
            location=location,
            source=source[:160],
            recorded_at=now,
        )
    )
    detail = None
    if step is Step.ADVANCE_WITH_GAP:
        gap = domain.skipped(shipment.status, milestone)
        detail = ("skipped " + ", ".join(gap)) if gap else None
    if moving:
        previous = shipment.status
        shipment.status = milestone
        if milestone is Milestone.RECEIVED_AT_FC and shipment.received_at is None:
            _post_receipt(session, actor=actor, shipment=shipment, at=at, now=now)
        audit.record(
            session,
            actor=actor,
            action="logistics.shipment.advanced",
            subject_type="shipment",
            subject_id=shipment.code,
            data={
                "from": previous.value,
                "to": milestone.value,
                "at": at.isoformat(),
                "source": source,
            },
            now=now,
        )
    shipment.updated_at = now
    session.flush()
    return Applied(Outcome.APPLIED if moving else Outcome.LATE, detail)


def record_milestone(
    session: Session,
    *,
    actor: Actor,
    code: str,
    milestone: Milestone,
    at: datetime,
    location: str | None = None,
    now: datetime,
) -> Shipment:
    """Record a milestone by hand: only an allowed next state (the strict state machine)."""
    actor.require(Role.OPERATOR, "recording milestones")
    at = ensure_aware(at)
    now = ensure_aware(now)
    if at > now + domain.FUTURE_SKEW:
        raise ValidationFailed("a milestone cannot be in the future", field="at")
    shipment = get_shipment(session, actor=actor, code=code)
    if milestone not in domain.ALLOWED_TRANSITIONS[shipment.status]:
        allowed = ", ".join(sorted(domain.ALLOWED_TRANSITIONS[shipment.status])) or "nothing"
        raise InvalidTransition(
            f"shipment {code} is {shipment.status}; next can be {allowed}, not {milestone}",
            field="milestone",
        )
    result = apply_milestone(
        session,
        actor=actor,
        shipment=shipment,
        milestone=milestone,
        at=at,
        location=location,
        source=f"manual by {actor.name}",
        now=now,
    )
    if result.outcome is Outcome.FLAGGED:
        raise ValidationFailed(result.detail or "refused", field="at")
    eta.refresh(
        session,
        shipment=shipment,
        history=eta.lane_history(session, seller_id=actor.seller_id),
        now=now,
    )
    return shipment


def receive_shipment(
    session: Session,
    *,
    actor: Actor,
    code: str,
    received: dict[str, int],
    at: datetime,
    now: datetime,
) -> Shipment:
    """The FC counted the shipment: units per SKU (a SKU not named counts 0). Inbound becomes
    on hand for what arrived; a shortfall is cancelled and raises a short-receipt exception."""
    actor.require(Role.OPERATOR, "receiving shipments")
    at = ensure_aware(at)
    now = ensure_aware(now)
    shipment = get_shipment(session, actor=actor, code=code)
    if shipment.received_at is not None:
        raise Conflict(f"shipment {code} was received already", field="shipment")
    errors: list[FieldError] = []
    lines = {line.sku: line for line in shipment.lines}
    for sku, count in sorted(received.items()):
        if sku not in lines:
            errors.append(FieldError("sku", f"not on shipment {code}", value=sku))
        elif count < 0:
            errors.append(FieldError("received", "must be >= 0", value=f"{sku}: {count}"))
        elif count > lines[sku].quantity:
            errors.append(
                FieldError(
                    "received",
                    f"more than the {lines[sku].quantity} shipped; book extra units as a count",
                    value=f"{sku}: {count}",
                )
            )
    if at > now + domain.FUTURE_SKEW:
        errors.append(FieldError("at", "is in the future", value=at.isoformat()))
    if errors:
        raise ValidationFailed(f"{len(errors)} problem(s); nothing was received", errors=errors)
    for sku, line in lines.items():
        line.received = received.get(sku, 0)
    result = apply_milestone(
        session,
        actor=actor,
        shipment=shipment,
        milestone=Milestone.RECEIVED_AT_FC,
        at=at,
        location=shipment.destination.code,
        source=f"receipt by {actor.name}",
        now=now,
    )
    if result.outcome is not Outcome.APPLIED:
        raise ValidationFailed(
            result.detail or f"receipt not applied ({result.outcome})", field="at"
        )
    eta.refresh(
        session,
        shipment=shipment,
        history=eta.lane_history(session, seller_id=actor.seller_id),
        now=now,
    )
    return shipment
