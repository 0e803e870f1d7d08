"""The approvals inbox over HTTP."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from globalsell.api.deps import ActorDep, NowDep, RegistryDep, RuntimeDep, SessionDep
from globalsell.approvals import service
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.schemas import (
    ApproveBody,
    ChangeDetail,
    ChangePropose,
    ChangeRead,
    DiffLineRead,
    EditBody,
    RejectBody,
)

router = APIRouter(prefix="/change-requests", tags=["approvals"])
ChangeId = Annotated[int, Path(gt=0, lt=2**31)]


def _detail(view: service.ChangeView) -> ChangeDetail:
    return ChangeDetail(
        change=ChangeRead.model_validate(view.change),
        fingerprint=view.fingerprint,
        current=view.current,
        stale=view.stale,
        diff=[
            DiffLineRead(path=d.path, op=d.op, before=d.before, after=d.after) for d in view.diff
        ],
    )


@router.get("", response_model=list[ChangeRead])
def list_changes(
    session: SessionDep,
    actor: ActorDep,
    status_: Annotated[ChangeStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[ChangeRead]:
    """Open change requests (proposed or approved), or those in one status."""
    return [
        ChangeRead.model_validate(c)
        for c in service.list_changes(
            session, actor=actor, status=status_, limit=limit, offset=offset
        )
    ]


@router.post("", response_model=ChangeRead, status_code=status.HTTP_201_CREATED)
def propose(
    body: ChangePropose, session: SessionDep, actor: ActorDep, now: NowDep, registry: RegistryDep
) -> ChangeRead:
    """Propose a change; nothing happens until it is approved. Its subject and title are what
    the payload changes, as the owning domain describes it (a subject that is not the payload's
    is refused; your title is kept at the head of the reason)."""
    change = service.propose_as_person(
        session,
        registry=registry,
        kind=body.kind,
        subject_type=body.subject_type,
        subject_id=body.subject_id,
        title=body.title,
        payload=body.payload,
        reason=body.reason,
        actor=actor,
        now=now,
        expected_effect=body.expected_effect,
        expires_at=body.expires_at,
    )
    return ChangeRead.model_validate(change)


@router.get("/{change_id}", response_model=ChangeDetail)
def inspect(
    change_id: ChangeId, session: SessionDep, actor: ActorDep, registry: RegistryDep
) -> ChangeDetail:
    """A change request with the diff against the current data and the fingerprint to approve."""
    return _detail(service.inspect(session, registry=registry, change_id=change_id, actor=actor))


@router.post("/{change_id}/approve", response_model=ChangeRead)
def approve(
    change_id: ChangeId,
    body: ApproveBody,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    runtime: RuntimeDep,
) -> ChangeRead:
    """Approve exactly what you were shown (its fingerprint), and apply it unless apply=false.
    The answer's status says how it ended: applied, failed (with error) or expired."""
    ttl = runtime.settings.approval_ttl
    if body.apply:
        change = service.approve_and_apply(
            session,
            registry=runtime.registry,
            change_id=change_id,
            seen_fingerprint=body.fingerprint,
            actor=actor,
            now=now,
            ttl=ttl,
            note=body.note,
        )
    else:
        change = service.approve(
            session,
            registry=runtime.registry,
            change_id=change_id,
            seen_fingerprint=body.fingerprint,
            actor=actor,
            now=now,
            ttl=ttl,
            note=body.note,
        )
    return ChangeRead.model_validate(change)


@router.post("/{change_id}/apply", response_model=ChangeRead)
def apply(
    change_id: ChangeId, session: SessionDep, actor: ActorDep, now: NowDep, registry: RegistryDep
) -> ChangeRead:
    """Apply an approved change (once)."""
    return ChangeRead.model_validate(
        service.apply(session, registry=registry, change_id=change_id, actor=actor, now=now)
    )


@router.post("/{change_id}/reject", response_model=ChangeRead)
def reject(
    change_id: ChangeId, body: RejectBody, session: SessionDep, actor: ActorDep, now: NowDep
) -> ChangeRead:
    """Reject a proposal with a reason."""
    return ChangeRead.model_validate(
        service.reject(session, change_id=change_id, reason=body.reason, actor=actor, now=now)
    )


@router.post("/{change_id}/edit", response_model=ChangeDetail)
def edit(
    change_id: ChangeId,
    body: EditBody,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    registry: RegistryDep,
) -> ChangeDetail:
    """Edit a proposal's payload (then approve the new fingerprint)."""
    service.edit(
        session,
        registry=registry,
        change_id=change_id,
        payload=body.payload,
        seen_fingerprint=body.fingerprint,
        actor=actor,
        now=now,
        note=body.note,
    )
    return _detail(service.inspect(session, registry=registry, change_id=change_id, actor=actor))
