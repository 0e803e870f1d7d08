"""ADR 0138 in the assistant's pricing finding: a quote with a landed-cost line unknown (counted
as 0) is said incomplete, in the stored English and in the message the chat and the dashboard
word, never presented as a full figure."""

from __future__ import annotations

from decimal import Decimal

from globalsell.assistant import market
from globalsell.assistant.message_words import zh
from tests.unit.test_assistant_operations import T, price, snap


def test_a_loss_on_an_incomplete_quote_says_so() -> None:
    losing = price(
        margin=Decimal("-120"), margin_rate=Decimal("-0.07"), unknown=("freight", "duty")
    )
    [f] = market.PriceCheck().detect(snap(prices=(losing,)), T)
    assert f.reason == (
        "NB-KT-001 in JP at ¥1,980 loses ¥120 a unit with today's cost, fees and exchange rate; "
        "at ¥2,180 it meets the target margin. The quote is incomplete: freight and duty unknown, "
        "counted as 0, so the true margin is lower."
    )
    assert f.message is not None
    assert zh(f.message.to_json()) == (
        "按今天的成本、费用和汇率，NB-KT-001 在 JP 售价 JP¥1,980，每件亏损 JP¥120。"
        "定价 JP¥2,180 可达到目标毛利率。报价不完整：运费、关税未知，按 0 计算，实际毛利更低。"
    )


def test_a_complete_quote_has_no_note() -> None:
    losing = price(margin=Decimal("-120"), margin_rate=Decimal("-0.07"))
    [f] = market.PriceCheck().detect(snap(prices=(losing,)), T)
    assert "incomplete" not in f.reason
    assert f.message is not None
    assert "不完整" not in (zh(f.message.to_json()) or "")


def test_an_uncompetitive_price_on_an_incomplete_quote_says_so() -> None:
    high = price(competitor_low=Decimal("1000"), unknown=("duty",))
    [f] = market.PriceCheck().detect(snap(prices=(high,)), T)
    assert f.reason.endswith(
        "The quote is incomplete: duty unknown, counted as 0, so the true margin is lower."
    )


def test_the_margin_tool_reply_says_incomplete_in_both_languages() -> None:
    from globalsell.assistant.chat_render import render

    data = {
        "sku": "NB-KT-001",
        "store": "DE",
        "basis": "saved quote",
        "price": "23.99 EUR",
        "margin": "5.44 EUR",
        "margin_rate_percent": "27.0",
        "complete": False,
        "unknown": ["duty"],
    }
    assert render("margin", data, False) == (
        "NB-KT-001 in DE: price 23.99 EUR, margin 5.44 EUR a unit (27.0%, at the saved quote, "
        "after fees and exchange rate); incomplete: duty unknown (counted as 0), so the true "
        "margin is lower."
    )
    assert render("margin", data, True) == (
        "NB-KT-001 在 DE 的售价 23.99 EUR，每件毛利 5.44 EUR (27.0%，按最近报价计算，"
        "已扣除费用和汇率)；不完整：关税未知(按 0 计)，实际毛利更低。"
    )
