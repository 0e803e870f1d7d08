"""`globalsell shipments ...`"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

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
from globalsell.config import sealing_key
from globalsell.core import formatting
from globalsell.customs import documents as shipping_documents
from globalsell.logistics import eta, events_csv, service, tracking
from globalsell.logistics.exception_rules import exception_message
from globalsell.logistics.models import Shipment

app = typer.Typer(
    help="Shipments in flight: legs, milestones, tracking events, ETAs, exceptions.",
    no_args_is_help=True,
)


def _band(earliest: datetime | None, latest: datetime | None, d: formatting.Display) -> str:
    """`Dec 8-9` within a month, `Dec 29-Jan 3` across one, in the seller's zone (the years are
    in `shipments show CODE`)."""
    if earliest is None or latest is None:
        return ""
    first, last = formatting.local(earliest, d), formatting.local(latest, d)
    if first.date() == last.date():
        return formatting.short_day(first, d)
    if (first.year, first.month) == (last.year, last.month):
        return f"{formatting.short_day(first, d)}-{last.day}"
    return f"{formatting.short_day(first, d)}-{formatting.short_day(last, d)}"


def _day(at: datetime | None, d: formatting.Display) -> str:
    """`Dec 8`: a day in the seller's zone."""
    return formatting.short_day(at, d) if at is not None else ""


def shipment_json(s: Shipment) -> dict[str, Any]:
    return {
        "code": s.code,
        "origin": s.origin.code,
        "destination": s.destination.code,
        "status": s.status.value,
        "modes": [leg.mode.value for leg in s.legs],
        "route": [s.legs[0].origin, *[leg.destination for leg in s.legs]] if s.legs else [],
        "carriers": [leg.carrier for leg in s.legs],
        "transport_doc": s.transport_doc,
        "container": s.container,
        "units": sum(line.quantity for line in s.lines),
        "cartons": sum(line.cartons for line in s.lines),
        "departed_at": s.departed_at,
        "received_at": s.received_at,
        "planned_arrival": s.legs[-1].planned_arrival if s.legs else None,
        "predicted_earliest": s.predicted_earliest,
        "predicted_arrival": s.predicted_arrival,
        "predicted_latest": s.predicted_latest,
        "eta_source": s.eta_source,
        "need_by": s.need_by,
    }


