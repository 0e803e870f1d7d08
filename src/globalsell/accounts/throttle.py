"""Login throttling: after too many failed logins in a window, for one account or from one
client address, further attempts are refused (429 with Retry-After) without checking the
password. Kept in the process's memory: each worker counts its own attempts (a bound per
worker, which is what protects its memory and CPU)."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict, deque
from datetime import datetime, timedelta

from globalsell.core.errors import TooManyAttempts

MAX_KEYS = 10_000


class LoginThrottle:
    def __init__(
        self,
        *,
        per_account: int = 5,
        per_address: int = 20,
        window: timedelta = timedelta(minutes=15),
    ) -> None:
        self.per_account = per_account
        self.per_address = per_address
        self.window = window
        self._failures: OrderedDict[str, deque[datetime]] = OrderedDict()
        self._lock = threading.Lock()

    def _limit(self, key: str) -> int:
        return self.per_account if key.startswith("account:") else self.per_address

    @staticmethod
    def keys(*, email: str, address: str | None) -> list[str]:
        keys = [f"account:{email.strip().lower()[:254]}"]
        if address:
            keys.append(f"address:{address}")
        return keys

    def check(self, keys: list[str], *, now: datetime) -> None:
        """Refuse when any key has used up its failures within the window."""
        with self._lock:
            wait = 0.0
            for key in keys:
                seen = self._recent(key, now)
                if len(seen) >= self._limit(key):
                    wait = max(wait, (seen[0] + self.window - now).total_seconds())
        if wait > 0:
            raise TooManyAttempts(
                "too many failed logins; try again later", retry_after=max(1, math.ceil(wait))
            )

    def failed(self, keys: list[str], *, now: datetime) -> None:
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)
                self._failures.move_to_end(key)
            while len(self._failures) > MAX_KEYS:
                self._failures.popitem(last=False)

    def succeeded(self, keys: list[str]) -> None:
        """A correct password clears the account's count (not the address's)."""
        with self._lock:
            for key in keys:
                if key.startswith("account:"):
                    self._failures.pop(key, None)

    def _recent(self, key: str, now: datetime) -> deque[datetime]:
        seen = self._failures.setdefault(key, deque())
        while seen and seen[0] + self.window <= now:
            seen.popleft()
        return seen
