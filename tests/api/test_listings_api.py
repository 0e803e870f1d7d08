"""Listings endpoints: per-store listings of a product, generate, feed, report, submit preview;
each refused to those who may not."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
from globalsell.listings.models import Listing, ListingSubmission
from tests.factories import auth, make_member, make_seller
from tests.fake_servers import FakeServer, Recorded, serve
from tests.integration.test_listings_service import approve, bottle


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def amazon(runtime: Runtime) -> Iterator[FakeServer]:
    def token(request: Recorded) -> tuple[int, dict[str, str], Any]:
        return 200, {}, {"access_token": "Atza|api", "token_type": "bearer", "expires_in": 3600}

    def listings(request: Recorded) -> tuple[int, dict[str, str], Any]:
        assert parse_qs(urlsplit(request.path).query)["mode"] == ["VALIDATION_PREVIEW"]
        return 200, {}, {"sku": "NB-API", "status": "VALID", "submissionId": "p", "issues": []}

    with serve(token) as lwa, serve(listings) as sp:
        s = runtime.settings
        s.amazon_merchant_id = "A2MERCHANT"
        s.amazon_lwa_client_id = "client"
        s.amazon_lwa_client_secret = SecretStr("secret")
        s.amazon_lwa_refresh_token = SecretStr("Atzr|api-test")
        s.amazon_sp_api_endpoint = sp.url
        s.amazon_lwa_token_url = f"{lwa.url}/auth/o2/token"
        yield sp


def test_generate_read_approve_feed_report_and_preview(
    client: TestClient, session: Session, runtime: Runtime, amazon: FakeServer
) -> None:
    owner = make_member(session, make_seller(session))
    bottle(session, owner.actor, "NB-API")
    generated = client.post(
        "/api/v1/listings/generate",
        headers=auth(owner),
        json={"skus": ["NB-API"], "stores": ["de", "UK"]},
    )
    assert generated.status_code == 200, generated.text
    body = generated.json()
    assert (body["skus"], body["listings"], body["validated"]) == (1, 2, 2)
    (change_id,) = body["proposals"]

    listed = client.get("/api/v1/products/NB-API/listings", headers=auth(owner))
    assert listed.status_code == 200, listed.text
    rows = listed.json()
    assert [(r["store"], r["status"]) for r in rows] == [("DE", "validated"), ("UK", "validated")]
    assert [i["code"] for i in rows[0]["issues"]] == ["seller-text-left-out"]
    assert rows[0]["issues"][0]["severity"] == "info"
    assert rows[0]["content"]["product_type"] == "BOTTLE"

    approve(session, runtime.registry, owner.actor, change_id)
    preview = client.post(
        "/api/v1/listings/DE/submit", headers=auth(owner), json={"skus": ["NB-API"]}
    )
    assert preview.status_code == 200, preview.text
    assert preview.json()["previewed"] == ["NB-API"]
    assert preview.json()["submitted"] == []
    assert len(amazon.requests) == 1
    listed = client.get("/api/v1/products/NB-API/listings", headers=auth(owner)).json()
    assert listed[0]["status"] == "approved"
    assert [(s["operation"], s["outcome"]) for s in listed[0]["submissions"]] == [
        ("preview", "VALID")
    ]

    feed = client.post("/api/v1/listings/UK/feed", headers=auth(owner), json={"merchant_id": "M1"})
    assert feed.status_code == 200, feed.text
    (document,) = feed.json()
    assert document["header"] == {"sellerId": "M1", "version": "2.0", "issueLocale": "en_GB"}
    assert [m["sku"] for m in document["messages"]] == ["NB-API"]

    report = client.get("/api/v1/listings/report", headers=auth(owner))
    assert report.status_code == 200
    assert report.json()["listings"] == 2
    assert report.json()["stores"]["UK"]["acceptance"]["approved_unchanged"] == 1

    unknown = client.get("/api/v1/products/NOPE/listings", headers=auth(owner))
    assert (unknown.status_code, unknown.json()["field"]) == (404, "sku")
    bad_store = client.post("/api/v1/listings/ZZ/submit", headers=auth(owner), json={})
    assert bad_store.status_code == 404


def test_denied_listings_calls_change_nothing(
    client: TestClient, session: Session, amazon: FakeServer
) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    stranger = make_member(session, make_seller(session))
    bottle(session, owner.actor, "NB-API")

    for who in (viewer,):
        denied = client.post("/api/v1/listings/generate", headers=auth(who), json={})
        assert denied.status_code == 403
    assert _count(session, Listing) == 0
    assert _count(session, ChangeRequest) == 0
    client.post("/api/v1/listings/generate", headers=auth(owner), json={"stores": ["DE"]})
    assert _count(session, Listing) == 1

    feed = client.post("/api/v1/listings/DE/feed", headers=auth(viewer), json={"merchant_id": "M"})
    assert feed.status_code == 403
    submit = client.post("/api/v1/listings/DE/submit", headers=auth(viewer), json={})
    assert submit.status_code == 403
    assert amazon.requests == []
    assert _count(session, ListingSubmission) == 0

    # Viewers read; another seller sees nothing of this seller's product.
    assert client.get("/api/v1/products/NB-API/listings", headers=auth(viewer)).status_code == 200
    assert client.get("/api/v1/listings/report", headers=auth(viewer)).status_code == 200
    other = client.get("/api/v1/products/NB-API/listings", headers=auth(stranger))
    assert other.status_code == 404
    assert client.get("/api/v1/listings/report", headers=auth(stranger)).json()["listings"] == 0
    assert (
        client.post(
            "/api/v1/listings/DE/feed", headers=auth(stranger), json={"merchant_id": "M"}
        ).json()
        == []
    )


def test_submit_without_credentials_is_a_conflict_naming_the_setting(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    response = client.post("/api/v1/listings/DE/submit", headers=auth(owner), json={})
    assert response.status_code == 409
    assert "GLOBALSELL_AMAZON_MERCHANT_ID" in response.json()["message"]
