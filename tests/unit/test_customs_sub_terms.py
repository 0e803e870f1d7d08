"""Subheadings told apart by a property their own texts name (customs.sub_terms), one
property at a time, read from the nomenclature's texts."""

import pytest

from globalsell.customs import choice, classifier
from globalsell.customs import sub_terms as terms
from globalsell.customs.nomenclature import load


def _text(hs6: str) -> str:
    return load().hs_text(hs6)


@pytest.mark.parametrize(
    ("hs6", "text", "states"),
    [
        ("732392", "cast iron doorstop shaped like a wedge", False),  # enamel not stated
        ("732391", "cast iron doorstop shaped like a wedge", True),
        ("732392", "enamelled cast iron casserole", True),
        ("732391", "enamelled cast iron casserole", False),  # 'not enamelled' excludes it
        ("732394", "Enameled steel camping mug", True),  # the US spelling
        ("732394", "stainless steel mug", False),
        ("732421", "cast iron bath", True),  # 'whether or not enamelled' names no split
        ("700600", "drilled glass shelf", True),  # 'enamelled or otherwise worked' neither
        ("841221", "hydraulic cylinders for excavators", True),
        ("841229", "hydraulic cylinders for excavators", False),
        ("841221", "hydraulic motor for a winch", False),
        ("841229", "hydraulic motor for a winch", True),
        ("841231", "pneumatic linear actuator", True),
    ],
)
def test_a_named_property_is_stated_and_an_excluded_one_is_not(
    hs6: str, text: str, states: bool
) -> None:
    assert terms.states(_text(hs6), text) is states


def test_only_the_lines_that_split_by_a_property_are_ruled() -> None:
    assert [
        h for h in ("732391", "732392", "732393", "732421", "700600") if terms.ruled(_text(h))
    ] == [
        "732391",
        "732392",
    ]


def test_whole_words_only() -> None:
    assert not terms.states(_text("841221"), "multicylinder engine mount")
    assert not terms.states(_text("732392"), "enamelling kit")


def test_cast_iron_not_said_enamelled_goes_to_the_not_enamelled_line() -> None:
    scored = {"732392": 1.0, "732391": 0.9}
    choice.refine_by_material(load(), scored, "cast iron doorstop", classifier.Params())
    assert scored["732391"] > scored["732392"]


@pytest.mark.parametrize(
    ("hs6", "text", "states"),
    [
        ("845911", "CNC drilling machine", True),
        ("845929", "CNC drilling machine", False),
        ("845929", "bench drill press", True),
        ("845921", "bench drill press", False),
        ("845899", "CNC lathe", False),  # 'other than horizontal or numerically controlled'
        ("821510", "Silver Plated Cake Server", True),
        ("821520", "Silver Plated Cake Server", False),
        ("821599", "stainless steel spoon", True),
        ("821591", "stainless steel spoon", False),
        ("830621", "gold-plated brass statuette", True),
        ("830629", "gold-plated brass statuette", False),
        ("711719", "gold plated necklace", True),  # 'whether or not plated' names no split
        ("090122", "Decaf roasted coffee beans", True),
        ("090121", "Decaf roasted coffee beans", False),
        ("090111", "green coffee beans", True),  # 'not roasted or decaffeinated'
        ("090111", "decaffeinated green coffee beans", False),
        ("090112", "green coffee beans", False),
    ],
)
def test_machine_tools_plating_and_coffee(hs6: str, text: str, states: bool) -> None:
    assert terms.states(_text(hs6), text) is states
