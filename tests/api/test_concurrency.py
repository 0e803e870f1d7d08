"""The server under concurrent use (issue 14, ADR 0075): a write is acknowledged only once it is
committed, a busy store answers 503 with Retry-After (never 500, never a hang), the token's
last use is off the request path, and no route runs blocking database work on the event loop.
These run on SQLite by default and on PostgreSQL with GLOBALSELL_TEST_DATABASE_URL."""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from globalsell.accounts.models import ApiToken
from globalsell.api.app import API_MODULES, create_app
from globalsell.bootstrap import Runtime
from globalsell.core.clock import FixedClock
from globalsell.orders import service as orders_service
from tests.api.committed import Committed, Holder, committed_store, sqlite_template, write_lock
from tests.conftest import NOW
from tests.factories import ORDER_HEADERS, auth, make_member, make_seller, order_row

LOCATION = {"code": "FBA-IT", "name": "Italy FC", "kind": "fc", "country": "IT"}


@pytest.fixture(scope="session")
def template(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    return sqlite_template(tmp_path_factory.mktemp("committed"), engine)


@pytest.fixture
def store(engine: Engine, tmp_path: Path, template: Path | None) -> Iterator[Committed]:
    with committed_store(engine, tmp_path, template) as committed:
        yield committed


def _locations(store: Committed, code: str) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM locations WHERE seller_id = :s AND code = :c",
            s=store.seller_id,
            c=code,
        )
    )


def test_no_api_route_runs_synchronous_work_on_the_event_loop() -> None:
    """Every route of the API and the webhook is a plain function (FastAPI runs it in a worker
    thread); an `async def` route doing synchronous SQLAlchemy work blocks every request."""
    routes = [
        route
        for module in API_MODULES
        for route in module.router.routes
        if isinstance(route, APIRoute)
    ]
    paths = {route.path for route in routes}
    assert {"/orders/import", "/catalog/import", "/webhooks/tracking/{seller}"} <= paths
    coroutines = sorted(r.path for r in routes if inspect.iscoroutinefunction(r.endpoint))
    assert coroutines == []


def test_acknowledged_write_is_committed_while_a_reader_is_open(
    engine: Engine, store: Committed
) -> None:
    """Given another connection inside a read transaction, when a location is created, then
    the 201 means the row is there for every later reader (on dd963c4 the commit ran after the
    201 was sent, failed with 'database is locked', and the row never existed)."""
    reader = ["BEGIN", "SELECT count(*) FROM locations"]
    # Held longer than dd963c4's 5 s busy time-out, so its after-the-response commit failed.
    holder = Holder(store.url, reader, hold_for=8)
    with holder, TestClient(store.app, raise_server_exceptions=False) as c:
        response = c.post("/api/v1/locations", json=LOCATION, headers=store.auth)
    assert response.status_code == 201
    assert _locations(store, "FBA-IT") == 1


def test_busy_store_answers_503_with_retry_after_and_writes_nothing(
    engine: Engine, store: Committed
) -> None:
    """Given another transaction holding the lock a writer needs past the lock time-out, when a
    location is created, then the client is told 503 with Retry-After and nothing is stored."""
    holder = Holder(store.url, write_lock(engine, "locations"))
    with holder, TestClient(store.app, raise_server_exceptions=False) as c:
        response = c.post("/api/v1/locations", json=LOCATION, headers=store.auth)
        answered_while_held = not holder.released.is_set()
    assert response.status_code == 503
    assert response.headers["retry-after"] == "2"
    assert response.json()["error"] == "busy"
    assert answered_while_held
    assert _locations(store, "FBA-IT") == 0


def test_reads_are_served_while_the_token_row_is_locked(engine: Engine, store: Committed) -> None:
    """Given another transaction holding the write lock (SQLite) or the token's row
    (PostgreSQL), when the token is used for a read, then the read is answered while the lock is
    still held: recording the token's last use never blocks a request."""
    token_id = store.scalar("SELECT id FROM api_tokens WHERE user_id = :u", u=store.member.user.id)
    statements = (
        ["BEGIN IMMEDIATE"]
        if engine.dialect.name == "sqlite"
        else ["BEGIN", f"SELECT id FROM api_tokens WHERE id = {int(token_id)} FOR UPDATE"]
    )
    holder = Holder(store.url, statements)
    with holder, TestClient(store.app, raise_server_exceptions=False) as c:
        response = c.get("/api/v1/locations", headers=store.auth)
        answered_while_held = not holder.released.is_set()
    assert response.status_code == 200
    assert response.json() == []
    assert answered_while_held


