"""`globalsell`: the command line. Each command is one unit of work against the store named by
GLOBALSELL_DATABASE_URL (a SQLite file in the working directory by default)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from globalsell import __version__
from globalsell.cli.context import (
    close_stores,
    console,
    err_console,
    fail,
    print_json,
    runtime,
    work,
)
from globalsell.cli.lazy import Lazy, LazyGroup, lazy_module
from globalsell.config import DEFAULT_DB_FILE, Settings, get_settings, sqlite_url
from globalsell.core.errors import DomainError
from globalsell.core.marketplaces import marketplaces

if TYPE_CHECKING:
    from globalsell.cli import demo_tables
    from globalsell.demo import builder, listings_demo
else:
    builder = lazy_module("globalsell.demo.builder")
    listings_demo = lazy_module("globalsell.demo.listings_demo")
    demo_tables = lazy_module("globalsell.cli.demo_tables")


class Commands(LazyGroup):
    """Each domain's commands are imported only when one of them runs (ADR 0070)."""

    lazy = {
        "catalog": Lazy(
            "globalsell.cli.catalog:app", "The master catalogue: list, show, import, export."
        ),
        "approvals": Lazy(
            "globalsell.cli.approvals:app", "Change requests: list, show, approve, reject, edit."
        ),
        "accounts": Lazy("globalsell.cli.accounts:app", "Sellers, users, roles and API tokens."),
        "price": Lazy(
            "globalsell.cli.pricing:app",
            "Prices per store: quote, policy, fx, competitors, propose.",
        ),
        "assistant": Lazy(
            "globalsell.cli.assistant:app",
            "The seller assistant: findings, proposals, questions.",
        ),
        "listings": Lazy(
            "globalsell.cli.listings:app", "Per-store listings: generate, export feeds, report."
        ),
        "customs": Lazy(
            "globalsell.cli.customs:app",
            "Customs: HS classification, declared-code checks, landed cost.",
        ),
        "forecast": Lazy(
            "globalsell.cli.forecasting:app", "Demand forecasts: run (default) or show the latest."
        ),
        "plan": Lazy(
            "globalsell.cli.planning:plan",
            "Plan one round from the latest forecast and the pool, and propose it for approval.",
        ),
        "inventory": Lazy(
            "globalsell.cli.inventory:app",
            "The global stock pool: locations, moves, transfers, reservations, promises.",
        ),
        "orders": Lazy("globalsell.cli.orders:app", "Orders: import reports, list, daily sales."),
        "shipments": Lazy(
            "globalsell.cli.logistics:app",
            "Shipments in flight: legs, milestones, tracking events, ETAs, exceptions.",
        ),
    }


