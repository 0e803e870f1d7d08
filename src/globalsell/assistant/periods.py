"""Periods in a seller's question, in Chinese and English, relative to the clock's `today`:
"last 30 days", "上个月", "this week", "since Black Friday", "last quarter", "自11月1日以来",
"since Nov 1", a month by name. Pure; inclusive UTC-day bounds."""

from __future__ import annotations

import re
from datetime import date, timedelta

from globalsell.assistant.period_base import MAY_MONTH, MONTHS, Period, black_friday, cn_number
from globalsell.assistant.period_base import month_bounds as _month_bounds
from globalsell.assistant.period_ranges import two_days
from globalsell.assistant.period_words import future_time, time_word
from globalsell.assistant.periods_days import (
    FINE_TIME,
    back_period,
    fine_period,
    same_period_last_year,
    strip_same_period,
    year_period,
)

__all__ = [
    "MONTHS",
    "Period",
    "black_friday",
    "cn_number",
    "find_period",
    "future_time",
    "period_mentions",
    "time_word",
    "unparsed_time",
]


def _ascii_has(low: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", low) is not None


def n_days(low: str) -> int | None:
    m = re.search(
        r"(?:last|past|previous|recent|over the last|in the last)\s+(\d{1,3})\s*days?", low
    )
    if m:
        return int(m.group(1))
    m = re.search(r"(\d{1,3})\s*days?", low)
    if m and re.search(r"(last|past|previous|recent)", low):
        return int(m.group(1))
    m = re.search(r"(?:最近|过去|近|前)\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:天|日)", low)
    if m:
        return int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1))
    m = re.search(r"(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*天(?:内|以来|里)", low)
    if m:
        return int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1))
    # a bare "30 days" / "30天" (not "in 30 days", "30天后", "days of cover"): the last 30 days
    m = re.search(r"(?<!in )(?<!next )(?<!within )(?<![\d.])(\d{1,3})\s*days?(?! of)(?![a-z])", low)
    if m and not re.search(r"(?:next|within|coming|ahead)", low):
        return int(m.group(1))
    m = re.search(r"(?<![\d.])(\d{1,3})\s*天(?!内|之内|后|以后|之后)", low)
    if m and not re.search(r"未来|接下来|今后", low):
        return int(m.group(1))
    return None


_EN_MONTH_DAY = re.compile(
    r"since (?:the )?(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]{3,9})|([a-z]{3,9})\.? "
    r"(\d{1,2})(?:st|nd|rd|th)?)(?![a-z0-9])"
)
_ZH_MONTH_DAY = re.compile(
    r"(?:自从?|从)?\s*(1[0-2]|[1-9])\s*月\s*(3[01]|[12]\d|[1-9])\s*(?:日|号)\s*"
    r"(?:以来|至今|到现在|起|开始|之后|以后)"
)


# "since November", "since the start of October", "11月以来", "从10月份开始": from the month's
# first day to today (never the named month alone)
_EN_SINCE_MONTH = re.compile(
    r"since (?:the )?(?:(?:start|beginning) of )?(?:early )?([a-z]{3,9})\.?(?! ?\d)(?![a-z])"
)
_ZH_SINCE_MONTH = re.compile(
    r"(?:自从?|从)?\s*(1[0-2]|[1-9])\s*月份?\s*(?:初)?\s*(?:以来|至今|到现在|起|开始)"
)


def _month_number(word: str) -> int | None:
    for i, name in enumerate(MONTHS, start=1):
        if word == name or (len(word) >= 3 and name.startswith(word)):
            return i
    return None


