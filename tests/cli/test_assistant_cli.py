"""The assistant's command-line contract: `assistant run --json`, `assistant ask "..."`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.support import BuiltDemo, run_cli


@pytest.fixture(scope="module")
def demo_db(built_demo: BuiltDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert "assistant findings" in built_demo.output
    return built_demo.copy_to(tmp_path_factory.mktemp("assistant-cli"))


def test_run_json_lists_findings_and_proposals(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "run.db"
    db.write_bytes(demo_db.read_bytes())
    code, output = run_cli(db, "assistant", "run", "--json")
    assert code == 0, output
    report = json.loads(output)
    assert set(report) == {"run", "findings", "proposals"}
    assert len(report["findings"]) == 38
    # shelves already empty come first (most urgent), then money at stake
    empty = [f for f in report["findings"] if " is out of stock now " in f["reason"]]
    assert report["findings"][: len(empty)] == empty
    assert {(f["detector"], f["severity"]) for f in empty} == {("inventory.stockout", "critical")}
    top = report["findings"][len(empty)]
    assert (top["detector"], top["status"], top["impact_amount"], top["impact_currency"]) == (
        "catalog.cost_outlier",
        "open",  # the demo's own run filed it already; not filed twice
        "3781.500000",
        "CNY",
    )
    assert report["proposals"] == []
    assert {f["severity"] for f in report["findings"]} == {"critical", "warning", "info"}


def test_ask_answers_in_both_languages(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "assistant", "ask", "我有多少个产品?")
    assert (code, output.splitlines()[0]) == (0, "你共有 47 个产品。")
    code, output = run_cli(demo_db, "assistant", "ask", "what is the cost of NB-KT-004?", "--json")
    answer = json.loads(output)
    assert (answer["intent"], answer["via"], answer["data"]["rows"]) == (
        "unit_cost",
        "offline",
        [{"sku": "NB-KT-004", "unit_cost": "24.80", "currency": "CNY"}],
    )
    assert answer["answer"].startswith("Unit cost of NB-KT-004: 24.80 CNY\n")
    assert "automated" in answer["answer"]


def test_worker_once_runs_the_due_slot_once(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "worker.db"
    db.write_bytes(demo_db.read_bytes())
    code, output = run_cli(db, "assistant", "worker", "--once", "--cron", "* * * * *")
    assert code == 0, output
    assert "assistant.run@" in output
    assert ": succeeded" in output
    code, output = run_cli(db, "jobs", "runs")
    runs = json.loads(output)
    assert sorted((r["job"], r["status"]) for r in runs) == [
        ("approvals.expire", "succeeded"),
        ("assistant.run", "succeeded"),
        ("logistics.scan", "succeeded"),
    ]
    code, output = run_cli(db, "jobs", "list")
    assert "assistant.run: The assistant's detectors for every seller" in output
