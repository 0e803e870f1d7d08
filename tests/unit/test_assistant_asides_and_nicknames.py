"""The failure classes of ADR 0185: a word of a preamble, an event or a deadline is no period,
figure or product; numbers written as words are periods; a product named only by a word that
describes it, followed by a noun of its own, is asked back; "across every store" is a total; goods
sitting at a hub are stock; a listing taken down on request is a write; a stock part left out is
no part asked; "没出货" orders are open orders; stores compared are shown one by one. Pinned to
Monday 2026-12-07."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from globalsell.assistant.answers_render import render
from globalsell.assistant.asides import spell_numbers, without_asides
from globalsell.assistant.coverage import leftover
from globalsell.assistant.names import Named, match_products
from globalsell.assistant.periods import Period
from globalsell.assistant.product_phrase import unmatched_phrase
from globalsell.assistant.question import Measure, Rank, Refusal, parse
from globalsell.assistant.semantic_base import Request, Result

TODAY = date(2026, 12, 7)


def _span(question: str) -> tuple[date, date] | None:
    p = parse(question, today=TODAY).period
    return None if p is None else (p.start, p.end)


@pytest.mark.parametrize(
    ("question", "span"),
    [
        (
            "For Monday's review I'd like the revenue figure for the hand blender, on the UK "
            "marketplace, for last month, please.",
            (date(2026, 11, 1), date(2026, 11, 30)),
        ),
        (
            "We're choosing products to feature in the December newsletter, so could you list "
            "our top three sellers by units on Amazon Germany over the last thirty days?",
            (date(2026, 11, 8), date(2026, 12, 7)),
        ),
        (
            "Before we decide where to push the milk frother next quarter, please compare how "
            "many we sold in the States versus Japan in the last ninety days.",
            (date(2026, 9, 9), date(2026, 12, 7)),
        ),
        (
            "For last month, what was the revenue in the UK?",
            (date(2026, 11, 1), date(2026, 11, 30)),
        ),
        ("qty sold coffee frother jp last 2 week", (date(2026, 11, 24), date(2026, 12, 7))),
        (
            "开会前想确认一下，过去三十天美国站卖得最好的前五个产品是哪些？",
            (date(2026, 11, 8), date(2026, 12, 7)),
        ),
    ],
)
def test_the_period_is_the_questions_own_never_an_asides(
    question: str, span: tuple[date, date]
) -> None:
    assert _span(question) == span


def test_a_period_named_only_by_an_event_is_asked_back_for_sales() -> None:
    p = parse("For the December report, how many kettles did we sell?", today=TODAY)
    assert (p.period, p.time_unclear) == (None, "for the december report")


def test_a_now_figure_ahead_of_a_call_has_no_period() -> None:
    p = parse(
        "Ahead of Thursday's logistics call, could you list every shipment that has an open "
        "exception at the moment?",
        today=TODAY,
    )
    assert (p.measure, p.period, p.shipment_focus) == (Measure.SHIPMENTS, None, "exceptions")


def test_numbers_written_as_words_before_a_unit_of_time_are_digits() -> None:
    assert spell_numbers("over the last thirty days") == "over the last 30 days"
    assert spell_numbers("past ninety-one days, two weeks") == "past 91 days, 2 weeks"
    assert spell_numbers("top three sellers") == "top three sellers"
    assert spell_numbers("someone days") == "someone days"


def test_a_preamble_of_context_is_set_aside() -> None:
    assert without_asides("老板问我要数据：料理棒卖了多少件？").strip() == "料理棒卖了多少件？"
    assert (
        without_asides("小风扇在日本站一直亏钱，卖了多少件？")
        == "小风扇在日本站一直亏钱，卖了多少件？"
    )
    assert without_asides("before i reorder, how many did we sell?") == "  how many did we sell?"


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("我在做补货计划，想知道这两周日本亚马逊一共出了多少个订单", Measure.ORDERS),
        ("仓库那边在问，现在哪个产品的总库存最多？", Measure.STOCK),
        (
            "Could you please check how many kitchen scales are sitting at our Ningbo hub right "
            "now, waiting for a shipment?",
            Measure.STOCK,
        ),
        ("how many water bottles still sit in ningbo hub", Measure.STOCK),
        ("which shipments are sitting in customs", Measure.SHIPMENTS),
        ("德国站现在还有多少订单没出货", Measure.OPEN_ORDERS),
    ],
)
def test_the_measure_is_the_questions_own(question: str, measure: Measure) -> None:
    assert parse(question, today=TODAY).measure is measure


def test_a_product_word_in_a_chinese_preamble_names_nothing() -> None:
    p = parse("老板问我要数据：料理棒在美国站过去三十天一共卖了多少件？", today=TODAY)
    assert "数据" not in p.rest
    assert "料理棒" in p.rest


def test_across_every_store_ranks_products_in_each_store_ranks_stores() -> None:
    across = parse(
        "which single product sold the most units across every store since November 10?",
        today=TODAY,
    )
    each = parse("units sold by every store last month", today=TODAY)
    assert (across.rank, across.by_store, each.by_store) == (Rank.TOP, False, True)


def test_taking_a_listing_down_on_request_is_a_write() -> None:
    assert (
        parse("小风扇在日本站一直亏钱，麻烦直接帮我把它下架", today=TODAY).refusal is Refusal.WRITE
    )
    assert parse("delist it from the UK store", today=TODAY).refusal is Refusal.WRITE
    assert parse("哪些产品下架了", today=TODAY).refusal is None
    assert parse("要不要把它下架", today=TODAY).refusal is None


def test_a_stock_part_left_out_is_no_part_asked_and_no_leftover() -> None:
    p = parse("FBA英国 小风扇在库qty多少 不算在途的", today=TODAY)
    assert (p.measure, p.stock_part, leftover(p)) == (Measure.STOCK, None, None)
    assert parse("FBA英国 小风扇在途多少", today=TODAY).stock_part == "inbound"


ITEMS = [
    Named("K-1", "电热水壶", ("Electric Kettle 1.7 L",), ("K-1",)),
    Named("W-1", "真空保温杯", ("Vacuum Insulated Water Bottle, 500 ml",), ("W-1",)),
    Named("S-1", "淋浴置物架", ("Corner Shower Shelf",), ("S-1",)),
    Named("B-1", "浴室防滑垫", ("Non-Slip Bath Mat, PVC",), ("B-1",)),
    Named("Y-1", "瑜伽垫", ("Yoga Mat 6mm",), ("Y-1",)),
    Named("G-1", "咖啡磨豆机", ("Manual Coffee Grinder",), ("G-1",)),
    Named("F-1", "奶泡器", ("Milk Frother",), ("F-1",)),
    Named("C-1", "竹砧板", ("Bamboo Cutting Boards, 3 pieces",), ("C-1",)),
]


def _found(text: str) -> tuple[list[str], list[str]]:
    matched, vague = match_products(ITEMS, text)
    return [n.sku for n in matched], [n.sku for n in vague]


def test_a_product_named_only_by_a_describing_word_and_another_noun_is_asked_back() -> None:
    # "boiler" is the kettle's kin: both are offered, the bottle for its "water"
    assert _found("how many water boiler we sell in germany") == ([], ["K-1", "W-1"])
    assert _found("compare shower mat sales us vs de") == ([], ["S-1", "B-1", "Y-1"])


def test_the_product_named_by_what_it_is_wins_over_one_named_by_a_describing_word() -> None:
    assert _found("landed cost coffee frother to UK") == (["F-1"], [])


def test_a_product_named_by_what_it_is_or_a_lone_describing_word_is_kept() -> None:
    assert _found("how many water bottles still sit in the hub") == (["W-1"], [])
    assert _found("shower shelf sales") == (["S-1"], [])
    assert _found("bath mat sales") == (["B-1"], [])
    assert _found("kettle still in stock") == (["K-1"], [])


def test_a_product_named_only_by_an_event_is_kept_apart() -> None:
    p = parse(
        "Which of our marketplaces moved the most units last month? I need one line for the "
        "board summary.",
        today=TODAY,
    )
    assert (p.aside_names, "board" in p.rest, p.by_store) == ("for the board summary", False, True)


def test_stores_compared_each_have_a_figure_even_with_no_sales() -> None:
    period = Period(date(2026, 11, 8), date(2026, 12, 7), "the last 30 days", "最近30天")
    req = Request(
        measure=Measure.UNITS, skus=("B-1",), stores=("US", "DE"), period=period, by_store=True
    )
    result = Result(
        measure="units_sold",
        filters={},
        query="",
        rows=[{"key": "US", "units": 35, "orders": 30, "revenue": {"USD": Decimal("874.65")}}],
        total={"units": 35, "orders": 30, "revenue": {"USD": Decimal("874.65")}},
    )
    assert render(req, result, False).splitlines()[1] == "US 35 units; DE 0 units"


def test_a_store_after_best_seller_is_ones_own_store() -> None:
    p = parse("top 3 best seller DE last month", today=TODAY)
    assert (p.refusal, p.store, p.rank, p.limit) == (None, "DE", Rank.TOP, 3)
    assert parse("sales by seller Anker", today=TODAY).refusal is Refusal.OTHER_SELLER


def test_a_top_n_with_no_figure_ranks_units_sold() -> None:
    p = parse("US站近90天top5 SKU排一下", today=TODAY)
    assert (p.measure, p.rank, p.limit) == (Measure.UNITS, Rank.TOP, 5)
    assert parse("前5个SKU的库存", today=TODAY).measure is Measure.STOCK


def test_the_worst_seller_in_slang_ranks_from_the_bottom() -> None:
    assert parse("近一个月德国站卖得最烂的是哪个品", today=TODAY).rank is Rank.BOTTOM


def test_a_time_phrase_with_a_measure_word_names_no_product() -> None:
    zh = [Named("S-1", "电子厨房秤", ("Kitchen Scale",), ("S-1",))]
    assert unmatched_phrase(zh, "近一个月德国站卖得最烂的是哪个品") is None


def test_a_chinese_name_in_another_order_is_still_that_product() -> None:
    zh = [
        Named("S-1", "电子厨房秤 精准称重", ("Kitchen Scale",), ("S-1",)),
        Named("X-1", "多功能厨房剪刀", ("Kitchen Scissors",), ("X-1",)),
    ]
    assert [n.sku for n in match_products(zh, "厨房电子秤要不要补货")[0]] == ["S-1"]
    assert [n.sku for n in match_products(zh, "厨房的东西卖了多少")[0]] == ["S-1", "X-1"]


def test_an_errand_asked_for_is_a_write_a_question_about_it_is_not() -> None:
    ask = "Can you book a carrier pickup for tomorrow at our Ontario warehouse?"
    assert parse(ask, today=TODAY).refusal is Refusal.WRITE
    assert parse("when did we schedule the delivery", today=TODAY).refusal is None


def test_how_many_product_typed_in_the_singular_counts_products() -> None:
    p = parse("how many product in our catalog total", today=TODAY)
    assert p.measure is Measure.PRODUCT_COUNT
