"""`globalsell price ...`: quotes with breakdowns, policies, FX, competitor prices, proposals."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from globalsell.cli import display
from globalsell.cli.context import (
    SellerOption,
    console,
    err_console,
    local_actor,
    print_json,
    runtime,
    work,
)
from globalsell.core import formatting
from globalsell.core.errors import ValidationFailed
from globalsell.pricing import changes, competitors, policies, service
from globalsell.pricing.domain import PriceType
from globalsell.pricing.fx import BundledEcb, CsvFile, HttpCsv, RateProvider

ENGLISH = formatting.Display()  # money needs no zone; the seller's locale on the command line
app = typer.Typer(
    help="Prices per store: quote, policy, fx, competitors, propose.", no_args_is_help=True
)


def _decimal(value: str | None, name: str) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value)
    except ArithmeticError as exc:
        raise ValidationFailed(f"{name} must be a number", field=name) from exc


def _print_breakdown(data: dict[str, Any]) -> None:
    def m(v: dict[str, str]) -> str:
        return display.money(v["amount"], v["currency"], ENGLISH)

    landed = data["landed_cost"]
    unknown = landed.get("unknown") or []
    incomplete = " (incomplete)" if unknown else ""
    table = Table("Line", "Amount", title=f"{data['store']}: {data['display']}{incomplete}")
    table.add_row("price", m(data["price"]) + incomplete)
    table.add_row("VAT in price", m(data["vat"]))
    table.add_row("net revenue", m(data["net_revenue"]))
    for name, value in data["fees"].items():
        table.add_row(f"fee: {name}", m(value))
    for name, value in landed.items():
        if name in unknown:
            table.add_row(f"landed: {name}", "unknown")
        elif isinstance(value, dict):
            shown = m(value) + (incomplete if name == "total" else "")
            table.add_row(f"landed: {name}", shown)
    rate = formatting.percent(Decimal(str(data["margin_rate"])), ENGLISH)
    table.add_row("margin", f"{m(data['margin'])} ({rate}{', incomplete' if unknown else ''})")
    console.print(table)
    if unknown:
        console.print(incomplete_note(data["store"], unknown), highlight=False)
    console.print(f"fx: {data['fx']} | fulfilment: {data['fulfilment_source']}", highlight=False)


POLICY_OPTION = {"freight": "--freight-per-unit", "duty": "--duty-rate"}


def incomplete_note(store: str, unknown: list[str]) -> str:
    """What an incomplete quote lacks and where the seller gives it."""
    one = len(unknown) == 1
    options = " ".join(f"{POLICY_OPTION.get(n, n)} ..." for n in unknown)
    return (
        f"incomplete: {' and '.join(unknown)} {'is' if one else 'are'} unknown, so the landed "
        f"cost is too low and the margin too high by {'it' if one else 'them'}; give "
        f"{'it' if one else 'them'} with: globalsell price policy {store} {options}"
    )


@app.command("quote")
def quote(
    sku: str,
    store: Annotated[str, typer.Option("--store", help="Amazon store code: US, DE, JP...")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the breakdown as JSON.")] = False,
    margin: Annotated[str | None, typer.Option(help="Target margin, 0.25 = 25 %.")] = None,
    price: Annotated[str | None, typer.Option(help="Quote at this price instead.")] = None,
    duty_rate: Annotated[
        str | None, typer.Option(help="Duty as a fraction of cost+freight.")
    ] = None,
    save: Annotated[bool, typer.Option(help="Keep the quote.")] = False,
    seller: str | None = SellerOption,
) -> None:
    """A price for one SKU in one store with its full breakdown."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        now = rt.clock.now()
        quoted = service.quote(
            session,
            sku=sku,
            store=store,
            actor=actor,
            now=now,
            target_margin=_decimal(margin, "margin"),
            target_price=_decimal(price, "price"),
            duty_rate=_decimal(duty_rate, "duty_rate"),
        )
        if save:
            service.save_quote(session, quoted=quoted, sku=sku, actor=actor, now=now)
        data = {"sku": sku, **quoted.breakdown()}
    if as_json:
        print_json(data)
        return
    _print_breakdown(data)


