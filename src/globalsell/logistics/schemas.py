"""API shapes of logistics (kept apart from the ORM models)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from globalsell.logistics.domain import ExceptionKind, Incoterm, Milestone, Mode

SKU_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$"
CODE_PATTERN = r"^[A-Z0-9][A-Z0-9_\-]{1,39}$"
PLACE_PATTERN = r"^[A-Z0-9][A-Z0-9_\-]{1,29}$"
TEXT = r"^[^\x00-\x1f\x7f]*$"
DECIMAL = r"^\d{1,12}(\.\d{1,6})?$"


class LineCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Field(pattern=SKU_PATTERN)
    quantity: int = Field(ge=1, le=10_000_000)
    cartons: int = Field(ge=1, le=10_000_000)
    unit_value: str | None = Field(default=None, pattern=DECIMAL)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    net_weight_kg: str | None = Field(default=None, pattern=DECIMAL)
    gross_weight_kg: str | None = Field(default=None, pattern=DECIMAL)
    origin_country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")


class LegCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mode: Mode
    origin: str = Field(pattern=PLACE_PATTERN, description="UN/LOCODE (CNNGB) or location code")
    destination: str = Field(pattern=PLACE_PATTERN)
    carrier: str = Field(min_length=1, max_length=60, pattern=TEXT)
    planned_departure: AwareDatetime | None = None
    planned_arrival: AwareDatetime | None = None


class ShipmentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=CODE_PATTERN)
    origin: str = Field(pattern=PLACE_PATTERN, description="The location the goods leave")
    destination: str = Field(pattern=PLACE_PATTERN, description="The location receiving them")
    incoterm: Incoterm
    lines: list[LineCreate] = Field(min_length=1, max_length=500)
    legs: list[LegCreate] = Field(min_length=1, max_length=8)
    booking_ref: str | None = Field(default=None, max_length=60, pattern=TEXT)
    transport_doc: str | None = Field(
        default=None, max_length=60, pattern=TEXT, description="Bill of lading or air waybill"
    )
    container: str | None = Field(default=None, max_length=20, pattern=TEXT)
    amazon_shipment_id: str | None = Field(default=None, max_length=20, pattern=TEXT)
    plan_reference: str | None = Field(default=None, max_length=120, pattern=TEXT)
    need_by: AwareDatetime | None = None


class MilestoneCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    milestone: Milestone
    at: AwareDatetime
    location: str | None = Field(default=None, pattern=PLACE_PATTERN)


class ReceiptCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    received: dict[str, int] = Field(description="Units counted per SKU", max_length=500)
    at: AwareDatetime


class EventCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event_id: str = Field(min_length=1, max_length=120, pattern=TEXT)
    carrier: str = Field(min_length=1, max_length=60, pattern=TEXT)
    reference: str = Field(min_length=1, max_length=60, pattern=TEXT)
    status: str = Field(min_length=1, max_length=40, pattern=TEXT)
    occurred_at: datetime = Field(description="ISO 8601 with an offset; naive times are refused")
    location: str | None = Field(default=None, max_length=30, pattern=TEXT)


class EventsCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    events: list[EventCreate] = Field(min_length=1, max_length=10_000)


class EventReportRead(BaseModel):
    received: int
    outcomes: dict[str, int]
    notes: list[dict[str, str]]


class EventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    event_id: str
    channel: str
    carrier: str
    reference: str
    status_code: str
    milestone: Milestone | None
    occurred_at: datetime
    location: str | None
    outcome: str
    detail: str | None
    received_at: datetime


class LineRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sku: str
    quantity: int
    cartons: int
    received: int | None


class LegRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sequence: int
    mode: Mode
    origin: str
    destination: str
    carrier: str
    planned_departure: datetime | None
    planned_arrival: datetime | None
    actual_departure: datetime | None
    actual_arrival: datetime | None
    predicted_earliest: datetime | None
    predicted_arrival: datetime | None
    predicted_latest: datetime | None


class MilestoneRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    milestone: Milestone
    occurred_at: datetime
    location: str | None
    source: str


class ShipmentRead(BaseModel):
    code: str
    origin: str
    destination: str
    incoterm: Incoterm
    status: Milestone
    booking_ref: str | None
    transport_doc: str | None
    container: str | None
    amazon_shipment_id: str | None
    plan_reference: str | None
    need_by: datetime | None
    departed_at: datetime | None
    received_at: datetime | None
    predicted_earliest: datetime | None
    predicted_arrival: datetime | None
    predicted_latest: datetime | None
    eta_source: str | None
    lines: list[LineRead]
    legs: list[LegRead]
    milestones: list[MilestoneRead]


class ExceptionRead(BaseModel):
    id: int
    shipment: str
    kind: ExceptionKind
    status: str
    message: str
    evidence: dict[str, Any]
    opened_at: datetime
    updated_at: datetime
    resolved_at: datetime | None


class WebhookSecretRead(BaseModel):
    secret: str
    url: str
    signing: str


class PlanLineBooking(BaseModel):
    """One line of an accepted plan (`planning.plan.accept` payload) to book as a shipment."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=CODE_PATTERN)
    plan_reference: str = Field(min_length=1, max_length=120, pattern=TEXT)
    sku: str = Field(pattern=SKU_PATTERN)
    to_country: str = Field(pattern=r"^[A-Z]{2}$")
    mode: Mode
    units: int = Field(ge=1, le=10_000_000)
    units_per_carton: int = Field(ge=1, le=10_000)
    carrier: str = Field(min_length=1, max_length=60, pattern=TEXT)
    departs: AwareDatetime
    need_by: AwareDatetime | None = None
