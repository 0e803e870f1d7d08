"""Scale benchmark: forecast + plan targets for many synthetic SKU x store series.

Usage:
    python benchmarks/forecast_scale.py                        # 100,000 series, this process
    python benchmarks/forecast_scale.py --dask-workers 2       # a LocalCluster, 2 processes
    python benchmarks/forecast_scale.py --dask-scheduler tcp://10.0.0.5:8786   # a real cluster
    python benchmarks/forecast_scale.py --series 20000 --json

On a cluster: start `dask scheduler` on one machine and `dask worker tcp://HOST:8786` on each
worker machine (each with globalsell installed), then pass `--dask-scheduler tcp://HOST:8786`.
The job is `globalsell.forecasting.scale` (fugue `transform` over `forecast_partition`); its rows
equal the local run's exactly, whatever the partitioning (tests/forecasting/test_scale_out.py).

Synthetic data (seeded with --seed, default 0), one row per SKU x store, `--weeks` weekly
periods (default 104):
- base weekly rate ~ Gamma(shape 0.5, scale 4): mean 2 units a week, most series slow and
  intermittent, a few fast movers;
- yearly seasonality: rate x (1 + a sin(2 pi (t + phase) / 52)), a ~ U(0, 0.8), phase ~ U(0, 52);
- demand ~ Poisson(rate);
- stock-outs: each series has Poisson(1.5) out-of-stock spells of 1-4 weeks at uniform random
  starts; in those weeks the flag is False and sales are a Binomial(demand, 0.3) fraction of the
  demand (what sold before the shelf emptied), i.e. censored, not zero demand;
- stock position (on hand + inbound) ~ Poisson(3 x rate at the end of the history).
Plan: per series the order-up-to target over a 2-week lead time + 1 week cover at the 0.8 service
level, and the units to ship = max(0, target - position).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from typing import Any

import numpy as np
import pandas as pd

from globalsell.forecasting.batch import BatchSettings
from globalsell.forecasting.scale import run_dask, run_local, series_frame


def generate(n: int, weeks: int, seed: int) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    base = rng.gamma(0.5, 4.0, n)
    amp = rng.uniform(0.0, 0.8, n)
    phase = rng.uniform(0.0, 52.0, n)
    t = np.arange(weeks)
    rate = base[:, None] * (
        1.0 + amp[:, None] * np.sin(2 * np.pi * (t[None, :] + phase[:, None]) / 52)
    )
    demand = rng.poisson(rate).astype(np.float64)
    in_stock = np.ones((n, weeks), dtype=np.bool_)
    spells = rng.poisson(1.5, n)
    rows = np.repeat(np.arange(n), spells)
    starts = rng.integers(0, weeks, len(rows))
    lengths = rng.integers(1, 5, len(rows))
    for k in range(4):
        cols = starts + k
        keep = (k < lengths) & (cols < weeks)
        in_stock[rows[keep], cols[keep]] = False
    sales = np.where(in_stock, demand, rng.binomial(demand.astype(np.int64), 0.3)).astype(
        np.float64
    )
    position = rng.poisson(3.0 * rate[:, -1]).astype(np.float64)
    stores = ("DE", "FR", "IT", "ES", "UK", "US", "CA", "JP", "AU", "NL")
    ids = [f"SKU{i // len(stores):06d}|{stores[i % len(stores)]}" for i in range(n)]
    return ids, sales, in_stock, position


def peak_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--series", type=int, default=100_000)
    ap.add_argument("--weeks", type=int, default=104)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--partitions", type=int, default=0, help="default: 4 per worker")
    ap.add_argument("--dask-workers", type=int, default=0, help="start a LocalCluster")
    ap.add_argument("--dask-scheduler", default="", help="address of a running scheduler")
    ap.add_argument("--check", action="store_true", help="also run locally and compare rows")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    ids, sales, in_stock, position = generate(args.series, args.weeks, args.seed)
    frame = series_frame(ids, sales, in_stock)
    gen_s = time.perf_counter() - started
    settings = BatchSettings(lead_weeks=2, service_level=0.8)

    worker_peaks: list[float] = []
    engine = "local (1 process)"
    started = time.perf_counter()
    if args.dask_workers or args.dask_scheduler:
        from distributed import Client, LocalCluster

        def worker_peak() -> float:
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

        cluster: Any = None
        if args.dask_scheduler:
            client = Client(args.dask_scheduler)  # type: ignore[no-untyped-call]
            engine = f"dask {args.dask_scheduler}"
        else:
            cluster = LocalCluster(
                n_workers=args.dask_workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)  # type: ignore[no-untyped-call]
            engine = f"dask LocalCluster {args.dask_workers} workers x 1 thread"
        workers = len(client.scheduler_info()["workers"])
        parts = args.partitions or 4 * max(workers, 1)
        cluster_s = time.perf_counter() - started
        started = time.perf_counter()
        result = run_dask(frame, settings, client=client, partitions=parts)
        job_s = time.perf_counter() - started
        worker_peaks = list(client.run(worker_peak).values())
        client.close()
        if cluster is not None:
            cluster.close()
    else:
        cluster_s = 0.0
        result = run_local(frame, settings)
        job_s = time.perf_counter() - started

    order = np.argsort(np.array(ids, dtype=object), kind="stable")
    ship = np.maximum(0.0, result["target"].to_numpy() - position[order])
    matches = None
    if args.check:
        matches = bool(
            (args.dask_workers or args.dask_scheduler) and run_local(frame, settings).equals(result)
        )
    counts = result["model"].value_counts().to_dict()
    out = {
        "series": args.series,
        "weeks": args.weeks,
        "engine": engine,
        "generate_s": round(gen_s, 1),
        "cluster_start_s": round(cluster_s, 1),
        "forecast_plan_s": round(job_s, 1),
        "peak_mb_client": round(peak_mb(), 0),
        "peak_mb_workers": [round(p, 0) for p in worker_peaks],
        "units_to_ship": float(ship.sum()),
        "series_shipping": int((ship > 0).sum()),
        "models": {str(k): int(v) for k, v in counts.items()},
        "equal_to_local": matches,
    }
    if args.json:
        print(json.dumps(out))
        return 0
    print(f"{args.series:,} series x {args.weeks} weeks, {engine}")
    print(f"{'step':<34} {'value':>14}")
    print(f"{'generate data (s)':<34} {gen_s:>14.1f}")
    if cluster_s:
        print(f"{'start / connect cluster (s)':<34} {cluster_s:>14.1f}")
    print(f"{'forecast + plan targets (s)':<34} {job_s:>14.1f}")
    print(f"{'peak memory, this process (MB)':<34} {peak_mb():>14.0f}")
    for i, p in enumerate(worker_peaks):
        print(f"{f'peak memory, worker {i + 1} (MB)':<34} {p:>14.0f}")
    print(f"{'series with a shipment':<34} {int((ship > 0).sum()):>14,}")
    print(f"{'units to ship':<34} {ship.sum():>14,.0f}")
    if matches is not None:
        print(f"{'rows equal to the local run':<34} {str(matches):>14}")
    print("chosen models:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    pd.set_option("display.width", 120)
    sys.exit(main())
