"""Parts and accessories (customs.parts, customs.article_rules_parts): a part goes with the
machine it serves (Section XVI Note 2(b), Section XVII Note 3), unless it is a good named by its
own heading (Section XVI Note 2(a), the parts of general use of Section XV Note 2)."""

from __future__ import annotations

import pytest

from globalsell.customs import articles, classifier, glossary, parts
from globalsell.customs.articles import Match

MATCHER = articles.Matcher()


def _head_rule(title: str) -> str | None:
    hit = MATCHER.first(articles.words(title), articles.words(title))
    return hit[0].name if hit else None


def _served(title: str, category: str | None = None) -> tuple[str, ...] | None:
    m = parts.match(title, category, [], 1.0)
    return m.rule.targets if m else None


def test_a_replacement_part_goes_to_the_parts_heading_of_the_machine_it_is_for() -> None:
    assert _served("Replacement Blade for Lawn Mower, steel") == ("843390",)
    assert _served("Spare brush roll compatible with robot vacuum") == ("850870",)
    assert _served("Carburetor Replacement Part fits Honda engine") == ("8409",)


def test_the_category_path_names_the_machine_and_that_the_goods_are_its_parts() -> None:
    category = "Home Appliances > Home Appliance Parts > Vacuum Cleaner Parts/Consumables"
    assert _served("Side brush 2 pcs", category) == ("850870",)


def test_accessories_go_to_a_parts_heading_only_where_it_covers_accessories() -> None:
    # heading 8714 covers parts and accessories of cycles; 8473.30 only parts of computers
    assert _served("Saddle bag accessory for mountain bike")[0] == "871491"  # type: ignore[index]
    assert _served("Laptop accessory for computer desk") is None


def test_no_part_word_no_parts_heading() -> None:
    assert _served("Seat cushion for car, memory foam") is None


def test_served_machines_are_whole_words() -> None:
    # "carpet" and "cartoon" do not name a car, "biker" is not a bike
    assert _served("Replacement pad for carpet cleaner cartoon") is None
    assert parts.find("spare strap for biker jacket", None)[0] is None


def test_a_good_named_by_its_own_heading_stays_there() -> None:
    named = Match(MATCHER.phrases[("lock",)], "lock", "title", 1.0)
    assert parts.match("Fuel Door Lock for car, replacement part", None, [named], 1.0) is None


@pytest.mark.parametrize(
    ("title", "rule"),
    [
        ("Steel Pinion Motor Gear for 1/10 RC Model Car", "transmission"),
        ("Genuine Fuel Door Gas Cap Hatch Lock for hyundai", "lock"),
        ("a caliper proportioning valve for motor vehicles", "valve"),
        ("Brass Screw, vacuum sealing machine part", "screw"),
        ("galvanized cable in reels used as part of a brake assembly", "wire_rope"),
        ("Oven Magnetron for microwave, replacement part", "electronic_tube"),
        ("stainless compression spring assortment", "spring"),
        ("428 roller chain for dirt bike", "chain"),
        ("6203 deep groove ball bearing", "bearing"),
        ("rubber timing belt for 3d printer", "transmission_belt"),
        ("nitrile o-ring kit", "gasket"),
        ("12v brushless motor for drone", "electric_motor"),
        ("electric fuel pump for motorcycle", "pump"),
        ("rocker switch 3 pin for boat", "switch"),
        ("26 inch bicycle inner tube", "tyre"),
        ("iridium spark plug for car", "spark_plug"),
        ("7 inch round headlight for jeep", "vehicle_light"),
        ("wide angle rearview mirror for car", "rear_view_mirror"),
    ],
)
def test_parts_of_general_use_and_goods_of_their_own_heading(title: str, rule: str) -> None:
    assert _head_rule(title) == rule


def test_every_general_use_rule_has_an_example_and_a_legal_source() -> None:
    from globalsell.customs.article_rules_parts import PARTS_GOODS

    assert len(PARTS_GOODS) == 18
    assert all(r.source and r.targets and r.words for r in PARTS_GOODS)
    assert all("Note" in r.source or "heading" in r.source for r in PARTS_GOODS)


