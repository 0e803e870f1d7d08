"""Test wiring: one engine per run (SQLite file by default, PostgreSQL when
GLOBALSELL_TEST_DATABASE_URL is set), migrated with Alembic; each test runs inside one outer
transaction that is rolled back, and every session the app opens joins it as a savepoint."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from globalsell.accounts import service as accounts_service
from globalsell.api.app import create_app
from globalsell.bootstrap import Runtime, build_registry, build_runtime, upgrade
from globalsell.config import Settings, sqlite_url
from globalsell.core.clock import FixedClock
from globalsell.db.session import make_engine
from globalsell.demo import builder, listings_demo
from globalsell.demo.builder import DemoReport

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
# The demo's business date. CI runs the demo-building modules a second time with another date
# (GLOBALSELL_TEST_DEMO_DATE) to show that no test depends on the day it runs (docs/adr/0069).
DEMO_DATE = date.fromisoformat(os.environ.get("GLOBALSELL_TEST_DEMO_DATE") or "2026-11-25")
DEMO_NOW = datetime.combine(DEMO_DATE, time(10), tzinfo=UTC)


# Argon2 with the smallest cost: every test user, the demo's logins and the browser tests' logins
# hash in microseconds. The production parameters keep their own test
# (tests/web/test_sessions.py).
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts_service, "_hasher", CHEAP_HASHER)
        yield


def database_url(tmp_root: Path) -> str:
    return os.environ.get("GLOBALSELL_TEST_DATABASE_URL") or f"sqlite:///{tmp_root / 'test.db'}"


def fresh_database(url: str) -> Engine:
    """An empty database at `url` (PostgreSQL: created if missing, then its public schema is
    dropped and recreated)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        server = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with server.connect() as conn:
            known = conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
            )
            if not known:
                conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
        server.dispose()
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        admin.dispose()
    return make_engine(url)


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = fresh_database(database_url(tmp_path_factory.mktemp("db")))
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        outer = conn.begin()
        yield conn
        outer.rollback()


@pytest.fixture
def session_factory(connection: Connection) -> sessionmaker[Session]:
    return sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as session:
        yield session


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def settings() -> Settings:
    return Settings(
        database_url="sqlite://",
        secret_key="test-secret-key-0123456789abcdef",
        max_upload_bytes=2 * 1024 * 1024,
        max_json_body_bytes=256 * 1024,
    )


@pytest.fixture
def runtime(
    engine: Engine, session_factory: sessionmaker[Session], clock: FixedClock, settings: Settings
) -> Runtime:
    return Runtime(
        settings=settings,
        engine=engine,
        session_factory=session_factory,
        registry=build_registry(),
        clock=clock,
    )


@pytest.fixture
def app(runtime: Runtime) -> FastAPI:
    return create_app(runtime)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@dataclass(frozen=True)
class DemoStore:
    """The whole demo as `globalsell demo --today DEMO_DATE` builds it, once per test session:
    the store (never written to by tests), the builder's report and the feed folder."""

    path: Path
    report: DemoReport
    feeds: Path

    def copy_to(self, folder: Path) -> Path:
        """A private copy of the demo store, for a module that reads or changes it."""
        copy = folder / "demo.db"
        copy.write_bytes(self.path.read_bytes())
        return copy

    def runtime(self, folder: Path, **settings: str) -> Runtime:
        """A runtime on a private copy, its clock pinned at the demo's now."""
        url = sqlite_url(self.copy_to(folder))
        return build_runtime(Settings(database_url=url, **settings), clock=FixedClock(DEMO_NOW))


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> DemoStore:
    folder = tmp_path_factory.mktemp("demo-store")
    runtime = build_runtime(
        Settings(database_url=sqlite_url(folder / "demo.db")), clock=FixedClock(DEMO_NOW)
    )
    upgrade(runtime.engine)
    report = builder.build_demo(runtime)
    listings_demo.build_listings_demo(runtime, feed_dir=folder / "feeds")
    report.assistant = builder.build_assistant_demo(runtime)
    builder.mark_built(runtime)
    runtime.engine.dispose()
    return DemoStore(path=folder / "demo.db", report=report, feeds=folder / "feeds")
