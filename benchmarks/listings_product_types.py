"""Product-type abstention, tuned on folds: classify every product of a catalogue with no
abstention, join a file of reading judgments (sku, type ranked first, ok|wrong), and choose the
score and margin thresholds on 4 of 5 folds (most typed products with wrong types <= 2% of the
products), measured on the fifth. Prints the cross-validated typed and wrong shares and the
thresholds each fold chose. Judgments for a type the classifier no longer ranks first are
reported as unjudged, never guessed.

    python benchmarks/listings_product_types.py CATALOGUE.csv JUDGMENTS.tsv
    (dev: ../shared/data/catalog/aliexpress_dev.csv benchmarks/listings_type_judgments_dev.tsv)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from globalsell.listings import product_types

MAX_WRONG = 0.02
GRID = [(s / 4, m / 4) for s in range(27) for m in range(17)]


@dataclass(frozen=True)
class Case:
    sku: str
    code: str
    score: float
    margin: float
    conflict: bool
    wrong: bool | None  # None: not judged


def cases(catalogue: Path, judgments: Path) -> list[Case]:
    judged: dict[str, tuple[str, bool]] = {}
    for line in judgments.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sku, code, verdict = line.split("\t")
        judged[sku] = (code, verdict == "wrong")
    with catalogue.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    sims = product_types.similarities([r["title"] for r in rows])
    out: list[Case] = []
    for row, sim in zip(rows, sims, strict=True):
        extra = json.loads(row.get("attributes_json") or "{}")
        result = product_types.classify(
            title=row["title"],
            category=row.get("category_path"),
            item_type=extra.get("Item Type") or extra.get("Type"),
            embedding=sim,
            min_score=0,
            min_margin=0,
        )
        if not result.candidates:
            out.append(Case(row["sku"], "", 0.0, 0.0, False, False))
            continue
        top = result.candidates[0]
        second = result.candidates[1].score if len(result.candidates) > 1 else 0.0
        code, wrong = judged.get(row["sku"], ("", False))
        out.append(
            Case(
                row["sku"],
                top.code,
                top.score,
                top.score - second,
                result.abstained,  # with no thresholds only the conflict rule abstains
                wrong if code == top.code else None,
            )
        )
    return out


def shares(part: list[Case], score: float, margin: float) -> tuple[float, float]:
    typed = [
        c for c in part if c.code and not c.conflict and c.score >= score and c.margin >= margin
    ]
    return len(typed) / len(part), sum(bool(c.wrong) for c in typed) / len(part)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("judgments", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    data = cases(args.catalogue, args.judgments)
    unjudged = [c.sku for c in data if c.code and c.wrong is None]
    order = list(range(len(data)))
    random.Random(7).shuffle(order)
    folds = [order[k :: args.folds] for k in range(args.folds)]
    table = Table("fold", "score >=", "margin >=", "typed", "wrong", title="abstention, CV")
    typed_total = wrong_total = 0.0
    for k, fold in enumerate(folds):
        train = [data[i] for j, f in enumerate(folds) if j != k for i in f]
        test = [data[i] for i in fold]
        best = max(
            GRID,
            key=lambda p: (shares(train, *p)[1] <= MAX_WRONG, shares(train, *p)[0], -p[0]),
        )
        typed, wrong = shares(test, *best)
        typed_total += typed * len(test)
        wrong_total += wrong * len(test)
        table.add_row(str(k + 1), str(best[0]), str(best[1]), f"{typed:.1%}", f"{wrong:.1%}")
    n = len(data)
    table.add_row("all", "", "", f"{typed_total / n:.1%}", f"{wrong_total / n:.1%}")
    console = Console()
    console.print(table)
    default = shares(data, product_types.MIN_SCORE, product_types.MIN_MARGIN)
    console.print(
        f"shipped thresholds (score {product_types.MIN_SCORE}, margin "
        f"{product_types.MIN_MARGIN}) on all {n}: typed {default[0]:.1%}, wrong {default[1]:.1%}; "
        f"{len(unjudged)} first-ranked types not judged: {', '.join(unjudged) or '-'}"
    )


if __name__ == "__main__":
    main()
