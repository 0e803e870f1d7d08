"""The tables `globalsell demo` prints after building the demo: shipments and landed costs, in
the seller's words (statuses and exceptions as the dashboard's English names them, days in the
seller's zone) through `cli.display` (ADR 0117, 0137). Imported only when the demo runs."""

from __future__ import annotations

from decimal import Decimal

from rich.table import Table

from globalsell.cli import display
from globalsell.cli.context import console
from globalsell.core import formatting
from globalsell.demo.builder import CustomsDemo
from globalsell.demo.shipments import ShipmentsDemo
from globalsell.logistics.exception_rules import exception_message


def shipments_table(demo: ShipmentsDemo) -> Table:
    """Each shipment's modes, status and predicted arrival day."""
    shown = formatting.Display(locale="en", timezone=demo.timezone)
    table = Table(
        "Shipment",
        "Modes",
        "Status",
        "Predicted arrival",
        title=f"shipments (days in {display.zone(shown)})",
    )
    for s in demo.shipments:
        table.add_row(
            s.code,
            " + ".join(display.label(mode, "mode") for mode in s.modes),
            display.label(s.status, "milestone"),
            display.day(s.predicted_arrival, shown),
        )
    return table


def exception_lines(demo: ShipmentsDemo) -> list[str]:
    """`SHP-2611-DE-AIR, late departure: not departed 4 days after the planned departure`."""
    return [
        f"{e.code}, {display.label(e.kind, 'exception').lower()}: "
        + display.sentence(exception_message(e.kind, e.evidence))
        for e in demo.exceptions
    ]


def print_shipments(demo: ShipmentsDemo | None) -> None:
    if demo is None:
        return
    events = ", ".join(f"{n} {k}" for k, n in demo.events.items())
    console.print(
        f"logistics: {demo.transits} past transits as lane history; {len(demo.shipments)} "
        f"shipments, {demo.in_transit_units} units in transit; tracking events: {events}  "
        "(globalsell shipments list)",
        highlight=False,
    )
    console.print(shipments_table(demo))
    for line in exception_lines(demo):
        console.print(f"  ! {line}", highlight=False)


def print_customs(demo: CustomsDemo | None) -> None:
    if demo is None:
        return
    console.print(
        f"customs: classified {demo.classified} products ({demo.abstained} need an answer "
        f"from the seller); {len(demo.flagged)} declared codes flagged, corrections proposed:"
    )
    for sku, declared, code, why in demo.flagged[:10]:
        console.print(f"  - {sku}: {declared} -> {code} ({why})", highlight=False)
    english = formatting.Display()

    def shown(amount: str | None, currency: str, missing: str) -> str:
        return formatting.money(Decimal(amount), currency, english) if amount else missing

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
            shown(amounts.get("customs value"), q.currency, ""),
            shown(amounts.get("duty"), q.currency, "unknown"),
            shown(tax, q.currency, ""),
            shown(q.total, q.currency, "incomplete"),
        )
    console.print(table)
