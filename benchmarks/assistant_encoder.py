"""Would the shipped multilingual sentence encoder (USE-m3, the one customs uses) help the chat
choose what a question asks for? Measured, not assumed, on every labelled question of the
assistant's question sets (dev, unseen, fresh and the held-out block), with no demo database:

- encoder alone: leave-one-out nearest neighbour over the other questions' embeddings (so a
  question never votes for itself); accuracy overall and when the top-1 cosine margin over the
  best other measure is at least 0.05 / 0.10;
- parser: the offline parser's measure on the same questions.

The chat uses the encoder only if, where the parser is unsure, the encoder is right far more
often than a wrong answer is tolerable (wrong answers <= 1%): see ADR 0106.

    python benchmarks/assistant_encoder.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from assistant_questions import CASES, FRESH  # noqa: E402
from assistant_questions_heldout import FRESH2, NEW50  # noqa: E402

from globalsell.assistant.question import parse  # noqa: E402
from globalsell.customs.classifier import embed  # noqa: E402

LABEL = {
    "units": "units_sold",
    "top": "units_sold",
    "bottom": "units_sold",
    "top_n": "units_sold",
    "compare": "units_sold",
    "top_store": "units_sold",
    "revenue": "revenue",
    "orders": "orders",
    "open_orders": "open_orders",
    "cost": "unit_cost",
    "hs": "hs_code",
    "no_hs": "hs_missing",
    "stock": "stock",
    "inbound": "stock",
    "top_stock": "stock",
    "price": "price",
    "losing": "margin",
    "margin": "margin",
    "exceptions": "shipments",
    "late": "shipments",
    "eta": "shipments",
    "listing": "listing_status",
    "listing_count": "listing_status",
    "count": "product_count",
    "proposals": "open_proposals",
    "stockout": "out_of_stock",
    "reorder": "days_of_cover",
}
TODAY = date(2026, 11, 25)


def main() -> None:
    labelled = [(q, LABEL[s[0]]) for q, s in CASES + FRESH + NEW50 + FRESH2 if s[0] in LABEL]
    vectors = [embed(q) for q, _ in labelled]
    if any(v is None for v in vectors):
        print("the sentence encoder is not installed: nothing to measure")
        return
    x = np.stack([v for v in vectors if v is not None])
    labels = [lab for _, lab in labelled]
    sims = x @ x.T
    np.fill_diagonal(sims, -1.0)
    right = 0
    margin_hits: dict[float, list[bool]] = {0.05: [], 0.10: []}
    for i in range(len(labelled)):
        best: dict[str, float] = {}
        for j, lab in enumerate(labels):
            if j != i:
                best[lab] = max(best.get(lab, -1.0), float(sims[i, j]))
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        ok = ranked[0][0] == labels[i]
        right += ok
        for m, hits in margin_hits.items():
            if ranked[0][1] - ranked[1][1] >= m:
                hits.append(ok)
    parser_right = sum(
        1
        for q, lab in labelled
        if (p := parse(q, today=TODAY)).measure is not None and p.measure.value == lab
    )
    n = len(labelled)
    print(f"labelled questions: {n}")
    print(f"parser measure right:            {parser_right:>4} ({100 * parser_right / n:.1f}%)")
    print(f"encoder 1-NN (leave-one-out):    {right:>4} ({100 * right / n:.1f}%)")
    for m, hits in margin_hits.items():
        if hits:
            wrong = len(hits) - sum(hits)
            print(
                f"encoder with margin >= {m:.2f}:     {len(hits):>4} decided, {wrong} wrong "
                f"({100 * wrong / len(hits):.1f}% of those decided)"
            )


if __name__ == "__main__":
    main()
