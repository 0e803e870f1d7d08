"""Pure replenishment planning: critical-ratio targets, the lost-sales order rule, and a periodic-
review simulator that replays demand to score a policy. NumPy only; no I/O.

Order rule (docs/adr/0032): with lost sales, stock on hand when an order lands is
X = max(0, ... max(0, on_hand + a_1 - D_1) ... + a_L - D_L), a non-linear function of the demand
before arrival. We sample demand paths, compute X per path, and order the critical-ratio quantile
of (D_{L+1} - X), floored at 0. For one period of cover this is exactly the newsvendor optimum
of h * E[left over] + p * E[lost] given the sampled distribution.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from globalsell.core.errors import FieldError, ValidationFailed

FloatArray = NDArray[np.float64]


def critical_ratio(*, shortage_cost: float, holding_cost: float) -> float:
    """p / (p + h): the service level that balances one unit short against one unit left over."""
    errors: list[FieldError] = []
    if shortage_cost <= 0:
        errors.append(FieldError("shortage_cost", "must be positive", value=str(shortage_cost)))
    if holding_cost < 0:
        errors.append(FieldError("holding_cost", "cannot be negative", value=str(holding_cost)))
    if errors:
        raise ValidationFailed("invalid costs", errors=errors)
    return shortage_cost / (shortage_cost + holding_cost)


def stock_at_arrival(on_hand: float, pipeline: Sequence[float], paths: FloatArray) -> FloatArray:
    """Stock on hand at the start of the period an order placed now lands, per demand path.

    `pipeline[i]` arrives at the start of period i+1; `paths[:, i]` is the demand of period i+1;
    unmet demand is lost. `paths` needs len(pipeline) + 1 columns (the last is the cover period).
    """
    x = np.full(paths.shape[0], float(on_hand))
    for i, arriving in enumerate(pipeline):
        x = np.maximum(0.0, x + float(arriving) - paths[:, i])
    return x


def lost_sales_order(
    on_hand: float,
    pipeline: Sequence[float],
    paths: FloatArray,
    *,
    service_level: float,
) -> int:
    """Units to order now so the landing period is covered at `service_level` (lost sales)."""
    if not 0.0 < service_level < 1.0:
        raise ValidationFailed(
            "service level must lie strictly between 0 and 1", field="service_level"
        )
    if on_hand < 0 or any(a < 0 for a in pipeline):
        raise ValidationFailed("stock and pipeline cannot be negative", field="on_hand")
    if paths.shape[1] != len(pipeline) + 1:
        raise ValidationFailed("need one demand column per pipeline period plus one", field="paths")
    x = stock_at_arrival(on_hand, pipeline, paths)
    need = paths[:, len(pipeline)] - x
    return max(0, math.ceil(float(np.quantile(need, service_level)) - 1e-9))


# --- periodic-review replay ---------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCost:
    week: int
    holding: float
    shortage: float
    end_inventory: float
    lost_units: float

    @property
    def total(self) -> float:
        return self.holding + self.shortage


@dataclass
class ItemState:
    on_hand: float
    pipeline: list[float]  # pipeline[0] arrives next period


# policy(period_index, states) -> order quantity per item, placed at the end of `period_index`
Policy = Callable[[int, list[ItemState]], Sequence[float]]


def replay(
    demand: FloatArray,
    states: list[ItemState],
    policy: Policy,
    *,
    holding_cost: float,
    shortage_cost: float,
    order_periods: Sequence[int],
) -> list[WeekCost]:
    """Replay `demand` (items x periods) with lost sales and a fixed lead time given by the
    pipeline length. At the end of period t-1 (t in `order_periods`, 1-based "before period t")
    the policy sees the states and orders; the order joins the back of the pipeline.
    Orders are rounded to whole units. Returns one cost row per period (1-based)."""
    items, periods = demand.shape
    if len(states) != items:
        raise ValidationFailed("one state per item is needed", field="states")
    lead = len(states[0].pipeline) if states else 0
    out: list[WeekCost] = []
    ordering = set(order_periods)
    for t in range(1, periods + 1):
        orders = (
            [max(0.0, float(round(q))) for q in policy(t - 1, states)]
            if t in ordering
            else [0.0] * items
        )
        hold = 0.0
        lost = 0.0
        end = 0.0
        for i, s in enumerate(states):
            start = s.on_hand + (s.pipeline[0] if lead else 0.0)
            d = float(demand[i, t - 1])
            sold = min(start, d)
            lost += d - sold
            s.on_hand = start - sold
            end += s.on_hand
            hold += holding_cost * s.on_hand
            if lead:
                s.pipeline = [*s.pipeline[1:], orders[i]]
            else:
                s.on_hand += orders[i]
        out.append(
            WeekCost(
                week=t,
                holding=round(hold, 6),
                shortage=round(shortage_cost * lost, 6),
                end_inventory=end,
                lost_units=lost,
            )
        )
    return out


def lost_sales_orders(
    on_hand: FloatArray,
    pipeline: FloatArray,
    mean: FloatArray,
    dispersion: FloatArray,
    *,
    service_level: float,
    paths: int,
    rng: np.random.Generator,
) -> FloatArray:
    """`lost_sales_order` for many items at once, demand drawn from a negative binomial with the
    given per-period `mean` (items x (L+1)) and per-item `dispersion` (variance / mean >= 1)."""
    if not 0.0 < service_level < 1.0:
        raise ValidationFailed(
            "service level must lie strictly between 0 and 1", field="service_level"
        )
    items, lead = pipeline.shape
    if mean.shape != (items, lead + 1):
        raise ValidationFailed("need one mean per pipeline period plus one", field="mean")
    # Gamma-Poisson mixture = negative binomial with variance = dispersion * mean.
    extra = np.maximum(dispersion - 1.0, 1e-6)[:, None, None]
    m = np.maximum(mean, 0.0)[:, None, :]
    lam = rng.gamma(shape=m / extra + 1e-12, scale=extra, size=(items, paths, lead + 1))
    demand = rng.poisson(lam).astype(np.float64)
    x = np.repeat(on_hand.astype(np.float64)[:, None], paths, axis=1)
    for i in range(lead):
        x = np.maximum(0.0, x + pipeline[:, i : i + 1] - demand[:, :, i])
    need = demand[:, :, lead] - x
    q = np.quantile(need, service_level, axis=1)
    return np.maximum(0.0, np.ceil(q - 1e-9))
