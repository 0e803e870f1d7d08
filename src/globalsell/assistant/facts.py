"""The business facts the operations detectors read, gathered through the owning domains' public
services (inventory, orders, forecasting, pricing, listings, customs). Read-only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from globalsell.assistant.domain import (
    HsFacts,
    ListingFacts,
    PriceFacts,
    ProductFacts,
    SalesFacts,
    ShipmentFacts,
    StockFacts,
)
from globalsell.assistant.operations import velocity_bounds
from globalsell.catalog import service as catalog
from globalsell.catalog.models import Product
from globalsell.core.actor import Actor
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import DomainError
from globalsell.customs import service as customs
from globalsell.customs.models import HsClassification
from globalsell.forecasting import service as forecasting
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveReason
from globalsell.listings import service as listings
from globalsell.logistics import eta as logistics_eta
from globalsell.logistics import service as logistics
from globalsell.orders import service as orders
from globalsell.pricing import changes as pricing_changes
from globalsell.pricing import competitors as pricing_competitors
from globalsell.pricing import service as pricing
from globalsell.pricing.domain import CompetitorMode, FxTable, PriceType

AIR_DAYS = 7  # door to FC by air from Ningbo, typical
OCEAN_DAYS = 35  # Ningbo to an FC by sea, port to shelf (the demo's lane)
LIVE = ("approved", "submitted", "live")
ARRIVALS = (MoveReason.RECEIVED, MoveReason.TRANSFER_IN, MoveReason.RETURNED)


def _to_base(fx: FxTable, currency: str, base: str) -> Decimal | None:
    if currency == base:
        return Decimal(1)
    try:
        return fx.rate(currency, base)
    except DomainError:
        return None


def sales_30d(session: Session, *, seller_id: int, today: date) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = defaultdict(int)
    for row in orders.daily_sales(
        session, seller_id=seller_id, skus=None, start=today - timedelta(days=30), end=today
    ):
        out[(row.sku, row.marketplace)] += row.units
    return dict(out)


def forecast_daily(session: Session, *, actor: Actor) -> dict[tuple[str, str], Decimal]:
    """Next week's mean per SKU x store, per day; empty when no forecast was run."""
    try:
        rows = forecasting.list_forecasts(session, actor=actor)
    except DomainError:
        return {}
    out: dict[tuple[str, str], Decimal] = {}
    for r in rows:  # by SKU, store, week: the first row of each pair is next week
        out.setdefault((r.sku, r.marketplace), Decimal(r.mean) / 7)
    return out


def _unit_values(
    session: Session, *, actor: Actor, products: dict[str, Product], fx: FxTable, base: str
) -> tuple[dict[tuple[str, str], Decimal], dict[str, Decimal]]:
    """Price per unit per SKU x store (active price, else the newest quote) and unit cost, both
    in the base currency."""
    values: dict[tuple[str, str], Decimal] = {}
    costs: dict[str, Decimal] = {}
    for sku, product in products.items():
        if product.unit_cost is not None and product.cost_currency:
            rate = _to_base(fx, product.cost_currency, base)
            if rate is not None:
                costs[sku] = product.unit_cost * rate
        for q in pricing.latest_quotes(session, sku=sku, actor=actor):
            rate = _to_base(fx, q.currency, base)
            if rate is not None:
                values[(sku, q.store)] = q.price * rate
        for p in pricing_changes.prices_for(session, sku=sku, actor=actor):
            rate = _to_base(fx, p.currency, base)
            if rate is not None and p.price_type is PriceType.REGULAR:
                values[(sku, p.store)] = p.amount * rate
    return values, costs


@dataclass(frozen=True, slots=True)
class Tracked:
    """Units of one SKU on a shipment that has left the hub, with the logistics ETA (P50)."""

    reference: str  # the ledger reference of its dispatch move
    units: int
    arrival: date | None


