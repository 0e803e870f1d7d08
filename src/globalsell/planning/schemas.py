from __future__ import annotations

from pydantic import BaseModel, Field

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
