"""What a listings run is worth on a catalogue, from the generated listings alone: typed and
abstained shares, titles per store, spam left in titles, blocking issues, attribute fill per
product type and a fixed random sample of titles for a person to read. Pure."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from globalsell.listings import title_quality
from globalsell.listings.spam import spam_markers

UNTYPED = ("", "PRODUCT")
ABSTAINED = ("needs-product-type", "unknown-product-type")
SAMPLE_STORES = ("US", "DE", "FR", "JP")
SAMPLE_SEED = 20261206  # fixed: the same catalogue always shows the same sample
# Attributes counted for "fill" when the product type names none of its own.
DEFAULT_KEY_ATTRIBUTES = ("brand", "material", "color", "size", "country_of_origin")


@dataclass(frozen=True)
class Row:
    sku: str
    store: str
    product_type: str
    title: str
    issues: Sequence[dict[str, Any]]
    content: dict[str, Any]
    first_try_valid: bool = False
    language: str = "en"  # the store's listing language (for the title rubric)


@dataclass
class Evaluation:
    skus: int = 0
    listings: int = 0
    typed_share: float = 0.0
    abstained_share: float = 0.0
    titles_present: dict[str, float] = field(default_factory=dict)
    spam_titles: int = 0
    spam_markers: dict[str, int] = field(default_factory=dict)
    blocking_share: float = 0.0
    first_try_valid_typed: float = 0.0
    attribute_fill: dict[str, dict[str, float]] = field(default_factory=dict)
    sample: list[dict[str, str]] = field(default_factory=list)
    title_rubric: dict[str, dict[str, float]] = field(default_factory=dict)
    generation_seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "skus": self.skus,
            "listings": self.listings,
            "typed_share": self.typed_share,
            "abstained_share": self.abstained_share,
            "titles_present": self.titles_present,
            "spam_titles": self.spam_titles,
            "spam_markers": self.spam_markers,
            "blocking_share": self.blocking_share,
            "no_blocking_share": round(1 - self.blocking_share, 4) if self.listings else 0.0,
            "first_try_valid_typed": self.first_try_valid_typed,
            "attribute_fill": self.attribute_fill,
            "sample": self.sample,
            "title_rubric": self.title_rubric,
            "title_rubric_definition": {
                "criteria": list(title_quality.CRITERIA),
                "length": [title_quality.MIN_LENGTH, title_quality.MAX_LENGTH],
                "min_attributes": title_quality.MIN_ATTRIBUTES,
            },
            "generation_seconds": self.generation_seconds,
        }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def evaluate(
    rows: Sequence[Row],
    *,
    key_attributes: Mapping[str, Sequence[str]] | None = None,
    sample_size: int = 20,
) -> Evaluation:
    """The figures of one run over every listing of a catalogue."""
    out = Evaluation(listings=len(rows))
    skus = sorted({r.sku for r in rows})
    out.skus = len(skus)
    typed = [r for r in rows if r.product_type not in UNTYPED]
    out.typed_share = _share(len(typed), len(rows))
    abstained = [r for r in rows if any(i.get("code") in ABSTAINED for i in r.issues)]
    out.abstained_share = _share(len(abstained), len(rows))
    by_store: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_store[r.store].append(r)
    out.titles_present = {
        store: _share(sum(bool(r.title.strip()) for r in items), len(items))
        for store, items in sorted(by_store.items())
    }
    out.title_rubric = {
        store: title_quality.shares(
            [
                title_quality.judge(
                    r.title, language=r.language, product_type=r.product_type, content=r.content
                )
                for r in items
            ]
        )
        for store, items in sorted(by_store.items())
    }
    markers: Counter[str] = Counter()
    for r in rows:
        found = spam_markers(r.title)
        out.spam_titles += bool(found)
        markers.update(found)
    out.spam_markers = dict(sorted(markers.items()))
    blocked = [r for r in rows if any(i.get("severity") == "error" for i in r.issues)]
    out.blocking_share = _share(len(blocked), len(rows))
    out.first_try_valid_typed = _share(sum(r.first_try_valid for r in typed), len(rows))
    keys = key_attributes or {}
    per_type: dict[str, list[Row]] = defaultdict(list)
    first_store = sorted(by_store)[0] if by_store else ""
    for r in by_store.get("US", by_store.get(first_store, [])):
        per_type[r.product_type or "PRODUCT"].append(r)
    for product_type, items in sorted(per_type.items()):
        names = keys.get(product_type) or DEFAULT_KEY_ATTRIBUTES
        out.attribute_fill[product_type] = {
            name: _share(sum(_filled(r.content.get(name)) for r in items), len(items))
            for name in names
        }
    picked = random.Random(SAMPLE_SEED).sample(skus, min(sample_size, len(skus)))
    titles = {(r.sku, r.store): r.title for r in rows}
    types = {r.sku: r.product_type for r in rows}
    out.sample = [
        {"sku": sku, "product_type": types[sku]}
        | {store: titles.get((sku, store), "") for store in SAMPLE_STORES}
        for sku in sorted(picked)
    ]
    return out


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})