@app.command("catalogue")
def catalogue(
    stores: Annotated[
        str | None, typer.Option(help="Comma list; default: every priced store.")
    ] = None,
    seller: str | None = SellerOption,
) -> None:
    """Quote every product in every store and keep the quotes (skips are listed with reasons)."""
    rt = runtime()
    codes = stores.split(",") if stores else None
    with (
        work(rt) as session,
        Progress(
            TextColumn("pricing"), BarColumn(), TimeElapsedColumn(), console=console
        ) as progress,
    ):
        actor = local_actor(session, seller)
        task = progress.add_task("pricing", total=None)

        def step(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        report = service.quote_catalogue(
            session, actor=actor, now=rt.clock.now(), stores=codes, on_progress=step
        )
    console.print(f"{report.quoted} quotes saved, {len(report.skipped)} skipped")
    for line in report.skipped[:20]:
        console.print(f"  - {line}", highlight=False)


@app.command("policy")
def policy(
    store: Annotated[str, typer.Argument(help="Store code, or * for the default.")],
    target_margin: Annotated[str | None, typer.Option()] = None,
    margin_floor: Annotated[str | None, typer.Option()] = None,
    max_change_24h: Annotated[str | None, typer.Option()] = None,
    fulfilment_fee: Annotated[str | None, typer.Option(help="Your own per-unit fee.")] = None,
    referral_rate: Annotated[
        str | None, typer.Option(help="Fallback rate, seller-supplied.")
    ] = None,
    freight_per_unit: Annotated[
        str | None, typer.Option(help="Your freight to this store per unit (0 if none).")
    ] = None,
    freight_currency: Annotated[
        str | None, typer.Option(help="Its currency (default: the unit cost's).")
    ] = None,
    duty_rate: Annotated[
        str | None, typer.Option(help="Import duty as a fraction of cost+freight.")
    ] = None,
    seller: str | None = SellerOption,
) -> None:
    """Set the pricing policy of one store (only the options given)."""
    changes = {
        k: v
        for k, v in {
            "target_margin": target_margin,
            "margin_floor": margin_floor,
            "max_change_24h": max_change_24h,
            "fulfilment_fee": fulfilment_fee,
            "referral_rate": referral_rate,
            "freight_per_unit": freight_per_unit,
            "freight_currency": freight_currency,
            "duty_rate": duty_rate,
        }.items()
        if v is not None
    }
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        policies.set_policy(session, store=store, changes=changes, actor=actor, now=rt.clock.now())
    console.print(f"policy {store}: {', '.join(sorted(changes)) or 'unchanged'}")


@app.command("fx-import")
def fx_import(
    source: Annotated[str, typer.Argument(help="bundled, a CSV file, or an http(s) URL.")],
    seller: str | None = SellerOption,
) -> None:
    """Import exchange rates (ECB CSV layout or base,quote,rate,as_of)."""
    rt = runtime()
    with work(rt) as session, httpx.Client() as client:
        provider: RateProvider
        if source == "bundled":
            provider = BundledEcb()
        elif source.startswith(("http://", "https://")):
            provider = HttpCsv(source, client)
        else:
            provider = CsvFile(Path(source))
        actor = local_actor(session, seller)
        count = service.import_rates(session, provider=provider, actor=actor, now=rt.clock.now())
    console.print(f"{count} rates imported from {provider.name}")


@app.command("competitors")
def import_competitors(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    seller: str | None = SellerOption,
) -> None:
    """Import competitor prices (sku,store,competitor,price,currency,observed_at), all or none."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        count = competitors.import_competitor_prices(
            session, data=file.read_bytes(), actor=actor, now=rt.clock.now()
        )
    console.print(f"{count} competitor prices imported")


@app.command("propose")
def propose(
    sku: Annotated[str | None, typer.Argument(help="The SKU; or --all.")] = None,
    store: Annotated[str, typer.Option("--store")] = "",
    every: Annotated[
        bool, typer.Option("--all", help="Every product at the store's target-margin price.")
    ] = False,
    price: Annotated[str | None, typer.Option(help="Default: the target-margin price.")] = None,
    sale_from: Annotated[datetime | None, typer.Option(help="Event deal start (UTC).")] = None,
    sale_to: Annotated[datetime | None, typer.Option(help="Event deal end (UTC).")] = None,
    reason: Annotated[str, typer.Option()] = "",
    seller: str | None = SellerOption,
) -> None:
    """Propose a price or an event deal (--sale-from/--sale-to): a change request."""
    if not store:
        raise ValidationFailed("give the store with --store", field="store")
    if every == (sku is not None):
        raise ValidationFailed("give one SKU or --all", field="sku")
    rt = runtime()
    if sku is None:
        with work(rt) as session:
            actor = local_actor(session, seller)
            proposed, skipped = changes.propose_catalogue_prices(
                session, registry=rt.registry, store=store, actor=actor, now=rt.clock.now()
            )
            lines = [f"change {c.id}: {c.status} ({c.title})" for c in proposed]
        for line in lines:
            console.print(line, highlight=False)
        for why in skipped:
            err_console.print(f"skipped {why}", highlight=False)
        console.print(f"{len(lines)} prices proposed in {store}, {len(skipped)} skipped")
        return
    with work(rt) as session:
        actor = local_actor(session, seller)
        sale = sale_from is not None or sale_to is not None
        change = changes.propose_price(
            session,
            registry=rt.registry,
            sku=sku,
            store=store,
            actor=actor,
            now=rt.clock.now(),
            price=_decimal(price, "price"),
            price_type=PriceType.SALE if sale else PriceType.REGULAR,
            starts_at=_utc(sale_from),
            ends_at=_utc(sale_to),
            reason=reason,
        )
        line = f"change {change.id}: {change.status} ({change.title})"
    console.print(line, highlight=False)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
