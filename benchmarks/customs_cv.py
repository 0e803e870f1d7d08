"""Customs classifier, 5-fold cross-validation of every tuned knob, of the learned re-ranker and
of the calibrated confidence, over one or more dev files (columns as `customs eval` reads them).

    python benchmarks/customs_cv.py --data ../shared/data/hs/atlas_validation.csv \
        --data ../shared/data/hs/hscodecomp_dev.csv [--grid small|recall|none] [--fit [--write]]

Each item is classified once per knob setting (classifier.Params) with the neutral model (the
hand-tuned order); its candidate pool (customs.ranking.POOL) and the pool's features are kept.
For each fold, on the other four folds only: the knob setting with the best hand-tuned top-1 +
top-3 at HS6, the re-ranker's L2 penalty (by an inner 4-fold split), the re-ranker's weights and
the confidence models (the heading's, and the subheading's within a right heading: ADR 0151) are
chosen/fitted; the held fold is then re-ranked and scored. Printed figures are the held-fold
figures pooled over the five folds, per file: top-1/top-3 at 2/4/6 digits (hand-tuned order and
re-ranked), recall of the pool, HS6 accuracy at 25/50/75/100% coverage (most confident first),
the largest coverage with answered top-1 >= 75%, the accuracy of the most confident 40% against
the best any order could do, the AUC of the confidence, the same for the heading alone ordered
by the heading's calibrated probability, and the reliability of both confidences. `--fit` fits
the models on all rows; `--write` stores them in
src/globalsell/customs/data/ranking.json, which the classifier ships. Folds are fixed (a seeded
shuffle, row i -> fold i mod 5), so anyone can rerun it."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import time
from pathlib import Path
from typing import NamedTuple

import numpy as np

from globalsell.cli.customs import read_eval_file
from globalsell.customs import calibration, classifier, domain, evaluation, ranking
from globalsell.customs.evaluation import EvalRow

FOLDS = 5
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
# P(subheading | heading) is fitted on the first SUBHEADING_POOL candidates of a right heading
# (5-fold CV over 1 and 3: within one item on both files; 3, as CONFIDENCE_POOL)
SUBHEADING_POOL = 3
GOAL_COVERAGE = 0.4  # issue 17: answered HS6 top-1 >= 75% at this coverage
HEADING_SURE = 0.6  # heading confidence from which about 3 in 4 headings are right overall
GRIDS = {
    "none": {},
    "garment": {"garment_heading": (0.0, 0.25, 0.5, 1.0)},
    "category": {"category_word": (0.3, 0.6, 1.0, 1.5)},  # ADR 0142
    "chapter": {"occasion": (1.0, 0.4, 0.2), "phrase_words": (5, 1000)},  # ADR 0150
    "own": {"category_yields": (1.0, 0.3, 0.0)},  # ADR 0166
    "chemical": {"chemical": (0.5, 1.0, 2.0)},  # ADR 0170
    "recall": {
        "subheading": (0.0, 0.15, 0.3),
        "head_miss": (1.0, 0.8, 0.7),
        "not_plaited": (0.5, 1.0),
    },
    "small": {
        "sub_material": (1.0, 1.3),
        "category_chapter": (1.0, 1.2),
    },
}
DATA = Path(__file__).resolve().parents[1] / "src/globalsell/customs/data"
WEIGHTS = DATA / ranking.WEIGHTS_FILE


@dataclasses.dataclass
class Outcome:
    gold: list[str]
    codes: list[str]  # pool HS6, hand-tuned order
    x: np.ndarray  # pool features (ranking.FEATURES)
    y: np.ndarray  # pool candidate is a right HS6
    words: int
    ms: float
    pool: list[ranking.Evidence] = dataclasses.field(default_factory=list)


def run(row: EvalRow, params: classifier.Params) -> Outcome:
    t0 = time.perf_counter()
    result = classifier.classify(
        row.text, category=row.category, top_k=5, params=params, model=ranking.neutral()
    )
    ms = (time.perf_counter() - t0) * 1000
    golds = {g[:6] for g in row.gold}
    codes = [e.hs6 for e in result.pool]
    y = np.array([c in golds for c in codes], dtype=float)
    return Outcome(row.gold, codes, ranking.matrix(result.pool), y, result.words, ms, result.pool)


def reorder(o: Outcome, w: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Pool codes re-ranked by weights w, and the probabilities by pool position."""
    if not o.codes:
        return [], np.zeros(0)
    p = ranking.softmax(o.x @ w)
    return [o.codes[i] for i in np.argsort(-p, kind="stable")], p


