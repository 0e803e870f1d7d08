"""Client-side rate limiting and retry timing for the Selling Partner API. Pure: the caller
passes `now` and does the sleeping, so tests drive it with a fixed clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime

# Listings Items API usage plan (putListingsItem / getListingsItem): 5 requests per second with
# a burst of 10 (SP-API "Usage plans and rate limits", Listings Items API v2021-08-01).
DEFAULT_RATE = 5.0
DEFAULT_BURST = 10
MAX_BACKOFF = 60.0


@dataclass
class TokenBucket:
    """`rate` tokens a second up to `burst`; a request takes one token."""

    rate: float = DEFAULT_RATE
    burst: int = DEFAULT_BURST
    tokens: float = field(default=-1.0)
    stamp: datetime | None = None

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.burst < 1:
            raise ValueError("a token bucket needs rate > 0 and burst >= 1")
        if self.tokens < 0:
            self.tokens = float(self.burst)

    def _refill(self, now: datetime) -> None:
        if self.stamp is not None and now > self.stamp:
            elapsed = (now - self.stamp).total_seconds()
            self.tokens = min(float(self.burst), self.tokens + elapsed * self.rate)
        if self.stamp is None or now > self.stamp:
            self.stamp = now

    def take(self, now: datetime) -> float:
        """Take a token and return 0.0, or return the seconds to wait before one is there (and
        take nothing)."""
        self._refill(now)
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate

    def slow_down(self, rate: float) -> None:
        """Follow a lower rate the API announced (x-amzn-RateLimit-Limit)."""
        if 0 < rate < self.rate:
            self.rate = rate


def header_rate(value: str | None) -> float | None:
    """The requests-per-second figure of an x-amzn-RateLimit-Limit header, if it is one."""
    if not value:
        return None
    try:
        rate = float(value)
    except ValueError:
        return None
    return rate if rate > 0 else None


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as delay-seconds or an HTTP date (RFC 9110 10.2.3); None when absent/bad."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())


def backoff(
    attempt: int,
    *,
    now: datetime,
    retry_after: str | None = None,
    rate_limit: str | None = None,
    base: float = 0.5,
) -> float:
    """Seconds to wait before retry number `attempt` (1-based): what Retry-After says; else one
    request interval at the announced rate, doubled per attempt; else base * 2^(attempt-1)."""
    told = retry_after_seconds(retry_after, now)
    if told is not None:
        return min(told, MAX_BACKOFF)
    rate = header_rate(rate_limit)
    first = 1.0 / rate if rate is not None else base
    return float(min(first * 2 ** (attempt - 1), MAX_BACKOFF))
