"""Article rules (customs.articles): each rule fires on its own words, as whole words only, and
the classifier puts the article's heading first for the goods the rules were written for."""

from __future__ import annotations

import pytest

from globalsell.customs import articles, classifier, domain, evaluation

MATCHER = articles.Matcher()
WEIGHTS = (1.0, 1.0, 0.3)


def _rule(head: str, *, text: str = "", category: str | None = None) -> list[tuple[str, str]]:
    found = articles.find(
        MATCHER, head=head, text=f"{head} {text}", category=category, weights=WEIGHTS
    )
    return [(m.rule.name, m.where) for m in found]


@pytest.mark.parametrize(
    ("head", "rule"),
    [
        ("magnetic tiles building set", "toy"),
        ("wooden jigsaw puzzle", "toy"),
        ("playing cards deck", "game"),
        ("christmas tree ornament", "festive"),
        ("tpe yoga mat non-slip", "exercise"),
        ("badminton racket", "sport"),
        ("carbon fishing rod", "fishing"),
        ("women's knitted cardigan", "apparel_sweater"),
        ("girls' sequin costume", "apparel"),
        ("cotton ankle socks", "hosiery"),
        ("knitted beanie hat", "headwear"),
        ("silk scarf", "accessory_textile"),
        ("leather gloves", "gloves"),
        ("running shoes", "footwear"),
        ("zinc alloy pendant necklace", "jewellery"),
        ("sterling silver ring", "fine_jewellery"),
        ("freshwater pearl earrings", "pearl_jewellery"),
        ("canvas backpack", "bag"),
        ("silicone baking mat", "household"),
        ("stainless steel vacuum flask", "drink_bottle"),
        ("bamboo chopsticks", "cutlery"),
        ("electric kettle", "domestic_appliance"),
        ("bluetooth headphones", "electronics"),
        ("wireless keyboard", "computer"),
        ("braided usb cable 2m", "cable"),
        ("folding chair", "furniture"),
        ("memory foam pillow", "bedding"),
        ("led desk lamp", "lighting"),
        ("wooden desk", "furniture"),
        ("matte lipstick", "cosmetics"),
        ("human hair wig", "wig"),
        ("kawaii sticker roll", "printed"),
        ("satin pillowcase", "home_textile"),
        ("folding pliers", "hand_tool"),
        ("aluminium garden trowel", "garden_hand_tool"),
        ("multipurpose kitchen scissors", "scissors"),
        ("vacuum compression bag for clothes", "plastic_sack"),
        ("feather cat teaser", "pet_toy"),
        ("linen cushion cover 45x45cm", "cushion_cover"),
        ("monocular microscope", "optical"),
        ("quartz wristwatch", "watch"),
        ("polarized sunglasses", "eyewear"),
        ("titanium eyeglass frames", "spectacle_frame"),
        ("pistol grip hose nozzle", "hose_nozzle"),
        ("stainless steel cheese grater", "kitchen_hand_tool"),
        ("mandoline slicer with hand guard", "kitchen_hand_tool"),
        ("silicone watch strap 22mm", "watch_part"),
        ("artificial flowers bouquet", "artificial_flower"),
        ("men's genuine leather pants", "leather_apparel"),
        ("led strip backlight tester", "measuring_instrument"),
        ("steel wire cleaning brush", "brush"),
        ("rose string lights usb", "lighting"),
        ("7.2v 2400mah ni-mh battery pack", "accumulator"),
        ("japan nh35 mechanical movement", "watch_movement"),
    ],
)
def test_each_rule_fires_on_its_own_words(head: str, rule: str) -> None:
    assert _rule(head) == [(rule, "title")]


def test_every_rule_has_an_example_and_a_legal_source() -> None:
    names = [r.name for r in articles.RULES]
    # 18 in article_rules_parts (test_customs_parts), 7 in article_rules_own (ADR 0166; the
    # enzymes, ADR 0170), 12 garments (test_customs_garments; the outerwear jacket, ADR 0174);
    # spectacles and their frames are two rules (ADR 0175); hose nozzles, kitchen hand tools (0177);
    # track suits apart from swimwear (ADR 0187)
    assert len(names) == len(set(names)) == 109
    assert all(r.source and r.targets and r.words for r in articles.RULES)


