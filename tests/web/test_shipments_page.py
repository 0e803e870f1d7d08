"""The shipments pages: login required, scoped to the seller, lane and timeline with dates,
open exceptions, unknown references; the pool says what is in transit."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.core.actor import Role
from globalsell.inventory.domain import LocationKind
from globalsell.logistics import service as logistics
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.domain import EventInput
from tests.factories import (
    AT,
    Member,
    make_location,
    make_member,
    make_product,
    make_seller,
    make_shipment,
    receive_stock,
)
from tests.web.html import Page
from tests.web.test_pages import csrf_of, open_page, sign_in


@pytest.fixture
def owner(session: Session) -> Member:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="CUP-1")
    make_location(session, member.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, member.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, member.actor, "CUP-1", "CN-NGB", 300)
    make_shipment(
        session, member.actor, transport_doc="MAEU1", departs=AT - timedelta(days=10), days=30
    )
    logistics_tracking.ingest_events(
        session,
        actor=member.actor,
        events=[
            EventInput("E1", "MAERSK", "MAEU1", "DEPA", AT - timedelta(days=9), "CNNGB"),
            EventInput("E2", "MAERSK", "NOPE-1", "ARRI", AT - timedelta(days=1), "DEHAM"),
        ],
        channel="csv",
        now=AT,
    )
    make_shipment(session, member.actor, "SHP-2", departs=AT - timedelta(days=5), days=3)
    logistics.scan(session, actor=member.actor, now=AT)
    return member


def test_the_shipments_page_needs_a_login(client: TestClient) -> None:
    response = client.get("/shipments", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_list_lane_exceptions_and_unknown_references(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)
    page = open_page(client, "/shipments")
    rows = page.table("shipments")
    assert rows[0] == [
        "Shipment",
        "Status",
        "Route",
        "Units",
        "Planned arrival",
        "Expected arrival (likely range)",
        "Needed by",
        "Problems",
    ]
    assert [r[:4] for r in rows[1:]] == [
        ["SHP-2", "Booked", "CNNGB –Sea→ DEHAM", "100"],
        ["SHP-1", "Departed origin", "CNNGB –Sea→ DEHAM", "100"],
    ]
    assert rows[2][4] == "Dec 15, 2026"
    assert page.table("exceptions") == [
        ["Shipment", "Problem", "Details", "Since"],
        [
            "SHP-2",
            "Late departure",
            "not departed 5 days after the planned departure",
            "Nov 25, 2026",
        ],
    ]
    assert "NOPE-1" in page.by_id("unmatched").text()


def test_one_shipment_shows_lane_timeline_and_events(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)
    page = open_page(client, "/shipments/SHP-1")
    assert page.by_id("status").text() == "Departed origin"
    lane = page.by_id("lane").text()
    assert lane.startswith("CNNGB planned Nov 15, 2026, 09:00 · actual Nov 16, 2026, 09:00")
    assert "DEHAM planned Dec 15, 2026, 09:00 · actual — · expected" in lane
    # the booking was entered after the fact (at AT); the timeline is in time order
    assert page.by_id("timeline").text() == (
        "Nov 16, 2026, 09:00 · Departed origin at CNNGB Nov 25, 2026, 09:00 · Booked at CNNGB"
    )
    assert page.table("events")[1] == [
        "MAERSK",
        "Departed origin",
        "Nov 16, 2026, 09:00",
        "Shipment updated",
    ]


def test_a_strangers_shipment_is_not_found_and_the_pool_shows_in_transit(
    client: TestClient, session: Session, owner: Member
) -> None:
    stranger = make_member(session, make_seller(session))
    sign_in(client, stranger)
    response = client.get("/shipments/SHP-1")
    assert response.status_code == 404
    client.cookies.clear()
    sign_in(client, owner)
    assert open_page(client, "/inventory").by_id("in-transit").text() == (
        "In transit on 1 shipment(s): 100 units (100 to FBA-DE), counted in the inbound above. "
        "Shipments"
    )


# ------------------------------------------------------------------ booking on the page


def _booking(token: str, **changes: str) -> dict[str, str]:
    form = {
        "csrf_token": token,
        "code": "shp-web-1",
        "origin": "CN-NGB",
        "destination": "FBA-DE",
        "incoterm": "FOB",
        "mode": "ocean",
        "carrier": "MAERSK",
        "leg_from": "CNNGB",
        "leg_to": "DEHAM",
        "departs": "2026-12-01",
        "arrives": "2027-01-05",
        "need_by": "2027-01-15",
        "sku_1": "CUP-1",
        "qty_1": "120",
        "cartons_1": "12",
    }
    return {**form, **changes}


def test_a_shipment_is_booked_from_the_form(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    sign_in(client, owner)
    token = csrf_of(open_page(client, "/shipments/new"))

    response = client.post("/shipments/new", data=_booking(token), follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == "/shipments/SHP-WEB-1"
    session.expire_all()
    shipment = logistics.get_shipment(session, actor=owner.actor, code="SHP-WEB-1")
    assert [(ln.sku, ln.quantity, ln.cartons) for ln in shipment.lines] == [("CUP-1", 120, 12)]
    leg = shipment.legs[0]
    assert (leg.mode.value, leg.origin, leg.destination, leg.carrier) == (
        "ocean",
        "CNNGB",
        "DEHAM",
        "MAERSK",
    )
    # a date is the start of the seller's calendar day (this seller has no zone set: UTC)
    assert leg.planned_departure is not None
    assert leg.planned_departure.astimezone(UTC).isoformat() == "2026-12-01T00:00:00+00:00"
    assert open_page(client, "/shipments/SHP-WEB-1").flashes() == ["Shipment SHP-WEB-1 is booked."]


def test_a_wrong_booking_lists_every_problem_and_writes_nothing(
    client: TestClient, session: Session
) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    sign_in(client, owner)
    token = csrf_of(open_page(client, "/shipments/new"))

    typo = client.post(
        "/shipments/new",
        data=_booking(token, qty_1="12o", departs="next week"),
        follow_redirects=False,
    )
    unknown = client.post(
        "/shipments/new",
        data=_booking(token, sku_1="CUP-9", destination="CN-NGB", arrives="2026-11-30"),
        follow_redirects=False,
    )
    client.cookies.clear()
    sign_in(client, viewer)
    denied = client.post(
        "/shipments/new",
        data=_booking(csrf_of(open_page(client, "/shipments/new"))),
        follow_redirects=False,
    )

    assert typo.status_code == 422
    assert [li.text() for li in Page(typo.text).by_id("shipment-errors").find_all("li")] == [
        "Line 1, Units: a whole number (12o)",
        "Planned departure: a date such as 2026-12-24 (next week)",
    ]
    assert Page(typo.text).input_values("qty_1") == ["12o"]
    assert unknown.status_code == 422
    assert [li.text() for li in Page(unknown.text).by_id("shipment-errors").find_all("li")] == [
        "To: must differ from the origin (CN-NGB)",
        "Line 1, SKU: unknown SKU (CUP-9)",
        "Planned arrival: is before the planned departure",
    ]
    assert denied.status_code == 403
    session.expire_all()
    assert logistics.list_shipments(session, actor=owner.actor) == []


def test_the_shipment_list_filters_sorts_and_exports(client: TestClient, session: Session) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    make_location(session, owner.actor, "FBA-UK", LocationKind.FC, "GB", marketplace="UK")
    make_shipment(session, owner.actor, "SHP-A", lines=(("CUP-1", 300, 30),), days=30)
    make_shipment(session, owner.actor, "SHP-B", destination="FBA-UK", days=10)
    sign_in(client, owner)

    by_units = open_page(client, "/shipments?sort=-units")
    to_uk = open_page(client, "/shipments?destination=FBA-UK")
    by_sku = open_page(client, "/shipments?q=cup-1&sort=code")
    csv = client.get("/shipments.csv?destination=FBA-UK")

    assert [r[0] for r in by_units.table("shipments")[1:]] == ["SHP-A", "SHP-B"]
    assert [r[0] for r in to_uk.table("shipments")[1:]] == ["SHP-B"]
    assert [r[0] for r in by_sku.table("shipments")[1:]] == ["SHP-A", "SHP-B"]
    assert by_units.text("exports") == "Download this list: CSV · XLSX"
    assert csv.content.decode("utf-8-sig").splitlines() == [
        "code,status,origin,destination,lines,units,mode,planned_arrival,expected_arrival,"
        "earliest,latest,need_by,open_problems",
        "SHP-B,Booked,CN-NGB,FBA-UK,CUP-1x100,100,Sea,2026-12-07,2026-12-07,2026-12-07,2026-12-09,,0",
    ]
