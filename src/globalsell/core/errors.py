"""Domain errors. Services raise these; each edge maps them to its own form in one place
(HTTP status in `api/errors.py`, exit code and message in the CLI)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from globalsell.core.messages import Message


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one input: where (row, column/field) and what."""

    field: str
    message: str
    row: int | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        shown = f" (got {self.value!r})" if self.value not in (None, "") else ""
        return f"{where}{self.field}: {self.message}{shown}"


@dataclass(eq=False)
class DomainError(Exception):
    """Base of every expected failure; `code` is a stable machine-readable name."""

    message: str
    field: str | None = None
    errors: list[FieldError] = dataclasses.field(default_factory=list)
    said: Message | None = None  # the message as a code and parameters, for pages in any language
    code = "domain_error"
    # The one place a domain error gets its HTTP status; every edge reads it from here.
    http_status = 400

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        if not self.errors:
            return self.message
        return self.message + "\n" + "\n".join(f"  - {e}" for e in self.errors)


class ValidationFailed(DomainError):
    code = "validation_failed"
    http_status = 422


class NotFound(DomainError):
    code = "not_found"
    http_status = 404


class Conflict(DomainError):
    code = "conflict"
    http_status = 409


class InvalidTransition(Conflict):
    code = "invalid_transition"


class Unauthenticated(DomainError):
    code = "unauthenticated"
    http_status = 401


class PermissionDenied(DomainError):
    code = "permission_denied"
    http_status = 403


class GuardRailViolation(DomainError):
    """A domain's hard limit: holds even after a seller's approval."""

    code = "guard_rail_violation"
    http_status = 422


class ApprovalMismatch(DomainError):
    """What is being applied is not exactly what was approved."""

    code = "approval_mismatch"
    http_status = 409


class StaleChange(Conflict):
    """What a change request would change has moved since it was proposed."""

    code = "stale_change"


class SecondPersonRequired(PermissionDenied):
    """Separation of duties: the proposer of a change cannot approve it."""

    code = "second_person_required"


@dataclass(eq=False)
class TooManyAttempts(DomainError):
    """Too many failed attempts in a window; `retry_after` seconds until the next is heard."""

    retry_after: int = 60
    code = "too_many_attempts"
    http_status = 429


class PayloadTooLarge(DomainError):
    code = "payload_too_large"
    http_status = 413
