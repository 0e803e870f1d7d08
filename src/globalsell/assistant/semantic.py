"""The semantic layer: named measures over the seller's data, read through each domain's public
services (orders, inventory, pricing, catalog, customs, listings, logistics, approvals), never
their tables. A `Request` names a measure and its filters; `evaluate` returns a `Result` with the
numbers, the filters it applied and a one-line query a seller can check by hand. Read-only."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from globalsell.assistant import facts
from globalsell.assistant import service as assistant
from globalsell.assistant.names import (
    Named,
    catalogue,
    match_products,
    misspelt_readings,
    one_char_products,
    suggest_skus,
    unknown_product_word,
)
from globalsell.assistant.question import Measure, Rank
from globalsell.assistant.semantic_base import (
    SALES_MEASURES,
    NeedsClarification,
    Request,
    Result,
    default_period,
    filters_of,
    parents_of,
    plain,
    product_link,
)
from globalsell.assistant.semantic_lists import hs_missing, open_orders, out_of_stock
from globalsell.assistant.semantic_records import (
    hs_codes,
    listing_status,
    shipment_references,
    shipments,
)
from globalsell.catalog import service as catalog
from globalsell.catalog.models import Product
from globalsell.core.actor import Actor
from globalsell.core.errors import DomainError
from globalsell.inventory import service as inventory
from globalsell.orders import service as orders
from globalsell.pricing import changes as pricing_changes
from globalsell.pricing import service as pricing

__all__ = [
    "SALES_MEASURES",
    "Named",
    "NeedsClarification",
    "Request",
    "Result",
    "catalogue",
    "default_period",
    "evaluate",
    "match_products",
    "misspelt_readings",
    "one_char_products",
    "shipment_references",
    "unknown_product_word",
    "suggest_skus",
]


def sales(
    session: Session, *, actor: Actor, req: Request, items: list[Named], now: datetime
) -> Result:
    """Units sold, revenue or orders over the period, per product or per store, ranked."""
    assert req.period is not None
    base = req.currency or assistant.get_profile(session, actor=actor).base_currency
    parent = parents_of(items)
    wanted = [s for n in items if n.sku in req.skus for s in n.skus] if req.skus else None
    rows = orders.sales_totals(
        session, seller_id=actor.seller_id, skus=wanted, start=req.period.start, end=req.period.end
    )
    if req.store:
        rows = [r for r in rows if r.marketplace == req.store]
    if req.stores:
        rows = [r for r in rows if r.marketplace in req.stores]
    # an order of two SKUs is one order: totals and stores count orders, not lines of products
    per_store = orders.orders_per_store(
        session, seller_id=actor.seller_id, skus=wanted, start=req.period.start, end=req.period.end
    )
    kept = {r.marketplace for r in rows}
    fx = pricing.fx_table(session, seller_id=actor.seller_id, now=now)
    group: dict[str, dict[str, Any]] = {}
    for r in rows:
        key = r.marketplace if req.by_store else parent.get(r.sku, r.sku)
        g = group.setdefault(
            key,
            {
                "key": key,
                "units": 0,
                "orders": 0,
                "revenue": defaultdict(Decimal),
                "base": Decimal(0),
            },
        )
        g["units"] += r.units
        g["orders"] += r.orders
        if r.currency:
            g["revenue"][r.currency] += r.revenue
            rate = Decimal(1) if r.currency == base else facts._to_base(fx, r.currency, base)
            if rate is None or g["base"] is None:
                g["base"] = None  # no exchange rate: the seller-currency total is not shown
            else:
                g["base"] += r.revenue * rate
    if req.by_store:  # a store's orders, each counted once (per SKU, an order of two is two)
        for g in group.values():
            g["orders"] = per_store.get(g["key"], 0)
    for store in req.stores if req.by_store else ():  # "US vs DE": a store that sold nothing
        group.setdefault(  # is a side of the comparison too (0 units), never dropped
            store,
            {
                "key": store,
                "units": 0,
                "orders": 0,
                "revenue": defaultdict(Decimal),
                "base": Decimal(0),
            },
        )
    metric = {Measure.UNITS: "units", Measure.ORDERS: "orders"}.get(req.measure, "base")
    out_rows = [
        {
            "key": g["key"],
            "units": g["units"],
            "orders": g["orders"],
            "revenue": {c: plain(a, c) for c, a in sorted(g["revenue"].items())},
            "revenue_seller_currency": None if g["base"] is None else plain(g["base"], base),
            "sort": g[metric] if g[metric] is not None else Decimal(0),
        }
        for g in group.values()
    ]
    out_rows.sort(key=lambda r: (-r["sort"], r["key"]))
    if req.rank is Rank.BOTTOM:
        if not req.by_store and not req.skus:  # products that sold nothing are the slowest
            sold = {r["key"] for r in out_rows}
            for n in items:
                if n.sku not in sold:
                    out_rows.append(
                        {
                            "key": n.sku,
                            "units": 0,
                            "orders": 0,
                            "revenue": {},
                            "sort": 0,
                            "revenue_seller_currency": plain(Decimal(0), base),
                        }
                    )
        out_rows.sort(key=lambda r: (r["sort"], r["key"]))
    for row in out_rows:
        row.pop("sort")
    bases = [g["base"] for g in group.values()]
    total_base = None if None in bases else sum(bases, Decimal(0))
    per_currency: dict[str, Decimal] = defaultdict(Decimal)
    for g in group.values():
        for c, a in g["revenue"].items():
            per_currency[c] += a
    total = {
        "units": sum(g["units"] for g in group.values()),
        "orders": sum(n for store, n in per_store.items() if store in kept),
        "revenue": {c: plain(a, c) for c, a in sorted(per_currency.items())},
        "revenue_seller_currency": None if total_base is None else plain(total_base, base),
        "seller_currency": base,
    }
    where = [f"day BETWEEN '{req.period.start}' AND '{req.period.end}'", "status != cancelled"]
    if wanted:
        where.append(f"sku IN ({', '.join(wanted)})")
    if req.store:
        where.append(f"store = '{req.store}'")
    if req.stores:
        where.append(f"store IN ({', '.join(req.stores)})")
    by = "store" if req.by_store else "product"
    query = (
        f"SELECT sum(units), count(distinct order), sum(item_price) FROM orders "
        f"WHERE {' AND '.join(where)} GROUP BY {by}"
    )
    return Result(
        req.measure.value,
        filters_of(req, seller_base=base),
        query,
        out_rows,
        total,
        product_link(req, "", "/forecasts"),
    )


def stock(session: Session, *, actor: Actor, req: Request, items: list[Named]) -> Result:
    """On hand, reserved, available and inbound per SKU x location (the pool)."""
    wanted = [s for n in items if n.sku in req.skus for s in n.skus] if req.skus else None
    positions = inventory.pool_positions(session, seller_id=actor.seller_id, skus=wanted)
    fc_of = inventory.store_locations(session, seller_id=actor.seller_id)
    if req.store:
        fc = fc_of.get(req.store)
        if fc is None:
            raise NeedsClarification(f"no warehouse serves the {req.store} store")
        positions = [p for p in positions if p.location_code == fc]
    if req.locations:
        positions = [p for p in positions if p.location_code in req.locations]
    rows = [
        {
            "sku": p.sku,
            "location": p.location_code,
            "kind": p.location_kind.value,
            "on_hand": p.on_hand,
            "reserved": p.reserved,
            "available": p.on_hand - p.reserved,
            "inbound": p.inbound,
        }
        for p in positions
        if p.on_hand or p.reserved or p.inbound
    ]
    total: dict[str, Any] = {
        k: sum(int(r[k]) for r in rows) for k in ("on_hand", "reserved", "available", "inbound")
    }
    if req.rank in (Rank.TOP, Rank.BOTTOM) and not req.skus:
        per: dict[str, int] = defaultdict(int)
        for r in rows:
            per[str(r["sku"])] += int(r[req.stock_part or "on_hand"])
        order = sorted(per.items(), key=lambda x: (-x[1], x[0]))
        if req.rank is Rank.BOTTOM:
            order = sorted(per.items(), key=lambda x: (x[1], x[0]))
        total["ranked"] = [{"sku": k, "units": v} for k, v in order]
        total["ranked_by"] = req.stock_part or "on_hand"
    where = []
    if wanted:
        where.append(f"sku IN ({', '.join(wanted)})")
    if req.store:
        where.append(f"location = '{fc_of.get(req.store)}' (serves {req.store})")
    if req.locations:
        where.append(f"location IN ({', '.join(req.locations)})")
    query = "SELECT on_hand, reserved, inbound FROM stock pool" + (
        f" WHERE {' AND '.join(where)}" if where else ""
    )
    return Result(Measure.STOCK.value, filters_of(req), query, rows, total, "/inventory")


def days_of_cover(
    session: Session, *, actor: Actor, req: Request, items: list[Named], now: datetime
) -> Result:
    """Available units at a store's warehouse / units sold a day over the last 30 days in the
    stores that warehouse serves."""
    today = now.date()
    start = today - timedelta(days=29)
    fc_of = inventory.store_locations(session, seller_id=actor.seller_id)
    served: dict[str, list[str]] = defaultdict(list)
    for st, fc in fc_of.items():
        served[fc].append(st)
    wanted = [s for n in items if n.sku in req.skus for s in n.skus] if req.skus else None
    sold: dict[tuple[str, str], int] = defaultdict(int)
    for r in orders.sales_totals(
        session, seller_id=actor.seller_id, skus=wanted, start=start, end=today
    ):
        sold[(r.sku, r.marketplace)] += r.units
    rows: list[dict[str, Any]] = []
    for p in inventory.pool_positions(session, seller_id=actor.seller_id, skus=wanted):
        stores = served.get(p.location_code)
        if not stores or (req.store and req.store not in stores):
            continue
        units = sum(sold.get((p.sku, st), 0) for st in stores)
        available = p.on_hand - p.reserved
        if req.rank is Rank.TOP and available <= 0:
            continue  # the most cover first: an empty shelf has none to rank
        cover = None if units == 0 else (Decimal(available) * 30 / units).quantize(Decimal("0.1"))
        rows.append(
            {
                "sku": p.sku,
                "location": p.location_code,
                "stores": ",".join(sorted(stores)),
                "available": available,
                "sold_30d": units,
                "days_of_cover": None if cover is None else f"{cover:f}",
            }
        )
    # fewest days first (what runs out soonest), unless the question asks for the most cover;
    # a SKU with no sales has unbounded cover
    most = req.rank is Rank.TOP
    rows.sort(
        key=lambda r: (
            (-1 if most else 1)
            * (Decimal(r["days_of_cover"]) if r["days_of_cover"] else Decimal(10**9)),
            r["sku"],
        )
    )
    query = (
        f"available / (units sold {start}..{today} / 30) per SKU x warehouse"
        + (f" serving {req.store}" if req.store else "")
        + (" ORDER BY days of cover DESC" if most else " ORDER BY days of cover")
    )
    return Result(Measure.DAYS_OF_COVER.value, filters_of(req), query, rows, {}, "/inventory")


def prices(session: Session, *, actor: Actor, req: Request) -> Result:
    """The active regular price per store; where none is active, the newest saved quote,
    labelled as such."""
    rows = []
    for sku in req.skus:
        active = set()
        for p in pricing_changes.prices_for(session, sku=sku, actor=actor):
            if p.price_type.value != "regular" or (req.store and p.store != req.store):
                continue
            active.add(p.store)
            rows.append(
                {
                    "sku": sku,
                    "store": p.store,
                    "price": plain(p.amount, p.currency),
                    "currency": p.currency,
                    "basis": "active price",
                }
            )
        for q in pricing.latest_quotes(session, sku=sku, actor=actor):
            if q.store in active or (req.store and q.store != req.store):
                continue
            active.add(q.store)
            rows.append(
                {
                    "sku": sku,
                    "store": q.store,
                    "price": plain(q.price, q.currency),
                    "currency": q.currency,
                    "basis": "saved quote",
                }
            )
    rows.sort(key=lambda r: (r["sku"], r["store"]))
    query = f"active regular price WHERE sku IN ({', '.join(req.skus)})" + (
        f" AND store = '{req.store}'" if req.store else ""
    )
    return Result(
        Measure.PRICE.value, filters_of(req), query, rows, {}, product_link(req, "/pricing")
    )


def unit_cost(
    session: Session, *, actor: Actor, req: Request, items: list[Named] | None = None
) -> Result:
    """The catalogue's unit cost of each product and its variants; a variant SKU asked for
    gives that variant's cost only."""
    parent = parents_of(items or [])
    rows = []
    for sku in req.skus:
        product = catalog.get_product(session, actor=actor, sku=parent.get(sku, sku))
        if product.sku != sku:  # a variant
            rows += [
                {
                    "sku": v.sku,
                    "unit_cost": plain(v.unit_cost, v.cost_currency),
                    "currency": v.cost_currency,
                }
                for v in product.variants
                if v.sku == sku and v.unit_cost is not None
            ]
            continue
        if product.unit_cost is not None:
            rows.append(
                {
                    "sku": product.sku,
                    "unit_cost": plain(product.unit_cost, product.cost_currency),
                    "currency": product.cost_currency,
                }
            )
        for v in product.variants:
            if v.unit_cost is not None:
                rows.append(
                    {
                        "sku": v.sku,
                        "unit_cost": plain(v.unit_cost, v.cost_currency),
                        "currency": v.cost_currency,
                    }
                )
    query = f"catalogue unit_cost WHERE sku IN ({', '.join(req.skus)})"
    # a purchase cost is one figure for every store: a store asked about filters nothing
    filters = {k: v for k, v in filters_of(req).items() if k not in ("store", "stores")}
    return Result(Measure.UNIT_COST.value, filters, query, rows, {}, f"/products/{req.skus[0]}")


