"""Typing slips in an English question mapped back to the parser's words: two swapped letters
("untis"), a seller's short form ("qty", "mth") or a close spelling of a keyword. Pure."""

from __future__ import annotations

import difflib
import re

from globalsell.assistant.vocabulary import KEYWORDS
from globalsell.assistant.vocabulary_cues import (
    LATE_CUES,
    MISSING_CUES,
    OPEN_ORDER_CUES,
    RANK_BOTTOM,
    RANK_TOP,
    RISK_CUES,
)

__all__ = ["fix_typos"]

_VOCAB = sorted(
    {
        w
        for _, _, english, _ in KEYWORDS
        for phrase in english
        for w in phrase.split()
        if len(w) >= 5
    }
    | {
        w
        for cues in (OPEN_ORDER_CUES, LATE_CUES, RISK_CUES, MISSING_CUES, RANK_TOP, RANK_BOTTOM)
        for phrase in cues[0]
        for w in phrase.split()
        if len(w) >= 5
    }
    | {"shipment", "shipments", "inventory", "revenue", "margin", "approve", "products"}
)


# period and measure words a transposed-letter typo is mapped back to ("untis", "mnoth")
_SWAP_VOCAB = frozenset(
    {*_VOCAB, "month", "week", "weeks", "sold", "sell", "stock", "units", "last", "past", "cost"}
    | {"price", "sales", "orders", "today", "margin", "since"}
)
# English words a close spelling away from a keyword, which are words, not slips: a question
# about "customers" is not about "customs"
_NEAR_WORDS = frozenset({"customers", "bought"})
# short forms sellers type
_ABBREVIATIONS = {
    "mnth": "month",
    "mth": "month",
    "mths": "months",
    "wk": "week",
    "wks": "weeks",
    "yday": "yesterday",
    "qty": "units",
    "yr": "year",
    "inv": "inventory",
    "rev": "revenue",
    "bf": "black friday",
    "ords": "orders",
    "ord": "orders",
    "rn": "right now",
    "teh": "the",
    "japn": "japan",
    "germnay": "germany",
}


def _swapped(word: str) -> str | None:
    """The vocabulary word `word` is with two neighbouring letters swapped, if exactly one."""
    hits = {
        w
        for i in range(len(word) - 1)
        if (w := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in _SWAP_VOCAB and w != word
    }
    return hits.pop() if len(hits) == 1 else None


def fix_typos(low: str) -> str:
    """Replace a misspelt English word by the one keyword it is close to: two swapped letters
    (4+ letters), a known short form, or a close spelling (5+ letters)."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in _ABBREVIATIONS:
            return _ABBREVIATIONS[word]
        if word in _SWAP_VOCAB or word in _NEAR_WORDS or len(word) < 4:
            return word
        if any(word.endswith(e) and word[: -len(e)] in _VOCAB for e in ("d", "ed", "s", "ing")):
            return word  # an inflection of a keyword ("approved") is a word, not a typo
        swapped = _swapped(word)
        if swapped is not None:
            return swapped
        if len(word) < 5:
            return word
        close = difflib.get_close_matches(word, _VOCAB, n=2, cutoff=0.84)
        if len(close) == 1 or (len(close) == 2 and close[0].rstrip("s") == close[1].rstrip("s")):
            return close[0]
        return word

    return re.sub(r"(?<![a-z0-9-])[a-z]+(?![a-z0-9-])", fix, low)
