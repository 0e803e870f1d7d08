"""API shapes of the catalogue (kept apart from the ORM models)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from globalsell.catalog.domain import CONTROL_CHARACTERS, Provenance

Sku = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$", min_length=1, max_length=40)


class AttributeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    value: Any
    unit: str | None
    language: str | None
    marketplace: str | None
    variant_id: int | None
    provenance: Provenance
    confidence: Decimal | None
    accepted: bool | None
    source: str


class VariantRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    sku: str
    title: str | None
    theme_values: dict[str, Any]
    unit_cost: Decimal | None
    cost_currency: str | None


class ProductSummary(BaseModel):
    sku: str
    title: str
    brand: str | None
    category: str | None
    source_language: str
    variation_theme: str | None
    variant_count: int
    updated_at: datetime


class ProductRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    sku: str
    title: str
    brand: str | None
    category: str | None
    description: str | None
    source_language: str
    variation_theme: str | None
    unit_cost: Decimal | None
    cost_currency: str | None
    created_at: datetime
    updated_at: datetime
    variants: list[VariantRead]
    attributes: list[AttributeRead]


class ProductCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Sku
    title: str = Field(min_length=1, max_length=500)
    brand: str | None = Field(default=None, max_length=200)
    category: str | None = Field(default=None, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    source_language: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    unit_cost: Decimal | None = Field(default=None, gt=0, max_digits=18, decimal_places=6)
    cost_currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")

    @field_validator("title", "brand", "category", "description")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        if value is not None and CONTROL_CHARACTERS.search(value):
            raise ValueError("contains control characters")
        if value is not None and not value.strip():
            raise ValueError("must not be blank")
        return value


class ImportReport(BaseModel):
    filename: str
    dry_run: bool
    rows: int
    products_created: int
    products_updated: int
    variants_created: int
    variants_updated: int
    attributes_written: int
    warnings: list[str]
    platform: str = "globalsell"
    skipped: list[str] = []  # rows left out by --valid-rows, with their errors
