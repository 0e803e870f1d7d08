"""The product-type vocabulary and classifier: category path first, the title's head noun
(modifiers are not the product), whole words only, and abstention when unsure."""

from __future__ import annotations

import re

from globalsell.listings.glossary import LANGUAGES
from globalsell.listings.product_types import classify, head_and_tail, tokens, vocabulary


def test_vocabulary_is_a_general_marketplace_vocabulary_in_every_store_language() -> None:
    types = vocabulary().types
    assert len(types) >= 400
    assert {t.source for t in types.values()} == {"ptd", "digest", "unverified"}
    assert types["BRACELET"].source == "ptd"
    assert types["SHIRT"].source == "ptd"
    for code, t in types.items():
        assert re.fullmatch(r"[A-Z0-9_]+", code), code
        assert sorted(t.names) == sorted(LANGUAGES), code
        assert all(name.strip() for name in t.names.values()), code
        assert t.phrases, code
        assert t.key_attributes, code


def test_names_carry_no_product_facts() -> None:
    facts = re.compile(
        r"\d+\s?(?:ml|cm|mm|w|pcs)\b|silicone|stainless|wooden|cotton|men's|usb-c", re.IGNORECASE
    )
    assert [c for c, t in vocabulary().types.items() if facts.search(t.names["en"])] == []


def test_tokens_are_singular_whole_words() -> None:
    assert tokens("Women's Boots & Watch-Bands") == ["women", "boot", "watch", "band"]


def test_category_and_title_agree() -> None:
    result = classify(
        title="Stainless Steel Cuban Link Chain Necklace for Men",
        category="Jewelry & Accessories > Fashion Jewelry > Necklace",
    )
    assert result.product_type is not None
    assert result.product_type.code == "NECKLACE"
    assert result.candidates[0].reasons == (
        "category 'Necklace'",
        "title head noun",
    )


def test_a_negated_noun_is_not_the_product() -> None:
    head, _ = head_and_tail("Desktop CPU Processor 65W No Fan")
    assert "Fan" not in head
    result = classify(title="Desktop CPU Processor 65W No Fan", category=None)
    assert "FAN" not in [c.code for c in result.candidates]


def test_what_follows_for_is_a_modifier() -> None:
    result = classify(
        title="Letter Charms for DIY Bracelet Necklace",
        category="Jewelry & Accessories > Fashion Jewelry > Charms",
    )
    assert result.product_type is not None
    assert result.product_type.code == "CHARM"
    codes = {c.code: c for c in result.candidates}
    assert codes["BRACELET"].reasons == ("title detail",)


def test_words_inside_other_words_do_not_match() -> None:
    result = classify(title="Whiskey Glasses Set of 4", category="Home > Drinkware")
    # "Drinkware" holds cups, bottles and their accessories; "Whiskey" is no whisk.
    assert [c.code for c in result.candidates] == ["DRINKING_CUP", "BOTTLE", "DRINKWARE_ACCESSORY"]
    assert result.product_type is not None
    assert result.product_type.code == "DRINKING_CUP"


def test_category_contradicted_by_the_title_abstains_with_candidates() -> None:
    result = classify(
        title="Silicone Phone Case, Shockproof Cover",
        category="Jewelry & Accessories > Fashion Jewelry > Necklaces",
    )
    assert result.abstained
    assert [(c.code, c.reasons) for c in result.candidates] == [
        ("NECKLACE", ("category 'Necklaces'",)),
        ("CELLULAR_PHONE_CASE", ("title head noun",)),
    ]


def test_nothing_known_abstains_without_candidates() -> None:
    result = classify(title="ЖЖ§§ 乱码", category=None)
    assert (result.abstained, result.candidates, result.confidence) == (True, (), 0.0)


def test_kinds_are_transitive_and_name_known_types() -> None:
    from globalsell.listings.product_types import kinds

    known = vocabulary().types
    assert kinds()["SLIPPER"] == frozenset({"SHOES"})
    for narrow, broad in kinds().items():
        assert narrow in known, narrow
        assert broad <= set(known), narrow
        assert narrow not in broad, narrow


def test_a_narrower_title_on_a_broader_shelf_is_one_answer() -> None:
    # The shelf says shoes, the title says slippers: slippers are shoes, so the two sources
    # agree and the narrower type names the product.
    result = classify(
        title="Warm Cotton Slippers, Non-slip House Slippers",
        category="Mother & Kids > Children's Shoes > Kids Cotton-padded Shoes",
    )
    assert result.product_type is not None
    assert result.product_type.code == "SLIPPER"


def test_sibling_types_under_one_shelf_still_ask() -> None:
    result = classify(
        title="Summer Sandals and Slippers",
        category="Shoes > Women's Shoes > Women's Casual Shoes",
    )
    assert result.product_type is None or result.product_type.code not in {"SANDAL", "SLIPPER"}


def test_a_component_on_a_parts_shelf_is_the_component() -> None:
    result = classify(
        title="Steel Pinion Motor Gear 15T for 1/10 RC Car",
        category="Toys & Hobbies > Remote Control Toys > Parts & Accs",
    )
    assert result.product_type is not None
    assert result.product_type.code == "INDUSTRIAL_PART"


def test_a_non_component_title_on_a_parts_shelf_still_asks() -> None:
    result = classify(
        title="Titanium Keychain Buckle Car Pendant",
        category="Tools > Tool Parts > Tool Parts",
    )
    assert result.product_type is None


def test_a_bare_cap_or_lens_names_no_product() -> None:
    codes = [c.code for c in classify(title="Fuel Door Gas Cap Lock").candidates]
    assert "HAT" not in codes
    codes = [c.code for c in classify(title="Headlight Glass Clear Lens").candidates]
    assert "CAMERA_LENS" not in codes


def test_a_headlight_on_a_car_light_shelf_is_a_vehicle_light() -> None:
    result = classify(
        title="7x5 Car Square Headlight Glass Clear Lens, White",
        category="Automobiles, Parts & Accessories > Car Lights > Car Headlight Bulbs(LED)",
    )
    assert result.product_type is not None
    assert result.product_type.code == "VEHICLE_LIGHT"


def test_a_catch_all_noun_in_the_title_confirms_no_family() -> None:
    # "tool" names every tool: it does not confirm the drill shelf of a laser level.
    result = classify(
        title="Vertical Lithium Battery 12 Lines Green Laser Level Construction Tool",
        category="Tools > Power Tools > Electric Drill",
    )
    assert result.product_type is None or result.product_type.code != "DRILL"


def test_a_part_on_a_parts_shelf_that_the_title_does_not_contradict_is_the_shelf_type() -> None:
    result = classify(
        title="81590-2W000 Fuel Door Hatch Actuator for Santa Fe",
        category="Automobiles, Parts & Accessories > Interior Parts > Interior Replacement Parts",
    )
    assert result.product_type is not None
    assert result.product_type.code == "AUTO_PART"
