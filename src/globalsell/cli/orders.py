"""`globalsell orders ...`"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from globalsell.cli import display
from globalsell.cli.context import (
    SellerOption,
    console,
    import_table,
    local_actor,
    print_json,
    runtime,
    work,
)
from globalsell.orders import service
from globalsell.orders.domain import OrderStatus

app = typer.Typer(help="Orders: import reports, list, daily sales.", no_args_is_help=True)


@app.command("import")
def import_file(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check only; write nothing.")] = False,
    encoding: Annotated[str | None, typer.Option(help="utf-8 or gb18030")] = None,
    seller: str | None = SellerOption,
) -> None:
    """Import a Seller Central order report (tab-separated flat file) or CSV: all or nothing,
    orders already imported are matched by order id; open orders reserve stock."""
    name = file.name if file.suffix.lower() in (".txt", ".tsv", ".csv") else f"{file.name}.txt"
    report = import_table(
        file,
        filename=name,
        encoding=encoding,
        seller=seller,
        run=lambda session, actor, table, now: service.import_orders(
            session,
            actor=actor,
            table_headers=table.headers,
            table_rows=table.rows,
            filename=file.name,
            dry_run=dry_run,
            now=now,
        ),
    )
    verb = "checked (dry run, nothing written)" if dry_run else "imported"
    console.print(
        f"{file.name}: {report.rows} rows {verb}; orders +{report.orders_created} "
        f"~{report.orders_updated} ={report.orders_unchanged}; lines +{report.lines_created}, "
        f"reserved {report.lines_reserved}, unreserved {report.lines_unreserved}"
    )
    for warning in report.warnings:
        console.print(f"[yellow]warning[/]: {warning}")


@app.command("list")
def list_orders(
    status: Annotated[OrderStatus | None, typer.Option()] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    seller: str | None = SellerOption,
) -> None:
    """Orders, newest first."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        shown = display.for_seller(session, actor)
        rows = [
            (
                o.order_id,
                o.marketplace,
                display.label(o.status.value, "order"),
                display.when(o.purchased_at, shown),
                ", ".join(f"{li.quantity} x {li.sku}" for li in o.lines),
            )
            for o in service.list_orders(session, actor=actor, status=status, limit=limit)
        ]
    table = Table(
        "Order", "Store", "Status", f"Purchased ({display.zone(shown)})", "Lines", title="orders"
    )
    for row in rows:
        table.add_row(*row)
    console.print(table)


@app.command("status")
def set_status(
    order_id: str,
    status: OrderStatus,
    seller: str | None = SellerOption,
) -> None:
    """Move an order on: shipped fulfils its reservations, cancelled releases them."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        service.set_status(
            session, actor=actor, order_id=order_id, status=status, now=rt.clock.now()
        )
    console.print(f"order {order_id} is {status.value}")


@app.command("sales")
def sales(
    start: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    end: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    sku: Annotated[list[str] | None, typer.Option("--sku")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Units sold per SKU x store x UTC day (cancelled excluded)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        rows = service.daily_sales(
            session,
            seller_id=actor.seller_id,
            skus=sku,
            start=date.fromisoformat(start),
            end=date.fromisoformat(end),
        )
    if as_json:
        print_json(
            [
                {"sku": r.sku, "store": r.marketplace, "day": r.day.isoformat(), "units": r.units}
                for r in rows
            ]
        )
        return
    table = Table("SKU", "Store", "Day", "Units", title="daily sales")
    for r in rows:
        table.add_row(r.sku, r.marketplace, r.day.isoformat(), str(r.units))
    console.print(table)
