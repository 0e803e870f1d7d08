"""Order use cases: keyword-only, scoped to one seller, flush and never commit.

Import rule (ADR 0027): an order report is checked whole before anything is written; an order id
already stored is not imported twice (its status may move forward: shipped fulfils, cancelled
releases its reservations); a new open order (pending / unshipped) reserves its units at the
fulfilment centre serving its store when they are available; a new shipped order is sales
history only and moves no stock."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import Conflict, FieldError, NotFound, ValidationFailed
from globalsell.core.marketplaces import marketplaces
from globalsell.inventory import reservations
from globalsell.inventory import service as inventory
from globalsell.orders import domain
from globalsell.orders.domain import DailySales, OrderRow, OrderStatus, SalesTotal
from globalsell.orders.models import Order, OrderLine
from globalsell.orders.schemas import OrderImportReport

_CHUNK = 900


def _sold_between(seller_id: int, start: date, end: date) -> tuple[ColumnElement[bool], ...]:
    """The seller's orders placed from `start` to `end` (purchase days), cancelled ones left out."""
    return (
        Order.seller_id == seller_id,
        Order.status != OrderStatus.CANCELLED,
        Order.purchase_day >= start,
        Order.purchase_day <= end,
    )


def daily_sales(
    session: Session,
    *,
    seller_id: int,
    skus: list[str] | None,
    start: date,
    end: date,
) -> list[DailySales]:
    """Units sold per SKU x store x UTC day in [start, end], cancelled orders excluded; days
    without sales are absent (not zero rows). Sorted by SKU, store, day. Read-only; the sales
    history forecasting reads (censor stock-out days with inventory.pool.stockout_days)."""
    if end < start:
        raise ValidationFailed("end is before start", field="end")
    units = func.sum(OrderLine.quantity)
    query = (
        select(OrderLine.sku, Order.marketplace, Order.purchase_day, units)
        .join(Order, Order.id == OrderLine.order_pk)
        .where(*_sold_between(seller_id, start, end))
        .group_by(OrderLine.sku, Order.marketplace, Order.purchase_day)
        .order_by(OrderLine.sku, Order.marketplace, Order.purchase_day)
    )
    if skus is not None:
        query = query.where(OrderLine.sku.in_(skus))
    return [
        DailySales(sku=sku, marketplace=store, day=day, units=int(total))
        for sku, store, day, total in session.execute(query)
    ]


def sales_totals(
    session: Session,
    *,
    seller_id: int,
    skus: list[str] | None,
    start: date,
    end: date,
) -> list[SalesTotal]:
    """Units, orders and revenue per SKU x store x currency over the UTC days [start, end],
    cancelled orders excluded. Sorted by SKU, store, currency. Read-only (reports, the
    assistant's questions)."""
    if end < start:
        raise ValidationFailed("end is before start", field="end")
    priced = case((OrderLine.item_price.is_not(None), OrderLine.quantity), else_=0)
    query = (
        select(
            OrderLine.sku,
            Order.marketplace,
            OrderLine.currency,
            func.sum(OrderLine.quantity),
            func.count(func.distinct(Order.id)),
            func.sum(OrderLine.item_price),
            func.sum(priced),
        )
        .join(Order, Order.id == OrderLine.order_pk)
        .where(*_sold_between(seller_id, start, end))
        .group_by(OrderLine.sku, Order.marketplace, OrderLine.currency)
        .order_by(OrderLine.sku, Order.marketplace, OrderLine.currency)
    )
    if skus is not None:
        query = query.where(OrderLine.sku.in_(skus))
    return [
        SalesTotal(
            sku=sku,
            marketplace=store,
            currency=currency,
            units=int(units),
            orders=int(count),
            revenue=Decimal(str(revenue or 0)),
            priced_units=int(priced_units or 0),
        )
        for sku, store, currency, units, count, revenue, priced_units in session.execute(query)
    ]


def orders_per_store(
    session: Session,
    *,
    seller_id: int,
    skus: list[str] | None,
    start: date,
    end: date,
) -> dict[str, int]:
    """Distinct orders per store over the UTC days [start, end] that hold a line of `skus` (any
    SKU when None), cancelled orders excluded: an order of two SKUs counts once, where the sum
    of `sales_totals`' per-SKU counts would count it twice. Read-only."""
    if end < start:
        raise ValidationFailed("end is before start", field="end")
    query = (
        select(Order.marketplace, func.count(func.distinct(Order.id)))
        .join(OrderLine, Order.id == OrderLine.order_pk)
        .where(*_sold_between(seller_id, start, end))
        .group_by(Order.marketplace)
    )
    if skus is not None:
        query = query.where(OrderLine.sku.in_(skus))
    return {str(store): int(n) for store, n in session.execute(query)}


