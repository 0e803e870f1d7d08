"""Product-type abstention, checked on folds: classify every product of a catalogue, join a file
of reading judgments (sku, type, ok|wrong: one line per type a SKU was ever ranked first with)
and print the typed and wrong shares (wrong = a typed product whose type a reader judged wrong,
as a share of all products) on k folds (row i goes to fold i mod k, k=5 unless --folds). The one
tuned setting, how many of the title's nearest types (embeddings) count as the embedding's vote,
is chosen on the other k-1 folds (most typed with wrong <= 2%) and measured on the held fold.
Typed products whose type is not judged yet are listed, never guessed.

    python benchmarks/listings_product_types.py CATALOGUE.csv JUDGMENTS.tsv
    (dev: ../shared/data/catalog/aliexpress_dev.csv benchmarks/listings_type_judgments_dev.tsv)
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from globalsell.listings import product_types

MAX_WRONG = 0.02
TOPS = (1, 2, 3, 5, 8)


@dataclass(frozen=True)
class Case:
    row: int
    sku: str
    typed: dict[int, str]  # embedding_top -> chosen type ("" when abstaining)


def cases(catalogue: Path) -> list[Case]:
    with catalogue.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    sims = product_types.similarities([r["title"] for r in rows])
    out: list[Case] = []
    for n, (row, sim) in enumerate(zip(rows, sims, strict=True)):
        extra = json.loads(row.get("attributes_json") or "{}")
        typed: dict[int, str] = {}
        for top in TOPS:
            result = product_types.classify(
                title=row["title"],
                category=row.get("category_path"),
                category_zh=row.get("category_path_zh"),
                item_type=extra.get("Item Type") or extra.get("Type"),
                embedding=sim,
                embedding_top=top,
            )
            typed[top] = result.product_type.code if result.product_type else ""
        out.append(Case(n, row["sku"], typed))
    return out


def judgments(path: Path) -> dict[tuple[str, str], bool]:
    judged: dict[tuple[str, str], bool] = {}  # (sku, type) -> wrong
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sku, code, verdict = line.split("\t")
        judged[(sku, code)] = verdict == "wrong"
    return judged


def shares(part: list[Case], top: int, judged: dict[tuple[str, str], bool]) -> tuple[float, float]:
    typed = [c for c in part if c.typed[top]]
    wrong = sum(judged.get((c.sku, c.typed[top]), False) for c in typed)
    return len(typed) / len(part), wrong / len(part)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("judgments", type=Path)
    parser.add_argument("--folds", type=int, default=5, help="k of the k-fold split (rows i mod k)")
    args = parser.parse_args()
    data = cases(args.catalogue)
    judged = judgments(args.judgments)
    k = args.folds
    folds = [data[i::k] for i in range(k)]
    table = Table("tuned on", "measured on", "nearest", "typed", "wrong", title=f"types, {k}-fold")
    measured: list[tuple[float, float]] = []
    for i, test in enumerate(folds):
        train = [c for j, part in enumerate(folds) if j != i for c in part]
        best = max(
            TOPS,
            key=lambda n: (shares(train, n, judged)[1] <= MAX_WRONG, shares(train, n, judged)[0]),
        )
        typed, wrong = shares(test, best, judged)
        measured.append((typed, wrong))
        table.add_row(
            f"not fold {i + 1}", f"fold {i + 1}", str(best), f"{typed:.1%}", f"{wrong:.1%}"
        )
    mean_typed = sum(t for t, _ in measured) / k
    mean_wrong = sum(w for _, w in measured) / k
    table.add_row("CV mean", "", "", f"{mean_typed:.1%}", f"{mean_wrong:.1%}")
    shipped = product_types.EMBEDDING_TOP
    for i, part in enumerate(folds):
        typed, wrong = shares(part, shipped, judged)
        table.add_row("shipped", f"fold {i + 1}", str(shipped), f"{typed:.1%}", f"{wrong:.1%}")
    typed, wrong = shares(data, shipped, judged)
    table.add_row("shipped", "all", str(shipped), f"{typed:.1%}", f"{wrong:.1%}")
    console = Console()
    console.print(table)
    unjudged = sorted(
        f"{c.sku} {c.typed[k]}"
        for c in data
        for k in {shipped}
        if c.typed[k] and (c.sku, c.typed[k]) not in judged
    )
    console.print(f"{len(unjudged)} typed products not judged: {', '.join(unjudged) or '-'}")


if __name__ == "__main__":
    main()
