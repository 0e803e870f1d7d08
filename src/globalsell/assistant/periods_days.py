"""Finer periods in a seller's question, read before the coarse ones in `periods` so a qualifier
is never dropped: a weekday ("上周五", "last Friday", "这周三"), a weekend ("上周末"), a week of a
month ("the first week of November", "11月第一周"), ten days of a month ("11月上旬"), a
fortnight, a year ("in 2025", "2025年"), a half year ("H1", "上半年"), Cyber Monday ("网一"), a
day of this month ("on the 3rd", "3号") and the same period a year earlier ("去年同期" with
another period). Pure; inclusive UTC-day bounds.

`FINE_TIME` finds any such qualifier; when the text holds one that no reader here turned into
dates, the caller asks back rather than answer over a coarser period ("上周五" is not "上周")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from globalsell.assistant.period_base import MONTHS, Period, black_friday, cn_number, month_bounds
from globalsell.assistant.period_ranges import SLASH_ANY, day_range, dotted_day, slash_day

__all__ = [
    "FINE_TIME",
    "fine_period",
    "same_period_last_year",
    "strip_same_period",
    "year_period",
]

_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# "周一" but not "两周一共", "上周一共" (altogether), "查一下"; "周日" but not "这周日本站" nor
# "上周日均" (a day's average over last week)
_ZH_DAY = (
    r"(?<![一二两三四五六七八九十\d])(?:周|星期|礼拜)"
    r"(一(?![共下起天样般直些点次周个])|[二三四五六]|日(?![本均])|天)"
)
_ZH_WEEKDAY = re.compile(rf"(上上|上个?|这个?|本|下个?)?{_ZH_DAY}")
_EN_WEEKDAY = re.compile(
    r"(?<![a-z])(?:(last|this|past|previous|next|on|the)\s+)?(" + "|".join(_WEEKDAYS_EN) + r")"
    r"(s)?(?![a-z])"
)
# "Tuesday of last week", "last week's Tuesday": the week named, not the latest such day
_OF_WEEK_AFTER = re.compile(
    r"^\s+(?:of\s+|in\s+)?(?:the\s+)?(last|previous|past|this)\s+week(?![a-z])"
)
_OF_WEEK_BEFORE = re.compile(r"(?<![a-z])(last|previous|past|this)\s+week'?s\s+(?:the\s+)?$")
_WEEKEND = re.compile(
    r"(上个?|这个?|本|下个?)?\s*周末|(?<![a-z])(?:(last|this|past|previous|next|the)\s+)?"
    r"week-?ends?(?![a-z])"
)
_WEEKEND_LEAD = frozenset(
    [
        "last",
        "this",
        "past",
        "previous",
        "next",
        "the",
        "a",
        "over",
        "on",
        "at",
        "during",
        "for",
        "in",
        "that",
        "of",
        "orders",
        "sales",
    ]
)
_FORTNIGHT = re.compile(r"(?<![a-z])(?:(last|past|previous|this|next)\s+)?fortnight(?![a-z])")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4, "last": 5, "final": 5}
_MONTH_WORDS = "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS)
_EN_WEEK_OF = re.compile(
    r"(?<![a-z])(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+(?:of|in)\s+"
    rf"(?:the\s+)?(?:month\s+of\s+)?(this month|last month|{_MONTH_WORDS})(?![a-z])"
)
_ZH_MONTH = r"(上个?月|本月|这个?月|(?:1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})\s*月)"
_ZH_WEEK_OF = re.compile(
    rf"{_ZH_MONTH}\s*(?:份)?\s*的?\s*(?:第([一二三四五1-5])|最后一)\s*个?(?:周|星期|礼拜)"
)
_ZH_TEN_DAYS = re.compile(rf"{_ZH_MONTH}\s*(?:份)?\s*的?\s*(上旬|中旬|下旬)")
# a number with a unit after it ("2000 mAh", "2000个") is a quantity, never a year
NOT_A_YEAR = (
    r"(?!\s*(?:mah|mh|ma|wh|mm|cm|ml|kg|mg|lm|rpm|pcs|pc|pieces?|units?|g|w|v|l|毫安|毫升|"
    r"件|个|粒|片|支|只|套|包|瓶|克|升)(?![a-z]))"
)
_YEAR = re.compile(
    r"(?<![\d-])(20\d\d)(?![\d-])" + NOT_A_YEAR + r"\s*(?:年(?!\s*(?:\d|[一二三四五六七八九十])))?"
)
_HALF = re.compile(
    r"(?<![a-z0-9])h([12])(?![0-9a-z])|(?<![a-z])(first|second|1st|2nd)\s+half(?![a-z])|([上下])半年"
)
_CYBER = re.compile(r"cyber\s*monday|网一|网络星期一")
_SINCE = re.compile(
    r"(?:since|after|from)\s+(?:the\s+)?$|^\s*(?:以来|至今|到现在|起|开始|之后|以后)"
)
_ORDINAL_DAY = re.compile(
    r"(?<![a-z])(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:"
    + _MONTH_WORDS
    + r"|week|day|month))(?![a-z0-9])"
    r"|(?<![\d月])(上个?月|本月|这个?月)?\s*(?<![\d])(\d{1,2})\s*号"
)
_SAME_PERIOD = re.compile(
    r"去年同期|上年同期|同比|(?<![a-z])(?:the\s+)?same\s+(?:period|time|days?|week|month)\s+"
    r"(?:of\s+|in\s+)?last\s+year(?![a-z])|(?<![a-z])this\s+time\s+last\s+year(?![a-z])|"
    r"(?<![a-z])a\s+year\s+(?:ago|earlier|before)(?![a-z])"
)
# any finer time qualifier; a period found while one of these stayed unread is not the one asked
FINE_TIME = re.compile(
    _ZH_DAY
    + r"|周末|(?<![a-z])(?:"
    + "|".join(_WEEKDAYS_EN)
    + r")s?(?![a-z])|(?<![a-z])week-?ends?(?![a-z])|fortnight|(?<![a-z])week\s+of\s|"
    r"第[一二三四五1-5]\s*个?(?:周|星期|礼拜)|上旬|中旬|下旬|月初|月底|月末|年初|年底|年末|"
    r"(?<![\d-])20\d\d(?![\d-])"
    + NOT_A_YEAR
    + r"|(?<![a-z0-9])h[12](?![0-9a-z])|(?<![a-z])half(?![a-z])|半年|"
    r"cyber\s*monday|网一|网络星期一|prime\s*day|会员日|christmas|xmas|圣诞|thanksgiving|感恩节|"
    r"easter|春节|国庆|元旦|中秋|(?<![a-z])hours?(?![a-z])|小时|this morning|今早|上午|下午|"
    r"(?<![a-z])the\s+\d{1,2}(?:st|nd|rd|th)"
    r"(?![a-z])|(?<![\d月])\d{1,2}\s*号|" + SLASH_ANY.pattern + "|" + _SAME_PERIOD.pattern
)


def _on_or_before(today: date, weekday: int) -> date:
    return today - timedelta(days=(today.weekday() - weekday) % 7)


def _day(d: date, en: str, zh: str) -> Period:
    return Period(d, d, f"{en} ({d})", f"{zh}({d})")


def _weekday(low: str, today: date) -> Period | None:
    """ "上周五", "这周三", "周三", "last Friday", "on Wednesday": that one day, never in the
    future; "since Monday" / "周一以来": that day to today; two weekdays ("周一到周五") or a
    plural ("on Fridays") are not one day."""
    monday = today - timedelta(days=today.weekday())
    text = re.sub(
        r"black friday|cyber monday|黑色星期五|网络星期一", lambda m: " " * len(m.group(0)), low
    )
    zh = list(_ZH_WEEKDAY.finditer(text))
    en = list(_EN_WEEKDAY.finditer(text))
    if len(zh) + len(en) != 1:
        return None
    m = (zh or en)[0]
    if zh:
        which, wd = m.group(1) or "", _WEEKDAY_ZH[m.group(2)]
        if which.startswith("下"):
            return None
        if which.startswith("上上"):
            when = monday - timedelta(days=14 - wd)
        elif which.startswith("上"):
            when = monday - timedelta(days=7 - wd)
        elif which:  # 这周五 / 本周五
            when = monday + timedelta(days=wd)
        else:
            when = _on_or_before(today, wd)
    else:
        which, wd = m.group(1) or "", _WEEKDAYS_EN.index(m.group(2))
        if m.group(3) or which == "next":
            return None
        week = _OF_WEEK_AFTER.match(text[m.end() :]) or _OF_WEEK_BEFORE.search(text[: m.start()])
        if week and which in ("", "on", "the"):
            which = "last" if week.group(1) != "this" else "this"
            when = monday + timedelta(days=wd) - timedelta(days=7 if which == "last" else 0)
        elif which in ("last", "past", "previous"):
            when = _on_or_before(today - timedelta(days=1), wd)
        elif which == "this":
            when = monday + timedelta(days=wd)
        else:
            when = _on_or_before(today, wd)
    if when > today:
        return None
    name, zh_name = _WEEKDAYS_EN[wd].title(), "周" + "一二三四五六日"[wd]
    if _SINCE.search(text[: m.start()]) or _SINCE.search(text[m.end() :]):
        return Period(
            when, today, f"since {name} ({when} to {today})", f"{zh_name}以来({when} 至 {today})"
        )
    return _day(when, name, zh_name)


def _weekend(low: str, today: date) -> Period | None:
    """ "上周末" / "last weekend": Saturday and Sunday of last week; "这周末" / "this weekend" /
    "the weekend": this week's when it has begun, else last week's."""
    if re.search(r"black friday|黑五|黑色星期五|cyber", low):
        return None
    found = list(_WEEKEND.finditer(low))
    if len(found) != 1:
        return None
    before = re.findall(r"[a-z']+", low[: found[0].start()])
    if not found[0].group(1) and before and before[-1] not in _WEEKEND_LEAD:
        return None  # "the Thanksgiving weekend" is not last weekend
    which = found[0].group(1) or found[0].group(2) or ""
    if which.startswith("下") or which == "next" or low[found[0].end() - 1 : found[0].end()] == "s":
        return None
    monday = today - timedelta(days=today.weekday())
    this_sat = monday + timedelta(days=5)
    if which.startswith("上") or which in ("last", "past", "previous"):
        sat = this_sat - timedelta(days=7)
    elif which.startswith(("这", "本")) or which == "this":
        if this_sat > today:
            return None
        sat = this_sat
    else:
        sat = this_sat if this_sat <= today else this_sat - timedelta(days=7)
    end = min(sat + timedelta(days=1), today)
    return Period(sat, end, f"the weekend ({sat} to {end})", f"周末({sat} 至 {end})")


def _month_of(word: str, today: date) -> tuple[int, int] | None:
    """(year, month) a month word names: "this month", "上个月", "november", "11月"."""
    word = re.sub(r"\s+", "", word)
    if word in ("this month", "thismonth", "本月", "这个月", "这月"):
        return today.year, today.month
    if word in ("last month", "lastmonth", "上个月", "上月"):
        prev = today.replace(day=1) - timedelta(days=1)
        return prev.year, prev.month
    raw = word.rstrip("月")
    month: int | None = None
    if raw.isdigit():
        month = int(raw)
    elif cn_number(raw):
        month = cn_number(raw)
    else:
        month = next((i for i, m in enumerate(MONTHS, start=1) if raw == m or raw == m[:3]), None)
    if month is None or not 1 <= month <= 12:
        return None
    return (today.year if month <= today.month else today.year - 1), month


def _part_of_month(
    year_month: tuple[int, int] | None, first: int, last: int | None, today: date, en: str, zh: str
) -> Period | None:
    if year_month is None:
        return None
    start_m, end_m = month_bounds(*year_month)
    start = start_m + timedelta(days=first - 1)
    end = end_m if last is None else min(start_m + timedelta(days=last - 1), end_m)
    if start > today:
        return None
    end = min(end, today)
    return Period(start, end, f"{en} ({start} to {end})", f"{zh}({start} 至 {end})")


def _week_of_month(low: str, today: date) -> Period | None:
    """ "the first week of November", "11月第二周", "上个月最后一周": days 1-7, 8-14, 15-21,
    22-28, or the month's last seven days."""
    m = _EN_WEEK_OF.search(low)
    if m:
        n, month = _ORDINALS[m.group(1)], _month_of(m.group(2), today)
        label = f"{m.group(1)} week of {m.group(2)}"
    else:
        z = _ZH_WEEK_OF.search(low)
        if z is None:
            return None
        raw = z.group(2)
        n = 5 if raw is None else (int(raw) if raw.isdigit() else (cn_number(raw) or 0))
        month, label = _month_of(z.group(1), today), z.group(0)
    if month is None:
        return None
    if n == 5:
        last_day = month_bounds(*month)[1].day
        return _part_of_month(month, last_day - 6, None, today, label, label)
    return _part_of_month(month, 7 * (n - 1) + 1, 7 * n, today, label, label)


