"""Issue 17, the chapter (ADR 0166): goods with a heading of their own that a marketplace files
under the article they make or the device they resemble (customs.article_rules_own), leather
apparel read from the whole text, sewing supplies that are no garments, and a category level
naming the machine that yields to the title naming a good of its own heading."""

from __future__ import annotations

import pytest

from globalsell.customs import articles, domain
from globalsell.customs.article_rules_own import OWN

MATCHER = articles.Matcher()
CATEGORY_MATCHER = articles.Matcher(articles.CATEGORY_RULES)
WEIGHTS = (1.0, 1.0, 0.3)


def _found(
    head: str, category: str | None = None, text: str | None = None, yields: float = 1.0
) -> list[tuple[str, str, tuple[str, ...], float]]:
    found = articles.find(
        MATCHER,
        head=head,
        text=text if text is not None else head,
        category=category,
        weights=WEIGHTS,
        category_matcher=CATEGORY_MATCHER,
        category_yields=yields,
    )
    materials = domain.material_chapters(text if text is not None else head)
    return [(m.rule.name, m.where, articles.targets(m, materials), m.weight) for m in found]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # heading 7018: glass beads; 3926: beads of plastics; Chapter 71 Note 9
        ("6mm faceted crystal glass beads", [("loose_bead", "title", ("7018",), 1.0)]),
        ("resin rhinestone ball beads 20mm", [("loose_bead", "title", ("3926",), 1.0)]),
        ("round photo glass cabochon", [("loose_bead", "title", ("7018",), 1.0)]),
        ("acrylic spacer beads", [("loose_bead", "title", ("3926",), 1.0)]),
        # heading 9507 names the finished tackle; the materials go by what they are
        ("50pcs fly tying feathers", [("tackle_material", "title", ("6701",), 1.0)]),
        ("brass cone heads fly tying material", [("tackle_material", "title", ("7419",), 1.0)]),
        ("ultra smart watch bluetooth call", [("smartwatch", "title", ("851762",), 1.0)]),
        ("smartwatch for samsung", [("smartwatch", "title", ("851762",), 1.0)]),
        (
            "battery lawn mower robot",
            [("lawn_mower", "title", ("843311", "843319"), 1.0)],
        ),
        ("sim racing pedals", [("game_controller", "title", ("950450",), 1.0)]),
        ("wireless gamepad", [("game_controller", "title", ("950450",), 1.0)]),
        # heading 8545 names carbon brushes (Section XVI Note 2(a))
        ("angle grinder carbon brush", [("carbon_brush", "title", ("854520",), 1.0)]),
    ],
)
def test_each_own_heading_rule_fires_on_its_own_words(
    head: str, expected: list[tuple[str, str, tuple[str, ...], float]]
) -> None:
    assert _found(head) == expected


@pytest.mark.parametrize(
    "head",
    [
        "natural agate round beads",  # stones and pearls: headings 7103/7116
        "freshwater pearl loose beads",
        "glass bead curtain",
        "perler fuse beads kit",
        "jewellery making kit with glass beads",
        "smart watch band silicone watch band",
        "tempered glass screen protector for smart watch",
        "lawn mower blade replacement blade",
        "gamepad carrying case",
        "fly tying vise",
    ],
)
def test_words_that_cancel_an_own_heading_rule(head: str) -> None:
    mine = {rule.name for rule in OWN}
    assert [name for name, *_ in _found(head) if name in mine] == []


@pytest.mark.parametrize(
    ("head", "rule"),
    [
        ("glass cabochons", "loose_bead"),
        ("smartwatches", "smartwatch"),
        ("robotic lawn mowers", "lawn_mower"),
        ("gamepads", "game_controller"),
    ],
)
def test_plurals_fold_to_the_rules_word(head: str, rule: str) -> None:
    assert [name for name, *_ in _found(head)] == [rule]


@pytest.mark.parametrize(
    "head", ["beadboard wall panel", "smartwatchband", "mowerless garden", "gamepadding"]
)
def test_own_heading_rules_never_fire_inside_another_word(head: str) -> None:
    mine = {rule.name for rule in OWN}
    assert [name for name, *_ in _found(head) if name in mine] == []


def test_a_bead_strung_into_a_bracelet_is_the_bracelet() -> None:
    # the noun comes last: 'bead bracelet' is jewellery (7117), not a loose bead
    assert _found("glass bead bracelet")[0][0] == "jewellery"


