"""Subheading by material within a heading (customs.subheadings), one rule at a time."""

import pytest

from globalsell.core import messages as msg
from globalsell.customs import classifier
from globalsell.customs import subheadings as sub

COTTON_TEES = "T-shirts, singlets and other vests; of cotton, knitted or crocheted"
OTHER_TEES = (
    "T-shirts, singlets and other vests; of textile materials (other than cotton), knitted or "
    "crocheted"
)
BASE_METAL = "Jewellery; imitation, (excluding cuff links and studs), of base metal"
NOT_BASE_METAL = "Jewellery; imitation, of other than base metal, whether or not plated"
SILVER = "Jewellery; of silver, whether or not plated or clad with other precious metal"
GOLD = "Jewellery; of precious metal (excluding silver) whether or not plated or clad"


def test_fibre_named_by_the_product_favours_its_subheading() -> None:
    mats = sub.product_materials("Men's t-shirt 100% cotton")
    assert mats == frozenset({"cotton"})
    assert sub.factor(COTTON_TEES, mats, 1.5) == 1.5
    assert sub.factor(OTHER_TEES, mats, 1.5) == 1.0 / 1.5  # it excludes cotton


def test_polyester_is_synthetic_and_goes_to_the_other_textile_line() -> None:
    mats = sub.product_materials("women's blouse polyester spandex")
    assert mats == frozenset({"synthetic"})
    assert sub.factor(COTTON_TEES, mats, 1.5) == 1.0 / 1.5
    assert sub.factor(OTHER_TEES, mats, 1.5) == 1.5  # of textile materials other than cotton


def test_base_metal_jewellery_and_the_negated_line() -> None:
    mats = sub.product_materials("Stainless Steel Cuban Link Chain Necklace")
    assert mats == frozenset({"base_metal"})
    assert sub.factor(BASE_METAL, mats, 1.5) == 1.5
    assert sub.factor(NOT_BASE_METAL, mats, 1.5) == 1.0 / 1.5


def test_colour_words_are_not_the_metal() -> None:
    assert sub.product_materials("Gold Color Silver Tone Earrings") == frozenset()
    assert sub.product_materials("Rose gold plated pendant") == frozenset()


def test_sterling_silver_and_karat_gold() -> None:
    silver = sub.product_materials("925 Sterling Silver ring")
    assert silver == frozenset({"silver"})
    assert sub.factor(SILVER, silver, 1.5) == 1.5
    assert sub.factor(GOLD, silver, 1.5) == 1.0 / 1.5
    assert sub.product_materials("14K gold chain") == frozenset({"precious"})


def test_pu_leather_is_plastics_not_leather() -> None:
    assert sub.product_materials("PU leather handbag") == frozenset({"plastics"})
    assert sub.product_materials("genuine leather wallet") == frozenset({"leather"})


def test_fabric_alone_says_nothing_against_a_fibre_line() -> None:
    mats = sub.product_materials("knit fabric cardigan")
    assert mats == frozenset({"textile"})
    assert sub.factor(COTTON_TEES, mats, 1.5) == 1.0


def test_whole_words_only() -> None:
    assert sub.product_materials("cottonwood steelers silky") == frozenset()


def test_cuff_link_subheading_needs_cuff_links() -> None:
    assert not sub.names_article("711711", "stud earrings for women")
    assert sub.names_article("711711", "silver cufflinks for men")
    assert sub.names_article("711719", "stud earrings for women")


def test_footwear_goes_by_the_upper() -> None:
    leather = (
        "Footwear; n.e.c. in heading no. 6403, outer soles of rubber, plastics, uppers of leather"
    )
    textile = "Footwear; with outer soles of rubber or plastics and uppers of textile materials"
    plastic = (
        "Footwear; n.e.c. in heading no. 6402, with outer soles and uppers of rubber or plastics"
    )
    mats = sub.product_materials("Women sandals genuine leather rubber sole")
    assert sub.factor(leather, mats, 1.5) == 1.5
    assert sub.factor(textile, mats, 1.5) == 1.0 / 1.5
    assert sub.factor(plastic, mats, 1.5) == 1.0 / 1.5
    canvas = sub.product_materials("Canvas loafers rubber sole")
    assert sub.factor(textile, canvas, 1.5) == 1.5
    assert sub.factor(plastic, canvas, 1.5) == 1.0 / 1.5
    # the marketplace's 'Upper Material' attribute names the upper
    pvc = sub.product_materials("Rain boots Upper Material: PVC Outsole Material: Rubber")
    assert sub.factor(plastic, pvc, 1.5) == 1.5


