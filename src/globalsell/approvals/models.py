from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from globalsell.approvals.domain import ChangeStatus
from globalsell.db.base import Base


class ChangeRequest(Base):
    __tablename__ = "change_requests"
    __table_args__ = (
        Index("ix_change_requests_seller_status", "seller_id", "status"),
        Index("ix_change_requests_seller_dedupe", "seller_id", "dedupe_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(80))
    subject_type: Mapped[str] = mapped_column(String(60))
    subject_id: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]]
    before: Mapped[dict[str, Any]]
    expected_effect: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # what it says as message codes (`core.messages`), by slot: reason, impact_note, title
    messages: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    status: Mapped[ChangeStatus] = mapped_column(
        Enum(
            ChangeStatus,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    revision: Mapped[int] = mapped_column(default=1)
    dedupe_key: Mapped[str | None] = mapped_column(String(200))
    proposed_by: Mapped[str] = mapped_column(String(120))
    proposed_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(120))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
    approved_fingerprint: Mapped[str | None] = mapped_column(String(64))
    approval_expires_at: Mapped[datetime | None]
    applied_at: Mapped[datetime | None]
    result: Mapped[dict[str, Any] | None]
    error: Mapped[str | None] = mapped_column(Text)
