from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field, field_validator

from globalsell.planning.domain import Mode


class LaneIn(BaseModel):
    """Seller-supplied: how goods go from the hub to one country (no defaults are invented)."""

    country: str = Field(min_length=2, max_length=2)
    mode: Mode
    lead_weeks: int = Field(ge=0, le=52)
    cost_per_unit: float = Field(ge=0)
    cost_per_m3: float = Field(ge=0)


class SkuTermsIn(BaseModel):
    """Seller-supplied per-SKU figures for planning."""

    sku: str
    unit_m3: float = Field(ge=0)
    case_pack: int = Field(ge=1)
    moq: int = Field(ge=0, default=0)
    holding_hub: float = Field(ge=0)
    holding_fc: float = Field(ge=0)
    lost_sale_cost: float = Field(gt=0)


class PlanSettings(BaseModel):
    lanes: list[LaneIn]
    skus: list[SkuTermsIn]
    capacity_m3: dict[str, float] = Field(default_factory=dict)
    review_weeks: int = Field(ge=1, le=26, default=1)
    # country -> demand uplift a faster promise from that country's FC earns (0.2 = +20%);
    # the seller's own estimate, none by default (docs/adr/0057)
    promise_uplift: dict[str, float] = Field(default_factory=dict)

    @field_validator("promise_uplift")
    @classmethod
    def _uplift_range(cls, value: dict[str, float]) -> dict[str, float]:
        for country, uplift in value.items():
            if len(country) != 2 or not country.isupper():
                raise ValueError(f"{country!r}: a two-letter country code is needed")
            if not 0 <= uplift <= 2:
                raise ValueError(f"{country}: the uplift must lie between 0 and 2 (0% .. 200%)")
        return value


class ShipmentRead(BaseModel):
    sku: str
    from_location: str
    to_country: str
    to_location: str | None
    mode: Mode
    units: int
    ship_by_week: int
    ship_by: date | None
    cost: Decimal


class PlanRead(BaseModel):
    """The latest plan: its change request, what to ship, the expected cost and service."""

    change_id: int
    status: str
    title: str
    proposed_at: datetime
    forecast_run: int
    allocation: str
    transport_cost: Decimal
    service_level: dict[str, float]
    mean_service_level: float | None
    # transport, holding_fc (left over x h_fc x review weeks), lost_sales, total (docs/adr/0056)
    expected_cost: dict[str, Decimal]
    expected_lost_units: dict[str, float]
    promise_uplift: dict[str, float]
    shipments: list[ShipmentRead]


class ForecastRunCreate(BaseModel):
    history_weeks: int = Field(ge=8, le=520, default=104)
    horizon_weeks: int = Field(ge=1, le=52, default=13)
    skus: list[str] | None = Field(default=None, max_length=500)
