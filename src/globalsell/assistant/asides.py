"""What a seller says around a question that is not the question (ADR 0185): a preamble
("Before I place the next factory order, ...", "开会前想确认一下，"), the event the answer is for
("for Monday's review", "in the December newsletter", "ahead of Thursday's logistics call") and
a deadline ("before the weekend"). Their words of time, figure and product are the seller's
context: never the period, the measure or the product asked about when the question itself
names one. Numbers written as words before a unit of time ("thirty days", "two weeks") are read
as digits. Pure; on lower-cased text."""

from __future__ import annotations

import re
from datetime import date

from globalsell.assistant.periods import MONTHS, Period, find_period
from globalsell.assistant.question_cues import NUMBER_WORDS

__all__ = [
    "chinese_preamble",
    "event_asides",
    "question_period",
    "spell_numbers",
    "without_asides",
    "without_event_asides",
]

_ONES = NUMBER_WORDS
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_DIGIT = "|".join(w for w, n in _ONES.items() if n < 10)
_SPELT = re.compile(
    rf"(?<![a-z-])(?:({'|'.join(_TENS)})(?:[- ]({_DIGIT}))?|({'|'.join(_ONES)}))"
    r"(?=\s+(?:days?|weeks?|months?|quarters?|years?)(?![a-z]))"
)


# "one hundred days", "two hundred days": a whole hundred before a span
_HUNDRED = re.compile(
    rf"(?<![a-z-])(?:an?|({'|'.join(_ONES)}))\s+hundred(?=\s+(?:days?|weeks?)(?![a-z]))"
)


_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_MONTH_WORD = rf"(?:{'|'.join(MONTHS)}|{'|'.join(m[:3] for m in MONTHS)}|sept)\.?"
# a day of a month spelt out: "november fifteenth", "the twenty-first of october"
_SPELT_DAY = re.compile(
    rf"(?<![a-z])({_MONTH_WORD}) (?:the )?(?:(twenty|thirty)[- ])?({'|'.join(_ORDINALS)})(?![a-z])"
    rf"|(?<![a-z])(?:(twenty|thirty)[- ])?({'|'.join(_ORDINALS)})(?= of {_MONTH_WORD}(?![a-z]))"
)


def _day_digits(m: re.Match[str]) -> str:
    month = m.group(1)
    tens, word = (m.group(2), m.group(3)) if month else (m.group(4), m.group(5))
    n = _ORDINALS[word] + (_TENS[tens] if tens else 0)
    if n > 31:
        return m.group(0)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th") if n not in (11, 12, 13) else "th"
    return f"{month} {n}{suffix}" if month else f"{n}{suffix}"


def spell_numbers(low: str) -> str:
    """ "the last thirty days", "past two weeks", "ninety-one days": the number in digits; a day
    of a month spelt out ("november fifteenth") too."""

    def digits(m: re.Match[str]) -> str:
        if m.group(3):
            return str(_ONES[m.group(3)])
        return str(_TENS[m.group(1)] + (_ONES[m.group(2)] if m.group(2) else 0))

    low = _HUNDRED.sub(lambda m: str(100 * (_ONES[m.group(1)] if m.group(1) else 1)), low)
    return _SPELT.sub(digits, _SPELT_DAY.sub(_day_digits, low))


