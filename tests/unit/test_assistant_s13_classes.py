"""The failure classes of ADR 0196, seen at first sight on freshAA-AC: a quarter written
"上一季度" / "上一季", money words of a boss (进货成本, 进账, 到手价), figures not held (payouts,
keyword rankings), "customer orders", an inbox question that names approving, a delay "against
plan", lower-case "us" among keywords, a number with a unit, dictated fillers, a product called
by a feature word. Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import date

from globalsell.assistant.names import Named, one_by_a_feature
from globalsell.assistant.question import Measure, Rank, Refusal, normalise, parse
from globalsell.assistant.restate import LEAD_SENTENCE

TODAY = date(2026, 12, 7)


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY)


def test_the_last_quarter_in_chinese_is_never_the_first() -> None:
    for text in ("电热水壶在德国站上一季度的销量", "请问电热水壶在德国站上一季的销量是多少？"):
        p = _p(text)
        assert (p.period.start, p.period.end) == (date(2026, 7, 1), date(2026, 9, 30))
    first = _p("电热水壶在德国站第一季度的销量").period
    assert (first.start, first.end) == (date(2026, 1, 1), date(2026, 3, 31))
    this = _p("这一季美国站卖了多少").period
    assert (this.start, this.end) == (date(2026, 10, 1), TODAY)


def test_a_bosss_money_words() -> None:
    assert _p("电热水壶进货成本多少钱一个？").measure is Measure.UNIT_COST
    assert _p("kettle we buy from factory, cost how much one piece?").measure is Measure.UNIT_COST
    assert _p("黑五到现在，美国站的水壶一共进账多少钱？").measure is Measure.REVENUE
    assert _p("上个季度英国站总共收了多少钱？").measure is Measure.REVENUE
    assert _p("日本站小风扇现在买家到手价多少钱？").measure is Measure.PRICE
    assert _p("What is the current listed selling price of the fan on Amazon Japan?").measure is (
        Measure.PRICE
    )
    assert _p("How many bath mats have we flogged in the States?").measure is Measure.UNITS


def test_figures_not_held() -> None:
    assert (
        _p("亚马逊账户里现在能提现的余额还有多少？").unsupported == "payouts and account balances"
    )
    assert _p("请提供亚马逊上个月的回款金额及预计到账日期。").unsupported == (
        "payouts and account balances"
    )
    assert _p("风扇在美国站的关键词排名现在第几").unsupported == "sales rank"


def test_words_that_only_look_like_another_question() -> None:
    p = _p("As at today, how many customer orders remain unshipped across all stores?")
    assert (p.measure, p.unsupported) == (Measure.OPEN_ORDERS, None)
    p = _p("How many proposals are currently waiting for someone to approve or reject them?")
    assert (p.measure, p.refusal) == (Measure.PROPOSALS, None)
    assert _p("approve proposal 12").refusal is Refusal.WRITE
    assert _p("frother ordrs us last wk").store == "US"
    assert _p("did they send us last week the report").store is None
    assert _p("the one with the 2000 mAh battery, stock?").period is None


def test_dictated_fillers_and_as_of_now_are_dropped() -> None:
    assert normalise("然后那个日本站这个礼拜出了多少单") == "日本站这个礼拜出了多少单"
    assert normalise("截至目前，11月1日以来日本站合计有多少个订单？") == (
        "11月1日以来日本站合计有多少个订单?"
    )
    assert _p("那个卖了多少").pointer == "那个"
    assert _p("这个月美国站卖了多少").pointer is None


def test_a_greeting_sentence_before_the_question() -> None:
    m = LEAD_SENTENCE.match("Hi, I'm new here and still finding my way around. How many products?")
    assert m is not None
    assert m.group(0) == "Hi, I'm new here and still finding my way around. "
    assert LEAD_SENTENCE.match("How many products? I'm new here.") is None


ITEMS = [
    Named("F-1", "USB充电迷你手持风扇", ("Mini Handheld Fan, USB Rechargeable",), ("F-1",)),
    Named("C-1", "USB-C快充数据线", ("USB-C Cable, Braided",), ("C-1",)),
    Named("L-1", "LED护眼台灯", ("LED Desk Lamp, USB Charging Port",), ("L-1",)),
    Named("K-1", "电热水壶", ("Electric Kettle 1.7 L",), ("K-1",)),
]


def test_a_product_called_by_a_feature_word() -> None:
    assert [n.sku for n in one_by_a_feature(ITEMS, "USB那款美国站近7天卖了几个")] == [
        "F-1",
        "C-1",
        "L-1",
    ]
    assert [n.sku for n in one_by_a_feature(ITEMS, "how many of the LED one")] == ["L-1"]
    assert one_by_a_feature(ITEMS, "the kettle one") == []  # what it is, not a feature
    assert one_by_a_feature(ITEMS, "usb cable stock") == []  # no "one" called by it


def test_a_chinese_name_said_another_way() -> None:
    from globalsell.assistant.names import match_products

    found, _ = match_products(ITEMS, "日本站的手持小电扇现在售价多少")
    assert [n.sku for n in found] == ["F-1"]
    found, _ = match_products(ITEMS, "烧水壶卖了多少")
    assert [n.sku for n in found] == ["K-1"]


def test_cantonese_time_and_count_words() -> None:
    from globalsell.assistant.script import cantonese_as_mandarin, to_simplified

    def read(text: str) -> str:
        return cantonese_as_mandarin(to_simplified(text))

    assert read("黑五到而家，邊個站賣得最多？") == "黑五到现在，哪个站卖得最多？"
    assert read("我哋而家有幾多張單未出貨？") == "我们现在有多少单未出货？"
    assert read("日本站黑五嗰日有幾多張單？") == "日本站黑五那天有多少单？"
    assert read("打奶器全部倉加埋總共有幾多貨？喺路上嗰啲都計埋") == (
        "打奶器全部仓加起来总共有多少货？在路上那些都算上"
    )


def test_a_part_counted_in_is_every_part() -> None:
    p = _p("奶泡器所有仓加起来还剩多少，在路上的也算上")
    assert (p.measure, p.stock_part) == (Measure.STOCK, None)
    assert _p("奶泡器在途多少").stock_part == "inbound"


def test_words_of_other_englishes_and_of_a_boss() -> None:
    p = _p("Can you make me a comparison for the scale in November: how much pieces in Germany?")
    assert p.measure is Measure.UNITS
    assert _p("how much did we make in the US last month").measure is Measure.REVENUE
    assert _p("奶泡器进价多少钱一个？").measure is Measure.UNIT_COST
    assert _p("电热水壶单价").measure is Measure.PRICE
    assert _p("电热水壶的海关编码和采购单价分别是多少？").joined == (
        Measure.HS_CODE,
        Measure.UNIT_COST,
    )
    assert _p("How many listings does our Australian store have?").store == "AU"
    assert _p("@小李 热水壶德仓在途多少").store == "DE"
    assert _p("帮我把泡泡机的listing直接提交上架吧").refusal is Refusal.WRITE
    assert _p("逗猫棒的海关编码是不是有个待批的修改？改成什么").refusal is None


def test_what_the_seller_works_out_is_not_asked() -> None:
    assert normalise("水壶美国站这个月卖了多少件，上个月卖了多少件？我算下环比") == (
        "水壶美国站这个月卖了多少件,上个月卖了多少件?"
    )
    assert normalise("US units last month and all stores? I will work out the share myself.") == (
        "US units last month and all stores?"
    )
    assert _p("美国站销售额环比增长了多少").unsupported == "averages, shares and growth"


def test_two_chinese_clauses_at_a_comma() -> None:
    from globalsell.assistant.compound import clauses

    assert clauses("上个月美国站卖了多少件，所有站加起来多少件？要算美国站的占比") == [
        "上个月美国站卖了多少件",
        "所有站加起来多少件？",
    ]
    assert clauses("德国站上个月防滑垫卖了几件") == []


def test_a_ranking_a_line_up_a_mark_and_a_pace() -> None:
    p = _p("What's the #1 product in Japan YTD?")
    assert (p.measure, p.rank, p.store) == (Measure.UNITS, Rank.TOP, "JP")
    p = _p("Line up UK, DE and JP on the handheld fan for the past 90 days.")
    assert (p.measure, p.stores) == (Measure.UNITS, ("UK", "DE", "JP"))
    assert _p("Is our landed cost on the kettle in the US under $10?").unsupported is None
    assert _p("how many orders over $50 last month").unsupported == "figures filtered by an amount"
    cover = _p("At the current sell-through, how many days of cover on the fan at FBA UK?")
    assert (cover.measure, cover.unsupported) == (Measure.DAYS_OF_COVER, None)
    assert _p("what is the sell-through rate of the fan").unsupported == "sell-through rate"


def test_goods_held_at_customs_in_cantonese() -> None:
    from globalsell.assistant.script import cantonese_as_mandarin, to_simplified

    p = _p(cantonese_as_mandarin(to_simplified("我哋有冇貨而家喺海關 hold 住咗")))
    assert (p.measure, p.shipment_focus) == (Measure.SHIPMENTS, "exceptions")
