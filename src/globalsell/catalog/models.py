from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Enum, ForeignKey, LargeBinary, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from globalsell.catalog.domain import Provenance
from globalsell.db.base import Base, JSONType


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("seller_id", "sku"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(500))
    brand: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    source_language: Mapped[str] = mapped_column(String(8))
    variation_theme: Mapped[str | None] = mapped_column(String(40))
    unit_cost: Mapped[Decimal | None]
    cost_currency: Mapped[str | None] = mapped_column(String(3))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    variants: Mapped[list[Variant]] = relationship(
        back_populates="product", order_by="Variant.sku", cascade="all, delete-orphan"
    )
    attributes: Mapped[list[AttributeValue]] = relationship(
        back_populates="product", order_by="AttributeValue.id", cascade="all, delete-orphan"
    )


class Variant(Base):
    __tablename__ = "variants"
    __table_args__ = (UniqueConstraint("seller_id", "sku"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(500))
    theme_values: Mapped[dict[str, Any]]
    unit_cost: Mapped[Decimal | None]
    cost_currency: Mapped[str | None] = mapped_column(String(3))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    product: Mapped[Product] = relationship(back_populates="variants")


class AttributeValue(Base):
    """One attribute of a product (or of one variant), in one language and optionally for one
    marketplace, with where it came from and whether the seller accepted it."""

    __tablename__ = "attribute_values"
    __table_args__ = (UniqueConstraint("product_id", "name", "scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("variants.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    # "<variant id>|<language>|<marketplace>": one value per attribute and scope, NULL-safe.
    scope: Mapped[str] = mapped_column(String(80))
    value: Mapped[Any] = mapped_column(JSONType)
    language: Mapped[str | None] = mapped_column(String(8))
    marketplace: Mapped[str | None] = mapped_column(String(20))
    unit: Mapped[str | None] = mapped_column(String(30))
    provenance: Mapped[Provenance] = mapped_column(
        Enum(
            Provenance, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]
        )
    )
    confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    accepted: Mapped[bool | None]
    source: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    product: Mapped[Product] = relationship(back_populates="attributes")


def scope_key(variant_id: int | None, language: str | None, marketplace: str | None) -> str:
    return f"{variant_id or ''}|{language or ''}|{marketplace or ''}"


class ProductImage(Base):
    """A picture the seller uploaded for a product (PNG, JPEG, WebP or GIF, checked by its first
    bytes); one per product, replaced by the next upload."""

    __tablename__ = "product_images"
    __table_args__ = (UniqueConstraint("product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    content_type: Mapped[str] = mapped_column(String(20))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(120))
    uploaded_at: Mapped[datetime]
