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
