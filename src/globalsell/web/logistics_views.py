"""The shipments pages: every shipment with its lane (origin -> port -> port -> FC with planned,
actual and predicted dates), the milestone timeline, and the open exceptions. Read-only, one
unit of work per page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from globalsell.bootstrap import Runtime
from globalsell.core.actor import Actor
from globalsell.db.session import unit_of_work
from globalsell.logistics import eta as logistics_eta
from globalsell.logistics import service as logistics
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.models import Shipment
from globalsell.web import auth
from globalsell.web.rendering import WebRoute, render

router = APIRouter(route_class=WebRoute)


def lane(shipment: Shipment) -> list[dict[str, Any]]:
    """The stops of a shipment in order, each with its planned / actual / predicted time and
    the leg that leaves it (mode, carrier)."""
    legs = shipment.legs
    if not legs:
        return []
    stops: list[dict[str, Any]] = [
        {
            "place": legs[0].origin,
            "kind": "departure",
            "planned": legs[0].planned_departure,
            "actual": legs[0].actual_departure,
            "predicted": None,
            "leaving": legs[0],
        }
    ]
    for i, leg in enumerate(legs):
        following = legs[i + 1] if i + 1 < len(legs) else None
        stops.append(
            {
                "place": leg.destination,
                "kind": "arrival",
                "planned": leg.planned_arrival,
                "actual": leg.actual_arrival,
                "predicted": leg.predicted_arrival,
                "band": (leg.predicted_earliest, leg.predicted_latest),
                "leaving": following,
            }
        )
    return stops


def in_transit_summary(session: Session, *, actor: Actor) -> dict[str, Any]:
    """Units on shipments that left and are not received yet, per destination (for the pool)."""
    shipments = logistics.list_shipments(session, actor=actor, in_flight_only=True)
    by_destination: dict[str, int] = {}
    for s in shipments:
        if s.departed_at is not None:
            units = sum(line.quantity for line in s.lines)
            by_destination[s.destination.code] = by_destination.get(s.destination.code, 0) + units
    return {
        "shipments": sum(1 for s in shipments if s.departed_at is not None),
        "units": sum(by_destination.values()),
        "by_destination": dict(sorted(by_destination.items())),
    }


@router.get("/shipments")
def shipments_page(request: Request) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with unit_of_work(runtime.session_factory) as session:
        viewer = auth.current_viewer(request, session)
        shipments = logistics.list_shipments(session, actor=viewer.actor)
        exceptions = logistics_eta.list_exceptions(session, actor=viewer.actor)
        unmatched = logistics_tracking.list_events(
            session, actor=viewer.actor, outcome="unmatched", limit=50
        )
        open_by_code: dict[str, int] = {}
        for row in exceptions:
            open_by_code[row.shipment.code] = open_by_code.get(row.shipment.code, 0) + 1
        return render(
            request,
            "shipments.html",
            {
                "shipments": shipments,
                "lanes": {s.code: lane(s) for s in shipments},
                "exceptions": exceptions,
                "open_by_code": open_by_code,
                "unmatched": unmatched,
            },
        )


@router.get("/shipments/{code}")
def shipment_page(request: Request, code: str) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with unit_of_work(runtime.session_factory) as session:
        viewer = auth.current_viewer(request, session)
        shipment = logistics.get_shipment(session, actor=viewer.actor, code=code)
        exceptions = [
            e
            for e in logistics_eta.list_exceptions(session, actor=viewer.actor, open_only=False)
            if e.shipment_id == shipment.id
        ]
        events = logistics_tracking.list_events(
            session, actor=viewer.actor, shipment_id=shipment.id, limit=1000
        )
        return render(
            request,
            "shipment.html",
            {
                "shipment": shipment,
                "lane": lane(shipment),
                "exceptions": exceptions,
                "events": events,
            },
        )