def _ten_days(low: str, today: date) -> Period | None:
    """ "11月上旬": days 1-10; 中旬: 11-20; 下旬: 21 to the month's end."""
    z = _ZH_TEN_DAYS.search(low)
    if z is None:
        return None
    first, last = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, None)}[z.group(2)]
    return _part_of_month(_month_of(z.group(1), today), first, last, today, z.group(0), z.group(0))


def _fortnight(low: str, today: date) -> Period | None:
    m = _FORTNIGHT.search(low)
    if m is None or m.group(1) == "next":
        return None
    start = today - timedelta(days=13)
    return Period(
        start, today, f"the last 14 days ({start} to {today})", f"最近14天({start} 至 {today})"
    )


def _year_of(low: str, today: date) -> int:
    m = re.search(r"(?<![\d-])(20\d\d)(?![\d-])" + NOT_A_YEAR, low)
    if m:
        return int(m.group(1))
    return today.year - 1 if re.search(r"last year|previous year|去年|上一年", low) else today.year


def _half(low: str, today: date) -> Period | None:
    """ "H1", "first half", "上半年": January to June; "H2", "下半年": July to December (this
    year, or the one named); not begun yet: None."""
    m = _HALF.search(low)
    if m is None:
        return None
    if m.group(2) and not re.search(
        r"half\s+(?:of\s+)?(?:the\s+|this\s+|last\s+)?(?:year|20\d\d)", low
    ):
        return None  # "first half of November" is not half a year
    second = (m.group(1) == "2") or (m.group(2) in ("second", "2nd")) or (m.group(3) == "下")
    year = _year_of(low, today)
    start = date(year, 7 if second else 1, 1)
    end = min(date(year, 12 if second else 6, 31 if second else 30), today)
    if start > today:
        return None
    h = "H2" if second else "H1"
    zh = "下半年" if second else "上半年"
    return Period(start, end, f"{h} {year} ({start} to {end})", f"{year}年{zh}({start} 至 {end})")


