"""Classes of confident wrong answer found by the freshQ block (ADR 0172): another seller named
as the one who sold, figures the business does not hold (taxes, payroll, rent), lower-case "us"
in seller shorthand as the US store (never the pronoun), two Chinese figures each asked with
its own 多少, and Cantonese 仲有/仲剩 (still have/left) as stock. Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.question import Measure, Refusal, parse
from globalsell.assistant.question_entities import find_store
from globalsell.assistant.script import cantonese_as_mandarin, to_simplified

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        "how many units did anker sell on amazon us l30d",
        "How many units has Acme sold in Germany this month?",
        "what does ugreen sell best",
    ],
)
def test_another_seller_as_the_one_who_sold_is_refused(question: str) -> None:
    assert parse(question, today=TODAY).refusal is Refusal.OTHER_SELLER


@pytest.mark.parametrize(
    "question",
    [
        "how many units did we sell on amazon us l30d",
        "how many units did I sell last week",
        "how many did NB-AP-002 sell last week",
        "how many did the kettle sell in November",
        "how many units did germany sell last month",
        "how many did DE sell",
        "Which products did not sell at all in Japan last week?",
        "which SKUs have never sold in the UK",
    ],
)
def test_the_seller_or_its_product_or_store_selling_is_not_another_seller(
    question: str,
) -> None:
    assert parse(question, today=TODAY).refusal is None


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("What is our corporate income tax liability for this year?", "taxes"),
        ("how much payroll did we run last month", "taxes"),
        ("what's our rent this year", "taxes"),
        ("我们今年要交多少所得税", "taxes"),
        ("上个月员工工资一共多少", "taxes"),
    ],
)
def test_taxes_payroll_and_rent_are_named_as_not_held(question: str, label: str) -> None:
    p = parse(question, today=TODAY)
    assert p.unsupported == "taxes, payroll, rent and overheads"
    assert label in (p.unsupported or "")


def test_current_is_not_rent_nor_is_the_hs_tax_number_a_tax() -> None:
    assert parse("current stock of NB-AP-002", today=TODAY).unsupported is None
    assert parse("NB-AP-003的税号", today=TODAY).unsupported is None


@pytest.mark.parametrize(
    "text",
    [
        "l7d units nb-ap-002 us?",
        "top 3 skus l30d us by qty",
        "fba-us stock nb-ap-002",
        "fba us inbound",
        "us site sales l30d",
        "us l30d units",
        "how many units did anker sell on amazon us",
    ],
)
def test_lower_case_us_in_seller_shorthand_is_the_us_store(text: str) -> None:
    assert find_store(text) == "US"


@pytest.mark.parametrize(
    "text",
    [
        "tell us units sold l30d",
        "give us sales",
        "units for us l30d",
        "let us know l30d sales",
        "how many units did we sell to us",
        "send us stock",
        "what did customers pay us",
    ],
)
def test_the_pronoun_us_is_never_a_store(text: str) -> None:
    assert find_store(text) is None


def test_shorthand_us_narrows_the_answer_to_the_us_store() -> None:
    p = parse("l7d units nb-ap-002 us?", today=TODAY)
    assert (p.measure, p.store, p.skus) == (Measure.UNITS, "US", ("NB-AP-002",))


def test_stock_on_hand_and_inbound_each_asked_with_duoshao_is_the_whole_stock() -> None:
    p = parse("NB-AP-005 所有仓库加起来在库多少在途多少", today=TODAY)
    assert (p.measure, p.stock_part) == (Measure.STOCK, None)
    p = parse("NB-AP-005 在途多少", today=TODAY)
    assert (p.measure, p.stock_part) == (Measure.STOCK, "inbound")


def test_cost_and_landed_cost_each_asked_with_duoshao_are_both_named() -> None:
    p = parse("厨房秤进货价多少人民币发美国的落地成本又是多少", today=TODAY)
    assert p.measure is None
    assert p.candidates == (Measure.UNIT_COST, Measure.LANDED_COST)
    assert parse("厨房秤的进货价是多少", today=TODAY).measure is Measure.UNIT_COST


@pytest.mark.parametrize(
    ("cantonese", "mandarin"),
    [
        ("德國 FBA 倉仲有幾多件料理棒喺度", "德国 FBA 仓还有多少件料理棒在"),
        ("料理棒仲剩幾多", "料理棒还剩多少"),
    ],
)
def test_cantonese_still_have_is_mandarin_still_have(cantonese: str, mandarin: str) -> None:
    assert cantonese_as_mandarin(to_simplified(cantonese)) == mandarin


def test_cantonese_still_have_is_never_read_as_units_sold() -> None:
    p = parse(cantonese_as_mandarin(to_simplified("料理棒仲剩幾多")), today=TODAY)
    assert p.measure is Measure.STOCK


@pytest.mark.parametrize(
    "question", ["德國 FBA 倉仲有幾多件料理棒喺度", "料理棒还剩几件", "德国仓还有多少件料理棒"]
)
def test_what_is_left_counted_in_pieces_is_stock(question: str) -> None:
    p = parse(cantonese_as_mandarin(to_simplified(question)), today=TODAY)
    assert p.measure is Measure.STOCK


def test_pieces_sold_stay_units_sold() -> None:
    assert parse("上个月卖了多少件", today=TODAY).measure is Measure.UNITS
