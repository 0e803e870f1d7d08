"""Customs classifier speed, robust to a loaded machine: per-item CPU time
(`time.process_time()`) next to wall time, warm (after `customs.warmup.warm_up`), one pass over
each evaluation file, as `customs eval` calls the classifier (`category=`, `top_k=10`).

    python benchmarks/customs_speed.py [--data FILE ...] [--dump OUT.tsv] [--profile N]

CPU time counts only this process's own work, so it barely moves when other processes share
the cores; wall time is printed for comparison (it grows with the load average). `--dump`
writes every item's top-3 codes and confidences (6 places) plus its abstention, for a
before/after diff proving a speed-up changed no result. `--profile N` runs the pass under
cProfile instead and prints the N entries with the most own time and the N with the most
cumulative time (its per-item times include the profiler's overhead)."""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import time
from pathlib import Path

from globalsell.cli.customs import read_eval_file
from globalsell.customs import classifier
from globalsell.customs.evaluation import EvalRow
from globalsell.customs.warmup import warm_up

DATA = (
    Path("/work/shared/data/hs/atlas_validation.csv"),
    Path("/work/shared/data/hs/hscodecomp_dev.csv"),
)


def _pass(rows: list[EvalRow], dump: list[str], name: str) -> tuple[list[float], list[float]]:
    walls: list[float] = []
    cpus: list[float] = []
    for n, row in enumerate(rows):
        if not row.text.strip():
            continue
        w0, c0 = time.perf_counter(), time.process_time()
        result = classifier.classify(row.text, category=row.category, top_k=10)
        cpus.append((time.process_time() - c0) * 1000)
        walls.append((time.perf_counter() - w0) * 1000)
        top = [f"{c.national_code}:{c.confidence:.6f}" for c in result.candidates[:3]]
        dump.append(f"{name}\t{n}\t{int(result.abstained)}\t{' '.join(top)}")
    return walls, cpus


def _row(name: str, walls: list[float], cpus: list[float]) -> str:
    def pct(xs: list[float], q: float) -> float:
        return sorted(xs)[int(len(xs) * q)]

    return (
        f"{name:<24} | {len(cpus):>4} | {statistics.mean(cpus):>8.1f} | {pct(cpus, 0.5):>7.1f} | "
        f"{pct(cpus, 0.95):>7.1f} | {statistics.mean(walls):>9.1f} | {pct(walls, 0.5):>8.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, nargs="+", default=list(DATA))
    parser.add_argument("--dump", type=Path, help="write each item's top-3 codes/confidences")
    parser.add_argument("--profile", type=int, default=0, help="profile; print N top entries")
    args = parser.parse_args()
    started = time.perf_counter()
    warm_up()
    print(f"warm-up: {time.perf_counter() - started:.1f} s, cpus={os.cpu_count()}")
    files = [(path.name, read_eval_file(path)) for path in args.data]
    profiler = cProfile.Profile() if args.profile else None
    dump: list[str] = []
    lines = []
    all_walls: list[float] = []
    all_cpus: list[float] = []
    if profiler:
        profiler.enable()
    for name, rows in files:
        walls, cpus = _pass(rows, dump, name)
        lines.append(_row(name, walls, cpus))
        all_walls += walls
        all_cpus += cpus
    if profiler:
        profiler.disable()
    header = (
        f"{'file':<24} | {'n':>4} | {'CPU mean':>8} | {'CPU p50':>7} | {'CPU p95':>7} | "
        f"{'wall mean':>9} | {'wall p50':>8}"
    )
    print(f"\nms per item (warm, one pass, top_k=10; load average {os.getloadavg()[0]:.1f})")
    print(header)
    print("-" * len(header))
    for line in [*lines, _row("both", all_walls, all_cpus)]:
        print(line)
    if args.dump:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
        print(f"\nwrote {len(dump)} items to {args.dump}")
    if profiler:
        for key in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(args.profile)
            print(f"\n-- top {args.profile} by {key} --")
            print(out.getvalue().split("ncalls", 1)[-1].join(["ncalls", ""]).rstrip())


if __name__ == "__main__":
    main()
