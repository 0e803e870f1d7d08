"""Approval use cases. Approval is enforced where the change is applied: the applier runs only
for an approved, unexpired, unused approval whose fingerprint matches the stored payload, and the
domain's guard rails are checked again at that moment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals import domain
from globalsell.approvals.domain import ChangeStatus, DiffLine
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import Applier, ApplierRegistry
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    ApprovalMismatch,
    DomainError,
    InvalidTransition,
    NotFound,
    SecondPersonRequired,
    StaleChange,
    ValidationFailed,
)
from globalsell.core.messages import Message, stored

DEFAULT_APPROVAL_TTL = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class ChangeView:
    """A change request as a seller inspects it: the fingerprint of what is shown and the diff
    between the current state and the proposal."""

    change: ChangeRequest
    fingerprint: str
    current: dict[str, Any]
    diff: list[DiffLine]
    stale: bool  # the data changed since the proposal was made


def fingerprint_of(change: ChangeRequest) -> str:
    return domain.fingerprint(
        kind=change.kind,
        subject_type=change.subject_type,
        subject_id=change.subject_id,
        payload=change.payload,
    )


def _audit(
    session: Session,
    change: ChangeRequest,
    *,
    actor: Actor,
    verb: str,
    now: datetime,
    data: dict[str, Any],
) -> None:
    audit.record(
        session,
        actor=actor,
        action=f"approvals.change_request.{verb}",
        subject_type="change_request",
        subject_id=change.id,
        data={"kind": change.kind, "subject": f"{change.subject_type}:{change.subject_id}", **data},
        now=now,
    )


def _move(change: ChangeRequest, target: ChangeStatus) -> None:
    domain.check_transition(change.status, target)
    change.status = target


def _described_subject(
    applier: Applier, payload: dict[str, Any], subject_type: str | None, subject_id: str | None
) -> tuple[str, str, str, Message | None]:
    """(subject type, subject id, title, the title as a message) of a payload as its domain
    describes it; a subject the proposer named is refused when it is not the one the payload
    changes."""
    described = applier.describe(payload)
    if subject_type is not None or subject_id is not None:
        why = domain.subject_mismatch(
            given_type=str(subject_type),
            given_id=str(subject_id),
            described_type=described.subject_type,
            described_id=described.subject_id,
        )
        if why is not None:
            raise ValidationFailed(why, field="subject_id")
    chosen_id = described.subject_id if described.subject_id is not None else subject_id
    if chosen_id is None:
        raise ValidationFailed(
            f"a {described.subject_type} change needs a subject_id", field="subject_id"
        )
    return described.subject_type, str(chosen_id), described.title, described.message


def propose(
    session: Session,
    *,
    registry: ApplierRegistry,
    kind: str,
    subject_type: str | None,
    subject_id: str | None,
    title: str | None,
    payload: dict[str, Any],
    reason: str,
    actor: Actor,
    now: datetime,
    expected_effect: dict[str, Any] | None = None,
    expires_at: datetime | None = None,
    dedupe_key: str | None = None,
    messages: Mapping[str, Message | None] | None = None,
) -> ChangeRequest:
    """Record a proposal; nothing changes until it is approved and applied. The subject is the
    one the payload changes (a different one is refused); without a title the owning domain's
    description of the payload is the title (domain code that builds the payload may word it)."""
    actor.require(Role.OPERATOR, "proposing changes")
    applier = registry.get(kind)
    clean = domain.check_payload(payload)
    if title is not None and not title.strip():
        raise ValidationFailed("title must not be empty", field="title")
    applier.validate(session, seller_id=actor.seller_id, payload=clean)
    subject_type, subject_id, described_title, title_message = _described_subject(
        applier, clean, subject_type, subject_id
    )
    change = ChangeRequest(
        seller_id=actor.seller_id,
        kind=kind,
        subject_type=subject_type,
        subject_id=subject_id,
        title=(title or described_title).strip()[:300],
        reason=reason.strip(),
        payload=clean,
        before=applier.snapshot(session, seller_id=actor.seller_id, payload=clean),
        expected_effect=expected_effect or {},
        messages=stored({"title": title_message, **(messages or {})}) or None,
        status=ChangeStatus.PROPOSED,
        revision=1,
        dedupe_key=dedupe_key,
        proposed_by=actor.name,
        proposed_at=ensure_aware(now),
        expires_at=ensure_aware(expires_at) if expires_at else None,
    )
    session.add(change)
    session.flush()
    _audit(
        session,
        change,
        actor=actor,
        verb="proposed",
        now=now,
        data={"fingerprint": fingerprint_of(change), "reason": change.reason},
    )
    return change


def propose_as_person(
    session: Session,
    *,
    registry: ApplierRegistry,
    kind: str,
    payload: dict[str, Any],
    reason: str,
    actor: Actor,
    now: datetime,
    subject_type: str | None = None,
    subject_id: str | None = None,
    title: str | None = None,
    expected_effect: dict[str, Any] | None = None,
    expires_at: datetime | None = None,
) -> ChangeRequest:
    """A change typed by a person (API, CLI, web): subject and title come from the owning
    domain's description of the payload, so the inbox never shows one product while the payload
    changes another; the person's own title is kept at the head of the reason."""
    described = registry.get(kind).describe
    clean = domain.check_payload(payload)
    registry.get(kind).validate(session, seller_id=actor.seller_id, payload=clean)
    derived = described(clean).title
    words = (title or "").strip()
    if words and words != derived:
        reason = f"{words}\n{reason}".strip() if reason.strip() else words
    return propose(
        session,
        registry=registry,
        kind=kind,
        subject_type=subject_type,
        subject_id=subject_id,
        title=None,
        payload=clean,
        reason=reason,
        actor=actor,
        now=now,
        expected_effect=expected_effect,
        expires_at=expires_at,
    )


