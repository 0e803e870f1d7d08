"""Spans between two days in a seller's question ("between Nov 1 and Nov 15", "11月1日到15日",
"from Black Friday to Cyber Monday", "11/1-11/15"), days written with a slash ("on 11/28") and
days written with dots ("since 01.12.2026", "27.11. until 30.11.", "11.28-11.30").
Pure; inclusive UTC-day bounds. A slash date that reads both ways ("3/12": 3 December or
March 12) is no date: the caller asks back."""

from __future__ import annotations

import re
from datetime import date, timedelta

from globalsell.assistant.period_base import (
    MONTH_WORD,
    MONTHS,
    Period,
    black_friday,
    cn_number,
    months_named,
)

__all__ = ["SLASH_ANY", "day_range", "dotted_day", "slash_day", "two_days"]

# a month as a whole word ("Nov", "November", "sept."), never the "mar" of "marketplace"
_EN_DAY = re.compile(
    rf"(?<![a-z])(?:({MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])|"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_WORD})\.?)(?![a-z])"
)
_ZH_DAY = re.compile(
    r"(?:(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})\s*月\s*)?(3[01]|[12]\d|[1-9])\s*[日号]"
)
SLASH_ANY = re.compile(r"(?<![\d/.$€£¥])(\d{1,2})/(\d{1,2})(?![\d/])")
_CONNECT = re.compile(r"^\s*(?:-|–|~|to|till|until|through|thru|and|到|至|~|一直到)\s*(?:the\s+)?$")


def _month_no(word: str) -> int:
    if word.isdigit():
        return int(word)
    n = cn_number(word)
    if n:
        return n
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(word))


# two days of one month written once ("1-15 Nov", "1st-15th of November", "Nov 1-15"): each
# day with its month, so the span reads as two days
_DAYS_OF_AFTER = re.compile(
    rf"(?<![\d/.])(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–~]|to|and|through|thru|until|till)\s*"
    rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?({MONTH_WORD})\.?(?![a-z])"
)
_DAYS_OF_BEFORE = re.compile(
    rf"(?<![a-z])(({MONTH_WORD})\.?)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*"
    rf"(?:[-–~]|to|through|thru|until|till)\s*(?:the\s+)?"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:a-z])"
)


def _spread(low: str) -> str:
    low = _DAYS_OF_AFTER.sub(r"\1 \3 - \2 \3", low)
    return _DAYS_OF_BEFORE.sub(r"\1 \3 - \1 \4", low)


def _named(low: str, today: date) -> str:
    """Black Friday and Cyber Monday written as the day they fall on ("11月27日"); two days of
    one month written once ("1-15 Nov") as two days."""
    bf = black_friday(today.year)
    if bf > today:
        bf = black_friday(today.year - 1)
    cm = bf + timedelta(days=3)
    low = re.sub(r"black friday|黑五|黑色星期五", f"{bf.month}月{bf.day}日", low)
    return _spread(re.sub(r"cyber monday|网一|网络星期一", f"{cm.month}月{cm.day}日", low))


_ORDINAL = re.compile(r"(?<![a-z\d])(\d{1,2})(?:st|nd|rd|th)(?![a-z])")


def _days(low: str) -> list[tuple[int, int, int | None, int]]:
    """(start, end, month or None, day) of every day the text writes, in order; slash dates
    month first, or day first when one of them can only be read so ("28/11")."""
    found: list[tuple[int, int, int | None, int]] = []
    for m in _EN_DAY.finditer(low):
        word, num = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        found.append((m.start(), m.end(), _month_no(word), int(num)))
    for m in _ZH_DAY.finditer(low):
        month = _month_no(m.group(1)) if m.group(1) else None
        found.append((m.start(), m.end(), month, int(m.group(2))))
    slashes = [
        (m.start(), m.end(), int(m.group(1)), int(m.group(2))) for m in SLASH_ANY.finditer(low)
    ]
    month_first = any(b > 12 for _, _, _, b in slashes)
    day_first = any(a > 12 for _, _, a, _ in slashes)
    for s, e, a, b in slashes:
        if day_first and not month_first:
            a, b = b, a
        elif not month_first and a != b:
            continue  # "3/12" reads both ways
        if 1 <= a <= 12 and 1 <= b <= 31:
            found.append((s, e, a, b))
    for m in _ORDINAL.finditer(low):
        found.append((m.start(), m.end(), None, int(m.group(1))))
    out: list[tuple[int, int, int | None, int]] = []
    for t in sorted(found, key=lambda t: (t[0], -t[1])):
        if out and t[0] < out[-1][1]:
            continue  # inside a day already read ("15th of november")
        out.append(t)
    return out


