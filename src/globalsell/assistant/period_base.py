"""The building blocks of periods in a seller's question: `Period` (inclusive UTC-day bounds),
month names and bounds, Black Friday, Chinese numerals. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["MONTHS", "Period", "black_friday", "cn_number", "month_bounds"]


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


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


def black_friday(year: int) -> date:
    """The fourth Friday of November."""
    first = date(year, 11, 1)
    offset = (4 - first.weekday()) % 7
    return first + timedelta(days=offset + 21)
