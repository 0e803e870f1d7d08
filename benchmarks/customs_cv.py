"""Customs classifier, 5-fold cross-validation of every tuned knob and of the calibrated
confidence, over one or more dev files (columns as `globalsell customs eval` reads them).

    python benchmarks/customs_cv.py --data ../shared/data/hs/atlas_validation.csv \
        --data ../shared/data/hs/hscodecomp_dev.csv [--grid small|none] [--fit]

For each fold: the knob setting (classifier.Params) with the best top-1 + top-3 at HS6 on the
other four folds is chosen, and the logistic calibration (customs.calibration) is fitted on the
other four folds' candidates; both are then scored on the held fold. The printed tables are the
held-fold figures pooled over the five folds, per file: top-1/top-3 at 2/4/6 digits, HS6
accuracy at 25/50/75/100% coverage (most confident first), the coverage at which answered
top-1 stays >= 75%, and the reliability of the confidence. `--fit` prints coefficients fitted
on all rows (to paste into calibration.COEFFICIENTS). Folds are fixed (row i -> fold i mod 5
after a seeded shuffle), so anyone can rerun it."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import time
from pathlib import Path

import numpy as np

from globalsell.cli.customs import read_eval_file
from globalsell.customs import calibration, classifier, domain, evaluation
from globalsell.customs.evaluation import EvalRow

FOLDS = 5
GRIDS = {
    "none": {},
    "small": {
        "rule_head": (0.5, 1.0),
        "sub_material": (1.0, 1.3, 1.6),
        "sub_lead": (0.67, 1.0),
        "category_chapter": (1.0, 1.2, 1.4),
    },
}


@dataclasses.dataclass
class Outcome:
    hits: dict[tuple[int, int], bool]  # (digits, k) -> hit
    signals: list[list[float]]  # per candidate
    labels: list[int]  # candidate HS6 right?
    chapters: list[int]  # candidate chapter right?
    ms: float


def run(row: EvalRow, params: classifier.Params) -> Outcome:
    t0 = time.perf_counter()
    result = classifier.classify(row.text, category=row.category, top_k=5, params=params)
    ms = (time.perf_counter() - t0) * 1000
    codes = [c.national_code for c in result.candidates]
    hits = {
        (level, k): domain.hits_at(codes, row.gold, level, k) for level in (2, 4, 6) for k in (1, 3)
    }
    golds = {g[:6] for g in row.gold}
    signals = [c.signals.vector() for c in result.candidates if c.signals is not None]
    labels = [int(c.hs6 in golds) for c in result.candidates]
    chapters = [int(c.hs6[:2] in {g[:2] for g in golds}) for c in result.candidates]
    return Outcome(hits, signals, labels, chapters, ms)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, action="append", required=True)
    parser.add_argument("--grid", choices=sorted(GRIDS), default="small")
    parser.add_argument("--fit", action="store_true")
    args = parser.parse_args()
    grid = GRIDS[args.grid]
    configs = [
        dataclasses.replace(classifier.PARAMS, **dict(zip(grid, values, strict=True)))
        for values in itertools.product(*grid.values())
    ] or [classifier.PARAMS]
    classifier.classify("warm up")
    files = {path.name: read_eval_file(path) for path in args.data}
    rng = np.random.default_rng(17)
    folds = {name: rng.permutation(len(rows)) % FOLDS for name, rows in files.items()}
    outcomes = {
        name: [[run(row, p) for row in rows] for p in configs] for name, rows in files.items()
    }

    def score(c: int, name: str, keep: np.ndarray) -> float:
        return sum(
            o.hits[(6, 1)] + o.hits[(6, 3)]
            for o, k in zip(outcomes[name][c], keep, strict=True)
            if k
        )

    chosen: dict[str, list[int]] = {name: [0] * len(rows) for name, rows in files.items()}
    conf: dict[str, list[float]] = {name: [0.0] * len(rows) for name, rows in files.items()}
    rerank: dict[str, list[tuple[int, int]]] = {n: [(0, 0)] * len(r) for n, r in files.items()}
    picks = []
    for fold in range(FOLDS):
        train = {name: folds[name] != fold for name in files}
        best = max(range(len(configs)), key=lambda c: sum(score(c, n, train[n]) for n in files))
        picks.append(best)
        x, y = [], []
        for name in files:
            for o, keep in zip(outcomes[name][best], train[name], strict=True):
                if keep:
                    x += o.signals
                    y += o.labels
        w = calibration.fit(np.array(x), np.array(y, dtype=float))
        for name in files:
            for i, o in enumerate(outcomes[name][best]):
                if folds[name][i] == fold:
                    chosen[name][i] = best
                    conf[name][i] = float(1 / (1 + np.exp(-np.dot(o.signals[0], w))))
                    if o.signals:
                        top = int(np.argmax(np.array(o.signals) @ w))
                        rerank[name][i] = (o.labels[top], o.chapters[top])
    print(f"knob settings tried: {len(configs)} over {', '.join(grid) or '(defaults)'}")
    for fold, c in enumerate(picks):
        print(f"  fold {fold}: chosen { ({k: getattr(configs[c], k) for k in grid}) }")
    for name, rows in files.items():
        held = [outcomes[name][chosen[name][i]][i] for i in range(len(rows))]
        print(f"\n{name}: n={len(rows)}, held-fold figures (5-fold CV)")
        print("digits | top-1  | top-3")
        for level in (2, 4, 6):
            t1 = np.mean([o.hits[(level, 1)] for o in held])
            t3 = np.mean([o.hits[(level, 3)] for o in held])
            print(f"{level:>6} | {t1:6.1%} | {t3:6.1%}")
        print("per held fold: n | HS2 top-1 | HS6 top-1 | HS6 top-3")
        for fold in range(FOLDS):
            members = [o for o, f in zip(held, folds[name], strict=True) if f == fold]
            print(
                f"  fold {fold}: {len(members):3d} | "
                f"{np.mean([o.hits[(2, 1)] for o in members]):6.1%} | "
                f"{np.mean([o.hits[(6, 1)] for o in members]):6.1%} | "
                f"{np.mean([o.hits[(6, 3)] for o in members]):6.1%}"
            )
        print(
            f"reordered by the calibrated probability: HS6 top-1 "
            f"{np.mean([r[0] for r in rerank[name]]):.1%}, HS2 top-1 "
            f"{np.mean([r[1] for r in rerank[name]]):.1%}"
        )
        correct = [o.hits[(6, 1)] for o in held]
        risk = evaluation.risk_coverage(conf[name], correct)
        print("coverage | HS6 top-1 (most confident first)")
        for share, value in risk.items():
            print(f"{share:>8} | {value:.1%}" if value is not None else f"{share:>8} | -")
        cov, acc = evaluation.answered_at(conf[name], correct, target=0.75)
        print(f"largest coverage with answered top-1 >= 75%: {cov:.1%} (top-1 {acc:.1%})")
        for level in (2, 4):
            at_level = [o.hits[(level, 1)] for o in held]
            risk = evaluation.risk_coverage(conf[name], at_level)
            cov, acc = evaluation.answered_at(conf[name], at_level, target=0.75)
            print(
                f"HS{level} top-1 at 25/50/75/100% coverage: "
                + " / ".join(f"{v:.1%}" if v is not None else "-" for v in risk.values())
                + f"; largest coverage with answered HS{level} top-1 >= 75%: {cov:.1%}"
            )
        kept = [i for i, p in enumerate(conf[name]) if p >= classifier.ABSTAIN_BELOW]
        if kept:
            print(
                f"at the shipped threshold {classifier.ABSTAIN_BELOW}: answered "
                f"{len(kept) / len(held):.1%}, answered top-1 HS6 "
                f"{np.mean([correct[i] for i in kept]):.1%}, HS2 "
                f"{np.mean([held[i].hits[(2, 1)] for i in kept]):.1%}"
            )
        print("confidence bin | items | mean confidence | HS6 top-1")
        edges = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)
        for lo, hi in itertools.pairwise(edges):
            members = [i for i, p in enumerate(conf[name]) if lo <= p < hi]
            if members:
                mean_p = np.mean([conf[name][i] for i in members])
                hit = np.mean([correct[i] for i in members])
                print(
                    f"  {lo:.1f}-{min(hi, 1.0):.1f} | {len(members):5d} | {mean_p:.2f} | {hit:.1%}"
                )
        ms = sorted(o.ms for o in held)
        print(f"latency: mean {np.mean(ms):.1f} ms, p50 {ms[len(ms) // 2]:.1f} ms per item")
    if args.fit:
        x, y = [], []
        for name in files:
            for o in outcomes[name][0 if len(configs) == 1 else picks[0]]:
                x += o.signals
                y += o.labels
        w = calibration.fit(np.array(x), np.array(y, dtype=float))
        print("\ncoefficients on all rows:", tuple(round(float(v), 3) for v in w))


if __name__ == "__main__":
    main()