@pytest.mark.parametrize(
    "head",
    [
        "toyota floor liner",
        "capacitor 10uf",
        "salad dressing",
        "scarfing joint",
        "cupboard",
        "drake decoy",
        "shoehorn",
    ],
)
def test_rule_words_never_match_inside_another_word(head: str) -> None:
    assert _rule(head) == []


def test_material_words_match_whole_words_only() -> None:
    assert domain.material_chapters("absorbent towel") == set()
    assert domain.material_chapters("ABS plastic case") == {"39", "40"}


def test_a_modifier_after_for_is_not_the_product() -> None:
    parsed = classifier.parse("Phone case for kids toy bluetooth speaker")
    assert parsed.head_text.strip() == "Phone case"
    found = articles.find(
        MATCHER, head=parsed.head_text, text=parsed.head_text, category=None, weights=WEIGHTS
    )
    assert found == []
    later = _rule(parsed.head_text, text="for kids toy bluetooth speaker")
    assert [(r, w) for r, w in later] == [("toy", "text")]


def test_unless_words_cancel_a_rule() -> None:
    assert _rule("faux leather pants") == [("apparel_trousers", "title")]  # not leather
    assert _rule("calf leather pants cycling pants") == [("leather_apparel", "title")]
    assert _rule("brushless motor brush") == [("carbon_brush", "title")]  # ADR 0166
    # heading 8545, not a brush of 9603 (ADR 0166: its own rule)
    assert _rule("angle grinder carbon brush") == [("carbon_brush", "title")]
    assert _rule("dog toy rope") == [("pet_toy", "title")]  # by material, not a toy of 95.03
    # not a 9102 watch: a data transceiver of 8517.62 (ADR 0166)
    assert _rule("smart watch 20mm") == [("smartwatch", "title")]
    assert _rule("watch strap 20mm") == [("watch_part", "title")]  # longest phrase wins
    assert _rule("shoe rack") == []
    assert _rule("running shoes", text="rack-free") == [("footwear", "title")]
    assert _rule("cordless hedge shears") == []  # powered: chapter 84/85, not heading 8201


def test_the_most_specific_category_level_wins() -> None:
    found = _rule("GG 21 keshi", category="Jewelry & Accessories > Fashion Jewelry > Brooches")
    assert found == [("jewellery", "category")]


def test_fineness_marks_make_it_precious_jewellery() -> None:
    assert _rule("18K gold stud earrings") == [("fine_jewellery", "title")]
    assert _rule("gold color stud earrings") == [("jewellery", "title")]


@pytest.mark.parametrize(
    ("text", "category", "heading"),
    [
        ("Magnetic Tiles Building Blocks 3D Toys for Kids", None, "9503"),
        ("Silicone Baking Mat Non-Stick for Oven", None, "3924"),
        ("TPE Yoga Mat Non-Slip 6mm", None, "9506"),
        ("Aluminium Alloy Garden Tool Set, Trowel and Transplanter", None, "8201"),
        ("Stainless Steel Kitchen Scissors Multipurpose", None, "8213"),
        ("Cotton Linen Cushion Cover 45x45cm", None, "6304"),
        ("Women Winter Jacket Warm", "Women's Clothing > Coats & Jackets", "62"),
        ("Vintage Enamel Metal Pin Lapel Accessories", "Jewelry & Accessories > Brooches", "7117"),
    ],
)
def test_what_the_product_is_comes_before_its_material(
    text: str, category: str | None, heading: str
) -> None:
    result = classifier.classify(text, category=category)
    assert result.candidates[0].hs6.startswith(heading)
    assert any(" names '" in r for r in result.candidates[0].reasons)


