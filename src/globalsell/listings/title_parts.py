"""The parts of a generated title: said once, in the store's order and joining, with what the
head already says left out. Pure."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from globalsell.listings.extract import Fact
from globalsell.listings.glossary import Glossary, fold
from globalsell.listings.product_types import ProductType
from globalsell.listings.title_fragments import measure_choices
from globalsell.listings.titles import AUDIENCE_GROUPS


def says_value(value: str, head: str) -> bool:
    """Whether the title head already says `value` (whole words: "L" is no part of "Lamp")."""
    return re.search(rf"(?<!\w){re.escape(fold(value))}(?!\w)", fold(head)) is not None


# Style values that sell rather than describe: a bullet may say them, a title does not.
_SELLING_STYLES = ("Fashion", "Trendy")


def looks(
    c: dict[str, Any], facts: dict[str, Fact], glossary: Glossary, typed: ProductType | None
) -> list[str]:
    """Style and pattern (as translated for the bullets) for products worn or carried, where
    they say what the product looks like; a plain "solid" pattern says nothing."""
    if typed is None or typed.group not in AUDIENCE_GROUPS:
        return []
    style = glossary.term("style", str(facts["style"].value), "en") if "style" in facts else None
    out = [str(c["style"])] if "style" in c and style not in _SELLING_STYLES else []
    if "pattern" in c and glossary.term("pattern", str(facts["pattern"].value), "en") not in (
        None,
        "Solid Colour",
    ):
        out.append(str(c["pattern"]))
    return out


def each_term(term: Any, kind: str, text: str) -> str | None:
    """A list value ("Black, Red", "Gold/Silver") term by term; None unless every part is
    known."""
    parts = [p for p in re.split(r"\s*[,/&+]\s*|\s+and\s+", text) if p.strip()]
    if len(parts) < 2:
        return None
    shown = [term(kind, p) for p in parts]
    if not all(shown):
        return None
    return ", ".join(dict.fromkeys(str(x) for x in shown))


def known_terms(term: Any, kind: str, text: str) -> str | None:
    """The parts of a list value ("Spring/Autumn", "Breathable,Waterproof") the glossary knows,
    in the store language, once each; None when it knows none."""
    whole = term(kind, text)
    if whole:
        return str(whole)
    parts = [p for p in re.split(r"\s*[,/&+;]\s*|\s+and\s+", text, flags=re.I) if p.strip()]
    shown = [str(x) for x in (term(kind, p) for p in parts) if x]
    return ", ".join(dict.fromkeys(shown)) or None


def distinct_parts(parts: list[str]) -> list[str]:
    """Title parts without repeats that differ only in case or spacing ("2400 mAh", "2400mah"),
    without a part an earlier one already says ("500 ml" after "500 ml (16.9 fl oz)"), and
    without a code repeated inside a later spec ("32DP" then "32DP 3.175/5mm")."""
    seen: set[str] = set()
    words: set[str] = set()
    out: list[str] = []
    for i, part in enumerate(parts):
        key = re.sub(r"\s+", "", part.casefold())
        if not key or key in seen:
            continue
        if i and any(_says(o, part) for o in out):
            continue
        if i and any(ch.isdigit() for ch in part):
            # A model code said again inside a later spec ("32DP 3.175/5mm"): once is enough.
            fresh = [w for w in part.split() if not (_CODE_WORD.match(w) and fold(w) in words)]
            if not fresh:
                continue
            part = " ".join(fresh)
        seen.add(key)
        words.update(fold(w) for w in part.split())
        out.append(part)
    return out


@lru_cache(maxsize=16384)
def _says(outer: str, inner: str) -> bool:
    """Whether `outer` contains `inner` as whole words (parts repeat across stores: cached)."""
    return re.search(rf"(?<!\w){re.escape(fold(inner))}(?!\w)", fold(outer)) is not None


_CODE_WORD = re.compile(r"^(?=.*\d)[\w./-]{3,}$")


def lists_choices(value: str) -> bool:
    """A value that lists three or more alternatives ("35,42,40,45", "Gold/Silver/Black") or
    two measures ("150x200cm,200x230cm"): the variants on offer, not this product's value."""
    parts = [p for p in re.split(r"\s*[,/;|]\s*", value) if p.strip()]
    return len(parts) >= 3 or measure_choices(value)


def join_title(brand: str, parts: list[str], lang: str) -> str:
    head = parts[0].split(" ", 1)
    if brand and len(head) == 2 and brand.split()[-1].casefold() == head[0].casefold():
        parts = [head[1], *parts[1:]]  # "Lumiere Hair" + "Hair Extensions": no "Hair Hair"
    if lang == "ja":
        # Japanese lists values with "/" ("ブラック/シルバー"), never with a Latin comma.
        return " ".join(([brand] if brand else []) + [p.replace(", ", "/") for p in parts])
    title = ", ".join(parts)
    return f"{brand} {title}" if brand else title


def shorten(text: str, limit: int) -> str:
    """Whole words up to `limit` characters, without a dangling separator."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:/-&+")
