"""Logistics use cases: keyword-only, scoped to one seller, flush and never commit.

Stock rule (ADR 0058): goods in transit are inbound at their destination. When a shipment first
reaches `departed_origin` (or any later milestone) its lines leave the origin (`transfer_out`)
and become inbound at the destination (`transfer_dispatched`); at `received_at_fc` the counted
units move from inbound to on hand (`transfer_in`) and a shortfall is cancelled off inbound.
`Shipment.departed_at` / `received_at` record that each posting happened, so replayed or
repeated events never move stock twice."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from globalsell.accounts.models import Seller
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    Conflict,
    FieldError,
    InvalidTransition,
    NotFound,
    Unauthenticated,
    ValidationFailed,
)
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.inventory.models import Location
from globalsell.logistics import domain
from globalsell.logistics.domain import (
    EventInput,
    ExceptionKind,
    Incoterm,
    LaneHistory,
    LegInput,
    LineInput,
    Milestone,
    Mode,
    Outcome,
    Step,
)
from globalsell.logistics.models import (
    LaneTransit,
    Leg,
    MilestoneRecord,
    Shipment,
    ShipmentException,
    ShipmentLine,
    TrackingEvent,
    WebhookSecret,
)

OPEN = "open"
RESOLVED = "resolved"
WEBHOOK_WINDOW = timedelta(minutes=5)
SIGNATURE_PREFIX = "sha256="
DEPARTURE_LIKE = (Milestone.PICKED_UP, Milestone.DEPARTED_ORIGIN, Milestone.OUT_FOR_DELIVERY)


def _load(seller_id: int) -> Select[Shipment]:
    return (
        select(Shipment)
        .where(Shipment.seller_id == seller_id)
        .options(
            selectinload(Shipment.lines),
            selectinload(Shipment.legs),
            selectinload(Shipment.milestones),
            selectinload(Shipment.origin),
            selectinload(Shipment.destination),
        )
    )


# ---------------------------------------------------------------- shipments


def _decimal(
    value: str | None, *, field: str, row: int
) -> tuple[Decimal | None, FieldError | None]:
    if value in (None, ""):
        return None, None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None, FieldError(field, "is not a number", row=row, value=str(value))
    if not number.is_finite() or number < 0:
        return None, FieldError(field, "must be a number >= 0", row=row, value=str(value))
    return number, None


def create_shipment(
    session: Session,
    *,
    actor: Actor,
    code: str,
    origin: str,
    destination: str,
    incoterm: Incoterm,
    lines: Sequence[LineInput],
    legs: Sequence[LegInput],
    booking_ref: str | None = None,
    transport_doc: str | None = None,
    container: str | None = None,
    amazon_shipment_id: str | None = None,
    plan_reference: str | None = None,
    need_by: datetime | None = None,
    now: datetime,
) -> Shipment:
    """Book a shipment of SKU lines from one location to another over one or more legs; it
    starts `booked`, with a predicted arrival. Every problem is listed; nothing is written."""
    actor.require(Role.OPERATOR, "booking shipments")
    at = ensure_aware(now)
    errors: list[FieldError] = []
    if not domain.SHIPMENT_CODE.match(code):
        errors.append(FieldError("code", "2-40 upper-case letters, digits, '-' or '_'", value=code))
    places = {
        loc.code: loc
        for loc in session.scalars(
            select(Location).where(
                Location.seller_id == actor.seller_id, Location.code.in_({origin, destination})
            )
        )
    }
    for name, value in (("origin", origin), ("destination", destination)):
        if value not in places:
            errors.append(FieldError(name, "unknown location", value=value))
    if origin == destination:
        errors.append(FieldError("destination", "must differ from the origin", value=destination))
    if not lines:
        errors.append(FieldError("lines", "a shipment carries at least one line"))
    if len(lines) > domain.MAX_LINES:
        errors.append(FieldError("lines", f"at most {domain.MAX_LINES} lines"))
    if not legs:
        errors.append(FieldError("legs", "a shipment travels at least one leg"))
    if len(legs) > domain.MAX_LEGS:
        errors.append(FieldError("legs", f"at most {domain.MAX_LEGS} legs"))
    known = inventory.known_skus(session, seller_id=actor.seller_id, skus={ln.sku for ln in lines})
    seen: set[str] = set()
    built_lines: list[ShipmentLine] = []
    for row, line in enumerate(lines, start=1):
        if line.sku not in known:
            errors.append(FieldError("sku", "unknown SKU", row=row, value=line.sku))
        if line.sku in seen:
            errors.append(FieldError("sku", "appears twice", row=row, value=line.sku))
        seen.add(line.sku)
        if not 0 < line.quantity <= 10_000_000:
            errors.append(
                FieldError("quantity", "1 to 10,000,000 units", row=row, value=str(line.quantity))
            )
        if not 0 < line.cartons <= max(line.quantity, 1):
            errors.append(
                FieldError(
                    "cartons",
                    "at least 1 and no more than the units",
                    row=row,
                    value=str(line.cartons),
                )
            )
        values: dict[str, Decimal | None] = {}
        for name in ("unit_value", "net_weight_kg", "gross_weight_kg"):
            values[name], problem = _decimal(getattr(line, name), field=name, row=row)
            if problem:
                errors.append(problem)
        net, gross = values["net_weight_kg"], values["gross_weight_kg"]
        if net is not None and gross is not None and gross < net:
            errors.append(
                FieldError("gross_weight_kg", "is below the net weight", row=row, value=str(gross))
            )
        currency = line.currency.upper() if line.currency else None
        if currency is not None and (len(currency) != 3 or not currency.isalpha()):
            errors.append(FieldError("currency", "an ISO 4217 code", row=row, value=currency))
        country = line.origin_country.upper() if line.origin_country else None
        if country is not None and (len(country) != 2 or not country.isalpha()):
            errors.append(FieldError("origin_country", "ISO alpha-2", row=row, value=country))
        built_lines.append(
            ShipmentLine(
                sku=line.sku,
                quantity=line.quantity,
                cartons=line.cartons,
                received=None,
                unit_value=values["unit_value"],
                currency=currency,
                net_weight_kg=net,
                gross_weight_kg=gross,
                origin_country=country,
            )
        )
    location_codes = set(
        session.scalars(select(Location.code).where(Location.seller_id == actor.seller_id))
    )
    built_legs: list[Leg] = []
    for row, leg in enumerate(legs, start=1):
        for name in ("origin", "destination"):
            value = getattr(leg, name)
            if not (domain.UNLOCODE.match(value) or value in location_codes):
                errors.append(
                    FieldError(
                        name,
                        "a UN/LOCODE (e.g. CNNGB) or one of your location codes",
                        row=row,
                        value=value,
                    )
                )
        if not leg.carrier.strip():
            errors.append(FieldError("carrier", "is required", row=row))
        departs = ensure_aware(leg.planned_departure) if leg.planned_departure else None
        arrives = ensure_aware(leg.planned_arrival) if leg.planned_arrival else None
        if departs and arrives and arrives < departs:
            errors.append(
                FieldError(
                    "planned_arrival",
                    "is before the planned departure",
                    row=row,
                    value=arrives.isoformat(),
                )
            )
        if row > 1 and legs[row - 2].destination != leg.origin:
            errors.append(
                FieldError(
                    "origin",
                    f"must be where leg {row - 1} ends ({legs[row - 2].destination})",
                    row=row,
                    value=leg.origin,
                )
            )
        built_legs.append(
            Leg(
                sequence=row,
                mode=leg.mode,
                origin=leg.origin,
                destination=leg.destination,
                carrier=leg.carrier.strip().upper(),
                planned_departure=departs,
                planned_arrival=arrives,
                actual_departure=None,
                actual_arrival=None,
            )
        )
    if errors:
        raise ValidationFailed(f"{len(errors)} problem(s); no shipment was booked", errors=errors)
    if session.scalar(
        select(Shipment.id).where(Shipment.seller_id == actor.seller_id, Shipment.code == code)
    ):
        raise Conflict(f"shipment {code!r} exists already", field="code")
    shipment = Shipment(
        seller_id=actor.seller_id,
        code=code,
        origin_location_id=places[origin].id,
        destination_location_id=places[destination].id,
        incoterm=incoterm,
        status=Milestone.BOOKED,
        booking_ref=booking_ref or None,
        transport_doc=transport_doc or None,
        container=container or None,
        amazon_shipment_id=amazon_shipment_id or None,
        plan_reference=plan_reference or None,
        need_by=ensure_aware(need_by) if need_by else None,
        departed_at=None,
        received_at=None,
        created_at=at,
        updated_at=at,
    )
    shipment.lines = built_lines
    shipment.legs = built_legs
    shipment.milestones = [
        MilestoneRecord(
            milestone=Milestone.BOOKED,
            occurred_at=at,
            location=built_legs[0].origin if built_legs else None,
            source=f"booked by {actor.name}",
            recorded_at=at,
        )
    ]
    session.add(shipment)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="logistics.shipment.booked",
        subject_type="shipment",
        subject_id=code,
        data={
            "origin": origin,
            "destination": destination,
            "units": sum(ln.quantity for ln in lines),
            "cartons": sum(ln.cartons for ln in lines),
            "legs": [f"{lg.mode.value} {lg.origin}-{lg.destination}" for lg in legs],
        },
        now=now,
    )
    refresh(
        session, shipment=shipment, history=lane_history(session, seller_id=actor.seller_id), now=at
    )
    return shipment


def book_from_plan_line(
    session: Session,
    *,
    actor: Actor,
    code: str,
    plan_reference: str,
    sku: str,
    to_country: str,
    mode: Mode,
    units: int,
    units_per_carton: int,
    carrier: str,
    departs: datetime,
    need_by: datetime | None = None,
    now: datetime,
) -> Shipment:
    """Book a shipment from one line of an accepted plan (SKU, destination country, mode,
    units): from the seller's origin hub to the FC in that country, through the default
    gateways (`domain.ORIGIN_GATEWAY`, `DESTINATION_GATEWAY`), with the carrier's planned
    transit taken as the median of the lane history (else the mode prior)."""
    hubs = [
        loc
        for loc in inventory.list_locations(session, actor=actor)
        if loc.kind is LocationKind.ORIGIN_HUB
    ]
    centres = [
        loc
        for loc in inventory.list_locations(session, actor=actor)
        if loc.kind is LocationKind.FC and loc.country == to_country
    ]
    if not hubs:
        raise ValidationFailed("the seller has no origin hub to ship from", field="origin")
    if not centres:
        raise ValidationFailed(f"no fulfilment centre in {to_country}", field="to_country")
    gateway = domain.DESTINATION_GATEWAY.get((mode, to_country))
    if gateway is None:
        raise ValidationFailed(
            f"no default {mode} gateway for {to_country}; book the legs by hand",
            field="to_country",
        )
    start = ensure_aware(departs)
    lane = domain.Lane(domain.ORIGIN_GATEWAY[mode], gateway, mode, carrier.strip().upper())
    band = lane_history(session, seller_id=actor.seller_id).band(lane)
    main_arrives = start + timedelta(days=band.p50)
    legs = [
        LegInput(mode, lane.origin, gateway, lane.carrier, start, main_arrives),
        LegInput(
            Mode.TRUCK,
            gateway,
            centres[0].code,
            "LOCAL HAULIER",
            main_arrives + timedelta(days=2),
            main_arrives + timedelta(days=4),
        ),
    ]
    return create_shipment(
        session,
        actor=actor,
        code=code,
        origin=hubs[0].code,
        destination=centres[0].code,
        incoterm=Incoterm.FOB,
        lines=[LineInput(sku, units, -(-units // max(units_per_carton, 1)))],
        legs=legs,
        plan_reference=plan_reference,
        need_by=need_by,
        now=now,
    )


def get_shipment(session: Session, *, actor: Actor, code: str) -> Shipment:
    """One shipment of the actor's seller, by code."""
    shipment = session.scalar(_load(actor.seller_id).where(Shipment.code == code))
    if shipment is None:
        raise NotFound(f"shipment {code!r} not found", field="shipment")
    return shipment


