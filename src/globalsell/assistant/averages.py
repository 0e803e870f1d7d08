"""Averages of sales figures ("average order value", "客单价", "average selling price", "units
per order", "日均销量", "orders per week"): revenue over orders, revenue over units, units over
orders, or a figure over the days of the period. Each is derived from totals the semantic layer
already holds, so the answer shows the two figures it divides. Pure.

An average the words do not pin down ("the average price", "basket size": a list price or a
sale price, a value or a count) is not read here, and stays a figure not held."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from globalsell.assistant.vocabulary import Measure
from globalsell.core.money import plain_amount

__all__ = ["SHARE_OR_GROWTH", "Average", "AverageAsk", "average_asked", "average_of"]


@dataclass(frozen=True, slots=True)
class AverageAsk:
    per: str  # "order" | "unit" | "day" | "week"
    measure: Measure | None  # the figure averaged when the words name it ("客单价": revenue)


@dataclass(frozen=True, slots=True)
class Average:
    value: str  # "43.26", "1.4"
    currency: str | None  # money: its currency; a count: None
    numerator: str  # "8046.78 USD", "52 units"
    denominator: str  # "186 orders", "30 days"


_NO = r"(?<![a-z])"
_END = r"(?![a-z])"
_AVG = r"(?:average|avg\.?|mean)"
# revenue over orders
_AOV = re.compile(
    rf"{_NO}{_AVG}\s+(?:order|basket|cart|ticket)\s+(?:value|amount|size\s+in\s+money){_END}|"
    rf"{_NO}aov{_END}|{_NO}(?:{_AVG}\s+)?(?:revenue|sales)\s*/\s*orders?{_END}|"
    rf"{_NO}(?:{_AVG}\s+)?(?:revenue|sales|spend|takings|turnover)\s+(?:per|an?|each)\s+order{_END}|"
    rf"{_NO}{_AVG}\s+(?:value|amount|spend)\s+(?:of\s+an?|per|an?)\s+order{_END}|"
    r"客单价|平均(?:每单|每笔订单|每个订单|订单|一笔订单|一单|一个订单|每笔)\s*(?:的)?"
    r"(?:金额|价值|销售额|多少钱|收入)|"
    r"(?:每单|每笔订单|单均)(?:平均)?(?:金额|销售额|多少钱|收入)"
)
# revenue over units: the price a unit actually sold at
_ASP = re.compile(
    rf"{_NO}{_AVG}\s+(?:selling|sale|sold|sales|realised|realized|net\s+selling|transaction)\s+"
    rf"price{_END}|{_NO}asp{_END}|"
    rf"{_NO}(?:{_AVG}\s+)?(?:revenue|sales)\s+(?:per|an?|each)\s+(?:unit|item|piece)(?:\s+sold)?"
    rf"{_END}|{_NO}{_AVG}\s+price\s+(?:we|i|it|they)\s+(?:sold|sell|sells|got|get){_END}|"
    rf"{_NO}{_AVG}\s+price\s+(?:per|an?|each)\s+(?:unit|item)\s+sold{_END}|"
    # "the average price we've actually been getting for each scale sold"
    rf"{_NO}{_AVG}\s+price\s+(?:we|we've|we\s+have|i|i've|i\s+have)\s+(?:actually\s+)?"
    rf"(?:been\s+)?(?:getting|achieving|realising|realizing|selling\s+at){_END}|"
    rf"{_NO}{_AVG}\s+price\s+(?:have|do|did|are|were)\s+(?:we|i|they)\s+(?:been\s+)?"
    rf"(?:getting|achieving|get|got|selling\s+at|realising|realizing){_END}|"
    r"平均(?:售价|成交价|卖价|销售价格?|成交单价|销售单价)|件均价|件单价|平均单价|平均(?:每件|一件)(?:能)?卖多少钱|"
    r"(?:每件|单件)平均(?:售价|卖价|成交价)"
)
# units over orders
_UPO = re.compile(
    rf"{_NO}(?:{_AVG}\s+)?(?:units|items|pieces)\s+(?:per|an?|each|in\s+an?)\s+order{_END}|"
    rf"{_NO}(?:{_AVG}\s+)?(?:units?|items?|pcs)\s*/\s*orders?{_END}|"
    r"每单(?:平均)?(?:有|卖)?(?:几件|多少件|件数)|平均(?:每单|每个订单|一单)(?:有|卖)?(?:几件|多少件|件数)|"
    r"件单比|单均件数|"
    r"平均(?:一|每)(?:张|个|笔)?(?:订单|单)\s*(?:有|卖|买)?\s*(?:几件|多少件|几个|多少个)"
)
_PER_DAY = re.compile(
    rf"{_NO}(?:per|each|every)\s+day{_END}|"
    # "how many kettles a day", never "a day ago", "in a day"
    rf"(?<!in )(?<!within )(?<!for )(?<!one )(?<![a-z]){_NO}a\s+day{_END}"
    r"(?!\s*(?:ago|before|after|later|earlier|or\s+two|late|early))|"
    rf"{_NO}daily\s+(?:units|orders|sales|revenue|gmv|takings|turnover){_END}|{_NO}a\s+day\s+on\s+average{_END}|"
    rf"{_NO}on\s+average\s+(?:per|a|each)\s+day{_END}|"
    rf"{_NO}daily\s+(?:average|avg|mean|run[\s-]*rate){_END}|{_NO}{_AVG}\s+(?:daily|per\s+day){_END}|"
    rf"{_NO}{_AVG}\s+(?:units|orders|sales|revenue)\s+(?:per|a|each)\s+day{_END}|"
    r"日均|平均每天|每天平均|平均一天|一天平均|平均每日|每日平均|"
    # "一天能卖几个", "每天出多少单": a day's sales; never "哪一天卖得最多" (which day)
    r"(?<![哪那这某同第前后上下一])(?:每天|一天|每日)(?=(?:能|可以|大概|平均|大约)?(?:卖|出|销|下))"
)
_PER_WEEK = re.compile(
    rf"{_NO}(?:per|each|every)\s+week{_END}|"
    rf"(?<!in )(?<!within )(?<!for )(?<!one )(?<![a-z]){_NO}a\s+week{_END}"
    r"(?!\s*(?:ago|before|after|later|earlier|or\s+two|late|early|from))|"
    rf"{_NO}weekly\s+(?:units|orders|sales|revenue|gmv|takings|turnover){_END}|{_NO}a\s+week\s+on\s+average{_END}|"
    rf"{_NO}on\s+average\s+(?:per|a|each)\s+week{_END}|"
    rf"{_NO}weekly\s+(?:average|avg|mean|run[\s-]*rate){_END}|{_NO}{_AVG}\s+weekly{_END}|"
    r"周均|平均每周|每周平均|平均一周|一周平均"
)
# what the average list of figures not held also covers and an average does not answer
SHARE_OR_GROWTH = re.compile(
    rf"{_NO}(?:percentage|percent|share\s+of|proportion|growth|grow|grew|growing|trend)"
    rf"{_END}|占比|占总|百分比|比例|增长|增幅|环比|同比|趋势|成长|涨幅|(?:几|多少)\s*[%％]"
)


# "how many units one customer buys in one order on average": units over orders, said around
_UPO_AROUND = re.compile(
    rf"{_NO}(?:units|items|pieces|pcs)(?:[^.?!]{{0,40}}?)\s(?:in|per)\s+(?:one|an?|each|every|"
    rf"a\s+single)\s+order{_END}"
)
_ON_AVERAGE = re.compile(rf"{_NO}(?:on\s+average|average|avg|typically|typical){_END}")


def average_asked(low: str) -> AverageAsk | None:
    """The average a lower-cased question asks for, if its words pin one down."""
    if _AOV.search(low):
        return AverageAsk("order", Measure.REVENUE)
    if _ASP.search(low):
        return AverageAsk("unit", Measure.REVENUE)
    if _UPO.search(low) or (_UPO_AROUND.search(low) and _ON_AVERAGE.search(low)):
        return AverageAsk("order", Measure.UNITS)
    if _PER_DAY.search(low):
        return AverageAsk("day", None)
    if _PER_WEEK.search(low):
        return AverageAsk("week", None)
    return None


def _count(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):f}"


def _unit(n: int, word: str, zh: bool) -> str:
    cn = {"unit": "件", "order": "个订单", "day": "天"}
    return f"{n} {cn[word]}" if zh else f"{n} {word}{'' if n == 1 else 's'}"


def average_of(
    total: dict[str, Any], measure: Measure, per: str, days: int, zh: bool
) -> list[Average]:
    """The averages of a sales total (`Result.total` or one of its rows): one per currency for
    money over days, one for the rest; none when the divisor is 0 (no order, no unit sold).
    Revenue over orders or units in several currencies is taken in the seller's currency."""
    units, orders = int(total["units"]), int(total["orders"])
    revenue = {c: Decimal(a) for c, a in total.get("revenue", {}).items()}
    if per in ("day", "week"):
        span = Decimal(days) if per == "day" else Decimal(days) / 7
        over = _unit(days, "day", zh)
        if measure is Measure.REVENUE:
            return [
                Average(plain_amount(a / span, c), c, f"{plain_amount(a, c)} {c}", over)
                for c, a in sorted(revenue.items())
            ]
        n = units if measure is Measure.UNITS else orders
        word = "unit" if measure is Measure.UNITS else "order"
        return [Average(_count(Decimal(n) / span), None, _unit(n, word, zh), over)]
    divisor = orders if per == "order" else units
    if divisor == 0:
        return []
    below = _unit(divisor, per, zh)
    if measure is Measure.UNITS:  # units over orders
        return [Average(_count(Decimal(units) / divisor), None, _unit(units, "unit", zh), below)]
    if len(revenue) == 1:
        ((c, a),) = revenue.items()
        return [Average(plain_amount(a / divisor, c), c, f"{plain_amount(a, c)} {c}", below)]
    base, base_cur = total.get("revenue_seller_currency"), total.get("seller_currency")
    if not revenue or base is None or not base_cur:
        return []
    value = Decimal(base)
    return [
        Average(plain_amount(value / divisor, base_cur), base_cur, f"≈ {base} {base_cur}", below)
    ]


