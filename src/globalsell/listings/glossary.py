"""The packaged glossaries (data/*.tsv): product nouns and attribute values per listing
language, so a German listing is German without machine translation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

LANGUAGES = ("en", "es", "de", "fr", "it", "nl", "sv", "pl", "ja")


@dataclass(frozen=True, slots=True)
class Noun:
    match: tuple[str, ...]
    product_type: str
    item_type_keyword: str
    names: dict[str, str]  # language -> noun phrase


def _rows(name: str) -> list[list[str]]:
    text = resources.files("globalsell.listings").joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The comparison form of a term (NFKC, trimmed, case-folded); terms repeat, so cached."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


_PERCENT = re.compile(r"\b\d+(?:[.,]\d+)?\s*%")
# Words that qualify a value without changing it: shares, "real", "natural", "colour".
_QUALIFIERS = re.compile(r"\b(?:real|genuine|pure|natural|high[- ]quality|colou?r(?:ed)?)\b")


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """The folded value without shares and qualifiers, its last word singular."""
    folded = _QUALIFIERS.sub(" ", _PERCENT.sub(" ", fold(text)))
    words = folded.split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and words[-1][-2:] != "ss":
        words[-1] = words[-1][:-1]
    return " ".join(words)


@dataclass(frozen=True, eq=False)
class Glossary:
    nouns: tuple[Noun, ...]
    terms: dict[tuple[str, str], dict[str, str]]  # (kind, folded key) -> language -> text

    def noun_for(self, *texts: str | None) -> Noun | None:
        """The first noun whose match word occurs in the texts (title first, then category)."""
        return _noun_for(self, texts)

    def _find(self, texts: tuple[str | None, ...]) -> Noun | None:
        """Chinese match words only (Chinese has no spaces, so a substring is the word);
        English titles go through the product-type classifier, which reads whole words."""
        for text in texts:
            if not text:
                continue
            folded = fold(text)
            for noun in self.nouns:
                if any(not word.isascii() and word in folded for word in noun.match):
                    return noun
        return None

    def term(self, kind: str, key: str, language: str) -> str | None:
        """The value in `language`: the seller's words as written, else in their plain form
        ("100% Cotton", "Plastics", "black color" are cotton, plastic, black)."""
        found = self.terms.get((kind, fold(key)))
        if found is None:
            found = self.terms.get((kind, plain(key)))
        return found.get(language) if found else None

    def label(self, key: str, language: str) -> str:
        return self.terms[("label", key)][language]

    def by_kind(self, kind: str) -> dict[str, dict[str, str]]:
        return {key: names for (k, key), names in self.terms.items() if k == kind}


@lru_cache(maxsize=4096)
def _noun_for(words: Glossary, texts: tuple[str | None, ...]) -> Noun | None:
    return words._find(texts)


@cache
def glossary() -> Glossary:
    nouns = []
    for row in _rows("product_nouns.tsv"):
        match, product_type, keyword, *names = row
        nouns.append(
            Noun(
                match=tuple(fold(m) for m in match.split("|") if m),
                product_type=product_type,
                item_type_keyword=keyword,
                names=dict(zip(LANGUAGES, names, strict=True)),
            )
        )
    terms: dict[tuple[str, str], dict[str, str]] = {}
    for row in _rows("glossary.tsv"):
        kind, keys, *names = row
        for key in keys.split("|"):
            terms[(kind, fold(key))] = dict(zip(LANGUAGES, names, strict=True))
    return Glossary(nouns=tuple(nouns), terms=terms)
