"""Specific titles: the seller's product phrase in English stores, the seller's Item Type and
department in the store language elsewhere, language-neutral tokens (model numbers, pin
counts) everywhere, the makes a part fits, and the title-quality rubric of `listings eval`."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from globalsell.core.marketplaces import marketplaces
from globalsell.listings import title_quality
from globalsell.listings.content import Rendered, Sku, render
from globalsell.listings.evaluation import Row, evaluate
from globalsell.listings.extract import MasterText, complete
from globalsell.listings.glossary import glossary
from globalsell.listings.head_nouns import head_nouns
from globalsell.listings.product_types import Candidate, Classification, vocabulary
from globalsell.listings.seller_title import tidy_seller_title
from globalsell.listings.title_fragments import measure_choices, spec_fragment
from globalsell.listings.titles import makes_in, read_title

PRODUCTS = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "listings" / "title_products.json").read_text()
)
TYPES = {
    "sneakers": "SHOES",
    "connector": "CONNECTOR",
    "absorber": "INDUSTRIAL_PART",
    "paperweight": "HOME_FURNITURE_AND_DECOR",
}


def _master(name: str, **changes: Any) -> MasterText:
    product = PRODUCTS[name]
    seller = {**product["attributes"], **changes.pop("attributes", {})}
    attributes: dict[str, tuple[Any, str | None]] = {"platform_attributes": (seller, None)}
    if "Material" in seller:
        attributes["material"] = (seller["Material"], None)
    fields = {
        "title": product["title"],
        "title_en": None,
        "category": product["category"],
        "description": None,
        "bullets": (),
        "keywords": (),
        "attributes": attributes,
    } | changes
    return MasterText(**fields)


def _render(name: str, store: str, *, code: str | None = None, **changes: Any) -> Rendered:
    master = _master(name, **changes)
    brand = PRODUCTS[name].get("brand")
    sku = Sku("AE-1", brand, "en", None, False, None, master, unbranded=brand is None)
    kind = vocabulary().types[code or TYPES[name]]
    words = glossary()
    return render(
        sku,
        complete(master, words),
        marketplaces().get(store),
        words,
        classification=Classification(kind, 0.9, ()),
    )


def _title(name: str, store: str, **changes: Any) -> str:
    return str(_render(name, store, **changes).content["item_name"])


def test_english_title_starts_from_the_sellers_product_phrase() -> None:
    assert _title("sneakers", "US") == "Men's Platform Sneakers, Air Mesh"
    assert _title("connector", "US") == (
        "yuyi 22-Pin Automobile Instrument Connector, Nylon, IL-AG5-22P-D3C1, "
        "IL-AG5-22S-D3C1, Green, for Honda/Volvo"
    )
    # No type noun in the head: the phrase stops at the first describing word ("Adjustable");
    # the store brand in capitals and the leading model code leave the phrase.
    assert _title("absorber", "US") == "Pneumatic Cylinder Shock Absorber, Iron, HR60/80"
    assert _title("paperweight", "UK") == "Crystal Diamond Shaped Paperweight, Glass"


def test_other_stores_use_the_phrase_noun_and_department_in_their_language() -> None:
    # The seller's "Platform Sneakers" (more specific than the Item Type cell "Casual Shoes"),
    # and "Breathable" right after it, where the store language writes it without agreement.
    assert _title("sneakers", "DE") == "Herren Sneaker, atmungsaktiv, Air-Mesh"
    assert _title("sneakers", "FR") == "Baskets pour homme, Mesh respirant"
    assert _title("sneakers", "JP") == "メンズ 通気性 スニーカー エアメッシュ"
    assert _title("connector", "DE") == (
        "yuyi Steckverbinder, Nylon, IL-AG5-22P-D3C1, IL-AG5-22S-D3C1, 22-polig, Grün, "
        "für Honda/Volvo"
    )
    assert _title("connector", "JP") == (
        "yuyi コネクタ ナイロン IL-AG5-22P-D3C1 IL-AG5-22S-D3C1 22ピン グリーン Honda/Volvo対応"
    )
    # A catch-all type ("Industrial Part") gives way to the phrase's own noun.
    assert _title("absorber", "DE") == "Stoßdämpfer, pneumatisch, verstellbar, Eisen, HR60/80"


def test_bullets_carry_model_number_and_makes() -> None:
    assert _render("connector", "DE").content["bullet_point"] == [
        "Material: Nylon",
        "Modellnummer: IL-AG5-22P-D3C1",
        "Kompatibel mit: Honda, Volvo",
        "Farbe: Grün",
    ]
    assert _render("connector", "US").content["model_number"] == "IL-AG5-22P-D3C1"


def test_phrase_noun_from_the_glossary_in_other_stores() -> None:
    # "Cuban Chain Necklace": the glossary's "chain necklace", a kind of NECKLACE.
    title = "Stainless Steel Cuban Chain Necklace for Men"
    changes = {"title": title, "attributes": {"Item Type": "Necklaces"}}
    # The phrase's "Chain Necklace" says more than the Item Type cell "Necklaces".
    assert _title("sneakers", "DE", code="NECKLACE", **changes) == "Herren Gliederkette, Air-Mesh"
    changes["attributes"] = {"Item Type": "Chain Necklaces"}
    changes["title"] = "Stainless Steel Necklace for Men"
    # The Item Type cell that names more of the phrase's noun is used ("Chain Necklace").
    assert _title("sneakers", "DE", code="NECKLACE", **changes) == "Herren Gliederkette, Air-Mesh"
    changes["title"] = "Stainless Steel Cuban Chain Necklace for Men"
    del changes["attributes"]
    assert _title("sneakers", "DE", code="NECKLACE", **changes) == "Herren Gliederkette, Air-Mesh"
    # A noun the product types do not name refines a catch-all type ("Home Decoration")...
    assert _title("paperweight", "DE") == "Briefbeschwerer, Glas"
    assert _title("paperweight", "JP") == "ペーパーウェイト ガラス"
    # ... a noun of another type does not replace a specific one (a "Charm" on a keychain).
    charm = {"code": "KEYCHAIN", "title": "Rhinestone Pearl Glass Charm"}
    assert _title("paperweight", "DE", **charm) == "Schlüsselanhänger, Glas"


def test_untranslatable_item_type_falls_back_to_the_phrase_noun_then_the_type_name() -> None:
    changes: dict[str, Any] = {"attributes": {"Item Type": "Dad Shoes"}}
    assert _title("sneakers", "DE", **changes) == "Herren Sneaker, atmungsaktiv, Air-Mesh"
    assert _title("sneakers", "US", **changes) == "Men's Platform Sneakers, Air Mesh"
    changes["title"] = "Men Chunky Trainers Breathable"
    assert _title("sneakers", "DE", **changes) == "Herren Schuhe, atmungsaktiv, Air-Mesh"
    assert _title("sneakers", "JP", **changes) == "メンズ 通気性 シューズ エアメッシュ"
    assert _title("sneakers", "US", **changes) == "Men's Chunky Trainers, Air Mesh"


def test_item_type_of_another_product_is_not_used() -> None:
    changes = {"attributes": {"Item Type": "Wall Lamps"}, "title": "Men Chunky Trainers"}
    assert _title("sneakers", "DE", **changes) == "Herren Schuhe, Air-Mesh"


def test_department_only_for_products_made_for_one() -> None:
    changes = {"attributes": {"Gender": "Men", "Material:": "Nylon"}}
    assert _title("connector", "DE", **changes).startswith("yuyi Steckverbinder, ")


def test_a_letter_size_is_not_taken_for_part_of_the_head() -> None:
    master = _master("sneakers")
    master = replace(master, attributes={**master.attributes, "size": ("L", None)})
    sku = Sku("AE-1", None, "en", None, False, None, master, unbranded=True)
    words = glossary()
    out = render(
        sku,
        complete(master, words),
        marketplaces().get("DE"),
        words,
        classification=Classification(vocabulary().types["SHOES"], 0.9, ()),
    )
    assert out.content["item_name"] == "Herren Sneaker, atmungsaktiv, Air-Mesh, L"


def test_adult_department_is_no_audience() -> None:
    changes = {"attributes": {"Gender": "Adult", "Department Name": "Adult"}}
    assert _title("sneakers", "DE", **changes) == "Sneaker, atmungsaktiv, Air-Mesh"
    assert _title("sneakers", "US", **changes) == "Men Platform Sneakers, Air Mesh".replace(
        "Men ", "Men's "
    )


def test_a_phrase_that_is_only_a_material_gives_way_to_the_type_name() -> None:
    title = "Aluminium Alloy Adjustable Replacement for Honda"
    # The kind word follows the type name ("Adjustable").
    assert _title("absorber", "US", title=title) == "Industrial Part, Adjustable, Iron, for Honda"


def test_read_title_parts() -> None:
    kind = vocabulary().types["CONNECTOR"]
    reading = read_title(PRODUCTS["connector"]["title"], brand="yuyi", product_type=kind)
    assert reading.phrase == "22-Pin Automobile Instrument Connector"
    assert reading.codes == ("IL-AG5-22P-D3C1", "IL-AG5-22S-D3C1")
    assert (reading.pins, reading.makes) == (22, ("Honda", "Volvo"))
    shoes = read_title(
        PRODUCTS["sneakers"]["title"], brand="", product_type=vocabulary().types["SHOES"]
    )
    assert (shoes.phrase, shoes.codes, shoes.pins) == ("Men's Platform Sneakers", (), None)


def test_pack_counts_marketing_and_filler_nouns_leave_the_phrase() -> None:
    plant = vocabulary().types["ARTIFICIAL_PLANT"]
    reading = read_title(
        "2/5Pcs 6CM Chiffon Fabric Artificial Flower For Home Wedding", brand="", product_type=plant
    )
    assert (reading.phrase, reading.codes, reading.removed) == (
        "Chiffon Fabric Artificial Flower",
        ("6 cm",),
        ("2/5Pcs",),
    )
    battery = vocabulary().types["BATTERY"]
    reading = read_title(
        "Bulge best-selling product 18650 rechargeable lithium battery 3.7v19800mAh with cable",
        brand="",
        product_type=battery,
    )
    # "18650" names the type but the noun follows: the phrase runs to it.
    assert reading.phrase == "Bulge 18650 Rechargeable Lithium Battery"
    # "3.7v19800mAh" is two specs glued together, no model code.
    assert reading.codes == ()


def test_makes_are_known_makers_after_for_only() -> None:
    assert makes_in("Floor Mat for Toyota Camry") == ("Toyota",)
    assert makes_in("Phone Case for iPhone 15 / Samsung") == ("iPhone",)
    assert makes_in("Dress for Women Party") == ()
    assert makes_in("Hondana bag for Hondas") == ()


def test_no_english_word_in_a_non_english_title() -> None:
    for name in TYPES:
        for store in ("DE", "FR", "ES", "IT", "NL", "SE", "PL", "MX", "JP"):
            out = _render(name, store)
            title = str(out.content["item_name"])
            verdict = title_quality.judge(
                title,
                language=marketplaces().get(store).language,
                product_type=out.content["product_type"],
                content=out.content,
            )
            assert verdict.language, (name, store, title)


def test_rubric_verdicts() -> None:
    content = {"brand": "Generic", "material": ["Air Mesh"], "department": "Men"}
    judge = title_quality.judge
    thin = judge("Shoes", language="en", product_type="SHOES", content=content)
    assert (thin.specific, thin.attributes, thin.length, thin.no_spam, thin.language) == (
        False,
        False,
        False,
        True,
        True,
    )
    good = judge(
        "Men's Platform Sneakers, Air Mesh", language="en", product_type="SHOES", content=content
    )
    assert good.passed
    spam = judge(
        "New Men's Platform Sneakers, Air Mesh",
        language="en",
        product_type="SHOES",
        content=content,
    )
    assert (spam.passed, spam.no_spam) == (False, False)
    german = {"brand": "Generic", "material": ["Air-Mesh"], "department": "Herren"}
    german["color"] = "Schwarz"
    english_left = judge(
        "Herren Sneakers Shoes, Air-Mesh", language="de", product_type="SHOES", content=german
    )
    assert (english_left.language, english_left.passed) == (False, False)
    typed_only = judge(
        "Herren Schuhe, Air-Mesh, Schwarz", language="de", product_type="SHOES", content=german
    )
    assert (typed_only.specific, typed_only.attributes) == (False, True)
    strap = {"brand": "Generic", "material": ["Silicone"]}
    sized = judge(
        "Silicone Watch Strap, 23 mm", language="en", product_type="WATCH_BAND", content=strap
    )
    assert (sized.attributes, sized.shows_given) == (True, True)
    bare = judge("Silicone Watch Strap for Men", language="en", product_type="X", content=strap)
    assert (bare.attributes, bare.shows_given) == (False, True)


def test_evaluation_reports_rubric_shares_per_store() -> None:
    content = {"brand": "Generic", "material": ["Air Mesh"], "department": "Men"}
    rows = [
        Row("A", "US", "SHOES", "Men's Platform Sneakers, Air Mesh", [], content),
        Row("B", "US", "SHOES", "Shoes", [], content),
        Row("A", "JP", "SHOES", "", [], {}, language="ja"),
    ]
    data = evaluate(rows, sample_size=0).as_json()
    assert data["title_rubric"] == {
        "JP": {
            "pass": 0.0,
            "specific": 0.0,
            "attributes": 0.0,
            "length": 0.0,
            "no_spam": 0.0,
            "language": 0.0,
            "shows_given": 0.0,
        },
        "US": {
            "pass": 0.5,
            "specific": 0.5,
            "attributes": 0.5,
            "length": 0.5,
            "no_spam": 1.0,
            "language": 1.0,
            "shows_given": 0.5,
        },
    }
    assert data["title_rubric_definition"] == {
        "criteria": ["specific", "attributes", "length", "no_spam", "language"],
        "length": [30, 200],
        "min_attributes": 2,
    }


def test_a_one_word_phrase_that_names_no_product_gives_way_to_the_type_name() -> None:
    mask = vocabulary().types["SLEEP_MASK"]
    reading = read_title(
        "Funny Creative Pepe The Frog 3D Eye Mask Cover Sleeping Mask", brand="", product_type=mask
    )
    assert reading.phrase is None
    screws = vocabulary().types["FASTENER"]
    assert read_title("240pcs Screws, M3", brand="", product_type=screws).phrase == "Screws"


def test_title_parts_are_not_repeated() -> None:
    from globalsell.listings.title_parts import distinct_parts as _distinct

    assert _distinct(["Battery", "2400 mAh", "7.2 V", "2400mah", "Y2K", "y2k"]) == [
        "Battery",
        "2400 mAh",
        "7.2 V",
        "Y2K",
    ]


def test_use_facts_show_what_the_glossary_knows_in_the_store_language() -> None:
    from globalsell.listings.title_parts import known_terms as _known

    words = glossary()

    def term(kind: str, key: str) -> str | None:
        return words.term(kind, key, "de")

    assert _known(term, "season", "Spring/Autumn") == "Frühling, Herbst"
    assert _known(term, "season", "Four Seasons") == "Ganzjährig"
    assert _known(term, "features", "Anti-Pilling,Breathable,Hot Car Accessories") == (
        "Pillingresistent, Atmungsaktiv"
    )
    assert _known(term, "features", "Hot Car Accessories") is None
    assert _known(term, "power_source", "Rechargeable") == "Wiederaufladbar"


def test_material_cells_drop_placeholders_and_whole_shares() -> None:
    from globalsell.listings.extract import _materials

    assert _materials("Other+PVC") == ["PVC"]
    assert _materials("100% silver+silver") == ["silver"]
    assert _materials("Cotton/Polyester") == ["Cotton", "Polyester"]
    assert _materials("Other") == ["Other"]  # nothing else said: kept, flagged as untranslated


def _nouns(title: str) -> list[str]:
    return [n.english for n in head_nouns(title, brand="", glossary=glossary())]


def test_head_noun_of_the_sellers_title() -> None:
    # The noun that ends the product phrase; "for X" is no head.
    assert _nouns("Carbon brush for WORX accessories Angle grinder")[0] == "carbon brush"
    # A part noun after the phrase is the compound's head.
    assert _nouns("Flamingo Coco Cup Holder Beverage Boats Pool Float")[0] == "cup holder"
    # A run of known nouns: the last first ("Bicycle Saddle Cover").
    assert _nouns("Mountainous Bicycle Saddle Cover Cushion 3D Sponge Foam Seat")[:2] == [
        "cushion",
        "saddle cover",
    ]
    # A noun followed by a position, an agent noun or a catch-all names a part of something
    # else; a noun inside a material; a head that starts with what it fits.
    assert _nouns("32MM Watch Case Inner Ring parts For NH35") == []
    assert _nouns("PowMr 5A 12V Solar Panel Charger Controller IP67") == []
    assert _nouns("Acrylic Mirror Bride Groom Sign Wedding Table Decoration") == []
    assert _nouns("For xiaomi car DVR dedicated portable suction cup holder") == []


def _untyped(title: str, store: str, candidates: tuple[Candidate, ...]) -> Rendered:
    master = _master("paperweight", title=title, category="Sports > Cycling > Bicycle Accessories")
    sku = Sku("AE-1", None, "en", None, False, None, master, unbranded=True)
    words = glossary()
    return render(
        sku,
        complete(master, words),
        marketplaces().get(store),
        words,
        classification=Classification(None, 0.2, candidates),
    )


def test_untyped_product_titled_by_its_head_noun_and_still_flagged() -> None:
    shelf = (Candidate("BICYCLE_ACCESSORY", 3.0, ("category 'Bicycle Accessories'",)),)
    title = "Mountainous Bicycle Saddle Cover Cushion 3D Sponge Foam Seat"
    de = _untyped(title, "DE", shelf)
    # "Cushion" names a home product, not one of the bicycle shelf: the saddle cover it is.
    # "3D" describes the sponge, not the saddle cover: no kind word.
    assert de.content["item_name"] == "Sattelbezug, Glas"
    assert de.content["product_type"] == "PRODUCT"
    assert [i.code for i in de.issues if i.code == "needs-product-type"] == ["needs-product-type"]
    assert _untyped(title, "JP", shelf).content["item_name"] == "サドルカバー ガラス"
    # English stores keep the seller's own title; a noun the vocabulary lacks gives no title.
    assert _untyped(title, "US", shelf).content["item_name"].startswith("Mountainous Bicycle")
    unknown = _untyped("Steelbook Case for Stellar Blade", "DE", shelf)
    assert "item_name" not in unknown.content
    assert unknown.needs_translation == ["item_name"]


def test_spec_and_lot_fragments_are_no_codes() -> None:
    assert [
        spec_fragment(t) for t in ("3.7v19800mAh", "18MM65MM", "30valuesX10pcs=300pcs/LOT")
    ] == [
        True,
        True,
        True,
    ]
    assert [spec_fragment(t) for t in ("IL-AG5-22P-D3C1", "19800mAh", "1NH-22UH", "NH35")] == [
        False,
        False,
        False,
        False,
    ]


def test_seller_title_loses_fragments_and_a_cut_last_word() -> None:
    title = (
        "0805 SMD Inductor, 30valuesX10pcs=300pcs/LOT,1NH-22UH,Electronic Components, Assorted Ki"
    )
    assert tidy_seller_title(title, at_limit=False) == (
        "0805 SMD Inductor, 1NH-22UH, Electronic Components, Assorted",
        ["30valuesX10pcs=300pcs/LOT", "Ki"],
    )
    # A longer unknown last word is cut only in a title that reached the platform's limit.
    assert tidy_seller_title("Drill Grinding Hand Too", at_limit=True)[0] == "Drill Grinding Hand"
    assert tidy_seller_title("Drill Grinding Hand Too", at_limit=False)[0] == (
        "Drill Grinding Hand Too"
    )
    # Capitals are a model ("ASTRA J"), a known word is whole ("Kit").
    assert tidy_seller_title("Trim for Opel ASTRA J", at_limit=True)[0] == "Trim for Opel ASTRA J"
    assert tidy_seller_title("Keychain Making Kit", at_limit=True)[0] == "Keychain Making Kit"


def _sized(name: str, size: str, store: str) -> str:
    master = _master(name)
    master = replace(master, attributes={**master.attributes, "size": (size, None)})
    sku = Sku("AE-1", PRODUCTS[name].get("brand"), "en", None, False, None, master, False)
    words = glossary()
    kind = vocabulary().types[TYPES[name]]
    out = render(
        sku,
        complete(master, words),
        marketplaces().get(store),
        words,
        classification=Classification(kind, 0.9, ()),
    )
    return str(out.content["item_name"])


def test_variant_lists_and_repeats_stay_out_of_titles() -> None:
    assert _sized("sneakers", "42", "US") == "Men's Platform Sneakers, Air Mesh, 42"
    # Sizes on offer are no size of this product; glued specs are no size either.
    assert _sized("sneakers", "35,42,40,45,37", "US") == "Men's Platform Sneakers, Air Mesh"
    assert _sized("sneakers", "18MM65MM", "DE") == "Herren Sneaker, atmungsaktiv, Air-Mesh"
    # A size that repeats the model code of the title says it once.
    assert _sized("connector", "IL-AG5-22P-D3C1 20mm", "US") == (
        "yuyi 22-Pin Automobile Instrument Connector, Nylon, IL-AG5-22P-D3C1, "
        "IL-AG5-22S-D3C1, Green, 20mm, for Honda/Volvo"
    )


def _count(title: str, cells: dict[str, str]) -> object:
    master = _master("sneakers", title=title, attributes=cells)
    fact = complete(master, glossary()).get("number_of_items")
    return fact.value if fact is not None else None


def test_lot_sizes_and_ranges_are_no_pack_count() -> None:
    assert _count("10pcs Resin Charms", {"each pack": "1"}) == 10
    # A wholesale lot (the platform's pack cell repeats it) and a range of lots: no count.
    assert _count("50pcs/lot Bears Stuffed Plush Toys", {"each pack": "50"}) is None
    assert _count("50-300Pcs Light Up Bracelets", {}) is None
    # Unless another seller cell states the same number.
    assert _count("20pcs/lot Beads", {"Number of parts": "20"}) == 20


def test_measures_offered_as_a_choice() -> None:
    choices = ("12mm/14mm", "4/5/6/7/8mm", "60*120cm/50*100cm", "150x200cm,200x230cm")
    assert [measure_choices(v) for v in choices] == [True, True, True, True]
    # One measure with a decimal comma, model codes and a fraction are no choice.
    assert [measure_choices(v) for v in ("0,2 m", "HR60/80", "A119/A129", "1/2")] == [
        False,
        False,
        False,
        False,
    ]
    assert spec_fragment("400pcs2mmMoulti")
    reading = read_title("goddessglass Dog Cats Animals 10pcs, Glass", brand="", product_type=None)
    assert reading.phrase == "Goddessglass Dog Cats Animals"


def test_a_part_number_holds_no_measure() -> None:
    facts = complete(_master("sneakers", title="815902W000 Fuel Door DW089L 2L 60W"), glossary())
    assert (facts["wattage"].value, facts["capacity"].value["value"]) == (
        {"value": "60", "unit": "watts"},
        "2000",  # millilitres
    )
    facts = complete(_master("sneakers", title="815902W000 Fuel Door Lock DW089L"), glossary())
    assert ("wattage" in facts, "capacity" in facts) == (False, False)


def test_an_untyped_head_without_a_known_noun_is_read_past_with_not_past_for() -> None:
    shelf = (Candidate("SPORTING_GOODS", 1.0, ("title head noun",)),)
    title = "Women's Zipper Belly Retraction with Neoprene Shapewear Sweat Belt"
    # The head names nothing known; after "with", the sweat belt is a waist trainer.
    assert _untyped(title, "DE", shelf).content["item_name"] == "Taillenformer, Glas"
    # What a product is "for" is what it fits, not what it is.
    fits = "Zipper Belly Retraction for Neoprene Shapewear Sweat Belt"
    assert "item_name" not in _untyped(fits, "DE", shelf).content
