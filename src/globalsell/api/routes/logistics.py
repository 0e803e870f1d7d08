"""Shipments, tracking events (JSON, CSV upload, signed webhook), ETAs and exceptions."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, File, Path, Query, Request, UploadFile, status
from pydantic import ValidationError

from globalsell.api.deps import ActorDep, NowDep, RawBodyDep, RuntimeDep, SessionDep
from globalsell.api.uploads import read_upload
from globalsell.config import sealing_key
from globalsell.core.actor import Role
from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.logistics import eta, events_csv, milestones, service, tracking
from globalsell.logistics.domain import EventInput, LegInput, LineInput
from globalsell.logistics.models import Shipment, ShipmentException
from globalsell.logistics.schemas import (
    CODE_PATTERN,
    EventCreate,
    EventRead,
    EventReportRead,
    EventsCreate,
    ExceptionRead,
    LegRead,
    LineRead,
    MilestoneCreate,
    MilestoneRead,
    PlanLineBooking,
    ReceiptCreate,
    ShipmentCreate,
    ShipmentRead,
    WebhookSecretRead,
)

router = APIRouter(tags=["logistics"])
CodePath = Annotated[str, Path(pattern=CODE_PATTERN)]
SIGNATURE_HEADER = "X-Globalsell-Signature"
TIMESTAMP_HEADER = "X-Globalsell-Timestamp"


def shipment_read(shipment: Shipment) -> ShipmentRead:
    return ShipmentRead(
        code=shipment.code,
        origin=shipment.origin.code,
        destination=shipment.destination.code,
        incoterm=shipment.incoterm,
        status=shipment.status,
        booking_ref=shipment.booking_ref,
        transport_doc=shipment.transport_doc,
        container=shipment.container,
        amazon_shipment_id=shipment.amazon_shipment_id,
        plan_reference=shipment.plan_reference,
        need_by=shipment.need_by,
        departed_at=shipment.departed_at,
        received_at=shipment.received_at,
        predicted_earliest=shipment.predicted_earliest,
        predicted_arrival=shipment.predicted_arrival,
        predicted_latest=shipment.predicted_latest,
        eta_source=shipment.eta_source,
        lines=[LineRead.model_validate(line) for line in shipment.lines],
        legs=[LegRead.model_validate(leg) for leg in shipment.legs],
        milestones=[MilestoneRead.model_validate(m) for m in shipment.milestones],
    )


def exception_read(row: ShipmentException) -> ExceptionRead:
    return ExceptionRead(
        id=row.id,
        shipment=row.shipment.code,
        kind=row.kind,
        status=row.status,
        message=row.message,
        evidence=row.evidence,
        opened_at=row.opened_at,
        updated_at=row.updated_at,
        resolved_at=row.resolved_at,
    )


def _report(report: tracking.EventReport) -> EventReportRead:
    return EventReportRead(
        received=report.received,
        outcomes=dict(sorted(report.outcomes.items())),
        notes=[{"event_id": e, "outcome": o, "detail": d} for e, o, d in report.notes],
    )


def _events(items: list[EventCreate]) -> list[EventInput]:
    return [
        EventInput(e.event_id, e.carrier, e.reference, e.status, e.occurred_at, e.location)
        for e in items
    ]


@router.get("/shipments", response_model=list[ShipmentRead])
def list_shipments(
    session: SessionDep, actor: ActorDep, in_flight: bool = False
) -> list[ShipmentRead]:
    """Your shipments, newest first, with legs, milestones and predicted arrival."""
    return [
        shipment_read(s)
        for s in service.list_shipments(session, actor=actor, in_flight_only=in_flight)
    ]


@router.post("/shipments", response_model=ShipmentRead, status_code=status.HTTP_201_CREATED)
def create_shipment(
    body: ShipmentCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> ShipmentRead:
    """Book a shipment (operator): lines, legs, references; 422 lists every problem."""
    shipment = service.create_shipment(
        session,
        actor=actor,
        code=body.code,
        origin=body.origin,
        destination=body.destination,
        incoterm=body.incoterm,
        lines=[LineInput(**line.model_dump()) for line in body.lines],
        legs=[LegInput(**leg.model_dump()) for leg in body.legs],
        booking_ref=body.booking_ref,
        transport_doc=body.transport_doc,
        container=body.container,
        amazon_shipment_id=body.amazon_shipment_id,
        plan_reference=body.plan_reference,
        need_by=body.need_by,
        now=now,
    )
    return shipment_read(shipment)


@router.post(
    "/shipments/from-plan", response_model=ShipmentRead, status_code=status.HTTP_201_CREATED
)
def book_from_plan(
    body: PlanLineBooking, session: SessionDep, actor: ActorDep, now: NowDep
) -> ShipmentRead:
    """Book one line of an accepted plan: hub -> default gateways -> the FC in that country."""
    shipment = service.book_from_plan_line(session, actor=actor, now=now, **body.model_dump())
    return shipment_read(shipment)


@router.get("/shipments/exceptions", response_model=list[ExceptionRead])
def list_exceptions(
    session: SessionDep, actor: ActorDep, include_resolved: bool = False
) -> list[ExceptionRead]:
    """Shipment exceptions with their evidence, open ones only unless asked."""
    return [
        exception_read(row)
        for row in eta.list_exceptions(session, actor=actor, open_only=not include_resolved)
    ]


@router.get("/shipments/events", response_model=list[EventRead])
def list_events(
    session: SessionDep,
    actor: ActorDep,
    outcome: Annotated[str | None, Query(pattern=r"^[a-z_]{1,20}$")] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> list[EventRead]:
    """Tracking events received, newest first; `outcome=unmatched` lists unknown references."""
    return [
        EventRead.model_validate(e)
        for e in tracking.list_events(session, actor=actor, outcome=outcome, limit=limit)
    ]


@router.post("/shipments/events", response_model=EventReportRead)
def post_events(
    body: EventsCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> EventReportRead:
    """Carrier events as JSON; idempotent on event id; a malformed batch writes nothing."""
    report = tracking.ingest_events(
        session, actor=actor, events=_events(body.events), channel="api", now=now
    )
    return _report(report)


@router.post("/shipments/events/import", response_model=EventReportRead)
def import_events(
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    runtime: RuntimeDep,
    file: Annotated[UploadFile, File(description="Tracking events CSV (UTF-8)")],
) -> EventReportRead:
    """A forwarder's CSV (event_id, carrier, reference, status, occurred_at, location)."""
    actor.require(Role.OPERATOR, "importing tracking events")
    data, filename = read_upload(
        file, limit=runtime.settings.max_upload_bytes, default_name="events.csv"
    )
    events = events_csv.read_events(data, filename=filename)
    return _report(
        tracking.ingest_events(session, actor=actor, events=events, channel="csv", now=now)
    )