def import_orders(
    session: Session,
    *,
    actor: Actor,
    table_headers: list[str],
    table_rows: list[list[str]],
    filename: str,
    dry_run: bool,
    now: datetime,
) -> OrderImportReport:
    """All-or-nothing import of an order report (Seller Central "All Orders" flat file or CSV):
    every row is checked first and any error raises ValidationFailed naming row and column;
    orders already stored are matched by order id, never duplicated."""
    actor.require(Role.OPERATOR, "importing orders")
    header_map, errors = domain.map_headers(table_headers)
    if errors:
        raise ValidationFailed(
            f"{filename}: the header row has {len(errors)} problem(s)", errors=errors
        )
    if len(table_rows) > domain.MAX_ROWS:
        raise ValidationFailed(
            f"{filename}: {len(table_rows)} rows; the limit is {domain.MAX_ROWS}", field="file"
        )
    channels = domain.channel_lookup(marketplaces().items)
    parsed: list[OrderRow] = []
    for number, cells in enumerate(table_rows, start=2):
        if not any(c.strip() for c in cells):
            continue
        values = {
            canon: cells[i] if i < len(cells) else "" for i, canon in header_map.columns.items()
        }
        row, row_errors = domain.parse_row(number, values, channels=channels)
        errors.extend(row_errors)
        if row is not None:
            parsed.append(row)
    if not parsed and not errors:
        raise ValidationFailed(f"{filename}: no data rows", field="file")
    grouped, group_errors = domain.group_orders(parsed)
    errors.extend(group_errors)
    known = inventory.known_skus(
        session, seller_id=actor.seller_id, skus={row.sku for row in parsed}
    )
    errors.extend(
        FieldError("sku", "unknown SKU (not in the catalogue)", row=row.row, value=row.sku)
        for row in parsed
        if row.sku not in known
    )
    if errors:
        errors.sort(key=lambda e: (e.row or 0, e.field))
        raise ValidationFailed(
            f"{filename}: {len(errors)} error(s); nothing was imported", errors=errors
        )
    stored = _stored_orders(session, seller_id=actor.seller_id, order_ids=grouped)
    report = OrderImportReport(
        filename=filename,
        dry_run=dry_run,
        rows=len(parsed),
        orders_created=0,
        orders_updated=0,
        orders_unchanged=0,
        lines_created=0,
        lines_reserved=0,
        lines_unreserved=0,
        warnings=[],
    )
    fulfilment_centres = inventory.store_locations(session, seller_id=actor.seller_id)
    at = ensure_aware(now)
    source = f"import:{filename}"[:200]
    for order_id, lines in grouped.items():
        first = lines[0]
        existing = stored.get(order_id)
        if existing is not None:
            if first.status is existing.status or (
                first.status not in domain.ALLOWED_TRANSITIONS[existing.status]
            ):
                report.orders_unchanged += 1
                continue
            report.orders_updated += 1
            if not dry_run:
                _move_status(session, actor=actor, order=existing, target=first.status, now=now)
            continue
        if dry_run:
            report.orders_created += 1
            report.lines_created += len(lines)
            continue
        order_pk = _claim_order(
            session,
            seller_id=actor.seller_id,
            order_id=order_id,
            marketplace=first.marketplace,
            status=first.status,
            purchased_at=ensure_aware(first.purchased_at),
            purchase_day=ensure_aware(first.purchased_at).date(),
            source=source,
            created_at=at,
            updated_at=at,
        )
        if order_pk is None:
            # Stored by an import running at the same time, which committed first.
            report.orders_unchanged += 1
            continue
        report.orders_created += 1
        report.lines_created += len(lines)
        for row in lines:
            line = OrderLine(
                seller_id=actor.seller_id,
                order_pk=order_pk,
                sku=row.sku,
                quantity=row.quantity,
                item_price=row.item_price,
                currency=row.currency,
                fulfilment=row.fulfilment,
                reservation_id=None,
            )
            session.add(line)
            if first.status in domain.OPEN_STATUSES:
                location = fulfilment_centres.get(first.marketplace)
                reserved = location is not None and _try_reserve(
                    session, actor=actor, line=line, location=location, order_id=order_id, now=now
                )
                if reserved:
                    report.lines_reserved += 1
                else:
                    report.lines_unreserved += 1
    if report.lines_unreserved:
        report.warnings.append(
            f"{report.lines_unreserved} open order line(s) could not reserve stock at the "
            "fulfilment centre of their store (none, or too few units available)"
        )
    if dry_run:
        return report
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="orders.import.completed",
        subject_type="import",
        subject_id=filename[:120],
        data=report.model_dump(mode="json"),
        now=now,
    )
    return report