def _month_named(text: str) -> int | None:
    """The one month the rest of the text names ("the first week of November, the 1st to the
    7th", "11月第一周(1号到7号)"), or None."""
    found = months_named(text)
    return found.pop() if len(found) == 1 else None


def two_days(text: str) -> str | None:
    """Two or more days that make no span ("on Nov 3 and Nov 5"): the text of the first."""
    low = _spread(text.lower())
    days = _days(low)
    if len(days) < 2:
        dotted = [t for t in _dotted_days(low) if t[5]]  # "01.12.2026 and 05.12.2026"
        return low[dotted[0][0] : dotted[0][1]] if len(dotted) > 1 else None
    return low[days[0][0] : days[0][1]]


def _dated(month: int, day: int, today: date) -> date | None:
    try:
        when = date(today.year, month, day)
        if when > today:
            when = date(today.year - 1, month, day)
    except ValueError:
        return None
    return when


def day_range(text: str, today: date) -> Period | None:
    """Two days joined by "to", "and" (after "between"), "-" or "到"/"至": that span; the
    second may leave out its month ("11月1日到15日")."""
    low = _named(text.lower(), today)
    days = _days(low)
    if len(days) != 2:
        return None
    (s0, e0, m0, d0), (s1, e1, m1, d1) = days
    gap = low[e0:s1]
    if not _CONNECT.search(gap):
        return None
    if gap.strip() == "and" and not re.search(r"between\s+(?:the\s+)?$", low[:s0]):
        return None  # "Nov 1 and Nov 15" without "between": two days, not a span
    m0 = m0 or m1 or _month_named(low[:s0] + " " + low[e1:])  # "the 1st to the 15th of November"
    if m0 is None:  # "1号到15号": this month's days (last month's when not come yet)
        m0 = today.month if d0 <= today.day else (today.replace(day=1) - timedelta(days=1)).month
    start = _dated(m0, d0, today)
    if start is None:
        return None
    try:
        end = date(start.year, m1 or m0, d1)
    except ValueError:
        return None
    if end < start:
        try:
            end = date(start.year + 1, end.month, end.day)
        except ValueError:
            return None
    if end > today:
        end = today
    if end < start:
        return None
    return Period(start, end, f"{start} to {end}", f"{start} 至 {end}")


def slash_day(text: str, today: date) -> Period | None:
    """ "on 11/28", "28/11", "11/11": that day (month first unless only day first can be; one
    that reads both ways, "3/12", is no date)."""
    low = text.lower()
    found = [t for t in _days(low) if "/" in low[t[0] : t[1]]]
    if len(found) != 1 or found[0][2] is None:
        return None
    when = _dated(found[0][2], found[0][3], today)
    return None if when is None else Period(when, when, f"{when}", f"{when}")


