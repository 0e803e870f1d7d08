"""Truths for the spec kinds `assistant_questions_fresh.py` added. Plain SQL over the demo file,
like `assistant_chat.Truth`, except the landed cost, which is pricing's own quote with today's
rates (the figure the pricing page shows; the parser is what is measured). Each returns
(want, forbid)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from globalsell.core.actor import Actor
from globalsell.core.money import Money, Rounding
from globalsell.pricing import service as pricing

Spec = tuple[Any, ...]
FRESH_KINDS = {"landed", "cover", "hs_proposed", "reserved", "findings", "customs", "not_live"}
LIVE = ("approved", "submitted", "live")


class TruthLike(Protocol):
    seller: int
    today: date
    now: datetime
    session: Any
    actor: Actor

    def q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]: ...

    def fc(self, store: str) -> str: ...


def _stock(t: TruthLike, sku: str, store: str) -> tuple[int, int, int]:
    rows = t.q(
        "SELECT s.on_hand, s.reserved, s.inbound FROM stock_levels s JOIN locations l "
        "ON l.id = s.location_id WHERE s.seller_id = ? AND s.sku = ? AND l.code = ?",
        t.seller,
        sku,
        t.fc(store),
    )
    return (int(rows[0][0]), int(rows[0][1]), int(rows[0][2])) if rows else (0, 0, 0)


def expect_fresh(t: TruthLike, spec: Spec, chinese: bool) -> tuple[list[str], list[str]]:
    kind = spec[0]
    if kind == "reserved":
        _, reserved, _ = _stock(t, spec[1], spec[2])
        unit = "unit" if reserved == 1 else "units"  # English counts of one are singular
        return ([f"预留 {reserved} 件"] if chinese else [f"{reserved} {unit} reserved"]), []
    if kind == "cover":
        _, sku, store = spec
        on_hand, reserved, _ = _stock(t, sku, store)
        start = t.today - timedelta(days=29)
        (sold,) = t.q(
            "SELECT coalesce(sum(l.quantity), 0) FROM order_lines l JOIN orders o ON o.id = "
            "l.order_pk WHERE o.seller_id = ? AND o.status != 'cancelled' AND l.sku = ? AND "
            "o.marketplace = ? AND o.purchase_day BETWEEN ? AND ?",
            t.seller,
            sku,
            store,
            start.isoformat(),
            t.today.isoformat(),
        )[0]
        if not sold:
            return ([f"可售 {on_hand - reserved} 件"] if chinese else ["no sales in 30 days"]), []
        cover = (Decimal(on_hand - reserved) * 30 / int(sold)).quantize(Decimal("0.1"))
        return [f"{cover:f}"], []
    if kind == "hs_proposed":
        for (title,) in t.q(
            "SELECT title FROM change_requests WHERE seller_id = ? AND status = 'proposed'",
            t.seller,
        ):
            m = re.match(rf"{re.escape(spec[1])}: customs code \S+ -> (\d+)", str(title))
            if m:
                return [m.group(1)], []
        return [], []
    if kind == "findings":
        (n,) = t.q(
            "SELECT count(*) FROM assistant_findings WHERE seller_id = ? AND run_id = "
            "(SELECT max(id) FROM assistant_runs WHERE seller_id = ?)",
            t.seller,
            t.seller,
        )[0]
        return ([f"{n} 个"] if chinese else [f"{n} "]), []
    if kind == "landed":
        _, sku, store = spec
        quoted = pricing.quote(t.session, sku=sku, store=store, actor=t.actor, now=t.now)
        cost = quoted.quote.landed.cost
        amount = Money.of(cost.amount, cost.currency).quantize(Rounding.HALF_UP).amount
        return [f"{amount:f} {cost.currency}"], []
    if kind == "customs":
        rows = t.q(
            "SELECT DISTINCT s.code, e.kind FROM shipment_exceptions e JOIN shipments s ON "
            "s.id = e.shipment_id WHERE e.seller_id = ? AND e.status = 'open'",
            t.seller,
        )
        held = sorted({c for c, k in rows if str(k).startswith("customs")})
        return held, sorted({c for c, _ in rows} - set(held))
    if kind == "not_live":
        rows = t.q(
            "SELECT DISTINCT sku, status FROM listings WHERE seller_id = ? AND marketplace = ?",
            t.seller,
            spec[1],
        )
        down = sorted({s for s, status in rows if status not in LIVE})
        return down, sorted({s for s, status in rows if status in LIVE} - set(down))[:5]
    raise ValueError(f"no truth for {spec!r}")
