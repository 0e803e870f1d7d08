"""The ETA benchmark runs on its seeded synthetic history and the predictor beats the plan."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from globalsell.logistics.domain import Mode

ROOT = Path(__file__).resolve().parents[2]


def test_lane_history_predictor_beats_the_carrier_plan_on_every_mode() -> None:
    spec = importlib.util.spec_from_file_location("eta_bench", ROOT / "benchmarks" / "eta_lanes.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eta_bench"] = module
    spec.loader.exec_module(module)
    results = module.run()
    assert sorted(results) == sorted([Mode.OCEAN, Mode.AIR, Mode.RAIL, Mode.EXPRESS])
    assert {m: int(r["n"]) for m, r in results.items()} == {
        Mode.OCEAN: 227,
        Mode.AIR: 174,
        Mode.RAIL: 36,
        Mode.EXPRESS: 90,
    }
    for values in results.values():
        assert values["predictor"] < values["plan"]
