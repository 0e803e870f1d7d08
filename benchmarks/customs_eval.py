"""Customs classifier benchmark: accuracy at every digit level on an evaluation CSV (columns
`description`, `all_codes`), latency per item, and throughput on N product texts.

    python benchmarks/customs_eval.py --data ../shared/data/hs/atlas_validation.csv [--n 10000]
        [--folds]

`--folds` also runs a 2-fold check of the scoring knobs (classifier.Params): a small grid is
tuned on the even rows and scored on the odd rows, then the other way round, next to the shipped
defaults on the same halves. A large gap between the tuned half and the other half would mean the
defaults are fitted to the dev rows.

The throughput texts are the evaluation descriptions plus the shipped HMRC product terms, cycled
to N items (the classifier keeps no state between items, so repeats cost the same)."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import statistics
import time
from pathlib import Path

from globalsell.cli.customs import read_eval_file
from globalsell.customs import classifier, domain
from globalsell.customs.evaluation import EvalRow
from globalsell.customs.nomenclature import load


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--n", type=int, default=10_000, help="items for the throughput run")
    parser.add_argument("--folds", action="store_true", help="2-fold check of the scoring knobs")
    args = parser.parse_args()
    started = time.perf_counter()
    load()
    classifier.classify("warm up")
    print(f"load + index: {time.perf_counter() - started:.1f} s, cpus={os.cpu_count()}")
    rows = read_eval_file(args.data)
    tally = domain.EvalTally()
    times: list[float] = []
    cpu0 = time.process_time()
    for row in rows:
        t0 = time.perf_counter()
        result = classifier.classify(row.text, category=row.category, top_k=10)
        times.append((time.perf_counter() - t0) * 1000)
        tally.add(
            [c.national_code for c in result.candidates], row.gold, abstained=result.abstained
        )
    cpu_ms = (time.process_time() - cpu0) * 1000 / max(len(rows), 1)
    report = tally.report()
    top1, top3, answered = report["top1"], report["top3"], report["top1_answered"]
    assert isinstance(top1, dict)
    assert isinstance(top3, dict)
    assert isinstance(answered, dict)
    print(f"\n{args.data.name}: n={report['n']}, abstained {report['abstained']:.1%}")
    print(f"{'digits':>6} | {'top-1':>6} | {'top-3':>6} | {'top-1 answered':>14}")
    print(f"{'-' * 6}-|-{'-' * 6}-|-{'-' * 6}-|-{'-' * 14}")
    for level in top1:
        print(
            f"{level:>6} | {top1[level]:>6.1%} | {top3[level]:>6.1%} | "
            f"{answered.get(level, 0):>14.1%}"
        )
    times.sort()
    print(
        f"\nlatency per item: mean {statistics.mean(times):.1f} ms, "
        f"p50 {times[len(times) // 2]:.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms; "
        f"CPU time {cpu_ms:.1f} ms per item (wall time grows when the cores are shared; "
        f"load average now {os.getloadavg()[0]:.1f})"
    )
    if args.folds:
        two_fold(rows)
    texts = [r.text for r in rows] + [term for term, _ in load().uk_terms]
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(args.n):
        classifier.classify(texts[i % len(texts)])
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"throughput: {args.n} items in {elapsed:.1f} s = {args.n / elapsed:.0f} items/s "
        f"(CPU {cpu:.1f} s = {args.n / cpu:.0f} items per CPU-second)"
    )


GRID = {
    "head_word": (1.0, 1.5, 2.0),
    "semantic": (0.0, 0.3, 0.6),
}


def _hits(rows: list[EvalRow], params: classifier.Params) -> list[tuple[int, int]]:
    out = []
    for row in rows:
        result = classifier.classify(row.text, category=row.category, top_k=3, params=params)
        got = [c.hs6 for c in result.candidates]
        golds = {g[:6] for g in row.gold}
        out.append((int(bool(got) and got[0] in golds), int(bool(golds & set(got)))))
    return out


def _rate(hits: list[tuple[int, int]], k: int) -> float:
    return sum(h[k] for h in hits) / len(hits) if hits else 0.0


def two_fold(rows: list[EvalRow]) -> None:
    configs = [
        dataclasses.replace(classifier.PARAMS, **dict(zip(GRID, values, strict=True)))
        for values in itertools.product(*GRID.values())
    ]
    halves = [rows[0::2], rows[1::2]]
    results = [[_hits(half, p) for p in configs] for half in halves]
    defaults = [_hits(half, classifier.PARAMS) for half in halves]
    print(f"\n2-fold check over {len(configs)} settings of {', '.join(GRID)} (HS6)")
    header = "tuned on | scored on | tuned top-1/top-3 | held-out top-1/top-3 | defaults there"
    print(header)
    print("-" * len(header))
    names = ["even", "odd"]
    for tune in (0, 1):
        other = 1 - tune
        best = max(
            range(len(configs)),
            key=lambda i: _rate(results[tune][i], 0) + _rate(results[tune][i], 1),
        )
        t, h, d = results[tune][best], results[other][best], defaults[other]
        print(
            f"{names[tune]:>8} | {names[other]:>9} | {_rate(t, 0):>8.1%} / {_rate(t, 1):.1%} | "
            f"{_rate(h, 0):>11.1%} / {_rate(h, 1):.1%} | {_rate(d, 0):.1%} / {_rate(d, 1):.1%}"
        )
        chosen = {k: getattr(configs[best], k) for k in GRID}
        print(f"{'':>8}   chosen: {chosen}")


if __name__ == "__main__":
    main()
