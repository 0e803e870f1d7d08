"""Category-only article rules (customs.category_rules): each fires on its own marketplace
category name, as whole words, in the category path only, and never inside another word."""

from __future__ import annotations

import pytest

from globalsell.customs import articles, classifier

MATCHER = articles.Matcher()
CATEGORY = articles.Matcher(articles.CATEGORY_RULES)
WEIGHTS = (1.0, 1.0, 0.3)


def _rule(category: str, *, title: str = "item 123") -> list[tuple[str, str]]:
    found = articles.find(
        MATCHER,
        head=title,
        text=title,
        category=category,
        weights=WEIGHTS,
        category_matcher=CATEGORY,
    )
    return [(m.rule.name, m.where) for m in found]


EXAMPLES = {
    "cat_artificial_flower": "Home & Garden > Festive & Party Supplies > Artificial Decorations",
    "cat_lighting": "Lights & Lighting > Indoor Lighting > Wall Lamps",
    "cat_lamp_bulb": "Automobiles > Car Lights > Car Headlight Bulbs(LED)",
    "cat_phone_case": "Phones > Mobile Phone Accessories > Mobile Phone Cases & Covers",
    "cat_charger": "Phones > Mobile Phone Accessories > Mobile Phone Chargers",
    "cat_battery": "Consumer Electronics > Accessories & Parts > Batteries",
    "cat_cable": "Consumer Electronics > Accessories & Parts > Digital Cables",
    "cat_connector": "Home Improvement > Electrical Equipment > Connectors & Terminals",
    "cat_semiconductor": "Electronic Components > Active Components > Integrated Circuits",
    "cat_solar": "Home Improvement > Electrical Equipment & Supplies > Solar Power",
    "cat_speaker": "Consumer Electronics > Portable Audio & Video > Speakers",
    "cat_accessory_case": "Consumer Electronics > Portable Audio & Video > Earphone Accessories",
    "cat_recorder": "Security & Protection > Video Surveillance > Surveillance Video Recorder",
    "cat_game_player": "Consumer Electronics > Games & Accessories > Handheld Game Players",
    "cat_toy": "Toys & Hobbies > Remote Control Toys > RC Cars",
    "cat_fishing": "Sports & Entertainment > Fishing > Fishing Lures",
    "cat_sport": "Sports & Entertainment > Skiing & Snowboarding > Skiing",
    "cat_bicycle_part": "Sports & Entertainment > Cycling > Bicycle Accessories",
    "cat_cycle_part": "Motorcycle Equipments & Parts > Motorcycle Parts > Engine",
    "cat_car_part": "Automobiles, Parts & Accessories > Wear Parts > Brake System",
    "cat_air_freshener": "Automobiles > Interior Accessories > Air Freshener",
    "cat_diagnostic": "Automobiles > Car Repair Tool > Diagnostic Tools",
    "cat_medical": "Beauty & Health > Health Care > Medical Instrument",
    "cat_power_tool": "Tools > Power Tools > Electric Drill",
    "cat_tool_parts": "Tools > Power Tool Parts & Accessories > Power Tool Accessories",
    "cat_tool_set": "Tools > Tool Sets > Hand Tool Sets",
    "cat_fastener": "Home Improvement > Hardware > Fasteners",
    "cat_printed": "Home & Garden > Home Decor > Painting & Calligraphy Arts",
    "cat_flag": "Home & Garden > Home Decor > Flags, Banners & Accessories",
    "cat_tent_shade": "Home & Garden > Garden Supplies > Shade",
    "cat_home_textile": "Home & Garden > Home Textile > Table Linen",
    "cat_jewellery_findings": "Jewelry & Accessories > Jewelry Making > Jewelry Findings",
    "cat_bra": "Underwear > Women's Intimates > Bras",
    "cat_sewing": "Home & Garden > Arts,Crafts & Sewing > Lace Trim",
    "cat_hair_colour": "Beauty & Health > Hair Care & Styling > Hair Coloring Products",
    "cat_nail": "Beauty & Health > Nail Art & Tools > Nail Art",
    "cat_human_hair": "Hair Extensions & Wigs > Human Hair (For Black) > Human Hair Weave",
    "cat_shaver": "Home Appliances > Personal Care Appliances > Epilator",
    "cat_toothbrush": "Home Appliances > Personal Care Appliances > Toothbrushes Head",
    "cat_vacuum": "Home Appliances > Cleaning Appliances > Stick Vacuum Cleaner",
    "cat_printing_filament": "Computer & Office > 3D Printing > 3D Printing Materials",
    "cat_helmet": "Security & Protection > Workplace Safety Supplies > Protective Helmet",
    "cat_drinkware": "Home & Garden > Kitchen,Dining & Bar > Drinkware",
    "cat_scale": "Home & Garden > Kitchen,Dining & Bar > Measuring Tools & Scales",
    "cat_ruler": "Office & School Supplies > Drafting Supplies > Rulers",
    "cat_garden_building": "Home & Garden > Garden Supplies > Garden Buildings",
}


@pytest.mark.parametrize(("rule", "category"), sorted(EXAMPLES.items()))
def test_each_category_rule_fires_on_its_own_category_name(rule: str, category: str) -> None:
    assert _rule(category) == [(rule, "category")]


def test_every_category_rule_has_an_example_and_a_legal_source() -> None:
    names = [r.name for r in articles.CATEGORY_RULES]
    assert len(names) == len(set(names)) == len(EXAMPLES)
    assert set(names) == set(EXAMPLES)
    assert all(r.source and r.targets and r.words for r in articles.CATEGORY_RULES)


@pytest.mark.parametrize(
    "category",
    [
        "Office & School Supplies > Notebooks & Writing Pads > Notebooks",
        "Tools > Hand Tools > Screwdrivers",
        "Home & Garden > Bathroom > Shower Curtains",
        "Beauty & Health > Makeup > Eye Shadow",
        "Home & Garden > Home Decor > Bookends",
    ],
)
def test_category_words_never_match_inside_another_word(category: str) -> None:
    found = _rule(category)
    assert all(name != "cat_printed" and name != "cat_fastener" for name, _ in found)
    assert all(name != "cat_tent_shade" for name, _ in found)


def test_category_rules_are_never_read_in_the_title() -> None:
    assert _rule("Misc > Other", title="wall lamp shade tent") == [("lighting", "title")]


def test_the_category_rule_wins_over_a_brand_led_title() -> None:
    result = classifier.classify(
        "Aisilan Replaceable Bulb Wall Lamp Dimmable Plug-in Metal Adjustable Angle Sconce",
        category="Lights & Lighting > Indoor Lighting > Wall Lamps",
    )
    assert result.candidates[0].hs6[:4] == "9405"
    assert any("category names 'wall lamp'" in r for r in result.candidates[0].reasons)


def test_leather_trousers_are_apparel_of_leather_not_a_textile_garment() -> None:
    result = classifier.classify(
        "Men's Slim Fit Calf Leather Casual Leather Pants",
        category="Men's Clothing > Pants > Leather Pants",
    )
    assert result.candidates[0].hs6[:4] == "4203"


def test_jewellery_findings_are_fittings_of_base_metal_or_jewellery() -> None:
    result = classifier.classify(
        "500PCs 6mm Stainless Steel Opened Jump Rings Connectors for DIY Making Earring",
        category="Jewelry & Accessories > Jewelry Making > Jewelry Findings & Components",
    )
    assert "8308" in {c.hs6[:4] for c in result.candidates}