def test_a_declared_material_attribute_is_the_product_material() -> None:
    text = "Punk Metal Bracelet Handwoven Fine or Fashion: Fashion Material: Leather Gender: Men"
    assert sub.declared_materials(text) == frozenset({"leather"})
    assert sub.declared_materials("Necklace Lining Material: Polyester") is None
    assert sub.declared_materials("Charms Material: Resin Item Type: charms") == frozenset(
        {"plastics"}
    )
    # declared: a line naming only another material steps back, whatever its kind
    assert sub.factor(BASE_METAL, frozenset({"plastics"}), 1.5, declared=True) == 1.0 / 1.5
    assert sub.factor(NOT_BASE_METAL, frozenset({"plastics"}), 1.5, declared=True) == 1.0


def test_stones_and_pearls() -> None:
    stones = "Stones; precious or semi-precious stones (natural, synthetic or reconstructed)"
    pearls = "Pearls; articles of natural or cultured pearls"
    assert sub.product_materials("Natural Stone Agate Beads") == frozenset({"stone"})
    assert sub.product_materials("Freshwater Pearl Earrings") == frozenset({"pearl"})
    assert sub.product_materials("Imitation pearl earrings") == frozenset()
    assert sub.factor(stones, frozenset({"stone"}), 1.5) == 1.5
    assert sub.factor(pearls, frozenset({"stone"}), 1.5) == 1.0 / 1.5


def test_chapter_39_lines_are_not_told_apart_by_plastics() -> None:
    line = "Plastics; tableware and kitchenware"
    assert sub.code_materials(line) == (frozenset(), frozenset())
    flowers = "Flowers, foliage and fruit, artificial; articles made of them, of plastics"
    assert sub.code_materials(flowers)[0] == frozenset({"plastics"})


@pytest.mark.parametrize(
    ("text", "category", "hs6"),
    [
        (
            "Stainless Steel Cuban Link Chain Necklace Men Hip Hop",
            "Jewelry & Accessories > Fashion Jewelry > Necklace",
            "711719",
        ),
        (
            "Resin Charms Pendants for DIY Earrings Material: Resin",
            "Jewelry & Accessories > Fashion Jewelry > Charms",
            "711790",
        ),
        (
            "Summer Sandals Women Genuine Leather Open Toe",
            "Shoes > Women's Shoes > Sandals",
            "6403",
        ),
        ("Lavender Artificial Flowers Fake Plants for Office", None, "6702"),
        ("Silicone Watch Strap 22mm Quick Release", "Watches > Watches Accessories", "911390"),
    ],
)
def test_the_classifier_takes_the_subheading_of_the_material(
    text: str, category: str | None, hs6: str
) -> None:
    best = classifier.classify(text, category=category).candidates[0]
    assert best.hs6.startswith(hs6)


def test_the_deciding_question_names_the_materials() -> None:
    assert (
        sub.question(COTTON_TEES, OTHER_TEES)
        == "What is it mainly made of: cotton or textile materials?"
    )
    assert sub.question(SILVER, GOLD) == "What is it mainly made of: silver or gold or platinum?"
    assert sub.question(BASE_METAL, BASE_METAL) is None
    upper = sub.question(
        "Footwear; outer soles of rubber or plastics, uppers of leather",
        "Footwear; outer soles of rubber or plastics and uppers of textile materials",
    )
    assert upper == "What is the upper mainly made of: leather or textile materials?"


def test_the_reason_names_the_material_and_its_legal_source() -> None:
    mats = sub.product_materials("Stainless Steel Chain Necklace")
    assert sub.reason("711719", BASE_METAL, mats) == (
        "subheading 711719 names the product's material, base metal (steel, alloy, brass, ...): "
        "Chapter 71 Notes 9 and 11 (precious metal, pearls and stones, imitation)"
    )