def landed_cost(session: Session, *, actor: Actor, req: Request, now: datetime) -> Result:
    """Landed cost per unit (goods, freight, duty, unrecovered import VAT) in a store's currency,
    from pricing's quote with today's rates."""
    rows = []
    for sku in req.skus:
        stores = (
            [req.store]
            if req.store
            else sorted(
                {p.store for p in pricing_changes.prices_for(session, sku=sku, actor=actor)}
            )
        )
        for st in stores:
            try:
                quoted = pricing.quote(session, sku=sku, store=st, actor=actor, now=now)
            except DomainError as exc:
                rows.append({"sku": sku, "store": st, "error": exc.message})
                continue
            landed = quoted.quote.landed
            rows.append(
                {
                    "sku": sku,
                    "store": st,
                    "landed_cost": plain(landed.cost.amount, landed.cost.currency),
                    "goods": plain(landed.product.amount, landed.cost.currency),
                    "freight": plain(landed.freight.amount, landed.cost.currency),
                    "duty": plain(landed.duty.amount, landed.cost.currency),
                    "currency": landed.cost.currency,
                    "unknown": " ".join(landed.unknown),  # lines counted as 0: incomplete
                }
            )
    query = f"pricing.quote(...).landed WHERE sku IN ({', '.join(req.skus)})" + (
        f" AND store = '{req.store}'" if req.store else ""
    )
    return Result(
        Measure.LANDED_COST.value, filters_of(req), query, rows, {}, product_link(req, "/pricing")
    )


