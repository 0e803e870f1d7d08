"""What a product text says before any code is looked at: a chemical name and a request for
parts are read from whole words, never from letters inside another word."""

from __future__ import annotations

import pytest

from globalsell.customs.query import CHEMICAL, FOR_MAKING, PARTS_QUERY, PUT_UP_AS_SET


@pytest.mark.parametrize(
    "text",
    [
        "2,4-dichlorophenol",
        "4,4'-diaminodiphenylsulfone",
        "metformin hydrochloride",
        "sodium hypochlorite solution",
        "xylene",
        "carbon monoxide detector",
        "benzene",
        "pyridine",
        "triazine",
        "acetaldehyde",
        "copper sulfate",
        "polyethylene film",
        "Fluorene (CAS 86-73-7)",
        "maleic anhydride",
    ],
)
def test_a_chemical_name_is_read(text: str) -> None:
    assert CHEMICAL.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "period underwear",
        "magazine rack",
        "fluorescent tube",
        "carbohydrate snack bar",
        "copyright notice",
        "pyramid tent",
        "Mercedes-Benz floor mats",
        "cyan ink cartridge",
        "1,500 cc gasoline engine",
        "Sticking size: 35,42,40,45",
        "xylophone for kids",
        "nitrile gloves",
        "phenomenal quinoa",
        "acetate hair claw",
    ],
)
def test_a_word_holding_a_chemical_morpheme_is_no_chemical(text: str) -> None:
    assert CHEMICAL.search(text) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("spare parts for lawn mowers", True),
        ("a part of a valve", True),
        ("car accessories", True),
        ("phone accessory", True),
        ("engine components", True),
        ("birthday party balloons", False),
        ("partial dentures", False),
        ("office partition panel", False),
        ("particle board shelf", False),
        ("accessorize with a scarf", False),
    ],
)
def test_parts_are_asked_for_by_whole_words(text: str, asks: bool) -> None:
    assert (PARTS_QUERY.search(text) is not None) is asks


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("a 126 pc. auto maintenance kit", True),
        ("gift set containing a watch and a nail file", True),
        ("assorted hardware items", True),
        ("an assortment of screws", True),
        ("headset with microphone", False),
        ("sunset print canvas", False),
        ("skit costume", False),
    ],
)
def test_goods_put_up_in_a_set_are_named_by_whole_words(text: str, named: bool) -> None:
    assert (PUT_UP_AS_SET.search(text) is not None) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("letter charms for DIY necklace jewelry making", True),
        ("stainless steel jump rings jewelry findings", True),
        ("candle making supplies", True),
        ("wool felt for DIY craft supplies", True),
        ("brass screws for lure making", True),
        ("ice cream making machine", False),
        ("coffee making equipment", False),
        ("sterling silver pendant necklace", False),
        ("makings of a meal", False),
    ],
)
def test_materials_for_making_an_article_are_named_by_whole_words(text: str, named: bool) -> None:
    assert (FOR_MAKING.search(text) is not None) is named