@app.command("list")
def list_shipments(
    in_flight: Annotated[bool, typer.Option("--in-flight", help="Not yet received.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Shipments with status, route and predicted arrival (P10-P90 band)."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        shown = display.for_seller(session, actor)
        rows = [
            shipment_json(s)
            for s in service.list_shipments(session, actor=actor, in_flight_only=in_flight)
        ]
        open_by_code: dict[str, int] = {}
        for exc in eta.list_exceptions(session, actor=actor):
            open_by_code[exc.shipment.code] = open_by_code.get(exc.shipment.code, 0) + 1
    for row in rows:
        row["open_exceptions"] = open_by_code.get(row["code"], 0)
    if as_json:
        print_json(rows)
        return
    # Route and the carrier's planned date are in `shipments show CODE` and --json.
    table = narrow_table(
        Column("Shipment", no_wrap=True),
        Column("Status", min_width=8),
        Column("Modes", min_width=7),
        Column("Qty", justify="right"),
        Column("ETA", no_wrap=True),
        Column("P10..P90", no_wrap=True),
        Column("Need by", no_wrap=True),
        Column("Ex", justify="right"),
        title=f"shipments (days in {display.zone(shown)}; Ex: open exceptions)",
    )
    for r in rows:
        table.add_row(
            r["code"],
            display.label(r["status"], "milestone"),
            " ".join(display.label(mode, "mode") for mode in r["modes"]),
            str(r["units"]),
            _day(r["predicted_arrival"], shown),
            _band(r["predicted_earliest"], r["predicted_latest"], shown),
            _day(r["need_by"], shown),
            str(r["open_exceptions"] or ""),
        )
    console.print(table)


@app.command("import-events")
def import_events(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Import a tracking-events CSV (UTF-8; event_id, carrier, reference, status, occurred_at,
    location). Idempotent on event_id; unknown references are stored and reported."""
    rt = runtime()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=as_json) as progress:
        task = progress.add_task(f"reading {file.name}", total=None)
        with work(rt) as session:
            events = events_csv.read_events(file.read_bytes(), filename=file.name)
            progress.update(task, description=f"matching {len(events)} events to shipments")
            report = tracking.ingest_events(
                session,
                actor=local_actor(session, seller),
                events=events,
                channel="csv",
                now=rt.clock.now(),
            )
    data: dict[str, Any] = {
        "file": file.name,
        "received": report.received,
        "outcomes": dict(sorted(report.outcomes.items())),
        "notes": [{"event_id": e, "outcome": o, "detail": d} for e, o, d in report.notes],
    }
    if as_json:
        print_json(data)
        return
    summary = ", ".join(f"{n} {k}" for k, n in data["outcomes"].items())
    console.print(f"{file.name}: {report.received} events: {summary}", highlight=False)
    for note in data["notes"]:
        console.print(
            f"  - {note['event_id']}: {note['outcome']} {note['detail']}".rstrip(),
            highlight=False,
        )


@app.command("exceptions")
def exceptions(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Open shipment exceptions with their evidence."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        shown = display.for_seller(session, actor)
        rows: list[dict[str, Any]] = [
            {
                "shipment": e.shipment.code,
                "kind": e.kind.value,
                "message": e.message,
                "evidence": e.evidence,
                "opened_at": e.opened_at,
            }
            for e in eta.list_exceptions(session, actor=actor)
        ]
    if as_json:
        print_json(rows)
        return
    table = Table("Shipment", "Kind", "What", "Since", title="open shipment exceptions")
    for r in rows:
        table.add_row(
            r["shipment"],
            display.label(r["kind"], "exception"),
            display.sentence(exception_message(r["kind"], r["evidence"])),
            _day(r["opened_at"], shown),
        )
    console.print(table)


@app.command("scan")
def scan(seller: str | None = SellerOption) -> None:
    """Re-predict arrivals and re-check exceptions of every shipment in flight."""
    rt = runtime()
    with work(rt) as session:
        count = service.scan(session, actor=local_actor(session, seller), now=rt.clock.now())
    console.print(f"checked {count} shipment(s) in flight")


@app.command("documents")
def documents(
    code: Annotated[str, typer.Argument(help="The shipment code, e.g. SHP-2611-DE-OC")],
    out: Annotated[Path, typer.Option("--out", help="Directory to write the files into")],
    importer: Annotated[str | None, typer.Option(help="Importer of record (default: FC)")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Commercial invoice and packing list (PDF + CSV) and carton labels (PDF, Code 128)."""
    rt = runtime()
    with work(rt) as session:
        files = shipping_documents.issue(
            session,
            actor=local_actor(session, seller),
            code=code,
            importer=importer,
            now=rt.clock.now(),
        )
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in sorted(files.items()):
        (out / name).write_bytes(content)
        written.append({"file": str(out / name), "bytes": len(content)})
    if as_json:
        print_json(written)
        return
    for item in written:
        console.print(f"wrote {item['file']} ({item['bytes']} bytes)", highlight=False)


@app.command("import-lanes")
def import_lanes(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    seller: str | None = SellerOption,
) -> None:
    """Import past transits (a forwarder's records) as lane history for ETAs: origin,
    destination, mode, carrier, departed_at, arrived_at[, planned_arrival]."""
    rt = runtime()
    with work(rt) as session:
        transits = events_csv.read_transits(file.read_bytes(), filename=file.name)
        added = eta.record_transits(
            session,
            actor=local_actor(session, seller),
            transits=transits,
            source=file.name,
            now=rt.clock.now(),
        )
    console.print(
        f"{file.name}: {len(transits)} transits, {added} added to the lane history "
        f"({len(transits) - added} already known)",
        highlight=False,
    )


webhook_app = typer.Typer(help="The tracking webhook's signing secret.", no_args_is_help=True)
app.add_typer(webhook_app, name="webhook-secret")


@webhook_app.command("rotate")
def rotate_webhook_secret(seller: str | None = SellerOption) -> None:
    """A new signing secret for the seller's tracking webhook (printed once; the old one stops
    working). Stored sealed under GLOBALSELL_SECRET_KEY: rotate after changing that key."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        secret = tracking.rotate_webhook_secret(
            session, actor=actor, sealing_key=sealing_key(rt.settings), now=rt.clock.now()
        )
        slug = eta.seller_slug(session, seller_id=actor.seller_id)
    console.print(f"new secret for /api/v1/webhooks/tracking/{slug} (shown once):")
    console.print(secret, highlight=False, soft_wrap=True)
