from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from globalsell.db.base import Base
from globalsell.orders.domain import OrderStatus


class Order(Base):
    """One marketplace order, keyed by the store's order id (unique per seller)."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("seller_id", "order_id"),
        Index("ix_orders_seller_day", "seller_id", "purchase_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[str] = mapped_column(String(50))
    marketplace: Mapped[str] = mapped_column(String(20))
    status: Mapped[OrderStatus] = mapped_column(
        Enum(
            OrderStatus,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    purchased_at: Mapped[datetime]
    # The UTC calendar day of purchased_at, stored so daily sales group in SQL on any backend.
    purchase_day: Mapped[date]
    source: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.id", cascade="all, delete-orphan"
    )


class OrderLine(Base):
    """One SKU of an order, with the reservation that holds its stock while the order is open."""

    __tablename__ = "order_lines"
    __table_args__ = (
        UniqueConstraint("order_pk", "sku"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(40), index=True)
    quantity: Mapped[int]
    item_price: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    fulfilment: Mapped[str | None] = mapped_column(String(40))
    reservation_id: Mapped[int | None] = mapped_column(
        ForeignKey("reservations.id", ondelete="SET NULL"), index=True
    )

    order: Mapped[Order] = relationship(back_populates="lines")
