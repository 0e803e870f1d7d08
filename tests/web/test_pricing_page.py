"""The pricing page of a product: one row per priced store, the cost-stack chart, and the
stores it cannot price with their reason."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.pricing import policies
from tests.factories import AT, make_member, make_priced_product, make_seller
from tests.web.test_pages import open_page, sign_in


def test_pricing_page_shows_stores_costs_and_the_chart(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    make_priced_product(session, owner.actor, sku="NB-WEB")
    policies.set_policy(
        session, store="DE", changes={"fulfilment_fee": "3.20"}, actor=owner.actor, now=AT
    )
    sign_in(client, owner)
    open_page(client, "/products/NB-WEB/pricing")
    html = client.get("/products/NB-WEB/pricing").text
    assert 'id="store-UK"' in html
    assert "£15.99" in html
    assert 'id="store-DE"' in html
    assert "€19.99" in html
    assert '<svg id="cost-stack"' in html
    assert html.count("<title>UK ") == 5
    assert "US FBA fee for tier large_standard is not public" in html
    assert client.get("/products/NB-WEB").text.count('href="/products/NB-WEB/pricing"') == 1


def test_pricing_page_needs_a_login(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    make_priced_product(session, owner.actor, sku="NB-WEB")
    response = client.get("/products/NB-WEB/pricing", follow_redirects=False)
    assert response.status_code == 303
