"""Which storage errors are "busy, try again" (503) and which are bugs (500)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import exc

from globalsell.db.errors import is_overload


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"pg {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "busy"),
    [
        (exc.TimeoutError("QueuePool limit of size 5 overflow 10 reached"), True),
        (exc.OperationalError("INSERT", {}, _PgError("55P03")), True),  # lock_not_available
        (exc.OperationalError("SELECT", {}, _PgError("57014")), True),  # statement_timeout
        (exc.DBAPIError("UPDATE", {}, _PgError("40P01")), True),  # deadlock_detected
        (exc.OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked")), True),
        (exc.IntegrityError("INSERT", {}, _PgError("23505")), False),  # unique_violation: a bug
        (exc.OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x")), False),
        (ValueError("database is locked"), False),
    ],
)
def test_is_overload(error: BaseException, busy: bool) -> None:
    assert is_overload(error) is busy
