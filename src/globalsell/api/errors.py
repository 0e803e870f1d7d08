"""The one place where domain errors become HTTP answers; a busy store becomes 503."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc

from globalsell.core import errors
from globalsell.db.errors import is_overload

log = logging.getLogger(__name__)


def error_body(exc: errors.DomainError) -> dict[str, Any]:
    return {
        "error": exc.code,
        "message": exc.message,
        "field": exc.field,
        "errors": [
            {"row": e.row, "field": e.field, "message": e.message, "value": e.value}
            for e in exc.errors
        ],
    }


def busy_response(retry_after: int, message: str) -> JSONResponse:
    """503 with Retry-After: the request did nothing and may be sent again."""
    return JSONResponse(
        {"error": "busy", "message": message, "field": None, "errors": []},
        status_code=503,
        headers={"Retry-After": str(retry_after)},
    )


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.DomainError)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, errors.Unauthenticated) else None
    if isinstance(exc, errors.TooManyAttempts):
        headers = {"Retry-After": str(exc.retry_after)}
    return JSONResponse(error_body(exc), status_code=exc.http_status, headers=headers)


def _retry_after(request: Request) -> int:
    runtime = getattr(request.app.state, "runtime", None)
    return runtime.settings.retry_after_seconds if runtime is not None else 2


async def _storage_error(request: Request, exc: Exception) -> JSONResponse:
    if is_overload(exc):
        log.warning("store busy on %s %s: %s", request.method, request.url.path, exc)
        return busy_response(
            _retry_after(request), "the server is busy; nothing was changed, try again shortly"
        )
    raise exc


def install(app: FastAPI) -> None:
    app.add_exception_handler(errors.DomainError, _domain_error)
    app.add_exception_handler(sa_exc.TimeoutError, _storage_error)
    app.add_exception_handler(sa_exc.DBAPIError, _storage_error)
