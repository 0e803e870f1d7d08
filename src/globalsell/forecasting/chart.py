"""The forecast chart of one SKU in one store: weekly sales history (stock-out weeks marked as
censored), then the latest run's mean with its P10-P90 band and P50.

`chart_data` reads the store (read-only); `render_svg` and `render_png` are pure. The SVG is
drawn here by hand so the web page needs no plotting library; the PNG export uses matplotlib
with the Agg backend (no display, no network, no fonts downloaded)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from sqlalchemy.orm import Session

from globalsell.core.actor import Actor
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.forecasting import service
from globalsell.forecasting.domain import week_start, weekly_series
from globalsell.inventory import pool
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind
from globalsell.orders import service as orders

MAX_HISTORY_WEEKS = 156
PNG_SIZES = {"small": (640, 360), "medium": (960, 540), "large": (1600, 900)}


@dataclass(frozen=True)
class ForecastPoint:
    week: date
    mean: float
    p10: float
    p50: float
    p90: float


@dataclass(frozen=True)
class ChartData:
    sku: str
    store: str
    run_id: int
    model: str
    history: list[tuple[date, float, bool]]  # week start, units sold, in stock all week
    forecast: list[ForecastPoint]

    @property
    def top(self) -> float:
        values = [v for _, v, _ in self.history] + [p.p90 for p in self.forecast]
        return max([1.0, *values])


def chart_data(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    store: str,
    now: datetime,
    history_weeks: int = 52,
    run_id: int | None = None,
) -> ChartData:
    """History and forecast of `sku` in `store` from the latest forecast run (or `run_id`).
    Unknown SKU, no forecast for that SKU x store, or a bad window: a clear error."""
    if not 4 <= history_weeks <= MAX_HISTORY_WEEKS:
        raise ValidationFailed(
            f"history_weeks must be between 4 and {MAX_HISTORY_WEEKS}", field="history_weeks"
        )
    if not inventory.known_skus(session, seller_id=actor.seller_id, skus={sku}):
        raise NotFound(f"SKU {sku!r} is not in the catalogue", field="sku")
    rows = [
        r
        for r in service.list_forecasts(session, actor=actor, run_id=run_id, sku=sku)
        if r.marketplace == store
    ]
    if not rows:
        raise NotFound(
            f"no forecast for {sku} in store {store!r} in this run (no sales there yet?)",
            field="store",
        )
    first_future = week_start(ensure_aware(now).date())
    first_week = first_future - timedelta(weeks=history_weeks)
    last_day = first_future - timedelta(days=1)
    sales = [
        (r.day, r.units)
        for r in orders.daily_sales(
            session, seller_id=actor.seller_id, skus=[sku], start=first_week, end=last_day
        )
        if r.marketplace == store
    ]
    country = service.country_of(store)
    out_days: set[date] = set()
    for p in inventory.pool_positions(session, seller_id=actor.seller_id, skus=[sku]):
        if p.location_kind == LocationKind.FC and p.country == country:
            out_days.update(
                pool.stockout_days(
                    session,
                    seller_id=actor.seller_id,
                    sku=sku,
                    location_code=p.location_code,
                    start=first_week,
                    end=last_day,
                )
            )
    series = weekly_series(sales, sorted(out_days), first_week=first_week, weeks=history_weeks)
    return ChartData(
        sku=sku,
        store=store,
        run_id=rows[0].run_id,
        model=rows[0].model,
        history=[
            (first_week + timedelta(weeks=i), float(v), bool(ok))
            for i, (v, ok) in enumerate(zip(series.values, series.in_stock, strict=True))
        ],
        forecast=[
            ForecastPoint(r.week_start, float(r.mean), float(r.p10), float(r.p50), float(r.p90))
            for r in rows
        ],
    )


# --- SVG (web page) ------------------------------------------------------------------------------

_W, _H, _L, _R, _T, _B = 760, 300, 48, 36, 16, 36


def render_svg(
    data: ChartData,
    *,
    title: str | None = None,
    week_label: Callable[[date], str] = lambda week: f"{week:%d %b %y}",
) -> str:
    """An accessible inline SVG: history bars (hatched when censored), forecast band and lines.
    `title` and `week_label` word it in the viewer's language (English by default)."""
    if title is None:
        title = (
            f"{data.sku} in {data.store}: weekly sales and forecast ({data.model}, P10-P90 band)"
        )
    weeks = len(data.history) + len(data.forecast)
    top = data.top * 1.1
    plot_w, plot_h = _W - _L - _R, _H - _T - _B
    step = plot_w / max(weeks, 1)

    def x(i: float) -> float:
        return _L + step * (i + 0.5)

    def y(v: float) -> float:
        return _T + plot_h * (1.0 - v / top)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" width="{_W}" '
        f'height="{_H}" role="img" id="forecast-chart" aria-labelledby="chart-title">',
        f'<title id="chart-title">{escape(title)}</title>',
        '<defs><pattern id="censored" width="4" height="4" patternUnits="userSpaceOnUse">'
        '<path d="M0,4 L4,0" stroke="#b45309" stroke-width="1"/></pattern></defs>',
    ]
    for k in range(5):  # horizontal grid with labels
        v = top * k / 4
        parts.append(
            f'<line x1="{_L}" x2="{_W - _R}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e5e7eb"/>'
            f'<text x="{_L - 6}" y="{y(v) + 4:.1f}" font-size="11" text-anchor="end">{v:.0f}</text>'
        )
    bar = step * 0.8
    for i, (_week, v, ok) in enumerate(data.history):
        fill = "#60a5fa" if ok else "url(#censored)"
        cls = "sales" if ok else "sales censored"
        parts.append(
            f'<rect class="{cls}" x="{x(i) - bar / 2:.1f}" y="{y(v):.1f}" width="{bar:.1f}" '
            f'height="{y(0) - y(v):.1f}" fill="{fill}"/>'
        )
    n = len(data.history)
    f = data.forecast
    if f:
        upper = " ".join(f"{x(n + i):.1f},{y(p.p90):.1f}" for i, p in enumerate(f))
        lower = " ".join(f"{x(n + i):.1f},{y(p.p10):.1f}" for i, p in reversed(list(enumerate(f))))
        parts.append(
            f'<polygon class="band" points="{upper} {lower}" fill="#fdba74" fill-opacity="0.45"/>'
        )
        for name, attr, dash in (("mean", "mean", ""), ("p50", "p50", ' stroke-dasharray="4 3"')):
            pts = " ".join(f"{x(n + i):.1f},{y(getattr(p, attr)):.1f}" for i, p in enumerate(f))
            parts.append(
                f'<polyline class="{name}" points="{pts}" fill="none" stroke="#c2410c" '
                f'stroke-width="2"{dash}/>'
            )
        parts.append(
            f'<line x1="{_L + step * n:.1f}" x2="{_L + step * n:.1f}" y1="{_T}" y2="{y(0):.1f}" '
            'stroke="#374151" stroke-dasharray="2 2"/>'
        )
    labels = [w for w, _, _ in data.history] + [p.week for p in f]
    every = max(1, weeks // 8)
    for i in range(0, weeks, every):
        parts.append(
            f'<text x="{x(i):.1f}" y="{_H - _B + 16}" font-size="11" text-anchor="middle">'
            f"{escape(week_label(labels[i]))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


# --- PNG (export) --------------------------------------------------------------------------------


def png_size(size: str) -> tuple[int, int]:
    if size not in PNG_SIZES:
        raise ValidationFailed(
            f"size must be one of {', '.join(PNG_SIZES)} (got {size!r})", field="size"
        )
    return PNG_SIZES[size]


def render_png(data: ChartData, *, width: int = 960, height: int = 540) -> bytes:
    """The same chart as a PNG of exactly `width` x `height` pixels (matplotlib, Agg)."""
    if not (200 <= width <= 4000 and 150 <= height <= 4000):
        raise ValidationFailed("the PNG must be 200-4000 x 150-4000 pixels", field="size")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 100
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    hist_x = list(range(len(data.history)))
    ok = [v if s else 0.0 for _, v, s in data.history]
    cens = [0.0 if s else v for _, v, s in data.history]
    ax.bar(hist_x, ok, color="#60a5fa", label="sales")
    ax.bar(hist_x, cens, color="#fcd34d", hatch="//", edgecolor="#b45309", label="censored")
    n = len(data.history)
    fx = [n + i for i in range(len(data.forecast))]
    if data.forecast:
        ax.fill_between(
            fx,
            [p.p10 for p in data.forecast],
            [p.p90 for p in data.forecast],
            color="#fdba74",
            alpha=0.5,
            label="P10-P90",
        )
        ax.plot(fx, [p.mean for p in data.forecast], color="#c2410c", label="mean")
        ax.plot(fx, [p.p50 for p in data.forecast], color="#c2410c", ls="--", label="P50")
        ax.axvline(n - 0.5, color="#374151", ls=":")
    labels = [w for w, _, _ in data.history] + [p.week for p in data.forecast]
    every = max(1, len(labels) // 8)
    ticks = list(range(0, len(labels), every))
    ax.set_xticks(ticks, [f"{labels[i]:%d %b %y}" for i in ticks], fontsize=8)
    ax.set_ylabel("units / week")
    ax.set_title(f"{data.sku} in {data.store}: forecast run {data.run_id} ({data.model})")
    fig.legend(loc="lower center", ncols=5, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0.0, 0.06, 1.0, 1.0))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
