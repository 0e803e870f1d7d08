"""Truths for averages of sales (ADR 0195), by plain SQL over the demo file like
`assistant_chat.Truth`: the average order value ("aov": revenue over orders), the average selling
price ("asp": revenue over units), units per order ("upo") and a figure a day ("daily": units,
orders or revenue over the days of the period). Money in the store's currency, so every spec
names one store; counts to one decimal, half up. Each returns (want, forbid)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol

Spec = tuple[Any, ...]
AVG_KINDS = {"aov", "asp", "upo", "daily"}


class TruthLike(Protocol):
    today: Any

    def sales(self, sku: str | None, store: str | None, key: str) -> list[tuple[Any, ...]]: ...


def _one(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):f}"


def expect_avg(t: TruthLike, spec: Spec, chinese: bool) -> tuple[list[str], list[str]]:
    from assistant_chat import money, period  # the grader's own rounding and periods

    def _money(amount: Decimal, currency: str) -> str:
        return f"{money(amount, currency)} {currency}"

    kind = spec[0]
    if kind == "daily":
        _, measure, sku, store, key = spec
    else:
        _, sku, store, key = spec
        measure = None
    rows = t.sales(sku, store, key)
    units = sum(int(r[3]) for r in rows)
    orders = sum(int(r[4]) for r in rows)
    currencies = {str(r[2]) for r in rows}
    revenue = sum((Decimal(str(r[5])) for r in rows), Decimal(0))
    if kind == "daily":
        start, end = period(key, t.today)
        days = (end - start).days + 1
        over = f"{days} 天" if chinese else f"{days} days"
        if measure == "revenue":
            (cur,) = currencies
            return [_money(revenue / days, cur), over], []
        n = units if measure == "units" else orders
        return [_one(Decimal(n) / days), over], []
    if kind == "upo":
        return [_one(Decimal(units) / orders)], []
    (cur,) = currencies  # one store: one currency
    divisor = orders if kind == "aov" else units
    return [_money(revenue / divisor, cur)], []
