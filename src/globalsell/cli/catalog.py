"""`globalsell catalog ...`"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from globalsell.catalog import service
from globalsell.catalog.schemas import ProductRead
from globalsell.cli.context import (
    SellerOption,
    console,
    import_table,
    local_actor,
    print_json,
    runtime,
    work,
)

app = typer.Typer(help="The master catalogue: list, show, import, export.", no_args_is_help=True)


@app.command("list")
def list_products(
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    search: Annotated[str | None, typer.Option("--search", "-q")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 10_000,
    seller: str | None = SellerOption,
) -> None:
    """List products (sku, title, source language...)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        products = service.list_products(session, actor=actor, search=search, limit=limit)
    if as_json:
        print_json([p.model_dump(mode="json") for p in products])
        return
    table = Table("SKU", "Title", "Brand", "Lang", "Variants", title=f"{len(products)} products")
    for p in products:
        table.add_row(p.sku, p.title, p.brand or "", p.source_language, str(p.variant_count))
    console.print(table)


@app.command("show")
def show(
    sku: str,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """One product with variants and attribute values (and their provenance)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        product = ProductRead.model_validate(service.get_product(session, actor=actor, sku=sku))
    if as_json:
        print_json(product.model_dump(mode="json"))
        return
    console.print(f"[bold]{product.sku}[/]  {product.title}  ({product.source_language})")
    table = Table("Attribute", "Value", "Unit", "Lang", "Provenance", "Accepted")
    for a in product.attributes:
        table.add_row(
            a.name,
            str(a.value),
            a.unit or "",
            a.language or "",
            a.provenance.value,
            "" if a.accepted is None else str(a.accepted),
        )
    console.print(table)
    for v in product.variants:
        console.print(f"  variant {v.sku}: {v.theme_values}")


@app.command("import")
def import_file(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check only; write nothing.")] = False,
    encoding: Annotated[str | None, typer.Option(help="CSV encoding: utf-8 or gb18030.")] = None,
    valid_rows: Annotated[
        bool,
        typer.Option("--valid-rows", help="Import the valid rows and report the others."),
    ] = False,
    seller: str | None = SellerOption,
) -> None:
    """Import an XLSX/CSV master catalogue (or an AliExpress export, a Seller Central flat
    file, a Shopify product CSV), all or nothing unless --valid-rows."""
    from globalsell.catalog import spreadsheets  # openpyxl: only when a file is read (ADR 0070)

    report = import_table(
        file,
        filename=file.name,
        encoding=encoding,
        seller=seller,
        run=lambda session, actor, table, now: spreadsheets.import_catalog(
            session,
            actor=actor,
            table_headers=table.headers,
            table_rows=table.rows,
            filename=file.name,
            dry_run=dry_run,
            now=now,
            valid_rows=valid_rows,
        ),
    )
    verb = "checked (dry run, nothing written)" if dry_run else "imported"
    console.print(
        f"{file.name}: {report.rows} rows {verb}; products +{report.products_created} "
        f"~{report.products_updated}, variants +{report.variants_created} "
        f"~{report.variants_updated}, {report.attributes_written} attribute values"
    )
    if report.platform != "globalsell":
        console.print(f"read as a {report.platform} export")
    for warning in report.warnings:
        console.print(f"[yellow]warning[/]: {escape(warning)}", highlight=False)
    if report.skipped:
        console.print(f"[red]{len(report.skipped)} problem(s); those rows were not imported:[/]")
        for problem in report.skipped:
            console.print(f"  - {escape(problem)}", highlight=False)


@app.command("export")
def export_file(
    file: Annotated[Path, typer.Argument(dir_okay=False, help="Target .xlsx or .csv")],
    headers: Annotated[str, typer.Option(help="Header language: zh or en.")] = "zh",
    seller: str | None = SellerOption,
) -> None:
    """Export the catalogue in the import layout."""
    from globalsell.catalog import spreadsheets, tabular  # openpyxl: only when written (ADR 0070)

    fmt = tabular.format_for(file.name)
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        names, rows = spreadsheets.export_rows(session, actor=actor, headers=headers)
    data = (
        tabular.write_csv(names, rows)
        if fmt is tabular.FileFormat.CSV
        else tabular.write_xlsx(names, rows, sheet_name="产品信息")
    )
    file.write_bytes(data)
    console.print(f"wrote {len(rows)} rows to {file}")
