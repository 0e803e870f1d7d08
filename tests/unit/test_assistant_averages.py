"""Averages of sales (ADR 0195): the words that ask for one, the figure divided with its two
parts shown, and what stays a figure not held (a ranking by an average, a share, growth)."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.averages import (
    Average,
    AverageAsk,
    average_asked,
    average_of,
    average_text,
)
from globalsell.assistant.question import Measure, parse

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what's our average order value in the us", AverageAsk("order", Measure.REVENUE)),
        ("aov on amazon germany", AverageAsk("order", Measure.REVENUE)),
        ("revenue per order in the uk", AverageAsk("order", Measure.REVENUE)),
        ("美国站上个月的客单价", AverageAsk("order", Measure.REVENUE)),
        ("英国站上周平均每单多少钱", AverageAsk("order", Measure.REVENUE)),
        ("average selling price of the fan", AverageAsk("unit", Measure.REVENUE)),
        ("asp for the scale", AverageAsk("unit", Measure.REVENUE)),
        ("厨房秤平均成交价", AverageAsk("unit", Measure.REVENUE)),
        ("units per order in japan", AverageAsk("order", Measure.UNITS)),
        ("日本站平均每单几件", AverageAsk("order", Measure.UNITS)),
        ("how many kettles a day do we sell", AverageAsk("day", None)),
        ("orders per day in the uk", AverageAsk("day", None)),
        ("风扇日均销量", AverageAsk("day", None)),
        ("orders per week in germany", AverageAsk("week", None)),
        # no average pinned down: a list price or a sale price, a time, a word inside another
        ("average price of the kettle", None),
        ("what did we sell a day ago", None),
        ("kettle units in a day", None),
        ("the aovx widget", None),
        ("what's the caspian rug stock", None),
    ],
)
def test_the_words_that_ask_for_an_average(text: str, asked: AverageAsk | None) -> None:
    assert average_asked(text) == asked


def test_an_average_in_one_currency_shows_what_it_divides() -> None:
    total = {"units": 29, "orders": 25, "revenue": {"EUR": "666.71"}}
    assert average_of(total, Measure.REVENUE, "unit", 30, False) == [
        Average("22.99", "EUR", "666.71 EUR", "29 units")
    ]
    assert average_of(total, Measure.REVENUE, "order", 30, True) == [
        Average("26.67", "EUR", "666.71 EUR", "25 个订单")
    ]
    assert average_of(total, Measure.UNITS, "order", 30, False) == [
        Average("1.2", None, "29 units", "25 orders")
    ]
    assert average_of(total, Measure.UNITS, "day", 30, False) == [
        Average("1.0", None, "29 units", "30 days")
    ]
    assert average_of(total, Measure.ORDERS, "week", 14, False) == [
        Average("12.5", None, "25 orders", "14 days")
    ]


def test_money_in_several_currencies_is_averaged_in_the_sellers_own() -> None:
    total = {
        "units": 10,
        "orders": 8,
        "revenue": {"EUR": "100.00", "JPY": "3280"},
        "revenue_seller_currency": "935.20",
        "seller_currency": "CNY",
    }
    assert average_of(total, Measure.REVENUE, "order", 7, False) == [
        Average("116.90", "CNY", "≈ 935.20 CNY", "8 orders")
    ]
    # a rate a day keeps each currency: no exchange is needed to divide by days
    assert average_of(total, Measure.REVENUE, "day", 7, False) == [
        Average("14.29", "EUR", "100.00 EUR", "7 days"),
        Average("469", "JPY", "3280 JPY", "7 days"),
    ]
    unconverted = {**total, "revenue_seller_currency": None}
    assert average_of(unconverted, Measure.REVENUE, "order", 7, False) == []


def test_no_order_no_average() -> None:
    empty = {"units": 0, "orders": 0, "revenue": {}}
    assert average_of(empty, Measure.REVENUE, "order", 30, False) == []
    assert average_text(
        Measure.REVENUE, "order", "NB-1", "in JP over yesterday", [], [], False
    ) == ("No orders of NB-1 in JP over yesterday, so no average order value.")
    assert average_text(Measure.REVENUE, "unit", "", "昨天在 JP", [], [], True) == (
        "昨天在 JP没有销量，所以没有平均售价。"
    )


def test_the_parse_of_an_average() -> None:
    p = parse("美国站上个月的客单价是多少", today=TODAY)
    assert (p.measure, p.per, p.store, p.unsupported) == (Measure.REVENUE, "order", "US", None)
    p = parse("how many kettles a day do we sell in the US?", today=TODAY)
    assert (p.measure, p.per, p.time_unclear) == (Measure.UNITS, "day", None)
    p = parse("what's the average selling price of the fan in Germany last month", today=TODAY)
    assert (p.measure, p.per, p.unsupported) == (Measure.REVENUE, "unit", None)
    # a ranking by an average, a share and growth stay figures not held
    ranked = parse("which store has the highest average order value?", today=TODAY)
    assert ranked.unsupported == "rankings by an average"
    assert parse("美国站销售额占总销售额的比例是多少？", today=TODAY).unsupported
    assert parse("average revenue growth in the US", today=TODAY).unsupported
    assert parse("how many kettles did we sell last week", today=TODAY).per is None
