"""Platform cells that say "nothing here" or "no brand", whatever words the seller used."""

from __future__ import annotations

from globalsell.catalog.platforms import _dedupe, is_placeholder


def test_brand_placeholders_in_the_sellers_words() -> None:
    for text in (
        "NoEnName_Null",
        "other",
        "No brand, neutral label or OEM service",
        "OEM/ODM",
        "without brand",
        "Unbranded / generic",
        "Generic",
    ):
        assert is_placeholder(text, brand=True), text


def test_real_brands_are_not_placeholders() -> None:
    for text in ("MINISO", "Nobrandia", "OEMTEK", "Otherland", "DEWALT"):
        assert not is_placeholder(text, brand=True), text
    assert not is_placeholder("Generic", brand=False)


def test_repeated_multi_select_values_are_one() -> None:
    assert _dedupe("MINISO,MINISO") == "MINISO"
    assert _dedupe("Glass, glass,Metal") == "Glass, Metal"


def test_offers_riding_along_with_a_colour_are_dropped() -> None:
    from globalsell.catalog.platforms import offered_colour

    assert offered_colour("White or OEM") == "White"
    assert offered_colour("white/Customized") == "white"
    assert offered_colour("colors as the pic show,accept customized") == ""
    assert offered_colour("Popular Colors") == ""
    assert offered_colour("Black/Red") == "Black/Red"
    assert offered_colour("Rose Gold") == "Rose Gold"
