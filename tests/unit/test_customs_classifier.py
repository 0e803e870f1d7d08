"""The offline classifier on the shipped nomenclature: ranking, languages, abstention."""

from __future__ import annotations

import pytest

from globalsell.core.errors import ValidationFailed
from globalsell.customs import classifier, service
from globalsell.customs.nomenclature import load


def test_nomenclature_ships_with_sources_and_licences() -> None:
    nom = load()
    assert (
        len([c for c in nom.hs if len(c) == 6]) == 5612
    )  # HS 2022 subheadings (the package's 999999 'not specified' row is dropped)
    assert nom.us_lines["9617001000"].general_rate == "7.2%"
    assert nom.exists("9617001000", schedule="US")
    assert not nom.exists("9617000000", schedule="US")
    licences = {s.name: s.licence for s in nom.sources}
    assert licences["US HTS"].startswith("Public domain")
    assert licences["HS 2022"] == "LGPL-2.1-only (package data)"
    assert licences["UK search references"].startswith("MIT")


@pytest.mark.parametrize(
    ("text", "hs6"),
    [
        ("wooden chopsticks", "441912"),
        ("men's t-shirt knitted of cotton", "610910"),
        ("LED desk lamp", "940521"),
        ("不锈钢保温杯 500毫升 双层真空", "961700"),
        ("电热水壶 不锈钢", "851679"),  # kettles: other electro-thermic appliances
    ],
)
def test_known_products_rank_first_with_reasons(text: str, hs6: str) -> None:
    result = classifier.classify(text)
    best = result.best
    assert best is not None
    assert best.hs6 == hs6
    assert best.national_code.startswith(hs6)
    assert best.reasons[-1].startswith(f"heading {hs6[:4]}: ")
    assert not result.abstained


def test_italian_backpack_lands_in_heading_4202() -> None:
    # the outer material decides 4202.91 (leather) vs 4202.92 (plastics/textile): heading only
    result = classifier.classify("Zaino da viaggio impermeabile")
    assert result.best is not None
    assert result.best.hs6[:4] == "4202"


def test_glossary_is_reported_for_chinese_input() -> None:
    result = classifier.classify("不锈钢保温杯")
    assert result.language == "zh"
    assert result.notes == ["glossary: 不锈钢, 保温杯"]


@pytest.mark.parametrize("text", ["hello world", "asdfgh", "toy"])
def test_vague_text_abstains_with_a_question(text: str) -> None:
    result = classifier.classify(text)
    assert result.abstained
    assert result.question
    assert result.question.endswith("?") or result.question.endswith(".")


def test_close_call_asks_which_subheading() -> None:
    result = classifier.classify("steel pipe")
    assert result.abstained
    assert result.confidence < classifier.ABSTAIN_BELOW
    assert result.question is not None


def test_empty_or_control_text_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="empty"):
        service.classify_text("   ")
    with pytest.raises(ValidationFailed, match="control"):
        service.classify_text("cup\x00")
    with pytest.raises(ValidationFailed, match="longer"):
        service.classify_text("cup " * 600)


# Crafted cases (not from any evaluation file): each pins one scoring rule.


def test_stemmer_joins_plural_and_participle_forms() -> None:
    assert [classifier.stem(w) for w in ("boxes", "box", "knitted", "knit", "batteries")] == [
        "box",
        "box",
        "knit",
        "knit",
        "battery",
    ]


def test_british_and_american_spellings_meet() -> None:
    assert classifier.tokens("man-made fibres of aluminium") == classifier.tokens(
        "man-made fibers of aluminum"
    )


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("a women's knit vest made of 100% polyester", "vest"),
        ("a pair of leather gloves for motorcyclists", "glove"),
        ("steel hex head bolts, zinc plated", "bolt"),
        ("two plastic storage boxes with lids", "box"),
        # a count says how many, never what: the noun before it stays the noun
        ("Magnetic building tiles 60 pcs", "tile"),
        ("Stickers 100pcs/set", "sticker"),
        ("Hair clips 20 count", "clip"),
        ("Nail art 12 sets", "art"),
        ("Gaming PC", "pc"),
    ],
)
def test_the_article_noun_is_found(text: str, noun: str) -> None:
    assert classifier.parse(text).noun == noun


