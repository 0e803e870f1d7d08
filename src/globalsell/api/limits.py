"""Request guards applied before any handler runs: oversized bodies get 413, NUL characters
(which no text column can store) and JSON numbers no float can hold (`1e400`, `NaN`, `Infinity`)
get 422, all with the usual error body, never a 500."""

from __future__ import annotations

import json
import math

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _Refused(Exception):
    def __init__(self, status: int, code: str, message: str, field: str) -> None:
        super().__init__(message)
        self.status = status
        self.body = json.dumps(
            {"error": code, "message": message, "field": field, "errors": []}
        ).encode()


def _too_large(limit: int) -> _Refused:
    return _Refused(413, "payload_too_large", f"request body over {limit} bytes", "body")


def _nul(where: str) -> _Refused:
    return _Refused(
        422, "validation_failed", f"NUL characters are not allowed in the {where}", where
    )


def _has_nul(raw: bytes) -> bool:
    lowered = raw.lower()
    return b"\x00" in raw or b"%00" in lowered or b"\\u0000" in lowered


class _NotFinite(ValueError):
    pass


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def _no_constant(text: str) -> float:
    raise _NotFinite(text)


def _non_finite_number(body: bytes) -> str | None:
    """The first JSON number in `body` that is not a finite float, or None (a body that is not
    JSON at all is left for the route's own validation to answer)."""
    try:
        json.loads(body, parse_float=_finite_float, parse_constant=_no_constant)
    except _NotFinite as exc:
        return str(exc)
    except ValueError:
        return None
    return None


class RequestGuard:
    def __init__(self, app: ASGIApp, *, json_limit: int, upload_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").decode("latin-1").lower()
        multipart = content_type.startswith("multipart/")
        limit = self.upload_limit if multipart else self.json_limit
        declared = headers.get(b"content-length")
        try:
            if "\x00" in scope.get("path", "") or _has_nul(scope.get("raw_path") or b""):
                raise _nul("path")
            if _has_nul(scope.get("query_string", b"")):
                raise _nul("query")
            if declared is not None and declared.isdigit() and int(declared) > limit:
                raise _too_large(limit)
        except _Refused as refused:
            await self._refuse(send, refused)
            return
        # Read the whole body (bounded by the limit) before the app sees it, so that a refusal is
        # a clean 413/422 rather than a parse error half-way through a handler.
        chunks: list[bytes] = []
        seen = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > limit:
                await self._refuse(send, _too_large(limit))
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if not multipart and _has_nul(body):
            await self._refuse(send, _nul("body"))
            return
        if "json" in content_type and body:
            number = _non_finite_number(body)
            if number is not None:
                await self._refuse(
                    send,
                    _Refused(
                        422,
                        "validation_failed",
                        f"the number {number[:40]} is out of range (numbers must be finite)",
                        "body",
                    ),
                )
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(send: Send, refused: _Refused) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": refused.status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(refused.body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": refused.body})
