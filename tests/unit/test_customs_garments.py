"""Garments by the heading that names them (customs.article_rules.GARMENTS, ADR 0164): each
garment word points to its knitted and woven headings, counts for the whole apparel rule, and
the named heading leads the garment's chapter."""

from __future__ import annotations

import pytest

from globalsell.customs import articles, choice, classifier, ranking
from globalsell.customs.article_rules import APPAREL, GARMENTS
from globalsell.customs.nomenclature import load

MATCHER = articles.Matcher()


def _first(text: str) -> tuple[str, str] | None:
    found = MATCHER.first(articles.words(text), articles.words(text))
    return (found[0].name, found[1]) if found else None


@pytest.mark.parametrize(
    ("text", "rule", "heading"),
    [
        ("men's wool overcoat", "apparel_coat", "6101"),
        ("hooded rain poncho", "apparel_coat", "6202"),
        ("slim fit blazer", "apparel_jacket", "6103"),
        ("women's suit-type jacket", "apparel_jacket", "6104"),
        ("men's knit jacket", "apparel_outer_jacket", "6101"),
        ("quilted jacket with hood", "apparel_outer_jacket", "6201"),
        ("cargo shorts", "apparel_trousers", "6203"),
        ("pleated midi skirt", "apparel_dress", "6104"),
        ("oxford button-down shirt", "apparel_shirt", "6205"),
        ("graphic t-shirt", "apparel_t_shirt", "6109"),
        ("cable knit cardigan", "apparel_sweater", "6110"),
        ("flannel pajama pants", "apparel_nightwear", "6107"),
        ("seamless underwear", "apparel_underwear", "6109"),
        ("push-up bra", "apparel_brassiere", "6212"),
        ("men's swim trunks", "apparel_swimwear", "611231"),
    ],
)
def test_a_garment_word_names_its_headings(text: str, rule: str, heading: str) -> None:
    found = _first(text)
    assert found is not None
    assert found[0] == rule
    garment = next(g for g in GARMENTS if g.name == rule)
    assert heading in garment.targets
    assert all(t[:2] in ("61", "62") for t in garment.targets)
    assert rule in APPAREL


def test_every_garment_has_a_legal_source_naming_its_headings() -> None:
    for g in GARMENTS:
        assert "GRI 1" in g.source
        assert g.refines == "apparel"
        assert any(t in g.source.replace(".", "") for t in g.targets)


def test_the_garment_noun_comes_last_but_leather_stays_leather() -> None:
    assert _first("dress shirt") == ("apparel_shirt", "shirt")
    assert _first("knit sweater dress") == ("apparel_dress", "dress")
    assert _first("men's knit swim boxer") == ("apparel_swimwear", "swim boxer")
    assert _first("calf leather jacket and wool pants") == ("leather_apparel", "leather jacket")
    # a jewellery refinement still moves on to a later one (only leather apparel says so)
    assert _first("sterling silver freshwater pearl") == ("pearl_jewellery", "freshwater pearl")


def test_a_jacket_is_outerwear_unless_the_text_names_the_tailored_kind() -> None:
    # the jackets of 6103/6104/6203/6204 are those of a suit (Chapter 61 Note 3), blazers and
    # sport coats; any other jacket is one of the anoraks' 'similar articles' of 6101/6102/...
    assert _first("mens and boys knit jackets made of polyester") == (
        "apparel_outer_jacket",
        "jacket",
    )
    assert _first("wool suit jacket") == ("apparel_jacket", "suit jacket")
    assert _first("navy sport coat") == ("apparel_jacket", "sport coat")
    outer = next(g for g in GARMENTS if g.name == "apparel_outer_jacket")
    assert outer.targets == ("6101", "6102", "6201", "6202")
    # a text naming a suit or a tailored cut is no outerwear jacket
    for text in ("tailored jacket", "jacket of a two-piece suit"):
        found = _first(text)
        assert found is None or found[0] != "apparel_outer_jacket"


def test_garment_words_match_whole_words_only() -> None:
    assert _first("coatings for steel") is None
    assert _first("capers in brine") is None
    assert _first("shirtless") is None