def _since(low: str, today: date) -> Period | None:
    """ "since Nov 1", "since 1 November", "自11月1日以来", "11月1号起": that day to today (the
    latest such day not after today)."""
    month = day = None
    m = _EN_MONTH_DAY.search(low)
    if m:
        word, num = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
        month, day = _month_number(word), int(num)
    else:
        z = _ZH_MONTH_DAY.search(low)
        if z:
            month, day = int(z.group(1)), int(z.group(2))
    if month is None:
        whole = _EN_SINCE_MONTH.search(low)
        if whole and whole.group(1) in (*MONTHS, *(name[:3] for name in MONTHS), "sept"):
            month, day = _month_number(whole.group(1)[:3]), 1
        z = _ZH_SINCE_MONTH.search(low)
        if z and month is None:
            month, day = int(z.group(1)), 1
    if month is None or day is None:
        return None
    try:
        start = date(today.year, month, day)
        if start > today:
            start = date(today.year - 1, month, day)
    except ValueError:
        return None
    return Period(
        start, today, f"since {start} ({start} to {today})", f"{start}以来({start} 至 {today})"
    )


_NAMED_QUARTER = re.compile(
    r"(?<![a-z0-9])q([1-4])(?![0-9])|(?<![a-z])(first|second|third|fourth) quarter|"
    # "上一季度" is the last quarter, never Q1
    r"(?<![上下本这前])第?([一二三四1-4])\s*季度"
    # Taiwan writes the quarter 季 ("第三季"), never a season here
    r"|第([一二三四1-4])季(?![节])"
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _named_quarter(low: str, today: date) -> Period | None:
    """ "Q3", "third quarter", "第三季度": that quarter of this year, or of last year when it has
    not begun; a year written next to it ("Q3 2025", "2025年第三季度") wins."""
    m = _NAMED_QUARTER.search(low)
    if m is None:
        return None
    raw = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    q = int(raw) if raw.isdigit() else _QUARTER_WORDS.get(raw) or cn_number(raw) or 0
    if not 1 <= q <= 4:
        return None
    year_m = re.search(r"(20\d\d)", low)
    year = int(year_m.group(1)) if year_m else today.year
    start = date(year, 3 * q - 2, 1)
    if start > today and not year_m:
        year -= 1
        start = date(year, 3 * q - 2, 1)
    if start > today:
        return None
    end = min(_month_bounds(year, 3 * q)[1], today)
    return Period(start, end, f"Q{q} {year} ({start} to {end})", f"{year}年Q{q}({start} 至 {end})")


def _months_back(today: date, n: int) -> date:
    """The day after the same day `n` months before `today` (clamped to the month's end)."""
    month = today.month - n
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    day = min(today.day, _month_bounds(year, month)[1].day)
    return date(year, month, day) + timedelta(days=1)


def _rolling_months(low: str, today: date) -> Period | None:
    """ "past 3 months", "last two months", "过去3个月", "最近一个月", "past month": the months
    up to today (not calendar months)."""
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12}
    m = re.search(r"(?:last|past|previous)\s+(\d{1,2}|one|two|three|four|six|twelve)\s+months", low)
    n: int | None = None
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else words[m.group(1)]
    elif re.search(r"(?:the\s+)?past\s+month(?![a-z])", low):
        n = 1
    else:
        z = re.search(
            r"(?:最近|过去|近|前)\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?\s*月", low
        )
        if z:
            n = int(z.group(1)) if z.group(1).isdigit() else cn_number(z.group(1))
    if not n or n > 24:
        return None
    start = _months_back(today, n)
    return Period(
        start,
        today,
        f"the last {n} months ({start} to {today})",
        f"最近{n}个月({start} 至 {today})",
    )


# one key per kind of period a question can name: two different ones ("this week compared to
# last week") are two questions, asked back rather than answered for one of them
_PERIOD_KINDS = {
    "this_week": r"this week|本周|这周|这个星期|本星期|这礼拜|本礼拜|这个礼拜",
    "last_week": r"last week|上周|上星期|上个星期|上一周|上礼拜|上个礼拜",
    "this_month": r"this month|本月|这个月|这月",
    "last_month": r"last month|上个月|上月",
    "yesterday": r"yesterday|昨天",
    "today": r"today|今天",
    "this_year": r"this year|今年",
    "last_year": r"last year|去年",
    "black_friday": r"black friday|黑五|黑色星期五",
}


