"""The coverage guard: a comparison, negation or per-item "which" the answer would drop is left
over (and asked back about); the parts the layer serves (two stores side by side, a customs hold,
listings that are not live, a lower-case "amazon us") are consumed by the parse. Pure; the
parse is pinned to a fixed day."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.coverage import leftover
from globalsell.assistant.question import Measure, parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Compare the price of NB-AP-001 in US and DE", "compare"),
        ("which products did not sell in Japan last week", "not"),
        ("哪些产品上周没卖出去", "没卖"),
        ("不亏钱的产品有哪些", "不亏"),
        ("Which listings does the US store have?", "which"),
        ("日本站有哪些listing", "哪些"),
    ],
)
def test_a_dropped_part_is_left_over(text: str, word: str) -> None:
    part = leftover(parse(text, today=TODAY))
    assert part is not None
    assert part.word == word


@pytest.mark.parametrize(
    "text",
    [
        "Compare sales of NB-AP-003 in US vs DE last 30 days",
        "对比一下美国和德国上个月NB-AP-003的销量",
        "Which listings are not live in Germany?",
        "日本站哪些listing还没上线",
        "Which SKUs have no HS code yet?",
        "不锈钢保温杯上周卖了多少件",  # "不" inside a product name is no negation
        "哪个产品卖得比较好",  # a ranking is a comparison the layer serves
        "Any shipments stuck in customs?",
    ],
)
def test_what_the_layer_serves_is_consumed(text: str) -> None:
    assert leftover(parse(text, today=TODAY)) is None


def test_comparison_keeps_every_store() -> None:
    p = parse("Compare sales of the fan in US vs DE last 30 days", today=TODAY)
    assert p.stores == ("US", "DE")


def test_amazon_code_in_lower_case_is_a_store() -> None:
    assert parse("units of NB-AP-004 on amazon us last week", today=TODAY).store == "US"
    assert parse("revenue on amazon.fr this month", today=TODAY).store == "FR"
    assert parse("can you tell us the revenue this month", today=TODAY).store is None


def test_customs_narrows_the_shipments() -> None:
    assert parse("Any shipments stuck in customs?", today=TODAY).exception_kind == "customs_dwell"
    assert parse("哪些货件被海关扣了", today=TODAY).exception_kind == "customs_dwell"
    assert parse("any shipments with exceptions?", today=TODAY).exception_kind is None
    assert parse("有没有货件卡在海关或者延误的", today=TODAY).exception_kind is None


def test_not_live_listings() -> None:
    p = parse("Which listing is not live in Japan?", today=TODAY)
    assert (p.measure, p.store, p.not_live) == (Measure.LISTING_STATUS, "JP", True)


def test_selling_at_a_price_is_a_price() -> None:
    p = parse("What price am I selling NB-KT-002 at on Amazon.co.uk?", today=TODAY)
    assert (p.measure, p.store) == (Measure.PRICE, "UK")
