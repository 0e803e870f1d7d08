"""`run_forecasts` on order history imported through the orders service, with stock-outs read
from the inventory ledger."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.accounts.models import Seller
from globalsell.core.actor import Role
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import NotFound, PermissionDenied, ValidationFailed
from globalsell.forecasting import service
from globalsell.forecasting.models import Forecast, ForecastRun
from globalsell.inventory.domain import LocationKind
from globalsell.orders import service as orders
from tests.factories import (
    AT,
    ORDER_HEADERS,
    Member,
    make_location,
    make_member,
    make_product,
    make_seller,
    order_row,
    receive_stock,
)

# AT is Wednesday 2026-11-25; the last complete week starts Monday 2026-11-16.
FIRST = date(2026, 11, 23) - timedelta(weeks=12)


def _world(session: Session) -> Member:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="CUP-1")
    make_product(session, owner.actor, sku="MUG-2")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 500, at=datetime(2026, 8, 1, tzinfo=UTC))
    # MUG-2 only arrives in week 5 of the window: weeks 0-4 are out of stock (censored)
    receive_stock(
        session, owner.actor, "MUG-2", "FBA-DE", 500, at=datetime(2026, 9, 28, 6, tzinfo=UTC)
    )
    rows = []
    for week in range(12):
        monday = datetime.combine(FIRST + timedelta(weeks=week), datetime.min.time(), UTC)
        rows.append(
            order_row(
                f"302-{week}-a", "CUP-1", 3, purchased=(monday + timedelta(hours=30)).isoformat()
            )
        )
        rows.append(
            order_row(
                f"302-{week}-b", "CUP-1", 1, purchased=(monday + timedelta(days=3)).isoformat()
            )
        )
        if week >= 5:
            rows.append(
                order_row(
                    f"302-{week}-c", "MUG-2", 2, purchased=(monday + timedelta(days=2)).isoformat()
                )
            )
    orders.import_orders(
        session,
        actor=owner.actor,
        table_headers=ORDER_HEADERS,
        table_rows=rows,
        filename="orders.txt",
        dry_run=False,
        now=AT,
    )
    return owner


def test_forecast_run_stores_quantiles_per_sku_store_and_week(session: Session) -> None:
    owner = _world(session)

    run = service.run_forecasts(
        session, actor=owner.actor, now=AT, history_weeks=12, horizon_weeks=4
    )

    assert (run.history_start, run.history_end) == (FIRST, date(2026, 11, 22))
    assert run.series_count == 2
    rows = service.list_forecasts(session, actor=owner.actor)
    assert [(r.sku, r.marketplace, r.week_start) for r in rows] == [
        (sku, "DE", date(2026, 11, 23) + timedelta(weeks=k))
        for sku in ("CUP-1", "MUG-2")
        for k in range(4)
    ]
    cup = rows[0]
    # 4 a week every week: the backtest's pinball loss at the 80% quantile prefers the
    # bias-corrected Croston (its upper quantile lands nearer the constant truth)
    assert (cup.model, cup.mean, cup.censored_weeks) == ("croston_sba", Decimal("3.800"), 0)
    assert cup.p10 <= cup.p50 <= cup.p90
    assert cup.censored_weeks == 0
    mug = rows[4]
    assert mug.censored_weeks == 5
    assert mug.mean == Decimal("2.000")  # the stock-out weeks are not zero demand
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "forecasting.run.created")
    ).one()
    assert entry.data["series"] == 2


def test_progress_is_reported_per_series(session: Session) -> None:
    owner = _world(session)
    seen: list[tuple[int, int]] = []
    service.run_forecasts(
        session,
        actor=owner.actor,
        now=AT,
        history_weeks=12,
        progress=lambda n, t: seen.append((n, t)),
    )
    assert seen == [(1, 2), (2, 2)]


def test_viewer_cannot_run_and_bad_windows_are_refused(session: Session) -> None:
    owner = _world(session)
    viewer = make_member(session, session.get(Seller, owner.actor.seller_id), role=Role.VIEWER)
    before = session.scalar(select(func.count(ForecastRun.id)))
    with pytest.raises(PermissionDenied):
        service.run_forecasts(session, actor=viewer.actor, now=AT)
    with pytest.raises(ValidationFailed) as err:
        service.run_forecasts(session, actor=owner.actor, now=AT, history_weeks=2, horizon_weeks=0)
    assert [e.field for e in err.value.errors] == ["history_weeks", "horizon_weeks"]
    assert session.scalar(select(func.count(ForecastRun.id))) == before
    assert session.scalar(select(func.count(Forecast.id))) == 0


def test_no_run_yet_and_other_sellers_runs_are_not_found(session: Session) -> None:
    owner = _world(session)
    other = make_member(session, make_seller(session))
    with pytest.raises(NotFound):
        service.list_forecasts(session, actor=owner.actor)
    run = service.run_forecasts(session, actor=owner.actor, now=AT, history_weeks=12)
    with pytest.raises(NotFound):
        service.list_forecasts(session, actor=other.actor, run_id=run.id)