def _named(measure: Measure, per: str, zh: bool) -> str:
    """The average's name: "average order value", "客单价", "units a day" ..."""
    if per == "order":
        if measure is Measure.UNITS:
            return "平均每单件数" if zh else "units per order"
        return "客单价" if zh else "average order value"
    if per == "unit":
        return "平均售价" if zh else "average selling price"
    noun = {Measure.UNITS: ("销量", "units"), Measure.ORDERS: ("订单数", "orders")}.get(
        measure, ("销售额", "revenue")
    )
    if zh:
        return ("日均" if per == "day" else "周均") + noun[0]
    return f"{noun[1]} a {per} on average"


def _figure(a: Average) -> str:
    return f"{a.value} {a.currency}" if a.currency else a.value


def _sums(a: Average) -> str:
    return f"{a.numerator} / {a.denominator}"


def average_text(
    measure: Measure,
    per: str,
    subject: str,
    lead: str,
    total: list[Average],
    rows: list[tuple[str, list[Average]]],
    zh: bool,
) -> str:
    """The answer's first lines: the average over the whole filter, with the two figures it
    divides, then one per product or store when there are several. `subject`: the SKUs named
    ("" for every product); `lead`: where and when ("NB-AP-001 最近30天在 US", "in US over the
    last 30 days")."""
    name = _named(measure, per, zh)
    if not total:
        what = "订单" if per == "order" else "销量"
        if zh:
            return f"{lead}没有{what}，所以没有{name}。"
        of = f" of {subject}" if subject else ""
        return f"No {'orders' if per == 'order' else 'units sold'}{of} {lead}, so no {name}."
    shown = "; ".join(f"{_figure(a)} ({_sums(a)})" for a in total)
    if zh:
        text = f"{lead} 的{name}: {shown}。"
    elif per in ("day", "week") and measure is not Measure.REVENUE:
        (a,) = total
        verb, noun = ("sold", "units") if measure is Measure.UNITS else ("had", "orders")
        who = subject or "You"
        text = f"{who} {verb} {a.value} {noun} a {per} on average {lead} ({_sums(a)})."
    else:
        of = f"of {subject} " if subject else ""
        text = f"{name[0].upper()}{name[1:]} {of}{lead}: {shown}."
    several = [(key, avgs) for key, avgs in rows if avgs]
    if len(rows) > 1 and several:
        text += "\n" + "; ".join(
            f"{key} " + " + ".join(_figure(a) for a in avgs) for key, avgs in several[:10]
        )
    return text


