"""The approvals inbox as a list: the kind filter and the money sort come from the URL, every
link keeps them, and the export has the same rows."""

from __future__ import annotations

import io

from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
from globalsell.pricing import changes as price_changes
from tests import factories
from tests.factories import AT
from tests.web.test_pages import open_page, sign_in


def test_the_inbox_filters_by_kind_and_exports_what_it_shows(
    client: TestClient, session: Session, runtime: Runtime
) -> None:
    seller = factories.make_seller(session)
    owner = factories.make_member(session, seller, Role.OWNER)
    mug = factories.make_priced_product(session, owner.actor, sku="MUG-1")
    cost = factories.propose_cost_change(session, runtime.registry, owner.actor, mug, "21.00")
    session.expire_all()  # the product's attributes were added after it was loaded
    price = price_changes.propose_price(
        session, registry=runtime.registry, sku="MUG-1", store="UK", actor=owner.actor, now=AT
    )
    sign_in(client, owner)

    everything = open_page(client, "/approvals")
    costs = open_page(client, "/approvals?kind=catalog.product.update&sort=money")
    csv = client.get("/approvals.csv?kind=catalog.product.update")
    xlsx = client.get("/approvals.xlsx")

    assert [r[1] for r in everything.table("inbox")[1:]] == [price.title, cost.title]
    assert [r[1] for r in costs.table("inbox")[1:]] == [cost.title]
    pager_and_tabs = [
        a.attrs["href"] for a in costs.root.find_all("a") if "status=" in a.attrs.get("href", "")
    ]
    assert "/approvals?status=applied&kind=catalog.product.update&sort=money" in pager_and_tabs
    assert [a.attrs["href"] for a in costs.by_id("exports").find_all("a")] == [
        "/approvals.csv?kind=catalog.product.update&sort=money",
        "/approvals.xlsx?kind=catalog.product.update&sort=money",
    ]
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines == [
        "number,status,kind,title,subject,product,money_at_stake,currency,proposed_by,proposed_at",
        f"{cost.id},Waiting for you,Product edit,{cost.title},MUG-1,不锈钢保温杯 500ml,,,"
        "Test User,2026-11-25T09:00:00+00:00",
    ]
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == [
        "number",
        str(price.id),
        str(cost.id),
    ]


def test_the_inbox_export_needs_a_login(client: TestClient) -> None:
    response = client.get("/approvals.csv", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/approvals.csv"
