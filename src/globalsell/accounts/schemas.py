"""API shapes of accounts."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from globalsell.core.actor import Role


class MeRead(BaseModel):
    actor: str
    user_id: int | None
    seller_id: int
    role: Role


class TokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    name: str
    prefix: str
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    user_id: int | None = Field(default=None, gt=0, lt=2**31)
    expires_at: AwareDatetime | None = None


class TokenIssued(BaseModel):
    token: TokenRead
    plaintext: str = Field(description="Shown once; store it now.")


class AuditRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    actor: str
    action: str
    subject_type: str
    subject_id: str
    data: dict[str, object]
    at: datetime
