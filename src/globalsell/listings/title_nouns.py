"""Which noun names the product in a title: the seller's phrase noun or Item Type cell as the
every-language lexicon writes it, checked against the classified product type (a catch-all
shelf gives way, another specific type does not), and an English phrase that names no product
ended by the type's name. Pure apart from the packaged glossary and vocabulary."""

from __future__ import annotations

from functools import cache

from globalsell.listings.glossary import Glossary, fold, glossary
from globalsell.listings.product_types import (
    GENERIC_NOUNS,
    PART_NOUNS,
    ProductType,
    singular,
    tokens,
    vocabulary,
)


def item_type_noun(
    glossary: Glossary, value: str, product_type: ProductType | None, lang: str
) -> str | None:
    """The seller's Item Type in `lang`, when the glossary knows it and it names the classified
    type (an Item Type of another product is not used)."""
    if product_type is None:
        return None
    english = glossary.term("item_type", value, "en")
    if english is None:
        return None
    named = {c for _, _, codes, _ in vocabulary().matches(tokens(english)) for c in codes}
    if product_type.code not in named:
        return None
    return glossary.term("item_type", value, lang)


def phrase_noun(
    glossary: Glossary, value: str, product_type: ProductType | None, lang: str
) -> str | None:
    """The head noun of the seller's own product phrase in `lang`, when the noun vocabulary
    writes it and it does not contradict the classified type: it names that type, or no type
    at all, or the type is a catch-all shelf (a "Paperweight" is more specific than home
    decor, a "Shock Absorber" than an industrial part; a "Charm" on a keychain is not used)."""
    if product_type is None:
        return None
    english = glossary.term("item_type", value, "en")
    if english is None:
        return None
    named = {c for _, _, codes, _ in vocabulary().matches(tokens(english)) for c in codes}
    if named and product_type.code not in named and not catch_all(product_type):
        return None
    return glossary.term("item_type", value, lang) or None


# Last words of a product type's name that make it a catch-all shelf ("Industrial Part",
# "Computer Accessory", "Home Decoration"), where the seller's own noun names the product.
_CATCH_ALL = frozenset(GENERIC_NOUNS - {"set", "kit", "model", "gift", "material"})


def catch_all(product_type: ProductType) -> bool:
    """Whether the type's name is a catch-all ("Industrial Part"), not a product's name."""
    words = tokens(product_type.names["en"])
    return bool(words) and words[-1] in _CATCH_ALL


def continues(word: str, glossary: Glossary) -> bool:
    """Whether the word after the phrase is the head of its compound: a part noun or a noun
    the vocabulary writes ("Motor" + "Gear", "Bottle" + "Stopper")."""
    if not word or not word.isalpha():
        return False
    return singular(word.casefold()) in PART_NOUNS or bool(glossary.term("item_type", word, "en"))


@cache
def noun_words() -> frozenset[str]:
    """Words that end a product's name: the last word of every vocabulary phrase and type
    name, of every noun the lexicon writes, the part nouns."""
    words: set[str] = set(PART_NOUNS)
    for product_type in vocabulary().types.values():
        words.update(p[-1] for p in product_type.phrases if p)
        words.update(tokens(product_type.names["en"])[-1:])
    for key in glossary().by_kind("item_type"):
        words.update(tokens(key)[-1:])
    return frozenset(words)


def ending_in_a_noun(phrase: str, product_type: ProductType) -> str:
    """The seller's phrase as a product's name: when it names no product ("Hip Hop Bling Gold
    Color", "Vintage Magic Movie Anime Enamel Badge Gothic"), the type's name ends it, after
    the colour words the seller put last ("Hip Hop Bling Necklace")."""
    words = phrase.split()
    nouns = noun_words() - {"color", "colour"}  # "Gold Color" names no product
    if catch_all(product_type) or any(t in nouns for w in words for t in tokens(w)):
        return phrase
    while (
        len(words) > 1
        and (
            glossary().term("color", words[-1], "en")
            or singular(words[-1].casefold()) in ("color", "colour")
        )
        and ("material", fold(" ".join(words[-2:]))) not in glossary().terms  # "Sterling Silver"
    ):
        words.pop()
    return " ".join([*words, product_type.names["en"]])


def refines(glossary: Glossary, item_type: str, noun: str) -> bool:
    """Whether the seller's Item Type is a longer name ending in the phrase's noun ("Prom
    Dress" for "Dress")."""
    english = glossary.term("item_type", item_type, "en") or ""
    return len(english) > len(noun) > 0 and tokens(english)[-1:] == tokens(noun)[-1:]


def _is_colour_word(word: str) -> bool:
    return singular(word.casefold()) in ("color", "colour")
