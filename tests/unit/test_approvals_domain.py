from __future__ import annotations

import pytest

from globalsell.approvals.domain import (
    ALLOWED_TRANSITIONS,
    MAX_PAYLOAD_BYTES,
    ChangeStatus,
    DiffLine,
    check_payload,
    check_transition,
    diff,
    fingerprint,
)
from globalsell.core.errors import InvalidTransition, PayloadTooLarge, ValidationFailed


def _fp(payload: dict[str, object]) -> str:
    return fingerprint(
        kind="catalog.product.update", subject_type="product", subject_id="A", payload=payload
    )


def test_fingerprint_ignores_key_order_but_not_one_digit() -> None:
    base = _fp({"sku": "A", "changes": {"unit_cost": "21.00", "title": "x"}})
    assert base == _fp({"changes": {"title": "x", "unit_cost": "21.00"}, "sku": "A"})
    assert base != _fp({"sku": "A", "changes": {"unit_cost": "211.00", "title": "x"}})
    assert base != _fp({"sku": "A", "changes": {"unit_cost": "21.000", "title": "x"}})
    assert len(base) == 64


def test_fingerprint_covers_the_subject_and_kind() -> None:
    payload = {"sku": "A"}
    assert fingerprint(kind="k.a.b", subject_type="product", subject_id="A", payload=payload) != (
        fingerprint(kind="k.a.b", subject_type="product", subject_id="B", payload=payload)
    )


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (ChangeStatus.PROPOSED, ChangeStatus.APPLIED),
        (ChangeStatus.REJECTED, ChangeStatus.APPROVED),
        (ChangeStatus.APPLIED, ChangeStatus.APPLIED),
        (ChangeStatus.EXPIRED, ChangeStatus.APPROVED),
        (ChangeStatus.FAILED, ChangeStatus.APPLIED),
        (ChangeStatus.APPROVED, ChangeStatus.REJECTED),
    ],
)
def test_state_machine_refuses_moves_it_does_not_allow(
    current: ChangeStatus, target: ChangeStatus
) -> None:
    with pytest.raises(InvalidTransition):
        check_transition(current, target)


def test_state_machine_allows_the_documented_paths() -> None:
    assert ALLOWED_TRANSITIONS[ChangeStatus.PROPOSED] == {
        ChangeStatus.APPROVED,
        ChangeStatus.REJECTED,
        ChangeStatus.EXPIRED,
    }
    assert ALLOWED_TRANSITIONS[ChangeStatus.APPROVED] == {
        ChangeStatus.APPLIED,
        ChangeStatus.FAILED,
        ChangeStatus.EXPIRED,
    }
    for final in (
        ChangeStatus.REJECTED,
        ChangeStatus.APPLIED,
        ChangeStatus.FAILED,
        ChangeStatus.EXPIRED,
    ):
        assert ALLOWED_TRANSITIONS[final] == frozenset()


def test_diff_lists_leaves_that_changed() -> None:
    before = {"sku": "A", "changes": {"unit_cost": "23.5", "title": "杯"}}
    after = {"sku": "A", "changes": {"unit_cost": "21.00", "title": "杯", "brand": "N"}}
    assert diff(before, after) == [
        DiffLine("changes.brand", "added", None, "N"),
        DiffLine("changes.unit_cost", "changed", "23.5", "21.00"),
    ]


def test_payload_must_be_a_bounded_json_object() -> None:
    with pytest.raises(ValidationFailed, match="JSON object"):
        check_payload(["not", "an", "object"])
    with pytest.raises(PayloadTooLarge):
        check_payload({"blob": "x" * MAX_PAYLOAD_BYTES})
    assert check_payload({"b": 1, "a": [1, 2]}) == {"a": [1, 2], "b": 1}
