"""The forecast + plan-target job as a table transform that runs locally or on a Dask cluster
through fugue (docs/adr/0054).

Input: one row per series, `unique_id` then the weekly demand `y_000 .. y_{T-1}` (oldest first)
and the in-stock flags `ok_000 .. ok_{T-1}` (False censors the week). Output: one row per series
with the columns of `OUTPUT_SCHEMA`, from `batch.forecast_batch`. Because that job is element-wise
across series, any partitioning gives the same rows: `run_local` and `run_dask` return equal
frames (sorted by `unique_id`).

Point `run_dask` at a running scheduler (`tcp://host:8786`) or a `distributed.Client`; with
neither it starts nothing and raises, so a job never silently falls back to one machine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from fugue.workflow.api import transform
from numpy.typing import NDArray

from globalsell.core.errors import ValidationFailed
from globalsell.forecasting.batch import MODEL_NAMES, BatchSettings, forecast_batch

OUTPUT_SCHEMA = (
    "unique_id:str,model:str,mean:double,dispersion:double,q10:double,q50:double,q90:double,"
    "target:double,pinball:double"
)


def week_columns(weeks: int) -> tuple[list[str], list[str]]:
    return [f"y_{t:03d}" for t in range(weeks)], [f"ok_{t:03d}" for t in range(weeks)]


def series_frame(
    ids: Sequence[str], values: NDArray[np.float64], in_stock: NDArray[np.bool_]
) -> pd.DataFrame:
    """The job's input table from a series x weeks matrix and its in-stock flags."""
    if values.shape != in_stock.shape or values.ndim != 2 or values.shape[0] != len(ids):
        raise ValidationFailed(
            "need one id per row and values / in_stock of one series x weeks shape", field="values"
        )
    if len(set(ids)) != len(ids):
        raise ValidationFailed("series ids must be unique", field="unique_id")
    ycols, okcols = week_columns(values.shape[1])
    frame = pd.DataFrame(values.astype(np.float64), columns=ycols)
    flags = pd.DataFrame(in_stock.astype(np.bool_), columns=okcols)
    ident = pd.DataFrame({"unique_id": pd.Series(list(ids), dtype=object)})
    return pd.concat([ident, frame, flags], axis=1)


def _weeks_of(columns: Sequence[str]) -> int:
    weeks = sum(1 for c in columns if c.startswith("y_"))
    ycols, okcols = week_columns(weeks)
    if list(columns) != ["unique_id", *ycols, *okcols]:
        raise ValidationFailed(
            "the input needs unique_id, y_000.. and ok_000.. columns in that order",
            field="columns",
        )
    return weeks


def forecast_partition(
    df: pd.DataFrame,
    backtest_h: int = 4,
    backtest_windows: int = 4,
    quantile: float = 0.8,
    lead_weeks: int = 2,
    service_level: float = 0.8,
) -> pd.DataFrame:
    """The job on one partition (or the whole table): one output row per input row."""
    settings = BatchSettings(backtest_h, backtest_windows, quantile, lead_weeks, service_level)
    weeks = _weeks_of([str(c) for c in df.columns])
    ycols, okcols = week_columns(weeks)
    if len(df) == 0:
        return pd.DataFrame({c.split(":")[0]: [] for c in OUTPUT_SCHEMA.split(",")})
    res = forecast_batch(
        df[ycols].to_numpy(dtype=np.float64), df[okcols].to_numpy(dtype=np.bool_), settings
    )
    names = np.array(MODEL_NAMES, dtype=object)[res.model]
    return pd.DataFrame(
        {
            "unique_id": df["unique_id"].astype(str).to_numpy(),
            "model": names,
            "mean": res.mean,
            "dispersion": res.dispersion,
            "q10": res.q10,
            "q50": res.q50,
            "q90": res.q90,
            "target": res.target,
            "pinball": res.pinball,
        }
    )


def _params(settings: BatchSettings) -> dict[str, Any]:
    return {
        "backtest_h": settings.backtest_h,
        "backtest_windows": settings.backtest_windows,
        "quantile": settings.quantile,
        "lead_weeks": settings.lead_weeks,
        "service_level": settings.service_level,
    }


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    """Rows by unique_id, in plain NumPy dtypes (an engine may hand back nullable ones)."""
    out = pd.DataFrame(
        {
            c: (
                df[c].astype(str).to_numpy(dtype=object)
                if c in ("unique_id", "model")
                else df[c].to_numpy(dtype=np.float64)
            )
            for c in (f.split(":")[0] for f in OUTPUT_SCHEMA.split(","))
        }
    )
    return out.sort_values("unique_id", kind="stable").reset_index(drop=True)


def run_local(df: pd.DataFrame, settings: BatchSettings | None = None) -> pd.DataFrame:
    """The job in this process, sorted by unique_id."""
    return _sorted(forecast_partition(df, **_params(settings or BatchSettings())))


def run_dask(
    df: pd.DataFrame,
    settings: BatchSettings | None = None,
    *,
    client: Any = None,
    scheduler: str | None = None,
    partitions: int = 8,
    on_client: Callable[[Any], None] | None = None,
) -> pd.DataFrame:
    """The same job through fugue on Dask: the table is split into `partitions` contiguous row
    blocks and each runs `forecast_partition` on a worker. Give a `distributed.Client` or a
    scheduler address; the result is sorted by unique_id like `run_local`."""
    import dask.dataframe as dd
    from distributed import Client
    from fugue_dask import DaskExecutionEngine

    if client is None and not scheduler:
        raise ValidationFailed("give a Dask client or a scheduler address", field="scheduler")
    if partitions < 1:
        raise ValidationFailed("partitions must be at least 1", field="partitions")
    settings = settings or BatchSettings()
    settings.check()
    _weeks_of([str(c) for c in df.columns])
    own = client is None
    active = Client(scheduler) if own else client  # type: ignore[no-untyped-call]
    try:
        if on_client is not None:
            on_client(active)
        engine = DaskExecutionEngine(dask_client=active)
        # Split on the client into contiguous row blocks (no shuffle); fugue runs the function
        # once per block on the workers.
        parts = dd.from_pandas(  # type: ignore[no-untyped-call]
            df, npartitions=min(partitions, max(len(df), 1)), sort=False
        )
        out = transform(
            parts,
            forecast_partition,
            schema=OUTPUT_SCHEMA,
            params=_params(settings),
            engine=engine,
            as_local=True,
        )
        result = out if isinstance(out, pd.DataFrame) else out.as_pandas()
    finally:
        if own:
            active.close()
    return _sorted(result)
