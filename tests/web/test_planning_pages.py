"""Forecast and plan pages: login required, empty states, scoped to the signed-in seller."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.forecasting import service as forecasting
from tests.factories import AT, make_member, make_seller
from tests.integration.test_forecast_service import _world
from tests.web.test_pages import open_page, sign_in


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
