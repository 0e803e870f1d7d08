"""Engines and units of work. The caller owns the transaction: services only flush.

Concurrency (ADR 0075): SQLite runs in WAL mode with a busy timeout, and a unit of work that
writes takes the write lock up front (`BEGIN IMMEDIATE`) so two writers queue instead of
deadlocking on a read-to-write upgrade; a read-only unit begins deferred and never blocks a
writer. PostgreSQL transactions carry a `lock_timeout` and a `statement_timeout`, so a wait
ends in an error the API answers with 503, never in a hang."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from globalsell.config import Settings

# Execution option naming how a unit of work begins: True (default) takes SQLite's write lock
# up front; False begins a deferred, read-only-in-intent transaction.
WRITE_OPTION = "globalsell_write"


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


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(WRITE_OPTION, True)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


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
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(
            engine,
            "begin",
            _postgres_begin(settings.db_lock_timeout_ms, settings.db_statement_timeout_ms),
        )
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def begin(session: Session, *, write: bool) -> None:
    """Start the session's transaction now: with the write lock (SQLite `BEGIN IMMEDIATE`) when
    `write`, deferred otherwise."""
    session.connection(execution_options={WRITE_OPTION: write})


@contextmanager
def unit_of_work(factory: sessionmaker[Session], *, write: bool = True) -> Iterator[Session]:
    """One transaction: commit when the block succeeds, roll back when it raises. `write=False`
    marks a read-only unit (on SQLite it then never waits for the write lock)."""
    session = factory()
    try:
        if not write:
            begin(session, write=False)
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