def test_token_last_use_is_written_at_most_once_a_minute(
    session: Session, client: TestClient, clock: FixedClock
) -> None:
    """Given a token, when it is used now, 30 s later and 61 s later, then its last use reads
    now, now, and now + 61 s: one write a minute, not one per request."""
    member = make_member(session, make_seller(session), password=None)
    session.commit()
    token = session.scalar(select(ApiToken).where(ApiToken.user_id == member.user.id))
    assert token is not None
    seen = []
    for offset in (0, 30, 31):
        clock.advance(timedelta(seconds=offset))
        assert client.get("/api/v1/locations", headers=auth(member)).status_code == 200
        session.expire_all()
        seen.append(session.scalar(select(ApiToken.last_used_at).where(ApiToken.id == token.id)))
    assert seen == [NOW, NOW, NOW + timedelta(seconds=61)]


def test_pool_exhaustion_answers_503_not_500(engine: Engine, tmp_path: Path, template: Any) -> None:
    """Given every pooled connection in use past the pool's time-out, when a request comes,
    then it is told 503 with Retry-After (dd963c4: 500 'QueuePool limit ... reached')."""
    with committed_store(
        engine,
        tmp_path,
        template,
        db_pool_size=1,
        db_max_overflow=0,
        db_pool_timeout_seconds=0.2,
        max_concurrent_requests=4,
    ) as store:
        pool_engine = store.runtime.engine
        pool_engine.dispose()
        held = pool_engine.connect()
        try:
            with TestClient(store.app, raise_server_exceptions=False) as c:
                response = c.get("/api/v1/locations", headers=store.auth)
        finally:
            held.close()
    assert response.status_code == 503
    assert response.headers["retry-after"] == "2"


class SlowImport:
    """Stands in for the order import's service: waits until released, then runs the real one,
    so a test can act while an import is in flight."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.finished = threading.Event()
        self.real = orders_service.import_orders

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.started.set()
        self.release.wait(10)
        try:
            return self.real(*args, **kwargs)
        finally:
            self.finished.set()


def _order_file() -> dict[str, tuple[str, bytes, str]]:
    rows = [ORDER_HEADERS, order_row("303-0000001-0000001", "NO-SUCH-SKU")]
    body = "\n".join("\t".join(r) for r in rows).encode()
    return {"file": ("orders.txt", body, "text/plain")}


async def _while_importing(
    app: FastAPI, slow: SlowImport, headers: dict[str, str]
) -> tuple[httpx.Response, bool, httpx.Response]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        importing = asyncio.create_task(
            client.post("/api/v1/orders/import", files=_order_file(), headers=headers)
        )
        for _ in range(1000):
            if slow.started.is_set() or importing.done():
                break
            await asyncio.sleep(0.01)
        other = await client.get("/api/v1/marketplaces", headers=headers)
        in_flight = not slow.finished.is_set()
        slow.release.set()
        imported = await importing
    return other, in_flight, imported


def test_a_slow_import_does_not_stop_other_requests(
    app: FastAPI, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given an order import in flight (held open by the test), when another request comes,
    then it is answered before the import ends (dd963c4 ran the import on the event loop, so
    nothing else was served until it finished)."""
    member = make_member(session, make_seller(session), password=None)
    session.commit()
    slow = SlowImport()
    monkeypatch.setattr(orders_service, "import_orders", slow)
    other, in_flight, imported = asyncio.run(_while_importing(app, slow, auth(member)))
    assert other.status_code == 200
    assert in_flight
    assert imported.status_code == 422  # the real import ran: the SKU is unknown


def test_requests_beyond_capacity_wait_then_get_503(
    runtime: Runtime, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given a server allowed one request at a time with a slow import in it, when another
    request comes, then it waits its queue time and is told 503 with Retry-After rather than
    tying up a worker thread and a connection."""
    runtime.settings = runtime.settings.model_copy(
        update={"max_concurrent_requests": 1, "request_queue_seconds": 0.2}
    )
    app = create_app(runtime)
    member = make_member(session, make_seller(session), password=None)
    session.commit()
    slow = SlowImport()
    monkeypatch.setattr(orders_service, "import_orders", slow)
    other, in_flight, imported = asyncio.run(_while_importing(app, slow, auth(member)))
    assert other.status_code == 503
    assert other.headers["retry-after"] == "2"
    assert in_flight
    assert imported.status_code == 422
