"""Hostile input gets a 4xx, never a 500: webhook signatures with non-ASCII bytes, timestamps
that are not finite numbers, and JSON numbers no float can hold."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.api.app import create_app
from globalsell.bootstrap import Runtime
from globalsell.logistics import tracking
from globalsell.logistics.models import TrackingEvent
from tests.factories import PASSWORD, auth, make_member, make_product, make_seller

BODY = b'{"events": []}'
URL = "/api/v1/webhooks/tracking/hostile"


@pytest.fixture
def secret(client: TestClient, session: Session) -> str:
    owner = make_member(session, make_seller(session, slug="hostile"))
    answer = client.post("/api/v1/shipments/webhook-secret", headers=auth(owner))
    value: str = answer.json()["secret"]
    return value


def test_a_non_ascii_signature_byte_is_401_not_500(
    client: TestClient, runtime: Runtime, secret: str
) -> None:
    stamp = str(int(runtime.clock.now().timestamp()))
    response = client.post(
        URL,
        content=BODY,
        headers={
            "Content-Type": "application/json",
            "X-Globalsell-Timestamp": stamp,
            "X-Globalsell-Signature": "sha256=\xe9".encode("latin-1"),  # type: ignore[dict-item]
        },
    )
    assert (response.status_code, response.json()["message"]) == (401, "signature does not match")


@pytest.mark.parametrize("stamp", ["nan", "NaN", "inf", "-inf", "1e400"])
def test_a_timestamp_that_is_not_a_finite_number_is_refused(
    client: TestClient, session: Session, secret: str, stamp: str
) -> None:
    signed = tracking.sign(secret, timestamp=stamp, body=BODY)
    response = client.post(
        URL,
        content=BODY,
        headers={
            "Content-Type": "application/json",
            "X-Globalsell-Timestamp": stamp,
            "X-Globalsell-Signature": signed,
        },
    )
    assert (response.status_code, response.json()["message"]) == (
        401,
        "X-Globalsell-Timestamp is Unix seconds",
    )
    assert session.scalar(select(func.count()).select_from(TrackingEvent)) == 0


@pytest.mark.parametrize(
    ("raw", "shown"),
    [(b"1e400", "1e400"), (b"-1e400", "-1e400"), (b"NaN", "NaN"), (b"Infinity", "Infinity")],
)
def test_a_json_number_out_of_float_range_is_422_anywhere_in_a_body(
    client: TestClient, session: Session, raw: bytes, shown: str
) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="NB-1")
    for url, body in (
        (
            "/api/v1/change-requests",
            b'{"kind": "catalog.product.update", "payload": {"sku": "NB-1", "changes": '
            b'{"unit_cost": ' + raw + b"}}}",
        ),
        ("/api/v1/pricing/quote", b'{"sku": "NB-1", "store": "amazon.de", "x": [' + raw + b"]}"),
    ):
        response = client.post(
            url, content=body, headers={**auth(owner), "Content-Type": "application/json"}
        )
        assert response.status_code == 422, url
        assert response.json()["message"] == (
            f"the number {shown} is out of range (numbers must be finite)"
        )


def test_api_answers_forbid_sniffing_and_caching(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    answers = [
        client.get("/api/v1/products", headers=auth(owner)),
        client.get("/api/v1/products"),  # refused: headers too
        client.get("/api/v1/marketplaces", headers=auth(owner)),
    ]
    assert [a.status_code for a in answers] == [200, 401, 200]
    assert {(a.headers["x-content-type-options"], a.headers["cache-control"]) for a in answers} == {
        ("nosniff", "no-store")
    }


def test_the_dashboard_keeps_its_content_security_policy(client: TestClient) -> None:
    page = client.get("/login")
    assert page.headers["content-security-policy"].startswith("default-src 'none';")
    assert page.headers["x-content-type-options"] == "nosniff"


def test_session_cookies_are_secure_in_production(session: Session, runtime: Runtime) -> None:
    production = runtime.settings.model_copy(update={"env": "production", "secret_key": "s" * 48})
    app = create_app(
        Runtime(
            settings=production,
            engine=runtime.engine,
            session_factory=runtime.session_factory,
            registry=runtime.registry,
            clock=runtime.clock,
        )
    )
    owner = make_member(session, make_seller(session))
    with TestClient(app, base_url="https://testserver") as browser:
        page = browser.get("/login")
        token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        answer = browser.post(
            "/login",
            data={"email": owner.user.email, "password": PASSWORD, "csrf_token": token},
            follow_redirects=False,
        )
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"]
    assert "; secure" in cookie.lower()
    assert "httponly" in cookie.lower()
