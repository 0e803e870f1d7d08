"""`globalsell listings ...`"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from globalsell.ai.openai_compatible import OpenAICompatibleClient
from globalsell.ai.providers import from_env
from globalsell.cli.context import (
    SellerOption,
    console,
    err_console,
    local_actor,
    print_json,
    runtime,
    work,
)
from globalsell.config import Settings
from globalsell.core.clock import SystemClock
from globalsell.core.errors import ValidationFailed
from globalsell.core.marketplaces import marketplaces
from globalsell.demo import listings_eval
from globalsell.listings import exports, feed_exchange, quality, service, spapi, submission
from globalsell.listings.domain import STORES

app = typer.Typer(help="Per-store listings: generate, export feeds, report.", no_args_is_help=True)
FORMATS = ("amazon-json-feed", "shopify-csv", "ebay-inventory")


@app.command("generate")
def generate(
    all_products: Annotated[bool, typer.Option("--all", help="Every product.")] = False,
    sku: Annotated[
        list[str] | None, typer.Option("--sku", help="One product (repeatable).")
    ] = None,
    store: Annotated[list[str] | None, typer.Option("--store", help="Only these stores.")] = None,
    seller: str | None = SellerOption,
) -> None:
    """Generate and validate listings for every store; they arrive in the approvals inbox."""
    if not all_products and not sku:
        raise typer.BadParameter("give --all or --sku")
    stores = [marketplaces().get(s).code for s in store] if store else list(STORES)
    providers = from_env(os.environ)
    rt = runtime()
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        progress.add_task(f"generating listings for {len(stores)} stores", total=None)
        with work(rt) as session:
            actor = local_actor(session, seller)
            report = service.generate(
                session,
                actor=actor,
                registry=rt.registry,
                now=rt.clock.now(),
                skus=None if all_products else sku,
                stores=stores,
                translator=None if providers.offline else providers.translator,
                generator=providers.generator,
                writer=(
                    providers.generator
                    if isinstance(providers.generator, OpenAICompatibleClient)
                    else None
                ),
            )
    console.print(
        f"{report.skus} SKUs, {report.listings} listings: {report.validated} passed every rule, "
        f"{report.needs_translation} need translation, {report.kept_edits} seller edits kept; "
        f"{len(report.proposals)} change requests in the inbox"
    )
    if providers.generator is not None:
        console.print(
            f"LLM attribute completion: {report.llm_filled} attributes added, "
            f"{report.llm_failed} SKUs kept the rules' attributes only (provider errors)"
        )
        console.print(
            f"LLM content: {report.llm_generated} fields generated, {report.llm_repaired} "
            f"repaired, {report.llm_fell_back} fell back; {report.llm_content_failed} SKUs kept "
            f"the offline content (provider errors); tokens: {report.llm_prompt_tokens} prompt, "
            f"{report.llm_completion_tokens} completion"
        )


@app.command("export")
def export(
    store: Annotated[
        str, typer.Option("--store", help="Store code, 'all' (Amazon), 'shopify' or EBAY_xx.")
    ],
    out: Annotated[Path, typer.Option("--out", help="File (a folder with --store all).")],
    fmt: Annotated[
        str, typer.Option("--format", help="amazon-json-feed | shopify-csv | ebay-inventory")
    ] = "amazon-json-feed",
    merchant_id: Annotated[
        str | None,
        typer.Option(
            "--merchant-id",
            envvar="GLOBALSELL_AMAZON_MERCHANT_ID",
            help="Seller Central merchant token for the feed header.",
        ),
    ] = None,
    market: Annotated[
        list[str] | None,
        typer.Option(
            "--market",
            help="shopify-csv: a Shopify market and the Amazon store its price comes from, "
            "as NAME=STORE (repeatable; default: every Amazon store, named by country).",
        ),
    ] = None,
    content_store: Annotated[
        str, typer.Option("--content-store", help="shopify-csv: whose listing text to use.")
    ] = "US",
    ebay_settings: Annotated[
        Path | None,
        typer.Option(
            "--ebay-settings",
            envvar="GLOBALSELL_EBAY_SETTINGS",
            help="ebay-inventory: JSON with category_id and policy ids per eBay site.",
        ),
    ] = None,
    skip_unpriced: Annotated[
        bool,
        typer.Option(
            "--skip-unpriced", help="shopify-csv: leave out products with no price (listed)."
        ),
    ] = False,
    seller: str | None = SellerOption,
) -> None:
    """Write approved listings: JSON_LISTINGS_FEED documents (one per Amazon store), Shopify's
    product CSV, or eBay Inventory API requests."""
    if out.suffix:
        out.parent.mkdir(parents=True, exist_ok=True)
    if fmt not in FORMATS:
        raise typer.BadParameter(f"format must be one of {', '.join(FORMATS)}")
    if fmt == "shopify-csv":
        _export_shopify(store, out, market, content_store, seller, skip_unpriced=skip_unpriced)
        return
    if fmt == "ebay-inventory":
        _export_ebay(store, out, ebay_settings, seller)
        return
    codes = list(STORES) if store.lower() == "all" else [marketplaces().get(store).code]
    if any(marketplaces().get(code).channel != "amazon" for code in codes):
        raise typer.BadParameter(f"{store} is not an Amazon store: amazon-json-feed is for Amazon")
    if store.lower() == "all":
        out.mkdir(parents=True, exist_ok=True)
    rt = runtime()
    written: list[tuple[str, Path, int]] = []
    with work(rt) as session:
        actor = local_actor(session, seller)
        merchant = merchant_id or f"SELLER-{actor.seller_id}"
        for code in codes:
            documents = feed_exchange.export_feed(
                session, actor=actor, store=code, merchant_id=merchant, now=rt.clock.now()
            )
            if not documents:
                continue
            base = out / f"{code}.json" if store.lower() == "all" else out
            for number, document in enumerate(documents, start=1):
                path = base if number == 1 else base.with_name(f"{base.stem}.{number}{base.suffix}")
                path.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
                written.append((code, path, len(document["messages"])))
    for code, path, count in written:
        console.print(f"{code}: {count} messages -> {path}")
    if not written:
        console.print("no approved listings to export")


def _export_shopify(
    store: str,
    out: Path,
    market: list[str] | None,
    content_store: str,
    seller: str | None,
    *,
    skip_unpriced: bool = False,
) -> None:
    if marketplaces().get(store).channel != "shopify":
        raise typer.BadParameter("shopify-csv is written for --store shopify")
    markets: dict[str, str] | None = None
    if market:
        markets = {}
        for item in market:
            name, sep, code = item.partition("=")
            if not sep or not name.strip() or not code.strip():
                raise typer.BadParameter(f"--market {item!r}: write NAME=STORE, e.g. Germany=DE")
            markets[name.strip()] = marketplaces().get(code.strip()).code
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        text, report = exports.export_shopify(
            session,
            actor=actor,
            now=rt.clock.now(),
            content_store=content_store,
            markets=markets,
            skip_unpriced=skip_unpriced,
        )
    if report.products == 0:
        console.print("no approved listings to export")
        return
    out.write_text(text, "utf-8")
    for sku, warnings in report.warnings.items():
        for warning in warnings:
            err_console.print(f"{sku}: {warning}", highlight=False)
    console.print(f"shopify: {report.products} products, {report.rows} variant rows -> {out}")


def _export_ebay(store: str, out: Path, settings_file: Path | None, seller: str | None) -> None:
    site = marketplaces().get(store)
    if site.channel != "ebay":
        raise typer.BadParameter("ebay-inventory is written for an eBay site, e.g. --store EBAY_DE")
    if settings_file is None:
        raise typer.BadParameter("give --ebay-settings FILE (category_id and policy ids per site)")
    try:
        settings = json.loads(settings_file.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise typer.BadParameter(f"{settings_file}: {exc}") from exc
    if not isinstance(settings, dict):
        raise typer.BadParameter(f"{settings_file}: a JSON object keyed by eBay site is expected")
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        document, report = exports.export_ebay(
            session, actor=actor, site=site.code, settings=settings, now=rt.clock.now()
        )
    if report.products == 0:
        console.print("no approved listings to export")
        return
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
    for sku, warnings in report.warnings.items():
        for warning in warnings:
            err_console.print(f"{sku}: {warning}", highlight=False)
    console.print(f"{site.code}: {report.products} SKUs, {report.rows} requests -> {out}")


@app.command("feed-report")
def feed_report(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    store: Annotated[str, typer.Option("--store")],
    seller: str | None = SellerOption,
) -> None:
    """Put Amazon's processing report for a feed back onto the listings."""
    try:
        report = json.loads(file.read_text("utf-8"))
    except ValueError as exc:
        raise typer.BadParameter(f"{file} is not JSON: {exc}") from exc
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        if not isinstance(report, dict):
            raise ValidationFailed("a processing report is a JSON object", field="report")
        result = feed_exchange.apply_processing_report(
            session, actor=actor, store=store, report=report, now=rt.clock.now()
        )
    print_json(result)


