"""Forecast and plan pages: the forecasts of the latest run, one series' chart (server-rendered
SVG, PNG export) and the latest replenishment plan with its change request. Read-only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from markupsafe import Markup

from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core import formatting
from globalsell.core.errors import NotFound
from globalsell.forecasting import chart
from globalsell.forecasting import service as forecasting
from globalsell.inventory.schemas import SKU_PATTERN
from globalsell.planning import service as planning
from globalsell.web import auth, i18n
from globalsell.web.labels import model_label
from globalsell.web.rendering import WebRoute, display_for, page_unit, render

router = APIRouter(route_class=WebRoute)
SkuPath = Annotated[str, Path(pattern=SKU_PATTERN)]
StorePath = Annotated[str, Path(pattern=r"^[A-Z]{2,3}$")]
WeeksQuery = Annotated[int, Query(ge=4, le=chart.MAX_HISTORY_WEEKS)]


@dataclass
class SeriesRow:
    """One SKU x store of a run: next week's figures and the horizon total."""

    sku: str
    store: str
    model: str
    mean: float
    p10: float
    p90: float
    censored_weeks: int
    backtest_mae: float | None
    horizon_total: float = 0.0


@router.get("/forecasts")
def forecasts_page(
    request: Request, sku: Annotated[str | None, Query(pattern=SKU_PATTERN)] = None
) -> Response:
    """Every SKU x store of the latest run (or one SKU's): model, next week's mean and P10-P90,
    horizon total."""
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        try:
            run = forecasting.latest_run(session, actor=viewer.actor)
        except NotFound:
            return render(request, "forecasts.html", {"run": None, "series": [], "sku": sku})
        rows = forecasting.list_forecasts(session, actor=viewer.actor, run_id=run.id, sku=sku)
        series: dict[tuple[str, str], SeriesRow] = {}
        for r in rows:
            key = (r.sku, r.marketplace)
            if key not in series:
                series[key] = SeriesRow(
                    sku=r.sku,
                    store=r.marketplace,
                    model=r.model,
                    mean=float(r.mean),
                    p10=float(r.p10),
                    p90=float(r.p90),
                    censored_weeks=r.censored_weeks,
                    backtest_mae=None if r.backtest_mae is None else float(r.backtest_mae),
                )
            series[key].horizon_total += float(r.mean)
        return render(
            request,
            "forecasts.html",
            {"run": run, "series": [series[k] for k in sorted(series)], "sku": sku},
        )


def _chart_data(request: Request, sku: str, store: str, weeks: int) -> chart.ChartData:
    """One series' history and forecast for the viewer's seller."""
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        return chart.chart_data(
            session,
            actor=viewer.actor,
            sku=sku,
            store=store,
            now=runtime.clock.now(),
            history_weeks=weeks,
        )


@router.get("/forecasts/{sku}/{store}.png")
def chart_png(
    request: Request,
    sku: SkuPath,
    store: StorePath,
    size: Annotated[str, Query(pattern=r"^(small|medium|large)$")] = "medium",
    weeks: WeeksQuery = 52,
) -> Response:
    """The chart as a PNG download (small 640x360, medium 960x540, large 1600x900)."""
    width, height = chart.png_size(size)
    data = _chart_data(request, sku, store, weeks)
    return Response(
        chart.render_png(data, width=width, height=height),
        media_type="image/png",
        headers={"Content-Disposition": f'inline; filename="forecast-{sku}-{store}.png"'},
    )


def _svg(request: Request, data: chart.ChartData) -> str:
    """The chart worded in the viewer's language, its weeks dated in their locale."""
    display = display_for(request)
    with i18n.rendering(i18n.language(display)):
        title = i18n.gettext("%(sku)s in %(store)s: weekly sales and forecast (%(method)s)") % {
            "sku": data.sku,
            "store": data.store,
            "method": model_label(data.model),
        }
    return chart.render_svg(
        data, title=title, week_label=lambda week: formatting.short_day(week, display, year=True)
    )


@router.get("/forecasts/{sku}/{store}")
def chart_page(
    request: Request, sku: SkuPath, store: StorePath, weeks: WeeksQuery = 52
) -> Response:
    """One series: history with stock-out weeks marked, forecast with its band, as inline SVG."""
    data = _chart_data(request, sku, store, weeks)
    return render(
        request,
        "forecast_chart.html",
        {
            "data": data,
            "weeks": weeks,
            "svg": Markup(_svg(request, data)),  # noqa: S704 - built from escaped parts
            "sizes": chart.PNG_SIZES,
            "censored": sum(1 for _, _, ok in data.history if not ok),
        },
    )


@router.get("/plan")
def plan_page(request: Request) -> Response:
    """The latest plan: ship what, from where, to where, by which mode, by when, at what cost,
    with the expected service level and a link to its change request."""
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        try:
            plan = planning.plan_read(planning.latest_plan(session, actor=viewer.actor))
        except NotFound:
            plan = None
        titles = catalog.titles_by_sku(
            session, actor=viewer.actor, skus=[s.sku for s in plan.shipments] if plan else []
        )
        return render(request, "plan.html", {"plan": plan, "titles": titles})
