"""`globalsell demo` prints its shipments in the seller's words: statuses and transport modes as
the dashboard names them in English, days in the seller's zone, exceptions worded from their
evidence ("4 days", never "4.0 days"), never a raw code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from globalsell.cli.demo_tables import exception_lines, shipments_table
from globalsell.demo.shipments import DemoException, DemoShipment, ShipmentsDemo
from tests.cli.support import BuiltDemo
from tests.conftest import DEMO_DATE


def _rows(output: str, title: str) -> dict[str, list[str]]:
    """The rows of the table under `title`, by their first cell."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(title))
    rows: dict[str, list[str]] = {}
    for line in lines[start + 1 :]:
        if line.startswith("└"):
            break
        cells = [c.strip() for c in line.strip("│ ").split("│")]
        if line.startswith("│") and cells[0]:
            rows[cells[0]] = cells
    return rows


def _day(at: datetime) -> str:
    return f"{at:%b} {at.day}, {at.year}"


def test_a_shipment_row_names_its_status_modes_and_day_in_the_sellers_zone() -> None:
    demo = ShipmentsDemo(
        shipments=[
            DemoShipment(
                "SHP-1",
                ("truck", "ocean", "truck"),
                "departed_origin",
                datetime(2026, 12, 24, 20, 0, tzinfo=UTC),  # the 25th in Shanghai
            ),
            DemoShipment("SHP-2", ("express",), "received_at_fc", None),
        ],
        exceptions=[
            DemoException("SHP-1", "customs_dwell", {"dwell_days": 6.0}),
            DemoException("SHP-1", "late_departure", {"days_late": 4.5, "departed_at": None}),
            DemoException(
                "SHP-2",
                "short_receipt",
                {"missing_units": 2, "lines": [{"sku": "NB-1", "shipped": 24, "received": 22}]},
            ),
        ],
        timezone="Asia/Shanghai",
    )

    table = shipments_table(demo)

    assert str(table.title) == "shipments (days in Asia/Shanghai)"
    assert [list(c.cells) for c in table.columns] == [
        ["SHP-1", "SHP-2"],
        ["Truck + Sea + Truck", "Express"],
        ["Departed origin", "Received at FBA warehouse"],
        ["Dec 25, 2026", ""],
    ]
    assert exception_lines(demo) == [
        "SHP-1, stuck in customs: 6 days held in customs",
        "SHP-1, late departure: not departed 4.5 days after the planned departure",
        "SHP-2, fewer units received: 2 units short at the FBA warehouse: NB-1 22/24",
    ]


def test_the_demo_prints_its_shipments_in_the_sellers_words(built_demo: BuiltDemo) -> None:
    rows = _rows(built_demo.output, "shipments (days in Asia/Shanghai)")

    assert sorted(rows) == [
        "SHP-2610-UK-EXP",
        "SHP-2610-US-OC",
        "SHP-2611-DE-AIR",
        "SHP-2611-DE-OC",
        "SHP-2611-UK-AIR",
    ]
    received = datetime.combine(DEMO_DATE, datetime.min.time()) - timedelta(days=6)
    assert rows["SHP-2610-UK-EXP"] == [
        "SHP-2610-UK-EXP",
        "Express",
        "Received at FBA warehouse",
        _day(received),
    ]
    assert rows["SHP-2611-DE-OC"][1:3] == ["Truck + Sea + Truck", "Departed origin"]
    assert rows["SHP-2610-US-OC"][1:3] == ["Sea + Truck", "Held by customs"]
    assert rows["SHP-2611-DE-AIR"][1:3] == ["Air", "Booked"]
    exceptions = [line for line in built_demo.output.splitlines() if line.startswith("  ! ")]
    assert exceptions == [
        "  ! SHP-2610-UK-EXP, fewer units received: 2 units short at the FBA warehouse: "
        "NB-AP-003 22/24",
        "  ! SHP-2611-DE-AIR, late departure: not departed 4 days after the planned departure",
        "  ! SHP-2610-US-OC, stuck in customs: 6 days held in customs",
    ]
