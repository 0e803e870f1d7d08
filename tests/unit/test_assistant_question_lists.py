"""The parser's newer distinctions: out of stock now vs a stock-out ahead, products without an
HS code vs one product's code, orders not shipped vs orders, late shipments vs any exception,
stores side by side, "前三", quarters and "since Nov 1", and time words it cannot date or future
sales (asked back, never answered over a default period). Pinned to Wednesday 2026-11-25."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.periods import future_time, unparsed_time
from globalsell.assistant.question import Measure, Rank, find_period, find_stores, parse

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("revenue since Nov 1", date(2026, 11, 1), TODAY),
        ("since the 3rd of November", date(2026, 11, 3), TODAY),
        ("自11月1日以来", date(2026, 11, 1), TODAY),
        ("11月20号起", date(2026, 11, 20), TODAY),
        ("since Dec 5", date(2025, 12, 5), TODAY),  # the latest Dec 5 not after today
        ("上个季度", date(2026, 7, 1), date(2026, 9, 30)),
        ("last quarter", date(2026, 7, 1), date(2026, 9, 30)),
        ("本季度", date(2026, 10, 1), TODAY),
        ("最近一周", date(2026, 11, 19), TODAY),
        ("the past week", date(2026, 11, 19), TODAY),
        ("last week", date(2026, 11, 16), date(2026, 11, 22)),  # still the calendar week
        ("October", date(2026, 10, 1), date(2026, 10, 31)),
    ],
)
def test_more_periods(text: str, start: date, end: date) -> None:
    period = find_period(text.lower(), TODAY)
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("旺季卖了多少", "旺季"),
        ("how many units over the holidays", "holidays"),
        ("sales in Q3", "q3"),
        ("过去三个月卖了多少", "三个月"),
        ("units sold last month", None),
        ("日本站卖了多少", None),  # 日 of 日本 is no day
    ],
)
def test_time_words_it_cannot_date_are_reported(text: str, word: str | None) -> None:
    assert unparsed_time(text) == word


def test_a_sales_question_with_an_undated_time_word_is_not_given_a_default_period() -> None:
    p = parse("旺季德国卖了多少件", today=TODAY)
    assert (p.measure, p.period, p.time_unclear) == (Measure.UNITS, None, "旺季")
    assert parse("德国卖了多少件", today=TODAY).time_unclear is None


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("What will NB-AP-001 sell next Christmas?", True),
        ("明年双十一能卖多少？", True),
        ("how many will we sell next month", True),
        ("how many did I sell last month", False),
        ("上个月卖了多少", False),
    ],
)
def test_future_sales_are_recognised(text: str, future: bool) -> None:
    assert future_time(text.lower()) is future
    assert parse(text, today=TODAY).future is future


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("what's out of stock in the UK right now", Measure.OUT_OF_STOCK),
        ("英国站现在哪些产品断货了？", Measure.OUT_OF_STOCK),
        ("is NB-AP-001 sold out in Germany?", Measure.OUT_OF_STOCK),
        ("which SKUs will run out in Germany next week?", Measure.STOCKOUT),
        ("下周德国哪些SKU会断货?", Measure.STOCKOUT),
        ("哪些SKU会在5天内断货", Measure.STOCKOUT),
        ("快充充电头断货了吗", Measure.OUT_OF_STOCK),  # 快 of 快充 is no "soon"
    ],
)
def test_out_of_stock_now_is_not_a_stock_out_risk(text: str, measure: Measure) -> None:
    assert parse(text, today=TODAY).measure is measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Which products have no HS code?", Measure.HS_MISSING),
        ("哪些产品没有海关编码？", Measure.HS_MISSING),
        ("products missing an hs code", Measure.HS_MISSING),
        ("HS code of NB-KT-006", Measure.HS_CODE),
        ("NB-KT-006没有HS编码吗", Measure.HS_CODE),  # one product named: its code
        ("无线充电器的HS编码", Measure.HS_CODE),  # 无 of 无线 is no "without"
        ("How many orders are still unshipped?", Measure.OPEN_ORDERS),
        ("有多少订单还没发货", Measure.OPEN_ORDERS),
        ("pending orders in the US", Measure.OPEN_ORDERS),
        ("How many orders did I get in the US last week?", Measure.ORDERS),
        ("NB-AP-004 需要补货吗", Measure.DAYS_OF_COVER),
        ("do I need to reorder NB-AP-001?", Measure.DAYS_OF_COVER),
        ("is anything stuck in transit to the UK", Measure.SHIPMENTS),
        ("which shipments are held up?", Measure.SHIPMENTS),
        ("how much stock is in transit to the UK", Measure.STOCK),
    ],
)
def test_list_questions_find_their_measure(text: str, measure: Measure) -> None:
    assert parse(text, today=TODAY).measure is measure


def test_late_shipments_are_told_apart_from_any_exception() -> None:
    late = parse("Which shipments are running late?", today=TODAY)
    assert (late.measure, late.shipment_focus, late.late) == (Measure.SHIPMENTS, "exceptions", True)
    assert parse("哪些货件延误了", today=TODAY).late is True
    problems = parse("any shipment problems?", today=TODAY)
    assert (problems.shipment_focus, problems.late) == ("exceptions", False)


def test_several_stores_are_kept_in_order() -> None:
    assert find_stores("NB-AP-005 sales US vs DE past 2 weeks") == ["US", "DE"]
    assert find_stores("美国站和德国站上个月哪个卖得多？") == ["US", "DE"]
    assert find_stores("units in Japan") == ["JP"]
    assert parse("NB-AP-005 sales US vs DE past 2 weeks", today=TODAY).stores == ("US", "DE")


def test_top_n_in_chinese_ranks_and_a_day_count_does_not() -> None:
    p = parse("最近一周 UK 销量前三的SKU", today=TODAY)
    assert (p.measure, p.rank, p.limit, p.store) == (Measure.UNITS, Rank.TOP, 3, "UK")
    assert p.period is not None
    assert (p.period.start, p.period.end) == (date(2026, 11, 19), TODAY)
    q = parse("前30天卖了多少", today=TODAY)
    assert (q.rank, q.limit) == (None, None)
    assert q.period is not None
    assert q.period.days == 30


def test_most_stock_ranks_stock_not_sales() -> None:
    p = parse("库存最多的产品是哪个", today=TODAY)
    assert (p.measure, p.rank) == (Measure.STOCK, Rank.TOP)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("帮我看看隔壁卖家的销量", True),
        ("隔壁店铺上个月卖了多少", True),
        ("竞争对手上个月卖了多少", True),
        ("别的卖家的价格", True),
        ("其他店铺的库存", False),  # may be the seller's own other stores
        ("我的店铺卖了多少", False),
    ],
)
def test_another_partys_data_in_chinese_is_refused(text: str, refused: bool) -> None:
    assert (parse(text, today=TODAY).refusal is not None) is refused


def test_inbound_units_are_stock_not_units_sold() -> None:
    p = parse("inbound units of NB-BT-001 going to the US", today=TODAY)
    assert (p.measure, p.stock_part, p.store) == (Measure.STOCK, "inbound", "US")
    assert parse("NB-AP-001 units sold in US", today=TODAY).measure is Measure.UNITS


def test_the_number_of_products_asked_for_is_kept() -> None:
    p = parse("Which 5 products sold best in Germany last month?", today=TODAY)
    assert (p.rank, p.limit, p.store) == (Rank.TOP, 5, "DE")
    q = parse("过去7天日本站卖得最好的三个产品", today=TODAY)
    assert (q.rank, q.limit, q.store) == (Rank.TOP, 3, "JP")


def test_real_words_are_not_typo_fixed_into_other_measures() -> None:
    p = parse("orders waiting to ship in the US", today=TODAY)  # not "awaiting approval"
    assert (p.measure, p.store) == (Measure.OPEN_ORDERS, "US")
    assert parse("NB-AP-002 美国站在途多少件", today=TODAY).measure is Measure.STOCK