def list_shipments(
    session: Session, *, actor: Actor, in_flight_only: bool = False
) -> list[Shipment]:
    """The seller's shipments, newest booking first."""
    query = _load(actor.seller_id)
    if in_flight_only:
        query = query.where(Shipment.received_at.is_(None))
    return list(session.scalars(query.order_by(Shipment.created_at.desc(), Shipment.id.desc())))


def _find(session: Session, *, seller_id: int, reference: str) -> list[Shipment]:
    """The shipments a carrier reference names (its code, booking, B/L or AWB, container or
    Amazon inbound shipment id), oldest first: a consolidated container or a master B/L
    carries several shipments, and its events apply to each of them."""
    ref = reference.strip()
    return list(
        session.scalars(
            _load(seller_id)
            .where(
                or_(
                    Shipment.code == ref,
                    Shipment.booking_ref == ref,
                    Shipment.transport_doc == ref,
                    Shipment.container == ref,
                    Shipment.amazon_shipment_id == ref,
                )
            )
            .order_by(Shipment.id)
        )
    )


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


def _apply(
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
        _open_exception(
            session,
            actor=actor,
            shipment=shipment,
            finding=domain.Finding(
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
    result = _apply(
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
    refresh(
        session,
        shipment=shipment,
        history=lane_history(session, seller_id=actor.seller_id),
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
    result = _apply(
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
    refresh(
        session,
        shipment=shipment,
        history=lane_history(session, seller_id=actor.seller_id),
        now=now,
    )
    return shipment


# ---------------------------------------------------------------- tracking events


@dataclass
class EventReport:
    received: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    # event id, outcome, detail: everything that was not simply applied
    notes: list[tuple[str, str, str]] = field(default_factory=list)


def check_events(rows: Sequence[EventInput], *, now: datetime) -> list[FieldError]:
    """Shape rules of a batch: ids, references and codes present, aware times not in the future."""
    errors: list[FieldError] = []
    if not rows:
        errors.append(FieldError("events", "no events given"))
    if len(rows) > domain.MAX_EVENTS_PER_BATCH:
        errors.append(FieldError("events", f"at most {domain.MAX_EVENTS_PER_BATCH} per batch"))
    for row, event in enumerate(rows, start=1):
        for name, limit in (
            ("event_id", 120),
            ("carrier", 60),
            ("reference", 60),
            ("status_code", 40),
        ):
            value = getattr(event, name)
            if not value or not value.strip():
                errors.append(FieldError(name, "is required", row=row))
            elif len(value) > limit:
                errors.append(
                    FieldError(name, f"at most {limit} characters", row=row, value=value[:40])
                )
        when = event.occurred_at
        if when.tzinfo is None or when.utcoffset() is None:
            errors.append(
                FieldError(
                    "occurred_at",
                    "has no timezone; send an offset (2026-11-20T08:30:00+08:00) or Z",
                    row=row,
                    value=when.isoformat(),
                )
            )
        elif when > now + domain.FUTURE_SKEW:
            errors.append(
                FieldError("occurred_at", "is in the future", row=row, value=when.isoformat())
            )
        if event.location is not None and len(event.location) > 30:
            errors.append(FieldError("location", "at most 30 characters", row=row))
    return errors


def ingest_events(
    session: Session,
    *,
    actor: Actor,
    events: Sequence[EventInput],
    channel: str,
    now: datetime,
) -> EventReport:
    """Take carrier events in: a malformed batch is refused whole (each row listed); otherwise
    every event is stored once per event id with its outcome (applied, late, repeat, unmatched,
    unmapped, flagged) and duplicates are counted and skipped. Events apply in time order, so a
    batch that arrives shuffled ends in the same state as one in order."""
    actor.require(Role.OPERATOR, "importing tracking events")
    now = ensure_aware(now)
    errors = check_events(events, now=now)
    if errors:
        raise ValidationFailed(f"{len(errors)} problem(s); no event was imported", errors=errors)
    report = EventReport(received=len(events))
    ids = {e.event_id.strip() for e in events}
    # One batch per seller at a time: the seller row is locked before the known event ids are
    # read, so two deliveries of the same ids (even for a reference no shipment has, where there
    # is no shipment row to lock) run one after the other and the second counts duplicates.
    session.execute(select(Seller.id).where(Seller.id == actor.seller_id).with_for_update())
    # Lock every shipment the batch names, in primary-key order, before reading which event ids
    # are known and whether stock was posted: the second delivery sees the first's work (ADR
    # 0058, 0060).
    matched = {
        ref: _find(session, seller_id=actor.seller_id, reference=ref)
        for ref in {e.reference.strip() for e in events}
    }
    locked = sorted({s.id for found in matched.values() for s in found})
    if locked:
        session.scalars(
            _load(actor.seller_id)
            .where(Shipment.id.in_(locked))
            .order_by(Shipment.id)
            .with_for_update(of=Shipment)
            .execution_options(populate_existing=True)
        ).all()
    existing = set(
        session.scalars(
            select(TrackingEvent.event_id).where(
                TrackingEvent.seller_id == actor.seller_id, TrackingEvent.event_id.in_(ids)
            )
        )
    )
    history = lane_history(session, seller_id=actor.seller_id)
    touched: dict[int, Shipment] = {}
    ordered = sorted(
        events,
        key=lambda e: (
            ensure_aware(e.occurred_at),
            domain.RANK.get(domain.map_status(e.carrier, e.status_code) or Milestone.BOOKED, 0),
        ),
    )
    for event in ordered:
        event_id = event.event_id.strip()
        if event_id in existing:
            report.outcomes[Outcome.DUPLICATE] += 1
            continue
        existing.add(event_id)
        at = ensure_aware(event.occurred_at)
        milestone = domain.map_status(event.carrier, event.status_code)
        shipments = matched[event.reference.strip()]
        location = event.location.strip().upper() if event.location else None
        if not shipments:
            result = Applied(Outcome.UNMATCHED, f"no shipment has reference {event.reference!r}")
        elif milestone is None:
            result = Applied(
                Outcome.UNMAPPED,
                f"status {event.status_code!r} of {event.carrier!r} is not in the mapping table",
            )
        else:
            results = []
            for one in shipments:
                results.append(
                    _apply(
                        session,
                        actor=actor,
                        shipment=one,
                        milestone=milestone,
                        at=at,
                        location=location,
                        source=f"{channel} event {event_id}",
                        now=now,
                    )
                )
                touched[one.id] = one
            result = results[0]
            if len(shipments) > 1:
                result = Applied(
                    result.outcome,
                    "; ".join(
                        f"{one.code}: {r.outcome}" + (f" ({r.detail})" if r.detail else "")
                        for one, r in zip(shipments, results, strict=True)
                    ),
                )
        shipment = shipments[0] if shipments else None
        session.add(
            TrackingEvent(
                seller_id=actor.seller_id,
                event_id=event_id,
                channel=channel,
                carrier=event.carrier.strip().upper(),
                reference=event.reference.strip(),
                status_code=event.status_code.strip(),
                milestone=milestone,
                occurred_at=at,
                location=location,
                shipment_id=shipment.id if shipment else None,
                outcome=result.outcome.value,
                detail=result.detail[:500] if result.detail else None,
                received_at=now,
            )
        )
        report.outcomes[result.outcome] += 1
        if result.outcome is not Outcome.APPLIED or result.detail:
            report.notes.append((event_id, result.outcome.value, result.detail or ""))
    session.flush()
    for shipment in touched.values():
        refresh(session, shipment=shipment, history=history, now=now)
    audit.record(
        session,
        actor=actor,
        action="logistics.events.imported",
        subject_type="tracking_events",
        subject_id=channel,
        data={"received": report.received, **dict(sorted(report.outcomes.items()))},
        now=now,
    )
    return report


def list_events(
    session: Session,
    *,
    actor: Actor,
    outcome: str | None = None,
    shipment_id: int | None = None,
    limit: int = 500,
) -> list[TrackingEvent]:
    """Received tracking events, newest first (e.g. `outcome='unmatched'` to fix references)."""
    query = select(TrackingEvent).where(TrackingEvent.seller_id == actor.seller_id)
    if outcome is not None:
        query = query.where(TrackingEvent.outcome == outcome)
    if shipment_id is not None:
        query = query.where(TrackingEvent.shipment_id == shipment_id)
    return list(
        session.scalars(
            query.order_by(TrackingEvent.received_at.desc(), TrackingEvent.id.desc()).limit(limit)
        )
    )


# ---------------------------------------------------------------- webhook


def rotate_webhook_secret(session: Session, *, actor: Actor, now: datetime) -> str:
    """A new signing secret for the seller's tracking webhook (shown once; the old one stops)."""
    actor.require(Role.OWNER, "setting the tracking webhook secret")
    secret = "whsec_" + secrets.token_hex(32)
    row = session.scalar(select(WebhookSecret).where(WebhookSecret.seller_id == actor.seller_id))
    if row is None:
        session.add(
            WebhookSecret(seller_id=actor.seller_id, secret=secret, created_at=ensure_aware(now))
        )
    else:
        row.secret = secret
        row.created_at = ensure_aware(now)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="logistics.webhook_secret.rotated",
        subject_type="seller",
        subject_id=actor.seller_id,
        now=now,
    )
    return secret


def sign(secret: str, *, timestamp: str, body: bytes) -> str:
    """The signature header value for a body: `sha256=` + hex HMAC-SHA256 of `timestamp.body`."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return SIGNATURE_PREFIX + mac.hexdigest()


def webhook_actor(
    session: Session,
    *,
    seller_slug: str,
    body: bytes,
    timestamp: str | None,
    signature: str | None,
    now: datetime,
) -> Actor:
    """The actor a signed webhook delivery acts as; Unauthenticated when the seller has no
    secret, the signature does not match, or the timestamp is outside the replay window."""
    if not timestamp or not signature:
        raise Unauthenticated("send X-Globalsell-Timestamp and X-Globalsell-Signature headers")
    row = session.execute(
        select(Seller.id, WebhookSecret.secret)
        .join(WebhookSecret, WebhookSecret.seller_id == Seller.id)
        .where(Seller.slug == seller_slug)
    ).first()
    if row is None:
        raise Unauthenticated("signature does not match")
    seller_id, secret = row
    expected = sign(secret, timestamp=timestamp, body=body)
    if not hmac.compare_digest(expected, signature.strip()):
        raise Unauthenticated("signature does not match")
    try:
        sent = float(timestamp)
    except ValueError:
        raise Unauthenticated("X-Globalsell-Timestamp is Unix seconds") from None
    if abs(ensure_aware(now).timestamp() - sent) > WEBHOOK_WINDOW.total_seconds():
        raise Unauthenticated("timestamp outside the 5-minute window (replayed or clock skew)")
    return Actor(name="webhook:tracking", seller_id=seller_id, role=Role.OPERATOR)


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
            history.add(domain.Lane(leg.origin, leg.destination, leg.mode, leg.carrier), days)
    for transit in session.scalars(select(LaneTransit).where(LaneTransit.seller_id == seller_id)):
        days = (transit.arrived_at - transit.departed_at).total_seconds() / 86_400
        history.add(
            domain.Lane(transit.origin, transit.destination, transit.mode, transit.carrier), days
        )
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
        domain.LegPlan(
            domain.Lane(lg.origin, lg.destination, lg.mode, lg.carrier),
            lg.planned_departure,
            lg.planned_arrival,
            lg.actual_departure,
            lg.actual_arrival,
        )
        for lg in shipment.legs
    ]
    etas = domain.predict(plans, history, now=now)
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
    facts = domain.ShipmentFacts(
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
    findings = domain.find_exceptions(facts, now=now)
    found = {f.kind for f in findings}
    for finding in findings:
        _open_exception(session, actor=actor, shipment=shipment, finding=finding, now=now)
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


def _open_exception(
    session: Session, *, actor: Actor, shipment: Shipment, finding: domain.Finding, now: datetime
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


def scan(session: Session, *, actor: Actor, now: datetime) -> int:
    """Re-predict and re-check every shipment in flight (a job or a command); how many."""
    actor.require(Role.OPERATOR, "checking shipments")
    history = lane_history(session, seller_id=actor.seller_id)
    shipments = list_shipments(session, actor=actor, in_flight_only=True)
    for shipment in shipments:
        refresh(session, shipment=shipment, history=history, now=ensure_aware(now))
    return len(shipments)


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
