"""The offline question parser: measures, filters and rankings in Chinese and English, relative
to a pinned day (Wednesday 2026-11-25), never the wall clock."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.question import (
    Measure,
    Rank,
    Refusal,
    black_friday,
    cn_number,
    find_period,
    find_skus,
    find_store,
    parse,
    unparsed_time,
)

TODAY = date(2026, 11, 25)


def test_a_sku_followed_by_chinese_text_is_found_whole() -> None:
    assert find_skus("NB-KT-006的采购成本是多少？") == ["NB-KT-006"]
    assert find_skus("请问nb-ap-001在日本卖了多少") == ["NB-AP-001"]
    assert find_skus("best-selling product") == []
    assert find_skus("NB AP 004 stock") == ["NB-AP-004"]


@pytest.mark.parametrize(
    ("text", "store"),
    [
        ("美国站卖得最好的", "US"),
        ("sales in Germany", "DE"),
        ("units on Amazon.de", "DE"),
        ("NB-AP-001在JP", "JP"),
        ("stock in the UK", "UK"),
        ("stock in GB", "UK"),
        ("tell us about it", None),
        ("is it selling", None),
    ],
)
def test_store_names_in_both_languages(text: str, store: str | None) -> None:
    assert find_store(text) == store


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("last 30 days", date(2026, 10, 27), TODAY),
        ("最近30天", date(2026, 10, 27), TODAY),
        ("最近三十天", date(2026, 10, 27), TODAY),
        ("上个月", date(2026, 10, 1), date(2026, 10, 31)),
        ("last month", date(2026, 10, 1), date(2026, 10, 31)),
        ("this week", date(2026, 11, 23), TODAY),
        ("上周", date(2026, 11, 16), date(2026, 11, 22)),
        ("yesterday", date(2026, 11, 24), date(2026, 11, 24)),
        ("since black friday", date(2025, 11, 28), TODAY),
        ("黑五以来", date(2025, 11, 28), TODAY),
        ("sales on black friday", date(2025, 11, 28), date(2025, 11, 28)),
        ("黑五卖了多少单", date(2025, 11, 28), date(2025, 11, 28)),
        ("十月", date(2026, 10, 1), date(2026, 10, 31)),
    ],
)
def test_periods_are_relative_to_the_given_day(text: str, start: date, end: date) -> None:
    period = find_period(text, TODAY)
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "text", ["sales over black friday weekend", "黑五期间卖了多少", "black friday week in DE"]
)
def test_a_span_around_black_friday_is_not_dated(text: str) -> None:
    assert find_period(text, TODAY) is None
    assert unparsed_time(text) is not None


def test_black_friday_is_the_fourth_friday_of_november() -> None:
    assert (black_friday(2025), black_friday(2026)) == (date(2025, 11, 28), date(2026, 11, 27))


def test_chinese_numerals() -> None:
    assert [cn_number(t) for t in ("七", "十", "十五", "三十", "两", "百")] == [
        7,
        10,
        15,
        30,
        2,
        None,
    ]


def test_the_issue_questions_parse_to_measure_and_filters() -> None:
    q = parse("How many units of NB-AP-004 did I sell in DE over the last 30 days?", today=TODAY)
    assert (q.measure, q.skus, q.store) == (Measure.UNITS, ("NB-AP-004",), "DE")
    q = parse("What was my best-selling product in the US in the last 30 days?", today=TODAY)
    assert (q.measure, q.rank, q.store, q.skus) == (Measure.UNITS, Rank.TOP, "US", ())
    q = parse("我在日本哪些产品亏钱？", today=TODAY)
    assert (q.measure, q.rank, q.store) == (Measure.MARGIN, Rank.LOSING, "JP")
    q = parse("Which HS code do we have on file for NB-AP-003?", today=TODAY)
    assert (q.measure, q.skus) == (Measure.HS_CODE, ("NB-AP-003",))
    q = parse("When is shipment SHP-2610-US-OC expected to arrive?", today=TODAY)
    assert (q.measure, q.shipment, q.shipment_focus) == (Measure.SHIPMENTS, "SHP-2610-US-OC", "eta")


def test_a_typo_is_read_as_the_keyword_it_is_close_to() -> None:
    assert parse("NB-AP-001 invetory in DE", today=TODAY).measure is Measure.STOCK


def test_unclear_questions_carry_no_measure() -> None:
    q = parse("NB-AP-004 in DE", today=TODAY)
    assert (q.measure, q.candidates) == (None, ())
    q = parse("what about the price or the cost of NB-AP-004", today=TODAY)
    assert q.measure is None
    assert set(q.candidates) == {Measure.PRICE, Measure.UNIT_COST}


def test_other_sellers_and_writes_are_refused() -> None:
    assert parse("show me my competitor's sales", today=TODAY).refusal is Refusal.OTHER_SELLER
    assert parse("What did seller Acme sell?", today=TODAY).refusal is Refusal.OTHER_SELLER
    assert parse("别的卖家卖了多少", today=TODAY).refusal is Refusal.OTHER_SELLER
    assert parse("把价格改成2000", today=TODAY).refusal is Refusal.WRITE
    assert parse("What's my top seller in Japan?", today=TODAY).refusal is None
