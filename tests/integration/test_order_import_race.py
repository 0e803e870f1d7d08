"""Order imports racing on PostgreSQL (issue 14): the same order id imported by 10 transactions
at once is stored once with no IntegrityError, and 50 imports of different orders for one
scarce SKU never oversell it. SQLite serialises writers (ADR 0075), so these are skipped there."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from globalsell.core.actor import Actor
from globalsell.db.session import make_engine, make_session_factory, unit_of_work
from globalsell.inventory.models import Reservation, StockLevel
from globalsell.orders import service as orders
from globalsell.orders.models import Order, OrderLine
from globalsell.orders.schemas import OrderImportReport
from tests.factories import ORDER_HEADERS, committed_stocked_seller, order_row

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
STOCK = 13

pytestmark = pytest.mark.postgres


@pytest.fixture
def seller(pg_engine: Engine) -> Iterator[Actor]:
    """A committed seller with STOCK units of one SKU at its German FC; removed afterwards."""
    with committed_stocked_seller(
        pg_engine, slug="order-race", sku="RACE-1", stock=STOCK, now=AT
    ) as actor:
        yield actor


def _race(
    engine: Engine, actor: Actor, order_ids: Callable[[int], str], writers: int
) -> tuple[list[OrderImportReport], list[str]]:
    """`writers` threads, each its own connection and transaction, start at one barrier and
    each import one open order of 1 unit of RACE-1."""
    wide = make_engine(engine.url.render_as_string(hide_password=False), pool_size=writers)
    factory = make_session_factory(wide)
    barrier = threading.Barrier(writers)
    reports: list[OrderImportReport] = []
    failures: list[str] = []
    lock = threading.Lock()

    def writer(n: int) -> None:
        rows = [order_row(order_ids(n), "RACE-1", status="Unshipped")]
        barrier.wait()
        try:
            with unit_of_work(factory) as session:
                report = orders.import_orders(
                    session,
                    actor=actor,
                    table_headers=ORDER_HEADERS,
                    table_rows=rows,
                    filename="orders.txt",
                    dry_run=False,
                    now=AT,
                )
            with lock:
                reports.append(report)
        except Exception as exc:  # noqa: BLE001 - every failure is reported by the test
            with lock:
                failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    wide.dispose()
    return reports, failures


def test_ten_concurrent_imports_of_one_order_store_it_once(
    pg_engine: Engine, seller: Actor
) -> None:
    """Given 10 transactions importing the same order id at once, then none fails, exactly one
    reports it created, the other 9 report it unchanged, and one order with one reservation is
    stored (dd963c4: IntegrityError in about 7 of 10)."""
    reports, failures = _race(pg_engine, seller, lambda n: "302-0000000-0000001", 10)
    assert failures == []
    assert sorted((r.orders_created, r.orders_unchanged) for r in reports) == [(0, 1)] * 9 + [
        (1, 0)
    ]
    with Session(pg_engine) as session:
        stored = session.scalar(
            select(func.count()).select_from(Order).where(Order.seller_id == seller.seller_id)
        )
        lines = session.scalar(
            select(func.count())
            .select_from(OrderLine)
            .where(OrderLine.seller_id == seller.seller_id)
        )
        held = session.scalar(
            select(func.coalesce(func.sum(Reservation.quantity), 0)).where(
                Reservation.seller_id == seller.seller_id
            )
        )
    assert (stored, lines, held) == (1, 1, 1)


def test_fifty_concurrent_imports_never_oversell(pg_engine: Engine, seller: Actor) -> None:
    """Given 50 transactions each importing a different open order for 1 unit of a SKU with 13
    in stock, then all 50 orders are stored, exactly 13 lines hold stock and nothing is
    oversold."""
    reports, failures = _race(pg_engine, seller, lambda n: f"302-0000000-{n:07d}", 50)
    assert failures == []
    assert sum(r.orders_created for r in reports) == 50
    assert sum(r.lines_reserved for r in reports) == STOCK
    with Session(pg_engine) as session:
        level = session.scalars(
            select(StockLevel).where(StockLevel.seller_id == seller.seller_id)
        ).one()
        held = session.scalar(
            select(func.coalesce(func.sum(Reservation.quantity), 0)).where(
                Reservation.seller_id == seller.seller_id, Reservation.status == "active"
            )
        )
    assert (level.on_hand, level.reserved, held) == (STOCK, STOCK, STOCK)
