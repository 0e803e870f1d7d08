"""What an approver is shown is what gets changed: the subject and title come from the payload,
a proposer never approves their own change where the seller requires a second person, and a
proposal whose data moved since it was made is not applied over the newer value."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals import service
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.registry import ApplierRegistry
from globalsell.bootstrap import Runtime, build_registry
from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor, Role
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import SecondPersonRequired, StaleChange, ValidationFailed
from globalsell.pricing import changes, policies
from tests.conftest import NOW
from tests.factories import (
    AT,
    auth,
    make_member,
    make_priced_product,
    make_product,
    make_seller,
    propose_cost_change,
)


@pytest.fixture
def registry() -> ApplierRegistry:
    return build_registry()


def _cost(session: Session, actor: Actor, sku: str) -> Decimal | None:
    session.expire_all()
    return catalog.get_product(session, actor=actor, sku=sku).unit_cost


# 1. A change request cannot name one product and change another.


def test_a_change_naming_one_product_but_changing_another_is_refused_over_the_api(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="NB-AP-001", unit_cost="12.00")
    make_product(session, owner.actor, sku="NB-AP-002", unit_cost="12.00")
    body = {
        "kind": "catalog.product.update",
        "subject_type": "product",
        "subject_id": "NB-AP-001",
        "title": "NB-AP-001",
        "payload": {"sku": "NB-AP-002", "changes": {"unit_cost": "0.01"}},
    }
    refused = client.post("/api/v1/change-requests", headers=auth(owner), json=body)
    assert refused.status_code == 422
    assert refused.json()["field"] == "subject_id"
    assert refused.json()["message"] == (
        "the payload changes product NB-AP-002, not product NB-AP-001: "
        "the subject of a change is what its payload changes"
    )
    assert client.get("/api/v1/change-requests", headers=auth(owner)).json() == []


def test_the_inbox_title_is_what_the_payload_does_not_what_the_proposer_typed(
    client: TestClient, session: Session
) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="NB-AP-001", unit_cost="12.00")
    make_product(session, owner.actor, sku="NB-AP-002", unit_cost="12.00")
    made = client.post(
        "/api/v1/change-requests",
        headers=auth(owner),
        json={
            "kind": "catalog.product.update",
            "title": "NB-AP-001",
            "reason": "typo fix",
            "payload": {"sku": "NB-AP-002", "changes": {"unit_cost": "0.01"}},
        },
    )
    assert made.status_code == 201
    shown = made.json()
    assert (shown["subject_type"], shown["subject_id"], shown["title"], shown["reason"]) == (
        "product",
        "NB-AP-002",
        "Update NB-AP-002: unit_cost -> 0.01",
        "NB-AP-001\ntypo fix",
    )


def test_an_edit_cannot_move_a_change_to_another_product(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    first = make_product(session, owner.actor, sku="NB-AP-001")
    make_product(session, owner.actor, sku="NB-AP-002")
    change = propose_cost_change(session, registry, owner.actor, first, "21.00")
    with pytest.raises(ValidationFailed) as refused:
        service.edit(
            session,
            registry=registry,
            change_id=change.id,
            payload={"sku": "NB-AP-002", "changes": {"unit_cost": "0.01"}},
            seen_fingerprint=service.fingerprint_of(change),
            actor=owner.actor,
            now=AT,
        )
    assert refused.value.field == "subject_id"
    session.expire_all()
    assert change.payload == {"sku": "NB-AP-001", "changes": {"unit_cost": "21.00"}}


def test_an_edit_retitles_the_change_from_its_new_payload(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, sku="NB-AP-001")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    assert change.title == "Lower the unit cost of NB-AP-001"
    edited = service.edit(
        session,
        registry=registry,
        change_id=change.id,
        payload={"sku": "NB-AP-001", "changes": {"unit_cost": "19.00"}},
        seen_fingerprint=service.fingerprint_of(change),
        actor=owner.actor,
        now=AT,
    )
    assert edited.title == "Update NB-AP-001: unit_cost -> 19.00"


# 2. Separation of duties.


def _team(session: Session) -> tuple[Actor, Actor]:
    seller = make_seller(session)
    owner = make_member(session, seller)
    operator = make_member(session, seller, Role.OPERATOR)
    return owner.actor, operator.actor


def test_with_two_approvers_a_proposer_cannot_approve_their_own_change(
    session: Session, registry: ApplierRegistry
) -> None:
    owner, operator = _team(session)
    product = make_product(session, owner, unit_cost="23.50")
    change = propose_cost_change(session, registry, operator, product, "0.01")
    with pytest.raises(SecondPersonRequired) as refused:
        service.approve_and_apply(
            session,
            registry=registry,
            change_id=change.id,
            seen_fingerprint=service.fingerprint_of(change),
            actor=operator,
            now=AT,
        )
    assert refused.value.http_status == 403
    assert str(refused.value) == (
        f"you ({operator.name}) proposed change request {change.id}; this seller requires "
        "another person to approve it"
    )
    assert change.status is ChangeStatus.PROPOSED
    assert _cost(session, owner, product.sku) == Decimal("23.50")
    done = service.approve_and_apply(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=service.fingerprint_of(change),
        actor=owner,
        now=AT,
    )
    assert (done.status, done.decided_by) == (ChangeStatus.APPLIED, owner.name)


def test_a_seller_who_turns_separation_off_lets_a_proposer_approve(
    session: Session, registry: ApplierRegistry
) -> None:
    owner, operator = _team(session)
    accounts.set_separation_of_duties(
        session, seller_id=owner.seller_id, enabled=False, by="test", now=AT
    )
    product = make_product(session, owner, unit_cost="23.50")
    change = propose_cost_change(session, registry, operator, product, "21.00")
    done = service.approve_and_apply(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=service.fingerprint_of(change),
        actor=operator,
        now=AT,
    )
    assert done.status is ChangeStatus.APPLIED


def test_a_lone_owner_approves_their_own_change_unless_the_seller_opted_in(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    viewer = make_member(session, make_seller(session), Role.VIEWER)
    assert viewer.actor.seller_id != owner.actor.seller_id
    assert accounts.second_person_required(session, owner.actor.seller_id) is False
    accounts.set_separation_of_duties(
        session, seller_id=owner.actor.seller_id, enabled=True, by="test", now=AT
    )
    product = make_product(session, owner.actor, unit_cost="23.50")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    with pytest.raises(SecondPersonRequired):
        service.approve(
            session,
            registry=registry,
            change_id=change.id,
            seen_fingerprint=service.fingerprint_of(change),
            actor=owner.actor,
            now=AT,
        )


def test_a_viewer_does_not_count_as_a_second_approver(session: Session) -> None:
    seller = make_seller(session)
    make_member(session, seller)
    make_member(session, seller, Role.VIEWER)
    assert accounts.second_person_required(session, seller.id) is False


def test_assistant_proposals_are_approved_by_any_one_person(
    session: Session, registry: ApplierRegistry
) -> None:
    owner, operator = _team(session)
    product = make_product(session, owner, unit_cost="23.50")
    assistant = Actor(name="assistant", seller_id=owner.seller_id, role=Role.OPERATOR)
    change = propose_cost_change(session, registry, assistant, product, "21.00")
    done = service.approve_and_apply(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=service.fingerprint_of(change),
        actor=operator,
        now=AT,
    )
    assert done.status is ChangeStatus.APPLIED


def test_self_approval_is_refused_over_the_api_too(
    client: TestClient, session: Session, runtime: Runtime
) -> None:
    seller = make_seller(session)
    make_member(session, seller)
    operator = make_member(session, seller, Role.OPERATOR)
    product = make_product(session, operator.actor, sku="NB-1", unit_cost="23.50")
    change = propose_cost_change(session, runtime.registry, operator.actor, product, "0.01")
    url = f"/api/v1/change-requests/{change.id}"
    seen = client.get(url, headers=auth(operator)).json()["fingerprint"]
    refused = client.post(f"{url}/approve", headers=auth(operator), json={"fingerprint": seen})
    assert (refused.status_code, refused.json()["error"]) == (403, "second_person_required")
    assert client.get("/api/v1/products/NB-1", headers=auth(operator)).json()["unit_cost"] == (
        "23.500000"
    )


# 3. A stale proposal is not applied over a newer value.


def test_approving_a_proposal_whose_data_moved_is_refused_with_what_moved(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, unit_cost="23.50")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    catalog.update_product(
        session, actor=owner.actor, sku=product.sku, changes={"unit_cost": "25.00"}, now=AT
    )
    view = service.inspect(session, registry=registry, change_id=change.id, actor=owner.actor)
    assert view.stale is True
    with pytest.raises(StaleChange) as refused:
        service.approve_and_apply(
            session,
            registry=registry,
            change_id=change.id,
            seen_fingerprint=view.fingerprint,
            actor=owner.actor,
            now=AT,
        )
    assert refused.value.http_status == 409
    assert str(refused.value) == (
        f"product {product.sku} changed since this was proposed (changes.unit_cost was 23.5 "
        "and is now 25): approving it would overwrite the newer value; edit the proposal to "
        "re-base it on the current data, or reject it"
    )
    assert change.status is ChangeStatus.PROPOSED
    assert _cost(session, owner.actor, product.sku) == Decimal("25.00")


def test_an_edit_rebases_a_stale_proposal_which_can_then_be_approved(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, unit_cost="23.50")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    catalog.update_product(
        session, actor=owner.actor, sku=product.sku, changes={"unit_cost": "25.00"}, now=AT
    )
    service.edit(
        session,
        registry=registry,
        change_id=change.id,
        payload=dict(change.payload),
        seen_fingerprint=service.fingerprint_of(change),
        actor=owner.actor,
        now=AT,
    )
    view = service.inspect(session, registry=registry, change_id=change.id, actor=owner.actor)
    assert (view.stale, change.before) == (
        False,
        {"sku": product.sku, "changes": {"unit_cost": "25"}},
    )
    done = service.approve_and_apply(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=view.fingerprint,
        actor=owner.actor,
        now=AT,
    )
    assert done.status is ChangeStatus.APPLIED
    assert _cost(session, owner.actor, product.sku) == Decimal("21.00")


def test_data_that_moves_between_approval_and_apply_fails_the_change(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, unit_cost="23.50")
    change = propose_cost_change(session, registry, owner.actor, product, "21.00")
    service.approve(
        session,
        registry=registry,
        change_id=change.id,
        seen_fingerprint=service.fingerprint_of(change),
        actor=owner.actor,
        now=AT,
    )
    catalog.update_product(
        session, actor=owner.actor, sku=product.sku, changes={"unit_cost": "25.00"}, now=AT
    )
    done = service.apply(session, registry=registry, change_id=change.id, actor=owner.actor, now=AT)
    assert done.status is ChangeStatus.FAILED
    assert done.error == (
        f"refused: product {product.sku} changed since this was proposed (changes.unit_cost was "
        "23.5 and is now 25) after its approval"
    )
    assert _cost(session, owner.actor, product.sku) == Decimal("25.00")


def test_a_stale_approval_is_a_409_over_the_api(
    client: TestClient, session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, sku="NB-1", unit_cost="23.50")
    change = propose_cost_change(session, runtime.registry, owner.actor, product, "21.00")
    catalog.update_product(
        session, actor=owner.actor, sku="NB-1", changes={"unit_cost": "25.00"}, now=AT
    )
    url = f"/api/v1/change-requests/{change.id}"
    shown = client.get(url, headers=auth(owner)).json()
    assert shown["stale"] is True
    refused = client.post(
        f"{url}/approve", headers=auth(owner), json={"fingerprint": shown["fingerprint"]}
    )
    assert (refused.status_code, refused.json()["error"]) == (409, "stale_change")
    assert client.get("/api/v1/products/NB-1", headers=auth(owner)).json()["unit_cost"] == (
        "25.000000"
    )


def test_a_price_inside_the_sellers_guard_is_approved_by_policy_not_by_its_proposer(
    session: Session, registry: ApplierRegistry
) -> None:
    owner, operator = _team(session)
    make_priced_product(session, owner, sku="NB-4")
    policies.set_policy(
        session, store="UK", changes={"max_change_24h": "0.10"}, actor=owner, now=NOW
    )
    first = changes.propose_price(
        session, registry=registry, sku="NB-4", store="UK", actor=operator, now=NOW
    )
    service.approve_and_apply(
        session,
        registry=registry,
        change_id=first.id,
        seen_fingerprint=service.fingerprint_of(first),
        actor=owner,
        now=NOW,
    )
    small = changes.propose_price(
        session,
        registry=registry,
        sku="NB-4",
        store="UK",
        price=Decimal("16.99"),
        actor=operator,
        now=NOW + timedelta(hours=1),
    )
    assert (small.status, small.decided_by) == (ChangeStatus.APPLIED, operator.name)
    approved = session.scalar(
        select(AuditEntry.data).where(
            AuditEntry.action == "approvals.change_request.approved",
            AuditEntry.subject_id == str(small.id),
        )
    )
    assert approved is not None
    assert approved["policy"] == "pricing.max_change_24h"
