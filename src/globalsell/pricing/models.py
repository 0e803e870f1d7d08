from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from globalsell.db.base import Base
from globalsell.pricing.domain import PriceStatus, PriceType

Fraction = Numeric(7, 4, asdecimal=True)


def _enum(kind: type[Any]) -> Enum:
    return Enum(kind, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class PricingPolicy(Base):
    """A seller's pricing settings for one store (`*` = every store without its own row).
    Fulfilment fee, referral override and storage rate are the seller's own figures."""

    __tablename__ = "pricing_policies"
    __table_args__ = (UniqueConstraint("seller_id", "store"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    store: Mapped[str] = mapped_column(String(20))
    target_margin: Mapped[Decimal | None] = mapped_column(Fraction)
    margin_floor: Mapped[Decimal | None] = mapped_column(Fraction)
    max_change_24h: Mapped[Decimal | None] = mapped_column(Fraction)
    fulfilment_fee: Mapped[Decimal | None]
    referral_rate: Mapped[Decimal | None] = mapped_column(Fraction)
    referral_minimum: Mapped[Decimal | None]
    storage_months: Mapped[Decimal | None] = mapped_column(Numeric(6, 2, asdecimal=True))
    freight_per_unit: Mapped[Decimal | None]
    freight_currency: Mapped[str | None] = mapped_column(String(3))
    duty_rate: Mapped[Decimal | None] = mapped_column(Fraction)
    updated_at: Mapped[datetime]


class PriceBounds(Base):
    """Amazon's minimum/maximum seller allowed price for one SKU in one store."""

    __tablename__ = "price_bounds"
    __table_args__ = (UniqueConstraint("product_id", "store"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    store: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    minimum: Mapped[Decimal | None]
    maximum: Mapped[Decimal | None]
    updated_at: Mapped[datetime]


class PriceQuote(Base):
    """One computed price for a SKU in a store with its full breakdown."""

    __tablename__ = "price_quotes"
    __table_args__ = (Index("ix_price_quotes_product_store", "product_id", "store"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    store: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    price: Mapped[Decimal]
    margin: Mapped[Decimal]
    margin_rate: Mapped[Decimal] = mapped_column(Fraction)
    breakdown: Mapped[dict[str, Any]]
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime]


class Price(Base):
    """A price that was applied (through an approved change request), regular or an event deal."""

    __tablename__ = "prices"
    __table_args__ = (Index("ix_prices_product_store_status", "product_id", "store", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    store: Mapped[str] = mapped_column(String(20))
    price_type: Mapped[PriceType] = mapped_column(_enum(PriceType))
    status: Mapped[PriceStatus] = mapped_column(_enum(PriceStatus))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    superseded_at: Mapped[datetime | None]
    breakdown: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


class CompetitorPrice(Base):
    __tablename__ = "competitor_prices"
    __table_args__ = (Index("ix_competitor_prices_product_store", "product_id", "store"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    store: Mapped[str] = mapped_column(String(20))
    competitor: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    observed_at: Mapped[datetime]
    imported_at: Mapped[datetime]


class FxRate(Base):
    """A rate the seller supplied or refreshed from the source it configured: units of `quote`
    for one `base`, on `as_of`."""

    __tablename__ = "fx_rates"
    __table_args__ = (UniqueConstraint("seller_id", "base", "quote", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    base: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Numeric(24, 10, asdecimal=True))
    as_of: Mapped[date]
    source: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
