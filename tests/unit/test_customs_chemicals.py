"""Chemically defined compounds read from a text (ADR 0170): CAS numbers, systematic names,
inorganic salts, and the words that never make one."""

from __future__ import annotations

import pytest

from globalsell.customs import articles, chemicals, classifier
from globalsell.customs.nomenclature import load


def test_cas_numbers_need_their_check_digit() -> None:
    assert chemicals.cas_numbers("Fluorene (CAS 86-73-7)") == ["86-73-7"]
    assert chemicals.cas_numbers("water 7732-18-5 and 50-00-0") == ["7732-18-5", "50-00-0"]
    # wrong check digit, part of a longer number, a date
    assert chemicals.cas_numbers("model 123-45-6, part 7732-18-4, 2023-01-15-1") == []


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("methoxyphenol", ("methoxy", "phenol")),
        ("diaminodiphenylsulfone", ("di", "amino", "di", "phenyl", "sulfone")),
        ("ethanal", ("eth", "anal")),
        ("propane", ("prop", "ane")),
        ("phone", None),
        ("plate", None),
        ("side", None),
        ("table", None),
        ("tone", None),
        ("examine", None),
    ],
)
def test_a_word_is_split_wholly_into_morphemes_or_not_at_all(
    word: str, pieces: tuple[str, ...] | None
) -> None:
    assert chemicals.segment(word) == pieces


@pytest.mark.parametrize(
    ("text", "targets", "phrase"),
    [
        # Chapter 29 Note 3: ether (2909) after phenol (2907)
        ("2-t-Butyl-4-methoxyphenol, an intermediate", ("2909",), "2-t-butyl-4-methoxyphenol"),
        # organo-sulphur (2930) after amine (2921)
        ("4,4'-Diaminodiphenylsulfone", ("2930",), "4,4'-diaminodiphenylsulfone"),
        # amino with a hydroxy group is 2922, but azo (2927) comes last
        (
            "4-amino-5-hydroxy-3-(phenylazo)naphthalenedisulfonic acid",
            ("2927",),
            "4-amino-5-hydroxy-3-(phenylazo)naphthalenedisulfonic",
        ),
        ("2-methyl-2-butene", ("2901",), "2-methyl-2-butene"),
        ("3-aminopropanol", ("2922",), "3-aminopropanol"),
        ("acetaldehyde, ethanal", ("2912",), "acetaldehyde ethanal"),
        ("Fluorene (CAS 86-73-7)", ("2902",), "86-73-7"),
        ("Brandname hydrochloride, purity 99%", ("29",), "hydrochloride purity"),
        ("Brandname (CAS No. 7732-18-5) in bulk", ("28", "29"), "7732-18-5"),
        ("Calcium Hypochlorite", ("2828",), "calcium hypochlorite"),
        ("sodium sulphate anhydrous", ("2833",), "sodium sulphate"),
        ("mono hydrazine sulfate (CAS #10034-93-2)", ("2825",), "hydrazine sulfate"),
        ("a mixture of 2-methoxyethanol and toluene", ("3824",), "2-methoxyethanol"),
    ],
)
def test_a_chemical_name_points_to_its_heading(
    text: str, targets: tuple[str, ...], phrase: str
) -> None:
    found = chemicals.read(text)
    assert found is not None
    assert found.targets == targets
    assert found.phrase == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Smart phone case with side pocket, stone grey tone",
        "Stainless steel plate and table set",
        "Butane gas lighter refill",  # one simple name is not enough
        "Propane torch head for soldering",
        "Pink Nitrile Gloves Disposable Material: Nitrile",  # one name, repeated
        "Diane 2-pack bath towels",  # a multiplier and a class ending name nothing
        "Vitamin C serum with hyaluronic acid",  # 'acid' alone
        "polyethylene terephthalate film",  # a polymer is chapter 39, not a compound
        "maleic anhydride modified propylene copolymer (CAS 25722-45-6)",
        "Acrylic sheet 3mm, 4-pack",
        "Model 123-45-6 replacement filter",  # not a valid CAS number
        "Lithium ion battery 18650",
    ],
)
def test_ordinary_words_and_polymers_name_no_compound(text: str) -> None:
    assert chemicals.read(text) is None


def test_the_named_heading_joins_the_candidates_with_its_source() -> None:
    result = classifier.classify("mono hydrazine sulfate (CAS #10034-93-2) from Japan", top_k=5)
    assert result.best is not None
    assert result.best.hs6 == "282510"
    assert any("Chapter 28 Note 1" in r for r in result.best.reasons)


def test_the_functional_group_heading_enters_the_pool() -> None:
    text = "2-t-Butyl-4-methoxyphenol, a pharmaceutical intermediate imported in bulk form"
    with_rule = classifier.classify(text, top_k=5)
    without = classifier.classify(text, top_k=5, params=classifier.Params(chemical=0.0))
    assert "290950" in [e.hs6 for e in with_rule.pool]
    assert "290950" not in [e.hs6 for e in without.pool]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("DNA polymerase sets and pre-mixtures", "enzyme"),
        ("Papain", "enzyme"),
        ("Laundry detergent with protease", None),  # a detergent (heading 3402) stays one
        ("Phase change cooling base", None),  # '-ase' inside an ordinary word is no enzyme
    ],
)
def test_an_enzyme_named_by_its_class_is_heading_3507(text: str, rule: str | None) -> None:
    toks = articles.words(text)
    found = articles.Matcher().first(toks, toks)
    assert (found[0].name if found else None) == rule
    if rule:
        assert found is not None
        assert found[0].targets == ("3507",)


def _decided(text: str) -> tuple[str, ...]:
    reading = chemicals.read(text)
    assert reading is not None
    heading = reading.targets[0]
    nom = load()
    texts = {c: nom.hs_text(c) for c in nom.hs if len(c) == 6 and c.startswith(heading)}
    return chemicals.subheadings(reading, texts)


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        # an alkoxy group on a phenol: ether-phenols (2909.50), not the ether-alcohols
        ("2-t-butyl-4-methoxyphenol", ("290950",)),
        # no subheading of 2930 names a sulfone: the residual 2930.90
        ("4,4'-diaminodiphenylsulfone", ("293090",)),
        # fluorene is no benzene, toluene, xylene, styrene, ethylbenzene or cumene: 2902.90
        ("Fluorene (CAS 86-73-7)", ("290290",)),
        # a subheading names it ('butene (butylene) and isomers'): the name decides nothing more
        ("2-methyl-2-butene", ()),
        ("acetaldehyde, ethanal", ()),
    ],
)
def test_a_name_decides_the_subheading_of_its_heading(text: str, decided: tuple[str, ...]) -> None:
    assert _decided(text) == decided


def test_a_reading_of_several_headings_decides_no_subheading() -> None:
    reading = chemicals.read("CAS 7732-18-5")
    assert reading is not None
    assert chemicals.subheadings(reading, {"290110": "Acyclic hydrocarbons; saturated"}) == ()


def test_the_classifier_puts_the_decided_subheading_first() -> None:
    result = classifier.classify("2-t-Butyl-4-methoxyphenol, a pharmaceutical intermediate")
    assert result.candidates[0].hs6 == "290950"
