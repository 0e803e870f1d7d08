"""The listings section of the product page (server-rendered)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import build_registry
from globalsell.listings import service
from tests.factories import AT, make_member, make_product, make_seller
from tests.integration.test_listings_service import bottle
from tests.web.test_pages import csrf_of, open_page, sign_in


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


def test_a_listing_proposal_is_edited_by_its_titles_then_approved(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    bottle(session, owner.actor, "NB-TWO")
    service.generate(
        session, actor=owner.actor, registry=build_registry(), now=AT, stores=["UK", "JP"]
    )
    change = session.scalars(
        select(ChangeRequest).where(ChangeRequest.kind == service.APPROVE_KIND)
    ).one()
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{change.id}")

    response = client.post(
        f"/approvals/{change.id}/edit",
        data={
            "store": ["JP", "UK"],
            "title": [change.payload["listings"]["JP"]["item_name"], "  NINGVALE Bottle  500 ml "],
            "fingerprint": page.input_values("fingerprint")[0],
            "csrf_token": csrf_of(page),
        },
        follow_redirects=False,
    )

    assert page.input_values("store") == ["JP", "UK"]
    assert page.input_values("title") == [
        change.payload["listings"]["JP"]["item_name"],
        change.payload["listings"]["UK"]["item_name"],
    ]
    assert not page.has_id("payload")
    assert response.status_code == 303
    session.expire_all()
    done = approvals.get_change(session, change_id=change.id, actor=owner.actor)
    assert done.status is ChangeStatus.APPLIED
    assert done.payload["listings"]["UK"]["item_name"] == "NINGVALE Bottle 500 ml"
    assert done.payload["listings"]["UK"]["brand"] == change.payload["listings"]["UK"]["brand"]
