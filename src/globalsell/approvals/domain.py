"""Pure approval rules: the state machine, payload fingerprints and before/after diffs."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from globalsell.core.errors import InvalidTransition, PayloadTooLarge, ValidationFailed

MAX_PAYLOAD_BYTES = 64 * 1024


class ChangeStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    APPLIED = "applied"
    FAILED = "failed"
    EXPIRED = "expired"


ALLOWED_TRANSITIONS: dict[ChangeStatus, frozenset[ChangeStatus]] = {
    ChangeStatus.PROPOSED: frozenset(
        {ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.EXPIRED}
    ),
    ChangeStatus.APPROVED: frozenset(
        {ChangeStatus.APPLIED, ChangeStatus.FAILED, ChangeStatus.EXPIRED}
    ),
    ChangeStatus.REJECTED: frozenset(),
    ChangeStatus.APPLIED: frozenset(),
    ChangeStatus.FAILED: frozenset(),
    ChangeStatus.EXPIRED: frozenset(),
}

OPEN_STATUSES = frozenset({ChangeStatus.PROPOSED, ChangeStatus.APPROVED})


def check_transition(current: ChangeStatus, target: ChangeStatus) -> None:
    """Refuse any move the state machine does not allow."""
    if target not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransition(
            f"a change request cannot go from {current} to {target}", field="status"
        )


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON: use str, int, bool, list or dict")


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept, Decimal as string."""
    return json.dumps(
        value,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=_json_default,
        allow_nan=False,
    )


def fingerprint(*, kind: str, subject_type: str, subject_id: str, payload: Any) -> str:
    """The sha256 of exactly what a seller is shown and approves."""
    shown = {"kind": kind, "subject": [subject_type, subject_id], "payload": payload}
    return hashlib.sha256(canonical_json(shown).encode("utf-8")).hexdigest()


def check_payload(payload: Any) -> dict[str, Any]:
    """A payload is a JSON object of bounded size."""
    if not isinstance(payload, dict):
        raise ValidationFailed("payload must be a JSON object", field="payload")
    try:
        size = len(canonical_json(payload).encode("utf-8"))
    except (TypeError, ValueError) as exc:
        raise ValidationFailed(f"payload is not plain JSON: {exc}", field="payload") from exc
    if size > MAX_PAYLOAD_BYTES:
        raise PayloadTooLarge(
            f"payload is {size} bytes; the limit is {MAX_PAYLOAD_BYTES}", field="payload"
        )
    normalised: dict[str, Any] = json.loads(canonical_json(payload))
    return normalised


@dataclass(frozen=True, slots=True)
class DiffLine:
    path: str
    op: str  # added | removed | changed
    before: Any
    after: Any


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict) and value:
        for key in value:
            _flatten(value[key], f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(value, list) and value and any(isinstance(v, dict | list) for v in value):
        for index, item in enumerate(value):
            _flatten(item, f"{prefix}[{index}]", out)
    else:
        out[prefix or "$"] = value


def diff(before: Any, after: Any) -> list[DiffLine]:
    """Leaf-by-leaf differences between two JSON values, in a stable order."""
    left: dict[str, Any] = {}
    right: dict[str, Any] = {}
    _flatten(before, "", left)
    _flatten(after, "", right)
    lines: list[DiffLine] = []
    for path in sorted(left.keys() | right.keys()):
        if path not in left:
            lines.append(DiffLine(path, "added", None, right[path]))
        elif path not in right:
            lines.append(DiffLine(path, "removed", left[path], None))
        elif canonical_json(left[path]) != canonical_json(right[path]):
            lines.append(DiffLine(path, "changed", left[path], right[path]))
    return lines


def shown(value: Any, limit: int = 60) -> str:
    """A payload value as a title shows it: text as is, anything else as JSON, cut to `limit`."""
    text = value if isinstance(value, str) else canonical_json(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def subject_mismatch(
    *, given_type: str, given_id: str, described_type: str, described_id: str | None
) -> str | None:
    """Why a subject given by a proposer is not the one the payload changes, or None."""
    if given_type != described_type or (described_id is not None and given_id != described_id):
        what = described_type if described_id is None else f"{described_type} {described_id}"
        return (
            f"the payload changes {what}, not {given_type} {given_id}: "
            "the subject of a change is what its payload changes"
        )
    return None