def tracked_inbound(session: Session, *, actor: Actor) -> dict[tuple[str, str], list[Tracked]]:
    """(SKU, destination FC) -> the units on shipments in flight, from logistics."""
    out: dict[tuple[str, str], list[Tracked]] = defaultdict(list)
    for shipment in logistics.list_shipments(session, actor=actor, in_flight_only=True):
        if shipment.departed_at is None:
            continue  # booked, still at the hub: not inbound yet
        arrival = shipment.predicted_arrival.date() if shipment.predicted_arrival else None
        for line in shipment.lines:
            out[(line.sku, shipment.destination.code)].append(
                Tracked(f"shipment {shipment.code}", line.quantity, arrival)
            )
    return out


def _inbound_and_age(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    fc: str,
    on_hand: int,
    inbound: int,
    now: datetime,
    tracked: list[Tracked] | None = None,
) -> tuple[date | None, int | None]:
    """When the earliest outstanding inbound lands and the age in days of the oldest unit on
    hand. Units on a tracked shipment land at its predicted arrival (logistics' ETA); the rest at
    dispatch + ocean lead, first in first out."""
    moves = [
        m for m, _ in inventory.list_moves(session, actor=actor, sku=sku, location=fc, limit=5000)
    ]
    tracked = tracked or []
    arrivals: list[date] = []
    tracked_units = 0
    for t in tracked:
        if t.arrival is not None:
            arrivals.append(t.arrival)
            tracked_units += t.units
    references = {t.reference for t in tracked if t.arrival is not None}
    arrival: date | None = None
    if inbound - tracked_units > 0:
        left = inbound - tracked_units
        for m in moves:  # newest first: the latest dispatches are the ones still on the way
            if (
                m.reason is MoveReason.TRANSFER_DISPATCHED
                and m.quantity > 0
                and m.reference not in references
            ):
                arrival = (m.at + timedelta(days=OCEAN_DAYS)).date()
                left -= m.quantity
                if left <= 0:
                    break
    if arrival is not None:
        arrivals.append(arrival)
    arrival = min(arrivals) if inbound > 0 and arrivals else None
    if arrival is not None and arrival < now.date():
        arrival = now.date()  # overdue: expected any day
    oldest: int | None = None
    if on_hand > 0:
        left = on_hand
        for m in moves:
            if m.reason in ARRIVALS and m.quantity > 0:
                oldest = (now - m.at).days
                left -= m.quantity
                if left <= 0:
                    break
    return arrival, oldest


