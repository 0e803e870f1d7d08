"""Forecasts and plans over HTTP: scoped to the caller's seller, viewers read but cannot run or
propose, bad input answers 422 naming the field and writes nothing."""

from __future__ import annotations

import struct
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals.models import ChangeRequest
from globalsell.core.actor import Role
from globalsell.forecasting import service as forecasting
from globalsell.forecasting.models import Forecast, ForecastRun
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from tests.factories import AT, Member, auth, make_location, make_member, make_seller, receive_stock
from tests.integration.test_forecast_service import _world
from tests.integration.test_plan_service import SETTINGS


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (after checking the signature)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


@pytest.fixture
def world(session: Session) -> tuple[Member, Member, Member]:
    owner = _world(session)
    viewer = make_member(session, _seller_of(session, owner), Role.VIEWER)
    stranger = make_member(session, make_seller(session, slug="stranger"))
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    receive_stock(session, owner.actor, "CUP-1", "CN-NGB", 600)
    receive_stock(session, owner.actor, "MUG-2", "CN-NGB", 600)
    return owner, viewer, stranger


def _seller_of(session: Session, member: Member) -> Any:
    from globalsell.accounts.models import Seller

    return session.get(Seller, member.actor.seller_id)


def _count_down_fc(session: Session, owner: Member) -> None:
    """A stock count finds most of the DE stock gone: the FC now needs goods from the hub."""
    inventory.post_moves(
        session,
        actor=owner.actor,
        moves=[
            MoveLine(p.sku, "FBA-DE", -(p.on_hand - 3), MoveReason.COUNTED, "count-1")
            for p in inventory.pool_positions(session, seller_id=owner.actor.seller_id, skus=None)
            if p.location_code == "FBA-DE"
        ],
        now=AT,
    )


def _counts(session: Session) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        session.scalar(select(func.count()).select_from(model)) or 0
        for model in (ForecastRun, Forecast, ChangeRequest)
    )


def _run(client: TestClient, member: Member, **body: Any) -> Any:
    return client.post(
        "/api/v1/forecasts/runs", headers=auth(member), json={"history_weeks": 12, **body}
    )


def test_forecasts_run_and_read_with_quantiles(
    client: TestClient, world: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = world
    assert client.get("/api/v1/forecasts/runs/latest", headers=auth(owner)).status_code == 404

    made = _run(client, owner, horizon_weeks=4)

    assert made.status_code == 201
    assert (made.json()["series_count"], made.json()["horizon_weeks"]) == (2, 4)
    latest = client.get("/api/v1/forecasts/runs/latest", headers=auth(viewer))
    assert latest.json()["id"] == made.json()["id"]
    rows = client.get("/api/v1/forecasts?sku=CUP-1&store=DE", headers=auth(viewer)).json()
    assert [r["week_start"] for r in rows] == [
        "2026-11-23",
        "2026-11-30",
        "2026-12-07",
        "2026-12-14",
    ]
    for r in rows:
        assert float(r["p10"]) <= float(r["p50"]) <= float(r["p90"])
        assert {"mean", "model", "censored_weeks", "backtest_mae"} <= set(r)
    # another seller sees no run at all
    assert client.get("/api/v1/forecasts/runs/latest", headers=auth(stranger)).status_code == 404
    assert client.get("/api/v1/forecasts", headers=auth(stranger)).status_code == 404


def test_a_viewer_cannot_run_forecasts_or_propose_plans(
    client: TestClient, session: Session, world: tuple[Member, Member, Member]
) -> None:
    owner, viewer, _ = world
    assert _run(client, owner).status_code == 201
    before = _counts(session)

    ran = _run(client, viewer)
    proposed = client.post("/api/v1/plans", headers=auth(viewer), json=SETTINGS)

    assert (ran.status_code, ran.json()["error"]) == (403, "permission_denied")
    assert (proposed.status_code, proposed.json()["error"]) == (403, "permission_denied")
    assert _counts(session) == before


def test_forecasting_unknown_skus_is_refused_and_writes_nothing(
    client: TestClient, session: Session, world: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = world
    before = _counts(session)

    response = _run(client, owner, skus=["CUP-1", "NOPE-9"])

    assert response.status_code == 422
    assert [(e["field"], e["value"]) for e in response.json()["errors"]] == [("skus", "NOPE-9")]
    assert _counts(session) == before


def test_a_plan_is_proposed_and_read_back(
    client: TestClient, session: Session, world: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = world
    assert client.get("/api/v1/plans/latest", headers=auth(owner)).status_code == 404
    assert _run(client, owner).status_code == 201
    _count_down_fc(session, owner)

    proposed = client.post(
        "/api/v1/plans", headers=auth(owner), json={**SETTINGS, "promise_uplift": {"DE": 0.2}}
    )

    assert proposed.status_code == 201, proposed.text
    plan = proposed.json()
    change = session.get(ChangeRequest, plan["change_id"])
    assert change is not None
    assert change.kind == "planning.plan.accept"
    assert plan["status"] == "proposed"
    assert plan["promise_uplift"] == {"DE": 0.2}
    assert plan["shipments"], plan
    for s in plan["shipments"]:
        assert (s["from_location"], s["to_country"], s["to_location"]) == ("CN-NGB", "DE", "FBA-DE")
        assert s["mode"] in {"ocean", "air"}
        assert s["ship_by"] == "2026-11-25"
        assert s["units"] % 12 == 0
    assert sorted(plan["service_level"]) == ["CUP-1/DE", "MUG-2/DE"]
    assert plan["mean_service_level"] == pytest.approx(
        sum(plan["service_level"].values()) / 2, abs=1e-4
    )
    assert float(plan["transport_cost"]) == pytest.approx(
        sum(float(s["cost"]) for s in plan["shipments"])
    )
    cost = {k: Decimal(v) for k, v in plan["expected_cost"].items()}
    assert cost["transport"] == Decimal(plan["transport_cost"])
    assert cost["total"] == cost["transport"] + cost["holding_fc"] + cost["lost_sales"]
    assert sorted(plan["expected_lost_units"]) == ["CUP-1/DE", "MUG-2/DE"]
    assert client.get("/api/v1/plans/latest", headers=auth(viewer)).json() == plan
    assert client.get("/api/v1/plans/latest", headers=auth(stranger)).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**SETTINGS, "lanes": []}, "lanes"),
        (
            {**SETTINGS, "skus": [*SETTINGS["skus"], {**SETTINGS["skus"][0], "sku": "GHOST-1"}]},
            "skus",
        ),
        ({**SETTINGS, "skus": SETTINGS["skus"][:1]}, "skus"),
        ({**SETTINGS, "promise_uplift": {"DE": -0.1}}, "body.promise_uplift"),
    ],
    ids=["no-lead-times", "unknown-sku", "terms-missing", "negative-uplift"],
)
def test_a_bad_plan_request_is_refused_and_writes_nothing(
    client: TestClient,
    session: Session,
    world: tuple[Member, Member, Member],
    body: dict[str, Any],
    field: str,
) -> None:
    owner, _, _ = world
    assert _run(client, owner).status_code == 201
    before = _counts(session)

    response = client.post("/api/v1/plans", headers=auth(owner), json=body)

    assert response.status_code == 422, response.text
    answer = response.json()
    named = {e["field"] for e in answer.get("errors", [])} | {answer.get("field")}
    named |= {".".join(map(str, d["loc"][:2])) for d in answer.get("detail", [])}
    assert field in named, answer
    assert _counts(session) == before


