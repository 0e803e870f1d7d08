"""The planner values a faster delivery promise as a demand uplift (docs/adr/0057)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from globalsell.core.errors import ValidationFailed
from globalsell.planning.domain import (
    Lane,
    Mode,
    SkuCountry,
    SkuTerms,
    plan_outcome,
    plan_shipments,
)
from globalsell.planning.schemas import PlanSettings

# Made-up test figures (not market rates).
LANES = [Lane("DE", Mode.OCEAN, 6, 0.5, 40.0), Lane("DE", Mode.AIR, 1, 2.0, 400.0)]
TERMS = [SkuTerms("CUP-1", 0.002, 10, 0, 5000.0, 0.01, 0.05, 8.0)]


def _plan(mean: float, uplift: float = 0.0, on_hand: float = 30.0) -> tuple[float, int, float]:
    item = SkuCountry("CUP-1", "DE", mean, 1.0, on_hand, 0.0, uplift)
    result = plan_shipments([item], TERMS, LANES)
    return (
        result.targets[("CUP-1", "DE")],
        sum(s.units for s in result.shipments),
        result.expected_service[("CUP-1", "DE")],
    )


def test_a_same_day_uplift_plans_for_twenty_percent_more_demand() -> None:
    plain = _plan(10.0)
    same_day = _plan(10.0, uplift=0.2)

    # +20% on a forecast of 10/week is planned exactly as a forecast of 12/week
    assert same_day == _plan(12.0)
    # cover 6 + 1 weeks: Poisson(70) vs Poisson(84) at the ratio 8 / 8.05
    assert (plain[0], same_day[0]) == (92.0, 108.0)
    assert (plain[1], same_day[1]) == (70, 90)


def test_no_uplift_is_the_default() -> None:
    assert SkuCountry("CUP-1", "DE", 10.0, 1.0, 0.0, 0.0).planned_mean == 10.0
    assert PlanSettings.model_validate({"lanes": [], "skus": []}).promise_uplift == {}


def test_a_negative_uplift_is_refused() -> None:
    with pytest.raises(ValidationFailed) as err:
        _plan(10.0, uplift=-0.5)
    assert [(e.field, e.value) for e in err.value.errors] == [("uplift", "DE")]


@pytest.mark.parametrize(
    ("uplift", "message"),
    [
        ({"DE": 2.5}, "DE: the uplift must lie between 0 and 2"),
        ({"de": 0.2}, "'de': a two-letter country code is needed"),
    ],
)
def test_plan_settings_check_the_uplift(uplift: dict[str, float], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PlanSettings.model_validate({"lanes": [], "skus": [], "promise_uplift": uplift})


@pytest.mark.parametrize(("dispersion", "position"), [(1.0, 10.0), (2.5, 14.0), (1.0, 0.0)])
def test_the_outcome_is_the_newsvendor_cost_of_the_position(
    dispersion: float, position: float
) -> None:
    from scipy import stats

    item = SkuCountry("CUP-1", "DE", 10.0 / 7, dispersion, position, 0.0)
    outcome = plan_outcome([item], TERMS, LANES, [], review_weeks=1)
    # demand over 6 + 1 weeks has mean 10
    if dispersion == 1.0:
        dist = stats.poisson(10.0)
    else:
        p = 1 / dispersion
        dist = stats.nbinom(10.0 * p / (1 - p), p)
    ks = range(0, 400)
    left = sum(max(position - k, 0) * dist.pmf(k) for k in ks)
    short = sum(max(k - position, 0) * dist.pmf(k) for k in ks)
    key = ("CUP-1", "DE")
    assert outcome.service[key] == pytest.approx(dist.cdf(position), abs=1e-9)
    assert outcome.leftover_units[key] == pytest.approx(left, abs=1e-6)
    assert outcome.lost_units[key] == pytest.approx(short, abs=1e-6)
    assert outcome.holding_fc == round(0.05 * left, 2)
    assert outcome.lost_sales == round(8.0 * short, 2)
    assert outcome.total == round(outcome.holding_fc + outcome.lost_sales, 2)


def test_shipments_count_in_the_outcome() -> None:
    item = SkuCountry("CUP-1", "DE", 10.0, 1.0, 0.0, 0.0)
    result = plan_shipments([item], TERMS, LANES)
    empty = plan_outcome([item], TERMS, LANES, [])
    shipped = plan_outcome([item], TERMS, LANES, result.shipments)
    assert empty.service[("CUP-1", "DE")] == pytest.approx(0.0, abs=1e-12)
    assert shipped.service[("CUP-1", "DE")] >= 8.0 / 8.05
    assert shipped.transport == result.transport_cost
    assert shipped.lost_sales < empty.lost_sales


def test_the_outcome_holds_for_large_means() -> None:
    from scipy import stats

    item = SkuCountry("CUP-1", "DE", 1400.0, 3.0, 10_000.0, 0.0)  # 9,800 over the cover
    outcome = plan_outcome([item], TERMS, LANES, [])
    p = 1 / 3.0
    dist = stats.nbinom(9800.0 * p / (1 - p), p)
    assert outcome.service[("CUP-1", "DE")] == pytest.approx(dist.cdf(10_000), abs=1e-9)
    assert 0.87 < outcome.service[("CUP-1", "DE")] < 0.89