def margins(session: Session, *, actor: Actor, req: Request, now: datetime) -> Result:
    """Margin per unit at the active price with today's cost, fees and exchange rate: the same
    figures the assistant's pricing check reads (so "losing money" agrees with its findings)."""
    base = assistant.get_profile(session, actor=actor).base_currency
    products: dict[str, Product] = {
        p.sku: p
        for p in catalog.products_with_details(session, actor=actor)
        if not req.skus or p.sku in req.skus
    }
    fx = pricing.fx_table(session, seller_id=actor.seller_id, now=now)
    sold = facts.sales_30d(session, seller_id=actor.seller_id, today=now.date())
    rows = []
    for p in facts.price_facts(
        session, actor=actor, now=now, products=products, sold=sold, fx=fx, base=base
    ):
        if req.store and p.store != req.store:
            continue
        if req.rank is Rank.LOSING and p.margin >= 0:
            continue
        rows.append(
            {
                "sku": p.sku,
                "store": p.store,
                "price": plain(p.price, p.currency),
                "margin": plain(p.margin, p.currency),
                "margin_rate_percent": f"{(p.margin_rate * 100).quantize(Decimal('0.1'))}",
                "currency": p.currency,
                "basis": "active price",
                "unknown": " ".join(p.unknown),  # landed-cost lines counted as 0: incomplete
                "sort": p.margin * p.to_base,
            }
        )
    if req.skus and req.rank is not Rank.LOSING:
        have = {(r["sku"], r["store"]) for r in rows}
        for sku in req.skus:
            for q in pricing.latest_quotes(session, sku=sku, actor=actor):
                if (sku, q.store) in have or (req.store and q.store != req.store):
                    continue
                have.add((sku, q.store))
                rows.append(
                    {
                        "sku": sku,
                        "store": q.store,
                        "price": plain(q.price, q.currency),
                        "margin": plain(q.margin, q.currency),
                        "margin_rate_percent": f"{(q.margin_rate * 100).quantize(Decimal('0.1'))}",
                        "currency": q.currency,
                        "basis": "saved quote",
                        "unknown": " ".join(_unknown_lines(q.breakdown)),
                        "sort": Decimal(0),
                    }
                )
    rows.sort(key=lambda r: (r["sort"], r["sku"], r["store"]))
    for r in rows:
        r.pop("sort")
    query = "pricing quote at the active price, today's cost/fees/FX" + (
        " WHERE margin < 0" if req.rank is Rank.LOSING else ""
    )
    return Result(
        Measure.MARGIN.value,
        filters_of(req),
        query,
        rows,
        {"count": len(rows)},
        product_link(req, "/pricing"),
    )


