"""What a non-English title says of the seller's product phrase: its kind words ("Rechargeable",
"Wireless") through the glossary's modifier rows, its language-neutral designations ("18650",
"BV8200") and its own head noun; and the lexicon rows behind them."""

from __future__ import annotations

from typing import Any

from globalsell.core.marketplaces import marketplaces
from globalsell.listings.content import Sku, render
from globalsell.listings.extract import MasterText, complete
from globalsell.listings.glossary import LANGUAGES, glossary
from globalsell.listings.modifiers import leading_run, modifiers_in, shown_modifiers
from globalsell.listings.product_types import Classification, vocabulary
from globalsell.listings.seller_title import shop_title
from globalsell.listings.spam import spam_markers, strip_spam
from globalsell.listings.title_parts import join_title
from globalsell.listings.titles import read_title


def _title(title: str, store: str, code: str, brand: str | None = None, **cells: Any) -> str:
    attributes: dict[str, tuple[Any, str | None]] = {"platform_attributes": (cells, None)}
    master = MasterText(
        title=title,
        title_en=None,
        category=None,
        description=None,
        bullets=(),
        keywords=(),
        attributes=attributes,
    )
    sku = Sku("AE-1", brand, "en", None, False, None, master)
    words = glossary()
    out = render(
        sku,
        complete(master, words),
        marketplaces().get(store),
        words,
        classification=Classification(vocabulary().types[code], 0.9, ()),
    )
    return str(out.content["item_name"])


def test_kind_words_of_the_phrase_follow_the_name_in_the_store_language() -> None:
    title = "Bulge 18650 Rechargeable Lithium Battery 3.7V"
    assert _title(title, "DE", "BATTERY", "AImomoda") == (
        "AImomoda Akku 18650, wiederaufladbar, Lithium"
    )
    assert _title(title, "FR", "BATTERY", "AImomoda") == (
        "AImomoda Batterie 18650, rechargeable, au lithium"
    )
    # Japanese puts them before the noun.
    assert _title(title, "JP", "BATTERY", "AImomoda") == "AImomoda 充電式 リチウム バッテリー 18650"
    # The English store keeps the seller's own phrase.
    assert _title(title, "US", "BATTERY", "AImomoda") == (
        "AImomoda Bulge 18650 Rechargeable Lithium Battery"
    )


def test_a_kind_word_not_written_in_the_store_language_is_left_out() -> None:
    # Swedish and Polish adjectives agree with the noun: "waterproof" is not written for them.
    assert glossary().term("modifier", "waterproof", "sv") == ""
    assert shown_modifiers(("waterproof", "rechargeable"), "sv", glossary(), "Batteri") == []
    assert shown_modifiers(("waterproof", "rechargeable"), "pl", glossary(), "Akumulator") == [
        "wielokrotnego ładowania"
    ]
    # A word the head already says is not repeated.
    assert shown_modifiers(("led",), "de", glossary(), "LED Lichterkette") == []


def test_kind_words_come_from_the_name_and_the_run_right_after_it() -> None:
    words = glossary()
    assert leading_run(["Breathable", "Comfortable", "Sport", "Shoes"], words) == 1
    # A word that starts the next compound ends the run ("Digital Storage Bag").
    assert leading_run(["Digital", "Storage", "Bag"], words) == 0
    assert modifiers_in("Pneumatic Shock Absorber Adjustable", "", words) == (
        "pneumatic",
        "adjustable",
    )
    # A piece of the rest that is a kind word alone counts; "non-waterproof" holds none.
    assert modifiers_in("Dog Fence", " App Based Collar, Waterproof, GPS", words) == ("waterproof",)
    assert modifiers_in("Non-waterproof Watch", "", words) == ()
    # Kind words of the keyword list further on are not the product's.
    reading = read_title(
        "613 Human Hair Lace Front Wig Straight Transparent 13x6", brand="", product_type=None
    )
    assert reading.modifiers == ()
    # A head that says what the product fits gives none.
    fits = read_title("For Beats Wireless Headset Ear Pads Cushion", brand="", product_type=None)
    assert fits.modifiers == ()


def test_designations_in_the_phrase_are_kept_in_every_store() -> None:
    reading = read_title("0805 SMD Led Inductor 1NH-22UH", brand="", product_type=None)
    assert reading.phrase_codes == ("0805", "SMD", "LED")
    # An English word inside is no designation ("5-inch"), a count of three digits neither.
    assert read_title("5-inch Digital Microscope", brand="", product_type=None).phrase_codes == ()
    assert read_title("Bodhi 108 Prayer Beads", brand="", product_type=None).phrase_codes == ()


def test_a_compound_noun_is_read_to_its_head() -> None:
    # "Pinion Motor" + "Gear": the product is a gear (an industrial part's own noun).
    title = "32DP Black Steel Pinion Motor Gear for RC Car"
    assert _title(title, "DE", "INDUSTRIAL_PART").startswith("Zahnrad, ")
    # A plural ends the phrase: "Screws" + "Bolts" is a list, not a compound.
    assert _title("240Pcs Screws Bolts and Nuts Kit", "DE", "FASTENER").startswith("Schrauben")


def test_cross_border_is_platform_spam() -> None:
    title = "Cross-border WOMEN'S Zipper Sweat Belt"
    assert spam_markers(title) == ["cross-border"]
    assert strip_spam(title) == ("WOMEN'S Zipper Sweat Belt", ["Cross-border"])


