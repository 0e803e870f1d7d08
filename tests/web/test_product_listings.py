"""The listings section of the product page (server-rendered)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.bootstrap import build_registry
from globalsell.listings import service
from tests.factories import AT, make_member, make_product, make_seller
from tests.integration.test_listings_service import bottle
from tests.web.test_pages import sign_in


def test_a_product_without_listings_says_how_to_generate_them(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="NB-NONE")
    sign_in(client, owner)
    html = client.get("/products/NB-NONE").text
    assert 'id="listings-empty"' in html
    assert "globalsell listings generate --sku NB-NONE" in html


def test_stores_not_generated_yet_are_shown_as_such(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    bottle(session, owner.actor, "NB-TWO")
    service.generate(
        session, actor=owner.actor, registry=build_registry(), now=AT, stores=["UK", "JP"]
    )
    sign_in(client, owner)
    html = client.get("/products/NB-TWO").text
    assert html.count('data-status="validated"') == 2
    assert html.count('data-status="missing"') == 11
    assert "Not generated" in html
    assert '<tr data-store="JP" data-sku="NB-TWO" data-status="validated">' in html