def _unknown_lines(breakdown: dict[str, Any] | None) -> list[str]:
    """The landed-cost lines a saved quote counted as 0 for want of a figure (ADR 0138)."""
    landed = (breakdown or {}).get("landed_cost")
    unknown = landed.get("unknown") if isinstance(landed, dict) else None
    return [str(u) for u in unknown] if isinstance(unknown, list) else []


def evaluate(
    session: Session, *, actor: Actor, req: Request, items: list[Named], now: datetime
) -> Result:
    """The numbers for one request."""
    if req.measure in SALES_MEASURES:
        return sales(session, actor=actor, req=req, items=items, now=now)
    if req.measure is Measure.STOCK:
        return stock(session, actor=actor, req=req, items=items)
    if req.measure is Measure.DAYS_OF_COVER:
        return days_of_cover(session, actor=actor, req=req, items=items, now=now)
    if req.measure is Measure.PRICE:
        return prices(session, actor=actor, req=req)
    if req.measure is Measure.UNIT_COST:
        return unit_cost(session, actor=actor, req=req, items=items)
    if req.measure is Measure.LANDED_COST:
        return landed_cost(session, actor=actor, req=req, now=now)
    if req.measure is Measure.HS_CODE:
        return hs_codes(session, actor=actor, req=req)
    if req.measure is Measure.LISTING_STATUS:
        return listing_status(session, actor=actor, req=req, items=items)
    if req.measure is Measure.SHIPMENTS:
        return shipments(session, actor=actor, req=req, items=items)
    if req.measure is Measure.MARGIN:
        return margins(session, actor=actor, req=req, now=now)
    if req.measure is Measure.OUT_OF_STOCK:
        return out_of_stock(session, actor=actor, req=req, items=items)
    if req.measure is Measure.HS_MISSING:
        return hs_missing(session, actor=actor, req=req)
    if req.measure is Measure.OPEN_ORDERS:
        return open_orders(session, actor=actor, req=req)
    raise NeedsClarification(f"{req.measure.value} is not a measure of the semantic layer")
