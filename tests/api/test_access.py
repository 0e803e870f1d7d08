"""Every endpoint is authenticated and scoped to the caller's seller; a viewer cannot write.
Denied calls leave the data unchanged."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.accounts.models import ApiToken
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.catalog.models import Product
from globalsell.core.actor import Role
from tests.factories import (
    AT,
    Member,
    auth,
    make_member,
    make_product,
    make_seller,
    propose_cost_change,
)


def _api_routes(app: FastAPI) -> list[tuple[str, str]]:
    """Every operation in the OpenAPI document, with 1 for each path parameter."""
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", "1", path))
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    ]


def test_every_api_endpoint_refuses_a_missing_or_bad_token(
    client: TestClient, app: FastAPI
) -> None:
    routes = _api_routes(app)
    assert len(routes) == 35  # 19 + inventory 11 + orders 5
    for method, path in routes:
        for headers in (
            {},
            {"Authorization": "Bearer gs_000000000000_" + "x" * 43},
            {"Authorization": "Basic dXNlcjpwYXNz"},
        ):
            response = client.request(method, path, headers=headers)
            assert response.status_code == 401, (method, path, headers, response.text)
            assert response.json()["error"] == "unauthenticated"


def test_revoked_and_expired_tokens_are_refused(
    client: TestClient, session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session))
    assert client.get("/api/v1/me", headers=auth(owner)).json() == {
        "actor": owner.actor.name,
        "user_id": owner.user.id,
        "seller_id": owner.actor.seller_id,
        "role": "owner",
    }
    token_id = session.scalar(select(ApiToken.id).where(ApiToken.user_id == owner.user.id))
    assert token_id is not None
    accounts.revoke_token(session, actor=owner.actor, token_id=token_id, now=AT)
    assert client.get("/api/v1/me", headers=auth(owner)).json()["message"] == "API token revoked"
    expiring = accounts.issue_token(
        session,
        actor=owner.actor,
        name="short",
        now=AT,
        expires_at=runtime.clock.now() + timedelta(minutes=5),
    )
    headers = {"Authorization": f"Bearer {expiring.plaintext}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    runtime.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    assert client.get("/api/v1/me", headers=headers).json()["message"] == "API token expired"


@pytest.fixture
def two_sellers(session: Session) -> tuple[Member, Member, Member]:
    seller = make_seller(session, slug="ningvale")
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    stranger = make_member(session, make_seller(session, slug="other"))
    return owner, viewer, stranger


def _count(session: Session, model: type[Product] | type[ChangeRequest]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_catalog_is_scoped_and_viewers_cannot_write(
    client: TestClient, session: Session, two_sellers: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = two_sellers
    make_product(session, owner.actor, sku="NB-1", unit_cost="23.50")
    assert (
        client.get("/api/v1/products/NB-1", headers=auth(viewer)).json()["unit_cost"] == "23.500000"
    )
    assert client.get("/api/v1/products/NB-1", headers=auth(stranger)).status_code == 404
    assert client.get("/api/v1/products", headers=auth(stranger)).json() == []
    before = _count(session, Product)
    response = client.post(
        "/api/v1/products", headers=auth(viewer), json={"sku": "NB-2", "title": "杯子"}
    )
    assert response.status_code == 403
    upload = {"file": ("c.csv", "SKU,产品名称\nNB-3,杯子\n".encode(), "text/csv")}
    assert (
        client.post("/api/v1/catalog/import", headers=auth(viewer), files=upload).status_code == 403
    )
    assert _count(session, Product) == before
    assert (
        client.post(
            "/api/v1/products", headers=auth(stranger), json={"sku": "NB-1", "title": "mine"}
        ).status_code
        == 201
    )


def test_approvals_are_scoped_and_viewers_cannot_decide(
    client: TestClient,
    session: Session,
    runtime: Runtime,
    two_sellers: tuple[Member, Member, Member],
) -> None:
    owner, viewer, stranger = two_sellers
    product = make_product(session, owner.actor, sku="NB-1", unit_cost="23.50")
    change = propose_cost_change(session, runtime.registry, owner.actor, product, "21.00")
    url = f"/api/v1/change-requests/{change.id}"
    shown = client.get(url, headers=auth(viewer)).json()
    assert shown["diff"] == [
        {"path": "changes.unit_cost", "op": "changed", "before": "23.5", "after": "21.00"}
    ]
    body = {"fingerprint": shown["fingerprint"]}
    assert client.get(url, headers=auth(stranger)).status_code == 404
    assert client.post(f"{url}/approve", headers=auth(stranger), json=body).status_code == 404
    assert client.post(f"{url}/approve", headers=auth(viewer), json=body).status_code == 403
    assert (
        client.post(f"{url}/reject", headers=auth(viewer), json={"reason": "no"}).status_code == 403
    )
    assert (
        client.post(
            "/api/v1/change-requests",
            headers=auth(viewer),
            json={
                "kind": "catalog.product.update",
                "subject_type": "product",
                "subject_id": "NB-1",
                "title": "t",
                "payload": {"sku": "NB-1", "changes": {"brand": "X"}},
            },
        ).status_code
        == 403
    )
    session.expire_all()
    assert session.get(ChangeRequest, change.id).status is ChangeStatus.PROPOSED  # type: ignore[union-attr]
    assert _count(session, ChangeRequest) == 1
    assert client.get("/api/v1/change-requests", headers=auth(stranger)).json() == []
    done = client.post(f"{url}/approve", headers=auth(owner), json=body).json()
    assert (done["status"], done["decided_by"]) == ("applied", owner.actor.name)
    assert client.get("/api/v1/products/NB-1", headers=auth(owner)).json()["unit_cost"] == (
        "21.000000"
    )


def test_accounts_endpoints_are_scoped(
    client: TestClient, session: Session, two_sellers: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = two_sellers
    assert client.get("/api/v1/audit", headers=auth(viewer)).status_code == 403
    assert (
        client.post(
            "/api/v1/tokens", headers=auth(viewer), json={"name": "x", "user_id": owner.user.id}
        ).status_code
        == 403
    )
    own = client.post("/api/v1/tokens", headers=auth(viewer), json={"name": "mine"})
    assert (own.status_code, own.json()["token"]["user_id"]) == (201, viewer.user.id)
    owner_token_id = session.scalar(select(ApiToken.id).where(ApiToken.user_id == owner.user.id))
    assert (
        client.delete(f"/api/v1/tokens/{owner_token_id}", headers=auth(stranger)).status_code == 404
    )
    assert (
        client.delete(f"/api/v1/tokens/{owner_token_id}", headers=auth(viewer)).status_code == 403
    )
    assert client.get("/api/v1/me", headers=auth(owner)).status_code == 200
    assert [t["user_id"] for t in client.get("/api/v1/tokens", headers=auth(viewer)).json()] == [
        viewer.user.id,
        viewer.user.id,
    ]
    trail = client.get("/api/v1/audit", headers=auth(owner)).json()
    assert {e["action"] for e in trail} >= {
        "accounts.seller.created",
        "accounts.membership.granted",
        "accounts.api_token.issued",
    }
    assert all(e["actor"] != stranger.actor.name for e in trail)


def test_marketplaces_need_a_token_and_know_the_stores(
    client: TestClient, session: Session, two_sellers: tuple[Member, Member, Member]
) -> None:
    _, viewer, _ = two_sellers
    de = client.get("/api/v1/marketplaces/DE", headers=auth(viewer)).json()
    assert (de["marketplace_id"], de["currency"], de["default_language_tag"]) == (
        "A1PA6795UKMFR9",
        "EUR",
        "de_DE",
    )
    unknown = client.get("/api/v1/marketplaces/XX", headers=auth(viewer))
    assert (unknown.status_code, unknown.json()["field"]) == (404, "marketplace")


def test_bad_input_is_a_4xx_naming_the_field(
    client: TestClient, session: Session, two_sellers: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = two_sellers
    wrong_currency = client.post(
        "/api/v1/products",
        headers=auth(owner),
        json={"sku": "NB-9", "title": "杯", "unit_cost": "5", "cost_currency": "XYZ"},
    )
    assert (wrong_currency.status_code, wrong_currency.json()["field"]) == (422, "cost_currency")
    negative = client.post(
        "/api/v1/products",
        headers=auth(owner),
        json={"sku": "NB-9", "title": "杯", "unit_cost": "-5", "cost_currency": "CNY"},
    )
    assert negative.status_code == 422
    assert negative.json()["detail"][0]["loc"] == ["body", "unit_cost"]
    huge = client.post(
        "/api/v1/change-requests",
        headers=auth(owner),
        content=b'{"x": "' + b"a" * (300 * 1024) + b'"}',
    )
    assert (huge.status_code, huge.json()["error"]) == (413, "payload_too_large")
    upload = {
        "file": ("c.csv", "SKU,产品名称,采购价\nNB-3,杯子,abc\nNB-3,杯子,1\n".encode(), "text/csv")
    }
    rejected = client.post("/api/v1/catalog/import", headers=auth(owner), files=upload)
    assert rejected.status_code == 422
    assert [(e["row"], e["field"], e["message"]) for e in rejected.json()["errors"]] == [
        (2, "unit_cost", "not a number"),
        (3, "sku", "duplicate of row 2"),
    ]
    assert _count(session, Product) == 0
    unknown_kind = client.post(
        "/api/v1/change-requests",
        headers=auth(owner),
        json={
            "kind": "pricing.price.set",
            "subject_type": "product",
            "subject_id": "x",
            "title": "t",
            "payload": {},
        },
    )
    assert (unknown_kind.status_code, unknown_kind.json()["field"]) == (422, "kind")


def test_tampered_payload_is_refused_over_the_api(
    client: TestClient,
    session: Session,
    runtime: Runtime,
    two_sellers: tuple[Member, Member, Member],
) -> None:
    owner, _, _ = two_sellers
    product = make_product(session, owner.actor, sku="NB-1", unit_cost="23.50")
    change = propose_cost_change(session, runtime.registry, owner.actor, product, "21.00")
    url = f"/api/v1/change-requests/{change.id}"
    seen = client.get(url, headers=auth(owner)).json()["fingerprint"]
    edited = client.post(
        f"{url}/edit",
        headers=auth(owner),
        json={"fingerprint": seen, "payload": {"sku": "NB-1", "changes": {"unit_cost": "211.00"}}},
    )
    assert edited.status_code == 200
    stale = client.post(f"{url}/approve", headers=auth(owner), json={"fingerprint": seen})
    assert (stale.status_code, stale.json()["error"]) == (409, "approval_mismatch")
    assert client.get("/api/v1/products/NB-1", headers=auth(owner)).json()["unit_cost"] == (
        "23.500000"
    )
    fresh = edited.json()["fingerprint"]
    applied = client.post(f"{url}/approve", headers=auth(owner), json={"fingerprint": fresh})
    assert applied.json()["status"] == "applied"
    assert Decimal(
        client.get("/api/v1/products/NB-1", headers=auth(owner)).json()["unit_cost"]
    ) == Decimal("211.00")


def test_nul_characters_are_refused_before_reaching_the_store(
    client: TestClient, session: Session, two_sellers: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = two_sellers
    in_query = client.get("/api/v1/audit?subject_id=%00", headers=auth(owner))
    assert (in_query.status_code, in_query.json()["field"]) == (422, "query")
    in_body = client.post(
        "/api/v1/products", headers=auth(owner), content=b'{"sku": "A-1", "title": "x\\u0000y"}'
    )
    assert (in_body.status_code, in_body.json()["field"]) == (422, "body")
    upload = {
        "file": (
            "c.csv",
            b"SKU,\xe4\xba\xa7\xe5\x93\x81\xe5\x90\x8d\xe7\xa7\xb0\nA\x00,x\n",
            "text/csv",
        )
    }
    in_file = client.post("/api/v1/catalog/import", headers=auth(owner), files=upload)
    assert (in_file.status_code, in_file.json()["field"]) == (422, "file")
    assert _count(session, Product) == 0
