"""The seller's own name of a product: the head noun of an English title's product phrase
("Prayer Beads Bracelet": bracelet; "Bicycle Saddle Cover": saddle cover) as the every-language
noun vocabulary writes it (the Item Type glossary or a product type named by that noun). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from globalsell.listings.glossary import LANGUAGES, Glossary
from globalsell.listings.product_types import (
    GENERIC_NOUNS,
    PART_NOUNS,
    Classification,
    ProductType,
    head_and_tail,
    tokens,
    vocabulary,
)
from globalsell.listings.spam import strip_phrases
from globalsell.listings.title_nouns import catch_all
from globalsell.listings.titles import MAX_NOUN_POSITION, read_title


@dataclass(frozen=True)
class HeadNoun:
    """The seller's own name of the product (the head noun of the title's product phrase) as
    the every-language noun vocabulary writes it, and the attribute groups it belongs to."""

    english: str  # the noun as the seller wrote it, singular ("saddle cover")
    names: dict[str, str]  # language -> the noun's name
    groups: frozenset[str]  # attribute groups of the product types the noun names


@cache
def _named_types() -> dict[tuple[str, ...], ProductType]:
    """Product types whose English name is itself a product noun ("Bracelet", "Charm"): their
    names in every language name that noun. Catch-all nouns ("Tools") are left out."""
    out: dict[tuple[str, ...], ProductType] = {}
    for product_type in vocabulary().types.values():
        key = tuple(tokens(product_type.names["en"]))
        if key and not (len(key) == 1 and key[0] in GENERIC_NOUNS):
            out.setdefault(key, product_type)
    return out


def _known_noun(words: Sequence[str], glossary: Glossary) -> HeadNoun | None:
    """`words` as a noun of the every-language vocabulary: the Item Type glossary, or a
    product type named by exactly these words; catch-all nouns ("tool") are not names."""
    if len(words) == 1 and words[0] in GENERIC_NOUNS:
        return None
    english = " ".join(words)
    names = {lang: glossary.term("item_type", english, lang) for lang in LANGUAGES}
    typed = _named_types().get(tuple(words))
    # The product types named by the whole noun (not by a word inside it).
    full = [h for h in vocabulary().matches(list(words)) if (h[0], h[1]) == (0, len(words))]
    groups = frozenset(vocabulary().types[c].group for h in full for c in h[2])
    if all(names.values()):
        return HeadNoun(english, {k: str(v) for k, v in names.items()}, groups)
    if typed is not None:
        return HeadNoun(english, dict(typed.names), frozenset([typed.group]))
    return None


# Words that start a title's head with what it fits, not what it is.
_FIT_WORDS = frozenset(["for", "fit", "fits", "compatible", "replacement"])
# Words that name a part of the noun before them ("Watch Case Inner Ring", "Door Front Panel").
_POSITIONS = frozenset(
    ["inner", "outer", "upper", "lower", "front", "rear", "back", "left", "right", "top"]
    + ["bottom", "side", "middle", "center", "centre", "internal", "external"]
)
# An agent noun after a noun makes the compound's head ("Charger Controller", "Tire Remover");
# words of this shape that are no agent nouns are excluded.
_AGENT = re.compile(r"^[a-z]{3,}(?:er|or)$")
_NOT_AGENTS = frozenset(
    ["other", "super", "under", "over", "after", "water", "power", "summer", "winter", "number"]
    + ["corner", "paper", "silver", "copper", "rubber", "leather", "amber", "color", "colour"]
    + ["floor", "door", "motor", "mirror", "interior", "exterior"]
)


def _modifies(word: str, glossary: Glossary) -> bool:
    """Whether `word`, right after a product noun, makes that noun a modifier: a part noun
    ("Bottle" + "Stopper"), a position ("Case" + "Inner Ring") or an agent noun
    ("Charger" + "Controller") that is no material or colour."""
    if word in PART_NOUNS or word in _POSITIONS or word in GENERIC_NOUNS:
        return True
    return (
        bool(_AGENT.match(word))
        and word not in _NOT_AGENTS
        and not any(glossary.term(k, word, "en") for k in ("material", "color"))
    )


def _first_nouns(head: Sequence[str], glossary: Glossary) -> list[HeadNoun]:
    """The first product noun of a head that lists several ("Seat Cushion Honeycomb Car Seat
    Cushion"): the longest known noun at each word; one followed by a part noun ("Watch
    Movement Spacer") is a modifier, and in a run of known nouns ("Bicycle Saddle Cover
    Cushion") the last is the likeliest name: the run, last noun first."""
    if not head or head[0] in _FIT_WORDS:
        return []  # "For Xiaomi Car DVR ... Holder": the head names what it fits
    found: list[tuple[int, int, HeadNoun]] = []
    i = 0
    while i < min(len(head), MAX_NOUN_POSITION + 1):
        for size in (3, 2, 1):
            noun = _known_noun(head[i : i + size], glossary) if i + size <= len(head) else None
            if noun is None or (
                i and glossary.term("material", f"{head[i - 1]} {noun.english}", "en")
            ):
                continue  # "Acrylic Mirror" says what it is made of
            i += size
            if i < len(head) and _modifies(head[i], glossary):
                found = []  # a modifier: the compound's head is a noun the vocabulary lacks
                break
            found.append((i - size, i, noun))
            break
        else:
            if found:
                break  # the first compound ended
            i += 1
    return [noun for _, _, noun in reversed(found)]


@lru_cache(maxsize=4096)
def head_nouns(title: str, *, brand: str, glossary: Glossary) -> tuple[HeadNoun, ...]:
    """The head noun of the product phrase of an English seller title ("Prayer Beads
    Bracelet": bracelet; "Bicycle Saddle Cover": saddle cover), read with the classifier's
    head parser ("for X", "compatible with" are not the head), when the noun vocabulary names
    it in every store language: the seller's Item Type glossary or a product type named by
    that very noun; a part noun right after the phrase is the compound's head ("Bottle
    Stopper" is a stopper, not a bottle). The candidates, likeliest first: the noun that ends
    the product phrase, then the nouns of the head's first compound; empty when none is
    known."""
    reading = read_title(title, brand=brand, product_type=None)
    head = tokens(head_and_tail(strip_phrases(title))[0])
    words = tokens(reading.phrase or "")
    # A part noun right after the phrase is the compound's head ("Cup" + "Holder").
    for i in range(len(head) - len(words), -1, -1):
        if head[i : i + len(words)] == words:
            after = head[i + len(words)] if i + len(words) < len(head) else ""
            if after in PART_NOUNS:
                words = [*words, after]
            elif after and _modifies(after, glossary):
                words = []  # "Table" + "Decoration": the phrase's last noun is a modifier
            break
    out: list[HeadNoun] = []
    for size in (3, 2, 1):
        if len(words) >= size and (noun := _known_noun(words[-size:], glossary)):
            out.append(noun)
            break
    return (*out, *(n for n in _first_nouns(head, glossary) if n not in out))


# Words before a noun that make it what the product fits or is used with ("for Bracelet").
_USE_BEFORE = frozenset([*_FIT_WORDS, "with", "making", "to"])


def category_noun(english: str, classification: Classification) -> HeadNoun | None:
    """The noun of a product type that the platform category and the seller's title both name
    ("Bracelets" shelf, "... Prayer Beads ... Bracelet"), outside a use or fit phrase ("Beads
    for Bracelet" names no bracelet): two sources that agree name the product better than the
    head noun alone. Catch-all types ("Tools") are no product's name."""
    types = vocabulary().types
    words = tokens(english)
    for candidate in classification.candidates:
        product_type = types.get(candidate.code)
        if product_type is None or catch_all(product_type):
            continue
        if not any(r.startswith("category ") for r in candidate.reasons) or not any(
            r.startswith("title") for r in candidate.reasons
        ):
            continue
        name = tokens(product_type.names["en"])
        if not name or (len(name) == 1 and name[0] in GENERIC_NOUNS):
            continue
        for i in range(len(words) - len(name) + 1):
            before = set(words[max(0, i - 2) : i])
            if words[i : i + len(name)] == name and not before & _USE_BEFORE:
                english_name = " ".join(name)
                return HeadNoun(
                    english_name, dict(product_type.names), frozenset([product_type.group])
                )
    return None
