"""Request-scoped dependencies: one unit of work per request, the authenticated actor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals.registry import ApplierRegistry
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Actor
from globalsell.core.errors import Unauthenticated
from globalsell.db.session import unit_of_work

bearer = HTTPBearer(auto_error=False, description="An API token: `globalsell accounts token`")


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_session(runtime: RuntimeDep) -> Iterator[Session]:
    """Commit when the request succeeds, roll back when it raises."""
    with unit_of_work(runtime.session_factory) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_now(runtime: RuntimeDep) -> datetime:
    return runtime.clock.now()


NowDep = Annotated[datetime, Depends(get_now)]


def get_registry(runtime: RuntimeDep) -> ApplierRegistry:
    return runtime.registry


RegistryDep = Annotated[ApplierRegistry, Depends(get_registry)]


def get_actor(
    session: SessionDep,
    now: NowDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Actor:
    """Every API call names its caller with a bearer token."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthenticated("send an API token as 'Authorization: Bearer <token>'")
    return accounts.authenticate_token(session, plaintext=credentials.credentials, now=now)


ActorDep = Annotated[Actor, Depends(get_actor)]
