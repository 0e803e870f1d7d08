"""The API's description is not public: the OpenAPI document needs a token or a signed-in
dashboard user, and the docs page sends a browser that is not signed in to the login page."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.factories import auth, make_member, make_seller
from tests.web.test_pages import sign_in


def test_the_openapi_document_needs_credentials(client: TestClient) -> None:
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 401
    assert response.json()["message"] == ("send an API token as 'Authorization: Bearer <token>'")


def test_a_wrong_token_does_not_open_the_openapi_document(client: TestClient) -> None:
    response = client.get("/api/v1/openapi.json", headers={"Authorization": "Bearer nope"})

    assert response.status_code == 401


def test_a_token_opens_the_openapi_document(client: TestClient, session: Session) -> None:
    member = make_member(session, make_seller(session))

    response = client.get("/api/v1/openapi.json", headers=auth(member))

    assert response.status_code == 200
    assert response.json()["info"]["title"] == "globalsell"
    assert "/api/v1/me" in response.json()["paths"]


def test_the_docs_page_sends_a_stranger_to_the_login_page(client: TestClient) -> None:
    response = client.get("/api/v1/docs", follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/api/v1/docs"


def test_a_signed_in_user_reads_the_docs_and_the_document(
    client: TestClient, session: Session
) -> None:
    sign_in(client, make_member(session, make_seller(session)))

    page = client.get("/api/v1/docs")
    document = client.get("/api/v1/openapi.json")

    assert page.status_code == 200
    assert 'data-openapi-url="/api/v1/openapi.json"' in page.text
    assert document.status_code == 200


def test_the_docs_page_loads_nothing_from_another_site(
    client: TestClient, session: Session
) -> None:
    sign_in(client, make_member(session, make_seller(session)))

    page = client.get("/api/v1/docs")
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assets = [client.get(source) for source in sources]

    assert sources == [
        "/api/v1/docs/assets/swagger-ui.css",
        "/api/v1/docs/assets/swagger-ui-bundle.js",
        "/static/swagger-init.js",
    ]
    assert [a.status_code for a in assets] == [200, 200, 200]
    assert "<script>" not in page.text
    assert page.headers["content-security-policy"].startswith(
        "default-src 'none'; script-src 'self';"
    )
