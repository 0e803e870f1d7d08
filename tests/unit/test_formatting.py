"""The one formatting helper: money with symbols and minor units per locale, numbers, percents,
times in the seller's zone, default zones from the seller's country."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from globalsell.core import formatting
from globalsell.core.formatting import Display

EN = Display("en", "Asia/Shanghai", "CNY")
ZH = Display("zh_CN", "Asia/Shanghai", "CNY")


@pytest.mark.parametrize(
    ("amount", "currency", "english", "chinese"),
    [
        ("3781.50", "CNY", "CN¥3,781.50", "¥3,781.50"),
        ("17.99", "EUR", "€17.99", "€17.99"),
        ("1500", "JPY", "¥1,500", "JP¥1,500"),
        ("12.345", "KWD", "KWD12.345", "KWD12.345"),
        ("0.000123", "CNY", "CN¥0.000123", "¥0.000123"),
        ("1580.000000", "JPY", "¥1,580", "JP¥1,580"),
    ],
)
def test_money_has_symbol_separators_and_minor_units(
    amount: str, currency: str, english: str, chinese: str
) -> None:
    assert formatting.money(Decimal(amount), currency, EN).replace("\xa0", " ") == english
    assert formatting.money(Decimal(amount), currency, ZH).replace("\xa0", " ") == chinese


def test_missing_values_are_a_dash() -> None:
    assert formatting.money(None, "CNY", EN) == "—"
    assert formatting.number(None, EN) == "—"
    assert formatting.when(None, ZH) == "—"


def test_numbers_drop_storage_padding_and_group_thousands() -> None:
    assert formatting.number(Decimal("12345.000000"), EN) == "12,345"
    assert formatting.number(Decimal("0.870"), EN) == "0.87"
    assert formatting.number(Decimal("2.5"), ZH, digits=0) == "2"
    assert formatting.number(1234.567, ZH, digits=1) == "1,234.6"
    assert formatting.percent(Decimal("0.2532"), EN) == "25.3%"
    assert formatting.signed_percent(Decimal("-0.03"), ZH) == "-3.0%"
    assert formatting.signed_percent(Decimal("0.125"), EN) == "+12.5%"
    assert formatting.signed_percent(None, EN) == "—"


def test_times_are_shown_in_the_sellers_zone() -> None:
    late_utc = datetime(2026, 12, 5, 20, 30, tzinfo=UTC)  # 04:30 next day in Shanghai
    assert formatting.when(late_utc, EN) == "Dec 6, 2026, 04:30"
    assert formatting.when(late_utc, ZH) == "2026年12月6日 04:30"
    assert formatting.day(late_utc, ZH) == "2026年12月6日"
    assert formatting.short_day(date(2026, 12, 6), EN) == "Dec 6"
    assert formatting.when(late_utc, Display("en", "UTC")) == "Dec 5, 2026, 20:30"
    assert formatting.zone_label(ZH, late_utc) == "Asia/Shanghai (UTC+08:00)"


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("CN", "Asia/Shanghai"),
        ("cn", "Asia/Shanghai"),
        ("DE", "Europe/Berlin"),
        ("GB", "Europe/London"),
        ("UK", "Europe/London"),
        ("JP", "Asia/Tokyo"),
        ("US", "America/New_York"),
        ("XX", "UTC"),
        (None, "UTC"),
    ],
)
def test_a_sellers_default_zone_comes_from_its_country(country: str | None, zone: str) -> None:
    assert formatting.timezone_for_country(country) == zone


def test_an_unknown_zone_name_falls_back_to_utc() -> None:
    assert formatting.zone("Mars/Olympus") is formatting.UTC
    assert formatting.zone("") is formatting.UTC
