"""A seller's own English title as a store shows it when globalsell cannot build one (no
product type, no known noun): without the words that sell rather than describe ("Luxury",
"Fashion", "High-end"), each word capitalised as Amazon's title style asks (no all-capitals
shouting, no lower-case words), the brand, acronyms and model codes as written. Pure."""

from __future__ import annotations

import re

from globalsell.listings.product_types import singular
from globalsell.listings.titles import ACRONYMS, GENDER, TECHNICAL, known_words

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
