"""The tables a seller reads most fit an 80-column terminal, and the JSON keeps every field."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from globalsell.cli.main import app
from globalsell.config import sqlite_url
from globalsell.core import formatting
from tests.cli.support import BuiltDemo

SHANGHAI = formatting.Display(locale="en", timezone="Asia/Shanghai")


@pytest.fixture(scope="module")
def demo_db(built_demo: BuiltDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_demo.copy_to(tmp_path_factory.mktemp("narrow"))


def _run(db: Path, *args: str, columns: int) -> str:
    result = CliRunner().invoke(
        app, list(args), env={"GLOBALSELL_DATABASE_URL": sqlite_url(db), "COLUMNS": str(columns)}
    )
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("command", "header"),
    [
        (("shipments", "list"), "Shipment         Status        Modes         Qty  ETA"),
        (("inventory", "pool"), "SKU        Location  Kind        Country  On hand  Reserved"),
        (("approvals", "list"), "ID  Status    Kind                           Title"),
    ],
)
def test_table_fits_80_columns_without_cutting_codes(
    demo_db: Path, command: tuple[str, ...], header: str
) -> None:
    output = _run(demo_db, *command, columns=80)
    lines = output.splitlines()
    assert [line for line in lines if len(line) > 80] == []
    assert header in output
    assert "…" not in output  # nothing is cut short: long cells wrap


def test_shipments_show_whole_codes_and_dates(demo_db: Path) -> None:
    output = _run(demo_db, "shipments", "list", columns=80)
    rows = json.loads(_run(demo_db, "shipments", "list", "--json", columns=80))
    for row in rows:
        line = next(line for line in output.splitlines() if line.startswith(row["code"]))
        arrival = datetime.fromisoformat(row["predicted_arrival"])
        assert formatting.short_day(arrival, SHANGHAI) in line  # the demo seller's zone
    assert {"route", "planned_arrival", "open_exceptions"} <= set(rows[0])


def test_approvals_json_keeps_the_subject(demo_db: Path) -> None:
    rows = json.loads(_run(demo_db, "approvals", "list", "--json", columns=80))
    assert {"id", "status", "kind", "subject_id", "title"} <= set(rows[0])
