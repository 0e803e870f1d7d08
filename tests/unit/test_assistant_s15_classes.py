"""Failure classes found at first sight in session 15: a list of the live listings, the stores
one product is listed in ("which stores is the kettle listed on"), an HS code "not entered"
(没录). Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import date

from globalsell.assistant.answers_render import render
from globalsell.assistant.coverage import leftover
from globalsell.assistant.question import Measure, parse
from globalsell.assistant.semantic import Request, Result

TODAY = date(2026, 12, 7)


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY)


def test_which_listings_are_live_lists_the_live_ones_and_a_count_stays_a_count() -> None:
    p = _p("which listings are live in the US?")
    assert (p.measure, p.store, p.live, p.not_live) == (Measure.LISTING_STATUS, "US", True, False)
    assert leftover(p) is None
    assert _p("美国站哪些listing已经上线了").live is True
    # "not live" is the other list; "how many are live" is the counts per status
    assert (
        _p("which listings are not live yet in JP?").live,
        _p("which listings are not live yet in JP?").not_live,
    ) == (False, True)
    assert _p("how many listings are live in the UK?").live is False
    assert _p("日本站在售的listing有几个").live is False


def test_a_live_list_names_each_listing_with_its_status() -> None:
    req = Request(Measure.LISTING_STATUS, store="US", live=True)
    rows = [
        {"sku": "KT-1", "store": "US", "status": "approved"},
        {"sku": "KT-2", "store": "US", "status": "live"},
    ]
    result = Result("listing_status", {}, "listings", rows)
    assert render(req, result, False) == (
        "2 listings in US are live (approved, submitted or live): KT-1 US approved; KT-2 US live"
    )
    assert render(req, Result("listing_status", {}, "listings", []), True) == (
        "在 US 没有上线的listing。"
    )


def test_which_stores_one_named_product_is_listed_in_is_its_status_per_store() -> None:
    p = _p("Which stores is the kettle listed on?")
    assert leftover(p) is not None  # no product resolved: a list of listings is not answered
    assert leftover(p, product_named=True) is None


def test_an_hs_code_not_entered_is_a_missing_code() -> None:
    assert _p("哪些产品没录HS编码").measure is Measure.HS_MISSING
    assert _p("HS编码还空着的有哪些").measure is Measure.HS_MISSING
    assert _p("which products have no HS code entered?").measure is Measure.HS_MISSING


def test_since_n_days_ago_runs_from_that_day_to_today() -> None:
    for text in ("units sold in the UK since 3 days ago", "3天前以来德国卖了多少件"):
        p = _p(text)
        assert p.period is not None
        assert (p.period.start, p.period.end) == (date(2026, 12, 4), TODAY)
    p = _p("units sold 3 days ago in the UK")  # that one day
    assert p.period is not None
    assert (p.period.start, p.period.end) == (date(2026, 12, 4), date(2026, 12, 4))