def period_mentions(text: str) -> list[str]:
    """The kinds of calendar period the text names (empty or one for a usual question)."""
    low = text.lower()
    found = [
        k
        for k, pattern in _PERIOD_KINDS.items()
        if re.search(rf"(?<![a-z])(?:{pattern})(?![a-z])", low)
    ]
    if "last_year" in found and same_period_last_year(low):
        found.remove("last_year")  # "去年同期" shifts the other period a year back
    # calendar months by name ("in October or in November", "10月和11月"); a span between two
    # ("October 1 to November 15", "10月1日到11月15日") is one period, not two
    if not _SPAN.search(low):
        months = {f"month_{_month_number(m) or 0}" for m in _EN_MONTH.findall(low)}
        months |= {f"month_{int(m)}" for m in _ZH_MONTH.findall(low)}
        if len(months) == 1:  # "November last year", "去年11月": the year says which November
            found = [k for k in found if k not in ("this_year", "last_year")]
        found += sorted(months)
    return found


# a month's full name ("may" only after in / of / during / since: it is also a verb)
_EN_MONTH = re.compile(
    rf"(?<![a-z])({'|'.join(m for m in MONTHS if m != 'may')}|(?<=in |of )may"
    r"|(?<=during )may)(?![a-z])"
)
_ZH_MONTH = re.compile(r"(?<![\d.])(1[0-2]|[1-9])\s*月(?!\s*(?:\d|[一二三四五六七八九十]))")
_SPAN = re.compile(
    r"(?<![a-z])(?:to|through|thru|until|till|between)(?![a-z])|(?<=\s)[-–~](?=\s)"
    r"|(?<=\d)[-–~](?=\d)|到|至|起"
)


_EN_ON_DAY = re.compile(
    r"(?<![a-z])(?:on|for)\s+(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})|"
    r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?![a-z0-9])"
)
_ZH_ON_DAY = re.compile(
    r"(?<!\d)(1[0-2]|[1-9])\s*月\s*(3[01]|[12]\d|[1-9])\s*(?:日|号)"
    r"(?!\s*(?:以来|至今|到现在|起|开始|之后|以后|到|至))"
)


def _one_day(low: str, today: date) -> Period | None:
    """ "on Nov 28", "on the 3rd of November", "11月28号": that day (the latest not after
    today)."""
    month = day = None
    m = _EN_ON_DAY.search(low)
    if m:
        word, num = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
        month, day = _month_number(word), int(num)
    else:
        z = _ZH_ON_DAY.search(low)
        if z:
            month, day = int(z.group(1)), int(z.group(2))
    if month is None or day is None:
        return None
    try:
        when = date(today.year, month, day)
        if when > today:
            when = date(today.year - 1, month, day)
    except ValueError:
        return None
    return Period(when, when, f"{when}", f"{when}")


def _quarter(low: str, today: date) -> Period | None:
    named = _named_quarter(low, today)
    if named is not None:
        return named
    first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    if (
        _ascii_has(low, "last quarter")
        or _ascii_has(low, "previous quarter")
        or _ascii_has(low, "past quarter")
        or any(w in low for w in ("上个季度", "上季度", "上一季度", "上一个季度"))
        or re.search(r"上一?个?季(?!度)", low) is not None  # "上一季", "上季" (上一季的销量)
    ):
        end = first - timedelta(days=1)
        start = date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
        q = (start.month - 1) // 3 + 1
        return Period(
            start,
            end,
            f"last quarter (Q{q} {start.year}: {start} to {end})",
            f"上季度({start.year}年Q{q}: {start} 至 {end})",
        )
    if (
        _ascii_has(low, "this quarter")
        or _ascii_has(low, "current quarter")
        or any(w in low for w in ("本季度", "这个季度", "这季度"))
        or re.search(r"(?:本|这一?个?)季(?!度)", low) is not None
    ):
        q = (first.month - 1) // 3 + 1
        return Period(
            first,
            today,
            f"this quarter (Q{q}: {first} to {today})",
            f"本季度(Q{q}: {first} 至 {today})",
        )
    return None


