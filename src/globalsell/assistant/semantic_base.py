"""The semantic layer's vocabulary: a `Request` (a measure and its filters), a `Result` (the
numbers, the filters applied, a query to check by hand and the page behind it), and the helpers
every measure shares. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from globalsell.assistant.names import Named
from globalsell.assistant.question import Measure, Period, Rank
from globalsell.core.money import plain_amount

SALES_MEASURES = (Measure.UNITS, Measure.REVENUE, Measure.ORDERS)


class NeedsClarification(Exception):
    """The request cannot be answered as asked; `options` are what the seller may have meant."""

    def __init__(self, reason: str, options: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.options = options


@dataclass(frozen=True, slots=True)
class Request:
    measure: Measure
    skus: tuple[str, ...] = ()
    store: str | None = None
    stores: tuple[str, ...] = ()  # two or more stores side by side (sales only)
    period: Period | None = None
    rank: Rank | None = None
    limit: int | None = None
    by_store: bool = False
    shipment: str | None = None
    shipment_focus: str | None = None
    late: bool = False  # shipments: the delays among the open exceptions
    exception_kind: str | None = None  # shipments: only this kind of hold ("customs_dwell")
    not_live: bool = False  # listings: only those that are not live
    live: bool = False  # listings: only those that are live (or approved or submitted)
    stock_part: str | None = None
    seller_currency: bool = False
    hs_proposed: bool = False
    currency: str | None = None  # sales: totals in this currency, not the seller's own
    locations: tuple[str, ...] = ()  # stock: only these locations ("the hub")
    mode: str | None = None  # shipments: only those moving by this mode ("ocean")
    per: str | None = None  # sales: an average over "order", "unit", "day" or "week"


@dataclass(slots=True)
class Result:
    measure: str
    filters: dict[str, str]
    query: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    total: dict[str, Any] = field(default_factory=dict)
    link: str = "/"

    def as_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "filters": self.filters,
            "query": self.query,
            "rows": self.rows,
            "total": self.total,
            "link": self.link,
        }


def plain(amount: Decimal, currency: str | None) -> str:
    if currency is None:
        return f"{amount.normalize():f}"
    return plain_amount(amount, currency)


# ---------------------------------------------------------------- measures


def filters_of(req: Request, *, seller_base: str | None = None) -> dict[str, str]:
    out: dict[str, str] = {"measure": req.measure.value}
    if req.skus:
        out["sku"] = ", ".join(req.skus)
    if req.store:
        out["store"] = req.store
    if req.stores:
        out["stores"] = ", ".join(req.stores)
    if req.period:
        out["period"] = f"{req.period.start} to {req.period.end}"
    if req.rank:
        out["rank"] = req.rank.value
    if req.shipment:
        out["shipment"] = req.shipment
    if req.locations:
        out["location"] = ", ".join(req.locations)
    if req.mode:
        out["mode"] = req.mode
    if req.per:
        out["per"] = req.per
    if seller_base:
        out["currency"] = seller_base
    return out


def product_link(req: Request, tail: str, fallback: str = "/products") -> str:
    """The dashboard page behind an answer: the product's own page when it names one."""
    return f"/products/{req.skus[0]}{tail}" if len(req.skus) == 1 else fallback


def parents_of(items: list[Named]) -> dict[str, str]:
    return {s: n.sku for n in items for s in n.skus}


def default_period(today: date) -> Period:
    start = today - timedelta(days=29)
    return Period(start, today, "the last 30 days", "最近30天", default=True)
