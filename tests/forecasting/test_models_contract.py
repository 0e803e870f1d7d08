"""One contract over every forecasting model: all-zero, one point, intermittent, trend, censored
and negative histories."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globalsell.core.errors import ValidationFailed
from globalsell.forecasting.domain import (
    TSB,
    CrostonSBA,
    Model,
    SeasonalWindowMean,
    Series,
    WindowMean,
    backtest,
    nb_quantile,
    select_model,
    standard_models,
)
from globalsell.forecasting.statsforecast_models import (
    StatsForecastModel,
    impute_censored,
    statsforecast_models,
)

MODELS = standard_models() + statsforecast_models()
IDS = [m.name for m in MODELS]
QS = (0.1, 0.5, 0.9)


def check_shape(model: Model, series: Series, h: int = 4) -> None:
    fc = model.fit(series).predict(h, QS)
    assert fc.mean.shape == (h,)
    assert np.all(np.isfinite(fc.mean))
    assert np.all(fc.mean >= 0)
    assert sorted(fc.quantiles) == list(QS)
    for q in QS:
        assert fc.quantiles[q].shape == (h,)
    assert np.all(fc.quantiles[0.1] <= fc.quantiles[0.5])
    assert np.all(fc.quantiles[0.5] <= fc.quantiles[0.9])


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_all_zero_history_forecasts_zero(model: Model) -> None:
    fc = model.fit(Series.of([0.0] * 60)).predict(3, QS)
    assert fc.mean.tolist() == [0.0, 0.0, 0.0]
    assert fc.quantiles[0.9].tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_one_point_history(model: Model) -> None:
    series = Series.of([4.0])
    check_shape(model, series)
    assert model.fit(series).predict(1).mean[0] > 0


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_intermittent_history(model: Model) -> None:
    y = [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 2.0, 0.0, 5.0, 0.0] * 8
    check_shape(model, Series.of(y))
    mean = model.fit(Series.of(y)).predict(1).mean[0]
    if model.name == "sf_seasonal_naive":
        assert mean == y[len(y) - 52]  # one season back, by definition
    else:
        assert 0.3 < mean < 2.5


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_trend_history(model: Model) -> None:
    y = [float(t) for t in range(1, 61)]
    check_shape(model, Series.of(y))
    mean = model.fit(Series.of(y)).predict(1).mean[0]
    if model.name == "sf_seasonal_naive":
        assert mean == 9.0  # the same week one season (52) back: its definition, not a trend
    else:
        assert mean > 20


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_stockout_weeks_are_censored_not_zero(model: Model) -> None:
    y = [5.0] * 40 + [0.0] * 10
    stock = [True] * 40 + [False] * 10
    censored = model.fit(Series.of(y, stock)).predict(1).mean[0]
    naive = model.fit(Series.of(y)).predict(1).mean[0]
    sba = model.name in ("croston_sba", "sf_croston_sba")
    assert censored == pytest.approx(5.0 * (1 - 0.1 / 2) if sba else 5.0)
    assert naive <= censored


def test_negative_history_is_refused() -> None:
    with pytest.raises(ValidationFailed) as err:
        Series.of([1.0, -2.0, 3.0])
    assert err.value.errors[0].row == 1
    assert err.value.errors[0].field == "history"


def test_non_finite_and_misaligned_histories_are_refused() -> None:
    with pytest.raises(ValidationFailed):
        Series.of([1.0, float("nan")])
    with pytest.raises(ValidationFailed):
        Series.of([1.0, 2.0], [True])


def test_horizon_must_be_positive() -> None:
    with pytest.raises(ValidationFailed):
        WindowMean().fit(Series.of([1.0, 2.0])).predict(0)


def test_poisson_and_negative_binomial_quantiles() -> None:
    # Poisson(2): P(X<=2) = 0.677, P(X<=3) = 0.857
    assert nb_quantile(2.0, 1.0, 0.6) == 2.0
    assert nb_quantile(2.0, 1.0, 0.8) == 3.0
    assert nb_quantile(0.0, 3.0, 0.9) == 0.0
    # over-dispersion widens the upper quantile
    assert nb_quantile(2.0, 4.0, 0.9) > nb_quantile(2.0, 1.0, 0.9)


def test_seasonal_ratio_lifts_the_season() -> None:
    year = [2.0] * 40 + [8.0] * 12
    y = year * 2 + [2.0] * 40
    fc = SeasonalWindowMean(window=8, weight=1.0).fit(Series.of(y)).predict(2)
    assert fc.mean.tolist() == pytest.approx([8.0, 8.0])


def test_backtest_selects_the_model_that_fits() -> None:
    rng = np.random.default_rng(3)
    y = np.concatenate([rng.poisson(1.0, 80), rng.poisson(9.0, 20)]).astype(float)
    best, scores = select_model(
        [WindowMean(8), WindowMean(26), CrostonSBA(alpha=0.05)], Series.of(y), h=2, windows=6
    )
    assert best.name == "mean8"
    assert [s.windows for s in scores] == [6, 6, 6]


def test_backtest_skips_censored_targets() -> None:
    y = [3.0] * 20
    stock = [True] * 16 + [False] * 4
    score = backtest(WindowMean(4), Series.of(y, stock), h=2, windows=2)
    assert score.windows == 0
    assert score.mae == float("inf")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=120),
    st.sampled_from(MODELS),
)
def test_any_non_negative_history_gives_ordered_non_negative_quantiles(
    values: list[int], model: Model
) -> None:
    check_shape(model, Series.of([float(v) for v in values]), h=3)


def test_tsb_decays_after_demand_stops() -> None:
    y = [4.0] * 30 + [0.0] * 30
    assert TSB().fit(Series.of(y)).predict(1).mean[0] < 0.2


def test_censored_weeks_are_imputed_from_nearby_in_stock_weeks() -> None:
    y = [2.0, 4.0, 0.0, 6.0, 1.0, 3.0, 9.0, 0.0]
    stock = [True, True, False, True, True, True, True, False]
    out = impute_censored(Series.of(y, stock), radius=1)
    assert out.tolist() == [2.0, 4.0, 5.0, 6.0, 1.0, 3.0, 9.0, 9.0]
    # recorded sales above the local mean are kept: sales are a lower bound of demand
    out = impute_censored(Series.of([1.0, 7.0, 1.0], [True, False, True]), radius=1)
    assert out.tolist() == [1.0, 7.0, 1.0]


def test_unknown_statsforecast_kind_is_refused() -> None:
    with pytest.raises(ValidationFailed) as err:
        StatsForecastModel("arima")
    assert err.value.field == "kind"


def test_statsforecast_seasonal_naive_repeats_last_season() -> None:
    season = [1.0, 5.0, 2.0, 8.0]
    fc = StatsForecastModel("seasonal_naive", season_length=4).fit(Series.of(season * 3))
    assert fc.predict(6).mean.tolist() == [1.0, 5.0, 2.0, 8.0, 1.0, 5.0]


def test_statsforecast_models_join_the_backtest_selection() -> None:
    season = [0.0, 0.0, 12.0, 0.0] * 20
    best, scores = select_model(
        [WindowMean(8), StatsForecastModel("seasonal_naive", season_length=4)],
        Series.of(season),
        h=4,
        windows=3,
    )
    assert best.name == "sf_seasonal_naive"
    assert scores[1].mae == 0.0
