"""Subheadings the article decides (customs.sub_articles), and the siblings the text cannot
decide between (customs.choice.undecided, ranking.UNDECIDED), one rule at a time."""

import pytest

from globalsell.customs import choice, classifier, ranking
from globalsell.customs import sub_articles as art
from globalsell.customs import subheadings as sub
from globalsell.customs.nomenclature import load


@pytest.mark.parametrize(
    ("text", "sports"),
    [
        ("Men Platform Sneakers Breathable Sport Shoes Mesh", False),  # not Subheading Note 1
        ("Men's Running Shoes Cushioning Sneakers", False),
        ("Women High Heels Full Spikes Pumps", False),  # decorative spikes, not the grip
        ("Kids Soccer Cleats Football Boots", True),
        ("Track spike shoes for sprinting", True),
        ("Women's Tennis Shoes Canvas", True),  # 6404.11 names tennis shoes
    ],
)
def test_sports_footwear_is_what_chapter_64_subheading_note_1_says(text: str, sports: bool) -> None:
    assert art.names_article("640411", text) is sports


def test_ski_boots_only_for_ski_and_snowboard_boots() -> None:
    assert art.names_article("640212", "Adult Snowboard Boots BOA")
    assert not art.names_article("640212", "Women Knee High Boots")


def test_boots_cover_the_ankle_and_leave_the_not_covering_lines() -> None:
    assert art.names_article("640291", "Pole Dance Knee Boots PVC")
    assert not art.names_article("640299", "Pole Dance Knee Boots PVC")
    assert art.names_article("640299", "open toe high heel sandals")
    assert not art.names_article("640291", "open toe high heel sandals")
    assert not art.names_article("640291", "Sneakers Upper coverage: Not above ankle")
    assert art.names_article("640299", "bootcut jeans")  # whole words only: no boot named


def test_leather_outer_sole_lines_need_a_leather_sole() -> None:
    assert not art.names_article("640420", "Mesh Sneakers Outsole Material: Rubber")
    assert art.names_article("640420", "Canvas shoes Outsole Material: Leather")


def test_the_other_cases_step_back_for_a_handbag() -> None:
    assert not art.names_article("420292", "Women Backpack Handbags Bag")
    assert art.names_article("420292", "Men's Chest Bag Sling Crossbody Pack")


def test_knife_lines_by_blade_and_handle() -> None:
    fixed = "Kitchen Utility Knife Type: Fixed Blade Knife Handle Material: Aluminium"
    assert not art.names_article("821195", fixed)  # a knife with a metal handle, not a handle
    assert not art.names_article("821193", fixed)
    assert art.names_article("821193", "EDC folding pocket knife")
    assert art.names_article("821195", "G10 knife handle scales")
    assert not art.names_article("821191", fixed)
    assert art.names_article("821191", "Set of 6 steak knives")


def test_underscores_separate_words() -> None:
    assert art.names_article("711711", "Silver_Cufflinks_For_Men")
    assert sub.product_materials("New_925_Silver_Star_Pendant") == frozenset({"silver"})


def test_generic_metal_declares_nothing_and_silver_is_not_base_metal() -> None:
    text = "925 Sterling Silver Pendant Material: Metal Metals Type: Silver"
    assert sub.declared_materials(text) is None
    assert sub.product_materials(text) == frozenset({"silver"})


def test_denim_is_cotton_and_jute_is_textile() -> None:
    assert sub.product_materials("Men's Slim Jeans Material: Denim") == frozenset({"cotton"})
    assert sub.product_materials("a shoulder bag made of jute") == frozenset({"textile"})


def test_the_leather_of_a_part_is_not_the_article_s() -> None:
    bag = "a handbag made of nylon woven fabric with leather straps"
    assert sub.product_materials(bag) == frozenset({"synthetic", "textile"})
    assert sub.product_materials("a leather handbag") == frozenset({"leather"})


def test_artificial_silk_is_an_artificial_fibre() -> None:
    assert sub.product_materials("Artificial_Silk Pillowcase") == frozenset({"artificial"})
    assert sub.product_materials("Mulberry silk pillowcase") == frozenset({"silk"})


def test_the_sole_and_lining_values_are_not_the_upper() -> None:
    boots = "Women Long Boots Shaft Material: Velvet Outsole Material: Rubber Style: Street"
    assert sub.product_materials(boots) == frozenset({"textile"})
    slippers = "cotton slippers with fleece Upper Material: EVA Feature: Others"
    assert sub.product_materials(slippers) == frozenset({"plastics"})


def test_the_residual_textile_line_names_no_fibre() -> None:
    nec = "Hosiery; of textile materials n.e.c. in item no. 6115.9, knitted or crocheted"
    assert sub.code_materials(nec) == (frozenset(), frozenset())


def test_siblings_told_apart_by_an_unstated_material_are_undecided() -> None:
    nom = load()
    assert choice.undecided(nom, "640291", "640419", frozenset())  # the upper is not said
    assert not choice.undecided(nom, "640291", "640419", frozenset({"textile"}))
    assert choice.undecided(nom, "620342", "620349", frozenset({"textile"}))  # which fibre?
    assert not choice.undecided(nom, "620342", "620349", frozenset({"cotton"}))
    assert not choice.undecided(nom, "640291", "640299", frozenset())  # not by material
    assert not choice.undecided(nom, "620342", "610342", frozenset())  # two headings