def _claim_order(session: Session, **values: object) -> int | None:
    """Insert an order row unless the (seller, order id) is stored already, also by a
    transaction committing at the same time (INSERT ... ON CONFLICT DO NOTHING waits for it):
    the new row's id, or None. Idempotency that holds under races, not only on re-runs."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(Order)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["seller_id", "order_id"])
        .returning(Order.id)
    )
    pk: int | None = session.execute(statement).scalar_one_or_none()
    return pk


def _stored_orders(
    session: Session, *, seller_id: int, order_ids: Iterable[str]
) -> dict[str, Order]:
    ids = list(order_ids)
    stored: dict[str, Order] = {}
    for i in range(0, len(ids), _CHUNK):
        for order in session.scalars(
            select(Order)
            .where(Order.seller_id == seller_id, Order.order_id.in_(ids[i : i + _CHUNK]))
            .options(selectinload(Order.lines))
        ):
            stored[order.order_id] = order
    return stored


def _try_reserve(
    session: Session,
    *,
    actor: Actor,
    line: OrderLine,
    location: str,
    order_id: str,
    now: datetime,
) -> bool:
    """Reserve a line's units; False (nothing written) when too few are available."""
    try:
        reservation = reservations.reserve(
            session,
            actor=actor,
            sku=line.sku,
            location=location,
            quantity=line.quantity,
            reference=order_id,
            now=now,
        )
    except (Conflict, NotFound):
        return False
    line.reservation_id = reservation.id
    return True


def _move_status(
    session: Session, *, actor: Actor, order: Order, target: OrderStatus, now: datetime
) -> None:
    domain.check_transition(order.status, target)
    before = order.status
    for line in order.lines:
        if line.reservation_id is None:
            continue
        reservation = reservations.get_reservation(
            session, actor=actor, reservation_id=line.reservation_id
        )
        if reservation.status != "active":
            continue
        if target is OrderStatus.SHIPPED:
            reservations.fulfil_reservation(
                session, actor=actor, reservation_id=line.reservation_id, now=now
            )
        elif target is OrderStatus.CANCELLED:
            reservations.release_reservation(
                session, actor=actor, reservation_id=line.reservation_id, now=now
            )
    order.status = target
    order.updated_at = ensure_aware(now)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action=f"orders.order.{target.value}",
        subject_type="order",
        subject_id=order.order_id,
        data={"before": before.value, "after": target.value},
        now=now,
    )


def get_order(session: Session, *, actor: Actor, order_id: str) -> Order:
    """One order with its lines; another seller's order is 'not found'."""
    order = session.scalar(
        select(Order)
        .where(Order.seller_id == actor.seller_id, Order.order_id == order_id)
        .options(selectinload(Order.lines))
    )
    if order is None:
        raise NotFound(f"order {order_id!r} not found", field="order_id")
    return order


def list_orders(
    session: Session,
    *,
    actor: Actor,
    status: OrderStatus | None = None,
    marketplace: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[Order]:
    """Orders, newest purchase first; only one store's when `marketplace` is given."""
    query = (
        select(Order)
        .where(Order.seller_id == actor.seller_id)
        .options(selectinload(Order.lines))
        .order_by(Order.purchased_at.desc(), Order.id.desc())
        .limit(limit)
        .offset(offset)
    )
    if status is not None:
        query = query.where(Order.status == status)
    if marketplace is not None:
        query = query.where(Order.marketplace == marketplace)
    return list(session.scalars(query))


def set_status(
    session: Session, *, actor: Actor, order_id: str, status: OrderStatus, now: datetime
) -> Order:
    """Move an order along its state machine: shipped fulfils its reservations (stock leaves
    the shelf), cancelled releases them."""
    actor.require(Role.OPERATOR, "changing orders")
    order = get_order(session, actor=actor, order_id=order_id)
    _move_status(session, actor=actor, order=order, target=status, now=now)
    return order
