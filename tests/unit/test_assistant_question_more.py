"""Parser cues of the fifth pass: 'earn'/'make' over a period is revenue, a named currency,
store aliases, transport modes, inbound stock 'on the water'."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.question import Measure, parse

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("how much did the yoga mat earn in november", Measure.REVENUE),
        ("how much did i make yesterday", Measure.REVENUE),
        ("What did the bath mat bring in on Amazon.com last month?", Measure.REVENUE),
        ("how much do I earn per unit on the kettle", Measure.MARGIN),
        ("is anything selling below cost in JP?", Measure.MARGIN),
        ("how many units are on the water to germany", Measure.STOCK),
        ("how many change requests are waiting for me to review", Measure.PROPOSALS),
        ("迷你风扇日本站多少钱一个", Measure.PRICE),
        ("kettle stock-out date in the US", Measure.STOCKOUT),
        ("电子秤在德国还能撑几天", Measure.DAYS_OF_COVER),
    ],
)
def test_measure_cues(text: str, measure: Measure) -> None:
    assert parse(text, today=SUNDAY).measure is measure


def test_a_total_in_a_named_currency() -> None:
    assert parse("revenue in usd last 7 days", today=SUNDAY).currency == "USD"
    assert parse("What's my revenue in euros this year?", today=SUNDAY).currency == "EUR"
    assert parse("上个月用日元算的销售额", today=SUNDAY).currency == "JPY"
    assert parse("price 30 USD for the kettle sales", today=SUNDAY).currency is None


@pytest.mark.parametrize(
    ("text", "store"), [("日亚上个月卖了多少", "JP"), ("德亚 最近7天 订单数", "DE")]
)
def test_store_aliases(text: str, store: str) -> None:
    assert parse(text, today=SUNDAY).store == store


def test_transport_mode_narrows_shipments() -> None:
    assert parse("ETA of the ocean shipment to Germany", today=SUNDAY).shipment_mode == "ocean"
    assert parse("空运的货件什么时候到", today=SUNDAY).shipment_mode == "air"
    assert parse("when will my shipments arrive", today=SUNDAY).shipment_mode is None


def test_a_price_it_is_listed_at_is_the_price_not_the_listing() -> None:
    assert parse("what price is the lamp listed at on amazon.de", today=SUNDAY).measure is (
        Measure.PRICE
    )
    assert parse("is the lamp listed in germany", today=SUNDAY).measure is Measure.LISTING_STATUS


def test_moving_units_and_losing_per_unit() -> None:
    assert parse("how many lamps did we move in march", today=SUNDAY).measure is Measure.UNITS
    assert parse("台灯在德国每件亏多少", today=SUNDAY).measure is Measure.MARGIN


def test_a_seller_named_in_quotes_is_another_seller() -> None:
    from globalsell.assistant.question import Refusal

    assert parse('stock of the seller "Acme Goods"', today=SUNDAY).refusal is Refusal.OTHER_SELLER
    assert parse("sales for the merchant called Zenith", today=SUNDAY).refusal is (
        Refusal.OTHER_SELLER
    )
    assert parse("who is my best seller in the US", today=SUNDAY).refusal is None


def test_a_bare_name_store_and_period_asks_for_sales() -> None:
    terse = parse("lamp JP 14d", today=SUNDAY)
    assert terse.measure is Measure.UNITS
    assert (terse.period.start, terse.period.end) == (date(2026, 11, 23), SUNDAY)
    assert parse("台灯 日本 上周", today=SUNDAY).measure is Measure.UNITS
    assert parse("lamp JP", today=SUNDAY).measure is None  # no period: asked back
    assert parse("how is the lamp in JP 14d", today=SUNDAY).measure is None  # a question
    assert parse("tell me about JP last week", today=SUNDAY).measure is None  # an overview
    assert parse("last week", today=SUNDAY).measure is None  # neither product nor store
