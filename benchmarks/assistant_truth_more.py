"""Truths for the spec kinds the held-out block (`assistant_questions_heldout.py`) added, by plain
SQL over the demo file, like `assistant_chat.Truth`. Each returns (want, forbid): every `want`
string must be in the answer, no `forbid` string may be (a list that names a SKU it should not is
a wrong answer, not a partial one)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Protocol

Spec = tuple[Any, ...]


class TruthLike(Protocol):
    seller: int

    def q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]: ...

    def fc(self, store: str) -> str: ...

    def sales(self, sku: str | None, store: str | None, key: str) -> list[tuple[Any, ...]]: ...


DELAY_FREE_KINDS = ("short_receipt", "over_receipt", "damaged")


def _units(n: int, chinese: bool) -> str:
    return f"{n} 件" if chinese else f"{n} unit{'' if n == 1 else 's'}"


def _available_by_sku(t: TruthLike, store: str) -> dict[str, int]:
    rows = t.q(
        "SELECT s.sku, s.on_hand - s.reserved FROM stock_levels s JOIN locations l "
        "ON l.id = s.location_id WHERE s.seller_id = ? AND l.code = ?",
        t.seller,
        t.fc(store),
    )
    return {str(sku): int(n) for sku, n in rows}


def expect_more(t: TruthLike, spec: Spec, chinese: bool) -> tuple[list[str], list[str]]:  # noqa: C901
    kind = spec[0]
    skus = [str(s) for (s,) in t.q("SELECT sku FROM products WHERE seller_id = ?", t.seller)]
    if kind == "stockout":
        avail = _available_by_sku(t, spec[1])
        out = sorted(s for s, n in avail.items() if n <= 0)
        return out, sorted(s for s, n in avail.items() if n > 0)
    if kind == "no_hs":
        declared = {
            str(sku)
            for sku, value in t.q(
                "SELECT p.sku, a.value FROM attribute_values a JOIN products p ON p.id = "
                "a.product_id WHERE p.seller_id = ? AND a.name = 'hs_code_declared' "
                "AND a.variant_id IS NULL",
                t.seller,
            )
            if json.loads(value)
        }
        missing = sorted(s for s in skus if s not in declared)
        return missing, sorted(declared)
    if kind == "late":
        rows = t.q(
            "SELECT s.code, e.kind, e.status FROM shipments s LEFT JOIN shipment_exceptions e "
            "ON e.shipment_id = s.id WHERE s.seller_id = ?",
            t.seller,
        )
        late = {c for c, k, st in rows if st == "open" and k not in DELAY_FREE_KINDS}
        clean = {c for c, k, st in rows if k is None}
        return sorted(late), sorted(clean - late)
    if kind == "top_n":
        _, store, key, n = spec
        units: dict[str, int] = defaultdict(int)
        for r in t.sales(None, store, key):
            units[r[0]] += r[3]
        ranked = sorted(units.items(), key=lambda x: (-x[1], x[0]))[:n]
        return [w for sku, u in ranked for w in (sku, _units(u, chinese))], []
    if kind == "open_orders":
        sql = (
            "SELECT count(*) FROM orders WHERE seller_id = ? AND status NOT IN "
            "('shipped', 'cancelled')"
        )
        args: list[Any] = [t.seller]
        if len(spec) > 1:
            sql += " AND marketplace = ?"
            args.append(spec[1])
        (n,) = t.q(sql, *args)[0]
        return [f"{n} 个订单" if chinese else f"{n} order{'' if n == 1 else 's'}"], []
    if kind == "margin":
        _, sku, store = spec
        for (evidence,) in t.q(
            "SELECT f.evidence FROM assistant_findings f WHERE f.seller_id = ? AND "
            "f.run_id = (SELECT max(id) FROM assistant_runs WHERE seller_id = ?) AND "
            "f.detector = 'pricing.price'",
            t.seller,
            t.seller,
        ):
            e = json.loads(evidence)
            if e["sku"] == sku and e["store"] == store:
                return [f"{e['margin'].lstrip('-')} {e['currency']}"], []
        return [], []
    if kind == "listing_count":
        (n,) = t.q(
            "SELECT count(*) FROM listings WHERE seller_id = ? AND marketplace = ?",
            t.seller,
            spec[1],
        )[0]
        return [str(n)], []
    if kind == "compare":
        _, sku, stores, key = spec
        want = []
        for store in stores:
            n = sum(r[3] for r in t.sales(sku, store, key))
            want.append(_units(n, chinese))
        return want, []
    if kind == "top_stock":
        rows = t.q(
            "SELECT sku, sum(on_hand) FROM stock_levels WHERE seller_id = ? GROUP BY sku "
            "ORDER BY 2 DESC, 1",
            t.seller,
        )
        return [str(rows[0][0]), str(rows[0][1])], []
    if kind == "reorder":
        stores = [
            str(m)
            for (m,) in t.q(
                "SELECT DISTINCT l.marketplace FROM stock_levels s JOIN locations l ON l.id = "
                "s.location_id WHERE s.seller_id = ? AND s.sku = ? AND l.kind = 'fc' AND "
                "s.on_hand - s.reserved <= 0 ORDER BY 1",
                t.seller,
                spec[1],
            )
        ]
        return [spec[1], *stores], []
    if kind == "inbound":
        _, sku, store = spec
        sql = (
            "SELECT sum(s.inbound) FROM stock_levels s JOIN locations l ON l.id = s.location_id "
            "WHERE s.seller_id = ? AND s.sku = ?"
        )
        args = [t.seller, sku]
        if store:
            sql += " AND l.code = ?"
            args.append(t.fc(store))
        (n,) = t.q(sql, *args)[0]
        # "134 inbound" or "134 units inbound": the figure next to the word
        return [f"在途 {n} 件"] if chinese else [str(n), "inbound"], []
    if kind == "stock" and spec[2] is None:
        on_hand, reserved, inbound = t.q(
            "SELECT sum(on_hand), sum(reserved), sum(inbound) FROM stock_levels "
            "WHERE seller_id = ? AND sku = ?",
            t.seller,
            spec[1],
        )[0]
        if chinese:
            return [f"在库 {on_hand} 件", f"在途 {inbound} 件"], []
        return [f"{on_hand} on hand", f"{inbound} inbound"], []
    raise ValueError(f"no truth for {spec!r}")
