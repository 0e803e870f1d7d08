"""The demo's shipments: two years of synthetic lane history (seeded, `logistics.synthetic`),
then shipments in flight from the Ningbo hub by ocean, air and express, fed by a forwarder's
tracking events (including one for an unknown reference and one delivered twice), so that the
pool shows stock in transit, each shipment has a predicted arrival band, and exceptions are open.

Every date is relative to the demo's `now`; quantities come out of the hub's reserve stock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.accounts.service import seller_timezone
from globalsell.catalog.models import AttributeValue, Product, Variant
from globalsell.catalog.units import Measure, convert_weight
from globalsell.core.actor import Actor
from globalsell.demo.inventory_history import HUB, demo_skus
from globalsell.logistics import eta as logistics_eta
from globalsell.logistics import milestones as logistics_milestones
from globalsell.logistics import service as logistics
from globalsell.logistics import synthetic
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.domain import EventInput, Incoterm, LegInput, LineInput, Mode

HISTORY_DAYS = 730
FORWARDER = "NINGBO FWD"


@dataclass(frozen=True, slots=True)
class DemoShipment:
    """One shipment as the engine holds it (codes, not words: the command line names them)."""

    code: str
    modes: tuple[str, ...]
    status: str  # a `Milestone` value
    predicted_arrival: datetime | None


@dataclass(frozen=True, slots=True)
class DemoException:
    code: str
    kind: str  # an `ExceptionKind` value
    evidence: dict[str, Any]


@dataclass
class ShipmentsDemo:
    transits: int = 0
    shipments: list[DemoShipment] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    exceptions: list[DemoException] = field(default_factory=list)
    in_transit_units: int = 0
    timezone: str = "UTC"  # the seller's, for the days shown


def _unit_facts(
    session: Session, *, seller_id: int, sku: str
) -> tuple[str | None, str | None, str | None]:
    """Unit value, its currency and the net weight in kg of one unit, from the catalogue."""
    variant = session.scalar(
        select(Variant).where(Variant.seller_id == seller_id, Variant.sku == sku)
    )
    product = (
        session.get(Product, variant.product_id)
        if variant is not None
        else session.scalar(
            select(Product).where(Product.seller_id == seller_id, Product.sku == sku)
        )
    )
    if product is None:
        return None, None, None
    cost = (
        variant.unit_cost
        if variant is not None and variant.unit_cost is not None
        else product.unit_cost
    )
    currency = (
        variant.cost_currency
        if variant is not None and variant.cost_currency is not None
        else product.cost_currency
    )
    weight = session.scalar(
        select(AttributeValue).where(
            AttributeValue.product_id == product.id,
            AttributeValue.name == "item_weight",
            AttributeValue.marketplace.is_(None),
        )
    )
    kilos = None
    if weight is not None and weight.unit:
        try:
            kilos = convert_weight(Measure(Decimal(str(weight.value)), weight.unit), "kilograms")
        except (ValueError, KeyError, ArithmeticError):
            kilos = None
    return (
        str(cost) if cost is not None else None,
        currency,
        str(kilos.quantize(Decimal("0.001"))) if kilos is not None else None,
    )


def _line(session: Session, actor: Actor, sku: str, quantity: int, per_carton: int) -> LineInput:
    value, currency, kilos = _unit_facts(session, seller_id=actor.seller_id, sku=sku)
    net = Decimal(kilos) * quantity if kilos else None
    cartons = -(-quantity // per_carton)
    gross = net + Decimal("0.8") * cartons if net is not None else None  # carton and fill
    return LineInput(
        sku,
        quantity,
        cartons,
        unit_value=value,
        currency=currency,
        net_weight_kg=str(net) if net is not None else None,
        gross_weight_kg=str(gross) if gross is not None else None,
        origin_country="CN",
    )


def seed_shipments(session: Session, *, actor: Actor, now: datetime) -> ShipmentsDemo:
    """Lane history, five shipments (one received, four in flight) and their tracking events."""
    report = ShipmentsDemo()
    history = [
        t
        for t in synthetic.generate(start=now - timedelta(days=HISTORY_DAYS), days=HISTORY_DAYS)
        if t.arrived_at <= now - timedelta(hours=1)
    ]
    report.transits = logistics_eta.record_transits(
        session, actor=actor, transits=history, source="forwarder records (synthetic)", now=now
    )
    skus = demo_skus(session, seller_id=actor.seller_id)
    if len(skus) < 4:
        return report
    day = timedelta(days=1)
    booked = [
        # code, destination, incoterm, lines (sku, units, per carton), legs, refs, need by
        (
            "SHP-2611-DE-OC",
            "FBA-DE",
            Incoterm.FOB,
            [(skus[0], 120, 12), (skus[1], 96, 12)],
            [
                LegInput(
                    Mode.TRUCK,
                    HUB,
                    "CNNGB",
                    FORWARDER,
                    now - 19 * day,
                    now - 19 * day + timedelta(hours=8),
                ),
                LegInput(Mode.OCEAN, "CNNGB", "DEHAM", "MAERSK", now - 18 * day, now + 13 * day),
                LegInput(
                    Mode.TRUCK, "DEHAM", "FBA-DE", "DB SCHENKER", now + 15 * day, now + 17 * day
                ),
            ],
            {
                "booking_ref": "BK-NGB-88213",
                "transport_doc": "MAEU254781903",
                "container": "MSKU7312045",
                "amazon_shipment_id": "FBA17XK2Q9WD",
            },
            now + 40 * day,
        ),
        (
            "SHP-2610-US-OC",
            "FBA-US",
            Incoterm.FOB,
            [(skus[2], 150, 10), (skus[3], 60, 10)],
            [
                LegInput(Mode.OCEAN, "CNNGB", "USLAX", "COSCO", now - 27 * day, now - 11 * day),
                LegInput(Mode.TRUCK, "USLAX", "FBA-US", "JB HUNT", now - 9 * day, now - 6 * day),
            ],
            {
                "booking_ref": "BK-NGB-88107",
                "transport_doc": "COSU6412339870",
                "container": "CSNU8820174",
                "amazon_shipment_id": "FBA17WQ0M3LB",
            },
            now + 3 * day,
        ),
        (
            "SHP-2611-UK-AIR",
            "FBA-UK",
            Incoterm.FCA,
            [(skus[1], 48, 12)],
            [
                LegInput(Mode.AIR, "CNPVG", "GBLHR", "CATHAY CARGO", now - 2 * day, now),
                LegInput(Mode.TRUCK, "GBLHR", "FBA-UK", "DHL", now + day, now + 2 * day),
            ],
            {"transport_doc": "160-58213364"},
            now + 10 * day,
        ),
        (
            "SHP-2611-DE-AIR",
            "FBA-DE",
            Incoterm.FCA,
            [(skus[0], 36, 12)],
            [LegInput(Mode.AIR, "CNPVG", "DEFRA", "LUFTHANSA CARGO", now - 4 * day, now - 2 * day)],
            {"transport_doc": "020-41188265"},
            now + 4 * day,
        ),
        (
            "SHP-2610-UK-EXP",
            "FBA-UK",
            Incoterm.DAP,
            [(skus[2], 24, 12)],
            [LegInput(Mode.EXPRESS, "CNNGB", "GBLON", "DHL", now - 12 * day, now - 8 * day)],
            {"transport_doc": "JD014600006281"},
            None,
        ),
    ]
    for code, destination, incoterm, lines, legs, refs, need_by in booked:
        logistics.create_shipment(
            session,
            actor=actor,
            code=code,
            origin=HUB,
            destination=destination,
            incoterm=incoterm,
            lines=[_line(session, actor, sku, units, per) for sku, units, per in lines],
            legs=legs,
            need_by=need_by,
            plan_reference="demo plan 2026-W44",
            now=now - 30 * day,
            **refs,
        )

    def ev(
        event_id: str, carrier: str, ref: str, status: str, ago: timedelta, where: str | None
    ) -> EventInput:
        return EventInput(event_id, carrier, ref, status, now - ago, where)

    events = [
        # ocean to Germany: on the water, ETA from the MAERSK Ningbo - Hamburg history
        ev("FWD-0001", FORWARDER, "BK-NGB-88213", "PICKED_UP", 19 * day, "CN-NGB"),
        ev("MAEU-01", "MAERSK", "MSKU7312045", "GTIN", 18.5 * day, "CNNGB"),
        ev("MAEU-02", "MAERSK", "MSKU7312045", "DEPA", 17 * day, "CNNGB"),
        # ocean to the US: arrived, then held by customs (an exception)
        ev("COSU-01", "COSCO", "COSU6412339870", "DEPA", 26 * day, "CNNGB"),
        ev("COSU-02", "COSCO", "COSU6412339870", "ARRI", 8 * day, "USLAX"),
        ev("COSU-03", "COSCO", "COSU6412339870", "INSP", 6 * day, "USLAX"),
        # air to the UK: departed yesterday (IATA codes)
        ev("CX-01", "CATHAY CARGO", "160-58213364", "RCS", 2 * day, "CNPVG"),
        ev("CX-02", "CATHAY CARGO", "160-58213364", "DEP", 1 * day, "CNPVG"),
        # air to Germany: booked, the flight never left (late departure)
        ev("LH-01", "LUFTHANSA CARGO", "020-41188265", "BKD", 6 * day, "CNPVG"),
        # express to the UK: delivered and received (a short receipt is booked below)
        ev("DHL-01", "DHL", "JD014600006281", "PU", 12 * day, "CNNGB"),
        ev("DHL-02", "DHL", "JD014600006281", "PL", 11.5 * day, "CNNGB"),
        ev("DHL-03", "DHL", "JD014600006281", "AF", 8 * day, "GBLON"),
        ev("DHL-04", "DHL", "JD014600006281", "CC", 7.8 * day, "GBLON"),
        ev("DHL-05", "DHL", "JD014600006281", "OK", 7 * day, "FBA-UK"),
        # a reference nobody booked: kept and reported, never dropped
        ev("MAEU-99", "MAERSK", "MSKU0000001", "DEPA", 3 * day, "CNNGB"),
    ]
    first = logistics_tracking.ingest_events(
        session, actor=actor, events=events, channel="csv", now=now
    )
    # the forwarder's webhook delivers the last event twice: counted once
    again = logistics_tracking.ingest_events(
        session, actor=actor, events=events[-3:], channel="webhook", now=now
    )
    logistics_milestones.receive_shipment(
        session,
        actor=actor,
        code="SHP-2610-UK-EXP",
        received={skus[2]: 22},
        at=now - 6 * day,
        now=now,
    )
    logistics.scan(session, actor=actor, now=now)
    outcomes = first.outcomes + again.outcomes
    report.events = dict(sorted(outcomes.items()))
    for shipment in logistics.list_shipments(session, actor=actor):
        report.shipments.append(
            DemoShipment(
                shipment.code,
                tuple(leg.mode.value for leg in shipment.legs),
                shipment.status.value,
                shipment.predicted_arrival,
            )
        )
        if shipment.departed_at is not None and shipment.received_at is None:
            report.in_transit_units += sum(line.quantity for line in shipment.lines)
    report.exceptions = [
        DemoException(row.shipment.code, row.kind.value, dict(row.evidence or {}))
        for row in logistics_eta.list_exceptions(session, actor=actor)
    ]
    report.timezone = seller_timezone(session, seller_id=actor.seller_id)
    return report