def _year(low: str, today: date) -> Period | None:
    """ "in 2025", "2025年", "2025 sales": that calendar year (to today); a year that has not
    begun: None."""
    found = {int(m.group(1)) for m in _YEAR.finditer(low)}
    if len(found) != 1:
        return None
    year = found.pop()
    start = date(year, 1, 1)
    if start > today:
        return None
    end = min(date(year, 12, 31), today)
    return Period(start, end, f"{year} ({start} to {end})", f"{year}年({start} 至 {end})")


def _cyber_monday(low: str, today: date) -> Period | None:
    m = _CYBER.search(low)
    if m is None:
        return None
    day = black_friday(today.year) + timedelta(days=3)
    if day > today:
        day = black_friday(today.year - 1) + timedelta(days=3)
    if _SINCE.search(low[: m.start()]) or _SINCE.search(low[m.end() :]):
        return Period(
            day, today, f"since Cyber Monday ({day} to {today})", f"网一以来({day} 至 {today})"
        )
    return _day(day, "Cyber Monday", "网一")


def _ordinal_day(low: str, today: date) -> Period | None:
    """ "on the 3rd", "3号", "上个月3号": that day of this month (of last month when it has
    not come yet this month, or when named)."""
    found = list(_ORDINAL_DAY.finditer(low))
    if len(found) != 1:
        return None
    m = found[0]
    day = int(m.group(1) or m.group(3))
    month = _month_of(m.group(2), today) if m.group(2) else None
    if month is None:
        month = (today.year, today.month)
        if day > today.day:
            prev = today.replace(day=1) - timedelta(days=1)
            month = (prev.year, prev.month)
    try:
        when = date(month[0], month[1], day)
    except ValueError:
        return None
    return None if when > today else Period(when, when, f"{when}", f"{when}")


