"""Learning from the seller's confirmed codes, measured as a seller lives it: the dev catalogue
is classified in file order, and after each item is classified the seller confirms its gold
code, which becomes a precedent for the items after it (customs.memory).

    python benchmarks/customs_seller_memory.py --data ../shared/data/hs/hscodecomp_dev.csv

Prints HS6/HS2 top-1 for the first 50 items, the next 100 and the rest, with and without the
seller's precedents, how often a precedent led and how often it was right then, and the
accuracy at the confidence the classifier reported."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from globalsell.cli.customs import read_eval_file
from globalsell.customs import classifier, domain, memory

SPANS = ((0, 50, "first 50"), (50, 150, "next 100"), (150, None, "rest"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    rows = read_eval_file(args.data)
    confirmed: list[memory.Confirmed] = []
    start = date(2026, 1, 1)
    hits: dict[str, list[tuple[bool, bool]]] = {"without": [], "with": []}
    led: list[bool] = []
    answered: list[bool] = []
    for i, row in enumerate(rows):
        vector = classifier.embed(row.title or row.text)
        found = (
            memory.precedents(confirmed, vector=vector, category=row.category)
            if vector is not None
            else []
        )
        for name, known in (("without", []), ("with", found)):
            result = classifier.classify(row.text, category=row.category, precedents=known)
            codes = [c.national_code for c in result.candidates]
            hits[name].append(
                (domain.hits_at(codes, row.gold, 6, 1), domain.hits_at(codes, row.gold, 2, 1))
            )
            if name == "with":
                first = result.candidates[0] if result.candidates else None
                if first is not None and first.reasons and first.reasons[0].startswith("like SKU"):
                    led.append(hits[name][-1][0])
                if not result.abstained:
                    answered.append(hits[name][-1][0])
        if vector is not None:
            confirmed.append(
                memory.Confirmed(
                    sku=f"ROW{i + 1}",
                    code=row.gold[0],
                    category=row.category,
                    confirmed_on=start + timedelta(days=i),
                    vector=vector,
                )
            )
    print(f"{args.data.name}: n={len(rows)}, classified in file order, gold confirmed after each")
    print("items     | HS6 top-1 without | with precedents | HS2 without | with")
    for lo, hi, label in SPANS:
        a = hits["without"][lo:hi]
        b = hits["with"][lo:hi]
        if not a:
            continue
        print(
            f"{label:<9} | {np.mean([h[0] for h in a]):17.1%} | {np.mean([h[0] for h in b]):15.1%}"
            f" | {np.mean([h[1] for h in a]):11.1%} | {np.mean([h[1] for h in b]):.1%}"
        )
    led_rate = np.mean(led) if led else 0.0
    answered_rate = np.mean(answered) if answered else 0.0
    print(
        f"a precedent led {len(led)} times, right at HS6 {led_rate:.1%}; "
        f"answered (not abstained) {len(answered)}, right {answered_rate:.1%}"
    )


if __name__ == "__main__":
    main()