def test_leather_apparel_refines_the_category_from_the_text() -> None:
    found = _found(
        "fashion women casual",
        category="Women's Clothing > Pants & Capris > Pants & Capris",
        text="fashion women casual genuine leather sweatpants elastic waist",
    )
    assert found[0][:3] == ("leather_apparel", "category", ("4203",))
    # PU leather is no leather (Chapter 41 Note 1, Chapter 42): the garment (trousers) stays
    found = _found(
        "fashion women casual",
        category="Women's Clothing > Pants & Capris > Pants & Capris",
        text="fashion women casual pu leather pants",
    )
    assert found[0][0] == "apparel_trousers"


def test_apparel_sewing_supplies_are_no_garments() -> None:
    sewing = "Home & Garden > Arts,Crafts & Sewing > DIY Apparel Sewing Supplies"
    assert [n for n, *_ in _found("extra wide soluble lace trim", category=sewing)] == []
    assert _found("lace dress", category="Women's Clothing > Dresses")[0][0] == "apparel_dress"


def test_jewellery_packaging_is_no_jewellery() -> None:
    packaging = "Jewelry & Accessories > Jewelry Packaging & Display > Jewelry Packaging & Display"
    assert [n for n, *_ in _found("clear glass tube with cap", category=packaging)] == []
    assert _found("glass pendant necklace")[0][0] == "jewellery"


def test_the_cord_of_a_toy_set_is_no_wire_rope() -> None:
    assert _found("30m wire rope")[0][0] == "wire_rope"
    assert [n for n, *_ in _found("wire rope fitting windmill toys")] != ["wire_rope"]


def test_glass_rhinestones_loose_or_strung() -> None:
    assert _found("non hotfix crystal glass rhinestones")[0][:3] == (
        "loose_bead",
        "title",
        ("7018",),
    )
    # a chain or fringe of rhinestones is an article, not loose stones
    assert [n for n, *_ in _found("glass rhinestone fringing crystal chain")] != ["loose_bead"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("New_925_Silver charm beads", True),  # an underscore separates words
        ("18K gold plated", True),
        ("model a9250 k925x", False),  # inside another code: no fineness mark
    ],
)
def test_fineness_marks_are_read_as_whole_words(text: str, marked: bool) -> None:
    assert ("sterling" in articles.normalise(text)) is marked


def test_a_category_naming_the_machine_yields_to_an_own_heading_good() -> None:
    category = "Tools > Power Tools > Electric Drill"
    found = _found("green laser level 12 lines", category=category, yields=0.3)
    assert found == [
        ("cat_power_tool", "category", ("8467",), pytest.approx(0.3)),
        ("level", "title", ("9015",), 1.0),
    ]
    # a title naming no good of its own heading leaves the category's weight
    found = _found("cordless drill 20v", category=category, yields=0.3)
    assert [(n, w) for n, _, _, w in found if n == "cat_power_tool"] == [("cat_power_tool", 1.0)]
    # a bearing of general use (Section XVII Note 2(e)) under a bicycle parts level
    found = _found(
        "deep groove ball bearing 6201",
        category="Sports & Entertainment > Cycling > Bicycle Parts",
        yields=0.0,
    )
    assert [w for n, where, _, w in found if where == "category"] == [0.0]


def _matches(head: str, category: str | None) -> list[articles.Match]:
    return articles.find(
        MATCHER,
        head=head,
        text=head,
        category=category,
        weights=WEIGHTS,
        category_matcher=CATEGORY_MATCHER,
    )


def test_the_path_words_yield_when_no_category_rule_agrees_with_an_own_heading_good() -> None:
    lures = "Sports & Entertainment > Fishing > Fishing Lures"
    # fly-tying feathers under 'Fishing Lures': the path names the tackle they serve
    assert articles.category_contradicted(_matches("fly tying feathers", lures)) is True
    # glass beads under 'Beads': the category rule agrees with the title
    beads = "Jewelry & Accessories > Fashion Jewelry > Beads"
    assert articles.category_contradicted(_matches("glass beads 6mm", beads)) is False
    # a lure named as tackle is no own-heading good
    assert articles.category_contradicted(_matches("soft plastic fishing lure", lures)) is False