# time words the period finder did not turn into dates: answering over a default period would
# answer another question, so the caller asks back
_TIME_EN = re.compile(
    r"(?<![a-z])(quarter|since|season|black friday|christmas|xmas|holiday|holidays|prime day|"
    r"cyber monday|fortnight|weekend|(?:\d+|two|three|four|six) months?|spring|summer|autumn|"
    r"recently|lately|these days|of late|hours?|this morning|this afternoon|tonight|"
    r"thanksgiving|easter|valentine'?s?|new year'?s?|"
    r"fall|winter|q[1-4]|ytd|year to date|"
    # period-over-period shorthand ("WoW", "MoM", "YoY"): which two periods is asked back
    r"wow|mom|yoy|qoq|w/w|m/m|y/y)(?![a-z])"
)
_TIME_ZH = re.compile(
    r"季度|[上下本这]一?个?季|以来|至今|圣诞|黑五|黑色星期五|双十一|双11|双十二|旺季|淡季|春节|国庆|开学季|上半年|下半年|"
    r"\d+\s*[日号](?!本)|[一二三四五六七八九十两]+个月|[一二三四五六七八九十两\d]+\s*周|去年同期|"
    r"周末|最近(?!\s*(?:\d|[一二两三四五六七八九十几]))|近期|近来|这段时间|这阵子|前阵子|"
    r"小时|上午|下午|今早|早上|晚上|感恩节|元旦|中秋|情人节|母亲节|父亲节|会员日"
)


def unparsed_time(text: str) -> str | None:
    """A time expression in the question that `find_period` did not understand, or None."""
    low = text.lower()
    back = back_period(low)
    if back is not None:
        return back
    two = two_days(low)
    if two is not None:
        return two
    m = FINE_TIME.search(_strip_handled(low)) or _TIME_EN.search(low) or _TIME_ZH.search(low)
    return None if m is None else m.group(0).strip()


# shopping days by date, so "双十一那天" is that day and "双十一以来" a range
# a date written after a day's number is no amount ("11.11" is Singles' Day, "11.11 USD" a price)
_NOT_MONEY = r"(?![\d.])(?!\s*(?:usd|eur|gbp|jpy|cny|rmb|元|美元|dollars?))"
_NAMED_DAYS = (
    (re.compile(rf"双十一|双11|(?<![\d.$€£¥])11\.11{_NOT_MONEY}"), "11月11日"),
    (re.compile(rf"双十二|双12|(?<![\d.$€£¥])12\.12{_NOT_MONEY}"), "12月12日"),
    (re.compile(r"christmas day|xmas day|圣诞节当天|圣诞节那天|圣诞当天"), "12月25日"),
    (re.compile(r"christmas eve|平安夜"), "12月24日"),
)


def _explicit_month(low: str, today: date) -> Period | None:
    """A month with its year: "2025年11月", "November 2025", "去年11月", "last November"."""
    m = re.search(r"(20\d\d)\s*年\s*(1[0-2]|[1-9])\s*月(?!\s*\d+\s*[日号])", low)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
    else:
        e = re.search(
            rf"(?<![a-z])({'|'.join(MONTHS)}|{'|'.join(n[:3] for n in MONTHS)})\.?\s+(20\d\d)", low
        )
        z = re.search(
            r"(去年|今年|前年)\s*的?\s*(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})\s*月份?"
            r"(?!\s*\d+\s*[日号])",
            low,
        )
        names = f"{'|'.join(MONTHS)}|{'|'.join(n[:3] for n in MONTHS)}"
        w = re.search(
            rf"(?<![a-z])(?:(?:in\s+)?({names})\s+(?:of\s+)?(this|last) year|"
            rf"(this|last) year'?s?\s+({names})|(last|this) ({names}))(?![a-z])",
            low,
        )
        if e:
            month = _month_number(e.group(1)) or 0
            year = int(e.group(2))
        elif z:
            raw = z.group(2)
            month = int(raw) if raw.isdigit() else (cn_number(raw) or 0)
            year = today.year - {"今年": 0, "去年": 1, "前年": 2}[z.group(1)]
        elif w:
            word = w.group(1) or w.group(4) or w.group(6)
            which = w.group(2) or w.group(3) or w.group(5)
            month = _month_number(word) or 0
            if which == "last" and w.group(5):  # "last December": the latest one before now
                year = today.year if month < today.month else today.year - 1
            else:
                year = today.year - (which == "last")
        else:
            return None
    if not 1 <= month <= 12 or date(year, month, 1) > today:
        return None
    start, end = _month_bounds(year, month)
    end = min(end, today)
    return Period(start, end, f"{MONTHS[month - 1].title()} {year}", f"{year}年{month}月")


