"""Sales periods: which days each covers, sums per store and in total, change against the
period before, daily revenue with empty days as zero."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from globalsell.reporting import domain
from globalsell.reporting.domain import Period, SalesRow

TODAY = date(2026, 12, 6)


def row(day: int, store: str, revenue: str | None, units: int, cost: str | None = "0") -> SalesRow:
    return SalesRow(
        day=date(2026, 12, day) if day > 0 else date(2026, 11, 30 + day),
        store=store,
        revenue=None if revenue is None else Decimal(revenue),
        units=units,
        orders=units,
        product_cost=None if cost is None else Decimal(cost),
    )


def test_windows_are_complete_days_before_today() -> None:
    assert domain.window(Period.YESTERDAY, TODAY) == domain.Window(
        Period.YESTERDAY, date(2026, 12, 5), date(2026, 12, 5), date(2026, 12, 4), date(2026, 12, 4)
    )
    week = domain.window(Period.WEEK, TODAY)
    assert (week.start, week.end) == (date(2026, 11, 29), date(2026, 12, 5))
    assert (week.previous_start, week.previous_end) == (date(2026, 11, 22), date(2026, 11, 28))


def test_summary_per_store_and_total_against_the_period_before() -> None:
    rows = [
        row(5, "US", "100", 2, "30"),
        row(5, "DE", "50", 1, "10"),
        row(4, "US", "80", 1, "20"),
        row(3, "US", "999", 9, "1"),  # outside both windows of "yesterday"
    ]
    overview = domain.summarise(rows, domain.window(Period.YESTERDAY, TODAY))

    assert overview.total.current.revenue == Decimal("150")
    assert overview.total.current.units == 3
    assert overview.total.current.margin == Decimal("110")
    assert overview.total.previous.revenue == Decimal("80")
    assert overview.total.delta("revenue") == Decimal("0.875")
    assert sorted(overview.stores) == ["DE", "US"]
    assert overview.stores["DE"].delta("revenue") is None  # nothing the day before
    assert overview.stores["US"].current.margin_rate == Decimal("0.7")


def test_an_unconvertible_amount_marks_the_figures_incomplete() -> None:
    overview = domain.summarise([row(5, "JP", None, 1)], domain.window(Period.YESTERDAY, TODAY))

    assert overview.total.current.incomplete is True
    assert overview.total.current.revenue == Decimal(0)
    assert overview.total.current.units == 1


def test_daily_revenue_fills_days_without_sales_with_zero() -> None:
    rows = [row(1, "US", "10", 1), row(1, "DE", "5", 1), row(3, "US", "7", 1)]

    assert domain.daily_revenue(rows, date(2026, 12, 1), date(2026, 12, 3)) == [
        (date(2026, 12, 1), Decimal("15")),
        (date(2026, 12, 2), Decimal(0)),
        (date(2026, 12, 3), Decimal("7")),
    ]


def test_days_of_cover_at_the_last_30_days_pace() -> None:
    cover = domain.days_of_cover({"A": 30, "B": 0, "C": 10}, {"A": 60, "B": 15})

    assert cover == {"A": Decimal(15), "B": Decimal(0), "C": None}
