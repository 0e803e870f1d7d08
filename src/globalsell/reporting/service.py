"""Sales reporting use cases: read-only, scoped to one seller. Order lines are summed per day x
store x SKU, valued at their own currency and converted to the seller's with the bundled
exchange rates; product cost comes from the catalogue."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor
from globalsell.core.errors import DomainError
from globalsell.core.money import Money
from globalsell.orders.domain import OrderStatus
from globalsell.orders.models import Order, OrderLine
from globalsell.pricing import service as pricing
from globalsell.pricing.domain import FxTable
from globalsell.reporting import domain
from globalsell.reporting.domain import Overview, Period, SalesRow


def _convert(table: FxTable, amount: Decimal, currency: str, target: str) -> Decimal | None:
    if currency == target:
        return amount
    try:
        return table.convert(Money(amount, currency), target).amount
    except (DomainError, KeyError, ValueError):
        return None


Key = TypeVar("Key")


def _add_revenue(
    revenue: dict[Key, Decimal | None],
    key: Key,
    table: FxTable,
    amount: object,
    line_currency: str | None,
    currency: str,
) -> None:
    """Add one line's amount in `currency` to `revenue[key]`; an amount that cannot be converted
    makes the sum unknown (None) rather than wrong."""
    value = (
        _convert(table, Decimal(str(amount)), line_currency, currency)
        if amount is not None and line_currency
        else None
    )
    so_far = revenue[key]
    revenue[key] = None if value is None or so_far is None else so_far + value


@dataclass(frozen=True, slots=True)
class SkuSales:
    """One SKU in one store over a period, in the seller's currency."""

    sku: str
    store: str
    units: int
    revenue: Decimal | None


def _lines(session: Session, *, actor: Actor, start: date, end: date) -> list[tuple]:  # type: ignore[type-arg]
    query = (
        select(
            Order.purchase_day,
            Order.marketplace,
            OrderLine.sku,
            OrderLine.currency,
            func.sum(OrderLine.item_price),
            func.sum(OrderLine.quantity),
        )
        .join(Order, Order.id == OrderLine.order_pk)
        .where(
            Order.seller_id == actor.seller_id,
            Order.status != OrderStatus.CANCELLED,
            Order.purchase_day >= start,
            Order.purchase_day <= end,
        )
        .group_by(Order.purchase_day, Order.marketplace, OrderLine.sku, OrderLine.currency)
    )
    return [tuple(row) for row in session.execute(query)]


def sales_rows(
    session: Session,
    *,
    actor: Actor,
    start: date,
    end: date,
    currency: str,
    now: datetime,
) -> list[SalesRow]:
    """Per UTC purchase day and store: revenue and product cost in `currency`, units and
    orders (cancelled orders left out)."""
    lines = _lines(session, actor=actor, start=start, end=end)
    costs = catalog.unit_costs(session, actor=actor, skus={row[2] for row in lines})
    table = pricing.fx_table(session, seller_id=actor.seller_id, now=now)
    revenue: dict[tuple[date, str], Decimal | None] = defaultdict(lambda: Decimal(0))
    cost: dict[tuple[date, str], Decimal | None] = defaultdict(lambda: Decimal(0))
    units: dict[tuple[date, str], int] = defaultdict(int)
    for day, store, sku, line_currency, amount, quantity in lines:
        key = (day, store)
        units[key] += int(quantity or 0)
        _add_revenue(revenue, key, table, amount, line_currency, currency)
        unit = costs.get(sku)
        each = _convert(table, unit[0], unit[1], currency) if unit else None
        spent = cost[key]
        cost[key] = None if each is None or spent is None else spent + each * int(quantity or 0)
    counted = session.execute(
        select(Order.purchase_day, Order.marketplace, func.count(Order.id))
        .where(
            Order.seller_id == actor.seller_id,
            Order.status != OrderStatus.CANCELLED,
            Order.purchase_day >= start,
            Order.purchase_day <= end,
        )
        .group_by(Order.purchase_day, Order.marketplace)
    )
    orders = {(day, store): int(n) for day, store, n in counted}
    return [
        SalesRow(
            day=day,
            store=store,
            revenue=revenue[(day, store)],
            units=units[(day, store)],
            orders=orders.get((day, store), 0),
            product_cost=cost[(day, store)],
        )
        for day, store in sorted(units)
    ]


@dataclass(frozen=True, slots=True)
class SalesOverview:
    """The Today page's figures: each period against the one before, and daily revenue."""

    currency: str
    periods: list[Overview]
    daily: list[tuple[date, Decimal]]


def overview(
    session: Session, *, actor: Actor, today: date, currency: str, now: datetime
) -> SalesOverview:
    """Yesterday, the last 7 and the last 30 complete days, each against the period before,
    per store and in total, in `currency`; and revenue per day over the last 30 days."""
    longest = domain.window(Period.MONTH, today)
    rows = sales_rows(
        session,
        actor=actor,
        start=longest.previous_start,
        end=longest.end,
        currency=currency,
        now=now,
    )
    periods = [domain.summarise(rows, domain.window(p, today)) for p in Period]
    return SalesOverview(currency, periods, domain.daily_revenue(rows, longest.start, longest.end))


def sku_sales(
    session: Session, *, actor: Actor, start: date, end: date, currency: str, now: datetime
) -> list[SkuSales]:
    """Units and revenue per SKU x store over `start`..`end`, best sellers first."""
    lines = _lines(session, actor=actor, start=start, end=end)
    table = pricing.fx_table(session, seller_id=actor.seller_id, now=now)
    units: dict[tuple[str, str], int] = defaultdict(int)
    revenue: dict[tuple[str, str], Decimal | None] = defaultdict(lambda: Decimal(0))
    for _day, store, sku, line_currency, amount, quantity in lines:
        key = (sku, store)
        units[key] += int(quantity or 0)
        _add_revenue(revenue, key, table, amount, line_currency, currency)
    rows = [
        SkuSales(sku, store, units[(sku, store)], revenue[(sku, store)]) for sku, store in units
    ]
    return sorted(rows, key=lambda r: (-(r.revenue or Decimal(0)), -r.units, r.sku, r.store))


def days_back(today: date, days: int) -> tuple[date, date]:
    """The `days` complete days before `today`."""
    return today - timedelta(days=days), today - timedelta(days=1)


def units_sold(session: Session, *, actor: Actor, start: date, end: date) -> dict[str, int]:
    """Units sold per SKU over `start`..`end` in every store (cancelled orders left out)."""
    rows = session.execute(
        select(OrderLine.sku, func.sum(OrderLine.quantity))
        .join(Order, Order.id == OrderLine.order_pk)
        .where(
            Order.seller_id == actor.seller_id,
            Order.status != OrderStatus.CANCELLED,
            Order.purchase_day >= start,
            Order.purchase_day <= end,
        )
        .group_by(OrderLine.sku)
    )
    return {sku: int(units or 0) for sku, units in rows}