_SALES = (Measure.UNITS, Measure.REVENUE, Measure.ORDERS)


def settle(
    low: str, measure: Measure | None, bare: bool
) -> tuple[AverageAsk | None, Measure | None]:
    """The average a question asks for and the measure it averages: the words' own ("客单价",
    "average selling price": revenue, over a price read from "price"), the sales figure read
    ("orders per day"), or units sold for a bare rate ("风扇美国日均多少"; `bare`: no measure
    words and a product or store named). None for an average of anything but sales."""
    ask = average_asked(low)
    if ask is None:
        return None, measure
    if ask.measure is not None and (measure is None or measure in (*_SALES, Measure.PRICE)):
        return ask, ask.measure
    if ask.measure is None and measure is None and bare:
        return ask, Measure.UNITS
    return (ask, measure) if measure in _SALES else (None, measure)


NOT_HELD_AVERAGES = ("averages, shares and growth", "average order value")


def unsupported_left(
    unsupported: str | None, ask: AverageAsk | None, ranked: bool, low: str
) -> str | None:
    """A figure not held, once an average is read: an average answers the averages label,
    unless a share or growth is asked too; a ranking by an average is not held."""
    if ask is None:
        return unsupported
    if ranked:  # the layer ranks totals; an average is given for a filter, not ranked
        return "rankings by an average"
    if unsupported in NOT_HELD_AVERAGES and not SHARE_OR_GROWTH.search(low):
        return None
    return unsupported


def rate_free(low: str) -> str:
    """The question without its rate ("per day", "日均"): "day" there is no period asked."""
    return _PER_WEEK.sub(" ", _PER_DAY.sub(" ", low))
