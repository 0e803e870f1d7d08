"""The words of a seller's English title that say what kind of product it is ("Rechargeable",
"Wireless", "Waterproof"), read by vocabulary (the glossary's `modifier` rows, whole words), and
how a store shows them: after the product's name, before it in Japanese, only where the
glossary writes the word in the store's language. Pure apart from the packaged glossary."""

from __future__ import annotations

import re
from functools import cache

from globalsell.listings.glossary import Glossary, fold

MAX_MODIFIERS = 3


@cache
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    """One whole-word pattern over every modifier key, longest first ("lithium-ion" before
    "lithium"); hyphens join words ("non-waterproof" holds no "waterproof")."""
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def modifiers_in(head: str, tail: str, glossary: Glossary) -> tuple[str, ...]:
    """The modifier keys of a title's product name (`head`, the part before "for", "with",
    ","), then of the rest's comma-separated pieces that are a modifier alone (", Waterproof,"),
    once each by meaning, in order, at most MAX_MODIFIERS."""
    rows = glossary.by_kind("modifier")
    if not rows:
        return ()
    pattern = _pattern(tuple(rows))
    found: list[str] = [m.group(0) for m in pattern.finditer(fold(head))]
    for piece in re.split(r"[,;|]", tail):
        folded = fold(piece)
        if folded and pattern.fullmatch(folded):
            found.append(folded)
    out: list[str] = []
    meanings: set[str] = set()
    for key in found:
        meaning = rows[key]["en"]
        if meaning not in meanings:
            meanings.add(meaning)
            out.append(key)
    return tuple(out[:MAX_MODIFIERS])


def targets(head: str, keys: tuple[str, ...], glossary: Glossary) -> tuple[str, ...]:
    """For each modifier key, the first word after it in `head` that is no modifier itself
    (folded; "" when none): what the word describes ("Electric" + "Scooter" describes a
    scooter, "Rechargeable Lithium" + "Battery" a battery)."""
    rows = glossary.by_kind("modifier")
    if not rows:
        return tuple("" for _ in keys)
    pattern = _pattern(tuple(rows))
    folded = fold(head)
    out: list[str] = []
    for key in keys:
        found = re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", folded)
        rest = re.findall(r"[\w'-]+", folded[found.end() :]) if found else []
        words = [w for w in rest if not pattern.fullmatch(w)]
        # A noun that only says a shape or a look ("Lipstick Shaped") is not what is described.
        shape = len(words) > 1 and _SHAPE.match(words[1]) is not None
        out.append(words[0] if words and not shape else "")
    return tuple(out)


def leading_run(words: list[str], glossary: Glossary) -> int:
    """How many of `words`, from the first, are modifiers of the predicate kind that follow a
    noun ("Breathable Comfortable" after "Men Platform Sneakers": one, breathable); a word
    that starts the next compound ("Digital Storage Bag", "Electric Scooter") ends the run."""
    i = 0
    while i < len(words) and _PREDICATE.match(words[i]):
        if not glossary.term("modifier", words[i], "en"):
            break
        i += 1
    return i


_SHAPE = re.compile(r"^(?:shaped|shape|style|styled|type|like|look|print|printed|pattern)$")
# Modifiers a seller writes after the noun: "-able", "-proof", "-less", "non-", "anti-".
_PREDICATE = re.compile(r"^(?:[a-z-]+(?:able|ible|proof|less)|(?:non|anti)-[a-z]+)$", re.I)


def shown_modifiers(
    keys: tuple[str, ...], lang: str, glossary: Glossary, head: str, *, english: str = ""
) -> list[str]:
    """The modifiers in the store's language (a word not written for it is left out), without
    one the title's head already says ("Lichterkette" needs no "LED" twice) or its English
    name implies ("Electric Kettle" needs no "electric", "Insulated Bottle" no "insulated")."""
    out: list[str] = []
    folded_head = fold(head)
    for key in keys:
        word = glossary.term("modifier", key, lang)
        if not word:
            continue
        said = (key, glossary.term("modifier", key, "en") or key)
        if english and any(_whole(fold(x), fold(english)) for x in said):
            continue
        if lang == "ja" and fold(word) in folded_head:
            continue  # Japanese has no spaces: "3D" is said in "3Dプリンター用"
        if _whole(fold(word), folded_head):
            continue
        out.append(word)
    return list(dict.fromkeys(out))


def _whole(part: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text) is not None
