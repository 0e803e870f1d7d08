"""Subheading by material within a heading (customs.subheadings), one rule at a time."""

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
    assert sub.product_materials("Gold Color Silver Tone Resin Earrings") == frozenset()
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
