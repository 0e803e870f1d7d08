"""The packaged glossaries (data/*.tsv): product nouns and attribute values per listing
language, so a German listing is German without machine translation."""

from __future__ import annotations

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
        return self.terms.get((kind, fold(key)), {}).get(language)

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
