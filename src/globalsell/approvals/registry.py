"""The applier registry: each domain registers how to validate, show and apply its kinds of
change. `approvals` never imports a domain; the edges fill a registry at start-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from globalsell.core.actor import Actor
from globalsell.core.errors import ValidationFailed
from globalsell.core.messages import Message


@dataclass(frozen=True, slots=True)
class Description:
    """What a payload changes, in the owning domain's words: the subject it touches and the
    title the inbox shows. `subject_id` is None for a change with no single subject (a plan)."""

    subject_type: str
    subject_id: str | None
    title: str
    message: Message | None = None  # the title as a code and parameters (any language)


# Whether a seller needs a second person to approve a change: wired from the edge (accounts owns
# the setting), so approvals never imports accounts.
SecondPersonRule = Callable[[Session, int], bool]


def _never(session: Session, seller_id: int) -> bool:
    return False


class Applier(Protocol):
    """How one kind of change is checked and carried out by its owning domain."""

    kind: str

    def validate(self, session: Session, *, seller_id: int, payload: dict[str, Any]) -> None:
        """Raise ValidationFailed or GuardRailViolation when the payload breaks a hard limit.
        Called at proposal, at every edit, and again right before applying."""

    def describe(self, payload: dict[str, Any]) -> Description:
        """The subject and title of a validated payload: the inbox shows what the payload does,
        never what its proposer said it does."""

    def snapshot(
        self, session: Session, *, seller_id: int, payload: dict[str, Any]
    ) -> dict[str, Any]:
        """The current state of what the payload would change, shaped like the payload."""

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        """Carry the change out through the domain's own service; return a short result."""


class ApplierRegistry:
    def __init__(self, *, second_person_rule: SecondPersonRule = _never) -> None:
        self._appliers: dict[str, Applier] = {}
        self.second_person_rule = second_person_rule

    def register(self, applier: Applier) -> None:
        if applier.kind in self._appliers:
            raise ValueError(f"an applier for {applier.kind!r} is registered already")
        self._appliers[applier.kind] = applier

    def get(self, kind: str) -> Applier:
        applier = self._appliers.get(kind)
        if applier is None:
            known = ", ".join(sorted(self._appliers)) or "none"
            raise ValidationFailed(f"unknown change kind {kind!r}; known: {known}", field="kind")
        return applier

    def kinds(self) -> list[str]:
        return sorted(self._appliers)
