"""Truths for the spec kinds `assistant_questions_fresh3.py` added, by plain SQL over the demo
file, like `assistant_chat.Truth`. Each returns (want, forbid): every `want` string must be in the
answer, no `forbid` string may be."""

from __future__ import annotations

from typing import Any, Protocol

Spec = tuple[Any, ...]
FRESH3_KINDS = {"on_hand", "ship_contents"}


class TruthLike(Protocol):
    seller: int

    def q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]: ...

    def fc(self, store: str) -> str: ...


def expect_fresh3(t: TruthLike, spec: Spec, chinese: bool) -> tuple[list[str], list[str]]:
    kind = spec[0]
    if kind == "on_hand":
        _, sku, store = spec
        rows = t.q(
            "SELECT s.on_hand FROM stock_levels s JOIN locations l ON l.id = s.location_id "
            "WHERE s.seller_id = ? AND s.sku = ? AND l.code = ?",
            t.seller,
            sku,
            t.fc(store),
        )
        n = int(rows[0][0]) if rows else 0
        return [f"在库 {n} 件" if chinese else f"{n} on hand"], []
    if kind == "ship_contents":
        rows = t.q(
            "SELECT DISTINCT s.code, l.sku FROM shipment_lines l JOIN shipments s ON s.id = "
            "l.shipment_id WHERE s.seller_id = ?",
            t.seller,
        )
        carried = sorted({str(sku) for code, sku in rows if code == spec[1]})
        others = sorted({str(sku) for _, sku in rows} - set(carried))
        return carried, others
    raise ValueError(f"no truth for {spec!r}")
