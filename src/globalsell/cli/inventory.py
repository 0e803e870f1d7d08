"""`globalsell inventory ...`"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from globalsell.cli import display
from globalsell.cli.context import (
    SellerOption,
    console,
    local_actor,
    narrow_table,
    print_json,
    runtime,
    work,
)
from globalsell.inventory import pool as stock_pool
from globalsell.inventory import service
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason

app = typer.Typer(
    help="The global stock pool: locations, moves, transfers, reservations, promises.",
    no_args_is_help=True,
)
SkuOption = typer.Option("--sku", help="Only these SKUs (repeat the option).")


@app.command("locations")
def locations(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """List locations (hubs, warehouses, in transit, fulfilment centres)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        rows = [
            (loc.code, loc.name, loc.kind.value, loc.country, loc.marketplace, loc.same_day)
            for loc in service.list_locations(session, actor=actor)
        ]
    if as_json:
        keys = ("code", "name", "kind", "country", "marketplace", "same_day")
        print_json([dict(zip(keys, row, strict=True)) for row in rows])
        return
    table = Table("Code", "Name", "Kind", "Country", "Store", "Same day", title="locations")
    for code, name, kind, country, store, same_day in rows:
        table.add_row(code, name, kind, country, store or "", "yes" if same_day else "")
    console.print(table)


@app.command("add-location")
def add_location(
    code: str,
    kind: Annotated[LocationKind, typer.Option(help="origin_hub, warehouse, fc or in_transit")],
    country: Annotated[str, typer.Option(help="ISO 3166 alpha-2, e.g. CN, DE, GB")],
    name: Annotated[str | None, typer.Option()] = None,
    store: Annotated[str | None, typer.Option(help="Store an FC serves, e.g. DE")] = None,
    same_day: Annotated[bool, typer.Option("--same-day")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Add a location."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        service.create_location(
            session,
            actor=actor,
            code=code,
            name=name or code,
            kind=kind,
            country=country,
            marketplace=store,
            same_day=same_day,
            now=rt.clock.now(),
        )
    console.print(f"added {kind.value} {code} ({country})")


@app.command("move")
def move(
    sku: str,
    location: str,
    quantity: Annotated[int, typer.Argument(help="Signed: negative takes stock out.")],
    reason: Annotated[MoveReason, typer.Option(help="received, sold, damaged, counted...")],
    reference: Annotated[str | None, typer.Option()] = None,
    note: Annotated[str | None, typer.Option()] = None,
    seller: str | None = SellerOption,
) -> None:
    """Post one stock move (refused below zero or below what is reserved)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        service.post_moves(
            session,
            actor=actor,
            moves=[MoveLine(sku, location, quantity, reason, reference, note)],
            now=rt.clock.now(),
        )
    console.print(f"{sku} at {location}: {quantity:+d} ({reason.value})")


@app.command("receive")
def receive(
    sku: str,
    location: str,
    quantity: int,
    reference: Annotated[str | None, typer.Option()] = None,
    seller: str | None = SellerOption,
) -> None:
    """Goods arrived from the factory or a supplier."""
    move(sku, location, quantity, MoveReason.RECEIVED, reference, None, seller)


@app.command("transfer")
def transfer(
    sku: str,
    from_location: str,
    to_location: str,
    quantity: int,
    reference: Annotated[str | None, typer.Option()] = None,
    seller: str | None = SellerOption,
) -> None:
    """Dispatch goods: on hand leaves FROM, inbound grows at TO until `arrive`."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        service.transfer(
            session,
            actor=actor,
            sku=sku,
            from_location=from_location,
            to_location=to_location,
            quantity=quantity,
            reference=reference,
            now=rt.clock.now(),
        )
    console.print(f"{quantity} x {sku}: {from_location} -> {to_location} (inbound)")


@app.command("arrive")
def arrive(
    sku: str,
    location: str,
    quantity: int,
    reference: Annotated[str | None, typer.Option()] = None,
    seller: str | None = SellerOption,
) -> None:
    """Inbound goods arrived: inbound down, on hand up."""
    move(sku, location, quantity, MoveReason.TRANSFER_IN, reference, None, seller)


@app.command("pool")
def pool(
    sku: Annotated[list[str] | None, SkuOption] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """The world view: per SKU, the total and each location's on hand / reserved / inbound."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        entries = stock_pool.pool_view(session, actor=actor, skus=sku)
    if as_json:
        print_json(
            [
                {
                    "sku": e.total.sku,
                    "on_hand": e.total.on_hand,
                    "reserved": e.total.reserved,
                    "inbound": e.total.inbound,
                    "available": e.total.available,
                    "at_hub": e.total.at_hub,
                    "positions": [
                        {
                            "location": p.location_code,
                            "kind": p.location_kind.value,
                            "country": p.country,
                            "on_hand": p.on_hand,
                            "reserved": p.reserved,
                            "inbound": p.inbound,
                        }
                        for p in e.positions
                    ],
                }
                for e in entries
            ]
        )
        return
    table = narrow_table(
        "SKU",
        "Location",
        "Kind",
        "Country",
        "On hand",
        "Reserved",
        "Inbound",
        "Available",
        title="global pool",
    )
    for e in entries:
        for p in e.positions:
            table.add_row(
                p.sku,
                p.location_code,
                p.location_kind.value,
                p.country,
                str(p.on_hand),
                str(p.reserved),
                str(p.inbound),
                str(p.available),
            )
        t = e.total
        table.add_row(
            f"[bold]{t.sku}[/]",
            "[bold]world[/]",
            "",
            "",
            str(t.on_hand),
            str(t.reserved),
            str(t.inbound),
            str(t.available),
            end_section=True,
        )
    console.print(table)


@app.command("moves")
def moves(
    sku: Annotated[str | None, typer.Option()] = None,
    location: Annotated[str | None, typer.Option()] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 50,
    seller: str | None = SellerOption,
) -> None:
    """The stock ledger, newest first."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        shown = display.for_seller(session, actor)
        rows = [
            (m.at, m.sku, code, m.bucket.value, m.quantity, m.reason.value, m.reference)
            for m, code in service.list_moves(
                session, actor=actor, sku=sku, location=location, limit=limit
            )
        ]
    table = Table(
        f"At ({display.zone(shown)})", "SKU", "Location", "Bucket", "Qty", "Reason", "Reference"
    )
    for at, s, code, bucket, qty, reason, ref in rows:
        table.add_row(display.when(at, shown), s, code, bucket, f"{qty:+d}", reason, ref or "")
    console.print(table)


@app.command("promise")
def promise(
    store: Annotated[list[str], typer.Option("--store", help="Store codes (repeat).")],
    sku: Annotated[list[str] | None, SkuOption] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """The delivery promise per SKU x store that the stock position supports."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        rows = stock_pool.delivery_promises(session, actor=actor, skus=sku, stores=store)
    if as_json:
        print_json([{"sku": s, "store": code, "promise": p.value} for s, code, p in rows])
        return
    table = Table("SKU", "Store", "Promise", title="delivery promise")
    for s, code, p in rows:
        table.add_row(s, code, p.value)
    console.print(table)


@app.command("stockouts")
def stockouts(
    sku: str,
    location: str,
    start: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    end: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    seller: str | None = SellerOption,
) -> None:
    """UTC days on which SKU had nothing available at LOCATION (censored demand)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        days = stock_pool.stockout_days(
            session,
            seller_id=actor.seller_id,
            sku=sku,
            location_code=location,
            start=date.fromisoformat(start),
            end=date.fromisoformat(end),
        )
    console.print(f"{len(days)} stock-out day(s): " + ", ".join(d.isoformat() for d in days))
