"""Truths for the spec kinds `assistant_questions_fresh2.py` added, by plain SQL over the demo
file, like `assistant_chat.Truth`. Each returns (want, forbid): every `want` string must be in the
answer, no `forbid` string may be."""

from __future__ import annotations

from typing import Any, Protocol

Spec = tuple[Any, ...]
FRESH2_KINDS = {"in_transit", "ship_units", "ship_for_sku", "hub"}


class TruthLike(Protocol):
    seller: int

    def q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]: ...


def expect_fresh2(t: TruthLike, spec: Spec, chinese: bool) -> tuple[list[str], list[str]]:
    kind = spec[0]
    if kind == "in_transit":
        rows = t.q("SELECT code, received_at FROM shipments WHERE seller_id = ?", t.seller)
        moving = sorted(str(c) for c, received in rows if received is None)
        return moving, sorted(str(c) for c, received in rows if received is not None)
    if kind == "ship_units":
        (n,) = t.q(
            "SELECT sum(l.quantity) FROM shipment_lines l JOIN shipments s ON s.id = "
            "l.shipment_id WHERE s.seller_id = ? AND s.code = ?",
            t.seller,
            spec[1],
        )[0]
        return [f"{n} 件" if chinese else f"{n} unit{'' if n == 1 else 's'}"], []
    if kind == "ship_for_sku":
        rows = t.q(
            "SELECT DISTINCT s.code, l.sku FROM shipment_lines l JOIN shipments s ON s.id = "
            "l.shipment_id WHERE s.seller_id = ?",
            t.seller,
        )
        carry = sorted({str(c) for c, sku in rows if sku == spec[1]})
        return carry, sorted({str(c) for c, _ in rows} - set(carry))
    if kind == "hub":
        rows = t.q(
            "SELECT sum(s.on_hand) FROM stock_levels s JOIN locations l ON l.id = s.location_id "
            "WHERE s.seller_id = ? AND s.sku = ? AND l.kind = 'origin_hub'",
            t.seller,
            spec[1],
        )
        n = int(rows[0][0] or 0)
        return [f"{n} 件" if chinese else f"{n} "], []
    raise ValueError(f"no truth for {spec!r}")
