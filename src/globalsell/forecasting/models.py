from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from globalsell.db.base import Base


class ForecastRun(Base):
    """One `globalsell forecast` run: weekly forecasts for every SKU x store with sales."""

    __tablename__ = "forecast_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    history_start: Mapped[date]
    history_end: Mapped[date]
    horizon_weeks: Mapped[int]
    series_count: Mapped[int]
    created_at: Mapped[datetime]


class Forecast(Base):
    """Demand of one SKU in one store for the week starting `week_start` (a Monday, UTC)."""

    __tablename__ = "forecasts"
    __table_args__ = (UniqueConstraint("run_id", "sku", "marketplace", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("forecast_runs.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(40))
    marketplace: Mapped[str] = mapped_column(String(20))
    week_start: Mapped[date]
    model: Mapped[str] = mapped_column(String(40))
    mean: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    p10: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    p50: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    p90: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    dispersion: Mapped[Decimal] = mapped_column(Numeric(10, 3))  # variance / mean, >= 1
    backtest_mae: Mapped[Decimal | None] = mapped_column(Numeric(14, 3))
    censored_weeks: Mapped[int]
