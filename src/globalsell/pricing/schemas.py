"""API shapes of pricing (kept apart from the ORM models and the engine)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from globalsell.pricing.domain import CompetitorMode, PriceType


def _fraction() -> Any:
    return Field(default=None, ge=Decimal(0), lt=Decimal(1), max_digits=7, decimal_places=4)


def _amount() -> Any:
    return Field(default=None, gt=Decimal(0), lt=Decimal(10) ** 12, max_digits=18, decimal_places=6)


class QuoteRequest(BaseModel):
    store: str = Field(min_length=2, max_length=20)
    target_margin: Decimal | None = _fraction()
    target_price: Decimal | None = _amount()
    duty_rate: Decimal | None = _fraction()
    import_vat_rate: Decimal | None = _fraction()
    fee_category: str | None = Field(default=None, max_length=60)
    save: bool = False


class QuoteRead(BaseModel):
    """The breakdown: amounts as strings with their currency."""

    sku: str
    store: str
    quote_id: int | None
    breakdown: dict[str, Any]


class PolicyUpdate(BaseModel):
    target_margin: Decimal | None = _fraction()
    margin_floor: Decimal | None = _fraction()
    max_change_24h: Decimal | None = _fraction()
    fulfilment_fee: Decimal | None = Field(default=None, ge=0, lt=Decimal(10) ** 9)
    referral_rate: Decimal | None = _fraction()
    referral_minimum: Decimal | None = Field(default=None, ge=0, lt=Decimal(10) ** 9)
    storage_months: Decimal | None = Field(default=None, ge=0, le=120)
    freight_per_unit: Decimal | None = Field(default=None, ge=0, lt=Decimal(10) ** 9)
    freight_currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    duty_rate: Decimal | None = _fraction()


class PolicyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    store: str
    target_margin: Decimal | None
    margin_floor: Decimal | None
    max_change_24h: Decimal | None
    fulfilment_fee: Decimal | None
    referral_rate: Decimal | None
    referral_minimum: Decimal | None
    storage_months: Decimal | None
    freight_per_unit: Decimal | None
    freight_currency: str | None
    duty_rate: Decimal | None


class PriceProposal(BaseModel):
    store: str = Field(min_length=2, max_length=20)
    price: Decimal | None = _amount()
    target_margin: Decimal | None = _fraction()
    price_type: PriceType = PriceType.REGULAR
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    reason: str = Field(default="", max_length=2000)


class CompetitorProposal(BaseModel):
    store: str = Field(min_length=2, max_length=20)
    mode: CompetitorMode = CompetitorMode.MATCH
    beat_by: Decimal = Field(default=Decimal(0), ge=0, lt=Decimal(10) ** 9)
    beat_by_percent: bool = False


class ChangeCreated(BaseModel):
    change_id: int
    status: str
    title: str
    breakdown: dict[str, Any]


class PriceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    store: str
    price_type: PriceType
    amount: Decimal
    currency: str
    starts_at: datetime
    ends_at: datetime | None
