"""Forecasts (per SKU x store, with quantiles, and their chart) and replenishment plans (the
latest proposed plan; propose a new one through approvals)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from globalsell.api.deps import ActorDep, NowDep, RegistryDep, SessionDep
from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.forecasting import chart
from globalsell.forecasting import service as forecasting
from globalsell.forecasting.schemas import ForecastRead, ForecastRunRead
from globalsell.inventory import service as inventory
from globalsell.inventory.schemas import SKU_PATTERN
from globalsell.planning import service as planning
from globalsell.planning.schemas import ForecastRunCreate, PlanRead, PlanSettings

router = APIRouter(tags=["planning"])
SkuPath = Annotated[str, Path(pattern=SKU_PATTERN)]
StorePath = Annotated[str, Path(pattern=r"^[A-Z]{2,3}$")]
RunQuery = Annotated[int | None, Query(ge=1, le=2**31 - 1)]


def _check_skus(session: SessionDep, actor: ActorDep, skus: list[str] | None) -> None:
    if not skus:
        return
    unknown = sorted(
        set(skus) - inventory.known_skus(session, seller_id=actor.seller_id, skus=set(skus))
    )
    if unknown:
        raise ValidationFailed(
            "unknown SKUs",
            errors=[FieldError("skus", "not in the catalogue", value=s) for s in unknown],
        )


@router.get("/forecasts/runs/latest", response_model=ForecastRunRead)
def latest_run(session: SessionDep, actor: ActorDep) -> ForecastRunRead:
    """The latest forecast run (404 before the first)."""
    return ForecastRunRead.model_validate(forecasting.latest_run(session, actor=actor))


@router.post("/forecasts/runs", response_model=ForecastRunRead, status_code=201)
def run_forecasts(
    body: ForecastRunCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> ForecastRunRead:
    """Forecast every SKU x store with sales (or only `skus`) and store the run (operator).
    Unknown SKUs answer 422 and nothing is written."""
    _check_skus(session, actor, body.skus)
    made = forecasting.run_forecasts(
        session,
        actor=actor,
        now=now,
        history_weeks=body.history_weeks,
        horizon_weeks=body.horizon_weeks,
        skus=body.skus,
    )
    return ForecastRunRead.model_validate(made)


@router.get("/forecasts", response_model=list[ForecastRead])
def list_forecasts(
    session: SessionDep,
    actor: ActorDep,
    sku: Annotated[str | None, Query(pattern=SKU_PATTERN)] = None,
    store: Annotated[str | None, Query(pattern=r"^[A-Z]{2,3}$")] = None,
    run: RunQuery = None,
) -> list[ForecastRead]:
    """Weekly forecasts per SKU x store of the latest run (or `run`): mean, P10, P50, P90."""
    return [
        ForecastRead.model_validate(r)
        for r in forecasting.list_forecasts(session, actor=actor, run_id=run, sku=sku)
        if store is None or r.marketplace == store
    ]


@router.get(
    "/forecasts/{sku}/{store}/chart.png",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}, "description": "The chart as a PNG."}},
)
def forecast_chart(
    sku: SkuPath,
    store: StorePath,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    size: Annotated[str, Query(pattern=r"^(small|medium|large)$")] = "medium",
    history_weeks: Annotated[int, Query(ge=4, le=chart.MAX_HISTORY_WEEKS)] = 52,
    run: RunQuery = None,
) -> Response:
    """History (stock-out weeks marked) and forecast with its P10-P90 band, as a PNG
    (small 640x360, medium 960x540, large 1600x900)."""
    width, height = chart.png_size(size)
    data = chart.chart_data(
        session,
        actor=actor,
        sku=sku,
        store=store,
        now=now,
        history_weeks=history_weeks,
        run_id=run,
    )
    return Response(chart.render_png(data, width=width, height=height), media_type="image/png")


@router.get("/plans/latest", response_model=PlanRead)
def latest_plan(session: SessionDep, actor: ActorDep) -> PlanRead:
    """The latest plan proposed (any status): shipments hub -> FC by mode and date, transport
    cost, expected service level per SKU x country, and its change request."""
    return planning.plan_read(planning.latest_plan(session, actor=actor))


@router.post("/plans", response_model=PlanRead, status_code=201)
def propose_plan(
    body: PlanSettings,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    registry: RegistryDep,
) -> PlanRead:
    """Plan one round from the latest forecast run and the pool, and propose it for approval
    (operator). No lanes, terms missing or naming unknown SKUs: 422, nothing is written."""
    change = planning.propose_plan(session, actor=actor, registry=registry, settings=body, now=now)
    return planning.plan_read(change)
