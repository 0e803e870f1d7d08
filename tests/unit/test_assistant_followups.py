"""Questions the offline router used to answer as another question: a follow-up pointing back
to a period it was never given, holding stock read as selling, and Chinese 'in transit'
consignments read as nothing."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.periods_days import back_period
from globalsell.assistant.question import Measure, parse
from globalsell.assistant.vocabulary import Rank

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("and how many did Germany sell in that period?", "in that period"),
        ("What was the revenue during that time?", "during that time"),
        ("how many orders in the same period", "in the same period"),
        ("Which product sold best back then?", "back then"),
        ("how many units did the UK sell then?", "then?"),
        ("那段时间德国卖了多少", "那段时间"),
        ("那时候英国的销量是多少", "那时候"),
        ("同期德国卖了多少", "同期"),
        ("当时销售额多少", "当时"),
    ],
)
def test_a_period_pointed_back_to_is_not_the_default(text: str, pointer: str) -> None:
    p = parse(text, today=SUNDAY)
    assert p.period is None
    assert p.time_unclear == pointer
    assert back_period(pointer) == pointer


@pytest.mark.parametrize(
    "text",
    [
        "how many units did I sell in the same period last year",
        "去年同期德国卖了多少",
        "上年同期的销售额",
        "how many units did Germany sell last month",
        "what is the lead time for the kettle",
        "if stock runs out then what",
    ],
)
def test_no_pointer_back(text: str) -> None:
    assert back_period(text) is None


def test_last_year_same_period_still_asks_back_as_before() -> None:
    p = parse("去年同期德国卖了多少", today=SUNDAY)
    assert p.period is None
    assert p.time_unclear == "去年同期"


@pytest.mark.parametrize(
    "text",
    [
        "Which product do I hold the most units of?",
        "Which SKU do I keep the most of?",
        "Which product am I holding the most of?",
        "What do we have the most units of?",
        "哪个商品压货最多",
        "我手上哪个产品的货最多",
    ],
)
def test_holding_the_most_ranks_stock(text: str) -> None:
    p = parse(text, today=SUNDAY)
    assert p.measure is Measure.STOCK
    assert p.rank is Rank.TOP


def test_overstocked_the_most_ranks_days_of_cover() -> None:
    # 积压 is stock beyond what sells: the most days of cover, not the most units held
    p = parse("哪个产品积压最多", today=SUNDAY)
    assert (p.measure, p.rank, p.overstock) == (Measure.DAYS_OF_COVER, Rank.TOP, True)


@pytest.mark.parametrize(
    "text", ["Which product did I sell the most units of?", "哪个产品卖得最多"]
)
def test_selling_the_most_still_ranks_units_sold(text: str) -> None:
    p = parse(text, today=SUNDAY)
    assert p.measure is Measure.UNITS
    assert p.rank is Rank.TOP


@pytest.mark.parametrize(
    "text",
    [
        "哪些货还在运输途中",
        "哪些货还在路上",
        "哪几批货在途",
        "还有什么货在运输中",
        "哪些货件在运输中",
    ],
)
def test_goods_in_transit_are_the_shipments(text: str) -> None:
    assert parse(text, today=SUNDAY).measure is Measure.SHIPMENTS


@pytest.mark.parametrize(
    "text", ["NB-AP-005在途多少件", "在途库存有多少", "这个产品在运输途中的有多少"]
)
def test_a_products_units_in_transit_are_stock(text: str) -> None:
    p = parse(text, today=SUNDAY)
    assert p.measure is Measure.STOCK
    assert p.stock_part == "inbound"


@pytest.mark.parametrize(
    "text",
    [
        "What's in transit right now?",
        "what is still on the way to the UK",
        "which goods are at sea?",
    ],
)
def test_what_is_in_transit_lists_the_shipments(text: str) -> None:
    assert parse(text, today=SUNDAY).measure is Measure.SHIPMENTS


@pytest.mark.parametrize(
    "text",
    ["how many units are in transit to Japan?", "what stock is on the way for the lamp"],
)
def test_a_count_of_units_in_transit_stays_inbound_stock(text: str) -> None:
    assert parse(text, today=SUNDAY).measure is Measure.STOCK


@pytest.mark.parametrize("text", ["台灯法国仓在库多少件", "保温杯实际在库还有几件"])
def test_units_in_the_warehouse_are_stock_not_sales(text: str) -> None:
    assert parse(text, today=SUNDAY).measure is Measure.STOCK


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("看看隔壁杭州那家店上个月卖了多少", True),
        ("隔壁那家店的售价是多少", True),
        ("同行深圳那家公司的库存", True),
        ("我在德国的店上个月卖了多少", False),
    ],
)
def test_a_neighbours_shop_named_by_its_town_is_another_seller(text: str, refused: bool) -> None:
    from globalsell.assistant.question import Refusal

    refusal = parse(text, today=SUNDAY).refusal
    assert (refusal is Refusal.OTHER_SELLER) is refused
