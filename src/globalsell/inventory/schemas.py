"""API shapes of the inventory (kept apart from the ORM models)."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from globalsell.inventory.domain import (
    DeliveryPromise,
    LocationKind,
    MoveReason,
    ReservationStatus,
)

SKU_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$"
CODE_PATTERN = r"^[A-Z0-9][A-Z0-9_\-]{1,29}$"


class LocationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=CODE_PATTERN, description="Short code, e.g. CN-NGB or FBA-DE")
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")
    kind: LocationKind
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166 alpha-2 (GB, not UK)")
    marketplace: str | None = Field(default=None, max_length=20, description="Store served")
    same_day: bool = False


class LocationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    kind: LocationKind
    country: str
    marketplace: str | None
    same_day: bool


class MoveCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Field(pattern=SKU_PATTERN)
    location: str = Field(pattern=CODE_PATTERN)
    quantity: int = Field(ge=-10_000_000, le=10_000_000)
    reason: MoveReason
    reference: str | None = Field(default=None, max_length=120, pattern=r"^[^\x00-\x1f\x7f]*$")
    note: str | None = Field(default=None, max_length=500, pattern=r"^[^\x00-\x1f\x7f]*$")
    at: AwareDatetime | None = None


class MovesCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    moves: list[MoveCreate] = Field(min_length=1, max_length=10_000)


class MoveRead(BaseModel):
    id: int
    sku: str
    location: str
    bucket: str
    quantity: int
    reason: MoveReason
    reference: str | None
    note: str | None
    actor: str
    at: datetime


class TransferCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Field(pattern=SKU_PATTERN)
    from_location: str = Field(pattern=CODE_PATTERN)
    to_location: str = Field(pattern=CODE_PATTERN)
    quantity: int = Field(gt=0, le=10_000_000)
    reference: str | None = Field(default=None, max_length=120, pattern=r"^[^\x00-\x1f\x7f]*$")


class PositionRead(BaseModel):
    sku: str
    location: str
    kind: LocationKind
    country: str
    on_hand: int
    reserved: int
    inbound: int
    available: int


class PoolRead(BaseModel):
    sku: str
    on_hand: int
    reserved: int
    inbound: int
    available: int
    at_hub: int
    in_transit: int
    positions: list[PositionRead]


class ReservationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Field(pattern=SKU_PATTERN)
    location: str = Field(pattern=CODE_PATTERN)
    quantity: int = Field(gt=0, le=1_000_000)
    reference: str = Field(min_length=1, max_length=120, pattern=r"^[^\x00-\x1f\x7f]*$")


class ReservationRead(BaseModel):
    id: int
    sku: str
    location: str
    quantity: int
    reference: str
    status: ReservationStatus
    created_at: datetime
    closed_at: datetime | None


class PromiseRead(BaseModel):
    sku: str
    store: str
    promise: DeliveryPromise
