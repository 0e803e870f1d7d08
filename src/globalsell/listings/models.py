from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from globalsell.db.base import Base
from globalsell.listings.domain import ListingStatus


class Listing(Base):
    """One SKU's listing in one store: generated content, the seller's edits, rule issues and
    where it is in draft -> validated -> approved -> submitted -> live | rejected."""

    __tablename__ = "listings"
    __table_args__ = (UniqueConstraint("seller_id", "sku", "marketplace"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("variants.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(40))
    marketplace: Mapped[str] = mapped_column(String(20))
    product_type: Mapped[str] = mapped_column(String(100))
    status: Mapped[ListingStatus] = mapped_column(
        Enum(
            ListingStatus,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    content: Mapped[dict[str, Any]]
    generated_content: Mapped[dict[str, Any]]
    sources: Mapped[dict[str, Any]]
    issues: Mapped[list[Any]]
    needs_translation: Mapped[list[Any]]
    edited_fields: Mapped[list[Any]]
    first_try_valid: Mapped[bool]
    generator: Mapped[str] = mapped_column(String(100))
    submitted_at: Mapped[datetime | None]
    channel_ref: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class DoNotTranslate(Base):
    """A seller's term that every listing keeps verbatim (brand names, model numbers)."""

    __tablename__ = "listing_do_not_translate"
    __table_args__ = (UniqueConstraint("seller_id", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class ListingSubmission(Base):
    """One Listings Items API call about a listing: a VALIDATION_PREVIEW, a real submit or a
    status read, with what Amazon answered. The listing's submission history."""

    __tablename__ = "listing_submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    listing_id: Mapped[int] = mapped_column(
        ForeignKey("listings.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(40))
    marketplace: Mapped[str] = mapped_column(String(20))
    operation: Mapped[str] = mapped_column(String(20))  # preview | submit | status
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(40))  # VALID/INVALID/ACCEPTED/BUYABLE/.../ERROR
    submission_id: Mapped[str | None] = mapped_column(String(100))
    issues: Mapped[list[Any]]
    attempts: Mapped[int]
    created_at: Mapped[datetime]
