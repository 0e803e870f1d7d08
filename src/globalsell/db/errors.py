"""Which storage errors mean "busy, try again" rather than "bug"."""

from __future__ import annotations

from sqlalchemy import exc

# PostgreSQL SQLSTATEs of a wait that ran out or a transaction the server gave up on:
# lock_not_available, query_canceled (statement_timeout), serialization_failure,
# deadlock_detected, too_many_connections, cannot_connect_now.
RETRYABLE_SQLSTATES = frozenset({"55P03", "57014", "40001", "40P01", "53300", "57P03"})
_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")


def is_overload(error: BaseException) -> bool:
    """True when `error` says the store is busy (pool exhausted, lock or statement time-out,
    SQLite busy, deadlock victim): the request may succeed if sent again later."""
    if isinstance(error, exc.TimeoutError):  # the connection pool's wait ran out
        return True
    if not isinstance(error, exc.DBAPIError):
        return False
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in RETRYABLE_SQLSTATES:
        return True
    return isinstance(error, exc.OperationalError) and any(
        text in str(error.orig).lower() for text in _SQLITE_BUSY
    )
