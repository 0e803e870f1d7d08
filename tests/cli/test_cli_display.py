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
        "Unshipped",
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
    # as German shoppers see it; freight from the seller's DE ocean lane, no open EU duty data
    assert output.splitlines()[0].strip() == "DE: 19,99\u00a0€ (incomplete)"
    assert _row(output, "price") == ["price", "€19.99 (incomplete)"]
    assert _row(output, "landed: product") == ["landed: product", "€5.45"]
    assert _row(output, "landed: freight") == ["landed: freight", "€0.54"]
    assert _row(output, "margin") == ["margin", "€4.41 (26.2%, incomplete)"]


def test_a_us_quote_takes_freight_from_the_lanes_and_duty_from_customs(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "price", "quote", "NB-KT-004", "--store", "US")

    assert code == 0, output
    assert output.splitlines()[0].strip() == "US: $13.99"
    assert _row(output, "landed: freight") == ["landed: freight", "$0.53"]
    assert _row(output, "landed: duty") == ["landed: duty", "$0.12"]  # 3.73 x 3.2%, rounded up
    assert _row(output, "landed: total") == ["landed: total", "$4.38"]
    assert _row(output, "margin") == ["margin", "$3.91 (27.9%)"]
    assert (
        "duty: declared code 441911 in US: US HTS 2026 Rev. 10, 4419110000, general rate 3.2%"
    ) in output
    assert "incomplete" not in output


def test_a_quote_with_no_duty_rate_says_unknown_until_the_seller_gives_one(
    demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "duty.db"
    db.write_bytes(demo_db.read_bytes())

    code, output = run_cli(db, "price", "quote", "NB-KT-004", "--store", "DE")

    assert code == 0, output
    assert _row(output, "landed: duty") == ["landed: duty", "unknown"]
    assert _row(output, "landed: total") == ["landed: total", "€3.88 (incomplete)"]
    assert _row(output, "margin") == ["margin", "€3.76 (28.0%, incomplete)"]
    assert (
        "incomplete: duty is unknown, so the landed cost is too low and the margin too high by "
        "it; give it with: globalsell price policy DE --duty-rate ..."
    ) in output
    assert (
        "duty: declared code 441911 in DE: no open per-code duty data shipped for this destination"
    ) in output
    code, output = run_cli(db, "price", "quote", "NB-KT-004", "--store", "DE", "--json")
    landed = json.loads(output)["landed_cost"]
    assert (landed["freight"], landed["duty"], landed["unknown"]) == (
        {"amount": "0.54", "currency": "EUR"},
        None,
        ["duty"],
    )

    code, output = run_cli(db, "price", "policy", "DE", "--duty-rate", "0.03")
    assert code == 0, output
    code, output = run_cli(db, "price", "quote", "NB-KT-004", "--store", "DE", "--price", "13.99")

    assert code == 0, output
    assert output.splitlines()[0].strip() == "DE: 13,99\u00a0€"
    assert _row(output, "landed: duty") == ["landed: duty", "€0.12"]  # (3.34 + 0.54) x 3%, up
    assert _row(output, "landed: total") == ["landed: total", "€4.00"]
    assert _row(output, "margin") == ["margin", "€2.26 (19.2%)"]
    assert "incomplete" not in output


def test_the_quote_json_keeps_its_raw_fields(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "price", "quote", "NB-AP-003", "--store", "DE", "--json")

    assert code == 0, output
    data = json.loads(output)
    assert data["price"] == {"amount": "19.99", "currency": "EUR"}
    assert data["display"] == "19,99\u00a0€"
    assert (data["complete"], data["landed_cost"]["unknown"]) == (False, ["duty"])


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
