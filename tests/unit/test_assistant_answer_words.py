"""The chat words the engine's codes in the seller's language: a shipment's status and its open
exceptions, a listing's status, with the right number and no trailing `.0` on whole days. Pure."""

from __future__ import annotations

from datetime import date
from typing import Any

from globalsell.assistant import answer_words as words
from globalsell.assistant.answers_render import render
from globalsell.assistant.periods import Period
from globalsell.assistant.question import Measure
from globalsell.assistant.semantic import Request, Result


def _shipment(code: str, status: str, *exceptions: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": code,
        "destination": "FBA-US",
        "status": status,
        "eta": "2030-01-20",
        "eta_earliest": "2030-01-18",
        "eta_latest": "2030-01-23",
        "received": None,
        "exceptions": list(exceptions),
        "late": bool(exceptions),
    }


HELD = {
    "kind": "customs_dwell",
    "message": "6.0 days held in customs",
    "evidence": {"dwell_days": 6.0},
    "delay": True,
}
WAITING = {
    "kind": "late_departure",
    "message": "not departed 1.0 days after the planned departure",
    "evidence": {"days_late": 1.0, "departed_at": None},
    "delay": True,
}


def test_days_drop_a_trailing_zero_and_keep_a_tenth() -> None:
    assert [words.days(v) for v in (6.0, 4.5, 3.04, "2", None)] == ["6", "4.5", "3", "2", ""]


def test_codes_are_words_in_either_language_and_an_unknown_code_is_spelled_out() -> None:
    assert [
        words.shipment_status("customs_hold", False),
        words.shipment_status("customs_hold", True),
        words.exception_kind("late_departure", False),
        words.exception_kind("late_departure", True),
        words.listing_status("validated", False),
        words.listing_status("validated", True),
        words.listing_status("new_state", True),
    ] == [
        "held by customs",
        "海关查验扣留",
        "late departure",
        "延迟出发",
        "checked",
        "已校验",
        "new state",
    ]


def test_an_exception_says_how_long_with_the_right_number() -> None:
    short = {
        "missing_units": 1,
        "lines": [{"sku": "MUG-500", "shipped": 10, "received": 9}],
    }
    assert [
        words.exception("customs_dwell", {"dwell_days": 6.0}, False),
        words.exception("customs_dwell", {"dwell_days": 1.0}, False),
        words.exception("customs_dwell", {"dwell_days": 6.0}, True),
        words.exception("port_dwell", {"dwell_days": 5.5}, True),
        words.exception("short_receipt", short, False),
        words.exception("short_receipt", short, True),
        words.exception("impossible_sequence", {}, False),
    ] == [
        "held in customs for 6 days",
        "held in customs for 1 day",
        "被海关扣留 6 天",
        "在港口停留 5.5 天，尚未清关",
        "1 unit short at the FBA warehouse: MUG-500 9/10",
        "FBA 仓少收 1 件：MUG-500 9/10",
        "tracking events out of order",
    ]


def test_one_shipment_with_an_open_exception_in_english_and_chinese() -> None:
    req = Request(Measure.SHIPMENTS, shipment_focus="exceptions")
    result = Result("shipments", {}, "", rows=[_shipment("SHP-1", "customs_hold", HELD)])
    assert render(req, result, zh=False).splitlines() == [
        "1 shipment has open exceptions:",
        "SHP-1 to FBA-US: held by customs, expected 2030-01-20 (between 2030-01-18 and "
        "2030-01-23); open exception: held in customs for 6 days",
    ]
    assert render(req, result, zh=True).splitlines() == [
        "1 个货件有未处理的异常:",
        "SHP-1 发往 FBA-US，海关查验扣留，预计 2030-01-20 到达 (区间 2030-01-18 至 2030-01-23)"
        "；异常: 被海关扣留 6 天",
    ]


def test_late_shipments_count_in_the_singular_and_the_plural() -> None:
    req = Request(Measure.SHIPMENTS, late=True)
    rows = [
        _shipment("SHP-1", "booked", WAITING),
        _shipment("SHP-2", "customs_hold", HELD, WAITING),
    ]
    result = Result("shipments", {}, "", rows=rows)
    assert render(req, result, zh=False).splitlines() == [
        "2 shipments are running late (open delay exceptions): SHP-1, SHP-2. 2 shipments have "
        "open exceptions in all:",
        "SHP-1 to FBA-US: booked, expected 2030-01-20 (between 2030-01-18 and 2030-01-23); "
        "open exception: not departed 1 day after the planned departure",
        "SHP-2 to FBA-US: held by customs, expected 2030-01-20 (between 2030-01-18 and "
        "2030-01-23); open exceptions: held in customs for 6 days; not departed 1 day after "
        "the planned departure",
    ]


def test_listing_statuses_are_worded() -> None:
    req = Request(Measure.LISTING_STATUS, skus=("MUG-500",))
    rows = [
        {"sku": "MUG-500", "store": "US", "status": "live"},
        {"sku": "MUG-500", "store": "DE", "status": "validated"},
    ]
    result = Result("listing_status", {}, "", rows=rows)
    assert render(req, result, zh=False) == "Listing status of MUG-500: US live; DE checked"
    assert render(req, result, zh=True) == "MUG-500 的listing状态: US 已上架; DE 已校验"


def test_one_unit_in_one_order_is_singular() -> None:
    day = date(2030, 1, 5)
    period = Period(day, day, "that day", "那天")
    req = Request(Measure.UNITS, skus=("MUG-500",), store="US", period=period)
    total = {"units": 1, "orders": 1, "revenue": {"USD": "9.99"}}
    result = Result("units_sold", {}, "", rows=[], total=total)
    assert render(req, result, zh=False) == (
        "MUG-500 sold 1 unit in US over that day (2030-01-05 to 2030-01-05), in 1 order, "
        "revenue 9.99 USD."
    )


def test_a_long_tie_names_a_few_and_counts_the_rest() -> None:
    from globalsell.assistant.vocabulary import Rank

    day = date(2030, 1, 5)
    period = Period(day, day, "that day", "那天")
    req = Request(Measure.UNITS, period=period, rank=Rank.BOTTOM)
    rows = [{"key": f"P-{i:02d}", "units": 0, "orders": 0} for i in range(12)]
    rows.append({"key": "P-99", "units": 4, "orders": 4})
    result = Result("units_sold", {}, "", rows=rows, total={})
    english = render(req, result, zh=False)
    assert english.endswith("P-06 and P-07 and 4 more tied (0 units).")
    assert "P-08" not in english
    assert "P-07 等 12 个 并列 (0 件)" in render(req, result, zh=True)