def stock_facts(
    session: Session,
    *,
    actor: Actor,
    now: datetime,
    products: dict[str, ProductFacts],
    sold: dict[tuple[str, str], int],
    forecast: dict[tuple[str, str], Decimal],
    values: dict[tuple[str, str], Decimal],
    costs: dict[str, Decimal],
) -> tuple[StockFacts, ...]:
    fc_of_store = inventory.store_locations(session, seller_id=actor.seller_id)
    positions = inventory.pool_positions(session, seller_id=actor.seller_id, skus=None)
    hub: dict[str, int] = defaultdict(int)
    at_fc: dict[tuple[str, str], tuple[int, int, int]] = {}
    for p in positions:
        if p.location_kind == LocationKind.ORIGIN_HUB:
            hub[p.sku] += p.on_hand - p.reserved
        elif p.location_kind == LocationKind.FC:
            at_fc[(p.sku, p.location_code)] = (p.on_hand - p.reserved, p.inbound, p.on_hand)
    served: dict[str, list[str]] = defaultdict(list)  # FC -> the stores it fulfils
    for store, fc in sorted(fc_of_store.items()):
        served[fc].append(store)
    in_flight = tracked_inbound(session, actor=actor)
    out: list[StockFacts] = []
    for (sku, fc), (available, inbound, on_hand) in sorted(at_fc.items()):
        stores = served.get(fc)
        if not stores:
            continue
        # the store named after the FC's country (the Amazon store) labels the finding;
        # demand is every store the FC fulfils (an eBay store shares the FBA stock)
        store = next((s for s in stores if len(s) == 2), stores[0])
        country = forecasting.country_of(store) or ""
        parent = _parent(products, sku)
        demand = Decimal(0)
        source = "velocity_30d"
        units = 0  # sales behind the velocity part, for its plausible range
        forecast_part = Decimal(0)
        for st in stores:
            if (sku, st) in forecast:
                forecast_part += forecast[(sku, st)]
                source = "forecast"
            else:
                units += sold.get((sku, st), 0)
        low, high = velocity_bounds(units)
        demand = forecast_part + Decimal(units) / 30
        arrival, oldest = _inbound_and_age(
            session,
            actor=actor,
            sku=sku,
            fc=fc,
            on_hand=on_hand,
            inbound=inbound,
            now=now,
            tracked=in_flight.get((sku, fc)),
        )
        out.append(
            StockFacts(
                sku=sku,
                store=store,
                country=country,
                category=parent.category if parent else None,
                available=available,
                inbound=inbound,
                next_arrival=arrival,
                daily_demand=demand,
                demand_source=source,
                hub_available=max(hub.get(sku, 0), 0),
                unit_cost=costs.get(parent.sku if parent else sku),
                unit_value=values.get((parent.sku if parent else sku, store)),
                oldest_days=oldest,
                air_days=AIR_DAYS,
                ocean_days=OCEAN_DAYS,
                demand_low=forecast_part + low,
                demand_high=forecast_part + high,
            )
        )
    return tuple(out)


def _parent(products: dict[str, ProductFacts], sku: str) -> ProductFacts | None:
    if sku in products:
        return products[sku]
    for p in products.values():
        if any(i.sku == sku for i in p.items):
            return p
    return None


def sales_facts(
    *,
    products: dict[str, ProductFacts],
    listed: set[tuple[str, str]],
    sold: dict[tuple[str, str], int],
    values: dict[tuple[str, str], Decimal],
    costs: dict[str, Decimal],
) -> tuple[SalesFacts, ...]:
    """Every product x every store the seller sells in (a store with a listing or sales)."""
    selling = {s for _, s in listed} | {s for _, s in sold}
    per_product: dict[tuple[str, str], int] = defaultdict(int)
    for (sku, store), units in sold.items():
        parent = _parent(products, sku)
        per_product[(parent.sku if parent else sku, store)] += units
    out: list[SalesFacts] = []
    for sku, p in sorted(products.items()):
        for store in sorted(selling):
            units = per_product.get((sku, store), 0)
            out.append(
                SalesFacts(
                    sku=sku,
                    store=store,
                    category=p.category,
                    listed=(sku, store) in listed or units > 0,
                    units_30d=units,
                    unit_value=values.get((sku, store)),
                    unit_cost=costs.get(sku),
                )
            )
    return tuple(out)


