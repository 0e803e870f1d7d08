"""Marketplace title spam: the words platform sellers add that are not about the product (years,
"New", "Hot sale", "High quality", "European and American", "Free shipping", "Drop shipping",
"Cross-border", words repeated three times or more). Whole words only. Pure."""

from __future__ import annotations

import re
from collections import Counter

# A four-digit number followed by one of these is a quantity, not a year ("2000 mAh").
_UNITS = (
    "mah|ma|w|kw|mw|v|kv|ml|l|mm|cm|m|km|g|kg|mg|oz|lbs?|ft|in|inch|lm|lumens?|pcs?|pieces?|"
    "sets?|pairs?|rpm|hz|khz|mhz|gb|mb|tb|k|dpi|psi|mpa|nm|tpi|series"
)
# Marker name -> pattern (case-insensitive, whole words). General marketplace phrases, not a
# list taken from one catalogue.
MARKERS: dict[str, re.Pattern[str]] = {
    "year": re.compile(
        r"(?<![\w.,\-/])(?:19[89]\d|20[0-4]\d)(?![\w.,\-/])"
        rf"(?!\s?(?:{_UNITS})\b)(?!\s?[x*×])",
        re.IGNORECASE,
    ),
    "new": re.compile(r"\b(?:brand[- ]new|new arrivals?|newest|new)\b", re.IGNORECASE),
    "hot-sale": re.compile(
        r"\b(?:hot[- ]?sales?|hot[- ]selling|best[- ]?sellers?|bestselling)\b", re.I
    ),
    "high-quality": re.compile(r"\b(?:high|top|best|super|premium)[- ]quality\b", re.IGNORECASE),
    "origin-style": re.compile(r"\beuropean and american\b|\beuro[- ]american\b", re.IGNORECASE),
    "free-shipping": re.compile(r"\bfree (?:shipping|delivery|ship)\b", re.IGNORECASE),
    "drop-shipping": re.compile(r"\bdrop[- ]?shipping\b|\bdropship\b", re.IGNORECASE),
    "wholesale": re.compile(
        r"\b(?:wholesale|factory (?:price|direct)|in stock|fast delivery)\b", re.I
    ),
    "cross-border": re.compile(r"\bcross[- ]?border\b", re.IGNORECASE),
    "fashion-filler": re.compile(r"\b(?:trendy|fashionable|popular|cheap)\b", re.IGNORECASE),
}
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Function words that may repeat (Amazon's rule exempts prepositions and articles).
_FUNCTION_WORDS = frozenset(
    [
        "and",
        "for",
        "the",
        "with",
        "von",
        "und",
        "der",
        "die",
        "das",
        "für",
        "mit",
        "pour",
        "avec",
        "les",
        "des",
        "per",
        "con",
        "del",
        "para",
        "los",
        "las",
        "het",
        "een",
        "voor",
        "och",
        "med",
        "dla",
        "oraz",
    ]
)


def repeated_words(text: str, limit: int = 2) -> list[str]:
    """Content words that occur more than `limit` times."""
    counts = Counter(w.casefold() for w in _WORD.findall(text))
    return sorted(w for w, n in counts.items() if n > limit and w not in _FUNCTION_WORDS)


def spam_markers(title: str) -> list[str]:
    """The names of the spam markers a title still holds."""
    found = [name for name, pattern in MARKERS.items() if pattern.search(title)]
    if repeated_words(title):
        found.append("repeated-word")
    return found


def strip_phrases(title: str) -> str:
    """The title without its spam phrases (repeated words kept)."""
    text = title
    for pattern in MARKERS.values():
        text = pattern.sub(" ", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def strip_spam(title: str) -> tuple[str, list[str]]:
    """The title without its spam phrases, and the phrases removed (as they were written)."""
    removed: list[str] = []
    text = title
    for pattern in MARKERS.values():
        removed += [m.group(0) for m in pattern.finditer(text)]
        text = pattern.sub(" ", text)
    # Word by word, also inside "Glasses,Scotch Glasses/Old Glasses" (no space at the joins).
    counts: Counter[str] = Counter()
    kept: list[str] = []
    for piece in re.findall(r"\w+(?:['’]\w+)*|[^\w\s]+|\s+", text):
        key = piece.casefold()
        if piece[0].isalnum() or piece[0] == "_":
            counts[key] += 1
            if key not in _FUNCTION_WORDS and counts[key] > 1 and len(key) >= 3:
                removed.append(piece)
                kept.append(" ")
                continue
        kept.append(piece)
    text = re.sub(r"\s{2,}", " ", "".join(kept))
    text = re.sub(r"\s+([,;:./])", r"\1", text)
    text = re.sub(r"([,;:/&+\-])(?:\s*[,;:/&+\-])+", r"\1", text)
    text = re.sub(r"^[\s,;:/&+\-]+|[\s,;:/&+\-]+$", "", text)
    return re.sub(r"\s{2,}", " ", text).strip(), removed