@router.post("/shipments/webhook-secret", response_model=WebhookSecretRead)
def rotate_webhook_secret(
    session: SessionDep, actor: ActorDep, now: NowDep, request: Request, runtime: RuntimeDep
) -> WebhookSecretRead:
    """A new signing secret for your tracking webhook (owner; shown once)."""
    secret = tracking.rotate_webhook_secret(
        session, actor=actor, sealing_key=sealing_key(runtime.settings), now=now
    )
    slug = eta.seller_slug(session, seller_id=actor.seller_id)
    return WebhookSecretRead(
        secret=secret,
        url=str(request.url_for("tracking_webhook", seller=slug)),
        signing=(
            f"{SIGNATURE_HEADER}: sha256=hex(HMAC-SHA256(secret, timestamp + '.' + body)); "
            f"{TIMESTAMP_HEADER}: Unix seconds, within 5 minutes"
        ),
    )


@router.get("/shipments/{code}", response_model=ShipmentRead)
def get_shipment(code: CodePath, session: SessionDep, actor: ActorDep) -> ShipmentRead:
    """One shipment: lines, legs with planned/actual/predicted times, the milestone timeline."""
    return shipment_read(service.get_shipment(session, actor=actor, code=code))


@router.post("/shipments/{code}/milestones", response_model=ShipmentRead)
def record_milestone(
    code: CodePath, body: MilestoneCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> ShipmentRead:
    """Record the next milestone by hand; 409 when the state machine does not allow it."""
    shipment = milestones.record_milestone(
        session,
        actor=actor,
        code=code,
        milestone=body.milestone,
        at=body.at,
        location=body.location,
        now=now,
    )
    return shipment_read(shipment)


@router.post("/shipments/{code}/receipt", response_model=ShipmentRead)
def receive(
    code: CodePath, body: ReceiptCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> ShipmentRead:
    """The FC's count per SKU: inbound becomes on hand; a shortfall opens an exception."""
    shipment = milestones.receive_shipment(
        session, actor=actor, code=code, received=body.received, at=body.at, now=now
    )
    return shipment_read(shipment)


@router.post(
    "/webhooks/tracking/{seller}",
    response_model=EventReportRead,
    name="tracking_webhook",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": EventsCreate.model_json_schema()}},
        }
    },
)
def tracking_webhook(
    seller: Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9\-]{0,59}$")],
    request: Request,
    body: RawBodyDep,
    session: SessionDep,
    now: NowDep,
    runtime: RuntimeDep,
) -> EventReportRead:
    """Carrier/forwarder push: no bearer token; the body must be signed with the seller's
    secret (`X-Globalsell-Signature`, `X-Globalsell-Timestamp`), a delivery outside the 5-minute
    window is refused (401), and a repeated event id is counted as a duplicate, never applied
    twice."""
    actor = tracking.webhook_actor(
        session,
        seller_slug=seller,
        body=body,
        timestamp=request.headers.get(TIMESTAMP_HEADER),
        signature=request.headers.get(SIGNATURE_HEADER),
        sealing_key=sealing_key(runtime.settings),
        now=now,
    )
    try:
        parsed = EventsCreate.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        errors = (
            [
                FieldError(".".join(str(p) for p in e["loc"]) or "body", e["msg"])
                for e in exc.errors()[:50]
            ]
            if isinstance(exc, ValidationError)
            else []
        )
        raise ValidationFailed("the body is not a valid events document", errors=errors) from None
    report = tracking.ingest_events(
        session, actor=actor, events=_events(parsed.events), channel="webhook", now=now
    )
    return _report(report)
