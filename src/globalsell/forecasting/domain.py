"""Pure demand forecasting: models behind one `fit/predict` interface with quantiles, stock-out
censoring, and per-series model selection by rolling-origin backtest. NumPy only; no I/O.

Censoring rule: a period in which the item was out of stock is *not* a zero-demand observation.
Its sales are a lower bound on demand, so every model here drops those periods from fitting and
from scoring (see docs/adr/0031).

Quantiles come from a negative-binomial predictive distribution with the model's mean and a
dispersion (variance / mean, at least 1) measured on the series' own in-stock history: demand
counts at SKU level are over-dispersed and often intermittent, which a normal band mis-states.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from globalsell.core.errors import FieldError, ValidationFailed

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]

DEFAULT_QUANTILES: tuple[float, ...] = (0.1, 0.5, 0.9)


@dataclass(frozen=True)
class Series:
    """One demand history: equally spaced periods, oldest first; `in_stock[t]` False censors t."""

    values: FloatArray
    in_stock: BoolArray

    @classmethod
    def of(
        cls, values: Sequence[float] | FloatArray, in_stock: Sequence[bool] | None = None
    ) -> Series:
        y = np.asarray(values, dtype=np.float64)
        if y.ndim != 1:
            raise ValidationFailed("history must be one-dimensional", field="history")
        errors: list[FieldError] = []
        if not np.all(np.isfinite(y)):
            errors.append(FieldError("history", "every value must be a finite number"))
        elif np.any(y < 0):
            first = int(np.argmax(y < 0))
            errors.append(
                FieldError("history", "demand cannot be negative", row=first, value=str(y[first]))
            )
        if errors:
            raise ValidationFailed("invalid demand history", field="history", errors=errors)
        mask = (
            np.ones(len(y), dtype=np.bool_)
            if in_stock is None
            else np.asarray(in_stock, dtype=np.bool_)
        )
        if mask.shape != y.shape:
            raise ValidationFailed("in_stock must have one flag per period", field="in_stock")
        return cls(values=y, in_stock=mask)

    def observed(self) -> FloatArray:
        """The uncensored observations, oldest first."""
        return self.values[self.in_stock]

    def head(self, n: int) -> Series:
        return Series(values=self.values[:n], in_stock=self.in_stock[:n])


@dataclass(frozen=True)
class QuantileForecast:
    model: str
    mean: FloatArray
    dispersion: float
    quantiles: dict[float, FloatArray] = field(default_factory=dict)

    def sample(self, n: int, rng: np.random.Generator) -> FloatArray:
        """`n` demand paths of length h (rows are paths), periods independent."""
        return np.stack([nb_sample(float(m), self.dispersion, n, rng) for m in self.mean], axis=1)


class Model(Protocol):
    @property
    def name(self) -> str: ...

    def fit(self, series: Series) -> FittedModel: ...


class FittedModel(Protocol):
    @property
    def name(self) -> str: ...

    def predict(
        self, h: int, quantiles: Sequence[float] = DEFAULT_QUANTILES
    ) -> QuantileForecast: ...


# --- predictive distribution -------------------------------------------------------------------


def dispersion_of(observed: FloatArray) -> float:
    """Variance-to-mean ratio of the observations, floored at 1 (Poisson)."""
    if len(observed) < 2:
        return 1.0
    mean = float(observed.mean())
    if mean <= 0:
        return 1.0
    return max(1.0, float(observed.var(ddof=1)) / mean)


def nb_quantile(mean: float, dispersion: float, q: float) -> float:
    """Smallest integer k with P(D <= k) >= q for a negative binomial (Poisson if dispersion 1)."""
    if not 0.0 < q < 1.0:
        raise ValidationFailed("a quantile must lie strictly between 0 and 1", field="quantiles")
    if mean <= 0:
        return 0.0
    cdf = 0.0
    k = 0
    if dispersion <= 1.0 + 1e-9:
        pmf = math.exp(-mean)
        while True:
            cdf += pmf
            if cdf >= q or k > 100_000:
                return float(k)
            k += 1
            pmf *= mean / k
    p = 1.0 / dispersion  # success probability
    r = mean * p / (1.0 - p)
    pmf = p**r
    while True:
        cdf += pmf
        if cdf >= q or k > 100_000:
            return float(k)
        pmf *= (k + r) / (k + 1) * (1.0 - p)
        k += 1


def nb_sample(mean: float, dispersion: float, n: int, rng: np.random.Generator) -> FloatArray:
    if mean <= 0:
        return np.zeros(n)
    if dispersion <= 1.0 + 1e-9:
        return rng.poisson(mean, size=n).astype(np.float64)
    p = 1.0 / dispersion
    r = mean * p / (1.0 - p)
    return rng.negative_binomial(r, p, size=n).astype(np.float64)


def _forecast(
    name: str, mean: FloatArray, dispersion: float, quantiles: Sequence[float]
) -> QuantileForecast:
    mean = np.maximum(mean, 0.0)
    qs = {
        float(q): np.array([nb_quantile(float(m), dispersion, q) for m in mean]) for q in quantiles
    }
    return QuantileForecast(model=name, mean=mean, dispersion=dispersion, quantiles=qs)


def _check_h(h: int) -> None:
    if h < 1:
        raise ValidationFailed("the horizon must be at least one period", field="h")


# --- models ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Flat:
    name: str
    level: float
    dispersion: float

    def predict(self, h: int, quantiles: Sequence[float] = DEFAULT_QUANTILES) -> QuantileForecast:
        _check_h(h)
        return _forecast(self.name, np.full(h, self.level), self.dispersion, quantiles)


@dataclass(frozen=True)
class WindowMean:
    """Mean of the last `window` in-stock periods (a censored moving average)."""

    window: int = 13

    @property
    def name(self) -> str:
        return f"mean{self.window}"

    def fit(self, series: Series) -> FittedModel:
        obs = series.observed()[-self.window :]
        level = float(obs.mean()) if len(obs) else 0.0
        return _Flat(self.name, level, dispersion_of(obs))


@dataclass(frozen=True)
class CrostonSBA:
    """Croston's method with the Syntetos-Boylan bias correction, on in-stock periods only."""

    alpha: float = 0.1

    @property
    def name(self) -> str:
        return "croston_sba"

    def fit(self, series: Series) -> FittedModel:
        obs = series.observed()
        nz = np.nonzero(obs > 0)[0]
        if len(nz) == 0:
            return _Flat(self.name, 0.0, 1.0)
        size = float(obs[nz[0]])
        interval = float(nz[0] + 1)
        for prev, cur in zip(nz[:-1], nz[1:], strict=True):
            size += self.alpha * (float(obs[cur]) - size)
            interval += self.alpha * (float(cur - prev) - interval)
        level = (1.0 - self.alpha / 2.0) * size / interval
        return _Flat(self.name, level, dispersion_of(obs[-52:]))


