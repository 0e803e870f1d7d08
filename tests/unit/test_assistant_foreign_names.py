"""A product is known by its listing titles in every store's language (ADR 0200): the heads of
its non-English titles ("Wasserkocher", "Milchaufschäumer") name it like its English name words;
a katakana run of its Japanese title ("ケトル") names it like a Chinese run; a word several
products share is asked back; a misspelling is never read as a foreign name; a capitalised word
of a foreign title ("Stück") is no stranger. Pure: products built by hand. Pinned to
2026-12-07."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.answers import unknown_name
from globalsell.assistant.names import Named, match_products, misspelt_readings, one_by_a_feature
from globalsell.assistant.names_foreign import title_heads, unknown_katakana
from globalsell.assistant.question import parse

TODAY = date(2026, 12, 7)

ITEMS = [
    Named(
        "K-1",
        "电热水壶",
        ("NINGVALE Electric Kettle, 304 Stainless Steel",),
        ("K-1",),
        foreign=(
            "NINGVALE Wasserkocher",
            "NINGVALE Bouilloire électrique",
            "NINGVALE Hervidor eléctrico",
            "ケトル",
            "ステンレス",
        ),
        foreign_titles=("NINGVALE Wasserkocher, Edelstahl 304, 1,7 L, 1800 W",),
    ),
    Named(
        "B-1",
        "手持料理棒",
        ("NINGVALE Hand Blender, Stainless Steel",),
        ("B-1",),
        foreign=(
            "NINGVALE Stabmixer",
            "NINGVALE Batidora de mano",
            "ハンドブレンダー",
            "ステンレス",
        ),
        foreign_titles=("NINGVALE Stabmixer, Edelstahl + ABS-Kunststoff, 800 W",),
    ),
    Named(
        "F-1",
        "电动奶泡器",
        ("NINGVALE Milk Frother, Stainless Steel",),
        ("F-1",),
        foreign=("NINGVALE Milchaufschäumer", "NINGVALE Mousseur à lait", "ミルクフォーマー"),
    ),
    Named(
        "S-1",
        "厨房电子秤",
        ("NINGVALE Digital Kitchen Scale",),
        ("S-1",),
        foreign=("NINGVALE Digitale Küchenwaage", "NINGVALE Balance de cuisine numérique"),
    ),
    Named(
        "T-1",
        "竹牙刷",
        ("NINGVALE Bamboo Toothbrushes, 4 pieces",),
        ("T-1",),
        foreign=("NINGVALE Bambus-Zahnbürsten", "NINGVALE Cepillos de dientes de bambú"),
        foreign_titles=("NINGVALE Bambus-Zahnbürsten, 4 Stück",),
    ),
    Named(
        "L-1",
        "太阳能草坪灯",
        ("NINGVALE Solar Pathway Lights",),
        ("L-1",),
        foreign=("NINGVALE Solar-Wegeleuchten", "ソーラーガーデンライト"),
    ),
    Named(
        "L-2",
        "LED护眼台灯",
        ("NINGVALE LED Desk Lamp",),
        ("L-2",),
        foreign=("NINGVALE LED-Schreibtischlampe", "LEDデスクライト"),
    ),
    Named(
        "L-3",
        "人体感应小夜灯",
        ("NINGVALE Motion Sensor Night Light",),
        ("L-3",),
        foreign=("NINGVALE Nachtlicht mit Bewegungsmelder", "センサーライト", "ステンレス"),
    ),
]


def _found(text: str) -> tuple[list[str], list[str]]:
    matched, vague = match_products(ITEMS, text)
    return [n.sku for n in matched], [n.sku for n in vague]


def test_the_head_of_a_title_is_before_its_first_comma_and_japanese_gives_its_katakana() -> None:
    assert title_heads("DE", "NINGVALE Wasserkocher, Edelstahl 304, 1,7 L, 1800 W") == [
        "NINGVALE Wasserkocher"
    ]
    assert title_heads("JP", "NINGVALE 電気ケトル 304ステンレス 1.7 L 1800 W") == [
        "ケトル",
        "ステンレス",
    ]


@pytest.mark.parametrize(
    ("text", "skus"),
    [
        ("How many pieces from the Wasserkocher have we sold in the US?", ["K-1"]),
        ("Milchaufschäumer units in Germany last 90 days", ["F-1"]),
        ("Küchenwaage stock in FBA UK", ["S-1"]),
        ("how many Stabmixers did we sell in DE last 14 days", ["B-1"]),
        ("ventas de Hervidor eléctrico", ["K-1"]),
        ("Zahnbürsten sold in DE", ["T-1"]),
        ("Wasserkocher and Stabmixer units", ["K-1", "B-1"]),
    ],
)
def test_a_word_of_a_foreign_title_names_its_product(text: str, skus: list[str]) -> None:
    assert _found(text) == (skus, [])


def test_katakana_held_by_one_product_names_it_and_by_several_is_asked_back() -> None:
    assert _found("日本站ケトル的库存") == (["K-1"], [])
    assert _found("日本站ハンドブレンダー的售价") == (["B-1"], [])
    assert _found("ライト在日本卖了多少") == ([], ["L-1", "L-2", "L-3"])
    assert _found("ステンレス的库存") == ([], ["K-1", "B-1", "L-3"])


def test_katakana_no_product_holds_is_the_stranger_asked_about() -> None:
    foreign = {n.sku: n.foreign for n in ITEMS}
    assert unknown_katakana(foreign, "日本站アイロン的库存") == "アイロン"
    assert unknown_katakana(foreign, "日本站ケトル的库存") is None
    assert unknown_katakana(foreign, "ライト的库存") is None


def test_a_misspelt_word_is_never_read_as_a_foreign_name() -> None:
    assert _found("how many wasserkochr did we sell") == ([], [])
    assert misspelt_readings(ITEMS, "how many wasserkochr did we sell") == []
    assert [(w, n.sku) for w, n in misspelt_readings(ITEMS, "kettel sales")] == [("kettel", "K-1")]


def test_a_word_every_title_holds_and_an_everyday_english_word_name_nothing() -> None:
    assert _found("NINGVALE sales last month") == ([], [])
    assert _found("what is the balance of the main account") == ([], [])


def test_the_one_called_by_a_word_of_its_foreign_titles_is_asked_among_all_holding_it() -> None:
    assert [n.sku for n in one_by_a_feature(ITEMS, "How many from the Edelstahl one?")] == [
        "K-1",
        "B-1",
    ]


def test_english_names_are_read_as_before() -> None:
    assert _found("stock of the electric kettle") == (["K-1"], [])
    assert _found("how many desk lamps did we sell") == (["L-2"], [])


@pytest.mark.parametrize(
    ("text", "stranger"),
    [
        ("How many Wasserkocher did we sell in DE?", None),
        ("Stock of the Küchenwaage in FBA UK", None),
        ("How many Milchaufschäumer in DE?", None),
        ("Units of the Bouilloire électrique in FR", None),
        ("Milchaufschäumer: Germany against UK, how many Stück?", None),
        ("How many Edelstahl kettles did we sell?", None),
        ("which listings aren't live in España?", None),
        ("How many kettles did Müllerwerk sell in DE?", "Müllerwerk"),
    ],
)
def test_a_foreign_title_word_is_no_stranger_and_an_accented_name_is_read_whole(
    text: str, stranger: str | None
) -> None:
    assert unknown_name(parse(text, today=TODAY), ITEMS) == stranger
