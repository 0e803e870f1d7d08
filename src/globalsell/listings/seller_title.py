"""A seller's own English title as a store shows it when globalsell cannot build one (no
product type, no known noun): without glued spec and lot fragments and a last word the
platform cut off, without the words that sell rather than describe ("Luxury", "Fashion",
"High-end"), each word capitalised as Amazon's title style asks (no all-capitals shouting, no
lower-case words), the brand, acronyms and model codes as written. Pure."""

from __future__ import annotations

import re
from functools import cache

from globalsell.listings.glossary import glossary
from globalsell.listings.product_types import (
    GENERIC_NOUNS,
    PART_NOUNS,
    singular,
    tokens,
    vocabulary,
)
from globalsell.listings.title_fragments import spec_fragment
from globalsell.listings.titles import ACRONYMS, GENDER, MARKETING, SMALL_WORDS, TECHNICAL

# Words that sell rather than describe, removed wherever they stand (whole words); words that
# also name a kind of product ("Hot Water Bottle", "Classic Car") are not in this list.
_SELLING_WORDS = (
    "fashion fashionable luxury luxurious trendy stylish popular exquisite gorgeous charming "
    "cheap newest latest bestseller best-selling high-end highend ins"
)
SELLING = frozenset(_SELLING_WORDS.split())
# Words written in lower case inside a title (Amazon's style guide).
_LOWER = frozenset(["and", "or", "for", "with", "in", "on", "to", "the", "a", "an", "of", "by"])
_WORDS = re.compile(r"([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")

# AliExpress cuts titles at 128 characters: a title this long may end in a cut word.
PLATFORM_TITLE_LIMIT = 120
# Short model suffixes that end a title without being cut ("Pro", "Max").
_TITLE_ENDERS = frozenset(["pro", "max", "mini", "plus", "lite", "ultra", "air", "neo", "se"])


def _common(folded: str) -> bool:
    """A common word globalsell knows (a product noun, a value, a department), not a name."""
    bare = folded.replace("’", "'").removesuffix("'s")
    return folded in GENDER or bare in known_words() or singular(bare) in known_words()


def _shown(word: str, first: bool, brand_words: set[str]) -> str:
    """One word in title case: the brand and mixed case ("WiFi") as written, a lower-case
    acronym in capitals ("led"), a small word in lower case, a common word of four letters or
    more out of capitals ("WOMEN'S"; "WORX" or "PCB" stay)."""
    folded = word.casefold()
    if folded in _LOWER and not first and folded not in brand_words:
        return folded
    if folded in brand_words or not (word.islower() or word.isupper()):
        return word
    if word.upper() in ACRONYMS or word.upper() in TECHNICAL:
        return word.upper()
    if word.isupper() and len(word) >= 4 and _common(folded):
        return word[0] + word[1:].lower()
    if word.islower():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


def shop_title(title: str, *, brand: str) -> tuple[str, list[str]]:
    """The title without selling words and in title case; the words removed."""
    brand_words = {w.casefold() for w in brand.split()}
    removed: list[str] = []
    out: list[str] = []
    for piece in re.split(r"(\s+)", title):
        if not piece or piece.isspace():
            out.append(piece)
            continue
        bare = piece.strip(",;:.")
        if bare.casefold() in SELLING and bare.casefold() not in brand_words:
            removed.append(bare)
            out.append(piece[len(piece.rstrip(",;:.")) :])  # keep a separator that followed
            continue
        first = not any(p.strip() for p in out)
        if re.search(r"\d", piece):
            out.append(piece)  # a model code or a measure, as written
            continue
        words = _WORDS.split(piece)
        out.append(
            "".join(_shown(w, first, brand_words) if _WORDS.fullmatch(w) else w for w in words)
        )
    text = re.sub(r"\s{2,}", " ", "".join(out))
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip(" ,;:")
    return text, removed


@cache
def known_words() -> frozenset[str]:
    """English words globalsell knows: the vocabulary's nouns and names, the glossary's keys,
    catch-all and part nouns, marketing words."""
    words: set[str] = set(GENERIC_NOUNS) | set(PART_NOUNS) | set(MARKETING) | _TITLE_ENDERS
    for product_type in vocabulary().types.values():
        words.update(w for p in product_type.phrases for w in p)
        words.update(tokens(product_type.names["en"]))
    for _, key in glossary().terms:
        words.update(tokens(key))
    return frozenset(words)


def cut_word(word: str, *, at_limit: bool) -> bool:
    """Whether the last word of a seller's title was cut off by the platform's length limit
    ("Assorted Ki", "Hand Too"): a short word globalsell does not know that begins a longer
    word it knows, in a title that reached the platform's limit (`at_limit`) or of two
    letters at most (a longer unknown word in a shorter title is taken as written)."""
    folded = word.casefold()
    if not folded.isalpha() or word.isupper() or len(folded) > 5 or folded in SMALL_WORDS:
        return False
    if not at_limit and len(folded) > 2:
        return False
    known = known_words()
    if folded in known or singular(folded) in known:
        return False
    return any(k.startswith(folded) and len(k) > len(folded) for k in known)


def tidy_seller_title(title: str, *, at_limit: bool) -> tuple[str, list[str]]:
    """A seller's own title without glued spec and lot fragments and without a last word the
    platform cut (`at_limit`: the platform's title reached its length limit); the removed
    pieces."""
    removed: list[str] = []
    kept: list[str] = []
    for piece in re.split(r"(\s+|,)", title):
        if piece.strip(" ,") and spec_fragment(piece):
            removed.append(piece)
            continue
        kept.append(piece)
    text = re.sub(r"\s*,(?:\s*,)+", ",", "".join(kept))
    text = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", text)).strip(" ,")
    text = re.sub(r",(?=[A-Za-z])|(?<=[A-Za-z]),(?=\d)", ", ", text)
    last = re.search(r"[\s,]([A-Za-z]+)$", text)
    if last and cut_word(last.group(1), at_limit=at_limit):
        removed.append(last.group(1))
        text = text[: last.start()].rstrip(" ,;:/-&+")
    return text, removed
