"""Sales figures over periods (pure): which days a period covers, and the sums of day x store x
SKU rows into per-store and total figures with the change against the period before."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum


class Period(StrEnum):
    YESTERDAY = "yesterday"
    WEEK = "7d"
    MONTH = "30d"


PERIOD_DAYS = {Period.YESTERDAY: 1, Period.WEEK: 7, Period.MONTH: 30}


@dataclass(frozen=True, slots=True)
class Window:
    """Days `start`..`end` inclusive, and the same number of days just before."""

    period: Period
    start: date
    end: date
    previous_start: date
    previous_end: date


def window(period: Period, today: date) -> Window:
    """The complete days of `period` before `today` (today is not over yet)."""
    days = PERIOD_DAYS[period]
    end = today - timedelta(days=1)
    start = end - timedelta(days=days - 1)
    previous_end = start - timedelta(days=1)
    return Window(period, start, end, previous_end - timedelta(days=days - 1), previous_end)


@dataclass(frozen=True, slots=True)
class SalesRow:
    """What one store sold on one day, already in the seller's currency (`None` when an amount
    could not be converted or a cost is unknown)."""

    day: date
    store: str
    revenue: Decimal | None
    units: int
    orders: int
    product_cost: Decimal | None


@dataclass(slots=True)
class Figures:
    """Sums over a period: revenue and margin after product cost in the seller's currency."""

    revenue: Decimal = Decimal(0)
    units: int = 0
    orders: int = 0
    product_cost: Decimal = Decimal(0)
    incomplete: bool = False  # some revenue or cost could not be converted or is unknown

    @property
    def margin(self) -> Decimal:
        return self.revenue - self.product_cost

    @property
    def margin_rate(self) -> Decimal | None:
        return self.margin / self.revenue if self.revenue else None

    def add(self, row: SalesRow) -> None:
        self.units += row.units
        self.orders += row.orders
        if row.revenue is None or row.product_cost is None:
            self.incomplete = True
        self.revenue += row.revenue or Decimal(0)
        self.product_cost += row.product_cost or Decimal(0)


def change(current: Decimal | int, previous: Decimal | int) -> Decimal | None:
    """The relative change from `previous` to `current`; None when there was nothing before."""
    if not previous:
        return None
    return (Decimal(current) - Decimal(previous)) / Decimal(previous)


@dataclass(frozen=True, slots=True)
class Comparison:
    current: Figures
    previous: Figures

    def delta(self, name: str) -> Decimal | None:
        return change(getattr(self.current, name), getattr(self.previous, name))


@dataclass(frozen=True, slots=True)
class Overview:
    """Per period: the total and each store, this period against the one before."""

    window: Window
    total: Comparison
    stores: dict[str, Comparison] = field(default_factory=dict)


def summarise(rows: Iterable[SalesRow], win: Window) -> Overview:
    """Sum day rows into the period of `win` and the period before, per store and in total."""
    current: dict[str, Figures] = {}
    previous: dict[str, Figures] = {}
    total_now, total_before = Figures(), Figures()
    for row in rows:
        if win.start <= row.day <= win.end:
            current.setdefault(row.store, Figures()).add(row)
            total_now.add(row)
        elif win.previous_start <= row.day <= win.previous_end:
            previous.setdefault(row.store, Figures()).add(row)
            total_before.add(row)
    stores = {
        store: Comparison(current.get(store, Figures()), previous.get(store, Figures()))
        for store in sorted(set(current) | set(previous))
    }
    return Overview(win, Comparison(total_now, total_before), stores)


def daily_revenue(rows: Iterable[SalesRow], start: date, end: date) -> list[tuple[date, Decimal]]:
    """Revenue per day from `start` to `end`, days without sales as zero (for a chart)."""
    by_day: dict[date, Decimal] = {}
    for row in rows:
        if start <= row.day <= end:
            by_day[row.day] = by_day.get(row.day, Decimal(0)) + (row.revenue or Decimal(0))
    days = (end - start).days + 1
    return [
        (start + timedelta(days=i), by_day.get(start + timedelta(days=i), Decimal(0)))
        for i in range(days)
    ]


def days_of_cover(on_hand: dict[str, int], sold_30d: dict[str, int]) -> dict[str, Decimal | None]:
    """Days each SKU's stock lasts at the last 30 days' pace; None when it did not sell."""
    return {
        sku: (Decimal(units) * 30 / sold_30d[sku]).quantize(Decimal(1))
        if sold_30d.get(sku)
        else None
        for sku, units in on_hand.items()
    }
