"""Issue 17, the chapter: goods a heading names before the machine, sport or occasion they
serve (customs.article_rules_goods, part 4), the category words that are evidence and not the
head, and the franchise path that names no article (customs.platform)."""

from __future__ import annotations

import dataclasses

import pytest

from globalsell.customs import articles, classifier, domain, platform, scopes

MATCHER = articles.Matcher()
CATEGORY_MATCHER = articles.Matcher(articles.CATEGORY_RULES)
WEIGHTS = (1.0, 1.0, 0.3)
MERCH = "Toys & Hobbies > Action & Toy Figures > Animation Derivatives/Peripheral Products"


def _found(head: str, category: str | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    found = articles.find(
        MATCHER,
        head=head,
        text=head,
        category=category,
        weights=WEIGHTS,
        category_matcher=CATEGORY_MATCHER,
    )
    materials = domain.material_chapters(head)
    return [(m.rule.name, m.where, articles.targets(m, materials)) for m in found]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # Section XVI Note 2(a): a filter is heading 8421, not a part of the vacuum cleaner
        ("vacuum cleaner cartridge filter", [("filter", "title", ("8421",))]),
        ("car air filter", [("filter", "title", ("8421",))]),
        ("self-leveling laser level", [("level", "title", ("9015",))]),
        ("washing machine control board", [("control_board", "title", ("8537",))]),
        ("silk sleep mask", [("sleep_mask", "title", ("6307",))]),
        ("silicone bottle stopper", [("closure", "title", ("3923", "4016"))]),
        ("men ski suit", [("ski_suit", "title", ("611220", "621120", "6201", "6202"))]),
        ("stainless steel jump rings", [("jewellery_finding", "title", ("8308",))]),
        ("neoprene waist trainer", [("body_shaper", "title", ("6212",))]),
        ("genuine leather sweatpants", [("leather_apparel", "title", ("4203",))]),
        ("52mm cpl filter", [("optical_filter", "title", ("9002",))]),
        ("led strip backlight test tool", [("measuring_instrument", "title", ("9030", "9031"))]),
    ],
)
def test_each_chapter_rule_fires_on_its_own_words(
    head: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert _found(head) == expected


def test_words_that_cancel_a_chapter_rule() -> None:
    assert _found("coffee machine water filter") == []  # a coffee filter is not heading 8421
    assert _found("rubber door stopper") == []
    assert (
        _found("925 sterling silver jump rings")[0][0] != "jewellery_finding"
    )  # a door stop is no closure of a container
    # a steel stopper names no target material (heading 8309 is left to the search)
    assert _found("stainless steel bottle stopper") == [("closure", "title", ())]


@pytest.mark.parametrize(
    "head",
    [
        "filtered water jug",
        "skiing suitcase",
        "levelled shelf",
        "panelled door",
        "bumpjump ringtone",
    ],
)
def test_chapter_rules_never_fire_inside_another_word(head: str) -> None:
    mine = {"filter", "level", "control_board", "sleep_mask", "closure", "ski_suit"}
    mine |= {"jewellery_finding", "body_shaper", "optical_filter"}
    assert [name for name, _, _ in _found(head) if name in mine] == []


def test_the_skiing_category_does_not_make_a_ski_suit_sports_equipment() -> None:
    # Chapter 95 Note 1(e): sports clothing of textiles stays in chapters 61/62
    skiing = "Sports & Entertainment > Skiing & Snowboarding > Skiing"
    assert _found("men ski suit", skiing) == [
        ("ski_suit", "title", ("611220", "621120", "6201", "6202"))
    ]
    assert _found("ski poles", skiing) == [
        ("cat_sport", "category", ("9506",)),
        ("sport", "title", ("9506",)),
    ]


def test_a_franchise_path_names_no_article() -> None:
    assert platform.names_no_article(MERCH) is True
    assert platform.names_no_article("Toys & Hobbies > Dolls & Stuffed Toys > Dolls") is False
    assert platform.names_no_article("Computer & Office > Computer Peripherals") is False
    assert platform.names_no_article(None) is False


def test_a_franchise_path_gives_no_chapter_or_category_rule() -> None:
    result = classifier.classify("cartoon kitty pink waist belt with rhinestones", category=MERCH)
    reasons = [r for c in result.candidates for r in c.reasons]
    assert not [r for r in reasons if "platform's top-level category" in r]
    assert not [r for r in reasons if r.startswith("the category names")]
    assert all(not c.hs6.startswith("95") for c in result.candidates[:1])


def test_category_words_weigh_less_than_the_title_head() -> None:
    assert classifier.PARAMS.category_word < classifier.PARAMS.head_word
    party = "Home & Garden > Festive & Party Supplies > Event & Party"
    title = "acrylic mirror wedding welcome sign"
    heavy = dataclasses.replace(classifier.PARAMS, category_word=classifier.PARAMS.head_word)
    assert classifier.classify(title, category=party, params=heavy).candidates[0].hs6[:2] == "95"
    assert classifier.classify(title, category=party).candidates[0].hs6[:2] != "95"


def test_materials_for_making_tackle_are_not_tackle() -> None:
    fishing = "Sports & Entertainment > Fishing > Fishing Lures"
    assert _found("soft plastic fishing lure", fishing) == [
        ("cat_fishing", "category", ("9507",)),
        ("fishing", "title", ("9507",)),
    ]
    # the feathers go by what they are: heading 6701 (ADR 0166, customs.article_rules_own)
    assert _found("pheasant feathers for fly tying", fishing) == [
        ("tackle_material", "title", ("6701",))
    ]
    # the screws go by what they are (GRI 1): screws of heading 7318 (Section XV Note 2)
    assert _found("lure making stainless steel screws", fishing) == [("screw", "title", ("7318",))]


def test_an_occasion_attribute_names_no_article() -> None:
    text = "eye firming cream Occasion: Easter, Christmas Material: cream"
    assert articles.without_occasions(text) == "eye firming cream  : cream"
    assert articles.without_occasions("Seasoning: salt") == "Seasoning: salt"
    result = classifier.classify("eye firming cream Occasion: Easter, Christmas")
    reasons = [r for c in result.candidates for r in c.reasons]
    assert [r for r in reasons if "names 'easter'" in r or "names 'christma" in r] == []


def test_waste_headings_need_a_text_that_says_waste() -> None:
    assert {"8549", "6309", "3915"} <= scopes.WASTE_HEADINGS
    scanner = classifier.classify("obd2 car diagnostic scanner interface with battery")
    assert [c.hs6 for c in scanner.candidates if c.hs6[:4] in scopes.WASTE_HEADINGS] == []
    scrap = classifier.classify("waste and scrap of primary lithium batteries")
    assert scrap.candidates[0].hs6[:4] == "8549"


def test_a_keyword_list_title_names_no_article_noun() -> None:
    # twelve stacked keywords before 'for': the last one ('brim') is no reliable article noun,
    # so no subheading steps back for missing it (ADR 0150)
    parsed = classifier.parse(
        "Hot Sale New Style Women Summer Casual Beach Straw Hat Wide Brim for Travel"
    )
    assert parsed.noun == "brim"
    assert classifier._noun_words(parsed) == frozenset()
    longer = dataclasses.replace(classifier.PARAMS, phrase_words=1000)
    assert classifier._noun_words(parsed, longer) == frozenset({"brim"})
    # a noun phrase of a few words keeps its noun
    short = classifier.parse("men's knit sweaters made of 100% cotton")
    assert classifier._noun_words(short) == frozenset({"sweater", "pullover", "jersey"})


def test_occasion_words_are_whole_stemmed_tokens_and_festivals_are_not_among_them() -> None:
    from globalsell.customs.query import OCCASION_TOKENS, tokens

    assert set(tokens("Wedding Party Birthday Bridal Engagement Anniversary")) <= OCCASION_TOKENS
    assert not set(tokens("Christmas Halloween carnival Easter festive")) & OCCASION_TOKENS
    assert not set(tokens("partition particle wedge")) & OCCASION_TOKENS


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        # a banner for a birthday party is a made-up textile article (6307), not a festive one
        ("birthday party banner of polyester", "950590", "630790"),
        # toy balloons are heading 9503 (Chapter 95 Note 1; heading 9503 'other toys')
        ("latex party balloons for birthday", "950590", "950300"),
    ],
)
def test_the_occasion_the_goods_suit_weighs_less_than_what_they_are(
    text: str, before: str, after: str
) -> None:
    on = classifier.PARAMS
    off = dataclasses.replace(on, occasion=1.0)
    assert classifier.classify(text, params=off).candidates[0].hs6 == before
    assert classifier.classify(text, params=on).candidates[0].hs6 == after
