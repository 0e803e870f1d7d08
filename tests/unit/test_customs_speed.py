"""The classifier's speed-ups compute exactly what the plain forms they replace compute
(benchmarks/customs_speed.py measures the time; nothing here is timed)."""

from __future__ import annotations

import re

import numpy as np

from globalsell.customs import articles, classifier, domain
from globalsell.customs.query import token_set, tokens


def test_top_lines_is_the_stable_argsort_prefix_ties_included() -> None:
    fused = np.array([0.5, 0.0, 0.9, 0.5, 0.5, 0.2, 0.9, 0.0])
    assert classifier._top_lines(fused, 4).tolist() == [2, 6, 0, 3]
    assert classifier._top_lines(fused, 3).tolist() == [2, 6, 0]
    assert classifier._top_lines(fused, 20).tolist() == [2, 6, 0, 3, 4, 5, 1, 7]
    assert classifier._top_lines(np.zeros(5), 2).tolist() == [0, 1]


def test_top_lines_matches_argsort_on_many_arrays() -> None:
    rng = np.random.default_rng(7)
    for size, n in [(50, 10), (400, 400), (1000, 37), (3000, 400)]:
        fused = rng.integers(0, 4, size=size) * 0.25  # many ties
        want = np.argsort(-fused, kind="stable")[:n]
        assert classifier._top_lines(fused, n).tolist() == want.tolist()


def test_token_set_is_the_set_of_tokens() -> None:
    text = "Boxes of knitted Gloves, gloves; ﬁne Ｃｏｔｔｏｎ colour/color — not the boxes"
    assert token_set(text) == frozenset(tokens(text))
    assert token_set(text) == {"box", "color", "cotton", "fine", "glove", "knit"}


def test_material_chapters_alternation_reads_words_as_before() -> None:
    def one_by_one(text: str) -> set[str]:
        lowered = f" {text.lower()} "
        found: set[str] = set()
        for chapter, words in domain.MATERIAL_WORDS.items():
            if any(re.search(rf"\b{re.escape(w)}s?\b", lowered) for w in words):
                found.add(chapter)
                found |= domain._ALSO.get(chapter, set())
        return found

    for text in [
        "Stainless steel kettle with glass lid",
        "zinc alloy pendant, copper chain",
        "eva foam mats",
        "thermostat for a business",
        "oxford cloth bag with leather straps",
        "absorbent towel",
    ]:
        assert domain.material_chapters(text) == one_by_one(text)


def test_factor_of_targeted_equals_factor() -> None:
    matcher = articles.Matcher()
    found = articles.find(
        matcher,
        head="stainless steel storage box",
        text="stainless steel storage box for kitchen",
        category=None,
        weights=(1.0, 1.0, 0.3),
    )
    materials = domain.material_chapters("stainless steel storage box")
    assert found
    codes = articles.targeted(found, materials)
    assert [c for _, c in codes] == [("7326",)]  # of steel: only the steel heading
    assert articles.factor_of(codes, "732690") == articles.factor(found, "732690", materials)
    assert articles.factor_of(codes, "732690") == 2.0
    assert articles.factor_of(codes, "392490") == articles.factor(found, "392490", materials)
    assert articles.factor_of(codes, "392490") == 1.0
