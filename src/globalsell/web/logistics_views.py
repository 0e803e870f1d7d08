"""The shipments pages: every shipment with its lane (origin -> port -> port -> FC with planned,
actual and predicted dates), the milestone timeline, and the open exceptions. Read-only, one
unit of work per page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from globalsell.bootstrap import Runtime
from globalsell.core import formatting
from globalsell.core.actor import Actor
from globalsell.db.session import unit_of_work
from globalsell.logistics import eta as logistics_eta
from globalsell.logistics import service as logistics
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.domain import Milestone
from globalsell.logistics.models import Shipment
from globalsell.web import auth, i18n, labels, lists
from globalsell.web.rendering import WebRoute, display_for, page_unit, render

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


SHIPMENT_SORTS = ("booked", "code", "units", "eta", "need_by")


def _units(shipment: Shipment) -> int:
    return sum(line.quantity for line in shipment.lines)


def _shipment_rows(
    shipments: list[Shipment],
    *,
    q: str,
    status: str,
    destination: str,
    problems_only: bool,
    open_by_code: dict[str, int],
    order: lists.Sort,
) -> list[Shipment]:
    """The shipments matching the filters (code, reference or SKU; status; destination; open
    problems) in the chosen order."""
    needle = q.casefold()
    shown = [
        s
        for s in shipments
        if (
            not needle
            or needle in s.code.casefold()
            or any(
                needle in (ref or "").casefold()
                for ref in (s.booking_ref, s.transport_doc, s.container, s.amazon_shipment_id)
            )
            or any(needle in line.sku.casefold() for line in s.lines)
        )
        and (not status or s.status.value == status)
        and (not destination or s.destination.code == destination)
        and (not problems_only or open_by_code.get(s.code, 0) > 0)
    ]
    keys: dict[str, Callable[[Shipment], Any]] = {
        "booked": lambda s: (s.created_at, s.id),
        "code": lambda s: s.code,
        "units": _units,
        "eta": lambda s: s.predicted_arrival,
        "need_by": lambda s: s.need_by,
    }
    return lists.sort_rows(shown, keys[order.key], order)


def _list_data(
    session: Session, actor: Actor, q: str, status: str, destination: str, problems: str, sort: str
) -> dict[str, Any]:
    shipments = logistics.list_shipments(session, actor=actor)
    exceptions = logistics_eta.list_exceptions(session, actor=actor)
    open_by_code: dict[str, int] = {}
    for row in exceptions:
        open_by_code[row.shipment.code] = open_by_code.get(row.shipment.code, 0) + 1
    order = lists.parse_sort(sort, SHIPMENT_SORTS, "-booked")
    statuses = [m.value for m in Milestone]
    chosen = {
        "q": q.strip()[:60],
        "status": status if status in statuses else "",
        "destination": destination
        if destination in {s.destination.code for s in shipments}
        else "",
        "problems": "1" if problems == "1" else "",
    }
    rows = _shipment_rows(
        shipments,
        q=chosen["q"],
        status=chosen["status"],
        destination=chosen["destination"],
        problems_only=chosen["problems"] == "1",
        open_by_code=open_by_code,
        order=order,
    )
    return {
        "all_count": len(shipments),
        "shipments": rows,
        "exceptions": exceptions,
        "open_by_code": open_by_code,
        "sort": order,
        "params": {**chosen, "sort": "" if order.param == "-booked" else order.param},
        "statuses": statuses,
        "destinations": sorted({s.destination.code for s in shipments}),
        **chosen,
    }


@router.get("/shipments")
def shipments_page(
    request: Request,
    q: str = "",
    status: str = "",
    destination: str = "",
    problems: str = "",
    sort: str = "",
) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        data = _list_data(session, viewer.actor, q, status, destination, problems, sort)
        unmatched = logistics_tracking.list_events(
            session, actor=viewer.actor, outcome="unmatched", limit=50
        )
        return render(
            request,
            "shipments.html",
            {
                **data,
                "lanes": {s.code: lane(s) for s in data["shipments"]},
                "unmatched": unmatched,
            },
        )


@router.get("/shipments.{fmt}")
def shipments_export(
    request: Request,
    fmt: str,
    q: str = "",
    status: str = "",
    destination: str = "",
    problems: str = "",
    sort: str = "",
) -> Response:
    """The shipments the list shows with these filters, as CSV or XLSX."""
    lists.export_format(fmt)
    runtime: Runtime = request.app.state.web_runtime
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        data = _list_data(session, viewer.actor, q, status, destination, problems, sort)
        display = display_for(request)
        with i18n.rendering(i18n.language(display)):
            rows = [_export_row(s, display, data["open_by_code"]) for s in data["shipments"]]
    return lists.export(
        fmt,
        name="shipments",
        headers=[
            "code",
            "status",
            "origin",
            "destination",
            "lines",
            "units",
            "mode",
            "planned_arrival",
            "expected_arrival",
            "earliest",
            "latest",
            "need_by",
            "open_problems",
        ],
        rows=rows,
    )


def _export_row(s: Shipment, display: formatting.Display, problems: dict[str, int]) -> list[Any]:
    return [
        s.code,
        labels.label(s.status.value, "milestone"),
        s.origin.code,
        s.destination.code,
        " ".join(f"{line.sku}x{line.quantity}" for line in s.lines),
        _units(s),
        " + ".join(labels.label(leg.mode.value, "mode") for leg in s.legs),
        _local_day(s.legs[-1].planned_arrival if s.legs else None, display),
        _local_day(s.predicted_arrival, display),
        _local_day(s.predicted_earliest, display),
        _local_day(s.predicted_latest, display),
        _local_day(s.need_by, display),
        problems.get(s.code, 0),
    ]


def _local_day(value: datetime | None, display: formatting.Display) -> date | None:
    return None if value is None else formatting.local(value, display).date()


@router.get("/shipments/{code}")
def shipment_page(request: Request, code: str) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
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
