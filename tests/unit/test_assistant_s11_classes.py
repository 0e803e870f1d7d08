"""Classes of confident wrong answer found on the 2026-12-07 and 2027-11-24 demos (ADR 0181):
a product phrase whose later word names no product ("the air fryer"), an unknown name standing
as the one who sells ("Anker在美国卖了多少"), figures not held (Amazon's reimbursements, the Buy
Box as 购物车, a gross-profit total over a period) and a weekday of a week named ("Tuesday of
last week")."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.answers import sells_as
from globalsell.assistant.names import Named, unknown_product_word
from globalsell.assistant.question import Measure, parse

DEC_7 = date(2026, 12, 7)  # a Monday
NOV_24 = date(2027, 11, 24)  # a Wednesday

ITEMS = [
    Named("K-1", "不锈钢电热水壶", ("Stainless Steel Electric Kettle 1.7L",), ("K-1",)),
    Named("F-1", "USB充电迷你手持风扇", ("USB Rechargeable Mini Handheld Fan",), ("F-1",)),
]


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("stock of the air fryer in DE?", "fryer"),
        ("price of the handheld blender in JP", "blender"),
        ("sales of the widget last month", "widget"),
        ("stock of the handheld fan in DE?", None),
        ("stock of the kettle in the airport hub", None),
        ("sales of the kettle over last month", None),
        ("total revenue on the US storefront for this month so far", None),
        ("revenue on the german shop last month", None),
    ],
)
def test_every_word_of_the_product_phrase_must_name_something(
    question: str, word: str | None
) -> None:
    assert unknown_product_word(ITEMS, question) == word


@pytest.mark.parametrize(
    ("text", "name", "sells"),
    [
        ("Anker在美国卖了多少", "Anker", True),
        ("Anker的售价是多少", "Anker", True),
        ("What's Anker selling in the US?", "Anker", True),
        ("What is Anker's best seller in Japan?", "Anker", True),
        ("What is Anker charging for a power bank?", "Anker", True),
        ("How much stock is at Ankerstown?", "Anker", False),
        ("stock at the Lisbon depot", "Lisbon", False),
    ],
)
def test_an_unknown_name_standing_as_the_seller(text: str, name: str, sells: bool) -> None:
    assert sells_as(text, name) is sells


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("How much did Amazon reimburse us for lost inventory?", "reimbursements"),
        ("上个月亚马逊赔付了多少", "reimbursements"),
        ("NB-AP-001 美国站的购物车在我们手上吗", "the Buy Box"),
        ("gross profit for November", "profit totals"),
        ("上个月的毛利润总共多少", "profit totals"),
    ],
)
def test_figures_not_held_are_named(question: str, label: str) -> None:
    for today in (DEC_7, NOV_24):
        assert parse(question, today=today).unsupported == label


@pytest.mark.parametrize(
    "question",
    [
        "what is the gross profit per unit on the kettle this month",
        "毛利多少",
        "which products lost money last month",
        "赔钱的产品有哪些",
    ],
)
def test_a_margin_a_unit_is_still_answered(question: str) -> None:
    p = parse(question, today=DEC_7)
    assert (p.measure, p.unsupported) == (Measure.MARGIN, None)


@pytest.mark.parametrize(
    ("question", "today", "day"),
    [
        ("orders on Tuesday of last week", NOV_24, date(2027, 11, 16)),
        ("units on last week's Tuesday", NOV_24, date(2027, 11, 16)),
        ("orders on the Tuesday of the previous week", NOV_24, date(2027, 11, 16)),
        ("orders on Tuesday of last week", DEC_7, date(2026, 12, 1)),
        ("orders on Tuesday", NOV_24, date(2027, 11, 23)),
        ("orders last Tuesday", NOV_24, date(2027, 11, 23)),
    ],
)
def test_a_weekday_of_a_named_week(question: str, today: date, day: date) -> None:
    period = parse(question, today=today).period
    assert period is not None
    assert (period.start, period.end) == (day, day)
