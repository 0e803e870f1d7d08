"""Semantic-layer measures that list what needs attention now: SKUs out of stock at a store's
warehouse (nothing available today, not a risk ahead), products with no declared HS code, and
orders not shipped yet. Read through inventory, catalog, customs and orders services; with their
rendering in the seller's language. Read-only."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from globalsell.assistant import answer_words as words
from globalsell.assistant.names import Named
from globalsell.assistant.question import Measure
from globalsell.assistant.semantic_base import NeedsClarification, Request, Result, filters_of
from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor
from globalsell.customs import service as customs
from globalsell.inventory import service as inventory
from globalsell.orders import service as orders
from globalsell.orders.domain import OrderStatus

OPEN_STATUSES = (OrderStatus.PENDING, OrderStatus.UNSHIPPED)
MAX_OPEN_ORDERS = 1000


def out_of_stock(session: Session, *, actor: Actor, req: Request, items: list[Named]) -> Result:
    """Per store warehouse (fulfilment centre): the SKUs it holds a position for with nothing
    available now (on hand minus reserved <= 0), with what is inbound; and how many catalogue
    products it holds no stock record for at all."""
    fc_of = inventory.store_locations(session, seller_id=actor.seller_id)
    if req.store and req.store not in fc_of:
        raise NeedsClarification(f"no warehouse serves the {req.store} store")
    served: dict[str, list[str]] = defaultdict(list)
    for st, fc in sorted(fc_of.items()):
        served[fc].append(st)
    fcs = [fc_of[req.store]] if req.store else sorted(served)
    wanted = [s for n in items if n.sku in req.skus for s in n.skus] if req.skus else None
    by_fc: dict[str, list[Any]] = defaultdict(list)
    for p in inventory.pool_positions(session, seller_id=actor.seller_id, skus=wanted):
        by_fc[p.location_code].append(p)
    asked = [n for n in items if not req.skus or n.sku in req.skus]
    rows: list[dict[str, Any]] = []
    in_stock: list[dict[str, Any]] = []
    untracked: dict[str, int] = {}
    for fc in fcs:
        store = req.store or ", ".join(served[fc])
        held = {p.sku for p in by_fc.get(fc, [])}
        untracked[fc] = sum(1 for n in asked if not held & set(n.skus))  # products, not variants
        for p in by_fc.get(fc, []):
            row = {
                "sku": p.sku,
                "store": store,
                "location": fc,
                "available": p.on_hand - p.reserved,
                "inbound": p.inbound,
            }
            (rows if row["available"] <= 0 else in_stock).append(row)
    rows.sort(key=lambda r: (r["location"], r["sku"]))
    where = [f"location IN ({', '.join(fcs)})"]
    if wanted:
        where.append(f"sku IN ({', '.join(wanted)})")
    query = (
        "SELECT sku FROM stock pool WHERE "
        + " AND ".join(where)
        + " AND on_hand - reserved <= 0 (now)"
    )
    total = {
        "count": len(rows),
        "in_stock": [
            {"sku": r["sku"], "store": r["store"], "available": r["available"]} for r in in_stock
        ]
        if req.skus
        else [],
        "untracked": untracked,
    }
    return Result(Measure.OUT_OF_STOCK.value, filters_of(req), query, rows, total, "/inventory")


def hs_missing(session: Session, *, actor: Actor, req: Request) -> Result:
    """Products with no declared HS code on file, with customs' latest classification."""
    rows: list[dict[str, Any]] = []
    for product in catalog.products_with_details(session, actor=actor):
        _, _, declared = customs.product_text(session, product)
        if declared and declared.strip():
            continue
        found = customs.list_classifications(session, actor=actor, sku=product.sku)
        latest = max(found, key=lambda r: (r.created_at, r.id)) if found else None
        rows.append(
            {
                "sku": product.sku,
                "title": product.title,
                "customs_guess": None if latest is None else latest.code,
                "confidence": None if latest is None else f"{latest.confidence * 100:.0f}%",
            }
        )
    rows.sort(key=lambda r: str(r["sku"]))
    query = "products WHERE attribute hs_code_declared IS NULL or empty"
    return Result(
        Measure.HS_MISSING.value, filters_of(req), query, rows, {"count": len(rows)}, "/customs"
    )


