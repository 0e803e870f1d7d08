"""Admission control: at most `slots` requests are served at once (the connection pool's size,
ADR 0075). A request beyond that waits on the event loop, holding neither a worker thread nor a
connection, and after `queue_seconds` gets 503 with Retry-After instead of stalling the server.
Without the cap, 40 worker threads waiting for 15 connections held by requests that wait for a
thread stalled every request until the pool's time-out, then answered 500."""

from __future__ import annotations

import json
import math

import anyio
import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

BUSY = json.dumps(
    {
        "error": "busy",
        "message": "the server is busy; nothing was changed, try again shortly",
        "field": None,
        "errors": [],
    }
).encode()


class Admission:
    def __init__(self, app: ASGIApp, *, slots: int, queue_seconds: float, retry_after: int) -> None:
        self.app = app
        self.slots = slots
        self.queue_seconds = queue_seconds
        self.retry_after = retry_after
        self._limiter: anyio.CapacityLimiter | None = None

    def _limiter_for_loop(self) -> anyio.CapacityLimiter:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.slots)
            # Each admitted request needs at most one worker thread at a time; keep spare ones
            # for uploads and the web views' own work.
            threads = anyio.to_thread.current_default_thread_limiter()
            threads.total_tokens = max(threads.total_tokens, self.slots + 8)
        return self._limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limiter = self._limiter_for_loop()
        admitted = False
        with anyio.move_on_after(self.queue_seconds):
            await limiter.acquire()
            admitted = True
        if not admitted:
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(BUSY)).encode()),
                        (b"retry-after", str(math.ceil(self.retry_after)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": BUSY})
            return
        try:
            await self.app(scope, receive, send)
        finally:
            limiter.release()
