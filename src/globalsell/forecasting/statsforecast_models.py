"""statsforecast models behind globalsell's `fit/predict` interface (docs/adr/0053).

Nixtla's statsforecast supplies the point forecasts; globalsell keeps its own predictive
distribution (negative binomial around the model's mean, dispersion from the in-stock history,
as in `domain`) so every model's quantiles are comparable in the backtest and whole units.

Censoring (docs/adr/0031) needs care because statsforecast models take a plain, gap-free array:
- intermittent models (Croston SBA, ADIDA, IMAPA, TSB) see only the in-stock periods, in order,
  exactly like globalsell's own Croston/TSB: a censored week is simply not an observation;
- seasonal / classical models (AutoETS, AutoTheta, SeasonalNaive) need the calendar intact, so a
  censored week is imputed as the larger of its recorded sales and the mean of the in-stock weeks
  within `IMPUTE_RADIUS` periods of it (all in-stock weeks when none is that close).
A history shorter than a model's minimum, or with no demand at all, gets the flat in-stock mean
(zero for an all-zero history): a model that cannot be fitted never fails the job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from statsforecast import models as sf

from globalsell.core.errors import ValidationFailed
from globalsell.forecasting.domain import (
    DEFAULT_QUANTILES,
    FittedModel,
    FloatArray,
    Model,
    QuantileForecast,
    Series,
    _check_h,
    _forecast,
    dispersion_of,
)

IMPUTE_RADIUS = 6

INTERMITTENT = ("croston_sba", "adida", "imapa", "tsb")
CLASSICAL = ("auto_ets", "auto_theta", "seasonal_naive")
KINDS = INTERMITTENT + CLASSICAL


def impute_censored(series: Series, radius: int = IMPUTE_RADIUS) -> FloatArray:
    """The history with each censored period raised to the local in-stock mean (see module doc)."""
    y = series.values.astype(np.float64).copy()
    ok = series.in_stock
    if ok.all() or not ok.any():
        return y
    overall = float(series.values[ok].mean())
    for t in np.nonzero(~ok)[0]:
        lo, hi = max(0, t - radius), min(len(y), t + radius + 1)
        near = series.values[lo:hi][ok[lo:hi]]
        local = float(near.mean()) if len(near) else overall
        y[t] = max(float(series.values[t]), local)
    return y


@dataclass(frozen=True)
class _Fitted:
    name: str
    model: Any  # a fitted statsforecast model; None means the flat `level`
    level: float
    dispersion: float

    def predict(self, h: int, quantiles: Sequence[float] = DEFAULT_QUANTILES) -> QuantileForecast:
        _check_h(h)
        if self.model is None:
            mean = np.full(h, self.level)
        else:
            raw = np.asarray(self.model.predict(h=h)["mean"], dtype=np.float64)
            mean = np.where(np.isfinite(raw), raw, self.level)
        return _forecast(self.name, mean, self.dispersion, quantiles)


@dataclass(frozen=True)
class StatsForecastModel:
    """One statsforecast model, chosen by `kind` (see `KINDS`)."""

    kind: str
    season_length: int = 52
    alpha: float = 0.1  # TSB smoothing of the demand probability and size

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValidationFailed(
                f"unknown statsforecast model {self.kind!r}; one of {', '.join(KINDS)}",
                field="kind",
            )

    @property
    def name(self) -> str:
        return f"sf_{self.kind}"

    @property
    def min_points(self) -> int:
        if self.kind == "seasonal_naive":
            return self.season_length
        if self.kind in ("auto_ets", "auto_theta"):
            return 8
        return 2

    def _make(self, n: int) -> Any:
        if self.kind == "croston_sba":
            return sf.CrostonSBA()
        if self.kind == "adida":
            return sf.ADIDA()
        if self.kind == "imapa":
            return sf.IMAPA()
        if self.kind == "tsb":
            return sf.TSB(alpha_d=self.alpha, alpha_p=self.alpha)
        if self.kind == "seasonal_naive":
            return sf.SeasonalNaive(season_length=self.season_length)
        # Seasonal ETS/Theta need two full seasons; otherwise the non-seasonal variant.
        m = self.season_length if n >= 2 * self.season_length else 1
        if self.kind == "auto_ets":
            # statsforecast's ETS supports seasonal periods up to 24 only: weekly data with a
            # yearly season is left to Theta / SeasonalNaive / globalsell's seasonal ratio.
            return sf.AutoETS(season_length=m if m <= 24 else 1, model="ZZN" if m > 24 else "ZZZ")
        return sf.AutoTheta(season_length=m)

    def fit(self, series: Series) -> FittedModel:
        obs = series.observed()
        y = obs if self.kind in INTERMITTENT else impute_censored(series)
        level = float(obs[-13:].mean()) if len(obs) else 0.0
        disp = dispersion_of(obs[-52:])
        if len(obs) == 0 or not np.any(obs > 0) or len(y) < self.min_points:
            return _Fitted(self.name, None, level, disp)
        model = self._make(len(y))
        model.fit(y=np.ascontiguousarray(y, dtype=np.float64))
        return _Fitted(self.name, model, level, disp)


def statsforecast_models(season_length: int = 52) -> list[Model]:
    """Every adapter, for the contract test and the accuracy benchmark."""
    return [StatsForecastModel(k, season_length=season_length) for k in KINDS]