def get_change(
    session: Session, *, change_id: int, actor: Actor, lock: bool = False
) -> ChangeRequest:
    """One change request of the actor's seller (another seller's is 'not found')."""
    query = select(ChangeRequest).where(
        ChangeRequest.id == change_id, ChangeRequest.seller_id == actor.seller_id
    )
    if lock:
        query = query.with_for_update()
    change = session.scalar(query)
    if change is None:
        raise NotFound(f"change request {change_id} not found", field="change_id")
    return change


def list_changes(
    session: Session,
    *,
    actor: Actor,
    status: ChangeStatus | None = None,
    kind: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[ChangeRequest]:
    """Newest first; open ones when no status is given."""
    query = select(ChangeRequest).where(ChangeRequest.seller_id == actor.seller_id)
    if kind is not None:
        query = query.where(ChangeRequest.kind == kind)
    if status is None:
        query = query.where(ChangeRequest.status.in_(domain.OPEN_STATUSES))
    else:
        query = query.where(ChangeRequest.status == status)
    query = query.order_by(ChangeRequest.proposed_at.desc(), ChangeRequest.id.desc())
    return list(session.scalars(query.limit(limit).offset(offset)))


def count_open(session: Session, *, actor: Actor) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(ChangeRequest)
            .where(
                ChangeRequest.seller_id == actor.seller_id,
                ChangeRequest.status == ChangeStatus.PROPOSED,
            )
        )
        or 0
    )


def inspect(
    session: Session, *, registry: ApplierRegistry, change_id: int, actor: Actor
) -> ChangeView:
    """What the seller is shown: current state vs proposal, and the fingerprint to approve."""
    change = get_change(session, change_id=change_id, actor=actor)
    try:
        current = registry.get(change.kind).snapshot(
            session, seller_id=change.seller_id, payload=change.payload
        )
    except DomainError:
        current = change.before
    return ChangeView(
        change=change,
        fingerprint=fingerprint_of(change),
        current=current,
        diff=domain.diff(current, change.payload),
        stale=domain.canonical_json(current) != domain.canonical_json(change.before),
    )


def expire_if_due(session: Session, change: ChangeRequest, *, actor: Actor, now: datetime) -> bool:
    at = ensure_aware(now)
    due = (
        change.status == ChangeStatus.PROPOSED
        and change.expires_at is not None
        and change.expires_at <= at
    ) or (
        change.status == ChangeStatus.APPROVED
        and change.approval_expires_at is not None
        and change.approval_expires_at <= at
    )
    if due:
        _move(change, ChangeStatus.EXPIRED)
        session.flush()
        _audit(session, change, actor=actor, verb="expired", now=now, data={})
    return due


