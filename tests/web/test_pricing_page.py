"""The pricing page of a product: one row per priced store, the cost-stack chart, and the
stores it cannot price with their reason."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.core.actor import Role
from globalsell.pricing import policies
from tests.factories import AT, make_member, make_priced_product, make_seller
from tests.web.html import Page
from tests.web.test_pages import csrf_of, open_page, sign_in


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
    assert "the US FBA fee for large standard is not public: set your own fulfilment fee" in html
    assert client.get("/products/NB-WEB").text.count('href="/products/NB-WEB/pricing"') == 1


def test_pricing_page_needs_a_login(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    make_priced_product(session, owner.actor, sku="NB-WEB")
    response = client.get("/products/NB-WEB/pricing", follow_redirects=False)
    assert response.status_code == 303


def test_a_price_typed_on_the_page_becomes_a_change_request(
    client: TestClient, session: Session
) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    make_priced_product(session, owner.actor, sku="NB-WEB")
    sign_in(client, owner)
    token = csrf_of(open_page(client, "/products/NB-WEB/pricing"))

    response = client.post(
        "/products/NB-WEB/price",
        data={"store": "UK", "price": "18.99", "reason": "match the market", "csrf_token": token},
        follow_redirects=False,
    )
    bad = client.post(
        "/products/NB-WEB/price",
        data={"store": "UK", "price": "abc", "csrf_token": token},
        follow_redirects=False,
    )
    forged = client.post(
        "/products/NB-WEB/price",
        data={"store": "UK", "price": "18.99", "csrf_token": "forged"},
        follow_redirects=False,
    )
    client.cookies.clear()
    sign_in(client, viewer)
    viewer_page = open_page(client, "/products/NB-WEB/pricing")
    denied = client.post(
        "/products/NB-WEB/price",
        data={"store": "UK", "price": "18.99", "csrf_token": csrf_of(viewer_page)},
        follow_redirects=False,
    )

    assert response.status_code == 303
    changes = approvals.list_changes(session, actor=owner.actor, status=ChangeStatus.PROPOSED)
    assert [(c.kind, c.payload["store"], c.payload["amount"], c.reason) for c in changes] == [
        ("pricing.price.set", "UK", "18.99", "match the market")
    ]
    assert response.headers["location"] == f"/approvals/{changes[0].id}"
    assert (bad.status_code, forged.status_code, denied.status_code) == (422, 403, 403)
    assert "price: &#39;abc&#39; is not a number" in bad.text
    assert viewer_page.has_id("price-form") is False
    assert len(approvals.list_changes(session, actor=owner.actor, status=None)) == 1
    # the price is built on a landed cost with no freight or duty figure: the card says so
    client.cookies.clear()
    sign_in(client, owner)
    card = open_page(client, response.headers["location"])
    assert card.text("margin-incomplete") == "incomplete"
    assert card.text("margin-unknown") == (
        "Freight and duty are unknown: the margin is too high by them."
    )


def test_a_store_with_no_freight_or_duty_figure_shows_them_unknown_and_the_margin_incomplete(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    make_priced_product(session, owner.actor, sku="NB-WEB")
    policies.set_policy(
        session,
        store="DE",
        changes={"fulfilment_fee": "3.20", "freight_per_unit": "1.20", "duty_rate": "0.02"},
        actor=owner.actor,
        now=AT,
    )
    sign_in(client, owner)

    page = Page(client.get("/products/NB-WEB/pricing").text)

    rows = {row[0]: row for row in page.table("pricing")[1:]}
    assert rows["UK"][3] == "unknown"  # duty
    assert rows["UK"][1].endswith("freight unknown")
    assert rows["UK"][6].endswith("incomplete")
    assert "unknown" not in " ".join(rows["DE"])
    assert "incomplete" not in rows["DE"][6]
    assert page.text("incomplete-note").startswith("Where freight or duty is unknown")
