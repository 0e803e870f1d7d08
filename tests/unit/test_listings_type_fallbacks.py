"""Where the category and the title disagree, the classifier names a type both support, or asks
(ADR 0125): the broader of a type and its broader type; a parts shelf whose product the title
names as a modifier or a use."""

from __future__ import annotations

from globalsell.listings.product_types import classify, naming_tail
from globalsell.listings.type_fallbacks import (
    broader_of_two,
    names_whole_product,
    part_of,
    says_part,
)
from globalsell.listings.type_vocabulary import tokens, vocabulary


def _typed(title: str, category: str) -> str | None:
    result = classify(title=title, category=category)
    return result.product_type.code if result.product_type else None


def test_the_broader_of_a_type_and_its_broader_type() -> None:
    assert broader_of_two("TOOL_SET", "TOOLS") == "TOOLS"
    assert broader_of_two("TOOLS", "PLIERS") == "TOOLS"
    # Siblings under one broader type, unrelated types, a missing side: no answer.
    assert broader_of_two("TOOL_SET", "PLIERS") is None
    assert broader_of_two("TOOL_SET", "TABLE") is None
    # ... unless a source names their broader type itself ("pliers ... combination tool").
    assert broader_of_two("TOOL_SET", "PLIERS", frozenset({"TOOLS"})) == "TOOLS"
    assert broader_of_two("TOOL_SET", "PLIERS", frozenset({"TABLE"})) is None
    assert broader_of_two(None, "TOOLS") is None
    assert broader_of_two("TOOLS", "TOOLS") is None


def test_a_tool_set_shelf_and_a_title_saying_tools_choose_tools() -> None:
    category = "Tools > Tool Sets > Hand Tool Sets"
    assert _typed("Dent Removal Tools with Replaceable Heads", category) == "TOOLS"
    # A title naming an unrelated product on that shelf still asks.
    assert _typed("LED Table Lamp with Suction Cup", category) is None


def test_a_title_naming_the_shelfs_product_as_a_modifier_is_its_part() -> None:
    bikes = "Sports & Entertainment > Cycling > Bicycle Accessories"
    assert _typed("Bicycle Saddle Cover Cushion Foam Seat Cover", bikes) == "BICYCLE_ACCESSORY"
    # The product itself as the head of the title is no accessory: ask.
    assert _typed("Folding Electric Bike 350W 48V", bikes) is None
    tools = "Tools > Tool Parts > Tool Parts"
    assert _typed("Hex Socket Adapter Converter for Impact Wrench", tools) == "TOOL_PART"
    # "Tool" names no particular tool: a keychain on a tool-parts shelf still asks.
    assert _typed("Titanium Keychain Buckle EDC Outdoor Tool", tools) is None


def test_whole_product_words_are_read_as_words() -> None:
    head = tokens("Carbon Brush Holder")
    assert names_whole_product("AUTO_PART", head, []) is False  # "car" inside "carbon"
    assert names_whole_product("AUTO_PART", tokens("Car Door Trim"), []) is True
    assert names_whole_product("AUTO_PART", tokens("Trim Strip"), tokens("cars SUV")) is True
    assert names_whole_product("BOOK", tokens("Car Book"), []) is False  # no parts shelf


def test_every_parts_type_is_in_the_vocabulary() -> None:
    assert set(part_of()) <= set(vocabulary().types)


def test_the_rest_of_a_title_names_no_product_after_a_use() -> None:

    assert naming_tail("Brand X, Cuban Chain for Necklace Making") == "Cuban Chain"
    assert naming_tail("Cuban Link Chain for Necklace or Bracelet Making") == ""
    # "for women" names the buyer, not a use.
    assert naming_tail("Enamel Gifts For Women Peony Bracelet") == "Women Peony Bracelet"
    assert naming_tail("Silver Chain") == ""


def test_a_chain_for_necklace_making_on_a_findings_shelf_is_a_finding() -> None:
    shelf = "Jewelry & Accessories > Jewelry Making > Jewelry Findings & Components"
    title = "1 Meter Bulk Cuban Link Chain for Men or Women Necklace or Bracelet Making"
    assert _typed(title, shelf) is None  # the category alone: ask
    result = classify(title=title, category=shelf, item_type="jewelry findings")
    assert result.product_type is not None
    assert result.product_type.code == "JEWELRY_FINDING"
    # The necklace it is for only ranks; it is no source of its own.
    codes = {c.code: c.reasons for c in result.candidates}
    assert codes["NECKLACE"] == ("title detail",)