def price_facts(
    session: Session,
    *,
    actor: Actor,
    now: datetime,
    products: dict[str, Product],
    sold: dict[tuple[str, str], int],
    fx: FxTable,
    base: str,
) -> tuple[PriceFacts, ...]:
    out: list[PriceFacts] = []
    for sku, product in sorted(products.items()):
        for active in pricing_changes.prices_for(session, sku=sku, actor=actor):
            if active.price_type is not PriceType.REGULAR:
                continue
            try:
                now_q = pricing.quote(
                    session,
                    sku=sku,
                    store=active.store,
                    actor=actor,
                    now=now,
                    target_price=active.amount,
                )
                target = pricing.quote(session, sku=sku, store=active.store, actor=actor, now=now)
            except DomainError:
                continue
            competitor_low: Decimal | None = None
            competitive: Decimal | None = None
            competitive_breakdown: dict[str, Any] = {}
            try:
                outcome, quoted = pricing_competitors.competitor_quote(
                    session,
                    sku=sku,
                    store=active.store,
                    mode=CompetitorMode.MATCH,
                    beat_by=Decimal(0),
                    beat_by_percent=False,
                    actor=actor,
                    now=now,
                )
            except DomainError:
                pass
            else:
                competitor_low = outcome.competitor_price.amount
                if not outcome.floor_bound:
                    competitive = outcome.quote.price.amount
                    competitive_breakdown = quoted.breakdown()
            q = now_q.quote
            rate = _to_base(fx, q.currency, base) or Decimal(0)
            out.append(
                PriceFacts(
                    sku=sku,
                    store=active.store,
                    category=product.category,
                    currency=q.currency,
                    price=active.amount,
                    margin=q.margin.amount,
                    margin_rate=q.margin_rate,
                    floor=now_q.policy.margin_floor,
                    target_price=target.quote.price.amount,
                    target_margin_rate=target.quote.margin_rate,
                    competitor_low=competitor_low,
                    competitive_price=competitive,
                    units_30d=sold.get((sku, active.store), 0),
                    to_base=rate,
                    breakdown=target.breakdown(),
                    competitive_breakdown=competitive_breakdown,
                    unknown=q.landed.unknown,
                )
            )
    return tuple(out)


def listing_facts(
    session: Session,
    *,
    actor: Actor,
    products: dict[str, Product],
    sold: dict[tuple[str, str], int],
    values: dict[tuple[str, str], Decimal],
) -> tuple[tuple[ListingFacts, ...], set[tuple[str, str]]]:
    rows = listings.list_listings(session, actor=actor)
    by_id = {p.id: p for p in products.values()}
    out: list[ListingFacts] = []
    listed: set[tuple[str, str]] = set()
    for row in rows:
        product = by_id.get(row.product_id)
        status = row.status.value
        if status in LIVE:
            listed.add((product.sku if product else row.sku, row.marketplace))
        errors = tuple(
            f"{i.get('field')}: {i.get('message')}"
            for i in row.issues
            if isinstance(i, dict) and i.get("severity") == "error"
        )
        stale = _stale_fields(product, row) if product is not None and status in LIVE else ()
        out.append(
            ListingFacts(
                sku=row.sku,
                store=row.marketplace,
                category=product.category if product else None,
                status=status,
                errors=errors,
                needs_translation=tuple(str(f) for f in row.needs_translation),
                stale_fields=stale,
                units_30d=sold.get((row.sku, row.marketplace), 0),
                unit_value=values.get((product.sku if product else row.sku, row.marketplace)),
            )
        )
    return tuple(out), listed


# master text attributes -> the listing field written from them
MASTER_TEXT = {
    "item_name": "item_name",
    "bullet_point": "bullet_point",
    "generic_keyword": "generic_keyword",
}


def _stale_fields(product: Product, listing: Any) -> tuple[str, ...]:
    """Listing fields written from master text the seller changed after the listing was last
    written, unless the seller edited that field on the listing itself."""
    edited = set(listing.edited_fields or ())
    stale = set()
    for a in product.attributes:
        field = MASTER_TEXT.get(a.name)
        if field is None or a.marketplace is not None or field in edited:
            continue
        if a.variant_id is not None and a.variant_id != listing.variant_id:
            continue
        changed = a.updated_at or a.created_at
        if changed is not None and ensure_aware(changed) > ensure_aware(listing.updated_at):
            stale.add(field)
    return tuple(sorted(stale))


def hs_fact(
    *,
    sku: str,
    category: str | None,
    declared: str | None,
    text: str,
    classification: HsClassification | None,
) -> HsFacts:
    """A declared code through customs' declared-code check (the schedule lookup), with
    customs' own classification of the item."""
    flags: tuple[tuple[str, str], ...] = ()
    if declared is not None:
        check = customs.check_declared_code(declared, text=text, prediction=None)
        flags = tuple((f.value, why) for f, why in check.flags)
    return HsFacts(
        sku=sku,
        category=category,
        declared=declared,
        flags=flags,
        suggested=classification.code if classification else None,
        confidence=classification.confidence if classification else None,
        abstained=bool(classification and classification.question),
        question=classification.question if classification else None,
        classification_id=classification.id if classification else None,
    )


