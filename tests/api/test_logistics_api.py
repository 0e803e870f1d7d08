"""Shipments over HTTP: scoped to the caller's seller, viewers cannot write, the CSV upload
reports encoding errors, and the webhook checks its signature, its replay window and event ids."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
from globalsell.inventory.domain import LocationKind
from globalsell.inventory.models import StockMove
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.models import Shipment, TrackingEvent
from tests.factories import (
    Member,
    auth,
    make_location,
    make_member,
    make_product,
    make_seller,
    make_shipment,
    receive_stock,
)

BOOKING = {
    "code": "SHP-DE-1",
    "origin": "CN-NGB",
    "destination": "FBA-DE",
    "incoterm": "FOB",
    "lines": [{"sku": "CUP-1", "quantity": 40, "cartons": 4}],
    "legs": [
        {
            "mode": "ocean",
            "origin": "CNNGB",
            "destination": "DEHAM",
            "carrier": "MAERSK",
            "planned_departure": "2026-11-27T00:00:00Z",
            "planned_arrival": "2026-12-28T00:00:00Z",
        }
    ],
    "transport_doc": "MAEU900",
}


@pytest.fixture
def members(session: Session) -> tuple[Member, Member, Member]:
    seller = make_seller(session, slug="ningvale")
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    stranger = make_member(session, make_seller(session, slug="other"))
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, owner.actor, "CUP-1", "CN-NGB", 200)
    return owner, viewer, stranger


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_book_read_and_advance_a_shipment(
    client: TestClient, members: tuple[Member, Member, Member]
) -> None:
    owner, viewer, stranger = members
    booked = client.post("/api/v1/shipments", headers=auth(owner), json=BOOKING)
    assert booked.status_code == 201, booked.text
    assert booked.json()["status"] == "booked"
    assert booked.json()["eta_source"] == "carrier plan"
    assert booked.json()["predicted_arrival"] == "2026-12-28T00:00:00Z"
    moved = client.post(
        "/api/v1/shipments/SHP-DE-1/milestones",
        headers=auth(owner),
        json={"milestone": "departed_origin", "at": "2026-11-25T08:00:00Z", "location": "CNNGB"},
    )
    assert moved.status_code == 200, moved.text
    assert [m["milestone"] for m in moved.json()["milestones"]] == ["booked", "departed_origin"]
    refused = client.post(
        "/api/v1/shipments/SHP-DE-1/milestones",
        headers=auth(owner),
        json={"milestone": "received_at_fc", "at": "2026-11-25T09:00:00Z"},
    )
    assert refused.status_code == 409
    assert refused.json()["error"] == "invalid_transition"
    assert client.get("/api/v1/shipments/SHP-DE-1", headers=auth(viewer)).status_code == 200
    assert client.get("/api/v1/shipments/SHP-DE-1", headers=auth(stranger)).status_code == 404
    assert client.get("/api/v1/shipments", headers=auth(stranger)).json() == []


def test_viewer_cannot_book_record_receive_or_import(
    client: TestClient, session: Session, members: tuple[Member, Member, Member]
) -> None:
    owner, viewer, _ = members
    make_shipment(session, owner.actor, transport_doc="MAEU900")
    before = (_count(session, Shipment), _count(session, TrackingEvent), _count(session, StockMove))
    calls = [
        ("/api/v1/shipments", {**BOOKING, "code": "SHP-X"}),
        (
            "/api/v1/shipments/SHP-1/milestones",
            {"milestone": "picked_up", "at": "2026-11-25T08:00:00Z"},
        ),
        (
            "/api/v1/shipments/SHP-1/receipt",
            {"received": {"CUP-1": 1}, "at": "2026-11-25T08:00:00Z"},
        ),
        (
            "/api/v1/shipments/events",
            {
                "events": [
                    {
                        "event_id": "V1",
                        "carrier": "MAERSK",
                        "reference": "MAEU900",
                        "status": "DEPA",
                        "occurred_at": "2026-11-25T08:00:00Z",
                    }
                ]
            },
        ),
        ("/api/v1/shipments/webhook-secret", None),
    ]
    for path, body in calls:
        response = client.post(path, headers=auth(viewer), json=body)
        assert response.status_code == 403, (path, response.text)
    response = client.post(
        "/api/v1/shipments/events/import",
        headers=auth(viewer),
        files={"file": ("e.csv", b"event_id,carrier,reference,status,occurred_at\n", "text/csv")},
    )
    assert response.status_code == 403
    after = (_count(session, Shipment), _count(session, TrackingEvent), _count(session, StockMove))
    assert after == before


def test_csv_upload_reports_the_wrong_encoding_and_then_imports(
    client: TestClient, session: Session, members: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = members
    make_shipment(session, owner.actor, transport_doc="MAEU900")
    text = (
        "event_id,carrier,reference,status,occurred_at,location\n"
        "C1,MAERSK,MAEU900,DEPA,2026-11-24T10:00:00+08:00,CNNGB\n"
        "C2,MAERSK,MAEU900,ARRI,2026-11-25T01:00:00Z,DEHAM\n"
        "C3,MAERSK,MAEU999,ARRI,2026-11-25T02:00:00Z,Hambürg\n"
    )
    wrong = client.post(
        "/api/v1/shipments/events/import",
        headers=auth(owner),
        files={"file": ("events.csv", text.encode("cp1252"), "text/csv")},
    )
    assert wrong.status_code == 422
    assert wrong.json()["message"].startswith(
        "events.csv is not UTF-8: byte 0xfc on line 4 cannot be decoded"
    )
    assert _count(session, TrackingEvent) == 0
    right = client.post(
        "/api/v1/shipments/events/import",
        headers=auth(owner),
        files={"file": ("events.csv", text.encode(), "text/csv")},
    )
    assert right.status_code == 200, right.text
    assert right.json()["outcomes"] == {"applied": 2, "unmatched": 1}
    unmatched = client.get("/api/v1/shipments/events?outcome=unmatched", headers=auth(owner))
    assert [e["reference"] for e in unmatched.json()] == ["MAEU999"]


def test_naive_timestamps_are_refused_with_the_row(
    client: TestClient, session: Session, members: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = members
    response = client.post(
        "/api/v1/shipments/events/import",
        headers=auth(owner),
        files={
            "file": (
                "e.csv",
                b"event_id,carrier,reference,status,occurred_at\n"
                b"N1,MAERSK,MAEU900,DEPA,2026-11-24 10:00\n",
                "text/csv",
            )
        },
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "field": "occurred_at",
            "message": "has no timezone; add an offset (+08:00) or Z",
            "row": 2,
            "value": "2026-11-24 10:00",
        }
    ]


def _signed(secret: str, body: bytes, at: float) -> dict[str, str]:
    stamp = str(int(at))
    return {
        "X-Globalsell-Timestamp": stamp,
        "X-Globalsell-Signature": logistics_tracking.sign(secret, timestamp=stamp, body=body),
        "Content-Type": "application/json",
    }


def test_webhook_signature_window_and_duplicates(
    client: TestClient, session: Session, runtime: Runtime, members: tuple[Member, Member, Member]
) -> None:
    owner, _, _ = members
    make_shipment(session, owner.actor, transport_doc="MAEU900")
    secret = client.post("/api/v1/shipments/webhook-secret", headers=auth(owner)).json()
    assert secret["url"] == "http://testserver/api/v1/webhooks/tracking/ningvale"
    body = json.dumps(
        {
            "events": [
                {
                    "event_id": "W1",
                    "carrier": "MAERSK",
                    "reference": "MAEU900",
                    "status": "DEPA",
                    "occurred_at": "2026-11-25T06:00:00Z",
                    "location": "CNNGB",
                }
            ]
        }
    ).encode()
    now = runtime.clock.now().timestamp()
    url = "/api/v1/webhooks/tracking/ningvale"
    first = client.post(url, content=body, headers=_signed(secret["secret"], body, now))
    assert first.status_code == 200, first.text
    assert first.json()["outcomes"] == {"applied": 1}
    moves = _count(session, StockMove)
    again = client.post(url, content=body, headers=_signed(secret["secret"], body, now + 1))
    assert again.json()["outcomes"] == {"duplicate": 1}
    assert _count(session, StockMove) == moves
    for headers, why in (
        (_signed(secret["secret"], body, now - 600), "timestamp outside the 5-minute window"),
        (_signed("whsec_wrong", body, now), "signature does not match"),
        (_signed(secret["secret"], body + b" ", now), "signature does not match"),
        ({"Content-Type": "application/json"}, "send X-Globalsell-Timestamp"),
    ):
        refused = client.post(url, content=body, headers=headers)
        assert refused.status_code == 401
        assert refused.json()["message"].startswith(why)
    # another seller's path with this seller's secret is refused too
    other = client.post(
        "/api/v1/webhooks/tracking/other",
        content=body,
        headers=_signed(secret["secret"], body, now),
    )
    assert other.status_code == 401
    assert _count(session, TrackingEvent) == 1


def test_receipt_and_exceptions_over_http(
    client: TestClient, session: Session, members: tuple[Member, Member, Member]
) -> None:
    owner, viewer, _ = members
    make_shipment(session, owner.actor, transport_doc="MAEU900")
    client.post(
        "/api/v1/shipments/SHP-1/milestones",
        headers=auth(owner),
        json={"milestone": "departed_origin", "at": "2026-11-25T01:00:00Z"},
    )
    over = client.post(
        "/api/v1/shipments/SHP-1/receipt",
        headers=auth(owner),
        json={"received": {"CUP-1": 101}, "at": "2026-11-25T09:00:00Z"},
    )
    assert over.status_code == 422
    assert over.json()["errors"][0]["message"].startswith("more than the 100 shipped")
    done = client.post(
        "/api/v1/shipments/SHP-1/receipt",
        headers=auth(owner),
        json={"received": {"CUP-1": 97}, "at": "2026-11-25T09:00:00Z"},
    )
    assert done.status_code == 200, done.text
    listed = client.get("/api/v1/shipments/exceptions", headers=auth(viewer)).json()
    assert [(e["shipment"], e["kind"], e["evidence"]["missing_units"]) for e in listed] == [
        ("SHP-1", "short_receipt", 3)
    ]


def test_book_a_plan_line_and_a_viewer_cannot(
    client: TestClient, session: Session, members: tuple[Member, Member, Member]
) -> None:
    owner, viewer, _ = members
    body = {
        "code": "SHP-PLAN-1",
        "plan_reference": "forecast-run-7",
        "sku": "CUP-1",
        "to_country": "DE",
        "mode": "ocean",
        "units": 50,
        "units_per_carton": 12,
        "carrier": "maersk",
        "departs": "2026-11-30T00:00:00Z",
    }
    denied = client.post("/api/v1/shipments/from-plan", headers=auth(viewer), json=body)
    assert denied.status_code == 403
    assert _count(session, Shipment) == 0
    booked = client.post("/api/v1/shipments/from-plan", headers=auth(owner), json=body)
    assert booked.status_code == 201, booked.text
    data = booked.json()
    assert (data["origin"], data["destination"], data["plan_reference"]) == (
        "CN-NGB",
        "FBA-DE",
        "forecast-run-7",
    )
    assert [
        (leg["mode"], leg["origin"], leg["destination"], leg["carrier"]) for leg in data["legs"]
    ] == [
        ("ocean", "CNNGB", "DEHAM", "MAERSK"),
        ("truck", "DEHAM", "FBA-DE", "LOCAL HAULIER"),
    ]
    # no lane history: the ocean leg is planned with the mode prior's median (32 days)
    assert data["legs"][0]["planned_arrival"] == "2027-01-01T00:00:00Z"
    assert data["lines"] == [{"sku": "CUP-1", "quantity": 50, "cartons": 5, "received": None}]
    nowhere = client.post(
        "/api/v1/shipments/from-plan",
        headers=auth(owner),
        json={**body, "code": "SHP-PLAN-2", "to_country": "BR"},
    )
    assert nowhere.status_code == 422
    assert nowhere.json()["message"] == "no fulfilment centre in BR"
