"""Forecast and plan pages: login required, empty states, scoped to the signed-in seller."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.bootstrap import Runtime
from globalsell.forecasting import service as forecasting
from globalsell.planning.service import PLAN_KIND
from tests.factories import AT, Member, make_member, make_seller
from tests.integration.test_forecast_service import _world
from tests.web.test_pages import csrf_of, open_page, sign_in


@pytest.mark.parametrize(
    "url", ["/forecasts", "/forecasts/CUP-1/DE", "/forecasts/CUP-1/DE.png", "/plan"]
)
def test_the_pages_need_a_login(client: TestClient, url: str) -> None:
    response = client.get(url, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_empty_states_before_any_forecast_or_plan(client: TestClient, session: Session) -> None:
    sign_in(client, make_member(session, make_seller(session)))

    assert "No forecast yet." in open_page(client, "/forecasts").text("forecasts-empty")
    assert "No plan yet." in open_page(client, "/plan").text("plan-empty")
    missing = client.get("/forecasts/CUP-1/DE")
    assert missing.status_code == 404
    assert "is not in the catalogue" in missing.text


def test_a_stranger_sees_none_of_the_forecasts(client: TestClient, session: Session) -> None:
    owner = _world(session)
    forecasting.run_forecasts(session, actor=owner.actor, now=AT, history_weeks=12)
    sign_in(client, owner)
    assert len(open_page(client, "/forecasts").table("forecasts")) == 1 + 2
    assert client.get("/forecasts/CUP-1/DE").status_code == 200

    client.cookies.clear()
    sign_in(client, make_member(session, make_seller(session, slug="stranger")))
    assert open_page(client, "/forecasts").has_id("forecasts") is False
    assert client.get("/forecasts/CUP-1/DE").status_code == 404
    assert client.get("/forecasts/CUP-1/DE.png").status_code == 404


def _plan(session: Session, runtime: Runtime, owner: Member) -> int:
    shipment = {"from": "origin_hub", "ship_by_week": 0, "to_country": "DE"}
    change = approvals.propose(
        session,
        registry=runtime.registry,
        kind=PLAN_KIND,
        subject_type="plan",
        subject_id="forecast-run-1",
        title=None,
        payload={
            "forecast_run": 1,
            "transport_cost": "30.00",
            "expected_cost": {"transport": "30.00", "holding_fc": "5.00", "total": "35.00"},
            "shipments": [
                {**shipment, "sku": "CUP-1", "mode": "ocean", "units": 20, "cost": "10.00"},
                {**shipment, "sku": "PAN-1", "mode": "air", "units": 6, "cost": "20.00"},
            ],
        },
        reason="test plan",
        actor=owner.actor,
        now=AT,
    )
    return change.id


def test_a_plan_is_edited_in_a_form_of_units_then_approved(
    client: TestClient, session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session))
    number = _plan(session, runtime, owner)
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{number}")

    response = client.post(
        f"/approvals/{number}/edit",
        data={
            "units": ["30", "0"],
            "fingerprint": page.input_values("fingerprint")[0],
            "csrf_token": csrf_of(page),
        },
        follow_redirects=False,
    )

    assert [row[:4] for row in page.table("plan-edit")[1:]] == [
        ["CUP-1", "DE", "Sea", ""],
        ["PAN-1", "DE", "Air", ""],
    ]
    assert page.input_values("units") == ["20", "6"]
    assert not page.has_id("payload")
    assert response.status_code == 303
    session.expire_all()
    done = approvals.get_change(session, change_id=number, actor=owner.actor)
    assert done.status is ChangeStatus.APPLIED
    assert [(s["sku"], s["units"], s["cost"]) for s in done.payload["shipments"]] == [
        ("CUP-1", 30, "15.00")
    ]
    assert done.payload["transport_cost"] == "15.00"
    assert done.payload["expected_cost"] == {
        "transport": "15.00",
        "holding_fc": "5.00",
        "total": "20.00",
    }


@pytest.mark.parametrize("typed", [["0", "0"], ["2.5", "6"], ["20"]])
def test_a_plan_edit_keeps_a_shipment_and_whole_units_or_changes_nothing(
    client: TestClient, session: Session, runtime: Runtime, typed: list[str]
) -> None:
    owner = make_member(session, make_seller(session))
    number = _plan(session, runtime, owner)
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{number}")

    response = client.post(
        f"/approvals/{number}/edit",
        data={
            "units": typed,
            "fingerprint": page.input_values("fingerprint")[0],
            "csrf_token": csrf_of(page),
        },
        follow_redirects=False,
    )

    assert response.status_code == 422
    session.expire_all()
    assert approvals.get_change(session, change_id=number, actor=owner.actor).status is (
        ChangeStatus.PROPOSED
    )
