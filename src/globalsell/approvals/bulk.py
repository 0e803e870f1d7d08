"""Decisions over many change requests at once: approve and apply every proposal of one kind as
it is shown now, expire every proposal and approval past its time, and read what an applied
change held back. Each change goes through the single-change use cases in `service`."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.approvals.service import (
    DEFAULT_APPROVAL_TTL,
    approve_and_apply,
    expire_if_due,
    inspect,
)
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware


def approve_all(
    session: Session,
    *,
    registry: ApplierRegistry,
    kind: str,
    actor: Actor,
    now: datetime,
    ttl: timedelta = DEFAULT_APPROVAL_TTL,
) -> list[ChangeRequest]:
    """Approve and apply every proposed change of one kind, each exactly as it is shown now
    (its current fingerprint), oldest first. Returns the changes with their outcome; what an
    applier held back is in each change's `result["held"]`."""
    registry.get(kind)  # an unknown kind is refused before anything changes
    ids = list(
        session.scalars(
            select(ChangeRequest.id)
            .where(
                ChangeRequest.seller_id == actor.seller_id,
                ChangeRequest.kind == kind,
                ChangeRequest.status == ChangeStatus.PROPOSED,
            )
            .order_by(ChangeRequest.id)
        )
    )
    done: list[ChangeRequest] = []
    for change_id in ids:
        view = inspect(session, registry=registry, change_id=change_id, actor=actor)
        done.append(
            approve_and_apply(
                session,
                registry=registry,
                change_id=change_id,
                seen_fingerprint=view.fingerprint,
                actor=actor,
                now=now,
                ttl=ttl,
            )
        )
    return done


def held_back(change: ChangeRequest) -> dict[str, Any]:
    """What an applied change did not carry out (an applier's `held` result), e.g. listings that
    stay drafts because of blocking issues."""
    held = (change.result or {}).get("held")
    return dict(held) if isinstance(held, dict) else {}


def expire_due(session: Session, *, seller_id: int | None, now: datetime, by: str) -> int:
    """Mark every proposal and approval past its expiry as expired; returns how many."""
    at = ensure_aware(now)
    query = select(ChangeRequest).where(
        ((ChangeRequest.status == ChangeStatus.PROPOSED) & (ChangeRequest.expires_at <= at))
        | (
            (ChangeRequest.status == ChangeStatus.APPROVED)
            & (ChangeRequest.approval_expires_at <= at)
        )
    )
    if seller_id is not None:
        query = query.where(ChangeRequest.seller_id == seller_id)
    count = 0
    for change in session.scalars(query.order_by(ChangeRequest.id).with_for_update()):
        system = Actor(name=by, seller_id=change.seller_id, role=Role.OPERATOR)
        count += int(expire_if_due(session, change, actor=system, now=now))
    return count
