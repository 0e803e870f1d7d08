"""Assistant endpoints: authenticated, scoped to the caller's seller, viewers cannot run or
change the profile; denied calls change nothing."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals.models import ChangeRequest
from globalsell.assistant.models import AssistantRun, SellerProfile
from globalsell.core.actor import Role
from tests.factories import auth, make_member, make_product, make_seller


def _counts(session: Session) -> tuple[int, int, int]:
    return (
        session.scalar(select(func.count(AssistantRun.id))) or 0,
        session.scalar(select(func.count(SellerProfile.id))) or 0,
        session.scalar(select(func.count(ChangeRequest.id))) or 0,
    )


def test_owner_runs_reads_asks_and_tunes(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    for i, cost in enumerate(["8", "10", "12", "9", "11"]):
        make_product(session, owner.actor, sku=f"P-{i}", unit_cost=cost)
    make_product(session, owner.actor, sku="SLIP-1", unit_cost="1050")
    response = client.post("/api/v1/assistant/runs", headers=auth(owner))
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["findings"][0]["subject"] == "cost:SLIP-1"
    assert len(report["proposals"]) == 1
    listed = client.get("/api/v1/assistant/findings", headers=auth(owner)).json()
    assert [f["id"] for f in listed] == [f["id"] for f in report["findings"]]
    asked = client.post(
        "/api/v1/assistant/ask",
        headers=auth(owner),
        json={"question": f"why did you propose #{report['proposals'][0]}?"},
    ).json()
    assert asked["intent"] == "explain_proposal"
    assert asked["data"]["detector"] == "catalog.cost_outlier"
    put = client.put(
        "/api/v1/assistant/profile",
        headers=auth(owner),
        json={"risk_appetite": "low", "daily_alert_budget": 5},
    )
    assert (put.status_code, put.json()["risk_appetite"], put.json()["daily_alert_budget"]) == (
        200,
        "low",
        5,
    )
    assert client.get("/api/v1/assistant/profile", headers=auth(owner)).json() == put.json()


def test_viewer_and_strangers_are_refused(client: TestClient, session: Session) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    stranger = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="BARE-1")
    assert client.post("/api/v1/assistant/runs", headers=auth(owner)).status_code == 201
    before = _counts(session)
    assert client.post("/api/v1/assistant/runs", headers=auth(viewer)).status_code == 403
    denied = client.put(
        "/api/v1/assistant/profile", headers=auth(viewer), json={"risk_appetite": "high"}
    )
    assert denied.status_code == 403
    assert client.post("/api/v1/assistant/runs").status_code == 401
    assert _counts(session) == before
    # a viewer may read; another seller sees none of this seller's findings
    assert len(client.get("/api/v1/assistant/findings", headers=auth(viewer)).json()) == 1
    assert client.get("/api/v1/assistant/findings", headers=auth(stranger)).json() == []
    answer = client.post(
        "/api/v1/assistant/ask", headers=auth(stranger), json={"question": "cost of BARE-1?"}
    ).json()
    assert answer["intent"] == "clarify"
    assert answer["answer"].startswith(
        "I understood: SKU BARE-1. I don't find a product BARE-1 in your catalogue."
    )


def test_bad_profile_values_are_refused(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    for body in (
        {"risk_appetite": "yolo"},
        {"daily_alert_budget": 0},
        {"base_currency": "XYZ"},
        {"unknown": 1},
    ):
        response = client.put("/api/v1/assistant/profile", headers=auth(owner), json=body)
        assert response.status_code == 422, body
    assert _counts(session)[1] == 0
