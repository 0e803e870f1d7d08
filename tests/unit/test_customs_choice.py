"""The deciding question (customs.choice): it separates the two leading candidates and never
asks what the description already says; a product term taken in another sense carries nothing."""

from __future__ import annotations

import pytest

from globalsell.customs import choice, classifier
from globalsell.customs.nomenclature import load


def candidate(hs6: str) -> classifier.Candidate:
    nom = load()
    return classifier.Candidate(
        hs6=hs6,
        national_code=hs6,
        score=1.0,
        confidence=0.2,
        heading=nom.hs_text(hs6[:4]),
        subheading=nom.hs_text(hs6),
        line="",
    )


def ask(text: str, a: str, b: str) -> str:
    asked, said = choice.question(load(), [candidate(a), candidate(b)], set(), [], text)
    assert said.code.startswith("customs.question.")
    return asked


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("women's knit vest of polyester", {"knit", "gender", "material"}),
        ("Men's Jersey Top", {"knit", "gender"}),
        ("vest of man-made fibres", {"material"}),  # "man-made" names no gender
        ("USB rechargeable fan", {"power"}),
        ("manual coffee grinder", {"power"}),
        ("handknit scarf", set()),  # whole words only
        ("woven belt", {"knit"}),
    ],
)
def test_what_the_description_already_states(text: str, facts: set[str]) -> None:
    assert choice.stated(text) == facts


def test_two_knitted_headings_are_told_apart_by_the_article_not_by_knit_or_woven() -> None:
    asked = ask("a women's knit vest made of 100% finely knit polyester fabric", "611030", "611241")
    assert asked == (
        "Is it one of: Jerseys, pullovers, cardigans, waistcoats and similar articles (6110), "
        "or one of: Track suits, ski suits and swimwear (6112)? It could be 611030 or 611241."
    )


def test_knitted_or_woven_is_asked_only_when_the_candidates_straddle_61_and_62() -> None:
    asked = ask("women's blouse", "610690", "620640")
    assert asked.startswith("Is it knitted or crocheted (chapter 61) or woven (chapter 62)? ")
    assert ask("women's knitted blouse", "610690", "620640").startswith(
        "Which fits better: 610690 (Blouses, shirts and shirt-blouses; women's or girls', of "
    )


def test_men_or_women_is_asked_only_when_the_headings_differ_by_gender() -> None:
    asked = ask("cotton suit jacket", "620332", "620432")
    assert asked.startswith("Is it for men or boys, or for women or girls? ")
    assert "men or boys" not in ask("women's cotton suit jacket", "620332", "620432")


def test_electric_or_not_is_asked_only_when_the_text_does_not_say() -> None:
    asked = ask("coffee grinder", "850940", "821000")
    assert asked.startswith("Is it electric (chapter 84/85) or not? ")
    assert not ask("manual coffee grinder", "850940", "821000").startswith("Is it electric")


@pytest.mark.parametrize(
    ("text", "term", "chapter"),
    [
        ("a 7 in-1 mandolin slicer/grater", "mandolin", "92"),  # a kitchen slicer (8205/8210)
        ("baseball jersey", "baseball", "95"),  # a garment (chapters 61/62)
    ],
)
def test_a_product_term_in_another_sense_does_not_carry_the_answer(
    text: str, term: str, chapter: str
) -> None:
    # an HMRC term qualifying words its chapter never uses is no evidence of that chapter (GRI 1)
    result = classifier.classify(text)
    assert result.best is not None
    assert result.best.hs6[:2] != chapter
    assert not any(f"HMRC product term '{term}'" in r for c in result.candidates for r in c.reasons)


def test_the_same_term_naming_the_article_itself_still_counts() -> None:
    strings = classifier.classify("mandolin with 8 steel strings")
    assert strings.best is not None
    assert strings.best.hs6 == "920290"
    assert "HMRC product term 'mandolin' points to 920290" in strings.best.reasons


def test_a_material_said_in_chinese_is_not_asked_back() -> None:
    from globalsell.customs import classifier

    result = classifier.classify("男士纯棉短袖T恤 圆领", material="纯棉", category="服装>男装>T恤")
    assert result.candidates[0].hs6 == "610910"
    assert result.question is None or "made of" not in result.question