def edit(
    session: Session,
    *,
    registry: ApplierRegistry,
    change_id: int,
    payload: dict[str, Any],
    seen_fingerprint: str,
    actor: Actor,
    now: datetime,
    note: str | None = None,
) -> ChangeRequest:
    """Replace a proposal's payload before approving it; refused if it changed since it was seen."""
    actor.require(Role.OPERATOR, "editing change requests")
    change = get_change(session, change_id=change_id, actor=actor, lock=True)
    if change.status != ChangeStatus.PROPOSED:
        raise InvalidTransition(
            f"only a proposed change can be edited; this one is {change.status}"
        )
    if seen_fingerprint != fingerprint_of(change):
        raise ApprovalMismatch(
            "the proposal changed since you saw it; reload it", field="fingerprint"
        )
    clean = domain.check_payload(payload)
    applier = registry.get(change.kind)
    applier.validate(session, seller_id=change.seller_id, payload=clean)
    _, _, title, title_message = _described_subject(
        applier, clean, change.subject_type, change.subject_id
    )
    old = change.payload
    old_before = change.before
    change.payload = clean
    change.title = title[:300]
    change.messages = stored({**(change.messages or {}), "title": title_message}) or None
    # The editor saw the data as it is now: the proposal is re-based on it.
    change.before = applier.snapshot(session, seller_id=change.seller_id, payload=clean)
    change.revision += 1
    session.flush()
    _audit(
        session,
        change,
        actor=actor,
        verb="edited",
        now=now,
        data={
            "revision": change.revision,
            "note": note,
            "rebased": domain.canonical_json(old_before) != domain.canonical_json(change.before),
            "changes": [
                {"path": d.path, "before": d.before, "after": d.after}
                for d in domain.diff(old, clean)
            ],
        },
    )
    return change


def _was(value: Any, absent: bool) -> str:
    return "not set" if absent or value is None else domain.shown(value, 40)


def _moved_since_proposal(
    session: Session, registry: ApplierRegistry, change: ChangeRequest
) -> str | None:
    """What changed in the data since the proposal, in words, or None when nothing did."""
    current = registry.get(change.kind).snapshot(
        session, seller_id=change.seller_id, payload=change.payload
    )
    if domain.canonical_json(current) == domain.canonical_json(change.before):
        return None
    moved = "; ".join(
        f"{d.path} was {_was(d.before, d.op == 'added')} and is now "
        f"{_was(d.after, d.op == 'removed')}"
        for d in domain.diff(change.before, current)
    )
    return f"{change.subject_type} {change.subject_id} changed since this was proposed ({moved})"


def _check_second_person(
    session: Session, registry: ApplierRegistry, change: ChangeRequest, actor: Actor
) -> None:
    """Separation of duties: where the seller requires it, a person never approves a change
    they proposed themselves (the assistant's and jobs' proposals are unaffected)."""
    if change.proposed_by == actor.name and registry.second_person_rule(session, change.seller_id):
        raise SecondPersonRequired(
            f"you ({actor.name}) proposed change request {change.id}; this seller requires "
            "another person to approve it"
        )


def approve(
    session: Session,
    *,
    registry: ApplierRegistry,
    change_id: int,
    seen_fingerprint: str,
    actor: Actor,
    now: datetime,
    ttl: timedelta = DEFAULT_APPROVAL_TTL,
    note: str | None = None,
    by_policy: str | None = None,
) -> ChangeRequest:
    """Approve exactly what was shown: the approval is bound to its fingerprint and expires.
    Refused when the data moved since the proposal (edit it to re-base it on the data as it is
    now) and, where the seller requires a second person, when the actor proposed it."""
    actor.require(Role.OPERATOR, "approving changes")
    change = get_change(session, change_id=change_id, actor=actor, lock=True)
    if expire_if_due(session, change, actor=actor, now=now):
        return change
    domain.check_transition(change.status, ChangeStatus.APPROVED)
    if by_policy is None:
        _check_second_person(session, registry, change, actor)
    current = fingerprint_of(change)
    if seen_fingerprint != current:
        raise ApprovalMismatch(
            "what you approved is not the current proposal (it was edited); reload it",
            field="fingerprint",
        )
    moved = _moved_since_proposal(session, registry, change)
    if moved is not None:
        raise StaleChange(
            f"{moved}: approving it would overwrite the newer value; edit the proposal to "
            "re-base it on the current data, or reject it",
            field="before",
        )
    _move(change, ChangeStatus.APPROVED)
    change.decided_by = actor.name
    change.decided_at = ensure_aware(now)
    change.decision_note = note
    change.approved_fingerprint = current
    change.approval_expires_at = ensure_aware(now) + ttl
    session.flush()
    _audit(
        session,
        change,
        actor=actor,
        verb="approved",
        now=now,
        data={"fingerprint": current, "revision": change.revision}
        | ({"policy": by_policy} if by_policy else {}),
    )
    return change