# days written with dots: the European day.month with its year ("01.12.2026") or its trailing
# dot ("27.11."), and a bare "11.28" that only a span with a dash makes a day. A dotted number
# with a unit or a currency beside it is an amount ("1.7 L", "8.99 EUR", "€8.99"), never a day.
_DOTTED = re.compile(
    r"(?<![0-9A-Za-z.,$€£¥])(\d{1,2})\.(\d{1,2})(?:\.(20\d\d)|(\.))?(?!\d|\.\d)"
    r"(?!\s*(?:%|€|\$|£|¥|usd|eur|gbp|jpy|cny|rmb|dollars?|euros?|l|ml|kg|g|cm|mm|m|w|v|mah|"
    r"元|美元|欧元|英镑|件|个|升|克|公斤|米|厘米)(?![a-z]))"
)
_DOT_SPAN = re.compile(r"^\s*(?:[-–~]|to|till|until|through|thru|bis|and|到|至)\s*(?:the\s+)?$")
_DASH = re.compile(r"^\s*[-–~]\s*$")
# a word before one dotted day: "since" / "from" start a span to today, "on" names the day
_DOT_SINCE = re.compile(r"(?<![a-z])(?:since|seit|from|vom|von|ab)\s+(?:the\s+|dem\s+|den\s+)?$")
_DOT_ON = re.compile(r"(?<![a-z])(?:on|am|for)\s+(?:the\s+|dem\s+|den\s+)?$")


def _dotted_days(low: str) -> list[tuple[int, int, int, int, int | None, bool]]:
    """(start, end, first number, second number, year or None, written the European way) of
    every dotted day-like number, in order."""
    return [
        (
            m.start(),
            m.end(),
            int(m.group(1)),
            int(m.group(2)),
            int(m.group(3)) if m.group(3) else None,
            bool(m.group(3) or m.group(4)),
        )
        for m in _DOTTED.finditer(low)
    ]


def _on(year: int | None, month: int, day: int, today: date) -> date | None:
    if year is None:
        return _dated(month, day, today)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _alone(low: str, start: int, end: int) -> bool:
    """A day.month with its trailing dot read on its own: after a word of time ("since",
    "on"), or with more text after it (a trailing dot that ends the text may end a sentence
    after an amount: "it costs 1.10.")."""
    before = low[:start]
    return bool(low[end:].strip() or _DOT_ON.search(before) or _DOT_SINCE.search(before))


def dotted_day(text: str, today: date) -> Period | None:
    """Days written with dots: "01.12.2026" (that day), "since 01.12." (that day to today),
    "on 27.11.", "orders 27.11. please", "27.11. until 30.11." / "from 27.11. to 30.11." (day
    first, the European way), and a span "11.28-11.30" (month first when a day over 12 says
    so, day first in "27.11-30.11"). A day without its year is the latest such day not after
    today."""
    low = text.lower()
    days = _dotted_days(low)
    if len(days) == 2:
        (s0, e0, a0, b0, y0, eu0), (s1, e1, a1, b1, y1, eu1) = days
        gap = low[e0:s1]
        if not _DOT_SPAN.search(gap) or (
            gap.strip() == "and" and not re.search(r"between\s+(?:the\s+)?$", low[:s0])
        ):
            return None
        if not (eu0 or eu1):
            if not _DASH.search(gap):
                return None  # "from 1.5 to 2.5": two amounts
            if max(b0, b1) > 12 >= max(a0, a1):  # "11.28-11.30": month first
                a0, b0, a1, b1 = b0, a0, b1, a1
            elif not max(a0, a1) > 12 >= max(b0, b1):
                return None  # "1.5-2.5", "3.4-5.6": reads both ways, or an amount
        start = _on(y0 or y1, b0, a0, today)
        if start is None:
            return None
        end = _on(y1 or start.year, b1, a1, today)
        if end is not None and end < start and y1 is None:
            end = _on(start.year + 1, b1, a1, today)
        if end is None:
            return None
        end = min(end, today)
        if end < start:
            return None
        return Period(start, end, f"{start} to {end}", f"{start} 至 {end}")
    found = [t for t in days if t[4] is not None or (t[5] and _alone(low, t[0], t[1]))]
    if len(found) != 1:
        return None
    start_at, _, day, month, year, _ = found[0]
    when = _on(year, month, day, today)
    if when is None or when > today:
        return None
    if _DOT_SINCE.search(low[:start_at]):
        return Period(
            when, today, f"since {when} ({when} to {today})", f"{when}以来({when} 至 {today})"
        )
    return Period(when, when, f"{when}", f"{when}")