def test_evaluation_figures_are_exact() -> None:
    confidences = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2]
    correct = [True, True, True, False, True, False, False, False]
    assert evaluation.risk_coverage(confidences, correct) == {
        "25%": 1.0,
        "50%": 0.75,
        "75%": 0.6667,
        "100%": 0.5,
    }
    assert evaluation.answered_at(confidences, correct, target=0.75) == (0.625, 0.8)
    summary = evaluation.chapter_confusion([("9503", "9503"), ("9503", "3926"), ("6109", None)])
    assert summary == [
        {"chapter": "95", "n": 2, "hs2_top1": 0.5, "instead": ["39 x1"]},
        {"chapter": "61", "n": 1, "hs2_top1": 0.0, "instead": ["none x1"]},
    ]


def test_a_material_none_of_the_targets_is_made_of_leaves_the_rule_undecided() -> None:
    (match,) = articles.find(
        MATCHER, head="foldable storage box", text="", category=None, weights=WEIGHTS
    )
    assert articles.targets(match, {"48"}) == ()
    assert articles.targets(match, {"39", "40"}) == ("392490",)
    assert articles.targets(match, set()) == match.rule.targets


def test_a_named_article_is_neither_a_compound_nor_a_primary_form() -> None:
    result = classifier.classify(
        "Magnetic Tiles Building Blocks 3D Toys for Kids", material="ABS plastic"
    )
    chapters = [c.hs6[:2] for c in result.candidates]
    headings = [c.hs6[:4] for c in result.candidates]
    assert result.candidates[0].hs6 == "950300"
    assert "29" not in chapters
    assert "3903" not in headings


@pytest.mark.parametrize(
    ("title", "rule"),
    [
        ("Magnetic building tiles 60 pcs, ABS plastic, educational toy", "toy"),
        ("Rubber studs, kids toy", "toy"),
        # an enumeration of several goods names none of them as the article
        ("windlasses, anchors, chain links, and toy balloons", None),
        # a segment longer than a short noun phrase is not an apposition
        ("Magnetic building tiles, great gift for a child who loves a toy", None),
        # the attributes after the title are not part of it
        ('Capsule balls {"Occasion":"Birthday,Christmas,party toy"}', None),
    ],
)
def test_a_short_comma_segment_ending_with_an_article_names_it(
    title: str, rule: str | None
) -> None:
    found = articles.find(
        MATCHER,
        head=title.split(",")[0],
        text=title,
        category=None,
        weights=WEIGHTS,
        title=title,
    )
    assert [(m.rule.name, m.where) for m in found if m.where == "title"] == (
        [(rule, "title")] if rule else []
    )


def test_spectacles_are_9004_and_their_frames_9003() -> None:
    # a pair of eyeglasses with its lenses is the finished good, even when the text names its frame
    glasses = articles.RULES[[r.name for r in articles.RULES].index("eyewear")]
    frames = articles.RULES[[r.name for r in articles.RULES].index("spectacle_frame")]
    assert glasses.targets == ("9004",)
    assert frames.targets == ("9003",)
    assert _rule("a pair of eyeglasses with nonprescription lenses mounted into a frame") == [
        ("eyewear", "title")
    ]
    assert _rule("retro optical frame for glasses") == [("spectacle_frame", "title")]


def test_a_hose_nozzle_is_a_tap_of_8481_and_a_grater_a_household_tool() -> None:
    nozzle = articles.RULES[[r.name for r in articles.RULES].index("hose_nozzle")]
    tool = articles.RULES[[r.name for r in articles.RULES].index("kitchen_hand_tool")]
    assert nozzle.targets == ("848180",)
    assert tool.targets == ("820551",)
    # a grater or peeler with a crank or a motor is a mechanical appliance (8210) or electric
    assert _rule("rotary cheese grater with crank") != [("kitchen_hand_tool", "title")]
    assert _rule("electric potato peeler") != [("kitchen_hand_tool", "title")]
    # 'mandolin' alone is the musical instrument
    assert _rule("acoustic mandolin") != [("kitchen_hand_tool", "title")]
