"""Classes of confident misreading found by the freshO and freshP blocks (ADR 0161): a ranking
whose dimension is the stores ranked over products, a "top-line" total read as a ranking, a
listing's "live or pending" read as proposals, a list of stock figures narrowed to one, a
seller's period shorthand (L7, LW, WoW) widened to 30 days, a span "through today" read as
today, a misheard store ("得国站") dropped, another seller named by a handle, an exceptions
question narrowed by "today", customs holds and counted 出货 not read as shipments, and a
restocking purpose read as days of cover (and one product out of stock counted as SKUs).
Pinned to Monday 2026-12-07."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.chat import route
from globalsell.assistant.question import Measure, Rank, Refusal, parse
from globalsell.assistant.script import to_simplified
from globalsell.assistant.semantic_base import Request, Result
from globalsell.assistant.semantic_lists import render_out_of_stock

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        "Rank my stores by units sold last month",
        "rank our marketplaces by revenue over the last 90 days",
        "Of all my stores, which one had the most orders this month?",
        "Across our marketplaces, which of them sold the most units last week?",
        "stores ranked by units sold in November",
        "上个月店铺销量排名",
        "Which of my marketplaces sold the most units in the last 30 days?",
        "which one of our stores had the most orders last week?",
    ],
)
def test_the_stores_ranked_are_ranked_by_store(question: str) -> None:
    p = parse(question, today=TODAY)
    assert (p.by_store, p.rank) == (True, Rank.TOP)


@pytest.mark.parametrize(
    "question",
    [
        "which product sold the most across all my stores last month",
        "Across all our marketplaces, which one of the products sold the most?",
        "rank my products by revenue last month",
        "which of my products sold the most across all my stores last month",
    ],
)
def test_a_product_ranking_across_stores_stays_a_product_ranking(question: str) -> None:
    p = parse(question, today=TODAY)
    assert (p.by_store, p.rank) == (False, Rank.TOP)


@pytest.mark.parametrize(
    "question",
    [
        "total revenue in the US this month, just the top-line number",
        "what's the top line for Germany last month in revenue",
        "bottom line: how much revenue did Japan make last month",
    ],
)
def test_a_top_line_number_is_a_total_not_a_ranking(question: str) -> None:
    p = parse(question, today=TODAY)
    assert (p.measure, p.rank) == (Measure.REVENUE, None)


def test_top_sellers_are_still_a_ranking() -> None:
    assert parse("top sellers in the US last month", today=TODAY).rank is Rank.TOP


@pytest.mark.parametrize(
    "question",
    [
        "Is the kettle live on amazon.de, or still pending?",
        "is NB-AP-001 listed in Japan or is it pending",
    ],
)
def test_live_or_pending_is_a_listing_status(question: str) -> None:
    assert parse(question, today=TODAY).measure is Measure.LISTING_STATUS


def test_pending_proposals_are_still_proposals() -> None:
    p = parse("which proposals about listings are pending", today=TODAY)
    assert p.measure is Measure.PROPOSALS


@pytest.mark.parametrize(
    "question",
    [
        "NB-AP-002 at FBA-US: on hand / avail / inbound?",
        "NB-AP-002 US avail, inbound",
        "NB-AP-002 美国 可售、在途",
    ],
)
def test_a_list_of_stock_figures_asks_for_the_whole_stock(question: str) -> None:
    p = parse(question, today=TODAY)
    assert (p.measure, p.stock_part) == (Measure.STOCK, None)


def test_one_stock_figure_is_still_that_figure() -> None:
    assert parse("NB-AP-002 inbound in the US", today=TODAY).stock_part == "inbound"


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("NB-BT-001 units L7 DE", date(2026, 12, 1), TODAY),
        ("units L30 US", date(2026, 11, 8), TODAY),
        ("orders l90", date(2026, 9, 9), TODAY),
        ("units sold LW", date(2026, 11, 30), date(2026, 12, 6)),
        ("revenue LM in Germany", date(2026, 11, 1), date(2026, 11, 30)),
    ],
)
def test_a_sellers_period_shorthand_is_that_period(question: str, start: date, end: date) -> None:
    p = parse(question, today=TODAY)
    assert p.period is not None
    assert (p.period.start, p.period.end) == (start, end)


@pytest.mark.parametrize("question", ["units WoW in the US", "revenue MoM", "orders YoY DE"])
def test_a_period_over_period_shorthand_is_asked_back(question: str) -> None:
    p = parse(question, today=TODAY)
    assert p.period is None
    assert p.time_unclear in ("wow", "mom", "yoy")


def test_a_word_holding_the_shorthand_is_no_period() -> None:
    p = parse("units of the L7-BOX in the US", today=TODAY)
    assert p.period is None or p.period.default


@pytest.mark.parametrize(
    "question",
    [
        "How many orders did Japan take from November 10 through today?",
        "JP orders from Nov 10 to now",
        "日本站11月10号到现在多少单",
        "日本站11月10日至今天多少单",
    ],
)
def test_a_span_through_today_starts_on_its_first_day(question: str) -> None:
    p = parse(question, today=TODAY)
    assert p.period is not None
    assert (p.period.start, p.period.end) == (date(2026, 11, 10), TODAY)


def test_today_alone_is_still_today() -> None:
    p = parse("units sold today", today=TODAY)
    assert p.period is not None
    assert (p.period.start, p.period.end) == (TODAY, TODAY)


@pytest.mark.parametrize("question", ["那个奶泡器得国站还有多少货", "得国站上个月卖了多少"])
def test_a_store_word_naming_no_store_is_asked_back(question: str) -> None:
    p = parse(question, today=TODAY)
    assert p.store_unclear == "得国站"
    assert route(question, today=TODAY)[0] == "clarify"


@pytest.mark.parametrize("question", ["德国站还有多少货", "英国站上个月卖了多少", "各国站点的销量"])
def test_a_known_store_word_is_no_unclear_store(question: str) -> None:
    assert parse(question, today=TODAY).store_unclear is None


@pytest.mark.parametrize(
    "question",
    [
        "Pull up the open orders of the seller acme-home for me",
        "what does merchant shop_42 sell in Germany",
        "show me the stock of seller bestgoods2024",
    ],
)
def test_a_seller_named_by_a_handle_is_another_seller(question: str) -> None:
    assert parse(question, today=TODAY).refusal is Refusal.OTHER_SELLER


@pytest.mark.parametrize(
    "question",
    [
        "what did the seller central dashboard show for units last month",
        "units of NB-AP-001 sold in my store last month",
    ],
)
def test_a_seller_word_without_a_handle_is_no_other_seller(question: str) -> None:
    assert parse(question, today=TODAY).refusal is None


@pytest.mark.parametrize(
    "question",
    [
        "隔壁老王家的店这个月卖了多少",
        "同行小李家的店铺上个月销量",
    ],
)
def test_a_neighbours_shop_named_by_its_owner_is_another_seller(question: str) -> None:
    assert parse(question, today=TODAY).refusal is Refusal.OTHER_SELLER


@pytest.mark.parametrize(
    "question",
    [
        "Any shipments flagged with problems I need to chase today?",
        "which shipments have exceptions right now",
        "现在哪些货件有异常",
    ],
)
def test_open_exceptions_are_not_narrowed_by_today(question: str) -> None:
    p = parse(question, today=TODAY)
    assert (p.measure, p.shipment_focus, p.period) == (Measure.SHIPMENTS, "exceptions", None)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("anything held at customs rn?", "customs_dwell"),
        ("目前有哪几笔出货卡在报关？", "customs_dwell"),
        ("哪几笔出货现在有异常状况要处理？", None),
    ],
)
def test_customs_holds_and_counted_consignments_are_shipments(question: str, kind: str) -> None:
    p = parse(question, today=TODAY)
    assert (p.measure, p.shipment_focus, p.exception_kind) == (
        Measure.SHIPMENTS,
        "exceptions",
        kind,
    )


@pytest.mark.parametrize(
    "question",
    [
        "哪些产品已经断货了？我想尽快补货",
        "which SKUs are out of stock in the UK, I need to restock",
        "where is NB-AP-005 at zero avail, which stores need replen?",
    ],
)
def test_out_of_stock_with_a_restocking_purpose_is_out_of_stock(question: str) -> None:
    assert parse(question, today=TODAY).measure is Measure.OUT_OF_STOCK


def test_restocking_alone_is_still_cover() -> None:
    assert parse("which SKUs need replen in the US", today=TODAY).measure is Measure.DAYS_OF_COVER


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Honestly, is anything losing us money in Japan right now?", Measure.MARGIN),
        ("yesterday how much order i got in usa?", Measure.ORDERS),
        ("WOS on NB-AP-003 at FBA UK?", Measure.DAYS_OF_COVER),
        ("weeks of supply for NB-AP-001 in the US", Measure.DAYS_OF_COVER),
    ],
)
def test_seller_phrasings_of_a_measure(question: str, measure: Measure) -> None:
    assert parse(question, today=TODAY).measure is measure


def test_a_purpose_clause_names_no_figure_asked() -> None:
    p = parse("请问 SHP-2611-UK-AIR 这票货大概哪天能到？我好安排广告", today=TODAY)
    assert (p.measure, p.unsupported) == (Measure.SHIPMENTS, None)


def test_advertising_asked_is_still_not_held() -> None:
    assert parse("上个月广告花了多少", today=TODAY).unsupported == "advertising"


def test_a_restated_calendar_week_is_that_week() -> None:
    p = parse("What was the best seller in Germany last week (Monday to Sunday)?", today=TODAY)
    assert p.period is not None
    assert (p.period.start, p.period.end, p.time_unclear) == (
        date(2026, 11, 30),
        date(2026, 12, 6),
        None,
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which of our listings on Amazon US haven't gone live yet?",
        "not-yet-live SKUs on the UK account",
        "listings in DE that are yet to go live",
    ],
)
def test_listings_not_yet_live(question: str) -> None:
    p = parse(question, today=TODAY)
    assert (p.measure, p.not_live) == (Measure.LISTING_STATUS, True)


@pytest.mark.parametrize(
    ("question", "limit"),
    [
        ("top 3 stores by units last month", 3),
        ("best 2 stores by revenue last month", 2),
        ("which 2 stores sold the most last month", 2),
    ],
)
def test_top_n_stores_counts_stores(question: str, limit: int) -> None:
    p = parse(question, today=TODAY)
    assert (p.by_store, p.rank, p.limit) == (True, Rank.TOP, limit)


def test_a_ranking_of_the_stores_shows_every_store() -> None:
    p = parse("Rank my stores by units sold last month", today=TODAY)
    assert p.limit == 50
    assert parse("which store sold the most last month", today=TODAY).limit is None


def _out(sku: str, store: str, location: str) -> dict[str, object]:
    return {"sku": sku, "store": store, "location": location, "available": 0, "inbound": 5}


def test_one_product_out_of_stock_is_counted_in_warehouses_not_skus() -> None:
    rows = [_out("NB-AP-005", "DE", "FBA-DE"), _out("NB-AP-005", "JP", "FBA-JP")]
    result = Result("out_of_stock", {}, "", rows=rows)
    one = Request(Measure.OUT_OF_STOCK, skus=("NB-AP-005",))
    assert render_out_of_stock(one, result, False).splitlines()[0] == (
        "NB-AP-005 is out of stock in 2 warehouses now (nothing available):"
    )
    assert render_out_of_stock(one, result, True).splitlines()[0] == (
        "NB-AP-005 现在在 2 个仓库断货(可售为 0):"
    )
    every = Request(Measure.OUT_OF_STOCK)
    assert render_out_of_stock(every, result, False).splitlines()[0] == (
        "2 SKUs are out of stock in any store now (nothing available):"
    )


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("目前有哪幾筆出貨卡在報關？", Measure.SHIPMENTS),
        ("哪幾筆出貨現在有異常狀況要處理？", Measure.SHIPMENTS),
        ("美國站上個月有幾張訂單", Measure.ORDERS),
        ("NB-AP-001 日本站庫存還有多少", Measure.STOCK),
    ],
)
def test_traditional_chinese_is_read_as_simplified(question: str, measure: Measure) -> None:
    assert parse(to_simplified(question), today=TODAY).measure is measure


@pytest.mark.parametrize(
    ("question", "start"),
    [("units sold in 2026 to date", date(2026, 1, 1)), ("units sold up to today", TODAY)],
)
def test_through_today_without_a_starting_day_is_left_alone(question: str, start: date) -> None:
    p = parse(question, today=TODAY)
    assert p.period is not None
    assert (p.period.start, p.period.end) == (start, TODAY)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Did I sell more hand blenders in October or in November?", ("month_10", "month_11")),
        ("10月和11月哪个月卖得多", ("month_10", "month_11")),
        ("units in October", ("month_10",)),
        ("units in November last year", ("month_11",)),
        ("去年11月卖了多少", ("month_11",)),
        ("from November 1 through November 30", ()),
        ("October 1 - November 15", ()),
        ("10月1日到11月15日", ()),
        ("may I know my sales in May", ("month_5",)),
        ("NB-AP-002 units this week", ("this_week",)),
    ],
)
def test_two_calendar_months_are_two_periods_and_a_span_between_them_one(
    question: str, kinds: tuple[str, ...]
) -> None:
    assert parse(question, today=TODAY).period_kinds == kinds