def reject(
    session: Session, *, change_id: int, reason: str, actor: Actor, now: datetime
) -> ChangeRequest:
    """Reject a proposal, recording why (the assistant learns from it)."""
    actor.require(Role.OPERATOR, "rejecting changes")
    change = get_change(session, change_id=change_id, actor=actor, lock=True)
    _move(change, ChangeStatus.REJECTED)
    change.decided_by = actor.name
    change.decided_at = ensure_aware(now)
    change.decision_note = reason.strip() or None
    session.flush()
    _audit(session, change, actor=actor, verb="rejected", now=now, data={"reason": reason})
    return change


def apply(
    session: Session, *, registry: ApplierRegistry, change_id: int, actor: Actor, now: datetime
) -> ChangeRequest:
    """Carry out an approved change once. Ends `applied`, or `failed` with the reason (a changed
    payload, a broken guard rail, a domain refusal), or `expired`; the domain's own writes are
    undone on failure."""
    actor.require(Role.OPERATOR, "applying changes")
    change = get_change(session, change_id=change_id, actor=actor, lock=True)
    if expire_if_due(session, change, actor=actor, now=now):
        return change
    domain.check_transition(change.status, ChangeStatus.APPLIED)
    applier = registry.get(change.kind)
    if change.approved_fingerprint is None or fingerprint_of(change) != change.approved_fingerprint:
        return _fail(
            session,
            change,
            actor=actor,
            now=now,
            error="refused: the payload differs from the one that was approved",
        )
    try:
        moved = _moved_since_proposal(session, registry, change)
    except DomainError as exc:
        return _fail(session, change, actor=actor, now=now, error=f"{exc.code}: {exc}")
    if moved is not None:
        return _fail(
            session, change, actor=actor, now=now, error=f"refused: {moved} after its approval"
        )
    savepoint = session.begin_nested()
    try:
        applier.validate(session, seller_id=change.seller_id, payload=change.payload)
        result = applier.apply(session, payload=change.payload, actor=actor, now=now)
        session.flush()
    except DomainError as exc:
        savepoint.rollback()
        return _fail(session, change, actor=actor, now=now, error=f"{exc.code}: {exc}")
    savepoint.commit()
    _move(change, ChangeStatus.APPLIED)
    change.applied_at = ensure_aware(now)
    change.result = result
    session.flush()
    _audit(session, change, actor=actor, verb="applied", now=now, data={"result": result})
    return change


def _fail(
    session: Session, change: ChangeRequest, *, actor: Actor, now: datetime, error: str
) -> ChangeRequest:
    _move(change, ChangeStatus.FAILED)
    change.error = error
    session.flush()
    _audit(session, change, actor=actor, verb="failed", now=now, data={"error": error})
    return change


def approve_and_apply(
    session: Session,
    *,
    registry: ApplierRegistry,
    change_id: int,
    seen_fingerprint: str,
    actor: Actor,
    now: datetime,
    ttl: timedelta = DEFAULT_APPROVAL_TTL,
    note: str | None = None,
    by_policy: str | None = None,
) -> ChangeRequest:
    """The inbox's one-click path: approve what was shown, then apply it."""
    change = approve(
        session,
        registry=registry,
        change_id=change_id,
        seen_fingerprint=seen_fingerprint,
        actor=actor,
        now=now,
        ttl=ttl,
        note=note,
        by_policy=by_policy,
    )
    if change.status != ChangeStatus.APPROVED:
        return change
    return apply(session, registry=registry, change_id=change_id, actor=actor, now=now)