@pytest.mark.parametrize(
    "title",
    [
        "Fishing gear storage bag",  # gear as equipment, not gearing
        "Metal Rivet Lace-up Boots for men",  # a rivet as decoration of shoes
        "Women pumps high heel shoes",  # pumps as a shoe style
        "Hair lock clip",  # a lock of hair
    ],
)
def test_general_use_words_in_another_sense_name_no_part(title: str) -> None:
    assert _head_rule(title) not in {"transmission", "screw", "pump", "lock"}


def test_classifier_puts_a_mower_blade_with_mower_parts() -> None:
    result = classifier.classify("Replacement Blade for Lawn Mower, steel")
    assert result.candidates[0].hs6 == "843390"
    assert any("Section XVI Note 2(b)" in r for r in result.candidates[0].reasons)


def test_classifier_keeps_a_gear_for_a_car_with_gears() -> None:
    result = classifier.classify("Steel Pinion Motor Gear for 1/10 RC Model Car")
    assert result.candidates[0].hs6[:4] == "8483"


def test_a_title_whose_article_rule_names_the_good_is_read_as_a_product() -> None:
    from globalsell.customs.service import NOT_A_PRODUCT, guard

    result = guard(classifier.classify("Steel Pinion Motor Gear 17T for 1/10 RC Model Car"))
    assert result.candidates[0].hs6[:4] == "8483"
    assert result.question != NOT_A_PRODUCT
    chat = guard(classifier.classify("please call me tomorrow about the invoice"))
    assert chat.question == NOT_A_PRODUCT


def test_goods_built_into_a_machine_are_its_part_without_a_part_word() -> None:
    assert _served("a spacer ring used in a pneumatic valve") == ("848190",)
    assert _served("a thermostat cover installed on diesel engines") == ("8409",)
    assert _served("an impeller, parts of a water pump") == ("841391", "841490")
    assert _served("a stainless steel valve part") == ("848190",)
    # 'used with' is not built into; 'component of' may be the incomplete machine (GRI 2(a))
    assert _served("a wrench used with valves") is None
    assert _served("a long block component of a piston engine") is None


def test_goods_used_in_a_vehicle_still_need_a_part_word() -> None:
    # Section XVII Note 2(e), (f): machines built into vehicles keep their own headings
    assert _served("hydraulic slave cylinders used in automotive systems") is None
    assert _served("a bracket used in trucks, replacement part") == ("8708",)


def test_a_rule_naming_only_the_machine_does_not_stop_its_part() -> None:
    valve = Match(MATCHER.phrases[("valve",)], "valve", "text", 0.3)
    found = parts.match("a spacer ring used in a pneumatic valve", None, [valve], 1.0)
    assert found is not None
    assert found.rule.targets == ("848190",)
    # a rule naming the parts heading itself (watch parts: 9111/9113/9114) is the goods' own
    watch_part = Match(MATCHER.phrases[("watch", "part")], "watch part", "title", 1.0)
    assert parts.match("Watch parts, inner ring used in watch", None, [watch_part], 1.0) is None
    lock = Match(MATCHER.phrases[("lock",)], "lock", "title", 1.0)
    assert parts.match("a lock used in a valve", None, [lock], 1.0) is None


def test_a_spacer_ring_used_in_a_valve_is_a_part_of_valves() -> None:
    assert classifier.classify("a spacer ring used in a pneumatic valve").candidates[0].hs6 == (
        "848190"
    )


def test_the_nomenclatures_own_words_for_hydraulic_and_neodymium() -> None:
    assert glossary.expand_english("hydraulic relief valves") == "oleohydraulic"
    assert glossary.expand_english("boards with neodymium magnets") == "permanent magnet"
    assert glossary.expand_english("hydraulically damped") == ""  # whole words only
