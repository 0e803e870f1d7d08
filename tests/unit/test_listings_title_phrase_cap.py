"""A product phrase longer than the cap keeps the words that end at the type's noun."""

from __future__ import annotations

from globalsell.listings.titles import read_title
from globalsell.listings.type_vocabulary import vocabulary


def test_the_type_noun_past_the_cap_ends_the_phrase() -> None:
    tools = vocabulary().types["TOOLS"]
    reading = read_title(
        "Aluminum Alloy 360 Universal Suction Cup Table Vice Rotary", brand="", product_type=tools
    )
    assert reading.phrase is not None
    assert reading.phrase.endswith("Table Vice")
    boots = vocabulary().types["BOOT"]
    reading = read_title(
        "Jack Jill and Pole Dance Knee High Patent Boots", brand="", product_type=boots
    )
    assert reading.phrase is not None
    assert reading.phrase.endswith("Boots")
    assert not reading.phrase.casefold().startswith("and ")
