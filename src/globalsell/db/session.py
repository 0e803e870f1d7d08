"""Engines and units of work. The caller owns the transaction: services only flush.

Concurrency (ADR 0075): SQLite runs in WAL mode with a busy timeout, and a unit of work that
writes takes the write lock up front (`BEGIN IMMEDIATE`) so two writers queue instead of
deadlocking on a read-to-write upgrade; a read-only unit begins deferred and never blocks a
writer. PostgreSQL transactions carry a `lock_timeout` and a `statement_timeout`, so a wait
ends in an error the API answers with 503, never in a hang."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from globalsell.config import Settings

# Execution option naming how a unit of work begins: True (default) takes SQLite's write lock
# up front; False begins a deferred, read-only-in-intent transaction.
WRITE_OPTION = "globalsell_write"
# Execution option: how long (ms) a SQLite write unit may wait for the write lock, when it must
# be shorter than the busy timeout (bookkeeping that is skipped rather than waited for).
WAIT_OPTION = "globalsell_wait_ms"


def _sqlite_connect(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: the module's
        # own implicit BEGIN breaks SAVEPOINTs (and so nested units of work and the test
        # harness).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        # WAL: readers never block the writer and the writer never blocks readers. An in-memory
        # database answers "memory" and stays as it is.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


class _WriterGate:
    """One writer at a time within this process, queued on a lock rather than on SQLite's
    busy handler (which polls with growing sleeps, so waiting writers wake late and out of
    order). SQLite's own lock (`BEGIN IMMEDIATE` plus the busy timeout) still guards against
    other processes, such as a CLI command next to the server."""

    def __init__(self, timeout_ms: int) -> None:
        self.lock = threading.Lock()
        self.timeout = timeout_ms / 1000

    def acquire(self, connection: Connection, wait_ms: int | None) -> None:
        timeout = self.timeout if wait_ms is None else wait_ms / 1000
        if not self.lock.acquire(timeout=timeout):
            raise OperationalError(
                "BEGIN IMMEDIATE", None, sqlite3.OperationalError("database is locked")
            )
        connection.info[_GATE_HELD] = True

    def release(self, info: dict[Any, Any]) -> None:
        if info.pop(_GATE_HELD, False):
            self.lock.release()


_GATE_HELD = "globalsell_writer_gate"


def _sqlite_begin(gate: _WriterGate | None, busy_timeout_ms: int) -> Any:
    def on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if not options.get(WRITE_OPTION, True):
            connection.exec_driver_sql("BEGIN")
            return
        wait_ms: int | None = options.get(WAIT_OPTION)
        if gate is not None:
            gate.acquire(connection, wait_ms)
        try:
            if wait_ms is None:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                # In WAL mode BEGIN IMMEDIATE is the only wait of a write transaction.
                connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait_ms)}")
                try:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                finally:
                    connection.exec_driver_sql(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        except BaseException:
            if gate is not None:
                gate.release(connection.info)
            raise

    return on_begin


def _sqlite_end(gate: _WriterGate, how: str) -> Any:
    """Commit or roll back on the driver connection first, then let the next writer in
    (SQLAlchemy's commit/rollback events fire before the driver call, which is then a no-op)."""

    def on_end(connection: Connection) -> None:
        if _GATE_HELD not in connection.info:
            return
        try:
            getattr(connection.connection.dbapi_connection, how)()
        except sqlite3.Error as exc:
            raise OperationalError(how.upper(), None, exc) from exc
        finally:
            gate.release(connection.info)

    return on_end


def _postgres_begin(lock_timeout_ms: int, statement_timeout_ms: int) -> Any:
    def on_begin(connection: Connection) -> None:
        # Transaction-local (is_local=true): ends with the transaction, one round trip.
        connection.exec_driver_sql(
            "SELECT set_config('lock_timeout', %(lock)s, true), "
            "set_config('statement_timeout', %(statement)s, true)",
            {"lock": f"{int(lock_timeout_ms)}ms", "statement": f"{int(statement_timeout_ms)}ms"},
        )

    return on_begin


def make_engine(url: str, *, settings: Settings | None = None, **kwargs: Any) -> Engine:
    """An engine for `url` with the pool, timeouts and SQLite pragmas of `settings` (defaults
    when None); keyword arguments go to `create_engine` and win over the settings."""
    settings = settings or Settings(database_url=url)
    memory = url in ("sqlite://", "sqlite:///:memory:")
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False})
    else:
        kwargs.setdefault("pool_pre_ping", True)
    if not memory:
        kwargs.setdefault("pool_size", settings.db_pool_size)
        kwargs.setdefault("max_overflow", settings.db_max_overflow)
        kwargs.setdefault("pool_timeout", settings.db_pool_timeout_seconds)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect(settings.db_lock_timeout_ms))
        gate = _WriterGate(settings.db_lock_timeout_ms) if settings.sqlite_writer_gate else None
        event.listen(engine, "begin", _sqlite_begin(gate, settings.db_lock_timeout_ms))
        if gate is not None:
            event.listen(engine, "commit", _sqlite_end(gate, "commit"))
            event.listen(engine, "rollback", _sqlite_end(gate, "rollback"))
            # A connection handed back to the pool without either (it was invalidated, say)
            # must not keep the gate shut.
            event.listen(engine.pool, "checkin", lambda _dbapi, record: gate.release(record.info))
    elif engine.dialect.name == "postgresql":
        event.listen(
            engine,
            "begin",
            _postgres_begin(settings.db_lock_timeout_ms, settings.db_statement_timeout_ms),
        )
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def begin(session: Session, *, write: bool, wait_ms: int | None = None) -> None:
    """Start the session's transaction now: with the write lock (SQLite `BEGIN IMMEDIATE`,
    waiting at most `wait_ms` when given) when `write`, deferred otherwise."""
    options: dict[str, Any] = {WRITE_OPTION: write}
    if wait_ms is not None:
        options[WAIT_OPTION] = wait_ms
    session.connection(execution_options=options)


class WriteInReadOnlyUnit(RuntimeError):
    """A read-only unit of work tried to write: the caller asked for the wrong kind of unit."""


def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise WriteInReadOnlyUnit(
            "a read-only unit of work tried to write; open it with write=True"
        )


@contextmanager
def unit_of_work(
    factory: sessionmaker[Session], *, write: bool = True, wait_ms: int | None = None
) -> Iterator[Session]:
    """One transaction: commit when the block succeeds, roll back when it raises. `write=False`
    marks a read-only unit (on SQLite it then never waits for the write lock; a flush with
    changes raises `WriteInReadOnlyUnit`); `wait_ms` caps
    a SQLite writer's wait for the lock below the busy timeout."""
    session = factory()
    if not write:
        event.listen(session, "before_flush", _refuse_writes)
    try:
        if not write or wait_ms is not None:
            begin(session, write=write, wait_ms=wait_ms)
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
