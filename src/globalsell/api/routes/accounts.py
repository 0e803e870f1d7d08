"""Who am I, API tokens, the audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from globalsell.accounts import service
from globalsell.accounts.schemas import AuditRead, MeRead, TokenCreate, TokenIssued, TokenRead
from globalsell.api.deps import ActorDep, NowDep, SessionDep
from globalsell.core import audit
from globalsell.core.actor import Role

router = APIRouter(tags=["accounts"])


@router.get("/me", response_model=MeRead)
def me(actor: ActorDep) -> MeRead:
    """The caller as the API sees it."""
    return MeRead(
        actor=actor.name, user_id=actor.user_id, seller_id=actor.seller_id, role=actor.role
    )


@router.get("/tokens", response_model=list[TokenRead])
def list_tokens(session: SessionDep, actor: ActorDep) -> list[TokenRead]:
    """Your tokens (an owner sees every token of the seller)."""
    return [TokenRead.model_validate(t) for t in service.list_tokens(session, actor=actor)]


@router.post("/tokens", response_model=TokenIssued, status_code=status.HTTP_201_CREATED)
def create_token(
    body: TokenCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> TokenIssued:
    """Issue a token; the plaintext is in this answer only."""
    issued = service.issue_token(
        session,
        actor=actor,
        name=body.name,
        now=now,
        user_id=body.user_id,
        expires_at=body.expires_at,
    )
    return TokenIssued(token=TokenRead.model_validate(issued.token), plaintext=issued.plaintext)


@router.delete("/tokens/{token_id}", response_model=TokenRead)
def revoke_token(
    token_id: Annotated[int, Path(gt=0, lt=2**31)],
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
) -> TokenRead:
    """Revoke a token."""
    return TokenRead.model_validate(
        service.revoke_token(session, actor=actor, token_id=token_id, now=now)
    )


@router.get("/audit", response_model=list[AuditRead])
def audit_trail(
    session: SessionDep,
    actor: ActorDep,
    subject_type: Annotated[str | None, Query(max_length=60)] = None,
    subject_id: Annotated[str | None, Query(max_length=120)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[AuditRead]:
    """The seller's audit trail, newest first (owners and operators)."""
    actor.require(Role.OPERATOR, "reading the audit trail")
    entries = audit.entries_for(
        session,
        seller_id=actor.seller_id,
        subject_type=subject_type,
        subject_id=subject_id,
        limit=limit,
    )
    return [AuditRead.model_validate(e) for e in entries]
