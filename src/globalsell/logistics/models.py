from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from globalsell.db.base import Base
from globalsell.inventory.models import Location
from globalsell.logistics.domain import ExceptionKind, Incoterm, Milestone, Mode


def _enum(cls: type, length: int = 30) -> Enum:
    return Enum(
        cls, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e]
    )


class Shipment(Base):
    """Goods on their way from one location (the hub) to another (an FC), in one or more legs.
    `status` is the latest milestone reached (the state machine in `domain`)."""

    __tablename__ = "shipments"
    __table_args__ = (UniqueConstraint("seller_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    origin_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    destination_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    incoterm: Mapped[Incoterm] = mapped_column(_enum(Incoterm, 3))
    status: Mapped[Milestone] = mapped_column(_enum(Milestone))
    booking_ref: Mapped[str | None] = mapped_column(String(60), index=True)
    transport_doc: Mapped[str | None] = mapped_column(String(60), index=True)  # B/L or AWB
    container: Mapped[str | None] = mapped_column(String(20), index=True)
    amazon_shipment_id: Mapped[str | None] = mapped_column(String(20), index=True)
    plan_reference: Mapped[str | None] = mapped_column(String(120))
    need_by: Mapped[datetime | None]
    departed_at: Mapped[datetime | None]  # when the stock went in transit (ledger posted)
    received_at: Mapped[datetime | None]  # when the stock was booked at the destination
    predicted_earliest: Mapped[datetime | None]
    predicted_arrival: Mapped[datetime | None]
    predicted_latest: Mapped[datetime | None]
    eta_source: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    origin: Mapped[Location] = relationship(foreign_keys=[origin_location_id])
    destination: Mapped[Location] = relationship(foreign_keys=[destination_location_id])
    lines: Mapped[list[ShipmentLine]] = relationship(
        order_by="ShipmentLine.id", cascade="all, delete-orphan"
    )
    legs: Mapped[list[Leg]] = relationship(order_by="Leg.sequence", cascade="all, delete-orphan")
    milestones: Mapped[list[MilestoneRecord]] = relationship(
        order_by="MilestoneRecord.occurred_at", cascade="all, delete-orphan"
    )


class ShipmentLine(Base):
    """SKU x units x cartons, with what customs documents need (value, weights, origin)."""

    __tablename__ = "shipment_lines"
    __table_args__ = (
        UniqueConstraint("shipment_id", "sku"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("cartons > 0", name="cartons_positive"),
        CheckConstraint("received IS NULL OR received >= 0", name="received_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int]
    cartons: Mapped[int]
    received: Mapped[int | None]
    unit_value: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    net_weight_kg: Mapped[Decimal | None]
    gross_weight_kg: Mapped[Decimal | None]
    origin_country: Mapped[str | None] = mapped_column(String(2))


class Leg(Base):
    """One stretch of the journey by one mode and carrier; ends are UN/LOCODEs or location codes."""

    __tablename__ = "shipment_legs"
    __table_args__ = (UniqueConstraint("shipment_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int]
    mode: Mapped[Mode] = mapped_column(_enum(Mode, 10))
    origin: Mapped[str] = mapped_column(String(30))
    destination: Mapped[str] = mapped_column(String(30))
    carrier: Mapped[str] = mapped_column(String(60))
    planned_departure: Mapped[datetime | None]
    planned_arrival: Mapped[datetime | None]
    actual_departure: Mapped[datetime | None]
    actual_arrival: Mapped[datetime | None]
    predicted_earliest: Mapped[datetime | None]
    predicted_arrival: Mapped[datetime | None]
    predicted_latest: Mapped[datetime | None]


class MilestoneRecord(Base):
    """A milestone that happened (or was reported late), with where it came from."""

    __tablename__ = "shipment_milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    leg_id: Mapped[int | None] = mapped_column(ForeignKey("shipment_legs.id", ondelete="SET NULL"))
    milestone: Mapped[Milestone] = mapped_column(_enum(Milestone))
    occurred_at: Mapped[datetime]
    location: Mapped[str | None] = mapped_column(String(30))
    source: Mapped[str] = mapped_column(String(160))
    recorded_at: Mapped[datetime]


class TrackingEvent(Base):
    """Every carrier/forwarder event received, kept whatever happened to it (`outcome`):
    applied, late (timeline only), duplicate-free by `event_id`, unmatched, unmapped or flagged."""

    __tablename__ = "tracking_events"
    __table_args__ = (UniqueConstraint("seller_id", "event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str] = mapped_column(String(120))
    channel: Mapped[str] = mapped_column(String(20))  # csv, webhook, api
    carrier: Mapped[str] = mapped_column(String(60))
    reference: Mapped[str] = mapped_column(String(60))
    status_code: Mapped[str] = mapped_column(String(40))
    milestone: Mapped[Milestone | None] = mapped_column(_enum(Milestone))
    occurred_at: Mapped[datetime]
    location: Mapped[str | None] = mapped_column(String(30))
    shipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("shipments.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(20), index=True)
    detail: Mapped[str | None] = mapped_column(String(500))
    received_at: Mapped[datetime]


class ShipmentException(Base):
    """Something wrong with a shipment, with its evidence; open until the condition clears."""

    __tablename__ = "shipment_exceptions"
    __table_args__ = (Index("ix_shipment_exceptions_seller_status", "seller_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    shipment_id: Mapped[int] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ExceptionKind] = mapped_column(_enum(ExceptionKind))
    status: Mapped[str] = mapped_column(String(10))  # open, resolved
    message: Mapped[str] = mapped_column(String(500))
    evidence: Mapped[dict[str, Any]]
    opened_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]

    shipment: Mapped[Shipment] = relationship()


class WebhookSecret(Base):
    """The per-seller secret tracking webhooks are signed with (HMAC-SHA256), stored sealed
    under the server's secret key (core.sealing), never in plaintext."""

    __tablename__ = "tracking_webhook_secrets"

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(
        ForeignKey("sellers.id", ondelete="CASCADE"), unique=True
    )
    secret: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime]


class LaneTransit(Base):
    """One past transit a seller brings from before globalsell (a forwarder's records): with the
    legs of completed shipments it is the lane history ETAs are predicted from."""

    __tablename__ = "lane_transits"
    __table_args__ = (
        Index("ix_lane_transits_lane", "seller_id", "origin", "destination", "mode"),
        UniqueConstraint("seller_id", "origin", "destination", "mode", "carrier", "departed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    origin: Mapped[str] = mapped_column(String(30))
    destination: Mapped[str] = mapped_column(String(30))
    mode: Mapped[Mode] = mapped_column(_enum(Mode, 10))
    carrier: Mapped[str] = mapped_column(String(60))
    departed_at: Mapped[datetime]
    arrived_at: Mapped[datetime]
    planned_arrival: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime]
