"""Command-line tables show money, numbers and times through `core.formatting`, the helper the
dashboard uses: currency symbols, percentages, and times in the seller's zone (the demo seller is
in China: UTC+8). `--json` keeps the raw fields."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from globalsell.cli.main import app
from tests.cli.support import BuiltDemo, run_cli
from tests.conftest import DEMO_DATE

# The demo's business day as Babel's medium English date shows it ("Nov 25, 2026"); the suite
# also runs with the demo dated a year later.
DAY = f"{DEMO_DATE:%b} {DEMO_DATE.day}, {DEMO_DATE.year}"
runner = CliRunner()


@pytest.fixture(scope="module")
def demo_db(built_demo: BuiltDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_demo.copy_to(tmp_path_factory.mktemp("display-cli"))


def _row(output: str, first_cell: str) -> list[str]:
    """The cells of the table row that starts with `first_cell`."""
    for line in output.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row {first_cell!r} in:\n{output}")


def test_orders_are_listed_with_times_in_the_sellers_zone(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "orders", "list", "--limit", "2")

    assert code == 0, output
    assert "Purchased (Asia/Shanghai)" in output
    # purchased on the demo day at 09:00 UTC
    assert _row(output, "OPEN-000-US") == [
        "OPEN-000-US",
        "US",
        "unshipped",
        f"{DAY}, 17:00",
        "1 x NB-AP-001",
    ]


def test_a_change_request_shows_who_proposed_it_and_when_in_the_sellers_zone(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "approvals", "show", "1")

    assert code == 0, output
    assert output.splitlines()[1] == (
        f"proposed by Chen Jing (owner) at {DAY}, 18:00 (Asia/Shanghai)"
    )


def test_a_price_quote_shows_symbols_and_a_margin_percentage(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "price", "quote", "NB-AP-003", "--store", "DE")

    assert code == 0, output
    # as German shoppers see it; the demo seller gave no freight or duty figure
    assert output.splitlines()[0].strip() == "DE: 17,99\u00a0€ (incomplete)"
    assert _row(output, "price") == ["price", "€17.99 (incomplete)"]
    assert _row(output, "landed: product") == ["landed: product", "€4.86"]
    assert _row(output, "margin") == ["margin", "€4.16 (27.5%, incomplete)"]


def test_a_quote_with_no_freight_rate_says_unknown_until_the_seller_gives_one(
    demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "freight.db"
    db.write_bytes(demo_db.read_bytes())

    code, output = run_cli(db, "price", "quote", "NB-KT-004", "--store", "US")

    assert code == 0, output
    assert _row(output, "landed: freight") == ["landed: freight", "unknown"]
    assert _row(output, "landed: duty") == ["landed: duty", "unknown"]
    assert _row(output, "landed: total") == ["landed: total", "$3.73 (incomplete)"]
    assert _row(output, "margin") == ["margin", "$3.71 (28.6%, incomplete)"]
    assert (
        "incomplete: freight and duty are unknown, so the landed cost is too low and the margin "
        "too high by them; give them with: globalsell price policy US --freight-per-unit ... "
        "--duty-rate ..."
    ) in output
    code, output = run_cli(db, "price", "quote", "NB-KT-004", "--store", "US", "--json")
    landed = json.loads(output)["landed_cost"]
    assert (landed["freight"], landed["duty"], landed["unknown"]) == (
        None,
        None,
        ["freight", "duty"],
    )

    code, output = run_cli(
        db,
        "price",
        "policy",
        "US",
        "--freight-per-unit",
        "0.80",
        "--freight-currency",
        "USD",
        "--duty-rate",
        "0.034",
    )
    assert code == 0, output
    code, output = run_cli(db, "price", "quote", "NB-KT-004", "--store", "US", "--price", "12.99")

    assert code == 0, output
    assert output.splitlines()[0].strip() == "US: $12.99"
    assert _row(output, "landed: freight") == ["landed: freight", "$0.80"]
    assert _row(output, "landed: duty") == ["landed: duty", "$0.16"]  # 4.53 x 3.4%, rounded up
    assert _row(output, "landed: total") == ["landed: total", "$4.69"]
    assert _row(output, "margin") == ["margin", "$2.75 (21.2%)"]
    assert "incomplete" not in output


def test_the_quote_json_keeps_its_raw_fields(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "price", "quote", "NB-AP-003", "--store", "DE", "--json")

    assert code == 0, output
    data = json.loads(output)
    assert data["price"] == {"amount": "17.99", "currency": "EUR"}
    assert data["display"] == "17,99\u00a0€"


def test_stock_moves_are_timed_in_the_sellers_zone(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "inventory", "moves", "--limit", "1")

    assert code == 0, output
    assert "At (Asia/Shanghai)" in output
    assert f"{DAY}, 18:00" in output


def test_assistant_findings_show_the_money_at_stake_with_its_symbol(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "assistant", "findings", "--json")
    assert code == 0, output
    findings = json.loads(output)
    top = next(f for f in findings if f["impact_amount"] is not None)

    assert top["impact_display"].startswith("CN¥")
    assert top["messages"]["reason"]["code"] == "assistant.cost_outlier.slip"


def test_forecast_rows_show_days_and_grouped_numbers(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "forecast", "show", "--sku", "NB-AP-001")
    code_json, raw = run_cli(demo_db, "forecast", "show", "--sku", "NB-AP-001", "--json")

    assert (code, code_json) == (0, 0), output
    first = json.loads(raw)[0]
    row = _row(output, "NB-AP-001")
    week = date.fromisoformat(first["week_start"])
    assert row[:4] == [
        "NB-AP-001",
        first["marketplace"],
        f"{week:%b} {week.day}, {week.year}",
        first["model"],
    ]
    expected = [f"{Decimal(first[k]).quantize(Decimal('0.1'))}" for k in ("mean", "p10", "p50")]
    assert row[4:7] == expected
    assert not re.search(r"\d\.\d{3,}", output)


def test_landed_cost_tables_show_money_with_the_currency_symbol() -> None:
    result = runner.invoke(
        app,
        ["customs", "landed-cost", "--hs", "9617001000", "--value", "100", "--currency", "USD"],
        env={"COLUMNS": "200"},
    )

    assert result.exit_code == 0, result.output
    assert _row(result.output, "customs value") == ["customs value", "$100.00", "FOB"]
    assert _row(result.output, "duty")[:2] == ["duty", "$7.20"]
    assert _row(result.output, "total")[:2] == ["total", "$107.20"]
