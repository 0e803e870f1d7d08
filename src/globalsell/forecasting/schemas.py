from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict


class ForecastRunRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    history_start: date
    history_end: date
    horizon_weeks: int
    series_count: int
    created_at: datetime


class ForecastRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sku: str
    marketplace: str
    week_start: date
    model: str
    mean: Decimal
    p10: Decimal
    p50: Decimal
    p90: Decimal
    dispersion: Decimal
    backtest_mae: Decimal | None
    censored_weeks: int