app = typer.Typer(
    help="globalsell: list once, sell everywhere.",
    cls=Commands,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(ctx: typer.Context) -> None:
    """globalsell: list once, sell everywhere."""
    ctx.call_on_close(close_stores)


db_app = typer.Typer(help="The store: migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")
jobs_app = typer.Typer(help="Background jobs.", no_args_is_help=True)
app.add_typer(jobs_app, name="jobs")
markets_app = typer.Typer(help="Marketplace reference data.", no_args_is_help=True)
app.add_typer(markets_app, name="marketplaces")


@app.command()
def version() -> None:
    """Print the version."""
    console.print(__version__)


DEMO_HOUR_UTC = 10


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="SQLite file to (re)create.")] = Path(DEFAULT_DB_FILE),
    today: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"],
            help="The demo business's today (its year of sales ends the day before); default: "
            "GLOBALSELL_NOW, else the system clock. The same date builds the same business.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite a store that holds more than a demo.")
    ] = False,
) -> None:
    """Build the demo seller into a fresh SQLite file."""
    guard = builder.overwrite_refusal(db)
    if guard and not force:
        err_console.print(f"[bold red]error[/]: {guard}", highlight=False)
        raise typer.Exit(1)
    settings = Settings(database_url=sqlite_url(db))
    if today is not None:
        settings.now = datetime.combine(today.date(), time(DEMO_HOUR_UTC), tzinfo=UTC)
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True
    ) as progress:
        progress.add_task("migrating, importing the catalogue, proposing changes", total=None)
        rt = runtime(settings)
        report = builder.build_demo(rt)
        shown = listings_demo.build_listings_demo(rt, feed_dir=db.parent / f"{db.stem}-feeds")
        report.assistant = builder.build_assistant_demo(rt)
        builder.mark_built(rt)
    console.print(f"[bold green]demo built[/] in {db.resolve()}")
    pinned = rt.clock.now().isoformat()
    console.print(
        f"business date {pinned[:10]}; read commands give the same answers with "
        f"GLOBALSELL_NOW={pinned}",
        highlight=False,
    )
    console.print(
        f"seller {builder.SELLER_NAME}: imported {builder.CATALOGUE}: "
        f"{report.products} products, {report.variants} variants, "
        f"{report.attributes} attribute values (provenance: seller)"
    )
    console.print(
        f"{builder.MESSY} was rejected with {len(report.messy_errors)} errors and "
        "nothing was written:"
    )
    for error in report.messy_errors:
        console.print(f"  - {error}", highlight=False)
    console.print(
        f"priced the catalogue: {report.price_quotes} store quotes with breakdowns, "
        f"{len(report.price_skips)} skipped (no cost or no weight)"
    )
    console.print(
        f"listings: {shown.listings} generated for 13 stores, {shown.validated} passed every "
        f"rule, {shown.needs_translation} need translation; {shown.approved_skus} SKUs approved, "
        f"{shown.left_in_inbox} left in the inbox; DE feed ({shown.feed_messages} messages, "
        f"schema v2 checked): {shown.feed_file}"
    )
    table = Table("ID", "Proposal", "Status", title="approvals inbox")
    for change_id, title, status in report.proposals:
        table.add_row(str(change_id), title, status)
    console.print(table)
    findings = Table("#", "Severity", "Status", "Finding", title="assistant findings")
    for rank, severity, state, filed, reason in report.assistant:
        findings.add_row(str(rank), severity, state + (f" #{filed}" if filed else ""), reason)
    console.print(findings)
    demo_tables.print_customs(report.customs)
    if report.inventory is not None:
        inv = report.inventory
        console.print(
            f"global pool: {inv.locations} locations, {inv.skus} SKUs; {inv.days} days of "
            f"generated sales ({inv.orders} orders, {inv.units_sold} units sold, "
            f"{inv.units_lost} lost to {inv.stockout_days} SKU x FC stock-out days); "
            f"{inv.reserved_lines} open order lines reserve stock  (globalsell inventory pool)"
        )
    if report.planning is not None:
        pl = report.planning
        models = ", ".join(f"{name} x{n}" for name, n in pl.models.items())
        console.print(
            f"forecast run {pl.forecast_run}: {pl.series} SKU x store series ({models})  "
            "(globalsell forecast show)"
        )
        console.print(
            f"plan proposed as change {pl.change_id}: {pl.title}; expected cost "
            f"{pl.expected_cost} (transport {pl.transport_cost}, {pl.allocation}); service levels "
            f"{min(pl.service_level.values(), default=1):.0%}.."
            f"{max(pl.service_level.values(), default=1):.0%}  (web: /plan)",
            highlight=False,
        )
    demo_tables.print_shipments(report.shipments)
    env = "" if db == Path(DEFAULT_DB_FILE) else f"GLOBALSELL_DATABASE_URL={sqlite_url(db)} "
    console.print("Open the dashboard:")
    console.print(f"  {env}globalsell serve   then http://127.0.0.1:8000/", highlight=False)
    console.print(
        f"  log in as {builder.OWNER_EMAIL} (or {builder.OPERATOR_EMAIL}, "
        f"{builder.VIEWER_EMAIL}) with password {builder.DEMO_PASSWORD}",
        highlight=False,
    )
    console.print(f"  API: Authorization: Bearer {report.owner_token}", highlight=False)
    console.print("  API docs: http://127.0.0.1:8000/api/v1/docs", highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    migrate: Annotated[bool, typer.Option(help="Upgrade the schema first.")] = True,
    scheduler: Annotated[
        bool | None,
        typer.Option(
            "--scheduler/--no-scheduler",
            help="Run scheduled jobs in this process (default: on for SQLite; with PostgreSQL "
            "run `globalsell assistant worker` instead).",
        ),
    ] = None,
) -> None:
    """Serve the API (/api/v1) and the dashboard (/)."""
    import uvicorn

    from globalsell.api.app import create_app
    from globalsell.api.warmup import SERVER_WARMUP
    from globalsell.jobs.scheduler import Scheduler

    rt = runtime(migrate=migrate)
    if scheduler if scheduler is not None else rt.engine.dialect.name == "sqlite":
        Scheduler(rt).start()
    console.print(
        f"globalsell on http://{host}:{port}/ (store: "
        f"{rt.engine.url.render_as_string(hide_password=True)})"
    )
    app = create_app(rt, warm_up=SERVER_WARMUP)
    uvicorn.run(app, host=host, port=port, log_level="info")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every migration."""
    from globalsell import bootstrap

    rt = runtime(migrate=False)
    bootstrap.upgrade(rt.engine, secret_key=rt.settings.secret_key)
    console.print("schema is current")


@db_app.command("revision")
def db_revision(message: Annotated[str, typer.Option("-m", "--message")]) -> None:
    """Write a migration for model changes (developers)."""
    from globalsell import bootstrap

    rt = runtime(migrate=False)
    bootstrap.new_revision(rt.engine, message)


@jobs_app.command("list")
def jobs_list() -> None:
    """The jobs there are."""
    from globalsell.jobs import runner

    for name, job in sorted(runner.JOBS.items()):
        console.print(f"{name}: {(job.__doc__ or '').strip()}")


@jobs_app.command("run")
def jobs_run(name: str) -> None:
    """Run one job now."""
    from globalsell.jobs import runner

    print_json(runner.run(runtime(), name))


@jobs_app.command("runs")
def jobs_runs(limit: Annotated[int, typer.Option(min=1, max=1000)] = 20) -> None:
    """Recent scheduled job runs, failures included, newest first."""
    from globalsell.jobs import runner

    print_json(
        [
            {
                "job": r.job,
                "slot": r.slot,
                "status": r.status.value,
                "started_at": r.started_at.isoformat(),
                "finished_at": r.finished_at.isoformat() if r.finished_at else None,
                "result": r.result,
                "error": r.error,
            }
            for r in runner.job_runs(runtime(), limit=limit)
        ]
    )


@markets_app.command("list")
def markets_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Stores globalsell knows."""
    data = marketplaces()
    if as_json:
        print_json([{f: getattr(m, f) for f in m.__dataclass_fields__} for m in data.items])
        return
    table = Table(
        "Code",
        "Channel",
        "Marketplace id",
        "Currency",
        "Language",
        "Units",
        title=f"marketplaces {data.version}",
    )
    for m in data.items:
        table.add_row(
            m.code,
            m.channel,
            m.marketplace_id or "",
            m.currency,
            m.default_language_tag,
            m.unit_system,
        )
    console.print(table)


def main() -> None:
    try:
        app()
    except DomainError as exc:
        try:
            fail(exc)
        except typer.Exit as done:
            sys.exit(done.exit_code)


__all__ = ["app", "err_console", "get_settings", "main", "work"]
