"""A product phrase cut at its length that would name another product ends at the type's noun."""

from __future__ import annotations

from globalsell.listings.titles import read_title
from globalsell.listings.type_vocabulary import vocabulary


def _phrase(title: str, code: str) -> str:
    reading = read_title(title, brand="", product_type=vocabulary().types[code])
    assert reading.phrase is not None
    return reading.phrase


def test_a_cut_that_names_another_product_ends_at_the_types_noun() -> None:
    # Cut at 7 words the phrase would end "... Suction Cup Table": a table, not the vise.
    vise = _phrase("Aluminum Alloy 360 Universal Suction Cup Table Vice Rotary", "TOOLS")
    assert vise.endswith("Table Vice")
    # ... and "Jack and Jill ... Glass Charm" a charm, not the keychain; no leading "and".
    keychain = _phrase("Jack and Jill Rhinestone Pearl Glass Charm Keychain Round", "KEYCHAIN")
    assert keychain.endswith("Charm Keychain")
    assert not keychain.casefold().startswith("and ")


def test_a_cut_that_names_no_other_product_keeps_the_front() -> None:
    boots = _phrase("Jack Jill Sexy Pole Dance Knee High Patent Boots", "BOOT")
    assert boots.startswith("Jack Jill")
