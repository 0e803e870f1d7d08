"""What the product-type classifier may still say when its sources disagree (ADR 0125): rules
that run only where it would otherwise abstain, each naming a type that both disagreeing sources
support, never a guess between them.

- **A type and its broader type.** The category names one type and the title a broader one
  ("Hand Tool Sets" and "dent removal tools"), or the other way round, or both name kinds of a
  broader type that a source names too ("Hand Tool Sets", "pliers ... combination tool"): the
  broader type is true on both readings and is chosen (ADR 0109 chooses the narrower when the
  title confirms it by a specific noun; this is what remains when it does not).
- **A part of the shelf's product.** The category is a parts or accessories shelf (data/part_of.tsv)
  and the title names the product those parts are for as a modifier or a use ("Bicycle Saddle
  Cover", "Car Headlight Switch Knob", "for Impact and Ratchet Wrench"): the title says it is a part
  of that product, as the shelf does, so the shelf's parts type is chosen. A title that names the
  product itself as its head ("Electric Bike") names no part and still asks.

Pure apart from the packaged data file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from globalsell.listings.type_vocabulary import kinds, tokens


@cache
def part_of() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Parts type -> the phrases (as tokens) that name the product its parts are for."""
    text = resources.files("globalsell.listings").joinpath("data", "part_of.tsv")
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in text.read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "part_type\t")):
            continue
        code, whole = line.split("\t")
        out[code] = tuple(dict.fromkeys(tuple(tokens(p)) for p in whole.split("|") if p.strip()))
    return out


def broader_of_two(
    shelf: str | None, named: str | None, supported: frozenset[str] = frozenset()
) -> str | None:
    """The narrowest type that both the category's type and the title's type are (each is
    itself or a kind of it): one of the two, or a broader type that some source names too
    (`supported`); None when they are unrelated or one is missing."""
    if shelf is None or named is None or shelf == named:
        return None
    broader = kinds()
    both = ({shelf} | broader.get(shelf, frozenset())) & ({named} | broader.get(named, frozenset()))
    both = {c for c in both if c in (shelf, named) or c in supported}
    if not both:
        return None
    return max(sorted(both), key=lambda c: len(broader.get(c, ())))


def names_whole_product(shelf: str, head: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether a title names the product whose parts the shelf holds, as a modifier inside its
    head (a word follows it there) or anywhere after the head ("for ...")."""
    phrases = part_of().get(shelf, ())
    if not phrases:
        return False
    if any(_find(phrase, tail) for phrase in phrases):
        return True
    for phrase in phrases:
        for start in _find(phrase, head):
            end = start + len(phrase)
            # A noun follows ("Bicycle Saddle"), not a figure ("Electric Bike 350W").
            if end < len(head) and head[end].isalpha():
                return True
    return False


# Types whose products are themselves parts or accessories of other products.
COMPONENTS = frozenset(
    ["INDUSTRIAL_PART", "FASTENER", "BATTERY", "ELECTRONIC_COMPONENT", "CONNECTOR", "LIGHT_BULB"]
)


def titled_component(code: str) -> bool:
    """Whether a type's products are components or accessories of some other product."""
    return code in COMPONENTS or code.endswith(("_ACCESSORY", "_PART", "_COMPONENT"))


# Words with which a title says its product is a part of, fits or serves another one.
_PART_WORDS = re.compile(
    r"\b(?:parts?|accessor(?:y|ies)|replacements?|replace|spare|repair|for|fits?|fitting|"
    r"compatible|adapters?|mounts?)\b",
    re.IGNORECASE,
)


def says_part(title: str) -> bool:
    """Whether a title says its product is a part, a fitting or a use of another product."""
    return _PART_WORDS.search(title) is not None


def _find(phrase: tuple[str, ...], words: Sequence[str]) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == phrase]
