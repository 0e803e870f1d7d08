"""Forecast use cases: build weekly, stock-out-censored series from the order history, select a
model per series by backtest, and store the quantile forecasts of one run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import FieldError, NotFound, ValidationFailed
from globalsell.core.marketplaces import marketplaces
from globalsell.forecasting import domain
from globalsell.forecasting.models import Forecast, ForecastRun
from globalsell.inventory import pool
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind
from globalsell.orders import service as orders

Progress = Callable[[int, int], None]

BACKTEST_WINDOWS = 4
BACKTEST_HORIZON = 4
SERVICE_QUANTILE = 0.8


def _dec(value: float) -> Decimal:
    return Decimal(str(round(float(value), 3)))


def country_of(code: str) -> str | None:
    """The ISO country a store code sells in (None for an unknown code)."""
    try:
        return marketplaces().get(code).country
    except NotFound:
        return None


def run_forecasts(
    session: Session,
    *,
    actor: Actor,
    now: datetime,
    history_weeks: int = 104,
    horizon_weeks: int = 13,
    skus: list[str] | None = None,
    progress: Progress | None = None,
) -> ForecastRun:
    """Forecast every SKU x store with sales in the last `history_weeks` complete weeks."""
    actor.require(Role.OPERATOR, "running forecasts")
    errors: list[FieldError] = []
    if not 8 <= history_weeks <= 520:
        errors.append(FieldError("history_weeks", "must be between 8 and 520"))
    if not 1 <= horizon_weeks <= 52:
        errors.append(FieldError("horizon_weeks", "must be between 1 and 52"))
    if errors:
        raise ValidationFailed("invalid forecast request", errors=errors)
    at = ensure_aware(now)
    first_future = domain.week_start(at.date())
    first_week = first_future - timedelta(weeks=history_weeks)
    last_day = first_future - timedelta(days=1)
    rows = orders.daily_sales(
        session, seller_id=actor.seller_id, skus=skus, start=first_week, end=last_day
    )
    by_series: dict[tuple[str, str], list[tuple[date, int]]] = defaultdict(list)
    for r in rows:
        by_series[(r.sku, r.marketplace)].append((r.day, r.units))
    fcs = defaultdict(list)
    for p in inventory.pool_positions(
        session, seller_id=actor.seller_id, skus=sorted({k[0] for k in by_series})
    ):
        if p.location_kind == LocationKind.FC:
            fcs[(p.sku, p.country)].append(p.location_code)

    run = ForecastRun(
        seller_id=actor.seller_id,
        history_start=first_week,
        history_end=last_day,
        horizon_weeks=horizon_weeks,
        series_count=len(by_series),
        created_at=at,
    )
    session.add(run)
    session.flush()
    models = domain.standard_models()
    total = len(by_series)
    chosen: dict[str, int] = defaultdict(int)
    for n, ((sku, market), sales) in enumerate(sorted(by_series.items()), start=1):
        country = country_of(market)
        out_days: set[date] = set()
        for code in fcs.get((sku, country or ""), []):
            out_days.update(
                pool.stockout_days(
                    session,
                    seller_id=actor.seller_id,
                    sku=sku,
                    location_code=code,
                    start=first_week,
                    end=last_day,
                )
            )
        series = domain.weekly_series(
            sales, sorted(out_days), first_week=first_week, weeks=history_weeks
        )
        model, scores = domain.select_model(
            models,
            series,
            h=BACKTEST_HORIZON,
            windows=BACKTEST_WINDOWS,
            quantile=SERVICE_QUANTILE,
        )
        score = next(s for s in scores if s.model == model.name)
        fc = model.fit(series).predict(horizon_weeks, (0.1, 0.5, 0.9))
        chosen[model.name] += 1
        censored = int((~series.in_stock).sum())
        for k in range(horizon_weeks):
            session.add(
                Forecast(
                    seller_id=actor.seller_id,
                    run_id=run.id,
                    sku=sku,
                    marketplace=market,
                    week_start=first_future + timedelta(weeks=k),
                    model=model.name,
                    mean=_dec(fc.mean[k]),
                    p10=_dec(fc.quantiles[0.1][k]),
                    p50=_dec(fc.quantiles[0.5][k]),
                    p90=_dec(fc.quantiles[0.9][k]),
                    dispersion=_dec(fc.dispersion),
                    backtest_mae=None if score.windows == 0 else _dec(score.mae),
                    censored_weeks=censored,
                )
            )
        if progress is not None:
            progress(n, total)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="forecasting.run.created",
        subject_type="forecast_run",
        subject_id=str(run.id),
        data={
            "series": total,
            "horizon_weeks": horizon_weeks,
            "history_start": first_week.isoformat(),
            "history_end": last_day.isoformat(),
            "models": dict(sorted(chosen.items())),
        },
        now=now,
    )
    return run


def latest_run(session: Session, *, actor: Actor) -> ForecastRun:
    run = session.scalar(
        select(ForecastRun)
        .where(ForecastRun.seller_id == actor.seller_id)
        .order_by(ForecastRun.created_at.desc(), ForecastRun.id.desc())
        .limit(1)
    )
    if run is None:
        raise NotFound("no forecast has been run yet", field="run")
    return run


def list_forecasts(
    session: Session, *, actor: Actor, run_id: int | None = None, sku: str | None = None
) -> list[Forecast]:
    """The forecasts of one run (the latest by default), by SKU, store and week."""
    if run_id is None:
        run_id = latest_run(session, actor=actor).id
    query = select(Forecast).where(Forecast.seller_id == actor.seller_id, Forecast.run_id == run_id)
    if sku is not None:
        query = query.where(Forecast.sku == sku)
    found = list(
        session.scalars(query.order_by(Forecast.sku, Forecast.marketplace, Forecast.week_start))
    )
    if (
        not found
        and session.scalar(
            select(func.count())
            .select_from(ForecastRun)
            .where(ForecastRun.id == run_id, ForecastRun.seller_id == actor.seller_id)
        )
        == 0
    ):
        raise NotFound(f"forecast run {run_id} not found", field="run")
    return found