def hs_facts(
    session: Session, *, actor: Actor, products: dict[str, Product]
) -> tuple[HsFacts, ...]:
    out: list[HsFacts] = []
    for sku, product in sorted(products.items()):
        text, _, declared = customs.product_text(session, product)
        rows = customs.list_classifications(session, actor=actor, sku=sku)
        latest = max(rows, key=lambda r: (r.created_at, r.id)) if rows else None
        if declared is None and latest is None:
            continue
        out.append(
            hs_fact(
                sku=sku,
                category=product.category,
                declared=declared,
                text=text,
                classification=latest,
            )
        )
    return tuple(out)


def shipment_facts(
    session: Session, *, actor: Actor, costs: dict[str, Decimal]
) -> tuple[ShipmentFacts, ...]:
    """Shipments in flight with their ETA, plan, need date and open exceptions (logistics)."""
    open_exceptions: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for exc in logistics_eta.list_exceptions(session, actor=actor):
        open_exceptions[exc.shipment_id].append((exc.kind.value, exc.message))
    out: list[ShipmentFacts] = []
    for shipment in logistics.list_shipments(session, actor=actor, in_flight_only=True):
        units = sum(line.quantity for line in shipment.lines)
        priced = [(costs.get(line.sku), line.quantity) for line in shipment.lines]
        value = (
            None
            if any(cost is None for cost, _ in priced)
            else sum((cost * units for cost, units in priced if cost is not None), Decimal(0))
        )
        last = shipment.legs[-1] if shipment.legs else None
        out.append(
            ShipmentFacts(
                code=shipment.code,
                destination=shipment.destination.code,
                status=shipment.status.value,
                modes="+".join(leg.mode.value for leg in shipment.legs),
                units=units,
                goods_value=value,
                planned_arrival=(
                    last.planned_arrival.date() if last and last.planned_arrival else None
                ),
                predicted_arrival=(
                    shipment.predicted_arrival.date() if shipment.predicted_arrival else None
                ),
                need_by=shipment.need_by.date() if shipment.need_by else None,
                exceptions=tuple(sorted(open_exceptions.get(shipment.id, []))),
            )
        )
    return tuple(out)


def business_facts(
    session: Session,
    *,
    actor: Actor,
    now: datetime,
    products: tuple[ProductFacts, ...],
    base: str,
) -> dict[str, Any]:
    """Keyword arguments for `Snapshot`: stock, sales, prices, listings and HS facts."""
    rows = {p.sku: p for p in catalog.products_with_details(session, actor=actor)}
    facts = {p.sku: p for p in products}
    fx = pricing.fx_table(session, seller_id=actor.seller_id, now=now)
    sold = sales_30d(session, seller_id=actor.seller_id, today=now.date())
    values, costs = _unit_values(session, actor=actor, products=rows, fx=fx, base=base)
    listing_rows, listed = listing_facts(
        session, actor=actor, products=rows, sold=sold, values=values
    )
    return {
        "stock": stock_facts(
            session,
            actor=actor,
            now=now,
            products=facts,
            sold=sold,
            forecast=forecast_daily(session, actor=actor),
            values=values,
            costs=costs,
        ),
        "sales": sales_facts(products=facts, listed=listed, sold=sold, values=values, costs=costs),
        "prices": price_facts(
            session, actor=actor, now=now, products=rows, sold=sold, fx=fx, base=base
        ),
        "listings": listing_rows,
        "hs": hs_facts(session, actor=actor, products=rows),
        "shipments": shipment_facts(session, actor=actor, costs=costs),
        "base_currency": base,
    }