_BF = re.compile(r"black friday|黑五|黑色星期五")
_BF_SINCE = re.compile(
    r"(?:since|after|from)\s+(?:the\s+)?black friday|"
    r"(?:黑五|黑色星期五)\s*(?:以来|至今|到现在|起|开始|之后|以后)|自\s*(?:黑五|黑色星期五)"
)
# a span around the day ("Black Friday week", "黑五期间") has no agreed bounds: asked back
_BF_SPAN = re.compile(
    r"black friday (?:week|weekend|season|period|sale|sales period)|"
    r"(?:黑五|黑色星期五)\s*(?:周|期间|那周|前后|活动期间)"
)


def _black_friday(low: str, today: date) -> Period | None:
    """ "since Black Friday" / "黑五以来": that day to today; "on Black Friday" / "黑五那天" /
    a bare "黑五卖了多少": that one day (the latest not after today); a span around it: None
    (the caller asks back rather than guess its bounds)."""
    if not _BF.search(low) or _BF_SPAN.search(low):
        return None
    bf = black_friday(today.year)
    if bf > today:
        bf = black_friday(today.year - 1)
    shift = re.search(
        r"day (after|before) (?:the )?black friday|"
        r"(?:黑五|黑色星期五)(?:的)?(第二天|后一天|次日|前一天)",
        low,
    )
    if shift:  # "the day after Black Friday": that one day
        after = shift.group(1) == "after" or shift.group(2) in ("第二天", "后一天", "次日")
        d = bf + timedelta(days=1 if after else -1)
        word = "after" if after else "before"
        return Period(
            d, d, f"the day {word} Black Friday ({d})", f"黑五{'后' if after else '前'}一天({d})"
        )
    if _BF_SINCE.search(low):
        return Period(bf, today, f"since Black Friday ({bf})", f"黑五({bf})以来")
    return Period(bf, bf, f"Black Friday ({bf})", f"黑五当天({bf})")


def find_period(text: str, today: date) -> Period | None:
    """A period relative to `today` (UTC day, inclusive bounds), or None; None too when the
    text holds a finer qualifier than the period found ("上周五" is not "上周")."""
    low = _TO_NOW.sub(lambda m: _today_words(m, today), text.lower())
    for pattern, day in _NAMED_DAYS:
        low = pattern.sub(day, low)
    low = re.sub(r"个?礼拜(?![二三四五六天]|一(?!共)|日(?!本))", "星期", low)
    for to_date, words in _TO_DATE:
        low = re.sub(to_date, words, low)
    if _ALL_TIME.search(low):
        start = date(2000, 1, 1)
        return Period(start, today, f"all time (every order to {today})", f"全部时间(截至 {today})")
    if same_period_last_year(low):
        return _year_earlier(strip_same_period(low), today)
    fine = fine_period(low, today)
    if fine is not None:
        if fine.start == fine.end < today and _SINCE_WORD.search(low):
            return Period(  # "since 11/11", "since the 1st": that day to today
                fine.start,
                today,
                f"since {fine.start} ({fine.start} to {today})",
                f"{fine.start}以来({fine.start} 至 {today})",
            )
        return fine
    if two_days(low) is not None:
        return None  # two days that make no span: asked back
    found = _coarse_period(low, today)
    if found is None:
        return year_period(low, today)
    if FINE_TIME.search(_strip_handled(low)):
        return None  # a qualifier the coarse period would drop ("2025" next to "last month")
    return found