@app.command("report")
def report(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Fill rate, acceptance and first-try validity per store and per field."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        data = quality.quality_report(session, actor=actor)
    if as_json:
        print_json(data)
        return
    table = Table(
        "Store",
        "Listings",
        "Fill rate",
        "First-try valid",
        "Unchanged",
        "Edited",
        "Rejected",
        "Drafts (after approval)",
        "Needs translation",
        title="listings quality",
    )
    for code, s in data["stores"].items():
        a = s["acceptance"]
        table.add_row(
            code,
            str(s["listings"]),
            _pct(s["fill_rate"]),
            _pct(s["first_try_validity"]),
            str(a["approved_unchanged"]),
            str(a["approved_edited"]),
            str(a["rejected"]),
            f"{s['drafts']} ({s['drafts_after_approval']})",
            str(s["needs_translation"]),
        )
    console.print(table)
    fields = Table("Field", "Fill rate", "First-try valid", "Accepted unchanged")
    for name, f in data["fields"].items():
        fields.add_row(
            name,
            _pct(f["fill_rate"]),
            _pct(f["first_try_validity"]),
            _pct(f["acceptance_unchanged"]),
        )
    console.print(fields)


@app.command("submit")
def submit(
    store: Annotated[str, typer.Option("--store", help="Amazon store code (DE, US, ...).")],
    sku: Annotated[
        list[str] | None, typer.Option("--sku", help="Only these SKUs (repeatable).")
    ] = None,
    preview_only: Annotated[
        bool, typer.Option("--preview-only", help="Only ask Amazon to validate (no submit).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Send approved listings through the Listings Items API: VALIDATION_PREVIEW first, then
    submit and read status and issues back (GLOBALSELL_AMAZON_* settings)."""
    settings = Settings()
    rt = runtime(settings)
    code = marketplaces().get(store).code
    with work(rt) as session:
        actor = local_actor(session, seller)
        with (
            spapi.connect(settings, code, clock=rt.clock) as api,
            Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TimeElapsedColumn(),
                console=err_console,
                transient=True,
            ) as progress,
        ):
            progress.add_task(f"submitting {code} listings to Amazon", total=None)
            result = submission.submit(
                session,
                actor=actor,
                store=code,
                api=api,
                now=rt.clock.now(),
                skus=sku,
                preview_only=preview_only,
            )
    data = result.as_json()
    if as_json:
        print_json(data)
    else:
        table = Table("Outcome", "SKUs", title=f"SP-API {code}")
        for name in ("previewed", "submitted", "unchanged", "live", "rejected"):
            table.add_row(name, ", ".join(data[name]) or "-")
        table.add_row("invalid", ", ".join(data["invalid"]) or "-")
        console.print(table)
        for name, issues in data["invalid"].items():
            for issue in issues:
                console.print(f"{name}: {issue['severity']}: {issue['field']}: {issue['message']}")
    if result.stopped:
        err_console.print(f"[bold red]stopped[/]: {result.stopped}", highlight=False)
        raise typer.Exit(1)


@app.command("status")
def status(
    store: Annotated[str, typer.Option("--store", help="Amazon store code (DE, US, ...).")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Read status and issues of submitted listings back from Amazon (getListingsItem)."""
    settings = Settings()
    rt = runtime(settings)
    code = marketplaces().get(store).code
    with work(rt) as session:
        actor = local_actor(session, seller)
        with spapi.connect(settings, code, clock=rt.clock) as api:
            result = submission.refresh_status(
                session, actor=actor, store=code, api=api, now=rt.clock.now()
            )
    data = result.as_json()
    if as_json:
        print_json({k: data[k] for k in ("store", "live", "rejected", "stopped")})
    else:
        console.print(
            f"{code}: live {', '.join(data['live']) or '-'}; "
            f"rejected {', '.join(data['rejected']) or '-'}"
        )
    if result.stopped:
        err_console.print(f"[bold red]stopped[/]: {result.stopped}", highlight=False)
        raise typer.Exit(1)


@app.command("list")
def list_listings(
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    store: Annotated[str | None, typer.Option("--store", help="Only this store.")] = None,
    seller: str | None = SellerOption,
) -> None:
    """Every listing: sku, store, status, product type, title, bullets and issues (an issue of
    severity `error` blocks publishing; a listing without a type has product_type PRODUCT)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        rows = [
            service.listing_summary(r)
            for r in service.list_listings(session, actor=actor, store=store)
        ]
    if as_json:
        print_json(rows)
        return
    table = Table(
        "SKU", "Store", "Status", "Type", "Title", "Blocking", title=f"{len(rows)} listings"
    )
    for r in rows:
        blocking = sum(i["severity"] == "error" for i in r["issues"])
        table.add_row(
            r["sku"], r["store"], r["status"], r["product_type"], r["title"], str(blocking)
        )
    console.print(table)


@app.command("show")
def show(
    sku: str,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """One SKU's listings in every store, with status and issues."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        rows: list[dict[str, Any]] = [
            {
                "store": r.marketplace,
                "status": r.status.value,
                "content": r.content,
                "issues": r.issues,
                "edited_fields": r.edited_fields,
            }
            for r in service.list_listings(session, actor=actor, sku=sku)
        ]
    if as_json:
        print_json(rows)
        return
    table = Table("Store", "Status", "Title", "Issues", title=sku)
    for r in rows:
        issues = "; ".join(f"{i['severity']}: {i['message']}" for i in r["issues"])
        table.add_row(r["store"], r["status"], str(r["content"].get("item_name", "")), issues)
    console.print(table)


@app.command("eval")
def eval_catalogue(
    catalogue: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON object.")] = False,
    sample: Annotated[int, typer.Option(min=0, max=200, help="Titles to show.")] = 20,
) -> None:
    """Import CATALOGUE into a scratch store, generate every store, and measure the result
    (typed share, titles per store, spam left, blocking issues, attribute fill, a sample)."""
    result = listings_eval.run(catalogue, clock=SystemClock(), sample_size=sample).as_json()
    if as_json:
        print_json(result)
        return
    console.print(
        f"{result['skus']} SKUs, {result['listings']} listings in "
        f"{result['generation_seconds']} s: typed {_pct(result['typed_share'])}, abstained "
        f"{_pct(result['abstained_share'])}, no blocking issue "
        f"{_pct(result['no_blocking_share'])}, titles with spam {result['spam_titles']}"
    )
    table = Table("Store", "Titles present")
    for store, share in result["titles_present"].items():
        table.add_row(store, _pct(share))
    console.print(table)
    for row in result["sample"]:
        console.print(f"[bold]{row['sku']}[/] {row['product_type']}", highlight=False)
        for store in ("US", "DE", "JP"):
            console.print(f"  {store}: {row[store]}", highlight=False, markup=False)


@app.command("keep-term")
def keep_term(term: str, seller: str | None = SellerOption) -> None:
    """Add a do-not-translate term (brand, model number)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        service.add_do_not_translate(session, actor=actor, term=term, now=rt.clock.now())
    console.print(f"kept verbatim from now on: {term}")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"