def open_orders(session: Session, *, actor: Actor, req: Request) -> Result:
    """Orders not shipped yet (pending or unshipped), in the store and period when given."""
    found = [
        o
        for status in OPEN_STATUSES
        for o in orders.list_orders(session, actor=actor, status=status, limit=MAX_OPEN_ORDERS)
    ]
    rows: list[dict[str, Any]] = []
    for o in found:
        if req.store and o.marketplace != req.store:
            continue
        if req.period and not (req.period.start <= o.purchase_day <= req.period.end):
            continue
        skus = [line.sku for line in o.lines]
        if req.skus and not set(skus) & set(req.skus):
            continue
        rows.append(
            {
                "order_id": o.order_id,
                "store": o.marketplace,
                "status": o.status.value,
                "purchased": o.purchase_day.isoformat(),
                "skus": ", ".join(skus),
                "units": sum(line.quantity for line in o.lines),
            }
        )
    rows.sort(key=lambda r: (str(r["purchased"]), str(r["order_id"])))
    where = ["status IN ('pending', 'unshipped')"]
    if req.store:
        where.append(f"store = '{req.store}'")
    if req.period:
        where.append(f"day BETWEEN '{req.period.start}' AND '{req.period.end}'")
    query = "SELECT order_id FROM orders WHERE " + " AND ".join(where)
    total = {"count": len(rows), "units": sum(int(r["units"]) for r in rows)}
    return Result(Measure.OPEN_ORDERS.value, filters_of(req), query, rows, total, "/orders")


# ---------------------------------------------------------------- rendering


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _where(req: Request, zh: bool) -> str:
    if req.store:
        return f"{req.store} " if zh else f" in {req.store}"
    return "所有店铺" if zh else " in any store"


def render_out_of_stock(req: Request, r: Result, zh: bool) -> str:
    where = _where(req, zh)
    lines = [
        f"{x['sku']} ({x['store']}, {x['location']}): "
        f"可售 {x['available']} 件，在途 {x['inbound']} 件"
        if zh
        else f"{x['sku']} ({x['store']}, {x['location']}): {x['available']} available, "
        f"{x['inbound']} inbound"
        for x in r.rows
    ]
    one = {x["sku"] for x in r.rows} if len(req.skus) == 1 else set()
    if len(one) == 1:  # one product named: the warehouses it is out in, not a count of SKUs
        sku, n = one.pop(), len(r.rows)
        head = (
            f"{sku} 现在在 {n} 个仓库断货(可售为 0):"
            if zh
            else f"{sku} is out of stock in {_n(n, 'warehouse')} now (nothing available):"
        )
    elif zh:
        head = (
            f"{where}现在断货(可售为 0)的SKU有 {len(r.rows)} 个:"
            if r.rows
            else f"{where}现在没有断货的SKU。"
        )
    else:
        head = (
            f"{_n(len(r.rows), 'SKU')} {'is' if len(r.rows) == 1 else 'are'} out of stock"
            f"{where} now (nothing available):"
            if r.rows
            else f"Nothing is out of stock{where} now."
        )
    text = "\n".join([head, *lines])
    for x in r.total.get("in_stock", []):
        text += (
            f"\n{x['sku']} 在 {x['store']} 有货: 可售 {x['available']} 件"
            if zh
            else f"\n{x['sku']} is in stock in {x['store']}: {x['available']} available"
        )
    untracked = {s: n for s, n in r.total.get("untracked", {}).items() if n}
    if untracked and not req.skus:
        listed = ", ".join(f"{s} {n}" for s, n in sorted(untracked.items()))
        text += (
            f"\n(另有产品在这些仓库没有任何库存记录，未计入: {listed})"
            if zh
            else f"\n(Products with no stock record at all in that warehouse are not counted: "
            f"{listed})"
        )
    return text


def render_hs_missing(r: Result, zh: bool) -> str:
    if not r.rows:
        return (
            "所有产品都有备案的HS编码。" if zh else "Every product has a declared HS code on file."
        )
    lines = []
    for x in r.rows:
        guess = x["customs_guess"]
        if zh:
            lines.append(
                f"{x['sku']} {x['title']}"
                + (f" (海关建议 {guess}，把握 {x['confidence']}，需确认)" if guess else "")
            )
        else:
            lines.append(
                f"{x['sku']} {x['title']}"
                + (
                    f" (customs' guess {guess}, {x['confidence']} sure; confirm it)"
                    if guess
                    else ""
                )
            )
    head = (
        f"{len(r.rows)} 个产品没有备案的HS编码:"
        if zh
        else f"{_n(len(r.rows), 'product')} {'has' if len(r.rows) == 1 else 'have'} no declared "
        "HS code on file:"
    )
    return "\n".join([head, *lines])


def render_open_orders(req: Request, r: Result, zh: bool) -> str:
    n, units = r.total["count"], r.total["units"]
    where = _where(req, zh) if req.store else ""
    if zh:
        head = f"{where}有 {n} 个订单还没发货 (待付款或待发货)，共 {units} 件"
    else:
        head = (
            f"{_n(n, 'order')}{where} {'is' if n == 1 else 'are'} not shipped yet (pending or "
            f"unshipped), {_n(units, 'unit')}"
        )
    lines = [
        f"{x['order_id']} {x['store']} {words.order_status(x['status'], zh)} {x['purchased']}: "
        f"{x['skus']} x{x['units']}"
        for x in r.rows[:10]
    ]
    return "\n".join([head + ("。" if zh else "."), *lines])
