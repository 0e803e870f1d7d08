"""Order report import, orders, and the daily sales history."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Path, Query, UploadFile

from globalsell.api.deps import ActorDep, NowDep, RuntimeDep, SessionDep
from globalsell.api.uploads import read_upload
from globalsell.catalog import tabular
from globalsell.core.actor import Role
from globalsell.orders import service
from globalsell.orders.domain import OrderStatus
from globalsell.orders.models import Order
from globalsell.orders.schemas import (
    DailySalesRead,
    OrderImportReport,
    OrderLineRead,
    OrderRead,
)

router = APIRouter(tags=["orders"])
OrderIdPath = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,49}$")]


def _order(order: Order) -> OrderRead:
    return OrderRead(
        order_id=order.order_id,
        marketplace=order.marketplace,
        status=order.status,
        purchased_at=order.purchased_at,
        source=order.source,
        lines=[
            OrderLineRead(
                sku=line.sku,
                quantity=line.quantity,
                item_price=line.item_price,
                currency=line.currency,
                fulfilment=line.fulfilment,
                reservation_id=line.reservation_id,
            )
            for line in order.lines
        ],
    )


@router.post("/orders/import", response_model=OrderImportReport)
def import_orders(
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    runtime: RuntimeDep,
    file: Annotated[UploadFile, File(description="Seller Central order report (TSV) or CSV")],
    dry_run: Annotated[bool, Form()] = False,
    encoding: Annotated[Literal["utf-8", "gb18030"] | None, Form()] = None,
) -> OrderImportReport:
    """All-or-nothing, idempotent on the order id: a file with any error writes nothing and
    answers 422 with every row/column error; orders already stored are not duplicated."""
    actor.require(Role.OPERATOR, "importing orders")
    data, filename = read_upload(
        file, limit=runtime.settings.max_upload_bytes, default_name="orders.txt"
    )
    if not filename.lower().endswith((".txt", ".tsv", ".csv")):
        filename += ".txt"
    table = tabular.read_table(data, filename=filename, encoding=encoding)
    return service.import_orders(
        session,
        actor=actor,
        table_headers=table.headers,
        table_rows=table.rows,
        filename=filename,
        dry_run=dry_run,
        now=now,
    )


@router.get("/orders", response_model=list[OrderRead])
def list_orders(
    session: SessionDep,
    actor: ActorDep,
    status: OrderStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> list[OrderRead]:
    """Orders, newest purchase first."""
    return [
        _order(o)
        for o in service.list_orders(
            session, actor=actor, status=status, limit=limit, offset=offset
        )
    ]


@router.get("/orders/{order_id}", response_model=OrderRead)
def get_order(order_id: OrderIdPath, session: SessionDep, actor: ActorDep) -> OrderRead:
    """One order with its lines and their reservations."""
    return _order(service.get_order(session, actor=actor, order_id=order_id))


@router.post("/orders/{order_id}/status", response_model=OrderRead)
def set_status(
    order_id: OrderIdPath,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    status: Annotated[OrderStatus, Query()],
) -> OrderRead:
    """Move an order on: shipped fulfils its reservations, cancelled releases them."""
    return _order(
        service.set_status(session, actor=actor, order_id=order_id, status=status, now=now)
    )


@router.get("/sales/daily", response_model=list[DailySalesRead])
def daily_sales(
    session: SessionDep,
    actor: ActorDep,
    start: date,
    end: date,
    sku: Annotated[list[str] | None, Query(max_length=500)] = None,
) -> list[DailySalesRead]:
    """Units sold per SKU x store x UTC day (cancelled excluded; days without sales absent)."""
    return [
        DailySalesRead(sku=d.sku, marketplace=d.marketplace, day=d.day, units=d.units)
        for d in service.daily_sales(
            session, seller_id=actor.seller_id, skus=sku, start=start, end=end
        )
    ]
