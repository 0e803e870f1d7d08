"""Evaluation files and the figures `customs eval` prints: accuracy per digit level, accuracy at
25/50/75/100% coverage when the least confident items are left out, and a per-chapter
confusion summary. Pure: text in, numbers out."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from globalsell.core.errors import ValidationFailed
from globalsell.customs import domain

COVERAGES = (0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class EvalRow:
    text: str
    gold: list[str]
    category: str | None = None
    title: str = ""  # the product name alone (without attributes)


def _attributes(raw: str, line: int) -> str:
    if not raw.strip():
        return ""
    try:
        attrs = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationFailed(
            f"row {line}: product_attributes is not JSON", field="product_attributes"
        ) from exc
    if not isinstance(attrs, dict):
        return ""
    return " ".join(
        f"{k}: {v}" for k, v in attrs.items() if not _NOISE.search(str(k)) and str(v) != "None"
    )


# Listing attributes about shipping, origin and the seller say nothing about the goods.
_NOISE = re.compile(
    r"package|origin|^cn$|measurement|brand|chemical|sold in|pack|certification|model number|"
    r"warranty|barcode|upc|ean|semi_customized|is_customized",
    re.I,
)


def parse_eval_csv(text: str) -> list[EvalRow]:
    """Rows of an evaluation CSV: either `description` + `all_codes` (codes separated by ';'),
    or a marketplace export with `product_name` + `hts10` and optionally `product_attributes`
    (JSON) and `cate_lv1_desc`.. (the category path, most general first)."""
    reader = csv.DictReader(io.StringIO(text))
    fields = set(reader.fieldnames or [])
    if {"description", "all_codes"} <= fields:
        text_col, gold_col = "description", "all_codes"
    elif {"product_name", "hts10"} <= fields:
        text_col, gold_col = "product_name", "hts10"
    else:
        raise ValidationFailed(
            "the file needs columns description and all_codes (or product_name and hts10)",
            field="file",
        )
    levels = sorted(f for f in fields if f.startswith("cate_lv") and f.endswith("_desc"))
    rows: list[EvalRow] = []
    for line, row in enumerate(reader, start=2):
        gold = [
            c for c in (domain.normalise_code(x) for x in (row[gold_col] or "").split(";")) if c
        ]
        if not gold:
            continue
        description = title = row[text_col] or ""
        if "product_attributes" in fields:
            description = f"{description} {_attributes(row['product_attributes'] or '', line)}"
        path = " > ".join(v for v in (row[c] or "" for c in levels) if v.strip())
        rows.append(EvalRow(description.strip(), gold, path or None, title.strip()))
    if not rows:
        raise ValidationFailed("no rows with a gold code", field="file")
    return rows


def risk_coverage(confidences: Sequence[float], correct: Sequence[bool]) -> dict[str, float | None]:
    """Top-1 accuracy on the most confident 25/50/75/100% of the items."""
    order = sorted(range(len(correct)), key=lambda i: -confidences[i])
    out: dict[str, float | None] = {}
    for share in COVERAGES:
        n = round(len(order) * share)
        out[f"{int(share * 100)}%"] = (
            round(sum(correct[i] for i in order[:n]) / n, 4) if n else None
        )
    return out


def answered_at(
    confidences: Sequence[float], correct: Sequence[bool], *, target: float
) -> tuple[float, float]:
    """The largest coverage whose top-1 accuracy is at least `target`: (coverage, accuracy)."""
    order = sorted(range(len(correct)), key=lambda i: -confidences[i])
    best = (0.0, 0.0)
    hits = 0
    for n, i in enumerate(order, start=1):
        hits += int(correct[i])
        if hits / n >= target:
            best = (n / len(order), hits / n)
    return round(best[0], 4), round(best[1], 4)


def chapter_confusion(
    pairs: Sequence[tuple[str, str | None]], *, top: int = 15
) -> list[dict[str, object]]:
    """Per gold chapter: items, share whose first candidate is in the chapter, and the chapters
    most often proposed instead. `pairs` are (gold code, first candidate or None)."""
    by_chapter: dict[str, list[str | None]] = defaultdict(list)
    for gold, first in pairs:
        by_chapter[gold[:2]].append(first[:2] if first else None)
    rows: list[dict[str, object]] = []
    for chapter, chapters in by_chapter.items():
        wrong = Counter(p or "none" for p in chapters if p != chapter)
        rows.append(
            {
                "chapter": chapter,
                "n": len(chapters),
                "hs2_top1": round(sum(p == chapter for p in chapters) / len(chapters), 4),
                "instead": [f"{c} x{k}" for c, k in wrong.most_common(3)],
            }
        )
    rows.sort(key=lambda r: (-len(by_chapter[str(r["chapter"])]), str(r["chapter"])))
    return rows[:top]
