"""The vectorised forecast + plan-target job, locally and through fugue on a Dask LocalCluster."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from globalsell.core.errors import ValidationFailed
from globalsell.forecasting.batch import (
    MODEL_NAMES,
    BatchSettings,
    forecast_batch,
    nb_quantiles,
)
from globalsell.forecasting.domain import Series, nb_quantile, select_model, standard_models
from globalsell.forecasting.scale import run_dask, run_local, series_frame


def synthetic(n: int, weeks: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rate = rng.gamma(0.6, 2.0, n)[:, None] * np.ones((n, weeks))
    rate[: n // 4, weeks // 2 :] *= 3.0  # a level shift for a quarter of them
    values = rng.poisson(rate).astype(np.float64)
    in_stock = rng.random((n, weeks)) > 0.07
    return values, in_stock


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address=None,
    ) as c:
        yield c


def test_batch_picks_the_per_series_model_and_level() -> None:
    y = np.array(
        [
            [1.0] * 40 + [9.0] * 12,  # a recent jump: the shortest window wins
            [0.0, 0.0, 0.0, 6.0] * 13,  # intermittent
            [0.0] * 52,  # nothing sold
            [4.0] * 52,  # constant: SBA's lower level gives the 0.8 quantile nearest 4
        ]
    )
    ok = np.ones_like(y, dtype=np.bool_)
    ok[0, 30:35] = False
    res = forecast_batch(y, ok, BatchSettings(backtest_h=4, backtest_windows=4, quantile=0.8))
    models = standard_models()[: len(MODEL_NAMES)]
    for i in range(len(y)):
        series = Series(values=y[i], in_stock=ok[i])
        best, _ = select_model(models, series, h=4, windows=4, quantile=0.8)
        assert res.model_names[i] == best.name
        assert res.mean[i] == pytest.approx(best.fit(series).predict(1).mean[0], rel=1e-12)
    assert res.model_names[0] == "mean8"
    assert res.model_names[3] == "croston_sba"
    assert res.q90[3] == nb_quantile(3.8, 1.0, 0.9)
    assert res.mean[2] == 0.0
    assert res.target[2] == 0.0


def test_quantiles_and_target_match_the_negative_binomial() -> None:
    y, ok = synthetic(40, 60, seed=5)
    s = BatchSettings(lead_weeks=2, service_level=0.9)
    res = forecast_batch(y, ok, s)
    for i in range(40):
        m, d = float(res.mean[i]), float(res.dispersion[i])
        assert res.q10[i] == nb_quantile(m, d, 0.1)
        assert res.q90[i] == nb_quantile(m, d, 0.9)
        assert res.target[i] == nb_quantile(3 * m, d, 0.9)
    assert nb_quantiles(np.array([0.0, 2.0]), np.array([3.0, 1.0]), 0.8).tolist() == [0.0, 3.0]


def test_bad_input_is_refused_with_the_row() -> None:
    y = np.ones((3, 10))
    y[2, 4] = -1.0
    with pytest.raises(ValidationFailed) as err:
        forecast_batch(y, np.ones_like(y, dtype=np.bool_), BatchSettings())
    assert err.value.errors[0].row == 2
    with pytest.raises(ValidationFailed):
        forecast_batch(np.ones((2, 5)), np.ones((2, 4), dtype=np.bool_), BatchSettings())
    with pytest.raises(ValidationFailed) as err:
        BatchSettings(service_level=1.0).check()
    assert err.value.errors[0].field == "service_level"
    with pytest.raises(ValidationFailed):
        series_frame(["a", "a"], np.ones((2, 3)), np.ones((2, 3), dtype=np.bool_))


def test_dask_run_equals_the_local_run(cluster: LocalCluster) -> None:
    y, ok = synthetic(300, 70, seed=11)
    df = series_frame([f"sku{i:04d}|DE" for i in range(300)], y, ok)
    local = run_local(df)
    with Client(cluster) as client:
        distributed = run_dask(df, client=client, partitions=5)
    pd.testing.assert_frame_equal(local, distributed, check_exact=True)
    assert len(local) == 300
    assert set(local["model"]) <= set(MODEL_NAMES)
    # the partitions really ran on the cluster's workers, not in a local fallback
    assert len(cluster.workers) == 2


def test_dask_run_by_scheduler_address(cluster: LocalCluster) -> None:
    y, ok = synthetic(60, 30, seed=2)
    df = series_frame([f"s{i}" for i in range(60)], y, ok)
    seen: list[str] = []
    out = run_dask(
        df,
        scheduler=cluster.scheduler_address,
        partitions=2,
        on_client=lambda c: seen.append(c.scheduler.address),
    )
    pd.testing.assert_frame_equal(run_local(df), out, check_exact=True)
    assert seen == [cluster.scheduler_address]


def test_dask_run_needs_a_cluster() -> None:
    df = series_frame(["a"], np.ones((1, 4)), np.ones((1, 4), dtype=np.bool_))
    with pytest.raises(ValidationFailed) as err:
        run_dask(df)
    assert err.value.field == "scheduler"
    with pytest.raises(ValidationFailed) as err:
        run_local(df.drop(columns=["ok_001"]))
    assert err.value.field == "columns"
