"""The audit trail: one entry per state change, with a dotted action name
(`approvals.change_request.approved`), the actor, the subject and the data that changed."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from globalsell.core.actor import Actor
from globalsell.core.clock import ensure_aware
from globalsell.db.base import Base

ACTION_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2,}$")


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_seller_subject", "seller_id", "subject_type", "subject_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int | None] = mapped_column(
        ForeignKey("sellers.id", ondelete="CASCADE"), index=True
    )
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(120), index=True)
    subject_type: Mapped[str] = mapped_column(String(60))
    subject_id: Mapped[str] = mapped_column(String(120))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime]


def record(
    session: Session,
    *,
    actor: Actor | None,
    action: str,
    subject_type: str,
    subject_id: str | int,
    data: dict[str, Any] | None = None,
    now: datetime,
    seller_id: int | None = None,
    actor_name: str | None = None,
) -> AuditEntry:
    """Write one audit entry; the action must be dotted `domain.subject.verb`."""
    if not ACTION_PATTERN.match(action):
        raise ValueError(f"audit action {action!r} must look like 'domain.subject.verb'")
    entry = AuditEntry(
        seller_id=seller_id if seller_id is not None else (actor.seller_id if actor else None),
        actor=actor_name or (actor.name if actor else "system"),
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        data=data or {},
        at=ensure_aware(now),
    )
    session.add(entry)
    session.flush()
    return entry


def entries_for(
    session: Session,
    *,
    seller_id: int,
    subject_type: str | None = None,
    subject_id: str | int | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """Newest first, scoped to one seller."""
    query = select(AuditEntry).where(AuditEntry.seller_id == seller_id)
    if subject_type is not None:
        query = query.where(AuditEntry.subject_type == subject_type)
    if subject_id is not None:
        query = query.where(AuditEntry.subject_id == str(subject_id))
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    return list(session.scalars(query))
