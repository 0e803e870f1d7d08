"""A Chinese phrase standing where a product's name would and naming none is found (with the
products one character away), never dropped; the words of a product's English name do not
count as keywords; yes-no question forms are no negation; English counts of one are singular.
Pure."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.answers_render import render
from globalsell.assistant.coverage import leftover
from globalsell.assistant.names import Named
from globalsell.assistant.product_phrase import unmatched_phrase, without_product_names
from globalsell.assistant.question import Measure, Rank, parse
from globalsell.assistant.semantic_base import Request, Result

ITEMS = [
    Named("CUP-1", "不锈钢保温杯 500ml", ("Vacuum Insulated Travel Mug, 500 ml",), ("CUP-1",)),
    Named("PAN-1", "陶瓷不粘煎锅", ("Ceramic Frying Pan, Non-Stick",), ("PAN-1",)),
    Named("BOX-1", "密封收纳盒3件套", ("Airtight Pantry Storage Containers",), ("BOX-1",)),
]


@pytest.mark.parametrize(
    ("text", "phrase", "near"),
    [
        ("保温怀还剩多少库存", "保温怀", ("CUP-1",)),  # 怀 typed for 杯
        ("煎锚上周在美国卖了几个", "煎锚", ("PAN-1",)),
        ("电饭煲最近卖了多少", "电饭煲", ()),  # no such product: said, not guessed
    ],
)
def test_a_phrase_naming_no_product_is_found(text: str, phrase: str, near: tuple[str, ...]) -> None:
    found = unmatched_phrase(ITEMS, text)
    assert found is not None
    assert (found.phrase, tuple(n.sku for n in found.near)) == (phrase, near)


@pytest.mark.parametrize("text", ["最近卖了多少", "上个月德国跟英国比哪个卖得多", "帮我看看库存"])
def test_no_phrase_without_a_product_slot(text: str) -> None:
    assert unmatched_phrase(ITEMS, text) is None


def test_a_keyword_inside_a_product_name_is_blanked() -> None:
    assert without_product_names(ITEMS, "cost of the pantry storage containers") == (
        "cost of the " + " " * len("pantry storage containers")
    )
    # one word alone, or a keyword outside any name, stays
    assert without_product_names(ITEMS, "which containers is the mug on") == (
        "which containers is the mug on"
    )


@pytest.mark.parametrize(
    "text", ["煎锅在日本站是不是亏本", "保温杯是否亏钱", "保温杯亏不亏", "煎锅在德国站亏本对不对"]
)
def test_a_yes_no_question_is_no_negation(text: str) -> None:
    assert leftover(parse(text, today=date(2026, 11, 25))) is None


def test_a_negation_after_a_question_form_still_counts() -> None:
    part = leftover(parse("是不是有产品上周没卖出去", today=date(2026, 11, 25)))
    assert part is not None
    assert part.word == "没卖"


def test_english_counts_agree_with_one() -> None:
    row = {"sku": "CUP-1", "location": "FBA-DE", "on_hand": 3, "reserved": 1}
    total = {"on_hand": 3, "reserved": 1, "available": 2, "inbound": 1}
    stock = Result("stock", {}, "", [{**row, "available": 2, "inbound": 1}], total)
    reserved = Request(Measure.STOCK, skus=("CUP-1",), stock_part="reserved")
    inbound = Request(Measure.STOCK, skus=("CUP-1",), stock_part="inbound")
    first = "Stock of CUP-1 in all stores: 1 unit"
    assert render(reserved, stock, False).splitlines()[0] == f"{first} reserved."
    assert render(inbound, stock, False).splitlines()[0] == f"{first} inbound."
    loss = {"sku": "CUP-1", "store": "DE", "price": "9.99", "margin": "-2.00", "currency": "EUR"}
    losing = Result("margin", {}, "", [loss])
    head = render(Request(Measure.MARGIN, rank=Rank.LOSING), losing, False).splitlines()[0]
    assert head == "1 product loses money in all stores at today's cost, fees and exchange rate:"
