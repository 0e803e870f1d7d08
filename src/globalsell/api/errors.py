"""The one place where domain errors become HTTP answers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from globalsell.core import errors

STATUS_BY_ERROR: dict[type[errors.DomainError], int] = {
    errors.Unauthenticated: 401,
    errors.PermissionDenied: 403,
    errors.NotFound: 404,
    errors.InvalidTransition: 409,
    errors.ApprovalMismatch: 409,
    errors.Conflict: 409,
    errors.PayloadTooLarge: 413,
    errors.GuardRailViolation: 422,
    errors.ValidationFailed: 422,
    errors.DomainError: 400,
}


def status_for(exc: errors.DomainError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[cls]
    return 400


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
    return JSONResponse(error_body(exc), status_code=status_for(exc), headers=headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(errors.DomainError, _domain_error)
