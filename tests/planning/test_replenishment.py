from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globalsell.core.errors import ValidationFailed
from globalsell.planning.lost_sales import (
    ItemState,
    critical_ratio,
    lost_sales_order,
    lost_sales_orders,
    replay,
    stock_at_arrival,
)


def test_critical_ratio_of_vn2_costs() -> None:
    assert critical_ratio(shortage_cost=1.0, holding_cost=0.2) == pytest.approx(1 / 1.2)


def test_critical_ratio_refuses_bad_costs() -> None:
    with pytest.raises(ValidationFailed) as err:
        critical_ratio(shortage_cost=0.0, holding_cost=-1.0)
    assert [e.field for e in err.value.errors] == ["shortage_cost", "holding_cost"]


def test_stock_at_arrival_loses_unmet_demand() -> None:
    paths = np.array([[5.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    # path 1: 2+0-5 -> 0 (3 lost), 0+4-1 = 3 ; path 2: 2, 6
    assert stock_at_arrival(2.0, [0.0, 4.0], paths).tolist() == [3.0, 6.0]


def test_deterministic_order_tops_up_the_landing_week() -> None:
    paths = np.tile([2.0, 2.0, 7.0], (10, 1))
    assert lost_sales_order(1.0, [3.0, 0.0], paths, service_level=0.8) == 7 - 0
    assert lost_sales_order(10.0, [0.0, 0.0], paths, service_level=0.8) == 1


def test_order_is_never_negative_and_refuses_bad_input() -> None:
    paths = np.zeros((4, 3))
    assert lost_sales_order(50.0, [0.0, 0.0], paths, service_level=0.9) == 0
    with pytest.raises(ValidationFailed):
        lost_sales_order(-1.0, [0.0, 0.0], paths, service_level=0.9)
    with pytest.raises(ValidationFailed):
        lost_sales_order(1.0, [0.0], paths, service_level=0.9)
    with pytest.raises(ValidationFailed):
        lost_sales_order(1.0, [0.0, 0.0], paths, service_level=1.0)


def test_vectorised_orders_match_the_scalar_rule_on_certain_demand() -> None:
    rng = np.random.default_rng(0)
    mean = np.array([[0.0, 0.0, 0.0], [2.0, 2.0, 4.0]])
    q = lost_sales_orders(
        np.array([5.0, 0.0]),
        np.array([[0.0, 0.0], [0.0, 0.0]]),
        mean,
        np.array([1.0, 1.0]),
        service_level=0.8,
        paths=4000,
        rng=rng,
    )
    assert q[0] == 0.0
    assert 5.0 <= q[1] <= 7.0  # Poisson(4) 80% quantile is 6


def test_replay_lost_sales_costs_by_hand() -> None:
    demand = np.array([[3.0, 4.0, 1.0]])
    states = [ItemState(on_hand=2.0, pipeline=[1.0, 0.0])]
    costs = replay(
        demand,
        states,
        lambda week, st: [5.0],
        holding_cost=0.2,
        shortage_cost=1.0,
        order_periods=[1],
    )
    # week 1: start 3, sell 3, end 0; week 2: start 0, lost 4; week 3: order lands, 5-1 = 4 left
    assert [c.total for c in costs] == [0.0, 4.0, pytest.approx(0.8)]
    assert [c.lost_units for c in costs] == [0.0, 4.0, 0.0]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=20), min_size=1, max_size=12),
    st.integers(min_value=0, max_value=30),
)
def test_replay_conserves_units(demand: list[int], start: int) -> None:
    d = np.array([demand], dtype=float)
    states = [ItemState(on_hand=float(start), pipeline=[0.0, 0.0])]
    costs = replay(
        d,
        states,
        lambda w, st: [3.0],
        holding_cost=0.2,
        shortage_cost=1.0,
        order_periods=range(1, len(demand) + 1),
    )
    arrived = 3.0 * max(0, len(demand) - 2)
    sold = sum(demand) - sum(c.lost_units for c in costs)
    assert costs[-1].end_inventory == start + arrived - sold
    assert all(c.end_inventory >= 0 for c in costs)
