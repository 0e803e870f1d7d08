"""Order report import: all or nothing, idempotent on the order id, open orders reserve stock,
status changes fulfil or release; daily sales for forecasting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.catalog import tabular
from globalsell.core.errors import InvalidTransition, ValidationFailed
from globalsell.inventory import reservations
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, PoolPosition, ReservationStatus
from globalsell.orders import service
from globalsell.orders.domain import DailySales, OrderStatus
from globalsell.orders.models import Order, OrderLine
from tests.factories import (
    AT,
    ORDER_HEADERS,
    Member,
    make_location,
    make_member,
    make_product,
    make_seller,
    order_row,
    receive_stock,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _seller(session: Session) -> Member:
    owner = make_member(session, make_seller(session))
    for sku in ("CUP-1", "CUP-2"):
        make_product(session, owner.actor, sku=sku)
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    return owner


def _import(
    session: Session, owner: Member, rows: list[list[str]], *, dry_run: bool = False
) -> dict[str, object]:
    report = service.import_orders(
        session,
        actor=owner.actor,
        table_headers=ORDER_HEADERS,
        table_rows=rows,
        filename="orders.txt",
        dry_run=dry_run,
        now=AT,
    )
    return report.model_dump(exclude={"filename", "warnings"})


def _orders(session: Session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count(Order.id))) or 0,
        session.scalar(select(func.count(OrderLine.id))) or 0,
    )


def test_the_all_orders_flat_file_imports_once(session: Session) -> None:
    owner = _seller(session)
    table = tabular.read_table(
        (FIXTURES / "all_orders_report.txt").read_bytes(), filename="all_orders_report.txt"
    )

    def run() -> dict[str, object]:
        return service.import_orders(
            session,
            actor=owner.actor,
            table_headers=table.headers,
            table_rows=table.rows,
            filename="all_orders_report.txt",
            dry_run=False,
            now=AT,
        ).model_dump(exclude={"filename", "warnings"})

    first = run()
    again = run()

    assert first == {
        "dry_run": False,
        "rows": 5,
        "orders_created": 4,
        "orders_updated": 0,
        "orders_unchanged": 0,
        "lines_created": 5,
        "lines_reserved": 0,
        "lines_unreserved": 1,
    }
    assert again["orders_created"] == 0
    assert again["orders_unchanged"] == 4
    assert _orders(session) == (4, 5)
    order = service.get_order(session, actor=owner.actor, order_id="028-1234567-1234567")
    assert [(line.sku, line.quantity, line.item_price) for line in order.lines] == [
        ("CUP-1", 2, Decimal("39.98")),
        ("CUP-2", 1, Decimal("12.50")),
    ]
    assert (order.marketplace, order.status) == ("DE", OrderStatus.SHIPPED)


def test_daily_sales_group_by_sku_store_and_utc_day_without_cancelled(session: Session) -> None:
    owner = _seller(session)
    _import(
        session,
        owner,
        [
            order_row("A-1", "CUP-1", 2, purchased="2026-11-20T23:30:00-02:00"),
            order_row("A-2", "CUP-1", 1, purchased="2026-11-21T08:00:00+00:00"),
            order_row("A-3", "CUP-1", 5, purchased="2026-11-21T09:00:00+00:00", status="Cancelled"),
            order_row("A-4", "CUP-1", 4, channel="Amazon.com", currency="USD"),
            order_row("A-5", "CUP-2", 1, purchased="2026-11-22T09:00:00+00:00"),
        ],
    )

    sales = service.daily_sales(
        session,
        seller_id=owner.actor.seller_id,
        skus=None,
        start=date(2026, 11, 20),
        end=date(2026, 11, 21),
    )

    assert sales == [
        DailySales("CUP-1", "DE", date(2026, 11, 21), 3),
        DailySales("CUP-1", "US", date(2026, 11, 20), 4),
    ]
    assert service.daily_sales(
        session,
        seller_id=owner.actor.seller_id,
        skus=["CUP-2"],
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
    ) == [DailySales("CUP-2", "DE", date(2026, 11, 22), 1)]


def test_a_bad_file_writes_nothing_and_lists_every_row(session: Session) -> None:
    owner = _seller(session)
    rows = [
        order_row("B-1", "CUP-1"),
        order_row("B-1", "CUP-1"),
        order_row("B-2", "NOPE-1"),
        order_row("B-3", "CUP-1", channel="Non-Amazon"),
        order_row("B-4", "CUP-1", purchased="2026-11-20 08:30:00"),
        order_row("B-5", "CUP-1", 0),
        order_row("B-6", "CUP-1", status="Lost"),
        order_row("B-7", "CUP-1", status="Pending", purchased="2026-11-21T08:30:00+00:00"),
        order_row("B-7", "CUP-2"),
    ]

    with pytest.raises(ValidationFailed) as caught:
        _import(session, owner, rows)

    assert [str(e) for e in caught.value.errors] == [
        "row 3, order_id: duplicate line: order B-1 already has CUP-1 (row 2) (got 'B-1')",
        "row 4, sku: unknown SKU (not in the catalogue) (got 'NOPE-1')",
        "row 5, channel: unknown sales channel (got 'Non-Amazon')",
        "row 6, purchased_at: an ISO 8601 time with offset, e.g. 2026-03-01T14:05:09+00:00 "
        "(got '2026-11-20 08:30:00')",
        "row 7, quantity: a whole number from 1 to 100000 (got '0')",
        "row 8, status: unknown order status (got 'Lost')",
        "row 10, order_id: repeats order B-7 of row 9 with a different purchase date, status "
        "or sales channel (got 'B-7')",
    ]
    assert _orders(session) == (0, 0)


def test_missing_columns_are_refused(session: Session) -> None:
    owner = _seller(session)
    with pytest.raises(ValidationFailed) as caught:
        service.import_orders(
            session,
            actor=owner.actor,
            table_headers=["amazon-order-id", "sku", "SKU"],
            table_rows=[["X-1", "CUP-1", "CUP-1"]],
            filename="bad.csv",
            dry_run=False,
            now=AT,
        )
    assert [e.field for e in caught.value.errors] == [
        "sku",
        "purchased_at",
        "status",
        "channel",
        "quantity",
    ]


def test_open_orders_reserve_and_later_statuses_fulfil_or_release(session: Session) -> None:
    owner = _seller(session)
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 5)

    opened = _import(
        session,
        owner,
        [
            order_row("C-1", "CUP-1", 2, status="Unshipped"),
            order_row("C-2", "CUP-1", 2, status="Pending"),
            order_row("C-3", "CUP-1", 2, status="Pending"),
        ],
    )
    assert (opened["lines_reserved"], opened["lines_unreserved"]) == (2, 1)
    assert inventory.pool_positions(session, seller_id=owner.actor.seller_id, skus=None) == [
        PoolPosition("CUP-1", "FBA-DE", LocationKind.FC, "DE", 5, 4, 0)
    ]

    moved = _import(
        session,
        owner,
        [
            order_row("C-1", "CUP-1", 2, status="Shipped"),
            order_row("C-2", "CUP-1", 2, status="Cancelled"),
            order_row("C-3", "CUP-1", 2, status="Pending"),
        ],
    )

    assert (moved["orders_updated"], moved["orders_unchanged"]) == (2, 1)
    assert inventory.pool_positions(session, seller_id=owner.actor.seller_id, skus=None) == [
        PoolPosition("CUP-1", "FBA-DE", LocationKind.FC, "DE", 3, 0, 0)
    ]
    statuses = [r.status for r in reservations.list_reservations(session, actor=owner.actor)]
    assert statuses == [ReservationStatus.RELEASED, ReservationStatus.FULFILLED]
    with pytest.raises(InvalidTransition):
        service.set_status(
            session, actor=owner.actor, order_id="C-1", status=OrderStatus.PENDING, now=AT
        )


def test_dry_run_counts_and_writes_nothing(session: Session) -> None:
    owner = _seller(session)
    report = _import(session, owner, [order_row("D-1", "CUP-1")], dry_run=True)
    assert (report["orders_created"], report["lines_created"]) == (1, 1)
    assert _orders(session) == (0, 0)
