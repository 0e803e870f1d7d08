from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from globalsell.db.base import Base
from globalsell.inventory.domain import Bucket, LocationKind, MoveReason, ReservationStatus


def _enum(cls: type, length: int = 30) -> Enum:
    return Enum(
        cls, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e]
    )


class Location(Base):
    """A place that holds stock: origin hub, warehouse, fulfilment centre, or in transit."""

    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("seller_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[LocationKind] = mapped_column(_enum(LocationKind))
    country: Mapped[str] = mapped_column(String(2))
    # The store whose orders this FC fulfils (`DE`), when it serves one.
    marketplace: Mapped[str | None] = mapped_column(String(20))
    same_day: Mapped[bool]
    created_at: Mapped[datetime]


class StockLevel(Base):
    """The current quantities of one SKU at one location; the ledger (`stock_moves`) is the
    history that sums to on hand and inbound. Reserved <= on hand is a database constraint."""

    __tablename__ = "stock_levels"
    __table_args__ = (
        UniqueConstraint("seller_id", "sku", "location_id"),
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("reserved >= 0", name="reserved_not_negative"),
        CheckConstraint("inbound >= 0", name="inbound_not_negative"),
        CheckConstraint("reserved <= on_hand", name="reserved_within_on_hand"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(40))
    location_id: Mapped[int] = mapped_column(
        ForeignKey("locations.id", ondelete="CASCADE"), index=True
    )
    on_hand: Mapped[int]
    reserved: Mapped[int]
    inbound: Mapped[int]
    updated_at: Mapped[datetime]

    location: Mapped[Location] = relationship()


class StockMove(Base):
    """One line of the stock ledger: a signed quantity on one bucket, with its reason."""

    __tablename__ = "stock_moves"
    __table_args__ = (
        Index("ix_stock_moves_seller_sku_location", "seller_id", "sku", "location_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(40))
    location_id: Mapped[int] = mapped_column(
        ForeignKey("locations.id", ondelete="CASCADE"), index=True
    )
    bucket: Mapped[Bucket] = mapped_column(_enum(Bucket, 10))
    quantity: Mapped[int]
    reason: Mapped[MoveReason] = mapped_column(_enum(MoveReason))
    reference: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(String(500))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(index=True)
    recorded_at: Mapped[datetime]


class Reservation(Base):
    """Units held for an order line at one location until shipped (fulfilled) or released."""

    __tablename__ = "reservations"
    __table_args__ = (
        Index("ix_reservations_seller_sku_location", "seller_id", "sku", "location_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(40))
    location_id: Mapped[int] = mapped_column(
        ForeignKey("locations.id", ondelete="CASCADE"), index=True
    )
    quantity: Mapped[int]
    reference: Mapped[str] = mapped_column(String(120))
    status: Mapped[ReservationStatus] = mapped_column(_enum(ReservationStatus, 20))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]

    location: Mapped[Location] = relationship()
