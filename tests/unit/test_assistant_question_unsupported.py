"""The parser's third pass: figures the data does not hold (said so, never answered with another
measure), two periods in one question, named quarters and rolling months, breakdowns by store,
swapped-letter typos and short forms, questions about the approval inbox that are not write
requests, price changes to a number, and competitors. Pinned to Wednesday 2026-11-25."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.answers import unknown_name
from globalsell.assistant.names import Named
from globalsell.assistant.question import Measure, Rank, Refusal, find_period, parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("what's the total inventory value?", "inventory value"),
        ("库存总价值是多少", "inventory value"),
        # a basket's size: a value or a count (the average order value is answered, ADR 0195)
        ("What's our average basket size in the US?", "average order value"),
        ("What's the conversion rate of my kettle listing?", "conversion rate"),
        ("热水壶的转化率", "conversion rate"),
        ("How many returns did I get last month?", "returns and refunds"),
        ("上个月退货多少", "returns and refunds"),
        ("What's the ad spend for NB-AP-001?", "advertising"),
        ("NB-AP-001的广告花费", "advertising"),
        ("how many reviews does the kettle have", "reviews and ratings"),
        ("上个月赚了多少", "profit totals"),
    ],
)
def test_figures_it_does_not_hold(question: str, label: str) -> None:
    assert parse(question, today=TODAY).unsupported == label


@pytest.mark.parametrize(
    "question",
    [
        "What's the price of NB-AP-003 in Japan?",
        "revenue in the US last month",
        "sales value in DE this month",
        "NB-AP-003在日本每件赚多少",
        "Which proposals do I need to review?",
    ],
)
def test_supported_figures_are_not_flagged(question: str) -> None:
    assert parse(question, today=TODAY).unsupported is None


def test_two_periods_are_two_questions() -> None:
    p = parse("How did sales this week compare to last week?", today=TODAY)
    assert p.period_kinds == ("this_week", "last_week")
    assert parse("这周和上周比卖得怎么样", today=TODAY).period_kinds == ("this_week", "last_week")
    assert parse("units sold last week", today=TODAY).period_kinds == ("last_week",)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("units in q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("第三季度卖了多少", date(2026, 7, 1), date(2026, 9, 30)),
        ("the fourth quarter", date(2026, 10, 1), TODAY),
        ("q1 2025", date(2025, 1, 1), date(2025, 3, 31)),
        ("过去3个月", date(2026, 8, 26), TODAY),
        ("最近一个月", date(2026, 10, 26), TODAY),
        ("the past month", date(2026, 10, 26), TODAY),
        ("last two months", date(2026, 9, 26), TODAY),
    ],
)
def test_named_quarters_and_rolling_months(text: str, start: date, end: date) -> None:
    period = find_period(text.lower(), TODAY)
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "question",
    [
        "Give me revenue by store for last month",
        "units sold per marketplace this week",
        "上个月各站点的销售额",
        "按国家看本月销量",
    ],
)
def test_breakdowns_by_store(question: str) -> None:
    assert parse(question, today=TODAY).by_store


def test_swapped_letters_and_short_forms() -> None:
    p = parse("how many untis of NB-AP-002 did I sel in japan last mnth", today=TODAY)
    assert (p.measure, p.skus, p.store) == (Measure.UNITS, ("NB-AP-002",), "JP")
    assert p.period is not None
    assert p.period.start == date(2026, 10, 1)
    # a real word is left alone: "last" is not turned into "least"
    assert parse("units sold last week", today=TODAY).rank is None


@pytest.mark.parametrize(
    ("question", "refusal"),
    [
        ("哪些提案在等我批准", None),
        ("What proposals are waiting for my approval?", None),
        ("Which changes do I need to approve?", None),
        ("approve all pending proposals", Refusal.WRITE),
        ("lower the price of the fan in Japan to 1500 yen", Refusal.WRITE),
        ("把日本的风扇价格降到1500日元", Refusal.WRITE),
        ("How much does my competitor charge for a kettle on Amazon US?", Refusal.OTHER_SELLER),
        ("竞争对手的热水壶在美国卖多少钱", Refusal.OTHER_SELLER),
    ],
)
def test_writes_inbox_questions_and_competitors(question: str, refusal: Refusal | None) -> None:
    assert parse(question, today=TODAY).refusal is refusal


def test_proposals_awaiting_approval_are_the_inbox() -> None:
    assert parse("哪些提案在等我批准", today=TODAY).measure is Measure.PROPOSALS


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("How many units of NB-AP-001 did we sell on Nov 18?", date(2026, 11, 18)),
        ("11月20号热水壶卖了多少", date(2026, 11, 20)),
        ("orders on the 3rd of November", date(2026, 11, 3)),
        ("sales on Dec 5", date(2025, 12, 5)),  # the latest Dec 5 not after today
    ],
)
def test_one_day(text: str, day: date) -> None:
    period = parse(text, today=TODAY).period
    assert period is not None
    assert (period.start, period.end) == (day, day)


def test_since_a_day_is_still_a_range() -> None:
    period = parse("11月1号到现在卖了多少", today=TODAY).period
    assert period is not None
    assert (period.start, period.end) == (date(2026, 11, 1), TODAY)


def test_more_phrasings() -> None:
    assert parse("Which stock will run out in the next 2 weeks?", today=TODAY).horizon_days == 14
    assert parse("两周内会断货的产品", today=TODAY).horizon_days == 14
    assert parse("how much is NB-AP-004 selling for in JP", today=TODAY).measure is Measure.PRICE
    assert parse("英国仓热水壶还剩几个", today=TODAY).measure is Measure.STOCK
    # "有没有" asks whether there is; it does not say something is missing
    hs = parse("有没有HS编码的提案", today=TODAY)
    assert (hs.measure, hs.about) == (Measure.PROPOSALS, "hs")
    assert parse("德国有没有断货的", today=TODAY).measure is Measure.OUT_OF_STOCK
    assert parse("Which product makes me the most money in the US?", today=TODAY).measure is (
        Measure.REVENUE
    )


def test_keyword_phrases_and_inflections() -> None:
    # "on hand" is a stock phrase, not the name of the hand blender
    p = parse("how many units in total are on hand?", today=TODAY)
    assert p.measure is Measure.STOCK
    assert "hand" not in p.rest
    # "approved" is a listing state, not a misspelt "approve" (a write)
    q = parse("Is NB-TY-001 approved in the US?", today=TODAY)
    assert (q.refusal, q.measure) == (None, Measure.LISTING_STATUS)
    assert parse("what's our best store this month by revenue?", today=TODAY).by_store
    assert parse("卖得最好的站点是哪个", today=TODAY).by_store


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("上礼拜日本站销量", date(2026, 11, 16), date(2026, 11, 22)),
        ("这个礼拜日本卖了多少", date(2026, 11, 23), TODAY),
        ("前天卖了多少件", date(2026, 11, 23), date(2026, 11, 23)),
        ("双十一那天卖了多少", date(2026, 11, 11), date(2026, 11, 11)),
        ("去年11月卖了多少", date(2025, 11, 1), date(2025, 11, 30)),
        ("revenue in November 2025", date(2025, 11, 1), date(2025, 11, 30)),
        ("2025年10月美国的销售额", date(2025, 10, 1), date(2025, 10, 31)),
    ],
)
def test_chinese_weeks_named_days_and_months_with_a_year(text: str, start: date, end: date) -> None:
    period = parse(text, today=TODAY).period
    assert period is not None
    assert (period.start, period.end) == (start, end)


def test_a_time_word_without_a_period_is_asked_about() -> None:
    # "per day" is a rate over the default period (ADR 0195), not a period asked about
    rate = parse("how many units did I sell per day?", today=TODAY)
    assert (rate.per, rate.time_unclear) == ("day", None)
    assert parse("日本站每周卖了多少件", today=TODAY).time_unclear == "周"
    assert parse("units sold of NB-AP-001 in JP", today=TODAY).time_unclear is None


def test_critical_findings_and_hs_proposals() -> None:
    assert parse("最近一次检查有几个严重问题", today=TODAY).critical
    p = parse("Which HS codes does customs propose?", today=TODAY)
    assert (p.measure, p.about) == (Measure.PROPOSALS, "hs")
    q = parse("Which HS code does customs propose for NB-KT-006?", today=TODAY)
    assert (q.measure, q.about) == (Measure.HS_CODE, None)


def test_fresh_b_causes() -> None:
    # "per piece" is a unit of the cost, not units sold
    assert parse("What did the spatula set cost us per piece?", today=TODAY).measure is (
        Measure.UNIT_COST
    )
    bottom = parse("Show me the bottom seller in the US this week", today=TODAY)
    assert (bottom.measure, bottom.rank) == (Measure.UNITS, Rank.BOTTOM)
    assert parse("美国站有哪些SKU现在没有可售库存", today=TODAY).measure is Measure.OUT_OF_STOCK
    assert parse("保温杯的采购单价", today=TODAY).measure is Measure.UNIT_COST
    # asking what customs suggests changing a code to is a question, not a write
    proposed = parse("NB-KT-006 海关那边建议改成什么编码", today=TODAY)
    assert (proposed.refusal, proposed.measure) == (None, Measure.HS_CODE)


def test_a_name_that_is_not_the_sellers_is_asked_about() -> None:
    kettle = Named("NB-AP-001", "电热水壶", ("NINGVALE Electric Kettle 1.7 L",), ("NB-AP-001",))
    items = [kettle]
    assert unknown_name(parse("What's Anker selling in the US?", today=TODAY), items) == "Anker"
    assert unknown_name(parse("Anker的充电宝卖多少", today=TODAY), items) == "Anker"
    for known in (
        "How many NINGVALE kettles did I sell on Amazon Germany?",
        "Units sold in the US since Black Friday",
        "What's the ETA of SHP-2610-US-OC?",
        "Which SKUs sold best in November?",
    ):
        assert unknown_name(parse(known, today=TODAY), items) is None


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("What share of the kettle's sales comes from the US?", "averages, shares and growth"),
        ("美国站占总销售额的多少", "averages, shares and growth"),
        ("units sold excluding the US last month", "figures that leave something out"),
        ("除了美国以外上个月卖了多少", "figures that leave something out"),
        ("What is the cheapest product I sell?", "products ranked by price or cost"),
        ("How many SKUs sold at least one unit this week?", "counts of products by their sales"),
    ],
)
def test_questions_it_would_answer_with_another_figure(question: str, label: str) -> None:
    assert parse(question, today=TODAY).unsupported == label


def test_products_that_did_not_sell_are_the_slowest() -> None:
    for question in (
        "Which products did not sell at all last month?",
        "上个月一件都没卖出去的产品",
    ):
        p = parse(question, today=TODAY)
        assert (p.measure, p.rank) == (Measure.UNITS, Rank.BOTTOM)


@pytest.mark.parametrize(
    ("question", "refusal", "advice", "why"),
    [
        ("NB-AP-003在日本要涨价吗", None, True, False),
        ("Should I raise the price of NB-AP-003 in Japan?", None, True, False),
        ("为什么要把NB-AP-003日本的价格改成2480", None, False, True),
        ("把NB-AP-003日本的价格改成2000", Refusal.WRITE, False, False),
        ("approve all pending proposals", Refusal.WRITE, False, False),
    ],
)
def test_asking_about_a_change_is_not_asking_for_it(
    question: str, refusal: Refusal | None, advice: bool, why: bool
) -> None:
    p = parse(question, today=TODAY)
    assert (p.refusal, p.advice, p.why) == (refusal, advice, why)


def test_things_to_handle_are_the_findings() -> None:
    assert parse("最近有什么需要我处理的", today=TODAY).measure is Measure.FINDINGS


def test_a_bare_number_of_days_is_the_last_days() -> None:
    for text in ("kettle revenue UK 30 days", "热水壶 英国 30天 销量"):
        period = parse(text, today=TODAY).period
        assert period is not None
        assert (period.start, period.end) == (date(2026, 10, 27), TODAY)
    assert parse("will I sell out in 30 days?", today=TODAY).period is None


def test_fresh_c_causes() -> None:
    assert parse("What will my German sales be in January?", today=TODAY).future
    assert not parse("When will SHP-2610-US-OC arrive?", today=TODAY).future
    assert parse("看看对手在日本站的listing", today=TODAY).refusal is Refusal.OTHER_SELLER
    assert parse("How much do I pay per unit for the coffee grinder?", today=TODAY).measure is (
        Measure.UNIT_COST
    )


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("How many kettles did we sell in the EU last month?", "regions made of several stores"),
        ("欧洲上个月卖了多少", "regions made of several stores"),
        ("How many units did we sell on eBay?", "sales channels other than your stores' orders"),
        ("Which orders were cancelled last week?", "cancelled orders"),
        ("how many orders over $50 last month?", "figures filtered by an amount"),
        ("超过100件的订单有几个", "figures filtered by an amount"),
    ],
)
def test_regions_channels_cancellations_and_amount_filters(question: str, label: str) -> None:
    assert parse(question, today=TODAY).unsupported == label


def test_cancelled_orders_are_a_question_not_a_cancel() -> None:
    p = parse("取消的订单有多少", today=TODAY)
    assert (p.refusal, p.unsupported) == (None, "cancelled orders")
    assert parse("cancel order 123", today=TODAY).refusal is Refusal.WRITE