def test_two_fibres_without_shares_decide_nothing() -> None:
    assert choice.deciding_materials("a knit cardigan of cotton and nylon") == frozenset()
    assert choice.deciding_materials("cardigan 60% cotton 40% nylon") == frozenset({"cotton"})


def test_an_undecided_first_answer_is_asked_back() -> None:
    model = ranking.Model((1.0,) + (0.0,) * (len(ranking.FEATURES) - 1), (0.0, 20.0) + (0.0,) * 7)
    first = ranking.Evidence(hs6="640291", score=1.0)
    second = ranking.Evidence(hs6="640419", score=0.1)
    sure = ranking.rank([first, second], 5, model).confidence[0]
    assert sure > ranking.UNDECIDED
    undecided = ranking.Evidence(hs6="640291", score=1.0, undecided=frozenset({"640419"}))
    assert ranking.rank([undecided, second], 5, model).confidence[0] == ranking.UNDECIDED


def test_dresses_and_skirts_are_named_articles() -> None:
    skirt = "Women Solid Color Ruffled Lace Mini Skirt High Waist"
    assert not art.names_article("620443", skirt)
    assert art.names_article("620453", skirt)
    assert art.names_article("610442", "Summer maxi dress cotton")
    assert not art.names_article("610452", "Summer maxi dress cotton")
    assert not art.names_article("620443", "dressing table cover")  # whole words only


def test_plastics_lines_by_polymer() -> None:
    pvc = sub.product_materials("vinyl tiles made from polyvinyl chloride (PVC)")
    assert {"pvc", "plastics"} <= pvc
    nom = load()
    assert sub.factor(nom.hs_text("391810"), pvc, 1.3) == 1.3
    assert sub.factor(nom.hs_text("391890"), pvc, 1.3) == 1.0 / 1.3  # it excludes PVC
    pe = sub.product_materials("LDPE zip lock bags")
    assert sub.factor(nom.hs_text("392321"), pe, 1.3) == 1.3
    assert sub.factor(nom.hs_text("392329"), pe, 1.3) == 1.0 / 1.3  # other than ethylene
    assert "polystyrene" not in sub.product_materials("PS4 controller")  # whole words only


def test_pet_is_not_polyethylene() -> None:
    pet = sub.product_materials("film of polyethylene terephthalate (PET)")
    assert "polyethylene" not in pet
    assert "pet" in pet
    assert sub.code_materials(load().hs_text("392062"))[0] == frozenset({"pet"})
    eva = sub.product_materials("PET film coated with ethylene vinyl acetate (EVA)")
    assert "pvc" not in eva  # vinyl acetate is not vinyl chloride


def test_two_fibres_without_shares_ask_which_is_the_largest_by_weight() -> None:
    result = classifier.classify("a men's knit cardigan made from cotton and nylon")
    assert result.abstained
    assert result.question is not None
    assert result.question.startswith(
        "Which fibre is the largest share by weight: cotton or synthetic fibres"
    )


def test_a_material_of_another_kind_decides() -> None:
    nom = load()
    assert not choice.undecided(nom, "911390", "911310", frozenset({"plastics"}))
    assert choice.undecided(nom, "911390", "911310", frozenset())


@pytest.mark.parametrize(
    "text",
    ["hydraulic relief valves", "pneumatic solenoid valve", "oleohydraulic check valve"],
)
def test_a_fluid_power_valve_is_none_of_the_other_valve_lines(text: str) -> None:
    # the Subheading Explanatory Note to 8481.20: valves of every kind for hydraulic or
    # pneumatic power transmission
    for code in ("848110", "848130", "848140", "848180"):
        assert not art.names_article(code, text)
    assert art.names_article("848120", text)
    assert art.names_article("848190", text)  # parts of valves stay open


def test_a_plain_valve_keeps_every_valve_line() -> None:
    for code in ("848110", "848130", "848140", "848180"):
        assert art.names_article(code, "gas control valves for furnaces")
    assert art.names_article("848140", "hydraulic pump with a relief valve")


def test_a_product_term_of_a_ruled_out_line_is_no_evidence() -> None:
    # 'relief valve' is an HMRC term of 8481.40, which a hydraulic valve is not
    result = classifier.classify("hydraulic relief valves")
    assert result.candidates[0].hs6 == "848120"
    assert not any("HMRC" in r for c in result.candidates for r in c.reasons if c.hs6 == "848140")


@pytest.mark.parametrize(
    ("code", "text", "named"),
    [
        # ADR 0190: heading 8510 splits shavers, hair clippers and hair-removing appliances
        ("851030", "Women Electric Epilator Painless Facial Hair Removal", True),
        ("851030", "Men's Rotary Electric Shaver", False),
        ("851010", "Women Electric Epilator Eyebrow Trimmer Shaver", False),
        ("851020", "Cordless hair clipper for men", True),
        # 8423.90: weighing machine weights of all kinds
        ("842330", "1g-100g Scale Weights Set Calibration", False),
        ("842310", "Digital kitchen scale 5kg", True),
        ("842390", "1g-100g Scale Weights Set Calibration", True),
        # forestry machinery is 8436, not the harvesting machinery of 8433
        ("843359", "self-propelled tree harvesters used in forestry", False),
        ("843359", "potato harvesting machine", True),
        ("843359", "forestryworks harvester", True),  # whole words only
    ],
)
def test_the_article_decides_within_8510_8423_and_8433(code: str, text: str, named: bool) -> None:
    assert art.names_article(code, text) is named
