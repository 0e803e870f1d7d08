"""Time: always timezone-aware UTC. Services take `now`; only edges read the clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock for tests and replays: returns the time it was given, moved only by `advance`."""

    def __init__(self, at: datetime) -> None:
        self._at = ensure_aware(at)

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at = self._at + delta


def ensure_aware(at: datetime) -> datetime:
    """Refuse naive datetimes; normalise aware ones to UTC."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime {at.isoformat()} refused: pass a timezone-aware value")
    return at.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
