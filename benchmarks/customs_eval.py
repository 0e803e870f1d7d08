"""Customs classifier benchmark: accuracy at every digit level on an evaluation CSV (columns
`description`, `all_codes`), latency per item, and throughput on N product texts.

    python benchmarks/customs_eval.py --data ../shared/data/hs/atlas_validation.csv [--n 10000]

The throughput texts are the evaluation descriptions plus the shipped HMRC product terms, cycled
to N items (the classifier keeps no state between items, so repeats cost the same)."""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from globalsell.cli.customs import read_eval_file
from globalsell.customs import classifier, domain
from globalsell.customs.nomenclature import load


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--n", type=int, default=10_000, help="items for the throughput run")
    args = parser.parse_args()
    started = time.perf_counter()
    load()
    classifier.classify("warm up")
    print(f"load + index: {time.perf_counter() - started:.1f} s, cpus={os.cpu_count()}")
    rows = read_eval_file(args.data)
    tally = domain.EvalTally()
    times: list[float] = []
    for text, gold in rows:
        t0 = time.perf_counter()
        result = classifier.classify(text, top_k=10)
        times.append((time.perf_counter() - t0) * 1000)
        tally.add([c.national_code for c in result.candidates], gold, abstained=result.abstained)
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
        f"p50 {times[len(times) // 2]:.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms"
    )
    texts = [t for t, _ in rows] + [term for term, _ in load().uk_terms]
    t0 = time.perf_counter()
    for i in range(args.n):
        classifier.classify(texts[i % len(texts)])
    elapsed = time.perf_counter() - t0
    print(f"throughput: {args.n} items in {elapsed:.1f} s = {args.n / elapsed:.0f} items/s")


if __name__ == "__main__":
    main()