def test_lexicon_rows_are_written_where_they_are_used() -> None:
    words = glossary()
    # Every product noun is written in every listing language.
    nouns = words.by_kind("item_type")
    assert [k for k, names in nouns.items() if not all(names.get(x) for x in LANGUAGES)] == []
    # Every kind word is written in English, German and Japanese; French leaves out the
    # adjectives whose form agrees with the noun ("transparent/transparente").
    kinds = words.by_kind("modifier")
    assert [k for k, names in kinds.items() if not all(names[x] for x in ("en", "de", "ja"))] == []
    no_french = sorted({names["en"] for names in kinds.values() if not names["fr"]})
    assert no_french == [
        "Alkaline",
        "Breathable",
        "Heated",
        "Luminous",
        "Manual",
        "Non-slip",
        "Non-stick",
        "Polarized",
        "Professional",
        "Quiet",
        "Self-adhesive",
        "Transparent",
        "Universal",
    ]


def test_a_sellers_own_title_is_shown_in_title_case_without_selling_words() -> None:
    title = "EDC Titanium keychain buckle For men and women LUXURY High-end gifts with led"
    assert shop_title(title, brand="") == (
        "EDC Titanium Keychain Buckle for Men and Women Gifts with LED",
        ["LUXURY", "High-end"],
    )
    # Shouted common words come down; names, acronyms and mixed case stay as written.
    assert shop_title("WOMEN'S Belt for WORX PCB WiFi", brand="") == (
        "Women's Belt for WORX PCB WiFi",
        [],
    )
    # The brand is written as the seller writes it, even when it is a selling word.
    assert shop_title("Fashion ring", brand="Fashion") == ("Fashion Ring", [])


def test_japanese_titles_list_values_with_a_slash() -> None:
    assert join_title("Brand", ["ネックレス", "ブラック, シルバー"], "ja") == (
        "Brand ネックレス ブラック/シルバー"
    )
    assert join_title("", ["Halskette", "Schwarz, Silber"], "de") == "Halskette, Schwarz, Silber"


def test_a_selling_style_stays_out_of_the_title() -> None:
    title = "Women Casual Heels"
    assert _title(title, "US", "SHOES", Style="Fashion") == "Women's Casual Heels"
    assert _title(title, "US", "SHOES", Style="Punk") == "Women's Casual Heels, Punk"


def test_a_kind_word_the_name_already_says_is_not_repeated() -> None:
    words = glossary()
    # "Electric Kettle" says electric; "Portable" is new.
    assert shown_modifiers(
        ("electric", "portable"), "de", words, "Wasserkocher", english="Electric Kettle"
    ) == ["tragbar"]
    # Japanese has no spaces: "3D" is said inside "3Dプリンター用フィラメント".
    assert shown_modifiers(("3d",), "ja", words, "3Dプリンター用フィラメント") == []


def test_an_english_phrase_that_names_no_product_ends_in_the_type_name() -> None:
    title = "KeloKang Stainless Steel Hip Hop Bling Gold Color, Curb Link"
    assert _title(title, "US", "NECKLACE", "KeloKang") == (
        "KeloKang Stainless Steel Hip Hop Bling Necklace"
    )
    # "Sterling Silver" is a material, not a colour to take off.
    assert _title("Unisex Hip Hop Solid 925 Sterling Silver", "US", "BRACELET") == (
        "Unisex Hip Hop Solid 925 Sterling Silver Bracelet"
    )
    # A phrase that names a product keeps its own noun ("T-shirts").
    assert _title("Women's T-shirts Hello Kitty Printed", "US", "SHIRT") == (
        "Women's T-shirts Hello Kitty Printed"
    )


def test_a_colour_that_is_the_materials_own_is_said_once() -> None:
    title = "Silver Fiber Mosquito Head Cover"
    cells = {"Material": "Silver", "Color": "Silver"}
    fr = _title(title, "FR", "PEST_CONTROL_DEVICE", **cells)
    assert fr == "Dispositif antiparasitaire, Argent"


def test_a_kind_word_of_another_product_in_the_title_is_not_the_products() -> None:
    # "Electric" describes the scooter the lock is for, "Waterproof" the lock.
    title = "Anti-theft Bicycle Lock Electric Scooter Waterproof Lock"
    reading = read_title(title, brand="", product_type=None)
    assert reading.modifiers == ("anti-theft", "electric", "waterproof")
    assert reading.modifier_targets == ("bicycle", "scooter", "")
    assert _title(title, "DE", "BICYCLE_ACCESSORY") == (
        "Fahrradschloss, Diebstahlschutz, wasserdicht"
    )


def test_a_noun_that_only_says_a_shape_is_not_what_a_kind_word_describes() -> None:
    title = "Portable Lipstick Shaped Women's Electric Epilator"
    reading = read_title(title, brand="", product_type=None)
    assert reading.modifier_targets == ("", "epilator")
    assert _title(title, "DE", "EPILATOR") == "Epilierer, tragbar, elektrisch"


def test_a_compound_the_lexicon_knows_is_read_past_the_phrase() -> None:
    # "Lawn Mower" + "Robot": the lexicon's "lawn mower robot", not a plain lawn mower.
    title = "Customized Battery Lawn Mower Robot Zero Turn Remote Control"
    assert _title(title, "DE", "AGRICULTURAL_SUPPLIES").startswith("Mähroboter")
