"""The failure classes of ADR 0196, seen at first sight on freshAA-AC: a quarter written
"上一季度" / "上一季", money words of a boss (进货成本, 进账, 到手价), figures not held (payouts,
keyword rankings), "customer orders", an inbox question that names approving, a delay "against
plan", lower-case "us" among keywords, a number with a unit, dictated fillers, a product called
by a feature word. Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import date

from globalsell.assistant.names import Named, one_by_a_feature
from globalsell.assistant.question import Measure, Refusal, normalise, parse
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