_READERS: tuple[Callable[[str, date], Period | None], ...] = (
    dotted_day,
    day_range,
    slash_day,
    _week_of_month,
    _ten_days,
    _cyber_monday,
    _weekend,
    _weekday,
    _fortnight,
    _half,
    _ordinal_day,
)


def fine_period(low: str, today: date) -> Period | None:
    """The finer period the text names, or None (also when it names one that has not begun)."""
    for read in _READERS:
        found = read(low, today)
        if found is not None:
            return found
    return None


def year_period(low: str, today: date) -> Period | None:
    """A calendar year named alone ("in 2025", "2025年"); not a month or quarter of it."""
    if re.search(
        r"(20\d\d)\s*年\s*(?:\d|[一二三四五六七八九十])|q[1-4]\s*20\d\d|20\d\d\s*q[1-4]", low
    ):
        return None  # "2025年11月", "Q3 2025": a month or quarter of that year
    if re.search(rf"(?:{_MONTH_WORDS})\.?\s+20\d\d|20\d\d\s*-\s*\d|第?[一二三四1-4]\s*季度", low):
        return None
    return _year(low, today)


def same_period_last_year(low: str) -> bool:
    return _SAME_PERIOD.search(low) is not None


def strip_same_period(low: str) -> str:
    return _SAME_PERIOD.sub(" ", low)


# a period named only by pointing back to an earlier question ("in that period", "那段时间",
# "同期" without "去年"): the CLI has no conversation, so the caller asks back
BACK_PERIOD = re.compile(
    r"(?<![a-z])(?:(?:in|during|over|for|at|from)\s+)?(?:that|those|the\s+same)\s+"
    r"(?:period|periods|time|times|timeframe|time\s+frame|window|range|dates?|days?|weeks?|"
    r"months?|span|stretch)(?![a-z])(?!\s+(?:of\s+|in\s+)?last\s+year)|"
    r"(?<![a-z])(?:back\s+then|by\s+then|until\s+then|since\s+then)(?![a-z])|"
    r"(?<![a-z])then\s*[?？.!]*\s*$|"
    r"那段时间|那段日子|那段时期|那个时间段|那段期间|那时候|那个时候|那时|当时|"
    r"(?<!去年)(?<!上年)(?<!前年)(?<!往年)(?<!上月)(?<!上周)同期|同一时期|同一时间段|同样的时间段"
)


def back_period(text: str) -> str | None:
    """A period named only by pointing back to an earlier question, or None."""
    m = BACK_PERIOD.search(text.lower())
    return None if m is None else m.group(0).strip()