def test_a_garment_counts_for_the_apparel_rule_and_a_share_for_its_headings() -> None:
    found = articles.find(
        MATCHER,
        head="knitted cardigan",
        text="knitted cardigan",
        category=None,
        weights=(1.0, 1.0, 0.3),
    )
    out = articles.with_apparel(found, 0.25)
    assert [(m.rule.name, m.weight) for m in out] == [
        ("apparel", 1.0),
        ("apparel_sweater", 0.25),
    ]
    coded = articles.targeted(out, set())
    assert articles.factor_of(coded, "611030") == 2.25
    assert articles.factor_of(coded, "610910") == 2.0
    assert articles.factor_of(coded, "392690") == 1.0
    assert [m.rule.name for m in articles.with_apparel(found, 0.0)] == ["apparel"]


def test_a_knitted_pullover_goes_to_the_pullover_heading_not_t_shirts() -> None:
    result = classifier.classify(
        "a girl's pullover of 100% acrylic knit fabric with a round neckline and ribbed cuffs"
    )
    assert result.candidates[0].hs6 == "611030"


def test_a_garment_not_said_knitted_or_woven_leaves_its_chapter_open() -> None:
    nom = load()
    codes = ["620240", "610230", "621143"]
    open_ = choice.undecided_pairs(nom, codes, "a women's poncho of acrylic and wool")
    assert open_["620240"] == frozenset({"610230"})
    assert open_["621143"] == frozenset({"610230"})
    said = choice.undecided_pairs(nom, codes, "a women's knitted poncho of acrylic and wool")
    assert said["620240"] == frozenset()
    assert choice.knit_or_woven("611030", "621133")
    assert not choice.knit_or_woven("611030", "610910")


def test_an_unknitted_unwoven_garment_is_asked_not_answered() -> None:
    result = classifier.classify("a women's poncho made of acrylic, wool, and nylon")
    assert result.abstained
    assert result.confidence <= ranking.UNDECIDED
    assert result.question is not None
    assert result.question.startswith("Is it knitted or crocheted (chapter 61)")


@pytest.mark.parametrize(
    ("text", "rule", "kept", "left_out"),
    [
        # ADR 0187: swimwear, ski suits and track suits name their own subheadings of
        # 6112/6211, not the headings whose 'other garments' would take them
        ("high waisted bikini set", "apparel_swimwear", "621112", "621143"),
        ("men's swim trunks", "apparel_swimwear", "611231", "611212"),
        ("cotton tracksuit", "apparel_track_suit", "611211", "611231"),
        ("men's woven track suit", "apparel_track_suit", "621133", "621111"),
    ],
)
def test_swimwear_and_track_suits_name_their_subheadings(
    text: str, rule: str, kept: str, left_out: str
) -> None:
    found = _first(text)
    assert found is not None
    assert found[0] == rule
    garment = next(g for g in GARMENTS if g.name == rule)
    assert kept in garment.targets
    assert not left_out.startswith(garment.targets)


def test_a_ski_suit_names_the_ski_suit_subheadings() -> None:
    matches = articles.find(
        MATCHER, head="men ski suit", text="men ski suit", category=None, weights=(1, 1, 0.3)
    )
    assert [m.rule.targets for m in matches] == [("611220", "621120", "6201", "6202")]


def test_the_material_chooses_among_the_subheadings_the_article_rule_named() -> None:
    # GRI 6: swimwear (6211.12) is decided at the one-dash level before the material, so a
    # polyester bikini does not hand the heading's lead to 'other garments, of man-made
    # fibres' (6211.33/6211.43), which the rule did not name
    text = "bikini set Material: POLYESTER"
    scored = {"621112": 5.0, "621143": 4.0}
    choice.refine_by_material(load(), scored, text, classifier.Params(), frozenset({"621112"}))
    assert "621133" not in scored
    assert scored["621112"] == 5.0
    assert scored["621143"] == 4.0
    unruled = {"621112": 5.0, "621143": 4.0}
    choice.refine_by_material(load(), unruled, text, classifier.Params())
    assert max(unruled, key=lambda h: unruled[h]) != "621112"  # before: a material sibling led
