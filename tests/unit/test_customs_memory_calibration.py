"""Seller precedents (customs.memory) and the calibrated confidence (customs.calibration)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from globalsell.customs import calibration, classifier, memory, ranking


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


MUG = memory.Confirmed(
    "MUG-1", "6912004400", "Home > Drinkware > Mugs", date(2026, 3, 2), _unit(1, 0, 0)
)
CUP = memory.Confirmed(
    "CUP-7", "3924104000", "Home > Drinkware > Cups", date(2026, 3, 5), _unit(0, 0.2, 1)
)


def test_same_category_precedent_needs_less_similarity_than_another_category() -> None:
    # given a product at cosine 0.69 to the mug (same category) and 0.34 to the cup
    vector = _unit(1, 1, 0.3)
    found = memory.precedents([MUG, CUP], vector=vector, category="home > drinkware > mugs")
    assert [(p.sku, p.same_category) for p in found] == [("MUG-1", True)]
    assert found[0].reason == (
        "like SKU MUG-1 that you confirmed on 2026-03-02 (in the same category, similarity 0.69)"
    )
    # in another category the same closeness is not enough
    assert memory.precedents([MUG], vector=vector, category="Toys") == []


def test_one_precedent_per_subheading_most_similar_first() -> None:
    twin = memory.Confirmed("MUG-2", "6912004800", None, date(2026, 3, 9), _unit(1, 0.01, 0))
    found = memory.precedents([twin, MUG], vector=_unit(1, 0, 0), category=None)
    assert [p.sku for p in found] == ["MUG-1"]
    assert memory.precedents([], vector=_unit(1, 0, 0), category=None) == []


def test_a_precedent_leads_the_candidates_with_its_reason() -> None:
    p = memory.Precedent("MUG-1", "6912004400", date(2026, 3, 2), 0.81, True)
    result = classifier.classify("stoneware coffee mug with handle", precedents=[p])
    first = result.candidates[0]
    assert (first.hs6, first.national_code) == ("691200", "6912004400")
    assert first.reasons[0].startswith("like SKU MUG-1 that you confirmed on 2026-03-02")
    assert first.confidence >= 0.81


def test_logistic_fit_recovers_a_known_relation() -> None:
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(4000), rng.normal(size=4000)])
    y = (rng.random(4000) < 1 / (1 + np.exp(-(-1.0 + 2.0 * x[:, 1])))).astype(float)
    w = calibration.fit(x, y, l2=0.0)
    assert np.allclose(w, [-1.0, 2.0], atol=0.15)


def _pool(*scores: float) -> list[ranking.Evidence]:
    return [ranking.Evidence(hs6=f"9503{i:02d}", score=s) for i, s in enumerate(scores)]


def test_confidence_grows_with_the_lead_of_the_first_candidate() -> None:
    model = ranking.neutral()
    close = ranking.rank(_pool(1.0, 0.99, 0.98), 5, model=model)
    clear = ranking.rank(_pool(1.0, 0.5, 0.4), 5, model=model)
    assert close.order == clear.order == [0, 1, 2]
    assert 0.0 < close.confidence[0] < clear.confidence[0] < 1.0


def test_the_reranker_learns_which_feature_marks_the_right_candidate() -> None:
    rng = np.random.default_rng(1)
    groups = []
    for _ in range(300):
        x = rng.normal(size=(6, len(ranking.FEATURES)))
        y = np.zeros(6)
        y[int(np.argmax(x[:, 3] + 0.3 * rng.normal(size=6)))] = 1.0
        groups.append((x, y))
    w = ranking.fit_rerank(groups, l2=1.0, start=np.zeros(len(ranking.FEATURES)))
    rule = ranking.FEATURES.index("rule")
    assert int(np.argmax(w)) == 3
    assert w[3] > 5 * max(abs(float(v)) for i, v in enumerate(w) if i not in (3, rule))
    assert w[rule] == pytest.approx(ranking.RULE_WEIGHT_MIN)  # held at its floor


def test_without_a_right_candidate_the_weights_stay_at_the_hand_tuned_order() -> None:
    x = np.ones((4, len(ranking.FEATURES)))
    fitted = ranking.fit_rerank([(x, np.zeros(4))])
    assert np.array_equal(fitted, np.array(ranking.neutral().rerank))


def test_the_reranked_first_candidate_is_the_one_the_weights_prefer() -> None:
    weights = tuple(5.0 if f == "material" else 0.0 for f in ranking.FEATURES)
    model = ranking.Model(weights, ranking.neutral().confidence)
    pool = [*_pool(1.0, 0.9), ranking.Evidence(hs6="950399", score=0.5, material=True)]
    assert ranking.rank(pool, 5, model=model).order[0] == 2


def test_a_heading_shared_by_the_first_candidates_is_surer_than_its_subheading() -> None:
    # given three close candidates, the first two in heading 6109 and the third in 6110
    pool = [
        ranking.Evidence(hs6="610910", score=1.0),
        ranking.Evidence(hs6="610990", score=0.99),
        ranking.Evidence(hs6="611020", score=0.98),
    ]
    ranked = ranking.rank(pool, 5, model=ranking.neutral())
    assert ranked.heading == "6109"
    assert ranked.heading_confidence > ranked.confidence[ranked.order[0]]
    heads, x = ranking.heading_matrix(pool, np.array(ranked.probability), 5)
    assert heads == ["6109", "6110"]
    mass = x[:, ranking.HEADING_FEATURES.index("probability")]
    assert mass.tolist() == pytest.approx([sum(ranked.probability[:2]), ranked.probability[2]])


def test_the_heading_model_reads_its_own_features() -> None:
    # a heading model that trusts only a heading with a subheading naming the material
    heading = tuple({"bias": -3.0, "material": 6.0}.get(f, 0.0) for f in ranking.HEADING_FEATURES)
    model = ranking.Model(ranking.neutral().rerank, ranking.neutral().confidence, heading)
    rival = ranking.Evidence(hs6="420292", score=0.99)
    plain = ranking.rank([ranking.Evidence(hs6="950300", score=1.0), rival], 5, model=model)
    named = ranking.rank(
        [ranking.Evidence(hs6="950300", score=1.0, material=True), rival], 5, model=model
    )
    assert plain.confidence == named.confidence  # the neutral subheading model ignores it
    assert plain.confidence[0] < 0.5
    assert plain.heading_confidence == pytest.approx(plain.confidence[0])  # floor: its subheading
    assert named.heading_confidence == pytest.approx(1 / (1 + np.exp(-3.0)))


def _factored(subheading: dict[str, float]) -> ranking.Model:
    # a heading model that reads only the heading's summed probability, and a subheading model
    heading = tuple({"bias": -1.0, "logit": 1.0}.get(f, 0.0) for f in ranking.HEADING_FEATURES)
    within = tuple(subheading.get(f, 0.0) for f in ranking.SUBHEADING_FEATURES)
    return ranking.Model(ranking.neutral().rerank, ranking.neutral().confidence, heading, within)


def test_a_subheading_is_as_likely_as_its_heading_times_its_share_of_it() -> None:
    # given two siblings of heading 6109 and a candidate of 6110, and a subheading model that
    # reads only the subheading's share of its heading's probability
    pool = [
        ranking.Evidence(hs6="610910", score=1.0),
        ranking.Evidence(hs6="610990", score=0.99),
        ranking.Evidence(hs6="611020", score=0.98),
    ]
    ranked = ranking.rank(pool, 5, model=_factored({"bias": -2.0, "share": 4.0}))
    p = ranked.probability
    heads, x = ranking.heading_matrix(pool, np.array(p), 5)
    sure = {
        h: 1 / (1 + np.exp(1.0 - row[ranking.HEADING_FEATURES.index("logit")]))
        for h, row in zip(heads, x, strict=True)
    }
    shares = [p[0] / (p[0] + p[1]), p[1] / (p[0] + p[1]), 1.0]
    expected = [
        sure[c.hs6[:4]] / (1 + np.exp(2.0 - 4.0 * s)) for c, s in zip(pool, shares, strict=True)
    ]
    assert ranked.confidence == pytest.approx(expected)
    assert ranked.heading_confidence == pytest.approx(sure["6109"])
    assert ranked.confidence[0] < ranked.heading_confidence


def test_the_subheading_features_are_read_within_the_heading() -> None:
    pool = [
        ranking.Evidence(hs6="420292", score=1.0, residual=True, semantic=0.4),
        ranking.Evidence(hs6="950300", score=0.9, head_subheading=0.25),
        ranking.Evidence(
            hs6="420222", score=0.8, material=True, head_subheading=1.0, rule_subheading=True
        ),
    ]
    x = ranking.subheading_matrix(pool, np.array([0.5, 0.3, 0.2]))
    assert np.allclose(
        x,
        [
            [
                1.0,
                0.5 / 0.7,
                np.log(0.5 / 0.2),
                1.0,
                0.5 / 0.7 - 0.2 / 0.7,
                1.0,
                0.0,
                0.4,
                0.0,
                0.0,
            ],
            [1.0, 1.0, np.log((1 - 1e-6) / 1e-6), 1.0, 1.0, 0.0, 0.0, 0.0, 0.25, 0.0],
            [1.0, 0.2 / 0.7, np.log(0.2 / 0.5), 0.0, 0.2 / 0.7, 0.0, 1.0, 0.0, 1.0, 1.0],
        ],
    )


def test_a_heading_holding_the_line_the_articles_own_words_find_is_read_as_such() -> None:
    # given two candidates of heading 6109 (one found by the article's words alone) and one of 6110
    pool = [
        ranking.Evidence(hs6="610910", score=1.0),
        ranking.Evidence(hs6="610990", score=0.99, head_heading=True),
        ranking.Evidence(hs6="611020", score=0.98),
    ]
    heads, x = ranking.heading_matrix(pool, np.array([0.5, 0.3, 0.2]), 5)
    assert heads == ["6109", "6110"]
    assert x[:, ranking.HEADING_FEATURES.index("head_words")].tolist() == [1.0, 0.0]
    # a heading model that trusts only that reading makes its heading likely
    heading = tuple({"bias": -1.0, "head_words": 3.0}.get(f, 0.0) for f in ranking.HEADING_FEATURES)
    model = ranking.Model(ranking.neutral().rerank, ranking.neutral().confidence, heading)
    ranked = ranking.rank(pool, 5, model=model)
    assert ranked.heading == "6109"
    assert ranked.heading_confidence == pytest.approx(1 / (1 + np.exp(-2.0)))


def test_a_leading_subheading_with_the_material_named_is_surer_than_a_residual_one() -> None:
    model = _factored({"bias": -1.0, "lead": 2.0, "material": 1.0, "residual": -1.0})
    rival = ranking.Evidence(hs6="420299", score=0.6)
    named = ranking.rank([ranking.Evidence("420222", 1.0, material=True), rival], 5, model=model)
    other = ranking.rank([ranking.Evidence("420292", 1.0, residual=True), rival], 5, model=model)
    assert named.heading_confidence == pytest.approx(other.heading_confidence)
    assert named.confidence[0] > other.confidence[0]


def test_the_shipped_weights_carry_every_confidence_feature() -> None:
    # a ranking.json missing a feature falls back to the neutral model: refit it instead
    model = ranking.shipped()
    assert len(model.heading) == len(ranking.HEADING_FEATURES)
    assert len(model.subheading) == len(ranking.SUBHEADING_FEATURES)
    assert model.rerank != ranking.neutral().rerank
    head = ranking.HEADING_FEATURES.index("head_words")
    assert model.heading[head] > 0.0  # the article's own words finding the heading adds to it


def test_a_heading_reads_its_article_rule_the_set_and_the_hand_tuned_first() -> None:
    # given a pool whose hand-tuned first (4203) is re-ranked below a rule's heading (6101), for
    # a text naming a kit
    pool = [
        ranking.Evidence(hs6="420310", score=1.0, in_set=True),
        ranking.Evidence(hs6="610130", score=0.9, rule=True, in_set=True),
        ranking.Evidence(hs6="610190", score=0.8, in_set=True),
    ]
    heads, x = ranking.heading_matrix(pool, np.array([0.2, 0.5, 0.3]), 5)
    assert heads == ["6101", "4203"]
    assert x[:, ranking.HEADING_FEATURES.index("rule")].tolist() == [1.0, 0.0]
    assert x[:, ranking.HEADING_FEATURES.index("set")].tolist() == [1.0, 1.0]
    assert x[:, ranking.HEADING_FEATURES.index("agree")].tolist() == [0.0, 1.0]


def test_goods_put_up_in_a_set_are_less_sure_in_the_shipped_weights() -> None:
    model = ranking.shipped()
    assert model.heading[ranking.HEADING_FEATURES.index("set")] < 0.0
    assert model.heading[ranking.HEADING_FEATURES.index("making")] < 0.0
    assert model.heading[ranking.HEADING_FEATURES.index("rule")] > 0.0


def test_the_classifier_marks_a_pool_for_goods_put_up_in_a_set() -> None:
    kit = classifier.classify("a tool kit containing pliers, a utility knife and a tape measure")
    plain = classifier.classify("combination pliers of steel")
    findings = classifier.classify("stainless steel jump rings for jewelry making")
    assert {e.in_set for e in kit.pool} == {True}
    assert {e.in_set for e in plain.pool} == {False}
    assert {(e.in_set, e.for_making) for e in findings.pool} == {(False, True)}
    assert {e.for_making for e in plain.pool} == {False}


def test_a_subheading_an_article_rule_names_itself_is_read_as_such() -> None:
    # a hose nozzle rule names 8481.80 itself: its subheading feature is set, its siblings' not
    result = classifier.classify("pistol grip hose nozzle")
    named = {e.hs6 for e in result.pool if e.rule_subheading}
    assert named == {"848180"}
    x = ranking.subheading_matrix(result.pool, np.array(ranking.rank(result.pool, 3).probability))
    rows = {e.hs6: row for e, row in zip(result.pool, x, strict=True)}
    assert rows["848180"][ranking.SUBHEADING_FEATURES.index("rule")] == 1.0
    assert model_weight("rule") > 0.0


def model_weight(feature: str) -> float:
    return ranking.shipped().subheading[ranking.SUBHEADING_FEATURES.index(feature)]