# an event the seller prepares, named after the preposition that ties the answer to it: the
# words before its noun ("Monday's", "the December", "the board") describe the event
_EVENTS = (
    r"review|reviews|meeting|meetings|call|calls|newsletter|newsletters|summary|report|deck|"
    r"presentation|sync|stand-?up|memo|briefing|recap|catch-?up|huddle|check-?in|one-pager|"
    r"retro|retrospective|townhall|all-hands|valuation|stocktake|stock-take|audit|"
    r"reconciliation|close|closing"
)
_EVENT_ASIDE = re.compile(
    r"(?<![a-z])(?:for|ahead of|before|in|into|with|at)\s+"
    r"(?:the|our|my|this|next|a|an)?\s*(?:[a-z0-9'’-]+\s+){0,2}?"
    rf"(?:{_EVENTS})(?:\s+(?:{_EVENTS}))?(?![a-z-])"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# a deadline of the seller's own ("before the weekend", "by Friday", "before Christmas")
_DEADLINE = re.compile(
    r"(?<![a-z])(?:before|ahead of|by)\s+(?:the\s+)?(?:"
    rf"weekend|christmas|xmas|new year|holidays?|eod|tomorrow|{_WEEKDAYS}|"
    r"end of (?:the |this )?(?:day|week|month))(?:'s|’s)?(?![a-z])"
)
# a clause opening the message that says why or when the seller asks, up to its comma or
# colon ("Before I place the next factory order,", "Just so I can reconcile it ...,",
# "We're choosing products to feature ..., so", "I'd like to chase these before Christmas:")
_PREAMBLE_EN = re.compile(
    r"^\s*(?:before (?:i|we)|ahead of|just so|so that|once (?:i|we)|while (?:i|we)|"
    r"because|as (?:i|we)|we're|we are|i'm|i am|i'd like to|i want to|i need to|we need to)"
    r"(?![a-z])(?:[^,:;?!.]|\.(?=\S))*[,:;]"  # within its sentence
)
# a Chinese opening clause that says who asks or what for ("老板问我要数据：", "开会前想确认一下，",
# "做季度汇报要用，", "我在做补货计划，"), with no question of its own
_PREAMBLE_ZH = re.compile(r"^\s*([^，,：:；;？?！!。]{2,20})[，,：:；;]")
_CONTEXT_ZH = re.compile(
    r"开会|会议|例会|周会|汇报|报告|周报|月报|老板|领导|那边|在问|问我|要用|想确认|确认一下|"
    r"做计划|在做|准备|要数据"
)
_ASKS_ZH = re.compile(r"多少|几|哪|吗|什么|怎么|呢|是否|有没有")


def _preamble(low: str) -> re.Match[str] | None:
    m = _PREAMBLE_EN.search(low)
    if m is not None and low[m.end() :].strip():
        return m
    m = _PREAMBLE_ZH.search(low)
    if (
        m is not None
        and _CONTEXT_ZH.search(m.group(1))
        and not _ASKS_ZH.search(m.group(1))
        and _ASKS_ZH.search(low[m.end() :])
    ):
        return m
    return None


def event_asides(low: str) -> list[str]:
    """The events and deadlines a question names as its context, as written."""
    return [m.group(0) for p in (_EVENT_ASIDE, _DEADLINE) for m in p.finditer(low)]


# a plan the seller is making, named by its period ("the Q1 budget", "next year's plan",
# "明年一季度的预算"): what the figure is for, never the period asked
_PLANNED = re.compile(
    r"(?<![a-z])(?:(?:next|this|the\s+coming)\s+(?:year|quarter|month)'?s?|q[1-4]|h[12]|20\d\d)\s+"
    r"(?:sales\s+|marketing\s+|ad\s+|inventory\s+|stock\s+)?"
    r"(?:budget|budgets|plan|plans|planning|forecast|forecasts|targets?|goals?|okrs?)(?![a-z])"
    r"|(?:(?:明年|今年|下个?季度|下个月|q[1-4]|[一二三四1-4]季度|20\d\d年?)\s*)+的?\s*"
    r"(?:预算|计划|规划|目标)"
)


def without_event_asides(low: str) -> str:
    """`low` with its events, deadlines and plans blanked."""
    return _PLANNED.sub(" ", _DEADLINE.sub(" ", _EVENT_ASIDE.sub(" ", low)))


def without_asides(low: str) -> str:
    """`low` with its preamble, events and deadlines blanked: the question itself."""
    m = _preamble(low)
    if m is not None:
        low = " " + low[m.end() :]
    return without_event_asides(low)


def chinese_preamble(low: str) -> str:
    """A Chinese opening clause of context ("老板问我要数据："), or ""."""
    m = _preamble(low)
    return m.group(0) if m is not None and m.re is _PREAMBLE_ZH else ""


def question_period(low: str, core: str, today: date) -> tuple[Period | None, bool]:
    """The period of the question itself (`core`, `without_asides(low)`), then of its preamble
    ("For last month, ..."); a period named only by an event or a deadline ("for Monday's
    review") is none: True then."""
    if core == low:
        return find_period(low, today), False
    found = find_period(core, today) or find_period(without_event_asides(low), today)
    if found is not None:
        return found, False
    return None, find_period(low, today) is not None
