"""Inventory and orders over HTTP: scoped to the caller's seller, viewers cannot write, bad input
answers 422 listing each problem and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.core.actor import Role
from globalsell.inventory.domain import LocationKind
from globalsell.inventory.models import Location, Reservation, StockMove
from globalsell.orders.models import Order
from tests.factories import (
    Member,
    auth,
    make_location,
    make_member,
    make_product,
    make_seller,
    receive_stock,
)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "all_orders_report.txt"


@pytest.fixture
def sellers(session: Session) -> tuple[Member, Member, Member]:
    seller = make_seller(session, slug="ningvale")
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    stranger = make_member(session, make_seller(session, slug="other"))
    for sku in ("CUP-1", "CUP-2"):
        make_product(session, owner.actor, sku=sku)
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, owner.actor, "CUP-1", "CN-NGB", 50)
    return owner, viewer, stranger


def _counts(session: Session) -> tuple[int, int, int, int]:
    return tuple(  # type: ignore[return-value]
        session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Location, StockMove, Reservation, Order)
    )


def test_owner_moves_stock_and_reads_the_pool(
    client: TestClient, sellers: tuple[Member, Member, Member]
) -> None:
    owner, viewer, _ = sellers
    moved = client.post(
        "/api/v1/inventory/transfers",
        headers=auth(owner),
        json={"sku": "CUP-1", "from_location": "CN-NGB", "to_location": "FBA-DE", "quantity": 20},
    )
    assert moved.status_code == 201
    assert [(m["location"], m["bucket"], m["quantity"]) for m in moved.json()] == [
        ("CN-NGB", "on_hand", -20),
        ("FBA-DE", "inbound", 20),
    ]
    arrived = client.post(
        "/api/v1/inventory/moves",
        headers=auth(owner),
        json={
            "moves": [
                {"sku": "CUP-1", "location": "FBA-DE", "quantity": 20, "reason": "transfer_in"}
            ]
        },
    )
    assert arrived.status_code == 201
    held = client.post(
        "/api/v1/inventory/reservations",
        headers=auth(owner),
        json={"sku": "CUP-1", "location": "FBA-DE", "quantity": 15, "reference": "302-1"},
    )
    assert held.status_code == 201
    too_many = client.post(
        "/api/v1/inventory/reservations",
        headers=auth(owner),
        json={"sku": "CUP-1", "location": "FBA-DE", "quantity": 6, "reference": "302-2"},
    )
    assert (too_many.status_code, too_many.json()["error"]) == (409, "conflict")

    [pool] = client.get("/api/v1/inventory/pool", headers=auth(viewer)).json()

    assert {k: v for k, v in pool.items() if k != "positions"} == {
        "sku": "CUP-1",
        "on_hand": 50,
        "reserved": 15,
        "inbound": 0,
        "available": 35,
        "at_hub": 30,
        "in_transit": 0,
    }
    assert [(p["location"], p["available"]) for p in pool["positions"]] == [
        ("CN-NGB", 30),
        ("FBA-DE", 5),
    ]
    promises = client.get(
        "/api/v1/inventory/promises", headers=auth(viewer), params={"store": ["DE", "JP"]}
    ).json()
    assert promises == [
        {"sku": "CUP-1", "store": "DE", "promise": "next_day"},
        {"sku": "CUP-1", "store": "JP", "promise": "ships_from_hub"},
    ]
    fulfilled = client.post(
        f"/api/v1/inventory/reservations/{held.json()['id']}/fulfil", headers=auth(owner)
    )
    assert fulfilled.json()["status"] == "fulfilled"


def test_bad_moves_answer_422_and_write_nothing(
    client: TestClient, session: Session, sellers: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = sellers
    before = _counts(session)
    response = client.post(
        "/api/v1/inventory/moves",
        headers=auth(owner),
        json={
            "moves": [
                {"sku": "CUP-1", "location": "CN-NGB", "quantity": -51, "reason": "damaged"},
                {"sku": "GHOST", "location": "CN-NGB", "quantity": 1, "reason": "received"},
            ]
        },
    )
    assert response.status_code == 422
    assert [(e["row"], e["field"]) for e in response.json()["errors"]] == [(2, "sku")]
    below = client.post(
        "/api/v1/inventory/moves",
        headers=auth(owner),
        json={
            "moves": [{"sku": "CUP-1", "location": "CN-NGB", "quantity": -51, "reason": "damaged"}]
        },
    )
    assert below.json()["errors"][0]["message"] == (
        "CUP-1 at CN-NGB: would take on hand below zero (50 on hand)"
    )
    assert _counts(session) == before


def test_viewer_and_stranger_cannot_write_or_see(
    client: TestClient, session: Session, sellers: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = sellers
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 5)
    before = _counts(session)
    writes = [
        ("/api/v1/locations", {"code": "FBA-FR", "name": "FR", "kind": "fc", "country": "FR"}),
        (
            "/api/v1/inventory/moves",
            {
                "moves": [
                    {"sku": "CUP-1", "location": "FBA-DE", "quantity": 1, "reason": "received"}
                ]
            },
        ),
        (
            "/api/v1/inventory/reservations",
            {"sku": "CUP-1", "location": "FBA-DE", "quantity": 1, "reference": "x"},
        ),
        (
            "/api/v1/inventory/transfers",
            {"sku": "CUP-1", "from_location": "CN-NGB", "to_location": "FBA-DE", "quantity": 1},
        ),
    ]
    for url, body in writes:
        assert client.post(url, headers=auth(viewer), json=body).status_code == 403, url
    upload = {"file": ("orders.txt", FIXTURE.read_bytes(), "text/tab-separated-values")}
    assert client.post("/api/v1/orders/import", headers=auth(viewer), files=upload).status_code == (
        403
    )
    assert _counts(session) == before
    assert client.get("/api/v1/locations", headers=auth(stranger)).json() == []
    assert client.get("/api/v1/inventory/pool", headers=auth(stranger)).json() == []
    assert client.get("/api/v1/inventory/reservations", headers=auth(stranger)).json() == []
    stolen = client.post(
        "/api/v1/inventory/reservations",
        headers=auth(stranger),
        json={"sku": "CUP-1", "location": "FBA-DE", "quantity": 1, "reference": "x"},
    )
    assert stolen.status_code == 404
    assert _counts(session) == before


def test_order_report_upload_is_idempotent_and_feeds_daily_sales(
    client: TestClient, session: Session, sellers: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = sellers
    upload = {"file": ("All Orders.txt", FIXTURE.read_bytes(), "text/tab-separated-values")}
    first = client.post("/api/v1/orders/import", headers=auth(owner), files=upload).json()
    again = client.post("/api/v1/orders/import", headers=auth(owner), files=upload).json()

    assert (first["orders_created"], again["orders_created"], again["orders_unchanged"]) == (
        4,
        0,
        4,
    )
    sales = client.get(
        "/api/v1/sales/daily",
        headers=auth(viewer),
        params={"start": "2026-11-18", "end": "2026-11-20"},
    ).json()
    assert sales == [
        {"sku": "CUP-1", "marketplace": "DE", "day": "2026-11-18", "units": 2},
        {"sku": "CUP-1", "marketplace": "DE", "day": "2026-11-19", "units": 1},
        {"sku": "CUP-1", "marketplace": "US", "day": "2026-11-19", "units": 1},
        {"sku": "CUP-2", "marketplace": "DE", "day": "2026-11-18", "units": 1},
    ]
    assert client.get("/api/v1/orders/028-1234567-1234567", headers=auth(stranger)).status_code == (
        404
    )
    shown = client.get("/api/v1/orders/028-1234567-1234567", headers=auth(viewer)).json()
    assert [(line["sku"], line["quantity"]) for line in shown["lines"]] == [
        ("CUP-1", 2),
        ("CUP-2", 1),
    ]
    assert (
        client.get(
            "/api/v1/sales/daily",
            headers=auth(stranger),
            params={"start": "2026-11-18", "end": "2026-11-20"},
        ).json()
        == []
    )
