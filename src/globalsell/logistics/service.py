"""Logistics use cases: keyword-only, scoped to one seller, flush and never commit.

Stock rule (ADR 0058): goods in transit are inbound at their destination. When a shipment first
reaches `departed_origin` (or any later milestone) its lines leave the origin (`transfer_out`)
and become inbound at the destination (`transfer_dispatched`); at `received_at_fc` the counted
units move from inbound to on hand (`transfer_in`) and a shortfall is cancelled off inbound.
`Shipment.departed_at` / `received_at` record that each posting happened, so replayed or
repeated events never move stock twice."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    Conflict,
    FieldError,
    NotFound,
    ValidationFailed,
)
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind
from globalsell.inventory.models import Location
from globalsell.logistics import domain, eta, transit
from globalsell.logistics.domain import Incoterm, LegInput, LineInput, Milestone, Mode
from globalsell.logistics.models import (
    Leg,
    MilestoneRecord,
    Shipment,
    ShipmentLine,
)

WEBHOOK_WINDOW = timedelta(minutes=5)
SIGNATURE_PREFIX = "sha256="
DEPARTURE_LIKE = (Milestone.PICKED_UP, Milestone.DEPARTED_ORIGIN, Milestone.OUT_FOR_DELIVERY)


def load_shipments(seller_id: int) -> Select[Shipment]:
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
    eta.refresh(
        session,
        shipment=shipment,
        history=eta.lane_history(session, seller_id=actor.seller_id),
        now=at,
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
    lane = transit.Lane(domain.ORIGIN_GATEWAY[mode], gateway, mode, carrier.strip().upper())
    band = eta.lane_history(session, seller_id=actor.seller_id).band(lane)
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
    shipment = session.scalar(load_shipments(actor.seller_id).where(Shipment.code == code))
    if shipment is None:
        raise NotFound(f"shipment {code!r} not found", field="shipment")
    return shipment


def list_shipments(
    session: Session, *, actor: Actor, in_flight_only: bool = False
) -> list[Shipment]:
    """The seller's shipments, newest booking first."""
    query = load_shipments(actor.seller_id)
    if in_flight_only:
        query = query.where(Shipment.received_at.is_(None))
    return list(session.scalars(query.order_by(Shipment.created_at.desc(), Shipment.id.desc())))


def references(session: Session, *, actor: Actor) -> list[tuple[str | None, ...]]:
    """Each of the seller's shipments as its code and carrier references (container, B/L or
    AWB, booking, Amazon inbound shipment id), newest booking first: the columns alone, to look
    a shipment up by what its papers say without loading its lines, legs and milestones."""
    rows = session.execute(
        select(
            Shipment.code,
            Shipment.container,
            Shipment.transport_doc,
            Shipment.booking_ref,
            Shipment.amazon_shipment_id,
        )
        .where(Shipment.seller_id == actor.seller_id)
        .order_by(Shipment.created_at.desc(), Shipment.id.desc())
    )
    return [tuple(row) for row in rows]


def find_by_reference(session: Session, *, seller_id: int, reference: str) -> list[Shipment]:
    """The shipments a carrier reference names (its code, booking, B/L or AWB, container or
    Amazon inbound shipment id), oldest first: a consolidated container or a master B/L
    carries several shipments, and its events apply to each of them."""
    ref = reference.strip()
    return list(
        session.scalars(
            load_shipments(seller_id)
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


def scan(session: Session, *, actor: Actor, now: datetime) -> int:
    """Re-predict and re-check every shipment in flight (a job or a command); how many."""
    actor.require(Role.OPERATOR, "checking shipments")
    history = eta.lane_history(session, seller_id=actor.seller_id)
    shipments = list_shipments(session, actor=actor, in_flight_only=True)
    for shipment in shipments:
        eta.refresh(session, shipment=shipment, history=history, now=ensure_aware(now))
    return len(shipments)