# "month to date", "MTD": this month so far; likewise the week and the year. A seller's
# shorthand for a trailing window, "L7" / "L30" / "L90" (the last 7, 30, 90 days), and "LW" /
# "LM" (last week, last month) are those periods, never the default 30 days.
_TO_DATE = (
    (r"(?<![a-z])(?:month[- ]to[- ]date|mtd)(?![a-z])", "this month"),
    (r"(?<![a-z])(?:week[- ]to[- ]date|wtd)(?![a-z])", "this week"),
    (r"(?<![a-z])(?:year[- ]to[- ]date|ytd)(?![a-z])", "this year"),
    (r"(?<![a-z])(?:quarter[- ]to[- ]date|qtd)(?![a-z])", "this quarter"),
    (r"(?<![a-z0-9-])l([1-9]\d{0,2}) ?d?(?![a-z0-9-])", r"last \1 days"),
    (r"(?<![a-z0-9-])lw(?![a-z0-9-])", "last week"),
    (r"(?<![a-z0-9-])lm(?![a-z0-9-])", "last month"),
)


def _today_words(m: re.Match[str], today: date) -> str:
    """ "through today" after a day ("November 10", "11/10", "11月10号") as "to <today's date>":
    the span's end, so the start day stays; with no day before it, the words stay."""
    phrase = m.group(0)
    if not _DAY_BEFORE.search(m.string[max(0, m.start() - 24) : m.start()]):
        return phrase  # "2026 to date", "up to today": no day starts a span
    if re.search(r"[\u4e00-\u9fff]", phrase):
        return f"到{today.month}月{today.day}日"
    return f" to {MONTHS[today.month - 1]} {today.day} "


# the day a span starts on, right before "through today", with its month: "Nov 10", "10th of
# November", "11/10", "11月10号"; never a year ("2026 to date") nor a day without its month
_MON = "|".join(m[:3] for m in MONTHS)
_DAY_BEFORE = re.compile(
    rf"(?<![a-z])(?:{_MON})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*$"
    rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MON})[a-z]*\s*$"
    r"|(?<![\d/])\d{1,2}/\d{1,2}\s*$|月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]\s*$"
)


# "from November 10 through today", "11月10号到现在": from that day on, never today alone
_TO_NOW = re.compile(
    r"(?<![a-z])(?:through|thru|to|till|until|up to|up till)\s+(?:today|now|the present|"
    r"present|date)(?![a-z])|(?:到|至|一直到)\s*(?:今天|现在|目前|今日|当前)"
)
_SINCE_WORD = re.compile(r"(?<![a-z])since(?![a-z])|以来|至今|到现在|到今天")
_ALL_TIME = re.compile(r"(?<![a-z])(?:of all time|all[- ]time|ever)(?![a-z])|有史以来|历史上|历来")


def _year_earlier(low: str, today: date) -> Period | None:
    """ "去年同期" with another period: that period a year earlier; alone, or in a comparison
    ("比去年同期多多少"): None (asked back)."""
    if re.search(r"比|(?<![a-z])(?:compare[ds]?|vs|versus|against|than)(?![a-z])", low):
        return None
    base = find_period(low, today)
    if base is None:
        return None
    try:
        start = base.start.replace(year=base.start.year - 1)
        end = base.end.replace(year=base.end.year - 1)
    except ValueError:  # 29 February
        start = base.start - timedelta(days=365)
        end = base.end - timedelta(days=365)
    return Period(
        start,
        end,
        f"the same period last year ({start} to {end})",
        f"去年同期({start} 至 {end})",
    )


# forms the coarse readers turn into dates whole ("the 3rd of November", "2025年11月", "Q3 2025")
_HANDLED = (
    r"\d{4}-\d{1,2}-\d{1,2}",
    r"20\d\d\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月",
    r"20\d\d\s*年\s*第?[一二三四1-4]\s*季度",
    rf"(?:{'|'.join(MONTHS)}|{'|'.join(m[:3] for m in MONTHS)})\.?\s+20\d\d",
    r"q[1-4]\s*20\d\d|20\d\d\s*q[1-4]",
    r"black friday|黑色星期五|网络星期一",
)