def confidence_rows(o: Outcome, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Confidence features and labels of the item's first CONFIDENCE_POOL candidates after
    re-ranking by w (the confidence model is fitted where its answer is read)."""
    _, p = reorder(o, w)
    if not len(p):
        return np.zeros((0, len(ranking.CONFIDENCE_FEATURES))), np.zeros(0)
    first = np.argsort(-p, kind="stable")[: ranking.CONFIDENCE_POOL]
    return ranking.confidence_matrix(o.pool, p, o.words)[first], o.y[first]


def heading_rows(o: Outcome, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Heading features and labels (a right heading) of the item's CONFIDENCE_POOL likeliest
    headings."""
    _, p = reorder(o, w)
    if not len(p):
        return np.zeros((0, len(ranking.HEADING_FEATURES))), np.zeros(0)
    heads, x = ranking.heading_matrix(o.pool, p, o.words)
    golds = {g[:4] for g in o.gold}
    y = np.array([h in golds for h in heads], dtype=float)
    return x[: ranking.CONFIDENCE_POOL], y[: ranking.CONFIDENCE_POOL]


def subheading_rows(o: Outcome, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Subheading features and labels (a right HS6) of the candidates in a right heading, the
    first SUBHEADING_POOL of each by the re-ranker's probability (P(subheading | heading) is
    fitted where the heading is right)."""
    _, p = reorder(o, w)
    golds = {g[:4] for g in o.gold}
    x = ranking.subheading_matrix(o.pool, p) if len(p) else np.zeros((0, 0))
    taken: dict[str, int] = {}
    keep = []
    for i in np.argsort(-p, kind="stable"):
        head = o.codes[int(i)][:4]
        if head in golds and taken.get(head, 0) < SUBHEADING_POOL:
            taken[head] = taken.get(head, 0) + 1
            keep.append(int(i))
    if not keep:
        return np.zeros((0, len(ranking.SUBHEADING_FEATURES))), np.zeros(0)
    return x[keep], o.y[keep]


def fit_models(outcomes: list[Outcome], l2: float) -> ranking.Model:
    w = ranking.fit_rerank([(o.x, o.y) for o in outcomes], l2=l2)
    rows = [heading_rows(o, w) for o in outcomes]
    h = calibration.fit(np.vstack([r[0] for r in rows]), np.concatenate([r[1] for r in rows]))
    rows = [subheading_rows(o, w) for o in outcomes]
    s = calibration.fit(np.vstack([r[0] for r in rows]), np.concatenate([r[1] for r in rows]))
    return ranking.Model(
        tuple(float(v) for v in w),
        ranking.neutral().confidence,
        tuple(float(v) for v in h),
        tuple(float(v) for v in s),
    )


def choose_l2(outcomes: list[Outcome], seed: int) -> float:
    """The L2 penalty with the best inner-fold top-1 + top-3 (HS6)."""
    inner = np.random.default_rng(seed).permutation(len(outcomes)) % 4

    def value(l2: float) -> float:
        total = 0.0
        for f in range(4):
            train = [o for o, k in zip(outcomes, inner, strict=True) if k != f]
            w = ranking.fit_rerank([(o.x, o.y) for o in train], l2=l2)
            for o, k in zip(outcomes, inner, strict=True):
                if k == f:
                    codes = reorder(o, w)[0]
                    total += domain.hits_at(codes, o.gold, 6, 1) + domain.hits_at(
                        codes, o.gold, 6, 3
                    )
        return total

    return max(L2_GRID, key=value)


def top_confidence(o: Outcome, model: ranking.Model) -> tuple[float, float]:
    """The calibrated probability of the first candidate, and of its heading."""
    if not o.codes:
        return 0.0, 0.0
    ranked = ranking.rank(o.pool, o.words, model)
    return ranked.confidence[ranked.order[0]], ranked.heading_confidence


class Held(NamedTuple):
    gold: list[str]
    predicted: list[str]  # HS6, best first
    confidence: float  # calibrated probability of the first
    heading: float  # calibrated probability of the first one's heading


def auc(score: np.ndarray, right: np.ndarray) -> float:
    """The chance that a right item is more confident than a wrong one (ties count half)."""
    pos, neg = score[right], score[~right]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins) / (len(pos) * len(neg))


def table(name: str, held: list[Held]) -> None:
    print("digits | top-1  | top-3")
    for level in (2, 4, 6):
        t1 = np.mean([domain.hits_at(h.predicted, h.gold, level, 1) for h in held])
        t3 = np.mean([domain.hits_at(h.predicted, h.gold, level, 3) for h in held])
        print(f"{level:>6} | {t1:6.1%} | {t3:6.1%}")
    conf = [h.confidence for h in held]
    correct = [domain.hits_at(h.predicted, h.gold, 6, 1) for h in held]
    risk = evaluation.risk_coverage(conf, correct)
    print(
        "HS6 top-1 at 25/50/75/100% coverage: "
        + " / ".join(f"{v:.1%}" if v is not None else "-" for v in risk.values())
    )
    cov, acc = evaluation.answered_at(conf, correct, target=0.75)
    print(f"largest coverage with answered HS6 top-1 >= 75%: {cov:.1%} (top-1 {acc:.1%})")
    first = sorted(range(len(held)), key=lambda i: -conf[i])[: round(GOAL_COVERAGE * len(held))]
    right = np.array(correct, dtype=bool)
    print(
        f"HS6 top-1 of the most confident {GOAL_COVERAGE:.0%}: "
        f"{np.mean([correct[i] for i in first]):.1%}; the best order (right answers first) "
        f"would answer {min(1.0, right.mean() / 0.75):.1%} at >= 75%; AUC of the confidence "
        f"(a right first above a wrong one): {auc(np.array(conf), right):.3f}"
    )
    for level in (2, 4):
        at_level = [domain.hits_at(h.predicted, h.gold, level, 1) for h in held]
        risk = evaluation.risk_coverage(conf, at_level)
        cov, _ = evaluation.answered_at(conf, at_level, target=0.75)
        print(
            f"HS{level} top-1 at 25/50/75/100% coverage: "
            + " / ".join(f"{v:.1%}" if v is not None else "-" for v in risk.values())
            + f"; largest coverage with answered HS{level} top-1 >= 75%: {cov:.1%}"
        )
    heading = [domain.hits_at(h.predicted, h.gold, 4, 1) for h in held]
    sure = [h.heading for h in held]
    cov, acc = evaluation.answered_at(sure, heading, target=0.75)
    print(
        "HS4 top-1 at 25/50/75/100% coverage, most confident heading first: "
        + " / ".join(
            f"{v:.1%}" if v is not None else "-"
            for v in evaluation.risk_coverage(sure, heading).values()
        )
        + f"; largest coverage with answered HS4 top-1 >= 75%: {cov:.1%} (top-1 {acc:.1%})"
    )
    asked = [i for i, p in enumerate(conf) if p < classifier.ABSTAIN_BELOW]
    named = [i for i in asked if sure[i] >= HEADING_SURE]
    if named:
        # would naming the heading when the subheading is asked back be honest? (ADR 0144: no)
        print(
            f"asked back (HS6 < {classifier.ABSTAIN_BELOW}) with heading >= {HEADING_SURE}: "
            f"{len(named)} of {len(asked)}, HS4 top-1 {np.mean([heading[i] for i in named]):.1%}"
        )
    print("abstain below | answered | answered HS6 top-1 | answered HS2 top-1")
    chapter = [domain.hits_at(h.predicted, h.gold, 2, 1) for h in held]
    for threshold in sorted({0.2, 0.3, 0.4, 0.5, 0.6, classifier.ABSTAIN_BELOW}):
        kept = [i for i, p in enumerate(conf) if p >= threshold]
        shipped = " (shipped)" if threshold == classifier.ABSTAIN_BELOW else ""
        if kept:
            print(
                f"  {threshold:.2f}{shipped} | {len(kept) / len(held):.1%} | "
                f"{np.mean([correct[i] for i in kept]):.1%} | "
                f"{np.mean([chapter[i] for i in kept]):.1%}"
            )
    print("confidence bin | items | mean confidence | HS6 top-1")
    for lo, hi in itertools.pairwise((0.0, 0.2, 0.4, 0.6, 0.8, 1.01)):
        members = [i for i, p in enumerate(conf) if lo <= p < hi]
        if members:
            print(
                f"  {lo:.1f}-{min(hi, 1.0):.1f} | {len(members):5d} | "
                f"{np.mean([conf[i] for i in members]):.2f} | "
                f"{np.mean([correct[i] for i in members]):.1%}"
            )
    print("heading confidence bin | items | mean confidence | HS4 top-1")
    for lo, hi in itertools.pairwise((0.0, 0.2, 0.4, 0.6, 0.8, 1.01)):
        members = [i for i, p in enumerate(sure) if lo <= p < hi]
        if members:
            print(
                f"  {lo:.1f}-{min(hi, 1.0):.1f} | {len(members):5d} | "
                f"{np.mean([sure[i] for i in members]):.2f} | "
                f"{np.mean([heading[i] for i in members]):.1%}"
            )


CONFIDENT = 0.5  # a wrong answer given with at least this confidence is a confident wrong


def confident_wrongs(rows: list[EvalRow], order: list[int], held: list[Held], n: int) -> None:
    """Held-fold items answered wrong at HS6 with confidence >= CONFIDENT: gold, predicted,
    confidence and the item's text, most confident first (to read them and group by cause)."""
    wrong = [
        (h.confidence, i, h)
        for i, h in zip(order, held, strict=True)
        if h.confidence >= CONFIDENT
        and h.predicted
        and not domain.hits_at(h.predicted, h.gold, 6, 1)
    ]
    print(f"confident wrongs (HS6 top-1 wrong, confidence >= {CONFIDENT}): {len(wrong)}")
    for conf, i, h in sorted(wrong, key=lambda t: -t[0])[:n]:
        text = " ".join(rows[i].text.split())[:400]
        print(
            f"  gold {'/'.join(g[:6] for g in h.gold)} | predicted {h.predicted[0]} "
            f"({', '.join(h.predicted[1:3])}) | {conf:.2f} | {text}"
        )


def changes(
    rows: list[EvalRow],
    order: list[int],
    before: list[Held],
    after: list[Held],
    n: int,
) -> None:
    """Held-fold items whose first HS6 changed between right and wrong."""
    for k in (1, 3):
        fixed, broken = [], []
        for i, b, a in zip(order, before, after, strict=True):
            was, now = domain.hits_at(b[1], b[0], 6, k), domain.hits_at(a[1], a[0], 6, k)
            title = (rows[i].title or rows[i].text)[:90]
            line = f"  {title} -> {', '.join(a[1][:k])} (was {', '.join(b[1][:k])})"
            if now and not was:
                fixed.append(line)
            elif was and not now:
                broken.append(f"{line}, gold {b[0][0][:6]}")
        print(f"top-{k} wrong -> right: {len(fixed)}; right -> wrong: {len(broken)}")
        print("\n".join(fixed[:n]))
        print(f"top-{k} right -> wrong:\n" + "\n".join(broken[:n]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, action="append", required=True)
    parser.add_argument("--grid", choices=sorted(GRIDS), default="none")
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--changes",
        type=int,
        default=0,
        help="print N items per file whose "
        "first HS6 the re-ranker turned from wrong to right (and right to wrong)",
    )
    parser.add_argument(
        "--wrongs",
        type=int,
        default=0,
        help="list N held-fold confident wrongs per file (re-ranked; gold, predicted, text)",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        help="write each held-fold item (file, row, gold, re-ranked HS6 order, pool) as JSON lines",
    )
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
            domain.hits_at(o.codes, o.gold, 6, 1) + domain.hits_at(o.codes, o.gold, 6, 3)
            for o, k in zip(outcomes[name][c], keep, strict=True)
            if k
        )

    before: dict[str, list[Held]] = {n: [] for n in files}
    after: dict[str, list[Held]] = {n: [] for n in files}
    index: dict[str, list[int]] = {n: [] for n in files}
    for fold in range(FOLDS):
        train = {name: folds[name] != fold for name in files}
        best = max(range(len(configs)), key=lambda c: sum(score(c, n, train[n]) for n in files))
        pooled = [
            o
            for name in files
            for o, keep in zip(outcomes[name][best], train[name], strict=True)
            if keep
        ]
        l2 = choose_l2(pooled, seed=fold)
        neutral_w = np.array(ranking.neutral().rerank)
        rows = [confidence_rows(o, neutral_w) for o in pooled]
        c = calibration.fit(np.vstack([r[0] for r in rows]), np.concatenate([r[1] for r in rows]))
        neutral_model = ranking.Model(ranking.neutral().rerank, tuple(float(v) for v in c))
        model = fit_models(pooled, l2)
        chosen = {k: getattr(configs[best], k) for k in grid}
        print(f"fold {fold}: knobs {chosen}, re-ranker L2 {l2}")
        for name in files:
            for i, o in enumerate(outcomes[name][best]):
                if folds[name][i] != fold:
                    continue
                index[name].append(i)
                before[name].append(Held(o.gold, o.codes, *top_confidence(o, neutral_model)))
                after[name].append(
                    Held(o.gold, reorder(o, np.array(model.rerank))[0], *top_confidence(o, model))
                )
    for name, rows in files.items():
        base = outcomes[name][0]
        print(f"\n== {name}: n={len(rows)}, held-fold figures (5-fold CV)")
        print("pool recall (HS6 / HS4 / HS2) at k = 1, 3, 5, 10, 20, 30:")
        for level in (6, 4, 2):
            recall = [
                np.mean([domain.hits_at(o.codes[:k], o.gold, level, k) for o in base])
                for k in (1, 3, 5, 10, 20, 30)
            ]
            print(f"  HS{level}: " + " ".join(f"{r:.1%}" for r in recall))
        print("-- hand-tuned order, confidence = logistic of its softmax share (CV):")
        table(name, before[name])
        print("-- learned re-ranker and calibrated confidence (CV):")
        table(name, after[name])
        ms = sorted(o.ms for o in base)
        print(f"latency: mean {np.mean(ms):.1f} ms, p50 {ms[len(ms) // 2]:.1f} ms per item")
        confident_wrongs(rows, index[name], after[name], args.wrongs)
        if args.changes:
            changes(rows, index[name], before[name], after[name], args.changes)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for name, rows in files.items():
                for i, h in zip(index[name], after[name], strict=True):
                    line = {
                        "file": name,
                        "row": i,
                        "title": rows[i].title or rows[i].text[:200],
                        "category": rows[i].category,
                        "gold": h.gold,
                        "predicted": h.predicted[:5],
                        "confidence": round(h.confidence, 4),
                        "pool": outcomes[name][0][i].codes,
                    }
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
    if args.fit:
        pooled = [o for name in files for o in outcomes[name][0]]
        l2 = choose_l2(pooled, seed=FOLDS)
        model = fit_models(pooled, l2)
        note = (
            f"fitted on {', '.join(files)} ({len(pooled)} items, L2 {l2}) by "
            "benchmarks/customs_cv.py --fit --write; no review data"
        )
        text = ranking.to_json(model, note=note)
        print("\nmodel on all rows:\n" + text)
        if args.write:
            WEIGHTS.write_text(text + "\n", encoding="utf-8")
            print(f"written to {WEIGHTS}")


if __name__ == "__main__":
    main()
