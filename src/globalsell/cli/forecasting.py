"""`globalsell forecast`: weekly demand forecasts per SKU x store, stored as a forecast run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from globalsell.cli.context import SellerOption, console, local_actor, print_json, runtime, work
from globalsell.core import formatting
from globalsell.forecasting import chart, service
from globalsell.forecasting.schemas import ForecastRead, ForecastRunRead

app = typer.Typer(
    help="Demand forecasts: run (default) or show the latest.", invoke_without_command=True
)


@app.callback()
def run(
    ctx: typer.Context,
    history_weeks: Annotated[int, typer.Option(min=8, max=520)] = 104,
    horizon_weeks: Annotated[int, typer.Option(min=1, max=52)] = 13,
    sku: Annotated[list[str] | None, typer.Option("--sku", help="Only these SKUs.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Forecast every SKU x store with sales (stock-out weeks censored, model chosen per series
    by backtest) and store the run."""
    if ctx.invoked_subcommand is not None:
        return
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        with Progress(
            TextColumn("forecasting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=as_json,
        ) as progress:
            task = progress.add_task("series", total=None)
            made = service.run_forecasts(
                session,
                actor=actor,
                now=rt.clock.now(),
                history_weeks=history_weeks,
                horizon_weeks=horizon_weeks,
                skus=sku or None,
                progress=lambda n, total: progress.update(task, completed=n, total=total),
            )
        result = ForecastRunRead.model_validate(made)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    console.print(
        f"forecast run {result.id}: {result.series_count} SKU x store series, "
        f"{result.horizon_weeks} weeks ahead from history {result.history_start} .. "
        f"{result.history_end}  (globalsell forecast show)"
    )


@app.command("show")
def show(
    sku: Annotated[str | None, typer.Option("--sku")] = None,
    run_id: Annotated[int | None, typer.Option("--run")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """The forecasts of the latest run (or --run), per SKU x store x week."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        rows = [
            ForecastRead.model_validate(r)
            for r in service.list_forecasts(session, actor=actor, run_id=run_id, sku=sku)
        ]
    if as_json:
        print_json([r.model_dump(mode="json") for r in rows])
        return
    english = formatting.Display()
    table = Table("SKU", "Store", "Week", "Model", "Mean", "P10", "P50", "P90", "Censored wks")
    for r in rows:
        units = [formatting.number(v, english, digits=1) for v in (r.mean, r.p10, r.p50, r.p90)]
        table.add_row(
            r.sku,
            r.marketplace,
            formatting.day(r.week_start, english),
            r.model,
            *units,
            formatting.number(r.censored_weeks, english),
        )
    console.print(table)


@app.command("chart")
def chart_png(
    sku: Annotated[str, typer.Argument(help="The SKU to chart.")],
    store: Annotated[str, typer.Option("--store", help="Store code, e.g. DE.")],
    out: Annotated[Path, typer.Option("--out", dir_okay=False, help="PNG file to write.")],
    size: Annotated[
        str, typer.Option(help="small 640x360, medium 960x540 or large 1600x900.")
    ] = "medium",
    history_weeks: Annotated[int, typer.Option(min=4, max=chart.MAX_HISTORY_WEEKS)] = 52,
    run_id: Annotated[int | None, typer.Option("--run")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Write the forecast chart of SKU in --store (history, censored weeks, P10-P90) as a PNG."""
    rt = runtime()
    with work(rt) as session:
        width, height = chart.png_size(size)
        actor = local_actor(session, seller)
        data = chart.chart_data(
            session,
            actor=actor,
            sku=sku,
            store=store.upper(),
            now=rt.clock.now(),
            history_weeks=history_weeks,
            run_id=run_id,
        )
    png = chart.render_png(data, width=width, height=height)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png)
    result = {
        "file": str(out),
        "sku": data.sku,
        "store": data.store,
        "run": data.run_id,
        "model": data.model,
        "width": width,
        "height": height,
        "bytes": len(png),
    }
    if as_json:
        print_json(result)
        return
    console.print(
        f"wrote {out} ({width}x{height} PNG): {data.sku} in {data.store}, forecast run "
        f"{data.run_id} ({data.model})"
    )