def test_the_chart_is_a_png_of_the_asked_size(
    client: TestClient, world: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = world
    assert _run(client, owner).status_code == 201

    small = client.get("/api/v1/forecasts/CUP-1/DE/chart.png?size=small", headers=auth(viewer))
    large = client.get("/api/v1/forecasts/CUP-1/DE/chart.png?size=large", headers=auth(viewer))

    assert small.headers["content-type"] == "image/png"
    assert png_size(small.content) == (640, 360)
    assert png_size(large.content) == (1600, 900)
    unknown = client.get("/api/v1/forecasts/NOPE-1/DE/chart.png", headers=auth(owner))
    assert (unknown.status_code, unknown.json()["field"]) == (404, "sku")
    elsewhere = client.get("/api/v1/forecasts/CUP-1/US/chart.png", headers=auth(owner))
    assert (elsewhere.status_code, elsewhere.json()["field"]) == (404, "store")
    assert (
        client.get("/api/v1/forecasts/CUP-1/DE/chart.png", headers=auth(stranger)).status_code
        == 404
    )


def test_a_plan_on_a_stale_forecast_is_refused(
    client: TestClient, session: Session, world: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = world
    forecasting.run_forecasts(
        session, actor=owner.actor, now=AT - timedelta(days=16), history_weeks=12
    )
    before = _counts(session)

    response = client.post("/api/v1/plans", headers=auth(owner), json=SETTINGS)

    assert response.status_code == 422
    assert response.json()["field"] == "forecast_run"
    assert "starts 16 days ago: run the forecast again" in response.json()["message"]
    assert _counts(session) == before


def test_a_plan_on_a_forecast_series_with_a_gap_is_refused(
    client: TestClient, session: Session, world: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = world
    assert _run(client, owner, horizon_weeks=4).status_code == 201
    hole = session.scalar(
        select(Forecast).where(Forecast.sku == "MUG-2", Forecast.week_start == date(2026, 11, 30))
    )
    session.delete(hole)
    session.flush()
    before = _counts(session)

    response = client.post("/api/v1/plans", headers=auth(owner), json=SETTINGS)

    assert response.status_code == 422
    answer = response.json()
    assert answer["message"].endswith("has series with gaps: run the forecast again")
    assert [(e["value"], e["message"]) for e in answer["errors"]] == [
        ("MUG-2/DE", "the series MUG-2 x DE has no forecast for the week of 2026-11-30")
    ]
    assert _counts(session) == before
