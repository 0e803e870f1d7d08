"""The pool page: login required, scoped to the signed-in seller, the world view by location."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind
from tests.factories import (
    AT,
    make_location,
    make_member,
    make_product,
    make_seller,
    receive_stock,
)
from tests.web.test_pages import open_page, sign_in


def test_the_pool_page_needs_a_login(client: TestClient) -> None:
    response = client.get("/inventory", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_the_pool_page_shows_the_world_by_location(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    stranger = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, owner.actor, "CUP-1", "CN-NGB", 40)
    inventory.transfer(
        session,
        actor=owner.actor,
        sku="CUP-1",
        from_location="CN-NGB",
        to_location="FBA-DE",
        quantity=10,
        reference=None,
        now=AT,
    )
    sign_in(client, owner)

    page = open_page(client, "/inventory")

    assert page.table("pool") == [
        ["SKU↑", "CN-NGB", "FBA-DE", "Total", "Days of cover", "Delivery DE", "Demand"],
        ["CUP-1不锈钢保温杯 500ml", "30", "0 +10", "30 +10", "–", "Ships from China", "forecast"],
    ]
    client.cookies.clear()
    sign_in(client, stranger)
    assert open_page(client, "/inventory").has_id("pool") is False


def test_the_product_page_shows_the_delivery_promise(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    make_location(session, owner.actor, "FBA-UK", LocationKind.FC, "GB", marketplace="UK")
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 7)
    sign_in(client, owner)

    page = open_page(client, "/products/CUP-1")

    assert page.table("promises") == [
        ["SKU", "Available", "DE", "UK"],
        ["CUP-1", "7", "Next day", "Out of stock"],
    ]


def test_the_pool_filters_sorts_and_exports_with_zero_stock_highlighted(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="CUP-1", title="保温杯")
    make_product(session, owner.actor, sku="KT-1", title="电热水壶")
    make_product(session, owner.actor, sku="PAN-1", title="平底锅")
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 40)
    receive_stock(session, owner.actor, "KT-1", "FBA-DE", 5)
    receive_stock(session, owner.actor, "PAN-1", "FBA-DE", 2)
    inventory.transfer(
        session,
        actor=owner.actor,
        sku="PAN-1",
        from_location="FBA-DE",
        to_location="CN-NGB",
        quantity=2,
        reference=None,
        now=AT,
    )
    sign_in(client, owner)

    by_total = open_page(client, "/inventory?sort=-total")
    zero = open_page(client, "/inventory?zero=1")
    found = open_page(client, "/inventory?q=水壶")
    csv = client.get("/inventory.csv?sort=-total")

    assert [r[0] for r in by_total.table("pool")[1:]] == [
        "CUP-1保温杯",
        "KT-1电热水壶",
        "PAN-1平底锅",
    ]
    assert zero.table("pool") == [
        ["SKU↑", "CN-NGB", "FBA-DE", "Total", "Days of cover", "Delivery DE", "Demand"],
        ["PAN-1平底锅", "0 +2", "0", "0 +2", "0", "Out of stock", "forecast"],
    ]
    cells = zero.by_id("pool").find_all("td")
    assert [c.attrs.get("class") for c in cells[1:5]] == [
        "num",
        "num zero-stock",
        "num",
        "num zero-stock",
    ]
    assert [r[0] for r in found.table("pool")[1:]] == ["KT-1电热水壶"]
    assert csv.content.decode("utf-8-sig").splitlines() == [
        "sku,title,CN-NGB,FBA-DE,on_hand,reserved,inbound,days_of_cover",
        "CUP-1,保温杯,,40,40,0,0,",
        "KT-1,电热水壶,,5,5,0,0,",
        "PAN-1,平底锅,0,0,0,0,2,0",
    ]
