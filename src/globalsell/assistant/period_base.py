"""The building blocks of periods in a seller's question: `Period` (inclusive UTC-day bounds),
month names and bounds, Black Friday, Chinese numerals. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "MAY_MONTH",
    "MONTHS",
    "Period",
    "black_friday",
    "cn_number",
    "month_bounds",
    "months_named",
]


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_CN_DIGITS |= {"八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """A Chinese numeral up to 99 ("三十", "十五", "两"), else None."""
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive
    label_en: str
    label_zh: str
    default: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


# "may" is the month after a word that takes a time or before a day or a year ("in May",
# "last May", "May 3", "May 2026"); otherwise it is the verb
MAY_MONTH = re.compile(
    r"(?<![a-z])(?:in|of|during|since|until|till|through|from|last|this|early|mid|late|before|"
    r"after|for|by)\s+may(?![a-z])|(?<![a-z])may\s+(?:\d|20\d\d)|^\s*may(?![a-z])"
)
# a month by its whole name or its short form, as a word of its own ("November", "nov.", never
# the "mar" of "marketplace"), or as "11月" / "十一月"
_MONTH_WORDS = {name: i for i, name in enumerate(MONTHS, start=1)}
_MONTH_WORDS |= {name[:3]: i for i, name in enumerate(MONTHS, start=1)} | {"sept": 9}
MONTH_WORD = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_MONTH_NAME = re.compile(r"(?<![a-z])(" + MONTH_WORD + r")\.?(?![a-z])")
_MONTH_ZH = re.compile(r"(?<!\d)(1[0-2]|[1-9])\s*月(?!\s*\d)|([一二三四五六七八九十]{1,2})\s*月")


def months_named(text: str) -> set[int]:
    """The months a text names ("the first week of November", "11月第一周"); "may" only where
    a time is meant (`MAY_MONTH`)."""
    low = text.lower()
    found = {
        _MONTH_WORDS[m.group(1)]
        for m in _MONTH_NAME.finditer(low)
        if m.group(1) != "may" or MAY_MONTH.search(low)
    }
    for m in _MONTH_ZH.finditer(low):
        month = int(m.group(1)) if m.group(1) else cn_number(m.group(2))
        if month and 1 <= month <= 12:
            found.add(month)
    return found


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


def black_friday(year: int) -> date:
    """The fourth Friday of November."""
    first = date(year, 11, 1)
    offset = (4 - first.weekday()) % 7
    return first + timedelta(days=offset + 21)
