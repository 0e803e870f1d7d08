"""The policy checks match whatever the letter case (they search the lower-cased text)."""

from __future__ import annotations

import pytest

from globalsell.core.marketplaces import marketplaces
from globalsell.listings import rules


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bottle FREE SHIPPING today", "shipping-promise"),
        ("Bottle BEST PRICE", "promotional"),
        ("Write to SALES@EXAMPLE.COM", "contact-details"),
        ("Visit WWW.EXAMPLE.COM", "contact-details"),
        ("Only USD 5", "price"),
        ("Kostenloser Versand", "shipping-promise"),
        ("<SCRIPT>alert(1)</SCRIPT>", "script"),
        ('<img ONERROR="x">', "script"),
    ],
)
def test_checks_ignore_letter_case(text: str, code: str) -> None:
    content = {"bullet_point": [text]}
    issues = rules.validate(content, marketplaces().get("UK"))
    assert code in {i.code for i in issues if i.field == "bullet_point"}


def test_clean_text_has_no_text_issue() -> None:
    content = {"bullet_point": ["Material: 304 Stainless Steel", "Capacity: 500 ml (16.9 fl oz)"]}
    issues = rules.validate(content, marketplaces().get("US"))
    assert [i.code for i in issues if i.field == "bullet_point"] == []
