"""`globalsell forecast` on the demo store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.support import BuiltDemo, run_cli


@pytest.fixture(scope="module")
def demo_db(built_demo: BuiltDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_demo.copy_to(tmp_path_factory.mktemp("demo"))


def test_forecast_runs_and_shows_quantiles(demo_db: Path) -> None:
    code, out = run_cli(demo_db, "forecast", "--json", "--horizon-weeks", "4")
    assert code == 0, out
    run = json.loads(out)
    assert run["horizon_weeks"] == 4
    assert run["series_count"] > 0
    code, out = run_cli(demo_db, "forecast", "show", "--json")
    assert code == 0, out
    rows = json.loads(out)
    assert len(rows) == run["series_count"] * 4
    assert all(float(r["p10"]) <= float(r["p50"]) <= float(r["p90"]) for r in rows)


def test_forecast_refuses_a_bad_run_id(demo_db: Path) -> None:
    code, out = run_cli(demo_db, "forecast", "show", "--run", "999")
    assert code == 1
    assert "forecast run 999 not found" in out


def test_plan_proposes_shipments_from_the_latest_forecast(demo_db: Path, tmp_path: Path) -> None:
    code, out = run_cli(demo_db, "forecast", "--json", "--horizon-weeks", "2")
    assert code == 0, out
    code, out = run_cli(demo_db, "forecast", "show", "--json")
    skus = sorted({r["sku"] for r in json.loads(out)})
    # made-up test figures standing in for the seller's own
    settings = {
        "lanes": [
            {"country": c, "mode": m, "lead_weeks": w, "cost_per_unit": u, "cost_per_m3": v}
            for c in ("US", "DE", "GB", "JP")
            for m, w, u, v in (("ocean", 6, 0.5, 40.0), ("air", 1, 2.0, 400.0))
        ],
        "skus": [
            {
                "sku": s,
                "unit_m3": 0.003,
                "case_pack": 6,
                "holding_hub": 0.01,
                "holding_fc": 0.05,
                "lost_sale_cost": 6.0,
            }
            for s in skus
        ],
    }
    file = tmp_path / "plan.json"
    file.write_text(json.dumps(settings), encoding="utf-8")
    code, out = run_cli(demo_db, "plan", "--settings", str(file), "--json")
    assert code == 0, out
    plan = json.loads(out)
    assert plan["change_id"] > 0
    assert all(s["units"] % 6 == 0 for s in plan["shipments"])
    file.write_text(json.dumps({**settings, "lanes": []}), encoding="utf-8")
    code, out = run_cli(demo_db, "plan", "--settings", str(file))
    assert code == 1
    assert "no lead times configured" in out