def test_the_question_and_reason_as_message_codes() -> None:
    upper = sub.question_said(
        "Footwear; outer soles of rubber or plastics, uppers of leather",
        "Footwear; outer soles of rubber or plastics and uppers of textile materials",
    )
    assert upper is not None
    assert upper.code == "customs.question.upper_material"
    assert upper.params == {
        "materials": msg.items(
            [msg.label("hs_material", "leather"), msg.label("hs_material", "textile")]
        )
    }
    assert sub.question_said(BASE_METAL, BASE_METAL) is None
    mats = sub.product_materials("Stainless Steel Chain Necklace")
    reason = sub.reason_said("711719", BASE_METAL, mats)
    assert reason.code == "customs.reason.sub_material"
    assert reason.params == {
        "code": "711719",
        "materials": msg.items([msg.label("hs_material", "base_metal")]),
        "source": msg.label("hs_source", "chapter_71"),
    }


def test_wigs_of_human_hair_and_of_synthetic_textile_materials() -> None:
    synthetic = "Wigs; complete, of synthetic textile materials"
    human = (
        "Wigs, false beards, eyebrows and eyelashes, switches and the like and other articles "
        "n.e.c.; of human hair"
    )
    mats = sub.product_materials("13x4 Lace Front Human Hair Wig Body Wave")
    assert mats == frozenset({"human_hair"})
    assert sub.factor(human, mats, 1.5) == 1.5
    assert sub.factor(synthetic, mats, 1.5) == 1.0 / 1.5
    assert sub.product_materials("humanhair wig") == frozenset()  # whole words only
    result = classifier.classify("Brazilian Deep Wave Lace Front Human Hair Wigs for Women")
    assert result.candidates[0].hs6 == "670420"


def test_handbag_and_pocket_lines_need_their_article() -> None:
    assert sub.names_article("420222", "Women Shoulder Bags PU Leather")
    assert not sub.names_article("420222", "Men's Chest Bag Sling Crossbody Sports Pack")
    assert sub.names_article("420232", "Slim RFID card holder wallet")
    assert not sub.names_article("420232", "Travel cosmetic organizer bag")
    assert not sub.names_article("420232", "walletless phone strap")  # whole words only
    assert sub.names_article("420212", "a generic molded plastic case")  # similar containers


def test_ensembles_and_suits_need_a_set_of_garments() -> None:
    assert not sub.names_article("610322", "men's knit shorts made from cotton")
    assert sub.names_article("610322", "boys' 2 pieces knit pajama set of cotton")
    assert not sub.names_article("620412", "women's cotton skirt")
    assert sub.names_article("620412", "women's cotton suit, jacket and skirt")
    assert not sub.names_article("620322", "sunset print cotton shorts")  # whole words only
    result = classifier.classify("men's knit shorts made from 50% polyester and 50% cotton")
    assert result.candidates[0].hs6[:4] == "6103"
    assert result.candidates[0].hs6 != "610322"


def test_accumulators_by_their_chemistry() -> None:
    nimh = "Electric accumulators; nickel-metal hydride"
    lead = "Electric accumulators; lead-acid, (other than for starting piston engines)"
    mats = sub.product_materials("7.2v 2400mah NI-MH battery pack for rc car")
    assert mats == frozenset({"nimh"})
    assert sub.factor(nimh, mats, 1.5) == 1.5
    assert sub.factor(lead, mats, 1.5) == 1.0 / 1.5
    assert sub.product_materials("18650 li-ion cell") == frozenset({"lithium_ion"})
    assert sub.product_materials("alkaline battery") == frozenset()


LITHIUM = (
    "Electric accumulators; lithium-ion, including separators, whether or not rectangular "
    "(including square)"
)
OTHER_ACCUMULATORS = (
    "Electric accumulators; other than lead-acid, nickel-cadmium, nickel-metal hydride and "
    "lithium-ion, including separators, whether or not rectangular (including square)"
)


def test_a_listed_exclusion_runs_to_its_last_item() -> None:
    assert sub.code_materials(OTHER_ACCUMULATORS) == (
        frozenset(),
        frozenset({"lead_acid", "nicd", "nimh", "lithium_ion"}),
    )
    assert sub.code_materials(LITHIUM) == (frozenset({"lithium_ion"}), frozenset())


def test_one_material_against_a_residual_line_is_offered_beside_another_material() -> None:
    assert (
        sub.question(LITHIUM, OTHER_ACCUMULATORS)
        == "What is it mainly made of: lithium-ion or another material?"
    )
