"""Request-scoped dependencies: one unit of work per request, the authenticated actor."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals.registry import ApplierRegistry
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Actor
from globalsell.core.errors import Unauthenticated
from globalsell.db.errors import is_overload
from globalsell.db.session import begin, unit_of_work

log = logging.getLogger(__name__)

bearer = HTTPBearer(auto_error=False, description="An API token: `globalsell accounts token`")


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


TOKEN_TO_TOUCH = "globalsell_token_to_touch"
TOUCH_WAIT_MS = 50  # SQLite: a busy store skips the token's last use rather than waiting
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_session(runtime: RuntimeDep, request: Request) -> Iterator[Session]:
    """Commit when the request succeeds, roll back when it raises. The dependency has
    function scope: the commit runs before the response is sent, so a commit that fails is
    the client's answer (503 when the store is busy), never a lost acknowledged write. A read
    (GET) begins deferred; a write takes the write lock up front (SQLite)."""
    with unit_of_work(runtime.session_factory) as session:
        begin(session, write=request.method not in READ_METHODS)
        yield session
    touched = session.info.get(TOKEN_TO_TOUCH)
    if touched is not None:
        _touch_token(runtime, request, touched)


def _touch_token(runtime: Runtime, request: Request, token_id: int) -> None:
    """The token's last use in its own short transaction, after the request's has committed;
    tried at most once a minute per token in this process, skipped when the store is busy."""
    now = runtime.clock.now()
    tried: dict[int, datetime] = request.app.state.token_touches
    last = tried.get(token_id)
    if last is not None and now - last < accounts.TOKEN_TOUCH_INTERVAL:
        return
    tried[token_id] = now
    try:
        with unit_of_work(runtime.session_factory, wait_ms=TOUCH_WAIT_MS) as session:
            accounts.touch_token(session, token_id=token_id, now=now)
    except (OperationalError, SATimeoutError) as exc:
        if not is_overload(exc):
            raise
        log.info("token %s last use not recorded (store busy): %s", token_id, exc)


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


async def get_raw_body(request: Request) -> bytes:
    """The request body, read on the event loop so that the route itself can run in a worker
    thread (synchronous database work never runs on the loop)."""
    return await request.body()


RawBodyDep = Annotated[bytes, Depends(get_raw_body)]


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
    """Every API call names its caller with a bearer token. The token's last use is written
    after the request's own transaction, at most once a minute (accounts.touch_token)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthenticated("send an API token as 'Authorization: Bearer <token>'")
    actor, token = accounts.authenticate_token_read(
        session, plaintext=credentials.credentials, now=now
    )
    if accounts.token_needs_touch(token, now=now):
        session.info[TOKEN_TO_TOUCH] = token.id
    return actor


ActorDep = Annotated[Actor, Depends(get_actor)]