def _strip_handled(low: str) -> str:
    for pattern in (*_HANDLED, _EN_ON_DAY.pattern, _ZH_ON_DAY.pattern, _EN_MONTH_DAY.pattern):
        low = re.sub(pattern, " ", low)
    return _ZH_MONTH_DAY.sub(" ", low)


_DAYS_AGO = re.compile(
    r"(?<![a-z0-9])(?<!since )(\d{1,2}) days? ago(?![a-z])"
    r"|(?<!\d)(\d{1,2})\s*天前(?!以来|至今|开始)"
)

_SINCE_DAYS_AGO = re.compile(
    r"(?<![a-z])(?:since|from) (\d{1,2}) days? ago(?![a-z])"
    r"|(?:从|自)?(?<!\d)(\d{1,2})\s*天前(?:以来|至今|开始|起)"
)


def _coarse_period(low: str, today: date) -> Period | None:
    explicit = _explicit_month(low, today)
    if explicit is not None:
        return explicit
    iso = re.findall(r"(\d{4})-(\d{1,2})-(\d{1,2})", low)
    if iso:
        days = sorted(date(int(y), int(m), int(d)) for y, m, d in iso)
        end = days[-1] if len(days) > 1 else today
        return Period(days[0], end, f"{days[0]} to {end}", f"{days[0]} 至 {end}")
    since = _since(low, today)
    if since is not None:
        return since
    since_ago = _SINCE_DAYS_AGO.search(low)
    if since_ago is not None:  # "since 3 days ago", "3天前以来": that day to today
        back = int(since_ago.group(1) or since_ago.group(2))
        d = today - timedelta(days=back)
        return Period(
            d, today, f"since {back} days ago ({d} to {today})", f"{back}天前以来({d} 至 {today})"
        )
    ago = _DAYS_AGO.search(low)
    if ago is not None:  # "2 days ago", "3天前": that one day, never the days since
        back = int(ago.group(1) or ago.group(2))
        d = today - timedelta(days=back)
        return Period(d, d, f"{back} days ago ({d})", f"{back}天前({d})")
    one_day = _one_day(low, today)
    if one_day is not None:
        return one_day
    quarter = _quarter(low, today)
    if quarter is not None:
        return quarter
    rolling = _rolling_months(low, today)
    if rolling is not None:
        return rolling
    rolling_week = re.search(r"(?:最近|过去|近|这)\s*一\s*(?:周|星期|个星期)", low) or re.search(
        r"(?:past|last) (?:1 |one )?week(?! of)(?!end)", low
    )
    if rolling_week and not _ascii_has(low, "last week"):  # "last week": the calendar week
        start = today - timedelta(days=6)
        return Period(start, today, "the last 7 days", "最近7天")
    n = n_days(low)
    if n:
        start = today - timedelta(days=n - 1)
        return Period(start, today, f"the last {n} days", f"最近{n}天")
    weeks = re.search(r"(?:last|past)\s+(\d{1,2}|two|three|four)\s+weeks?(?![a-z])", low)
    zh_weeks = re.search(
        r"(?:最近|过去|近|这)?\s*([两二三四234])\s*个?\s*(?:星期|周)(?![二三四五六天])(?!日(?!本))(?!一(?!共))",
        low,
    )
    if weeks or zh_weeks:
        if weeks:
            n = {"two": 2, "three": 3, "four": 4}.get(weeks.group(1), 0) or int(weeks.group(1))
        else:
            assert zh_weeks is not None
            n = {"两": 2, "二": 2, "三": 3, "四": 4}.get(zh_weeks.group(1)) or int(
                zh_weeks.group(1)
            )
        start = today - timedelta(days=7 * n - 1)
        return Period(start, today, f"the last {n} weeks", f"最近{n}周")
    bf_period = _black_friday(low, today)
    if bf_period is not None:
        return bf_period
    if "大前天" in low:
        d = today - timedelta(days=3)
        return Period(d, d, f"three days ago ({d})", f"大前天({d})")
    if re.search(r"上上(?:个)?(?:周|星期)|(?<![a-z])(?:the )?week before last(?![a-z])", low):
        start = today - timedelta(days=today.weekday() + 14)
        end = start + timedelta(days=6)
        return Period(
            start, end, f"the week before last ({start} to {end})", f"上上周({start} 至 {end})"
        )
    if re.search(r"上上个?月|(?<![a-z])(?:the )?month before last(?![a-z])", low):
        last = today.replace(day=1) - timedelta(days=1)
        start, end = _month_bounds(*(last.replace(day=1) - timedelta(days=1)).timetuple()[:2])
        return Period(
            start, end, f"the month before last ({start} to {end})", f"上上个月({start} 至 {end})"
        )
    if re.search(r"前年|(?<![a-z])(?:the )?year before last(?![a-z])", low):
        start, end = date(today.year - 2, 1, 1), date(today.year - 2, 12, 31)
        return Period(
            start, end, f"the year before last ({today.year - 2})", f"前年({today.year - 2})"
        )
    if _ascii_has(low, "day before yesterday") or "前天" in low:
        d = today - timedelta(days=2)
        return Period(d, d, f"the day before yesterday ({d})", f"前天({d})")
    if _ascii_has(low, "yesterday") or "昨天" in low:
        y = today - timedelta(days=1)
        return Period(y, y, f"yesterday ({y})", f"昨天({y})")
    if _ascii_has(low, "today") or "今天" in low:
        return Period(today, today, f"today ({today})", f"今天({today})")
    monday = today - timedelta(days=today.weekday())
    if _ascii_has(low, "last week") or any(w in low for w in ("上周", "上星期", "上个星期")):
        start = monday - timedelta(days=7)
        end = monday - timedelta(days=1)
        return Period(start, end, f"last week ({start} to {end})", f"上周({start} 至 {end})")
    if _ascii_has(low, "this week") or any(
        w in low for w in ("本周", "这周", "这个星期", "本星期", "这星期")
    ):
        return Period(
            monday, today, f"this week ({monday} to {today})", f"本周({monday} 至 {today})"
        )
    first = today.replace(day=1)
    if _ascii_has(low, "last month") or any(w in low for w in ("上个月", "上月")):
        start, end = _month_bounds(*(first - timedelta(days=1)).timetuple()[:2])
        return Period(start, end, f"last month ({start} to {end})", f"上个月({start} 至 {end})")
    if _ascii_has(low, "this month") or any(w in low for w in ("本月", "这个月", "这月")):
        return Period(first, today, f"this month ({first} to {today})", f"本月({first} 至 {today})")
    if _ascii_has(low, "this year") or "今年" in low:
        start = date(today.year, 1, 1)
        return Period(start, today, f"this year ({start} to {today})", f"今年({start} 至 {today})")
    if _ascii_has(low, "last year") or "去年" in low:
        start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return Period(start, end, f"last year ({today.year - 1})", f"去年({today.year - 1})")
    months = MONTHS
    for i, name in enumerate(months, start=1):
        if name == "may" and not MAY_MONTH.search(low):
            continue  # "it may be too thin", "so that we may pause": the verb
        if _ascii_has(low, name) or (len(name) > 4 and _ascii_has(low, name[:3])):
            year = today.year if i <= today.month else today.year - 1
            start, end = _month_bounds(year, i)
            return Period(start, min(end, today), f"{name.title()} {year}", f"{year}年{i}月")
    m = re.search(r"(?<!\d)(1[0-2]|[1-9])\s*月(?!\s*\d+\s*日)", low) or re.search(
        r"([一二三四五六七八九十]{1,2})月", low
    )
    if m:
        i = int(m.group(1)) if m.group(1).isdigit() else (cn_number(m.group(1)) or 0)
        if 1 <= i <= 12:
            year = today.year if i <= today.month else today.year - 1
            start, end = _month_bounds(year, i)
            return Period(
                start, min(end, today), f"{months[i - 1].title()} {year}", f"{year}年{i}月"
            )
    return None