def test_knitted_garments_go_to_chapter_61_and_woven_ones_to_62() -> None:
    knitted = classifier.classify("men's pullover, knitted, 100% cotton")
    woven = classifier.classify("men's shirt of woven cotton fabric")
    assert knitted.best is not None
    assert woven.best is not None
    assert knitted.best.hs6 == "611020"
    assert woven.best.hs6 == "620520"
    assert any("chapter 61 if knitted" in r for r in knitted.best.reasons)


def test_an_article_of_nylon_is_not_nylon_fibre() -> None:
    result = classifier.classify("nylon travel backpack")
    assert result.best is not None
    assert result.best.hs6[:4] == "4202"
    assert all(c.hs6[:2] not in {"54", "55"} for c in result.candidates[:3])


def test_text_naming_no_chemical_keeps_out_of_chapters_28_29() -> None:
    result = classifier.classify("rubber sealing ring for a pump")
    assert all(c.hs6[:2] not in classifier.CHEMICAL_CHAPTERS for c in result.candidates[:3])
    chem = classifier.classify("sodium hypochlorite solution (CAS 7681-52-9)")
    assert chem.best is not None
    assert chem.best.hs6[:2] == "28"


def test_words_the_nomenclature_excludes_do_not_match() -> None:
    # 'not electrically insulated' in a wire-rope line must not attract 'insulated' articles
    result = classifier.classify("stainless steel vacuum insulated drinking bottle, 500 ml")
    assert result.best is not None
    assert result.best.hs6 == "961700"
    assert result.best.national_code == "9617001000"  # capacity not exceeding 1 liter


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Kabellose Bluetooth-Kopfhörer mit Mikrofon", "8518"),  # hyphenated compound split
        ("Lampada da scrivania LED", "9405"),
        ("儿童塑料玩具车", "9503"),
    ],
)
def test_titles_in_other_languages_reach_the_heading(text: str, heading: str) -> None:
    result = classifier.classify(text)
    assert result.best is not None
    assert result.best.hs6[:4] == heading


def test_the_embedding_signal_is_named_among_the_reasons() -> None:
    result = classifier.classify("women's knit cardigan, 100% acrylic")
    assert result.best is not None
    assert result.best.hs6 == "611030"
    assert result.method == "bm25+hierarchy+use-m3"
    assert any(r.startswith("close in meaning to the subheading text") for r in result.best.reasons)


def test_subheading_documents_carry_the_eu_cn_texts() -> None:
    # 'Filtering facepieces (FFP)' is only in the EU CN line 6307 90 93, in no US HTS line
    from globalsell.customs.hsindex import index
    from globalsell.customs.query import tokens

    idx = index()
    weights = {idx.vocab[t]: 1.0 for t in tokens("facepieces") if t in idx.vocab}
    assert weights
    assert float(idx.leaves.score(weights).max()) == 0.0
    scores = idx.subheading_bm25.score(weights)
    assert idx.subheadings[int(scores.argmax())] == "630790"
    assert int((scores > 0).sum()) == 1


def test_the_articles_own_words_are_read_apart_for_the_confidence() -> None:
    # given a ruling's text whose head is the whole phrase 'hydraulic relief valves'
    result = classifier.classify("hydraulic relief valves")
    by_heading = {e.hs6[:4]: e.head_heading for e in result.pool}
    # then only heading 8481 holds the US line those words alone score best
    assert [h for h, best in sorted(by_heading.items()) if best] == ["8481"]
    head = {e.hs6: round(e.head_subheading, 3) for e in result.pool}
    # and 'safety or relief valves' is the subheading they name best
    assert head["848140"] == 1.0
    assert head["848180"] == 0.731
