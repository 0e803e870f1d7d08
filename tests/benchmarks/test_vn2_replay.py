"""The VN2 replay on a tiny synthetic dataset in the competition's file format (made up here;
the real files are never copied into the repository)."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
WEEKS = 157


def load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vn2_bench", ROOT / "benchmarks" / "vn2.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["vn2_bench"] = module
    spec.loader.exec_module(module)
    return module


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    path.write_text(
        "\n".join(",".join(str(v) for v in r) for r in [header, *rows]) + "\n", encoding="utf-8"
    )


def make_dataset(folder: Path, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    keys = [(0, 1), (0, 2), (1, 1), (1, 3)]
    rates = [0.3, 2.0, 5.0, 0.0]
    sales = np.array([rng.poisson(r, WEEKS + 8) for r in rates], dtype=float)
    dates = [(date(2021, 4, 12) + timedelta(weeks=i)).isoformat() for i in range(WEEKS + 8)]
    for week in range(9):
        n = WEEKS + week
        rows = [[s, p, *sales[i, :n].tolist()] for i, (s, p) in enumerate(keys)]
        write(folder / f"week{week}_sales.csv", ["Store", "Product", *dates[:n]], rows)
    stock = [[s, p, *(["True"] * 150 + ["False"] * 7 + ["True"] * 8)] for s, p in keys]
    write(folder / "week0_in_stock.csv", ["Store", "Product", *dates], stock)
    write(
        folder / "week0_master.csv",
        [
            "Store",
            "Product",
            "ProductGroup",
            "Division",
            "Department",
            "DepartmentGroup",
            "StoreFormat",
            "Format",
        ],
        [[s, p, 1, 1, 1, 1 + i % 2, 1, 1] for i, (s, p) in enumerate(keys)],
    )
    write(
        folder / "week0_initial_state.csv",
        [
            "Store",
            "Product",
            "Start Inventory",
            "Sales",
            "Missed Sales",
            "End Inventory",
            "In Transit W+1",
            "In Transit W+2",
            "Holding Cost",
            "Shortage Cost",
            "Cumulative Holding Cost",
            "Cumulative Shortage Cost",
        ],
        [[s, p, 0, 0, 0, 2, 1, 3, 0, 0, 0, 0] for s, p in keys],
    )
    return sales


@pytest.fixture(scope="module")
def vn2() -> ModuleType:
    return load_module()


def test_json_contract_and_fixed_first_two_weeks(
    vn2: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales = make_dataset(tmp_path)
    assert vn2.main(["--data", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [w["week"] for w in out["per_week"]] == list(range(1, 9))
    assert out["cost_weeks_3_8"] == pytest.approx(sum(w["total"] for w in out["per_week"][2:]))
    # weeks 1-2 do not depend on the policy: replay them by hand
    total = 0.0
    for i in range(4):
        inv, pipe = 2.0, [1.0, 3.0]
        week_costs = []
        for w in range(2):
            start = inv + pipe[w]
            d = sales[i, WEEKS + w]
            sold = min(start, d)
            inv = start - sold
            week_costs.append(0.2 * inv + (d - sold))
        total += week_costs[0]
    assert out["per_week"][0]["total"] == pytest.approx(total)


def test_orders_ignore_the_future(vn2: ModuleType, tmp_path: Path) -> None:
    """Changing demand after week 5 cannot change the cost of weeks 1-5."""
    make_dataset(tmp_path)
    data = vn2.load(tmp_path)
    base = vn2.run(data, vn2.DEFAULT)
    for week in (6, 7, 8):
        path = tmp_path / f"week{week}_sales.csv"
        lines = path.read_text(encoding="utf-8").splitlines()
        bumped = [lines[0]] + [
            ",".join([*line.split(",")[: -(week - 5)], *["40.0"] * (week - 5)])
            for line in lines[1:]
        ]
        path.write_text("\n".join(bumped) + "\n", encoding="utf-8")
    changed = vn2.run(vn2.load(tmp_path), vn2.DEFAULT)
    assert [c.total for c in changed[:5]] == [c.total for c in base[:5]]
    assert [c.total for c in changed[5:]] != [c.total for c in base[5:]]


def test_table_names_the_published_scores(
    vn2: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_dataset(tmp_path)
    assert vn2.main(["--data", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert "organiser benchmark                  4,334.0" in text
    assert "winner (Szablowski)                  3,763.2" in text


def test_forecast_averages_the_level_windows_and_reads_dispersion_from_its_own_window(
    vn2: ModuleType,
) -> None:
    from globalsell.forecasting.domain import dispersion_of

    values = np.array([[1.0] * 30 + [4.0] * 8, [0.0, 6.0] * 19])
    in_stock = np.ones_like(values, dtype=bool)
    in_stock[1, -4:] = False
    groups: dict[str, np.ndarray] = {}
    single = {
        w: vn2.forecast_means(values, in_stock, groups, vn2.Params(w, 0.0, "series", 0.75))[0]
        for w in (8, 13, 26)
    }
    means, disp = vn2.forecast_means(
        values,
        in_stock,
        groups,
        vn2.Params(13, 0.0, "series", 0.75, disp_window=20, extra_windows=(8, 26)),
    )
    np.testing.assert_allclose(means, (single[8] + single[13] + single[26]) / 3, rtol=1e-12)
    assert means[0, 0] == pytest.approx((4.0 + (5 * 1 + 8 * 4) / 13 + (18 + 32) / 26) / 3)
    assert disp[1] == dispersion_of(values[1][in_stock[1]][-20:])
    _, own = vn2.forecast_means(values, in_stock, groups, vn2.Params(13, 0.0, "series", 0.75))
    assert own[1] == dispersion_of(values[1][in_stock[1]][-13:])
