"""Security headers on every answer of the app (API, docs, static files): no MIME sniffing and
no caching of anything a signed-in user or a token holder was shown. Headers a route set itself
(the dashboard's CSP, the docs page's CSP) are kept."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"cache-control", b"no-store"),
)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend((n, v) for n, v in HEADERS if n not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
