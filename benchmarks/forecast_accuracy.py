"""Forecast accuracy of globalsell's models on the VN2 sales history (weekly, 599 series).

Usage: python benchmarks/forecast_accuracy.py --data DIR [--origins 4] [--h 3]
       [--with-statsforecast] [--skip sf_auto_ets,...] [--series N]

--with-statsforecast adds the statsforecast adapters (forecasting/statsforecast_models.py) to the
candidates, both as single models and inside the per-series selection; --skip leaves models out.

DIR holds week0_sales.csv and week0_in_stock.csv of the VN2 Inventory Planning Challenge
(DataSource.AI, 2025; see ../shared/data/vn2/README.md); the files are read at run time only.
For each of the last `origins` origins (3 weeks apart, the last one 3 weeks before the end of
the history) every model forecasts the next `h` weeks from the data before the origin. "selected"
picks one model per series by a rolling-origin backtest on the data before the origin only.
Scored on in-stock target weeks (censored weeks are skipped): MAE, bias (mean forecast - actual),
and pinball loss at the 0.8 quantile (the VN2 critical ratio is 0.83). "vn2_policy" is the
forecaster of benchmarks/vn2.py (13-week level x the seasonal ratio of a profile pooled over all
series).
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import numpy as np

from globalsell.forecasting.domain import (
    SeasonalWindowMean,
    Series,
    pinball,
    select_model,
    standard_models,
)
from globalsell.forecasting.statsforecast_models import statsforecast_models

Q = 0.8


def load(directory: Path) -> tuple[np.ndarray, np.ndarray]:
    with (directory / "week0_sales.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    keys = [(r[0], r[1]) for r in rows]
    sales = np.array([[float(v) for v in r[2:]] for r in rows])
    with (directory / "week0_in_stock.csv").open(encoding="utf-8") as f:
        flags = {(r[0], r[1]): [v == "True" for v in r[2:]] for r in list(csv.reader(f))[1:]}
    stock = np.array([flags[k][: sales.shape[1]] for k in keys], dtype=bool)
    return sales, stock


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--origins", type=int, default=4)
    ap.add_argument("--h", type=int, default=3)
    ap.add_argument("--with-statsforecast", action="store_true")
    ap.add_argument("--skip", default="", help="comma-separated model names to leave out")
    ap.add_argument("--series", type=int, default=0, help="only the first N series (0 = all)")
    args = ap.parse_args()
    sales, stock = load(args.data)
    if args.series:
        sales, stock = sales[: args.series], stock[: args.series]
    n, t = sales.shape
    skip = {s for s in args.skip.split(",") if s}
    models = standard_models() + (statsforecast_models() if args.with_statsforecast else [])
    models = [m for m in models if m.name not in skip]
    # The VN2 replay's forecaster: 13-week censored level x seasonal ratio of the profile pooled
    # over all series (the model only reads the profile before its origin).
    censored = np.where(stock, sales, np.nan)
    counts = np.sum(~np.isnan(censored), axis=0)
    pooled = np.where(counts > 0, np.nansum(censored, axis=0) / np.maximum(counts, 1), np.nan)
    policy = SeasonalWindowMean(window=13, weight=1.0, profile=pooled, horizon=args.h)
    names = [m.name for m in models] + ["selected", "naive_last", "vn2_policy"]
    err: dict[str, list[float]] = {k: [] for k in names}
    bias: dict[str, list[float]] = {k: [] for k in names}
    pin: dict[str, list[float]] = {k: [] for k in names}
    chosen: dict[str, int] = {}
    started = time.perf_counter()
    for i in range(n):
        for o in range(args.origins):
            origin = t - args.h - 3 * (args.origins - 1 - o)
            hist = Series(values=sales[i, :origin], in_stock=stock[i, :origin])
            actual = sales[i, origin : origin + args.h]
            keep = stock[i, origin : origin + args.h]
            if not keep.any():
                continue
            best, _ = select_model(models, hist, h=args.h, windows=4, quantile=Q)
            chosen[best.name] = chosen.get(best.name, 0) + 1
            preds = {}
            for m in models:
                fc = m.fit(hist).predict(args.h, (Q,))
                preds[m.name] = (fc.mean, fc.quantiles[Q])
            preds["selected"] = preds[best.name]
            last = sales[i, :origin][stock[i, :origin]]
            lv = float(last[-1]) if len(last) else 0.0
            preds["naive_last"] = (np.full(args.h, lv), np.full(args.h, lv))
            fc = policy.fit(hist).predict(args.h, (Q,))
            preds["vn2_policy"] = (fc.mean, fc.quantiles[Q])
            for k, (mean, qv) in preds.items():
                err[k].extend(np.abs(mean[keep] - actual[keep]).tolist())
                bias[k].extend((mean[keep] - actual[keep]).tolist())
                pin[k].append(pinball(actual[keep], qv[keep], Q) * int(keep.sum()))
    count = len(err["selected"])
    print(
        f"VN2 history: {n} series, {args.origins} origins, h={args.h}, {count} in-stock target "
        f"weeks scored ({time.perf_counter() - started:.0f} s)"
    )
    print(f"{'model':<16} {'MAE':>7} {'bias':>7} {'pinball@0.8':>12}")
    for k in names:
        print(
            f"{k:<16} {np.mean(err[k]):>7.3f} {np.mean(bias[k]):>7.3f} "
            f"{sum(pin[k]) / len(err[k]):>12.3f}"
        )
    print("selected models:", dict(sorted(chosen.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
