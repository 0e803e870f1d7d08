"""Customs abstentions: how many ask a question the description already answers.

    python benchmarks/customs_questions.py ../shared/data/hs/atlas_validation.csv [--show N]

Each row is classified as `customs eval` does; for every abstention the topics the question asks
(knitted or woven, men or women, electric or not, the material) are read from the question's own
words, and the facts the description states from its words (whole words only). A question is
'answered already' when it asks a topic the description states. This check is independent of
customs.choice, so it also measures the code before a change."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from globalsell.cli.customs import read_eval_file
from globalsell.customs import classifier

ASKS = {
    "knit": re.compile(r"\bknitted or crocheted\b.*\bwoven\b|\bknitted or woven\b", re.I),
    "gender": re.compile(r"\bmen or women\b|\bmen's or women's\b", re.I),
    "electric": re.compile(r"\bis it electric\b", re.I),
    "material": re.compile(r"\bmade of\b", re.I),
}
STATES = {
    "knit": re.compile(r"\b(?:knit|knits|knitted|knitting|crochet|crocheted|jersey|woven)\b", re.I),
    "gender": re.compile(
        r"\b(?:men'?s?|women'?s?|woman|man(?!-made)|ladies|lady|girls?|boys?|male|female)\b", re.I
    ),
    "electric": re.compile(
        r"\b(?:electric|electrical|electronic|battery|batteries|usb|rechargeable|manual|"
        r"hand-operated|non-electric|powered|motor|motorized|cordless|plug)\b",
        re.I,
    ),
    "material": re.compile(
        r"\b(?:cotton|polyester|nylon|silk|wool|linen|leather|plastic|silicone|rubber|steel|"
        r"stainless|aluminium|aluminum|iron|copper|brass|wood|wooden|bamboo|glass|ceramic|"
        r"porcelain|paper|cardboard|acrylic|pvc|resin|zinc|alloy|gold|silver|titanium|"
        r"spandex|viscose|rayon|polypropylene|polyethylene|abs|metal|fabric|textile)\b",
        re.I,
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", type=int, default=10, help="abstentions printed in full")
    args = parser.parse_args()
    rows = read_eval_file(args.data)
    classifier.classify("warm up")
    abstained = answered = 0
    topics: Counter[str] = Counter()
    shown = 0
    for row in rows:
        if not row.text.strip():
            continue
        result = classifier.classify(row.text, category=row.category, top_k=10)
        if not result.abstained or not result.question:
            continue
        abstained += 1
        asked = {t for t, rx in ASKS.items() if rx.search(result.question)}
        stated = {t for t, rx in STATES.items() if rx.search(f"{row.text} {row.category or ''}")}
        redundant = asked & stated
        topics.update(redundant)
        if redundant:
            answered += 1
        if shown < args.show:
            shown += 1
            mark = f" ALREADY ANSWERED ({', '.join(sorted(redundant))})" if redundant else ""
            print(f"- {row.text[:90]!r} gold {','.join(row.gold)[:20]}{mark}")
            print(f"  Q: {result.question}")
    print(
        f"{args.data.name}: {abstained} abstentions, {answered} ask what the text already "
        f"answers ({dict(sorted(topics.items()))})"
    )


if __name__ == "__main__":
    main()
