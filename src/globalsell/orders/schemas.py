"""API shapes of orders (kept apart from the ORM models)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel

from globalsell.orders.domain import OrderStatus


class OrderImportReport(BaseModel):
    filename: str
    dry_run: bool
    rows: int
    orders_created: int
    orders_updated: int
    orders_unchanged: int
    lines_created: int
    lines_reserved: int
    lines_unreserved: int
    warnings: list[str]


class OrderLineRead(BaseModel):
    sku: str
    quantity: int
    item_price: Decimal | None
    currency: str | None
    fulfilment: str | None
    reservation_id: int | None


class OrderRead(BaseModel):
    order_id: str
    marketplace: str
    status: OrderStatus
    purchased_at: datetime
    source: str
    lines: list[OrderLineRead]


class DailySalesRead(BaseModel):
    sku: str
    marketplace: str
    day: date
    units: int
