"""API shapes of change requests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from globalsell.approvals.domain import ChangeStatus


class ChangeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    subject_type: str
    subject_id: str
    title: str
    reason: str
    status: ChangeStatus
    revision: int
    payload: dict[str, Any]
    expected_effect: dict[str, Any]
    messages: dict[str, Any] | None = Field(
        default=None,
        description="The title and reason as message codes with parameters, for clients that "
        "word them in another language (ADR 0116).",
    )
    proposed_by: str
    proposed_at: datetime
    expires_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str | None
    approval_expires_at: datetime | None
    applied_at: datetime | None
    result: dict[str, Any] | None
    error: str | None


class DiffLineRead(BaseModel):
    path: str
    op: str
    before: Any
    after: Any


class ChangeDetail(BaseModel):
    change: ChangeRead
    fingerprint: str = Field(description="sha256 of what is shown; send it back to approve")
    current: dict[str, Any]
    diff: list[DiffLineRead]
    stale: bool


class ChangePropose(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str = Field(min_length=3, max_length=80)
    subject_type: str | None = Field(
        default=None,
        min_length=1,
        max_length=60,
        description="Optional: refused unless it is what the payload changes.",
    )
    subject_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=120,
        description="Optional: refused unless it is what the payload changes.",
    )
    title: str | None = Field(
        default=None,
        min_length=1,
        max_length=300,
        description="Optional: the inbox title is the owning domain's description of the "
        "payload; yours is kept at the head of the reason.",
    )
    reason: str = Field(default="", max_length=5000)
    payload: dict[str, Any]
    expected_effect: dict[str, Any] = Field(default_factory=dict)
    expires_at: AwareDatetime | None = None


class ApproveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    apply: bool = True
    note: str | None = Field(default=None, max_length=2000)


class RejectBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000)


class EditBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    payload: dict[str, Any]
    note: str | None = Field(default=None, max_length=2000)
