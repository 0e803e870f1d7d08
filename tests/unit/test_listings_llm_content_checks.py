"""The checks a model-written listing field must pass besides the offline rules: the store's
language and no fact the seller did not state."""

from __future__ import annotations

from globalsell.core.marketplaces import marketplaces
from globalsell.listings.glossary import glossary
from globalsell.listings.llm_content import field_problems, invented, wrong_language


def test_wrong_language_by_script_and_by_function_words() -> None:
    german = (
        "Die Flasche ist aus Edelstahl und hält die Getränke kalt, mit einem Deckel für die Reise"
    )
    english = "The bottle is made of stainless steel and keeps your drinks cold for the whole day"
    assert wrong_language(german, "de") is None
    assert wrong_language(english, "de") == "reads as en, not de"
    assert wrong_language(german, "en") == "reads as de, not en"
    assert wrong_language("Water Bottle 750 ml", "de") is None  # too short to tell
    assert wrong_language("不锈钢保温杯", "fr") == (
        "contains Chinese/Japanese characters in a fr listing"
    )
    assert wrong_language("Stainless Steel Water Bottle", "ja") == (
        "not Japanese (no kana, mostly Latin letters)"
    )
    assert wrong_language("NINGVALE ステンレス製 ボトル 750 ml", "ja") is None


def test_invented_numbers_and_materials_need_the_sellers_words() -> None:
    us = marketplaces().get("US")
    source = "stainless steel water bottle 750ml double-wall"
    offline = {"bullet_point": ["Capacity: 750 ml (25.4 fl oz)"]}
    words = glossary()
    assert invented("Holds 750 ml (25.4 fl oz)", source, offline, us, words) == []
    assert invented("Holds 500 ml", source, offline, us, words) == [
        "number 500 is not in the seller's data"
    ]
    assert invented("Stainless steel body", source, offline, us, words) == []
    assert invented("Bamboo lid", source, offline, us, words) == [
        "material 'bamboo' is not in the seller's data"
    ]
    assert invented("Bamboozled by cheap bottles?", source, offline, us, words) == []


def test_a_title_passes_the_offline_rules_spam_markers_and_the_mobile_length() -> None:
    us = marketplaces().get("US")
    source = "ningvale stainless steel water bottle 750ml"
    offline = {"product_type": "BOTTLE", "item_name": "NINGVALE Water Bottle, 750 ml"}

    def problems(title: str) -> list[str]:
        return field_problems(
            "item_name", title, offline=offline, store=us, source=source, words=glossary()
        )

    assert problems("NINGVALE Stainless Steel Water Bottle, 750 ml") == []
    long = "NINGVALE Stainless Steel Water Bottle, 750 ml, Double Wall, Leak Proof Lid, Sports Gym"
    assert problems(long) == [
        f"title-length: {len(long)} characters; keep titles within 80 (Amazon's mobile "
        "guidance, as the offline titles do)"
    ]
    assert problems("NINGVALE Water Bottle 750 ml Hot Sale") == [
        "promotional: promotional claims are not allowed",
        "spam: hot-sale",
    ]
    assert problems("NINGVALE Water Bottle 750 ml!") == [
        "banned-characters: characters not allowed in titles: !"
    ]
