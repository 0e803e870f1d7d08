"""Chapters that cover goods of one kind only, as rule data: when the article's own noun is not a
word of those chapters' texts, and the text names nothing that puts it there, a chapter of the
group was reached through a word used for the article's purpose ("bird feeder", "fish tank",
"egg tray") or through a word of another sense, and it is disfavoured (never excluded). The
waste and scrap headings likewise hold a listing only when it says it is waste.

Each scope cites the legal text that limits the chapters to those goods. Words are matched as
whole stemmed tokens (`query.tokens`), never inside another word.

Written for globalsell from the HS 2022 section and chapter texts; no entry is taken from the
evaluation data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from globalsell.customs.nomenclature import Nomenclature
from globalsell.customs.query import tokens


@dataclass(frozen=True)
class Scope:
    """Chapters whose goods are of one kind, the words that name that kind outright, and why."""

    name: str
    chapters: frozenset[str]
    enabling: tuple[str, ...]  # a word of these in the text lets the chapters stand
    source: str
    # a trade name qualified by an enabling word ('insect trap, electric') lends no word: the
    # chapter holds the article only with that quality
    qualified: bool = False


SCOPES: tuple[Scope, ...] = (
    Scope(
        "animal_vegetable_food",
        frozenset(f"{c:02d}" for c in range(1, 25)),
        ("food", "edible", "feed", "fodder", "live", "fresh", "frozen", "dried", "seed"),
        "Sections I-IV (chapters 01-24) cover live animals, animal and vegetable products, fats "
        "and prepared foodstuffs themselves; an article named for its use with them (a feeder, "
        "a bowl, a tank or a tray for animals or food) is classified as the article it is (GRI 1)",
    ),
    Scope(
        "electrical",
        frozenset({"85"}),
        (
            "electric",
            "electrical",
            "electronic",
            "battery",
            "usb",
            "rechargeable",
            "cordless",
            "plug",
            "powered",
            "power",
            "volt",
            "voltage",
            "led",
            "solar",
            "wireless",
            "bluetooth",
            "charger",
            "charging",
            "digital",
            "smart",
            "motor",
            "cable",
            "wire",
        ),
        "heading texts of Chapter 85 (electrical machinery and equipment); an article with no "
        "electrical function is classified by what it is and what it is made of (GRI 1)",
        qualified=True,
    ),
    Scope(
        "chemical_preparations",
        frozenset({"38"}),
        ("poison", "bait", "insecticide", "rodenticide", "pesticide", "chemical", "spray"),
        "Chapter 38 (miscellaneous chemical products; heading 3808: insecticides, rodenticides "
        "and the like put up for retail sale); a device that is no such preparation is "
        "classified as the article it is (GRI 1)",
        qualified=True,
    ),
)
PENALTY = 0.3  # a chapter of a scope the article's noun does not belong to

# The chapters of materials whose notes leave out the articles of Chapter 95 (toys, games,
# sports requisites): Chapter 39 Note 2(y), Chapter 40 Note 2, Chapter 44 Note 1, Chapter 48
# Note 2, Chapter 68 Note 1, Chapter 69 Note 2, Chapter 70 Note 1 and Section XV Note 1 (for
# chapters 73 and 76). A title or category naming such an article ('educational toy') makes
# them stand back (ADR 0189): 'building tiles' of a toy are not the floor tiles of 3918/6907.
NOT_CHAPTER_95 = frozenset({"39", "40", "44", "48", "68", "69", "70", "73", "76"})
CHAPTER_95_PENALTY = 0.5


_VOCABULARY: dict[tuple[int, frozenset[str]], frozenset[str]] = {}


def _vocabulary(nom: Nomenclature, scope: Scope) -> frozenset[str]:
    """The words of the scope's heading and line texts and of the trade names filed under it;
    see `Scope.qualified`."""
    chapters = scope.chapters
    key = (id(nom), chapters)
    if key in _VOCABULARY:
        return _VOCABULARY[key]
    texts = [n.description for code, n in nom.hs.items() if code[:2] in chapters]
    texts += [ln.description for code, ln in nom.us_lines.items() if code[:2] in chapters]
    enabling = _enabling(scope) if scope.qualified else frozenset()
    texts += [
        term
        for term, code in nom.uk_terms
        if code[:2] in chapters and not enabling & set(tokens(term))
    ]
    _VOCABULARY[key] = frozenset(t for text in texts for t in tokens(text))
    return _VOCABULARY[key]


def _enabling(scope: Scope) -> frozenset[str]:
    return frozenset(t for w in scope.enabling for t in tokens(w))


def outside(
    nom: Nomenclature, noun: str | None, query_tokens: Iterable[str], known: Iterable[str]
) -> frozenset[str]:
    """The chapters the article (its noun, a nomenclature word) does not belong to: those of
    each scope whose texts never use the noun, when the text names none of its enabling words."""
    if not noun or len(noun) <= 2 or noun not in set(known):
        return frozenset()
    said = set(query_tokens)
    out: set[str] = set()
    for scope in SCOPES:
        if said & _enabling(scope):
            continue
        if noun not in _vocabulary(nom, scope):
            out |= scope.chapters
    return frozenset(out)


# Headings whose texts name waste, scrap, residues or worn articles (2620, 3915, 4004, 4707, the
# fibre wastes, 6309-6310, 7112, the base-metal scraps, 8549 electrical and electronic waste)
# cover a listing only when it says so; a diagnostic scanner is not electronic waste (GRI 1).
WASTE_HEADINGS = frozenset(
    [
        "2620",
        "3915",
        "4004",
        "4707",
        "5003",
        "5103",
        "5202",
        "5505",
        "6309",
        "6310",
        "7112",
        "7204",
        "7404",
        "7503",
        "7602",
        "7802",
        "7902",
        "8002",
        "8549",
    ]
)
_WASTE = re.compile(r"\b(?:waste|scrap|worn|rags?|used|recycl\w*|residues?)\b", re.I)
WASTE_PENALTY = 0.3


def says_waste(text: str) -> bool:
    """Whether a listing says it is waste, scrap, worn or recycled goods (whole words)."""
    return bool(_WASTE.search(text))