@dataclass(frozen=True)
class TSB:
    """Teunter-Syntetos-Babai: smooths occurrence probability every period, size on demand."""

    alpha: float = 0.1
    beta: float = 0.1

    @property
    def name(self) -> str:
        return "tsb"

    def fit(self, series: Series) -> FittedModel:
        obs = series.observed()
        nz = obs[obs > 0]
        if len(nz) == 0:
            return _Flat(self.name, 0.0, 1.0)
        prob = float(np.mean(obs > 0))
        size = float(nz[0])
        for v in obs:
            occurred = v > 0
            prob += self.beta * (float(occurred) - prob)
            if occurred:
                size += self.alpha * (float(v) - size)
        return _Flat(self.name, prob * size, dispersion_of(obs[-52:]))


@dataclass(frozen=True)
class _Seasonal:
    name: str
    level: float
    factors: FloatArray
    dispersion: float

    def predict(self, h: int, quantiles: Sequence[float] = DEFAULT_QUANTILES) -> QuantileForecast:
        _check_h(h)
        f = np.ones(h)
        k = min(h, len(self.factors))
        f[:k] = self.factors[:k]
        return _forecast(self.name, self.level * f, self.dispersion, quantiles)


@dataclass(frozen=True)
class SeasonalWindowMean:
    """Censored moving-average level times a seasonal ratio from the same weeks of past years.

    The ratio is (mean of the target periods one and two seasons ago) / (mean of the level window
    one and two seasons ago), with +1 smoothing, raised to `weight` (0 = no season, 1 = full).
    `profile`, when given, replaces the series' own history for the ratio: a pooled (e.g.
    product-group) demand profile aligned with the series, far less noisy for sparse SKUs.
    """

    window: int = 13
    season_length: int = 52
    weight: float = 0.5
    profile: FloatArray | None = None
    horizon: int = 13

    @property
    def name(self) -> str:
        return f"seasonal_mean{self.window}"

    def fit(self, series: Series) -> FittedModel:
        obs_idx = np.nonzero(series.in_stock)[0][-self.window :]
        if len(obs_idx) == 0:
            return _Seasonal(self.name, 0.0, np.ones(1), 1.0)
        obs = series.values[obs_idx]
        level = float(obs.mean())
        base = (
            np.where(series.in_stock, series.values, np.nan)
            if self.profile is None
            else self.profile[: len(series.values)]
        )
        factors = seasonal_factors(base, obs_idx, self.season_length, horizon=self.horizon)
        return _Seasonal(self.name, level, factors**self.weight, dispersion_of(obs))