def test_a_car_make_names_the_car_on_an_auto_parts_shelf() -> None:
    shelf = "Automobiles, Parts & Accessories > Interior Parts > Interior Replacement Parts"
    title = "Genuine Fuel Door Hatch Lock for Hyundai Santa Fe Opener Actuator"
    assert names_whole_product("AUTO_PART", tokens("Hatch Lock"), tokens("Hyundai Santa Fe"))
    assert not names_whole_product("AUTO_PART", tokens("Hatch Lock"), tokens("Santa Fe"))
    assert _typed(title, shelf) == "AUTO_PART"
    # A bare "lock" names no protective gear.
    assert all(c.code != "PROTECTIVE_GEAR" for c in classify(title=title).candidates)


def test_a_phrase_that_names_no_product_takes_its_words() -> None:
    vocab = vocabulary()
    words = tokens("Universal Suction Cup Table Vice")
    named = [codes for _, _, codes, _ in vocab.matches(words)]
    assert ("DRINKING_CUP",) not in named
    assert ("TOOLS",) in named  # "table vice"
    assert [codes for _, _, codes, _ in vocab.matches(tokens("Coffee Cup"))] == [("DRINKING_CUP",)]


def test_a_piece_for_jewelry_making_is_a_component() -> None:
    charms = "Jewelry & Accessories > Fashion Jewelry > Charms"
    near = {"PENDANT_NECKLACE": 0.6, "NECKLACE": 0.5, "CHARM": 0.1}
    title = "Sterling Silver Bracelet Necklace Shell Pendant for DIY Jewelry Making"
    result = classify(title=title, category=charms, item_type="Charms", embedding=near)
    assert result.product_type is not None
    assert result.product_type.code == "CHARM"
    # Without the use, the head's pendant (and the embedding) stand against the shelf: ask.
    plain = classify(
        title="Sterling Silver Shell Pendant Necklace",
        category=charms,
        item_type="Charms",
        embedding=near,
    )
    assert plain.abstained


def test_dmx_gear_is_stage_lighting() -> None:
    shelf = "Lights & Lighting > Commercial Lighting > Stage Lighting Effect"
    result = classify(title="Artnet DMX Converter and DMX Amplifier 8 Port", category=shelf)
    assert result.product_type is not None
    assert result.product_type.code == "STAGE_LIGHT"


def test_a_component_on_the_shelf_of_what_it_goes_into_is_the_component() -> None:
    shelf = "Home Improvement > Electrical Equipment & Supplies > Power Supplies"
    near = {"ELECTRONIC_COMPONENT": 0.6, "MULTIMETER": 0.5, "POWER_SUPPLY": 0.1}
    result = classify(title="0805 SMD Inductor Assorted Kit", category=shelf, embedding=near)
    assert result.product_type is not None
    assert result.product_type.code == "ELECTRONIC_COMPONENT"
    # Without the embedding's agreement the title's noun alone does not outvote the shelf.
    assert classify(title="0805 SMD Inductor Assorted Kit", category=shelf).abstained
    # A whole product named against a parts shelf is what the part is for: ask.
    parts = "Home Appliances > Personal Care Appliances > Personal Care Appliance Parts"
    glass = classify(
        title="Projector Heat Insulation Glass Repair Screen",
        category=parts,
        embedding={"PROJECTOR": 0.6, "SCREEN_PROTECTOR": 0.5},
    )
    assert glass.abstained


def test_a_whole_product_on_a_parts_shelf_whose_title_says_no_part() -> None:
    shelf = (
        "Industrial & Business > Agricultural Machinery & Supplies > "
        "Agricultural Machinery Parts & Accessories"
    )
    near = {"LAWN_MOWER": 0.6, "BATTERY": 0.5, "AGRICULTURAL_SUPPLIES": 0.1}
    mower = classify(title="Robot Lawn Mower Zero Turn Remote", category=shelf, embedding=near)
    assert mower.product_type is not None
    assert mower.product_type.code == "LAWN_MOWER"
    # A title that says part, fit or use names what the part is for: ask.
    for title in ("Lawn Mower Blade Replacement", "Blade for Robot Lawn Mower"):
        assert classify(title=title, category=shelf, embedding=near).abstained
    assert says_part("Watch Dial Fit NH35 Movement")
    assert not says_part("Fortress Lawn Mower")  # "for" inside a word


def test_a_parts_type_and_the_product_it_fits_with_no_shelf() -> None:
    mixed = "Tools > Measurement & Analysis Instruments > Instrument Parts & Accessories"
    brush = classify(title="Carbon Brush for Angle Grinder WU700", category=mixed)
    assert brush.product_type is not None
    assert brush.product_type.code == "POWER_TOOL_ACCESSORY"
    # The parts type alone, with nothing it fits: ask.
    assert classify(title="Carbon Brush WU700 2pcs", category=mixed).abstained
