"""A seller on Amazon.de writing English with German business words and German dates (ADR 0201):
`script.german_as_english` reads the words as whole words only, and `period_ranges.dotted_day`
reads "01.12.2026", "27.11." and spans of them, and the month.day span "11.28-11.30" of a
Chinese keyword query, never a decimal or a price. Pinned to Monday 2026-12-07."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.period_ranges import dotted_day
from globalsell.assistant.periods import find_period
from globalsell.assistant.question import Measure, Rank, parse
from globalsell.assistant.script import german_as_english

TODAY = date(2026, 12, 7)


def _span(text: str, today: date = TODAY) -> tuple[date, date] | None:
    p = parse(text, today=today)
    return None if p.period is None else (p.period.start, p.period.end)


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("how much Umsatz", "how much revenue"),
        ("UMSÄTZE und Umsaetze", "revenue und revenue"),
        ("die Bestellungen, eine Bestellung, Aufträge", "die orders, eine orders, orders"),
        ("Lager, Lagerbestand, Bestände", "stock, stock, stock"),
        ("3 Stück, 4 Stk.", "3 units, 4 units."),
        ("über alle Marktplätze, der Marktplatz", "über alle marketplaces, der marketplace"),
        ("Top 3 Artikel", "Top 3 products"),
        ("Einkaufspreis, EK-Preis, EK", "unit cost, unit cost, unit cost"),
        ("Verkaufspreis, VK-Preis, VK", "price, price, price"),
        ("freight and Zoll", "freight and customs duty"),
        ("die Zolltarifnummer", "die HS code"),
        ("Sendung, Lieferungen", "shipment, shipments"),
        ("Marge, Gewinn, Verlust", "margin, profit, loss"),
        ("Reichweite", "days of cover"),
        ("ausverkauft, unterwegs, verspätete", "out of stock, in transit, late"),
        ("gestern, heute, seit", "yesterday, today, since"),
        ("letzte Woche", "last week"),
        ("diesen Monat", "this month"),
        ("letzten Monat", "last month"),
        ("in den letzten 14 Tagen", "in den last 14 days"),
        ("vom 27.11. bis 30.11.", "from 27.11. until 30.11."),
    ],
)
def test_german_words_read_as_their_english_words(german: str, english: str) -> None:
    assert german_as_english(german) == english


@pytest.mark.parametrize(
    "text",
    [
        "Küchenwaage",  # a compound not listed: a product noun, left as written
        "FBA-Lager",  # a hyphenated compound is one word
        "NB-EK-001",  # "EK" inside a SKU
        "Gewinner",  # "Gewinn" inside another word
        "Bisher",  # "bis" inside another word
        "the battery dies",  # "dies-" is "this" only with its ending
        "we are stuck",  # "Stück" only with its umlaut or "ue"
        "料理棒 11.28-11.30 美国 vs 德国 销量",  # no Latin text to read
    ],
)
def test_no_german_word_is_read_inside_another_word(text: str) -> None:
    assert german_as_english(text) == text


def test_german_as_english_is_idempotent() -> None:
    once = german_as_english("Umsatz und Bestellungen seit gestern, Lager in Stück")
    assert once == "revenue und orders since yesterday, stock in units"
    assert german_as_english(once) == once


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("since 01.12.2026", (date(2026, 12, 1), TODAY)),
        ("seit dem 01.12.", (date(2026, 12, 1), TODAY)),
        ("on 1.12.2026", (date(2026, 12, 1), date(2026, 12, 1))),
        ("am 01.12.", (date(2026, 12, 1), date(2026, 12, 1))),
        ("orders 27.11. please", (date(2026, 11, 27), date(2026, 11, 27))),
        ("from 27.11. until 30.11.", (date(2026, 11, 27), date(2026, 11, 30))),
        ("27.11. bis 30.11.", (date(2026, 11, 27), date(2026, 11, 30))),
        ("27.11.-30.11.", (date(2026, 11, 27), date(2026, 11, 30))),
        ("between 01.11. and 15.11.", (date(2026, 11, 1), date(2026, 11, 15))),
        ("27.11. until 3.12.", (date(2026, 11, 27), date(2026, 12, 3))),
        ("01.12.2025 to 31.12.2025", (date(2025, 12, 1), date(2025, 12, 31))),
        ("30.11.2025 to 02.01.2026", (date(2025, 11, 30), date(2026, 1, 2))),
        ("28.12. until 2.1.", (date(2025, 12, 28), date(2026, 1, 2))),
        ("11.28-11.30", (date(2026, 11, 28), date(2026, 11, 30))),
        ("11.28~11.30", (date(2026, 11, 28), date(2026, 11, 30))),
        ("27.11-30.11", (date(2026, 11, 27), date(2026, 11, 30))),
    ],
)
def test_dotted_days(text: str, span: tuple[date, date]) -> None:
    p = dotted_day(text, TODAY)
    assert p is not None
    assert (p.start, p.end) == span


@pytest.mark.parametrize(
    "text",
    [
        "the 1.7 L kettle",
        "price 8.99",
        "it costs 1.10.",  # a trailing dot that ends the text may end a sentence
        "orders 27.11.",
        "between 5.20 and 10.15",
        "from 1.5 to 2.5",
        "1.5-2.5",
        "10.15-10.25 EUR",
        "$10.15-10.25",
        "13.5-14.5 cm",
        "since 1.12",  # day.month or month.day: reads both ways
        "on 31.11.",  # no such day
        "since 24.12.2026",  # not come yet
    ],
)
def test_decimals_prices_and_sizes_are_no_days(text: str) -> None:
    assert dotted_day(text, TODAY) is None


def test_a_dotted_day_without_a_year_is_the_latest_not_after_today() -> None:
    p = dotted_day("from 27.11. until 30.11.", date(2026, 11, 25))
    assert p is not None
    assert (p.start, p.end) == (date(2025, 11, 27), date(2025, 11, 30))
    assert p.label_en == "2025-11-27 to 2025-11-30"


def test_two_dotted_days_that_make_no_span_are_asked_back() -> None:
    assert find_period("orders on 5.12. and 6.12.", TODAY) is None
    p = parse("revenue on 01.12.2026 and 05.12.2026", today=TODAY)
    assert p.period is None
    assert p.time_unclear == "01.12.2026"


def test_a_year_written_with_its_day_is_that_day_not_the_year() -> None:
    p = parse(
        "Can you tell me how much Umsatz we on Amazon.de since 01.12.2026 made have?", today=TODAY
    )
    assert p.measure is Measure.REVENUE
    assert p.store == "DE"
    assert p.period is not None
    assert (p.period.start, p.period.end) == (date(2026, 12, 1), TODAY)
    assert p.period.label_en == "since 2026-12-01 (2026-12-01 to 2026-12-07)"


def test_german_sellers_questions_parse() -> None:
    p = parse(
        "Please the Bestellungen for UK from 27.11. until 30.11., only the number", today=TODAY
    )
    assert (p.measure, p.store) == (Measure.ORDERS, "UK")
    assert _span("Please the Bestellungen for UK from 27.11. until 30.11.") == (
        date(2026, 11, 27),
        date(2026, 11, 30),
    )
    assert parse("How is the Lager in FBA UK? on hand and reserved", today=TODAY).measure is (
        Measure.STOCK
    )
    p = parse(
        "Give me please the Top 3 Artikel over all Marktplätze for the last 60 days", today=TODAY
    )
    assert (p.measure, p.rank, p.limit) == (Measure.UNITS, Rank.TOP, 3)
    assert parse("What is the Einkaufspreis of NB-BT-001?", today=TODAY).measure is (
        Measure.UNIT_COST
    )
    assert parse("What is the VK of NB-BT-001 in DE?", today=TODAY).measure is Measure.PRICE
    assert parse(
        "The landed cost for NB-AP-001 to DE, with freight and Zoll?", today=TODAY
    ).measure is (Measure.LANDED_COST)
    assert parse(
        "When comes the Sendung SHP-2611-DE-OC in the warehouse an?", today=TODAY
    ).measure is (Measure.SHIPMENTS)
    assert parse(
        "How many Bestellungen in DE are still open, so not shipped yet?", today=TODAY
    ).measure is (Measure.OPEN_ORDERS)
    assert parse("Welche Artikel sind in DE ausverkauft?", today=TODAY).measure is (
        Measure.OUT_OF_STOCK
    )
    assert _span("Umsatz gestern in DE") == (date(2026, 12, 6), date(2026, 12, 6))
    assert _span("Bestellungen letzte Woche in UK") == (date(2026, 11, 30), date(2026, 12, 6))
    assert _span("Umsatz diesen Monat") == (date(2026, 12, 1), TODAY)
    assert _span("Umsatz letzten Monat") == (date(2026, 11, 1), date(2026, 11, 30))


def test_how_many_days_the_stock_gets_a_product_through_is_its_cover() -> None:
    p = parse(
        "With the actual Lager, how many days comes NB-AP-003 in UK still through?", today=TODAY
    )
    assert p.measure is Measure.DAYS_OF_COVER
    p = parse("how many more days do we get through with the NB-AP-001 stock in DE", today=TODAY)
    assert p.measure is Measure.DAYS_OF_COVER
    p = parse("how many days did SHP-2611-DE-OC take to get through customs", today=TODAY)
    assert p.measure is Measure.SHIPMENTS


def test_a_chinese_month_day_span_is_read() -> None:
    p = parse("料理棒 11.28-11.30 美国 vs 德国 销量", today=TODAY)
    assert p.measure is Measure.UNITS
    assert p.stores == ("US", "DE")
    assert _span("料理棒 11.28-11.30 美国 vs 德国 销量") == (date(2026, 11, 28), date(2026, 11, 30))


def test_sizes_and_prices_still_parse_as_before() -> None:
    assert _span("how many 1.7 L kettles did we sell last week") == (
        date(2026, 11, 30),
        date(2026, 12, 6),
    )
    assert parse("is the price of NB-AP-001 in US 8.99 or more?", today=TODAY).period is None
    assert parse("which products sell for under 8.99 USD", today=TODAY).period is None