def seasonal_factors(
    base: FloatArray, window_idx: NDArray[np.intp], season: int, horizon: int
) -> FloatArray:
    """Ratio of `base` in the `horizon` periods after the end, one and two seasons back, to `base`
    in the window one and two seasons back. NaN entries (censored) are ignored; 1 when unknown."""
    t = len(base)
    out = np.ones(horizon)
    for k in range(horizon):
        num = 0.0
        den = 0.0
        for lag in (season, 2 * season):
            target = t - lag + k
            past = window_idx - lag
            if target >= t or past.min() < 0 or target < 0:
                continue
            tv = base[target]
            pv = base[past]
            pv = pv[~np.isnan(pv)]
            if np.isnan(tv) or len(pv) == 0:
                continue
            num += float(tv)
            den += float(pv.mean())
        if den > 0 or num > 0:
            out[k] = (num + 1.0) / (den + 1.0) if den < 1.0 else num / den
    return out


# --- backtest and selection --------------------------------------------------------------------


def pinball(y: FloatArray, q_pred: FloatArray, q: float) -> float:
    diff = y - q_pred
    return float(np.mean(np.maximum(q * diff, (q - 1.0) * diff)))


@dataclass(frozen=True)
class BacktestScore:
    model: str
    mae: float
    pinball: float
    windows: int


def backtest(
    model: Model,
    series: Series,
    *,
    h: int,
    windows: int,
    quantile: float = 0.8,
) -> BacktestScore:
    """Rolling-origin backtest: `windows` origins, each `h` periods apart, ending at the last
    period. Censored targets are skipped. Scores MAE of the mean and pinball loss at `quantile`."""
    n = len(series.values)
    errors: list[float] = []
    losses: list[float] = []
    used = 0
    for w in range(windows, 0, -1):
        origin = n - w * h
        if origin < 1:
            continue
        fc = model.fit(series.head(origin)).predict(h, (quantile,))
        actual = series.values[origin : origin + h]
        keep = series.in_stock[origin : origin + h]
        if not keep.any():
            continue
        used += 1
        errors.extend(np.abs(actual[keep] - fc.mean[keep]).tolist())
        qp = fc.quantiles[quantile][keep]
        losses.append(pinball(actual[keep], qp, quantile) * int(keep.sum()))
    if not errors:
        return BacktestScore(model.name, math.inf, math.inf, 0)
    return BacktestScore(model.name, float(np.mean(errors)), sum(losses) / len(errors), used)


def select_model(
    models: Sequence[Model],
    series: Series,
    *,
    h: int,
    windows: int,
    quantile: float = 0.8,
    key: Callable[[BacktestScore], float] = lambda s: s.pinball,
) -> tuple[Model, list[BacktestScore]]:
    """The model with the lowest backtest loss on this series (the first listed on ties, and the
    first listed when no window could be scored)."""
    if not models:
        raise ValidationFailed("at least one model is needed", field="models")
    scores = [backtest(m, series, h=h, windows=windows, quantile=quantile) for m in models]
    best = min(range(len(models)), key=lambda i: (key(scores[i]), i))
    return models[best], scores


def standard_models() -> list[Model]:
    """The candidate set the forecast job selects from, per series."""
    return [
        WindowMean(8),
        WindowMean(13),
        WindowMean(26),
        CrostonSBA(),
        TSB(),
        SeasonalWindowMean(),
    ]


# --- weekly series from daily sales -------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def weekly_series(
    sales: Sequence[tuple[date, int]],
    stockout_days: Sequence[date],
    *,
    first_week: date,
    weeks: int,
) -> Series:
    """Units per week (Mondays from `first_week`); a week with any out-of-stock day is censored,
    because its sales are only a lower bound of its demand. Days outside the window are ignored;
    weeks without sales are zero (a gap in the daily data means nothing sold)."""
    if first_week.weekday() != 0:
        raise ValidationFailed("weeks start on a Monday", field="first_week")
    values = np.zeros(weeks)
    in_stock = np.ones(weeks, dtype=np.bool_)
    for day, units in sales:
        if units < 0:
            raise ValidationFailed(f"units sold cannot be negative (got {units})", field="units")
        i = (day - first_week).days // 7
        if 0 <= i < weeks:
            values[i] += units
    for day in stockout_days:
        i = (day - first_week).days // 7
        if 0 <= i < weeks:
            in_stock[i] = False
    return Series(values=values, in_stock=in_stock)
