"""Customs endpoints: authenticated, scoped to the caller's seller, viewers cannot write."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals.models import ChangeRequest
from globalsell.core.actor import Role
from globalsell.customs.models import HsClassification
from tests.factories import Member, auth, declare_hs_code, make_member, make_product, make_seller


@pytest.fixture
def members(session: Session) -> tuple[Member, Member, Member]:
    seller = make_seller(session, slug="ningvale")
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    stranger = make_member(session, make_seller(session, slug="other"))
    product = make_product(session, owner.actor, sku="NB-VF-1", title="不锈钢保温杯 双层真空")
    declare_hs_code(session, owner.actor, product, "9617000000")
    return owner, viewer, stranger


def _counts(session: Session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count()).select_from(HsClassification)) or 0,
        session.scalar(select(func.count()).select_from(ChangeRequest)) or 0,
    )


def test_classify_text(client: TestClient, members: tuple[Member, Member, Member]) -> None:
    _, viewer, _ = members
    response = client.post(
        "/api/v1/customs/classify", headers=auth(viewer), json={"text": "wooden chopsticks"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["candidates"][0]["hs6"] == "441912"
    assert body["abstained"] is False
    empty = client.post("/api/v1/customs/classify", headers=auth(viewer), json={"text": ""})
    assert empty.status_code == 422
    assert client.post("/api/v1/customs/classify", json={"text": "cup"}).status_code == 401


def test_product_classification_is_scoped_and_viewers_cannot_write(
    client: TestClient, session: Session, members: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = members
    url = "/api/v1/customs/products/NB-VF-1/classify"
    before = _counts(session)
    assert client.post(url, headers=auth(viewer)).status_code == 403
    assert client.post(url, headers=auth(stranger)).status_code == 404
    assert client.post(url).status_code == 401
    assert _counts(session) == before
    listed = "/api/v1/customs/products/NB-VF-1/classifications"
    assert client.get(listed, headers=auth(stranger)).status_code == 404
    response = client.post(url, headers=auth(owner))
    assert response.status_code == 200
    body = response.json()
    assert body["classification"]["hs6"] == "961700"
    assert body["classification"]["flags"][0]["flag"] == "zero_padded"
    assert body["change_request_id"] is not None
    assert _counts(session) == (before[0] + 1, before[1] + 1)
    shown = client.get(listed, headers=auth(viewer)).json()
    assert [c["status"] for c in shown] == ["proposed"]


def test_landed_cost_and_sources(
    client: TestClient, members: tuple[Member, Member, Member]
) -> None:
    _, viewer, _ = members
    response = client.post(
        "/api/v1/customs/landed-cost",
        headers=auth(viewer),
        json={"goods_value": "100", "currency": "USD", "hs_code": "9617.00.1000"},
    )
    assert response.status_code == 200
    us = response.json()[0]
    assert (us["destination"], us["total"], us["complete"]) == ("US", "107.20", True)
    bad = client.post(
        "/api/v1/customs/landed-cost",
        headers=auth(viewer),
        json={"goods_value": "-5", "currency": "USD", "hs_code": "961700"},
    )
    assert bad.status_code == 422
    names = [s["name"] for s in client.get("/api/v1/customs/sources", headers=auth(viewer)).json()]
    assert names == ["HS 2022", "US HTS", "UK search references", "EU CN"]
