"""Vectorised forecast + plan-target job over many equally long series (docs/adr/0054).

The per-series path (`domain.select_model`) costs about 6 ms a series in Python; at 100,000
SKU x store series that is ten minutes. This module runs the flat-level candidates of
`domain.standard_models()` (censored window means 8/13/26, Croston SBA, TSB) for all series at
once with NumPy, selects one per series by the same rolling-origin backtest (pinball loss at the
service quantile, censored targets skipped, the first listed model on ties, the first when no
window can be scored), and returns per series: the chosen model, its weekly mean, negative-binomial
quantiles, and the plan target: the `service_level` quantile of demand over the lead time plus one
week of cover (the order-up-to level of the critical-ratio rule).

Every operation is element-wise across series (time is looped explicitly), so a series' result
does not depend on which other series share its batch: the same job split into partitions on a
cluster gives exactly the local result (tests/forecasting/test_scale_out.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import stats

from globalsell.core.errors import FieldError, ValidationFailed

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]

MODEL_NAMES: tuple[str, ...] = ("mean8", "mean13", "mean26", "croston_sba", "tsb")
WINDOWS = (8, 13, 26)
ALPHA = 0.1  # Croston SBA and TSB smoothing, as in domain.CrostonSBA / domain.TSB
BETA = 0.1
DISPERSION_SPAN = 52


@dataclass(frozen=True)
class BatchSettings:
    backtest_h: int = 4
    backtest_windows: int = 4
    quantile: float = 0.8  # scored in the backtest
    lead_weeks: int = 2
    service_level: float = 0.8

    def check(self) -> None:
        errors: list[FieldError] = []
        if self.backtest_h < 1:
            errors.append(FieldError("backtest_h", "must be at least 1"))
        if self.backtest_windows < 1:
            errors.append(FieldError("backtest_windows", "must be at least 1"))
        if not 0.0 < self.quantile < 1.0:
            errors.append(FieldError("quantile", "must lie strictly between 0 and 1"))
        if not 0.0 < self.service_level < 1.0:
            errors.append(FieldError("service_level", "must lie strictly between 0 and 1"))
        if self.lead_weeks < 0:
            errors.append(FieldError("lead_weeks", "cannot be negative"))
        if errors:
            raise ValidationFailed("invalid batch forecast settings", errors=errors)


@dataclass(frozen=True)
class BatchResult:
    model: NDArray[np.intp]  # index into MODEL_NAMES
    mean: FloatArray  # weekly mean demand
    dispersion: FloatArray
    q10: FloatArray
    q50: FloatArray
    q90: FloatArray
    target: FloatArray  # order-up-to level over lead + 1 weeks at the service level
    pinball: FloatArray  # backtest loss of the chosen model (inf when nothing was scored)

    @property
    def model_names(self) -> list[str]:
        return [MODEL_NAMES[int(i)] for i in self.model]


def nb_quantiles(mean: FloatArray, dispersion: FloatArray, q: float) -> FloatArray:
    """Element-wise negative-binomial (Poisson at dispersion 1) quantile; 0 where mean is 0."""
    mean = np.maximum(mean, 0.0)
    out = np.zeros(mean.shape, dtype=np.float64)
    poisson = (dispersion <= 1.0 + 1e-9) & (mean > 0)
    nb = (dispersion > 1.0 + 1e-9) & (mean > 0)
    if poisson.any():
        out[poisson] = stats.poisson.ppf(q, mean[poisson])
    if nb.any():
        p = 1.0 / dispersion[nb]
        out[nb] = stats.nbinom.ppf(q, mean[nb] * p / (1.0 - p), p)
    return out


def _window_stats(
    y: FloatArray, ok: BoolArray, origin: int, window: int
) -> tuple[FloatArray, FloatArray]:
    """Mean and variance-to-mean (floored at 1) of the last `window` in-stock values before
    `origin`, per series; level 0 and dispersion 1 where there are none."""
    n = y.shape[0]
    count = np.zeros(n)
    total = np.zeros(n)
    squares = np.zeros(n)
    for t in range(origin - 1, -1, -1):
        take = ok[:, t] & (count < window)
        v = np.where(take, y[:, t], 0.0)
        total = total + v
        squares = squares + v * v
        count = count + take
    return _mean_disp(count, total, squares)


def _mean_disp(
    count: FloatArray, total: FloatArray, squares: FloatArray
) -> tuple[FloatArray, FloatArray]:
    safe = np.maximum(count, 1.0)
    mean = np.where(count > 0, total / safe, 0.0)
    var = np.where(count > 1, (squares - count * mean * mean) / np.maximum(count - 1.0, 1.0), 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        disp = np.where((count > 1) & (mean > 0), np.maximum(1.0, var / mean), 1.0)
    return mean, disp


def _croston_tsb(y: FloatArray, ok: BoolArray, origin: int) -> tuple[FloatArray, FloatArray]:
    """Croston SBA and TSB levels from the in-stock values before `origin`."""
    n = y.shape[0]
    j = np.zeros(n)  # index among in-stock observations
    have = np.zeros(n, dtype=np.bool_)
    size = np.zeros(n)
    interval = np.zeros(n)
    prev = np.zeros(n)
    # TSB: the probability starts at the share of in-stock periods with demand
    positives = np.zeros(n)
    for t in range(origin):
        positives = positives + (ok[:, t] & (y[:, t] > 0))
    observed = np.zeros(n)
    for t in range(origin):
        observed = observed + ok[:, t]
    prob = np.where(observed > 0, positives / np.maximum(observed, 1.0), 0.0)
    tsb_size = np.zeros(n)
    for t in range(origin):
        seen = ok[:, t]
        v = y[:, t]
        occ = seen & (v > 0)
        first = occ & ~have
        later = occ & have
        size = np.where(first, v, np.where(later, size + ALPHA * (v - size), size))
        interval = np.where(
            first, j + 1.0, np.where(later, interval + ALPHA * ((j - prev) - interval), interval)
        )
        prev = np.where(occ, j, prev)
        prob = np.where(seen, prob + BETA * (occ - prob), prob)
        tsb_size = np.where(first, v, np.where(later, tsb_size + ALPHA * (v - tsb_size), tsb_size))
        have = have | occ
        j = j + seen
    croston = np.where(have, (1.0 - ALPHA / 2.0) * size / np.where(have, interval, 1.0), 0.0)
    tsb = np.where(have, prob * tsb_size, 0.0)
    return croston, tsb


def _levels(y: FloatArray, ok: BoolArray, origin: int) -> tuple[FloatArray, FloatArray]:
    """(models x series) levels and dispersions fitted on the periods before `origin`."""
    levels = []
    disps = []
    for w in WINDOWS:
        m, d = _window_stats(y, ok, origin, w)
        levels.append(m)
        disps.append(d)
    _, long_disp = _window_stats(y, ok, origin, DISPERSION_SPAN)
    croston, tsb = _croston_tsb(y, ok, origin)
    levels += [croston, tsb]
    disps += [long_disp, long_disp]
    return np.stack(levels), np.stack(disps)


def forecast_batch(values: FloatArray, in_stock: BoolArray, settings: BatchSettings) -> BatchResult:
    """Select, fit and target every row of `values` (series x weeks, oldest first)."""
    settings.check()
    y = np.asarray(values, dtype=np.float64)
    ok = np.asarray(in_stock, dtype=np.bool_)
    if y.ndim != 2 or ok.shape != y.shape:
        raise ValidationFailed(
            "values and in_stock must be series x weeks arrays of one shape", field="values"
        )
    if y.shape[1] == 0:
        raise ValidationFailed("every series needs at least one week", field="values")
    if not np.all(np.isfinite(y)) or np.any(y < 0):
        row = int(np.nonzero(~np.isfinite(y).all(axis=1) | (y < 0).any(axis=1))[0][0])
        raise ValidationFailed(
            "demand must be finite and non-negative",
            errors=[FieldError("values", "negative or non-finite demand", row=row)],
        )
    n_series, weeks = y.shape
    k = len(MODEL_NAMES)
    loss = np.zeros((k, n_series))
    scored = np.zeros(n_series)
    h = settings.backtest_h
    for w in range(settings.backtest_windows, 0, -1):
        origin = weeks - w * h
        if origin < 1:
            continue
        levels, disps = _levels(y, ok, origin)
        for m in range(k):
            qp = nb_quantiles(levels[m], disps[m], settings.quantile)
            for t in range(origin, origin + h):
                diff = y[:, t] - qp
                pin = np.maximum(settings.quantile * diff, (settings.quantile - 1.0) * diff)
                loss[m] = loss[m] + np.where(ok[:, t], pin, 0.0)
        for t in range(origin, origin + h):
            scored = scored + ok[:, t]
    pin_mean = np.where(scored > 0, loss / np.maximum(scored, 1.0), np.inf)
    best = np.zeros(n_series, dtype=np.intp)
    best_loss = pin_mean[0].copy()
    for m in range(1, k):
        better = pin_mean[m] < best_loss
        best = np.where(better, m, best)
        best_loss = np.where(better, pin_mean[m], best_loss)
    levels, disps = _levels(y, ok, weeks)
    rows = np.arange(n_series)
    mean = np.maximum(levels[best, rows], 0.0)
    disp = disps[best, rows]
    cover = float(settings.lead_weeks + 1)
    return BatchResult(
        model=best,
        mean=mean,
        dispersion=disp,
        q10=nb_quantiles(mean, disp, 0.1),
        q50=nb_quantiles(mean, disp, 0.5),
        q90=nb_quantiles(mean, disp, 0.9),
        # a sum of independent NB(r, p) weeks is NB(sum r, p): same dispersion, mean x cover
        target=nb_quantiles(mean * cover, disp, settings.service_level),
        pinball=best_loss,
    )
