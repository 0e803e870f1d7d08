"""API shapes of listings: what a listing looks like per store, and the request bodies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SKU = r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$"
STORE = r"^[A-Za-z_]{2,20}$"


class SubmissionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    operation: str
    outcome: str
    submission_id: str | None
    content_hash: str
    issues: list[dict[str, Any]]
    attempts: int
    created_at: datetime


class ListingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sku: str
    store: str = Field(validation_alias="marketplace")
    status: str
    product_type: str
    content: dict[str, Any]
    issues: list[dict[str, Any]]
    needs_translation: list[str]
    edited_fields: list[str]
    first_try_valid: bool
    submitted_at: datetime | None
    channel_ref: str | None
    updated_at: datetime
    submissions: list[SubmissionRead] = []


class GenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    skus: list[str] | None = Field(default=None, max_length=1000)
    stores: list[str] | None = Field(default=None, max_length=20)


class GenerateRead(BaseModel):
    skus: int
    listings: int
    validated: int
    needs_translation: int
    kept_edits: int
    proposals: list[int]


class FeedRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    merchant_id: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_\-]+$")


class SubmitRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    skus: list[str] | None = Field(default=None, max_length=1000)
    preview_only: bool = True


class SubmitRead(BaseModel):
    store: str
    previewed: list[str]
    invalid: dict[str, list[dict[str, Any]]]
    submitted: list[str]
    unchanged: list[str]
    live: list[str]
    rejected: list[str]
    stopped: str | None
