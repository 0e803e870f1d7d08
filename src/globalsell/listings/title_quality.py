"""A simple, explicit title-quality rubric (what a category manager checks before publishing),
applied to one generated title at a time. Pure apart from the packaged glossaries.

A title passes when all five hold:
- specific: beyond the brand, the generic product-type name, the attribute values and the
  language-neutral tokens (numbers, model numbers), it names the product with at least one more
  word ("Platform Sneakers", "Instrument Connector", "Freizeitschuhe"), not only "Shoes";
- attributes: at least MIN_ATTRIBUTES of the seller's key attributes are shown (material, colour,
  size, department, style, pattern, model number, count, capacity, power, battery; a size with
  its unit or a model code from the seller's title counts once each);
Reported beside them, not part of "pass": shows_given, the title shows min(2, what the seller
gave) of those attributes (what the generator can do with the data it has).
- length: MIN_LENGTH..MAX_LENGTH characters (Amazon's limit is 200; a title under 30 says
  too little; 15 in Japanese);
- no spam: no marketplace spam marker (listings.spam);
- language: right language for the store (no English-only word in a non-English title, Japanese
  script in a Japanese one, no Han text in an English one)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from globalsell.listings.glossary import fold, glossary
from globalsell.listings.product_types import vocabulary
from globalsell.listings.spam import spam_markers

MIN_LENGTH = 30
MIN_LENGTH_JA = 15  # Japanese says in 15 characters what English says in 30 or more
MAX_LENGTH = 200
MIN_ATTRIBUTES = 2
CRITERIA = ("specific", "attributes", "length", "no_spam", "language")
# Attributes counted as "shown in the title" when their value is in it.
TEXT_ATTRIBUTES = ("material", "color", "size", "department", "style", "pattern", "model_number")
NUMBER_ATTRIBUTES = ("number_of_items", "capacity", "wattage", "battery_capacity")
_SIZE_TOKEN = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)?\s?(?:mm|cm|m|ml|l|kg|g|w|mah|v|in|inch|ft|\")(?![\w])", re.I
)
_CODE_TOKEN = re.compile(r"(?<![\w-])(?=[\w./-]*\d)(?=[\w./-]*[A-Za-z])[A-Za-z0-9][\w./-]{2,}")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HAN = re.compile(r"[\u3400-\u9fff]")
# Words that carry no product meaning in any store language.
_FILLER_WORDS = (
    "and for with the of a an in on to und für mit der die das von aus et pour avec de des "
    "du la le les y para con el los las e per da di il dei en voor met het een och för med "
    "av i oraz dla z na do w"
)
_FILLER = frozenset(_FILLER_WORDS.split())


@dataclass(frozen=True)
class Verdict:
    specific: bool
    attributes: bool
    length: bool
    no_spam: bool
    language: bool
    shows_given: bool = False  # shows min(2, what the seller gave) of the key attributes

    @property
    def passed(self) -> bool:
        return all(getattr(self, name) for name in CRITERIA)


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


@cache
def _type_names(language: str) -> dict[str, str]:
    """Product-type code -> name in `language` (classifier types, then the glossary nouns)."""
    names = {code: t.names[language] for code, t in vocabulary().types.items()}
    for noun in glossary().nouns:
        names.setdefault(noun.product_type, noun.names[language])
    return names


@cache
def _audience(language: str) -> dict[str, str]:
    """Department value in `language` (folded) -> the title's audience form ("{} dla kobiet")."""
    terms = glossary().terms
    return {
        fold(names[language]): terms[("audience", key)][language]
        for (kind, key), names in terms.items()
        if kind == "department" and ("audience", key) in terms
    }


@cache
def english_only_words(language: str) -> frozenset[str]:
    """Words of the English names and values that the `language` names never use: one of them
    in a `language` title is an English word left untranslated."""
    if language == "en":
        return frozenset()
    english: set[str] = set()
    native: set[str] = set()
    for t in vocabulary().types.values():
        english.update(_words(t.names["en"]))
        native.update(_words(t.names[language]))
    for names in glossary().terms.values():
        english.update(_words(names["en"]))
        native.update(_words(names[language]))
    return frozenset(w for w in english - native if len(w) > 3 and not w.isdigit())


def _has_number(value: Any, folded_title: str) -> bool:
    if isinstance(value, dict):
        value = value.get("value", "")
    text = str(value).strip()
    if not text or value in (None, "", [], {}):
        return False
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d])", folded_title) is not None


def judge(title: str, *, language: str, product_type: str, content: Mapping[str, Any]) -> Verdict:
    """The rubric's verdict on one title of one store."""
    if not title.strip():
        return Verdict(False, False, False, False, False, False)
    folded = fold(title)
    words = _words(title)
    shown = 0
    audience = _audience(language).get(fold(str(content.get("department") or "")), "")
    audience_words = set(_words(audience.replace("{}", " ")))
    for name in TEXT_ATTRIBUTES:
        value = content.get(name)
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and v.strip() and fold(v) in folded for v in values) or (
            name == "department" and audience_words and audience_words <= set(words)
        ):
            shown += 1
    for name in NUMBER_ATTRIBUTES:
        if name in content and _has_number(content[name], folded):
            shown += 1
    given = sum(
        content.get(name) not in (None, "", [], {}) for name in TEXT_ATTRIBUTES + NUMBER_ATTRIBUTES
    )
    # Language-neutral facts from the seller's title: a size with its unit, a model code.
    brand_folded = fold(str(content.get("brand") or ""))
    for pattern in (_SIZE_TOKEN, _CODE_TOKEN):
        found = [m for m in pattern.findall(title) if fold(m) not in brand_folded]
        if found and not any(fold(m) in fold(str(content.get("model_number"))) for m in found):
            shown += 1
            given += 1
    # What is left once the brand, the generic type name, the shown values, numbers and filler
    # are taken out: the product's own words.
    brand = set(_words(str(content.get("brand") or "")))
    known: set[str] = set(brand) | audience_words
    known.update(_words(_type_names(language).get(product_type, "")))
    for name in TEXT_ATTRIBUTES:
        value = content.get(name)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                known.update(_words(v))
    pieces = glossary().terms.get(("label", "pieces"), {})
    known.update(_words(pieces.get(language, "")))
    rest = [
        w
        for w in words
        if w not in known
        and w not in _FILLER
        and not any(ch.isdigit() for ch in w)
        and (len(w) > 2 or _JAPANESE.search(w))
        and fold(w.rstrip("s")) not in known
        and fold(w.removesuffix("'s")) not in known
    ]
    if language == "en":
        right_language = _HAN.search(title) is None
    elif language == "ja":
        right_language = _JAPANESE.search(title) is not None
    else:
        foreign = english_only_words(language)
        right_language = not any(w in foreign and w not in brand for w in words)
    return Verdict(
        specific=bool(rest),
        attributes=shown >= MIN_ATTRIBUTES,
        length=(MIN_LENGTH_JA if language == "ja" else MIN_LENGTH) <= len(title) <= MAX_LENGTH,
        no_spam=not spam_markers(title),
        language=right_language,
        shows_given=shown >= min(MIN_ATTRIBUTES, given),
    )


def shares(verdicts: list[Verdict]) -> dict[str, float]:
    """The share of titles passing the rubric and each criterion."""
    total = len(verdicts)

    def share(n: int) -> float:
        return round(n / total, 4) if total else 0.0

    out = {"pass": share(sum(v.passed for v in verdicts))}
    for name in CRITERIA:
        out[name] = share(sum(bool(getattr(v, name)) for v in verdicts))
    out["shows_given"] = share(sum(v.shows_given for v in verdicts))
    return out
