"""Titles that must not name another product or another audience than the seller's own."""

from __future__ import annotations

from globalsell.core.marketplaces import marketplaces
from globalsell.listings.content import Sku, render
from globalsell.listings.extract import MasterText, complete
from globalsell.listings.glossary import glossary
from globalsell.listings.head_nouns import category_noun
from globalsell.listings.product_types import classify
from globalsell.listings.titles import read_title


def _master(title: str, category: str, cells: dict[str, str]) -> MasterText:
    return MasterText(
        title=title,
        title_en=None,
        category=category,
        description=None,
        bullets=(),
        keywords=(),
        attributes={"platform_attributes": (cells, None)},
    )


def _title(master: MasterText, store: str) -> str:
    sku = Sku("T-1", None, "en", None, False, None, master, unbranded=True)
    kind = classify(title=master.title, category=master.category)
    words = glossary()
    out = render(
        sku, complete(master, words), marketplaces().get(store), words, classification=kind
    )
    return str(out.content["item_name"])


def test_a_gender_cell_that_contradicts_the_title_is_no_department() -> None:
    boots = "Ladies Leather Ankle Boots Winter Warm"
    facts = complete(_master(boots, "", {"Gender": "Men"}), glossary())
    assert "department" not in facts
    agreeing = complete(_master(boots, "", {"Gender": "Women"}), glossary())
    assert agreeing["department"].value == "Women"
    both = complete(_master("Running Socks Men and Women", "", {"Gender": "Men"}), glossary())
    assert both["department"].value == "Men"
    untold = complete(_master("Leather Ankle Boots", "", {"Gender": "Men"}), glossary())
    assert untold["department"].value == "Men"


def test_whole_product_shelf_is_named_by_the_titles_own_noun() -> None:
    # A catch-all shelf of whole products: the head noun is the product, not "Cooling Product".
    pad = _master(
        "Ice Gel Seat Cushion Summer Office Chair Pad",
        "Home & Garden > Household Merchandises > Cooling Products",
        {},
    )
    assert _title(pad, "DE").split(",")[0] == "Sitzkissen"
    assert "Cooling" not in _title(pad, "US")


def test_category_and_title_agreeing_on_a_noun_name_an_untyped_product() -> None:
    # Head noun "Beads", but the shelf and the title's last noun both say necklace.
    mala = _master(
        "Tibetan Sandalwood Mala Beads, Meditation Long Necklace",
        "Jewelry & Accessories > Fashion Jewelry > Necklaces",
        {},
    )
    # Beads for a necklace are beads: a use names no necklace.
    loose = _master(
        "Sandalwood Spacer Beads for Necklace Making",
        "Jewelry & Accessories > Fashion Jewelry > Necklaces",
        {},
    )
    agreed = category_noun(mala.title, classify(title=mala.title, category=mala.category))
    assert agreed is not None
    assert agreed.names["de"] == "Halskette"
    assert category_noun(loose.title, classify(title=loose.title, category=loose.category)) is None


def test_a_material_and_a_noun_that_names_no_product_is_no_products_name() -> None:
    # The phrase up to the first comma is a part of the product, not the product.
    handle = "Stainless Steel Handle, Folding Pocket Pliers Tool, Camping"
    assert read_title(handle, brand="", product_type=None).phrase is None
    # A material and a noun the lexicon knows as a product stay the product's name.
    brush = "Carbon Brush for Angle Grinder"
    assert read_title(brush, brand="", product_type=None).phrase == "Carbon Brush"


def test_english_title_ends_with_the_compounds_head_the_other_stores_name() -> None:
    gear = _master(
        "Brass Pinion Motor Gear 12T for RC Truck Crawler Upgrade",
        "Toys & Hobbies > Remote Control Toys > Parts & Accs",
        {},
    )
    assert _title(gear, "US") == "Brass Pinion Motor Gear, 12T"
    assert _title(gear, "DE") == "Zahnrad, 12T"


def test_a_title_naming_two_audiences_keeps_a_cell_of_either() -> None:
    title = "Children's Cotton Slippers Warm for Girls"
    facts = complete(_master(title, "", {"Department Name": "Children"}), glossary())
    assert facts["department"].value == "Children"
