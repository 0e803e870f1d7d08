"""A store whose transactions really commit (the usual test transaction is rolled back, so a
commit there cannot fail): a migrated SQLite file per test, or the test PostgreSQL database with
a seller that is deleted afterwards. For tests of what the server does when the store is busy."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from sqlalchemy import create_engine, delete, text
from sqlalchemy.engine import Engine

from globalsell.accounts.models import Seller
from globalsell.api.app import create_app
from globalsell.bootstrap import Runtime, build_runtime
from globalsell.config import Settings
from globalsell.core.clock import FixedClock
from globalsell.db.session import unit_of_work
from tests.conftest import NOW
from tests.factories import Member, make_member, make_seller

LOCK_TIMEOUT_MS = 300


@dataclass
class Committed:
    url: str
    runtime: Runtime
    app: FastAPI
    member: Member
    seller_id: int

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.member.token}"}

    def scalar(self, sql: str, **params: Any) -> Any:
        """One value read on a fresh connection (what a later reader would see)."""
        reader = create_engine(self.url)
        try:
            with reader.connect() as conn:
                return conn.execute(text(sql), params).scalar()
        finally:
            reader.dispose()


def sqlite_template(root: Path, engine: Engine) -> Path:
    """The session's migrated SQLite file, copied once while nothing writes to it."""
    template = root / "committed-template.db"
    if not template.exists():
        source = sqlite3.connect(str(engine.url.database))
        target = sqlite3.connect(template)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    return template


@contextmanager
def committed_store(
    engine: Engine, tmp_path: Path, template: Path | None, **settings: Any
) -> Iterator[Committed]:
    if engine.dialect.name == "sqlite":
        assert template is not None
        target = tmp_path / "committed.db"
        shutil.copyfile(template, target)
        url = f"sqlite:///{target}"
    else:
        url = engine.url.render_as_string(hide_password=False)
    config = Settings(
        database_url=url,
        secret_key="test-secret-key-0123456789abcdef",
        db_lock_timeout_ms=LOCK_TIMEOUT_MS,
        **settings,
    )
    runtime = build_runtime(config, clock=FixedClock(NOW))
    with unit_of_work(runtime.session_factory) as session:
        seller = make_seller(session)
        member = make_member(session, seller, password=None)
        seller_id = seller.id
    try:
        yield Committed(url, runtime, create_app(runtime), member, seller_id)
    finally:
        if engine.dialect.name == "postgresql":
            with unit_of_work(runtime.session_factory) as session:
                session.execute(delete(Seller).where(Seller.id == seller_id))
        runtime.engine.dispose()


class Holder:
    """Another connection holding a lock in its own thread until released (or `hold_for`
    seconds pass), so that a request can be made while the lock is held."""

    def __init__(self, url: str, statements: list[str], *, hold_for: float = 5.0) -> None:
        self.url = url
        self.statements = statements
        self.hold_for = hold_for
        self.holding = threading.Event()
        self.released = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        raw = create_engine(self.url, isolation_level="AUTOCOMMIT")
        try:
            with raw.connect() as conn:
                for statement in self.statements:
                    conn.exec_driver_sql(statement)
                self.holding.set()
                self._stop.wait(self.hold_for)
                self.released.set()
                conn.exec_driver_sql("ROLLBACK")
        except BaseException as exc:  # reported by __exit__
            self.error = exc
            self.holding.set()
        finally:
            self.released.set()
            raw.dispose()

    def __enter__(self) -> Holder:
        self._thread.start()
        assert self.holding.wait(10)
        if self.error is not None:
            raise self.error
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)


def write_lock(engine: Engine, table: str) -> list[str]:
    """Statements that take the lock a writer of `table` would wait for."""
    if engine.dialect.name == "sqlite":
        return ["BEGIN IMMEDIATE"]
    return ["BEGIN", f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"]
