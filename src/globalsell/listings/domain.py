"""Pure listing rules: the state machine, the stores listings are generated for, and the shape of
an issue. No database, no network."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from globalsell.core.errors import InvalidTransition

# The Amazon stores a listing is generated for (store codes of core/data/marketplaces.json).
STORES = ("US", "CA", "MX", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "JP", "AU")
GENERATOR_VERSION = "offline-templates-1"


class ListingStatus(StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    APPROVED = "approved"
    SUBMITTED = "submitted"
    LIVE = "live"
    REJECTED = "rejected"


ALLOWED_TRANSITIONS: dict[ListingStatus, frozenset[ListingStatus]] = {
    ListingStatus.DRAFT: frozenset({ListingStatus.DRAFT, ListingStatus.VALIDATED}),
    ListingStatus.VALIDATED: frozenset(
        {ListingStatus.DRAFT, ListingStatus.VALIDATED, ListingStatus.APPROVED}
    ),
    ListingStatus.APPROVED: frozenset(
        {ListingStatus.DRAFT, ListingStatus.VALIDATED, ListingStatus.SUBMITTED}
    ),
    ListingStatus.SUBMITTED: frozenset({ListingStatus.LIVE, ListingStatus.REJECTED}),
    ListingStatus.LIVE: frozenset({ListingStatus.DRAFT, ListingStatus.VALIDATED}),
    ListingStatus.REJECTED: frozenset({ListingStatus.DRAFT, ListingStatus.VALIDATED}),
}


def check_transition(current: ListingStatus, target: ListingStatus) -> None:
    """Refuse any move the state machine does not allow."""
    if target not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransition(f"a listing cannot go from {current} to {target}", field="status")


class Severity(StrEnum):
    ERROR = "error"  # blocks approval and submission
    WARNING = "warning"  # shown; does not block
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Issue:
    code: str
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def blocking(issues: list[Issue]) -> bool:
    return any(i.severity is Severity.ERROR for i in issues)


# Fields a listing's content has; each is an Amazon attribute name.
TEXT_FIELDS = ("item_name", "bullet_point", "product_description", "generic_keyword")
