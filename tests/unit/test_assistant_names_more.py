"""Product names in a question: two products named are both returned (never one silently),
a misspelt name is read as the one product it is close to, an unknown product word and a
one-character name are found for the caller to ask back about."""

from __future__ import annotations

from globalsell.assistant.names import (
    Named,
    match_products,
    one_char_products,
    unknown_product_word,
)

ITEMS = [
    Named("K-1", "不锈钢电热水壶", ("Stainless Steel Electric Kettle 1.7L",), ("K-1",)),
    Named("F-1", "USB充电迷你手持风扇", ("USB Rechargeable Mini Handheld Fan",), ("F-1",)),
    Named("Y-1", "TPE瑜伽垫", ("TPE Yoga Mat 6mm",), ("Y-1",)),
    Named("R-1", "计数跳绳", ("Counting Jump Rope",), ("R-1",)),
    Named("L-1", "LED护眼台灯", ("LED Desk Lamp",), ("L-1",)),
    Named("L-2", "LED人体感应小夜灯", ("LED Motion Night Light",), ("L-2",)),
]


def _skus(found: list[Named]) -> list[str]:
    return [n.sku for n in found]


def test_two_products_named_are_both_returned() -> None:
    assert _skus(match_products(ITEMS, "yoga mat and jump rope stock")[0]) == ["Y-1", "R-1"]
    assert _skus(match_products(ITEMS, "电热水壶和风扇的库存")[0]) == ["K-1", "F-1"]


def test_a_word_of_the_chosen_product_does_not_name_a_second() -> None:
    assert _skus(match_products(ITEMS, "usb mini fan stock")[0]) == ["F-1"]


def test_a_misspelt_name_is_read_as_the_product_it_is_close_to() -> None:
    assert _skus(match_products(ITEMS, "how many kettels did i sell")[0]) == ["K-1"]
    assert match_products(ITEMS, "how many widgets did i sell")[0] == []


def test_an_unknown_product_word_is_found() -> None:
    assert unknown_product_word(ITEMS, "how many widgets did we sell last week") == "widgets"
    assert unknown_product_word(ITEMS, "how many units did we sell last week") is None
    assert unknown_product_word(ITEMS, "what's our revenue on amazon.co.jp") is None


def test_a_one_character_name_fits_every_product_it_ends() -> None:
    assert _skus(one_char_products(ITEMS, "灯卖得怎么样")) == ["L-1", "L-2"]
    assert one_char_products(ITEMS, "日本站卖得怎么样") == []


DESCRIBED = [
    Named("P-1", "不粘锅", ("Frying Pan 28 cm, Non-Stick Coating",), ("P-1",)),
    Named("B-1", "料理棒", ("Immersion Stick Mixer 600 W",), ("B-1",)),
    Named("T-1", "旅行箱", ("Travel Case, with Carrying Handle",), ("T-1",)),
    Named("C-1", "咖啡杯", ("Coffee Mug 350 ml",), ("C-1",)),
]


def test_a_word_inside_a_hyphenated_compound_names_nothing() -> None:
    assert _skus(match_products(DESCRIBED, "stock of the stick mixer")[0]) == ["B-1"]
    assert _skus(match_products(DESCRIBED, "non-stick pan sales")[0]) == ["P-1"]


def test_a_describing_word_yields_to_a_product_named_by_what_it_is() -> None:
    assert _skus(match_products(DESCRIBED, "which orders are carrying mugs")[0]) == ["C-1"]
    assert _skus(match_products(DESCRIBED, "the case with a carrying handle")[0]) == ["T-1"]
    assert _skus(match_products(DESCRIBED, "anything with a carrying handle")[0]) == ["T-1"]
