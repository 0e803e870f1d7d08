"""Store policy rules the product-type schemas do not encode."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from globalsell.core.errors import InvalidTransition
from globalsell.core.marketplaces import marketplaces
from globalsell.listings.content import trim_keywords
from globalsell.listings.domain import ListingStatus, check_transition
from globalsell.listings.rules import validate

DE = marketplaces().get("DE")
JP = marketplaces().get("JP")
US = marketplaces().get("US")


def good(**changes: Any) -> dict[str, Any]:
    content: dict[str, Any] = {
        "product_type": "BOTTLE",
        "brand": "NINGVALE",
        "item_name": "NINGVALE Isolierflasche, Edelstahl 304, 500 ml",
        "bullet_point": ["Material: Edelstahl 304"],
        "product_description": "NINGVALE Isolierflasche<br>Material: Edelstahl 304",
        "generic_keyword": "isolierflasche edelstahl",
        "item_type_keyword": "water-bottles",
        "country_of_origin": "CN",
    }
    content.update(changes)
    return content


def codes(content: dict[str, Any], store: Any = DE) -> list[tuple[str, str, str]]:
    return [(i.code, i.field, i.severity.value) for i in validate(content, store)]


def test_clean_content_has_no_issue() -> None:
    assert codes(good()) == []


def test_title_over_200_characters() -> None:
    assert codes(good(item_name="a" * 200)) == []
    assert codes(good(item_name="a" * 201)) == [("title-length", "item_name", "error")]


@pytest.mark.parametrize("char", list("!$?_{}^¬¦"))
def test_banned_title_characters(char: str) -> None:
    assert codes(good(item_name=f"NINGVALE Flasche {char}")) == [
        ("banned-characters", "item_name", "error")
    ]


def test_a_word_at_most_twice() -> None:
    assert codes(good(item_name="Flasche Flasche Deckel")) == []
    assert codes(good(item_name="Flasche, flasche, FLASCHE")) == [
        ("repeated-words", "item_name", "error")
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bestseller Flasche", "promotional"),
        ("Flasche mit kostenloser Versand", "shipping-promise"),
        ("Fragen an shop@example.com", "contact-details"),
        ("Besuche www.example.com", "contact-details"),
        ("Nur 19,99 € heute", "price"),
        ("Only $19 today", "price"),
    ],
)
def test_claims_contacts_prices_and_shipping_in_bullets(text: str, code: str) -> None:
    assert codes(good(bullet_point=[text])) == [(code, "bullet_point", "error")]


def test_bullets_five_of_at_most_250_soft_500_hard() -> None:
    assert codes(good(bullet_point=["x" * 250] * 5)) == []
    assert codes(good(bullet_point=["x" * 251])) == [("bullet-length", "bullet_point", "warning")]
    assert codes(good(bullet_point=["x" * 501])) == [("bullet-length", "bullet_point", "error")]
    assert codes(good(bullet_point=["x"] * 6)) == [("bullet-count", "bullet_point", "error")]


def test_search_terms_are_counted_in_utf8_bytes() -> None:
    assert codes(good(generic_keyword="é" * 124), DE) == []  # 248 bytes
    assert codes(good(generic_keyword="é" * 125), DE) == [
        ("keywords-bytes", "generic_keyword", "error")
    ]  # 250 bytes, 125 characters
    jp = good(
        item_name="NINGVALE 真空断熱ボトル",
        bullet_point=["素材: ステンレス"],
        product_description="ボトル",
    )
    assert codes({**jp, "generic_keyword": "ボ" * 83}, JP) == []  # 249 bytes
    assert codes({**jp, "generic_keyword": "ボ" * 84}, JP) == [
        ("keywords-bytes", "generic_keyword", "error")
    ]


def test_description_allows_br_only_and_flags_script() -> None:
    assert codes(good(product_description="a<br>b<br/>c")) == []
    assert codes(good(product_description="<b>fett</b>")) == [
        ("html", "product_description", "error")
    ]
    assert codes(good(product_description="<script>alert(1)</script>")) == [
        ("script", "product_description", "error"),
        ("html", "product_description", "error"),
    ]


def test_emoji_and_untranslated_chinese_are_flagged() -> None:
    assert codes(good(bullet_point=["Super 🔥"])) == [("emoji", "bullet_point", "error")]
    assert codes(good(item_name="NINGVALE 保温杯")) == [("untranslated", "item_name", "error")]
    assert codes(good(item_name="NINGVALE 保温杯"), US) == [("untranslated", "item_name", "error")]


def test_required_attributes_per_product_type() -> None:
    content = good(product_type="SHIRT", material="Baumwolle")
    content.pop("country_of_origin")
    assert codes(content) == [
        ("required", "country_of_origin", "error"),
        ("required", "color", "error"),
        ("required", "size", "error"),
    ]
    assert codes({**content, "parentage_level": "parent", "country_of_origin": "CN"}) == []


def test_state_machine() -> None:
    check_transition(ListingStatus.DRAFT, ListingStatus.VALIDATED)
    check_transition(ListingStatus.VALIDATED, ListingStatus.APPROVED)
    check_transition(ListingStatus.APPROVED, ListingStatus.SUBMITTED)
    check_transition(ListingStatus.SUBMITTED, ListingStatus.LIVE)
    check_transition(ListingStatus.SUBMITTED, ListingStatus.REJECTED)
    with pytest.raises(InvalidTransition):
        check_transition(ListingStatus.DRAFT, ListingStatus.APPROVED)
    with pytest.raises(InvalidTransition):
        check_transition(ListingStatus.VALIDATED, ListingStatus.SUBMITTED)
    with pytest.raises(InvalidTransition):
        check_transition(ListingStatus.SUBMITTED, ListingStatus.DRAFT)


@given(st.lists(st.text(min_size=1, max_size=30).filter(lambda w: w.split() == [w]), max_size=80))
def test_trimmed_keywords_stay_under_250_bytes(words: list[str]) -> None:
    trimmed = trim_keywords(" ".join(words))
    assert len(trimmed.encode("utf-8")) < 250
    assert trimmed.split() == words[: len(trimmed.split())]
