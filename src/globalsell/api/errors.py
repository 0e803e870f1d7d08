"""The one place where domain errors become HTTP answers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from globalsell.core import errors


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


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.DomainError)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, errors.Unauthenticated) else None
    if isinstance(exc, errors.TooManyAttempts):
        headers = {"Retry-After": str(exc.retry_after)}
    return JSONResponse(error_body(exc), status_code=exc.http_status, headers=headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(errors.DomainError, _domain_error)
