"""Who is acting, for which seller, with which role. Built by the edges (API token, web session,
CLI, scheduler); checked by services."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from globalsell.core.errors import PermissionDenied


class Role(StrEnum):
    OWNER = "owner"
    OPERATOR = "operator"
    VIEWER = "viewer"


_RANK = {Role.VIEWER: 0, Role.OPERATOR: 1, Role.OWNER: 2}


@dataclass(frozen=True, slots=True)
class Actor:
    """`name` is what the audit trail shows: `user:3`, `cli:alice`, `assistant`, `job:expire`."""

    name: str
    seller_id: int
    role: Role
    user_id: int | None = None

    def require(self, role: Role, action: str) -> None:
        """Refuse unless this actor's role is at least `role`."""
        if _RANK[self.role] < _RANK[role]:
            raise PermissionDenied(f"{action} needs the {role} role; {self.name} is {self.role}")

    @property
    def can_write(self) -> bool:
        return _RANK[self.role] >= _RANK[Role.OPERATOR]
