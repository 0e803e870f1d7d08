"""`globalsell`: the command line. Each command is one unit of work against the store named by
GLOBALSELL_DATABASE_URL (a SQLite file in the working directory by default)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from globalsell import __version__, bootstrap
from globalsell.api.app import create_app
from globalsell.cli import accounts, approvals, assistant, catalog, customs, listings, pricing
from globalsell.cli import forecasting as forecasting_cli
from globalsell.cli import inventory as inventory_cli
from globalsell.cli import logistics as logistics_cli
from globalsell.cli import orders as orders_cli
from globalsell.cli import planning as planning_cli
from globalsell.cli.context import console, err_console, fail, print_json, runtime, work
from globalsell.config import DEFAULT_DB_FILE, Settings, get_settings, sqlite_url
from globalsell.core.errors import DomainError
from globalsell.core.marketplaces import marketplaces
from globalsell.demo import builder
from globalsell.demo.shipments import ShipmentsDemo
from globalsell.jobs import runner
from globalsell.jobs.scheduler import Scheduler

app = typer.Typer(
    help="globalsell: list once, sell everywhere.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(catalog.app, name="catalog")
app.add_typer(approvals.app, name="approvals")
app.add_typer(accounts.app, name="accounts")
app.add_typer(pricing.app, name="price")
app.add_typer(assistant.app, name="assistant")
app.add_typer(listings.app, name="listings")
app.add_typer(customs.app, name="customs")
app.add_typer(forecasting_cli.app, name="forecast")
app.command("plan")(planning_cli.plan)
app.add_typer(inventory_cli.app, name="inventory")
app.add_typer(orders_cli.app, name="orders")
app.add_typer(logistics_cli.app, name="shipments")
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


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="SQLite file to (re)create.")] = Path(DEFAULT_DB_FILE),
) -> None:
    """Build the demo seller into a fresh SQLite file."""
    if db.exists():
        db.unlink()
    settings = Settings(database_url=sqlite_url(db))
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True
    ) as progress:
        progress.add_task("migrating, importing the catalogue, proposing changes", total=None)
        rt = runtime(settings)
        report = builder.build_demo(rt)
        shown = builder.build_listings_demo(rt, feed_dir=db.parent / f"{db.stem}-feeds")
        report.assistant = builder.build_assistant_demo(rt)
    # Close the store's connections: SQLite folds its write-ahead log back into the file, so
    # the file alone (copied, say) holds every commit.
    rt.engine.dispose()
    console.print(f"[bold green]demo built[/] in {db.resolve()}")
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
    _print_customs_demo(report.customs)
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
    _print_shipments_demo(report.shipments)
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


def _print_shipments_demo(demo: ShipmentsDemo | None) -> None:
    if demo is None:
        return
    events = ", ".join(f"{n} {k}" for k, n in demo.events.items())
    console.print(
        f"logistics: {demo.transits} past transits as lane history; {len(demo.shipments)} "
        f"shipments, {demo.in_transit_units} units in transit; tracking events: {events}  "
        "(globalsell shipments list)",
        highlight=False,
    )
    table = Table("Shipment", "Modes", "Status", "Predicted arrival", title="shipments")
    for code, modes, status, eta in demo.shipments:
        table.add_row(code, modes, status, eta)
    console.print(table)
    for code, kind, message in demo.exceptions:
        console.print(f"  ! {code} {kind}: {message}", highlight=False)


def _print_customs_demo(demo: builder.CustomsDemo | None) -> None:
    if demo is None:
        return
    console.print(
        f"customs: classified {demo.classified} products ({demo.abstained} need an answer "
        f"from the seller); {len(demo.flagged)} declared codes flagged, corrections proposed:"
    )
    for sku, declared, code, why in demo.flagged[:10]:
        console.print(f"  - {sku}: {declared} -> {code} ({why})", highlight=False)
    table = Table(
        "Dest.",
        "Cur.",
        "Customs value",
        "Duty",
        "VAT/GST",
        "Total",
        title=(
            f"landed cost of {demo.quote_sku}, 3000 CNY + 630 CNY freight/insurance "
            "(demo FX and broker rates)"
        ),
    )
    for q in demo.quotes:
        amounts = {line.label: line.amount for line in q.lines}
        tax = next(
            (
                line.amount
                for line in q.lines
                if "VAT" in line.label or "GST" in line.label or "tax" in line.label
            ),
            None,
        )
        table.add_row(
            q.destination,
            q.currency,
            amounts.get("customs value") or "",
            amounts.get("duty") or "unknown",
            tax or "",
            q.total or "incomplete",
        )
    console.print(table)


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
    rt = runtime(migrate=migrate)
    if scheduler if scheduler is not None else rt.engine.dialect.name == "sqlite":
        Scheduler(rt).start()
    console.print(
        f"globalsell on http://{host}:{port}/ (store: "
        f"{rt.engine.url.render_as_string(hide_password=True)})"
    )
    uvicorn.run(create_app(rt), host=host, port=port, log_level="info")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every migration."""
    rt = runtime(migrate=False)
    bootstrap.upgrade(rt.engine)
    console.print("schema is current")


@db_app.command("revision")
def db_revision(message: Annotated[str, typer.Option("-m", "--message")]) -> None:
    """Write a migration for model changes (developers)."""
    rt = runtime(migrate=False)
    bootstrap.new_revision(rt.engine, message)


@jobs_app.command("list")
def jobs_list() -> None:
    """The jobs there are."""
    for name, job in sorted(runner.JOBS.items()):
        console.print(f"{name}: {(job.__doc__ or '').strip()}")


@jobs_app.command("run")
def jobs_run(name: str) -> None:
    """Run one job now."""
    print_json(runner.run(runtime(), name))


@jobs_app.command("runs")
def jobs_runs(limit: Annotated[int, typer.Option(min=1, max=1000)] = 20) -> None:
    """Recent scheduled job runs, failures included, newest first."""
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
