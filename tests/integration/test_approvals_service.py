"""Approval is enforced where changes are applied."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from globalsell.approvals import service
from globalsell.approvals.bulk import expire_due
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.bootstrap import build_registry
from globalsell.catalog import service as catalog
from globalsell.core.actor import Role
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import (
    ApprovalMismatch,
    GuardRailViolation,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from tests.factories import AT, make_member, make_product, make_seller, propose_cost_change


@pytest.fixture
def registry() -> ApplierRegistry:
    return build_registry()


def _cost(session: Session, actor, sku: str) -> Decimal | None:  # type: ignore[no-untyped-def]
    session.expire_all()
    return catalog.get_product(session, actor=actor, sku=sku).unit_cost


def test_a_proposal_changes_nothing_until_approved(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, unit_cost="23.50")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    assert change.status is ChangeStatus.PROPOSED
    assert change.before == {"sku": product.sku, "changes": {"unit_cost": "23.5"}}
    assert _cost(session, owner.actor, product.sku) == Decimal("23.50")


def test_approve_then_apply_changes_the_product_once(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor)
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    view = service.inspect(session, registry=registry, change_id=change.id, actor=owner.actor)
    done = service.approve_and_apply(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=view.fingerprint,
        actor=owner.actor,
        now=AT,
    )
    assert done.status is ChangeStatus.APPLIED
    assert done.applied_at == AT
    assert _cost(session, owner.actor, product.sku) == Decimal("21.00")
    with pytest.raises(InvalidTransition):
        service.apply(session, registry=registry, change_id=change.id, actor=owner.actor, now=AT)
    actions = session.scalars(
        select(AuditEntry.action)
        .where(AuditEntry.subject_type == "change_request", AuditEntry.subject_id == str(change.id))
        .order_by(AuditEntry.id)
    ).all()
    assert actions == [
        "approvals.change_request.proposed",
        "approvals.change_request.approved",
        "approvals.change_request.applied",
    ]


def test_approval_is_bound_to_the_fingerprint_that_was_shown(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor)
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    shown = service.inspect(session, registry=registry, change_id=change.id, actor=owner.actor)
    service.edit(
        session,
        registry=registry,
        change_id=change.id,
        payload={"sku": product.sku, "changes": {"unit_cost": "2.10"}},
        seen_fingerprint=shown.fingerprint,
        actor=owner.actor,
        now=AT,
    )
    with pytest.raises(ApprovalMismatch):
        service.approve(
            session,
            registry=registry,
            change_id=change.id,
            seen_fingerprint=shown.fingerprint,
            actor=owner.actor,
            now=AT,
        )
    session.expire_all()
    assert session.get(ChangeRequest, change.id).status is ChangeStatus.PROPOSED  # type: ignore[union-attr]
    assert _cost(session, owner.actor, product.sku) == Decimal("23.50")


def test_a_payload_changed_after_approval_is_refused_at_apply(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, unit_cost="23.50")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    view = service.inspect(session, registry=registry, change_id=change.id, actor=owner.actor)
    service.approve(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=view.fingerprint,
        actor=owner.actor,
        now=AT,
    )
    # Someone alters the stored payload behind the approval: one digit more.
    session.execute(
        update(ChangeRequest)
        .where(ChangeRequest.id == change.id)
        .values(payload={"sku": product.sku, "changes": {"unit_cost": "210.00"}})
    )
    session.expire_all()
    result = service.apply(
        session, registry=registry, change_id=change.id, actor=owner.actor, now=AT
    )
    assert result.status is ChangeStatus.FAILED
    assert result.error == "refused: the payload differs from the one that was approved"
    assert _cost(session, owner.actor, product.sku) == Decimal("23.50")


def test_an_approval_expires(session: Session, registry: ApplierRegistry) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor)
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    view = service.inspect(session, registry=registry, change_id=change.id, actor=owner.actor)
    service.approve(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=view.fingerprint,
        actor=owner.actor,
        now=AT,
        ttl=timedelta(minutes=30),
    )
    late = service.apply(
        session,
        registry=registry,
        change_id=change.id,
        actor=owner.actor,
        now=AT + timedelta(minutes=30),
    )
    assert late.status is ChangeStatus.EXPIRED
    assert _cost(session, owner.actor, product.sku) == Decimal("23.50")


def test_expiry_job_sweeps_stale_proposals(session: Session, registry: ApplierRegistry) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor)
    change = service.propose(
        session,
        registry=registry,
        kind="catalog.product.update",
        subject_type="product",
        subject_id=product.sku,
        title="t",
        payload={"sku": product.sku, "changes": {"brand": "X"}},
        reason="",
        actor=owner.actor,
        now=AT,
        expires_at=AT + timedelta(hours=1),
    )
    assert expire_due(session, seller_id=None, now=AT + timedelta(minutes=59), by="test") == 0
    assert expire_due(session, seller_id=None, now=AT + timedelta(hours=1), by="test") == 1
    assert change.status is ChangeStatus.EXPIRED


def test_guard_rails_still_hold_after_approval(session: Session, registry: ApplierRegistry) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor)
    with pytest.raises(GuardRailViolation):
        propose_cost_change(session, registry, owner.actor, product, "0")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    view = service.inspect(session, registry=registry, change_id=change.id, actor=owner.actor)
    service.approve(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=view.fingerprint,
        actor=owner.actor,
        now=AT,
    )
    # The hard limit tightens between approval and application: it still wins.
    registry_strict = build_registry()
    applier = registry_strict.get("catalog.product.update")

    def refuse(session: Session, *, seller_id: int, payload: dict[str, object]) -> None:
        raise GuardRailViolation(
            "unit cost changes are frozen during stock-take", field="unit_cost"
        )

    applier.validate = refuse  # type: ignore[method-assign]
    result = service.apply(
        session, registry=registry_strict, change_id=change.id, actor=owner.actor, now=AT
    )
    assert result.status is ChangeStatus.FAILED
    assert result.error == "guard_rail_violation: unit cost changes are frozen during stock-take"
    assert _cost(session, owner.actor, product.sku) == Decimal("23.50")


def test_a_generated_value_never_replaces_a_seller_value(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor)
    catalog.set_attribute(
        session,
        actor=owner.actor,
        sku=product.sku,
        name="material",
        value="304不锈钢",
        unit=None,
        language="zh",
        marketplace=None,
        provenance=catalog.Provenance.SELLER,
        confidence=None,
        source="seller",
        now=AT,
    )
    with pytest.raises(GuardRailViolation, match="entered by the seller"):
        service.propose(
            session,
            registry=registry,
            kind="catalog.attribute.set",
            subject_type="product",
            subject_id=product.sku,
            title="t",
            reason="",
            actor=owner.actor,
            now=AT,
            payload={
                "sku": product.sku,
                "name": "material",
                "value": "不锈钢",
                "language": "zh",
                "provenance": "generated",
                "source": "llm",
            },
        )


def test_viewer_cannot_propose_or_approve(session: Session, registry: ApplierRegistry) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    product = make_product(session, owner.actor)
    with pytest.raises(PermissionDenied):
        propose_cost_change(session, registry, viewer.actor, product)
    change = propose_cost_change(session, registry, owner.actor, product)
    view = service.inspect(session, registry=registry, change_id=change.id, actor=viewer.actor)
    with pytest.raises(PermissionDenied):
        service.approve(
            session,
            registry=registry,
            change_id=change.id,
            seen_fingerprint=view.fingerprint,
            actor=viewer.actor,
            now=AT,
        )
    assert change.status is ChangeStatus.PROPOSED


def test_another_sellers_change_is_not_found(session: Session, registry: ApplierRegistry) -> None:
    owner = make_member(session, make_seller(session))
    stranger = make_member(session, make_seller(session))
    change = propose_cost_change(session, registry, owner.actor, make_product(session, owner.actor))
    with pytest.raises(NotFound):
        service.reject(
            session, change_id=change.id, reason="mine now", actor=stranger.actor, now=AT
        )
    assert service.list_changes(session, actor=stranger.actor) == []
    assert change.status is ChangeStatus.PROPOSED


def test_unknown_kind_and_bad_payload_are_refused(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor)
    with pytest.raises(ValidationFailed, match="unknown change kind 'nowhere.thing.set'"):
        service.propose(
            session,
            registry=registry,
            kind="nowhere.thing.set",
            subject_type="product",
            subject_id=product.sku,
            title="t",
            reason="",
            payload={},
            actor=owner.actor,
            now=AT,
        )
    with pytest.raises(ValidationFailed, match="cannot change sku"):
        service.propose(
            session,
            registry=registry,
            kind="catalog.product.update",
            subject_type="product",
            subject_id=product.sku,
            title="t",
            reason="",
            payload={"sku": product.sku, "changes": {"sku": "OTHER"}},
            actor=owner.actor,
            now=AT,
        )


def test_rejecting_records_the_reason(session: Session, registry: ApplierRegistry) -> None:
    owner = make_member(session, make_seller(session))
    change = propose_cost_change(session, registry, owner.actor, make_product(session, owner.actor))
    rejected = service.reject(
        session, change_id=change.id, reason="contract not signed", actor=owner.actor, now=AT
    )
    assert (rejected.status, rejected.decision_note, rejected.decided_by) == (
        ChangeStatus.REJECTED,
        "contract not signed",
        owner.actor.name,
    )
    with pytest.raises(InvalidTransition):
        service.approve(
            session,
            registry=registry,
            change_id=change.id,
            actor=owner.actor,
            now=AT,
            seen_fingerprint=service.fingerprint_of(change),
        )
