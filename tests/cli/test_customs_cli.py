"""The customs command-line contract: classify and eval print stable JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from globalsell.cli.main import app
from tests.cli.support import BuiltDemo
from tests.conftest import DEMO_NOW

runner = CliRunner()
FIXTURE = Path(__file__).parents[1] / "fixtures" / "customs_eval.csv"


def test_classify_json() -> None:
    result = runner.invoke(app, ["customs", "classify", "wooden chopsticks", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["candidates"][0]["national_code"] == "4419120000"
    assert {"confidence", "abstained", "question", "method"} <= set(body)


def test_classify_refuses_empty_text() -> None:
    result = runner.invoke(app, ["customs", "classify", " ", "--json"])
    assert result.exit_code == 1


def test_eval_json_contract() -> None:
    result = runner.invoke(app, ["customs", "eval", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["n"] == 4
    assert body["abstained"] == 0.25
    assert body["top1"] == {"2": 0.75, "4": 0.75, "6": 0.75, "8": 0.75, "10": 0.75}
    assert set(body["top3"]) == {"2", "4", "6", "8", "10"}


def test_eval_table_and_bad_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["customs", "eval", str(FIXTURE)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "n=4" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("text,code\na,b\n", encoding="utf-8")
    assert runner.invoke(app, ["customs", "eval", str(bad)]).exit_code == 1


def test_landed_cost_json() -> None:
    result = runner.invoke(
        app,
        [
            "customs",
            "landed-cost",
            "--hs",
            "9617001000",
            "--value",
            "100",
            "--currency",
            "USD",
            "--dest",
            "US",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["total"] == "107.20"
    negative = runner.invoke(
        app, ["customs", "landed-cost", "--hs", "961700", "--value", "-1", "--currency", "USD"]
    )
    assert negative.exit_code == 1


def test_demo_classifies_its_catalogue_and_quotes_six_destinations(
    built_demo: BuiltDemo, tmp_path: Path
) -> None:
    db = built_demo.copy_to(tmp_path)
    assert "customs: classified 47 products" in built_demo.output
    for dest in ("US", "GB", "DE", "JP", "AU", "CA"):
        assert f"│ {dest}  " in built_demo.output
    code = runner.invoke(
        app,
        ["customs", "classify-product", "NB-KT-002", "--json"],
        env={"GLOBALSELL_DATABASE_URL": f"sqlite:///{db}", "GLOBALSELL_NOW": DEMO_NOW.isoformat()},
    )
    assert code.exit_code == 0, code.output
    row = json.loads(code.output)[0]
    assert row["declared_code"] == "961700"
    assert len(row["candidates"]) == 5
    assert row["candidates"][0]["reasons"]


MARKETPLACE = Path(__file__).parents[1] / "fixtures" / "customs_eval_marketplace.csv"


def test_eval_reads_a_marketplace_export_with_its_category_path() -> None:
    result = runner.invoke(app, ["customs", "eval", str(MARKETPLACE), "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["n"] == 3
    assert body["top1"]["2"] == 1.0
    assert set(body["risk_coverage_hs6"]) == {"25%", "50%", "75%", "100%"}
    assert body["risk_coverage_hs2"]["100%"] == 1.0  # every first candidate in its chapter
    assert set(body["risk_coverage_hs4"]) == {"25%", "50%", "75%", "100%"}
    # the heading answered alone, surest heading first: same items, so the same full coverage
    by_heading = body["risk_coverage_hs4_by_heading"]
    assert by_heading["100%"] == body["risk_coverage_hs4"]["100%"]
    assert set(body["coverage_at_75pct_hs4"]) == {"coverage", "top1"}
    assert [c["chapter"] for c in body["chapters"]] == ["62", "71", "95"]
    assert all(c["hs2_top1"] == 1.0 for c in body["chapters"])
