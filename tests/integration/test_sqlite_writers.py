"""SQLite writers queue instead of deadlocking (ADR 0075): a unit of work takes the write lock
when it begins (`BEGIN IMMEDIATE`), so two units that each read and then write (a scheduled job
and a request, as at start-up) run one after the other; a read-only unit takes no lock. SQLite
only: PostgreSQL has row locks and is covered by the PostgreSQL concurrency tests."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from globalsell.accounts.models import Seller
from globalsell.db.session import (
    WriteInReadOnlyUnit,
    make_engine,
    make_session_factory,
    unit_of_work,
)
from tests.api.committed import sqlite_template


@pytest.fixture
def sqlite_file(engine: Engine, tmp_path: Path) -> Path:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's locking; PostgreSQL is covered by the postgres tests")
    target = tmp_path / "writers.db"
    template = sqlite_template(tmp_path, engine)
    target.write_bytes(template.read_bytes())
    return target


def _other_writer_blocked(path: Path) -> bool:
    """Whether another connection is refused the write lock right now."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        refusal = str(exc)
    else:
        refusal = ""
    finally:
        other.close()
    assert refusal in ("", "database is locked")
    return refusal != ""


def test_a_unit_of_work_takes_the_write_lock_when_it_begins(sqlite_file: Path) -> None:
    """Given a unit of work that has only read, when another connection wants to write, then it
    must wait: the unit holds the write lock from its first statement."""
    engine = make_engine(f"sqlite:///{sqlite_file}")
    factory = make_session_factory(engine)
    try:
        with unit_of_work(factory) as session:
            assert session.execute(text("SELECT count(*) FROM sellers")).scalar_one() == 0
            assert _other_writer_blocked(sqlite_file)
        assert not _other_writer_blocked(sqlite_file)
    finally:
        engine.dispose()


def test_a_read_only_unit_takes_no_lock_and_sees_a_snapshot(sqlite_file: Path) -> None:
    """Given a read-only unit of work, when another connection writes meanwhile, then the write
    goes through at once (WAL) and the reader keeps its snapshot."""
    engine = make_engine(f"sqlite:///{sqlite_file}")
    factory = make_session_factory(engine)
    try:
        with unit_of_work(factory, write=False) as session:
            before = session.execute(text("SELECT count(*) FROM audit_entries")).scalar_one()
            assert not _other_writer_blocked(sqlite_file)
            writer = sqlite3.connect(sqlite_file, timeout=0, isolation_level=None)
            writer.execute(
                "INSERT INTO audit_entries (at, actor, action, subject_type, subject_id, data)"
                " VALUES ('2026-11-25 10:00:00', 'test', 'test.write', 'test', '1', '{}')"
            )
            writer.close()
            again = session.execute(text("SELECT count(*) FROM audit_entries")).scalar_one()
            assert again == before
    finally:
        engine.dispose()


def test_two_read_then_write_units_both_commit(sqlite_file: Path) -> None:
    """Given two units of work in two threads that each read and then write (the scheduler's
    first job next to a request), when they overlap, then both commit: on dd963c4 both read
    under a deferred BEGIN and one failed with 'database is locked'."""
    engine = make_engine(f"sqlite:///{sqlite_file}")
    factory = make_session_factory(engine)
    both_read = threading.Barrier(2, timeout=1)
    errors: list[BaseException] = []

    def unit(name: str) -> None:
        try:
            with unit_of_work(factory) as session:
                session.execute(text("SELECT count(*) FROM audit_entries")).scalar_one()
                # On time-out the other unit is queued for the write lock: what should happen.
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_read.wait()
                session.execute(
                    text(
                        "INSERT INTO audit_entries (at, actor, action, subject_type, subject_id,"
                        " data) VALUES ('2026-11-25 10:00:00', :n, 'test.write', 'test', '1',"
                        " '{}')"
                    ),
                    {"n": name},
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=unit, args=(name,)) for name in ("job", "request")]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert errors == []
        with engine.connect() as conn:
            names = conn.execute(
                text("SELECT actor FROM audit_entries WHERE action = 'test.write' ORDER BY actor")
            ).scalars()
            assert list(names) == ["job", "request"]
    finally:
        engine.dispose()


def test_a_read_only_unit_refuses_to_write_and_writes_nothing(sqlite_file: Path) -> None:
    """Given a read-only unit (a page view), when code inside it adds a row, then the flush
    raises and nothing reaches the store: a view that writes must ask for a write unit."""
    engine = make_engine(f"sqlite:///{sqlite_file}")
    factory = make_session_factory(engine)
    try:
        with unit_of_work(factory, write=False) as session:
            session.add(
                Seller(
                    slug="ro", name="Read only", created_at=datetime(2026, 11, 25, 10, tzinfo=UTC)
                )
            )
            with pytest.raises(WriteInReadOnlyUnit):
                session.flush()
            session.rollback()
        with unit_of_work(factory, write=False) as session:
            assert session.execute(text("SELECT count(*) FROM sellers")).scalar_one() == 0
        with unit_of_work(factory) as session:
            session.add(
                Seller(slug="rw", name="Writer", created_at=datetime(2026, 11, 25, 10, tzinfo=UTC))
            )
        with unit_of_work(factory, write=False) as session:
            assert session.execute(text("SELECT slug FROM sellers")).scalars().all() == ["rw"]
    finally:
        engine.dispose()
