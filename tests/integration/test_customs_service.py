"""Classifying products, flagging declared codes, correcting them through approvals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core.actor import Role
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import PermissionDenied, ValidationFailed
from globalsell.customs import landed, service
from globalsell.customs.domain import ClassificationStatus
from globalsell.customs.schemas import LandedCostRequest
from tests.factories import AT, declare_hs_code, make_member, make_product, make_seller


def test_padded_declared_code_is_flagged_and_corrected_through_approvals(
    session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(
        session, owner.actor, sku="NB-VF-1", title="不锈钢保温杯 500毫升 双层真空"
    )
    declare_hs_code(session, owner.actor, product, "9617000000")
    row, change_id = service.classify_product(
        session, actor=owner.actor, registry=runtime.registry, sku="NB-VF-1", now=AT
    )
    assert (row.hs6, row.code, row.status) == (
        "961700",
        "9617001000",  # a 500 ml flask: capacity not exceeding 1 liter
        ClassificationStatus.PROPOSED,
    )
    assert row.declared_code == "9617000000"
    assert row.flags == [
        {
            "flag": "zero_padded",
            "reason": "9617000000 is the subheading 961700 padded with zeros; "
            "it is not a line of the US HTS",
        }
    ]
    assert change_id is not None
    change = session.get(ChangeRequest, change_id)
    assert change is not None
    assert change.kind == "customs.classification.set"
    assert change.payload == {"sku": "NB-VF-1", "classification_id": row.id, "code": "9617001000"}
    assert change.before == {"sku": "NB-VF-1", "code": None}
    applied = approvals.approve_and_apply(
        session,
        registry=runtime.registry,
        change_id=change_id,
        seen_fingerprint=approvals.fingerprint_of(change),
        actor=owner.actor,
        now=AT,
    )
    assert applied.status == ChangeStatus.APPLIED
    session.refresh(row)
    assert row.status == ClassificationStatus.ACCEPTED
    assert row.decided_by == owner.actor.name
    attr = catalog.find_attribute(session, product=product, name="hs_code")
    assert attr is not None
    assert attr.value == "9617001000"
    assert attr.accepted is True
    actions = set(session.scalars(select(AuditEntry.action)))
    assert {"customs.classification.created", "customs.classification.accepted"} <= actions


def test_a_good_declared_code_gets_no_proposal_and_reclassifying_supersedes(
    session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, sku="NB-CH-1", title="wooden chopsticks")
    declare_hs_code(session, owner.actor, product, "4419.12.0000")
    first, change_id = service.classify_product(
        session, actor=owner.actor, registry=runtime.registry, sku="NB-CH-1", now=AT
    )
    assert change_id is None
    assert first.flags == []
    second, _ = service.classify_product(
        session, actor=owner.actor, registry=runtime.registry, sku="NB-CH-1", now=AT
    )
    rows = service.list_classifications(session, actor=owner.actor, sku="NB-CH-1")
    assert [(r.id, r.status) for r in rows] == [
        (second.id, ClassificationStatus.PROPOSED),
        (first.id, ClassificationStatus.SUPERSEDED),
    ]


def test_viewers_cannot_classify_or_set(session: Session, runtime: Runtime) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    make_product(session, owner.actor, sku="NB-1", title="wooden chopsticks")
    with pytest.raises(PermissionDenied):
        service.classify_product(
            session, actor=viewer.actor, registry=runtime.registry, sku="NB-1", now=AT
        )
    with pytest.raises(PermissionDenied):
        service.set_classification(
            session,
            actor=viewer.actor,
            sku="NB-1",
            code="441912",
            classification_id=None,
            decided_by="x",
            now=AT,
        )


def test_manual_code_must_exist(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="NB-1", title="wooden chopsticks")
    with pytest.raises(ValidationFailed, match="not a US HTS line"):
        service.set_classification(
            session,
            actor=owner.actor,
            sku="NB-1",
            code="4419120099",
            classification_id=None,
            decided_by="seller",
            now=AT,
        )
    row = service.set_classification(
        session,
        actor=owner.actor,
        sku="NB-1",
        code="4419.12",
        classification_id=None,
        decided_by="seller",
        now=AT,
    )
    assert (row.code, row.method, row.status) == ("441912", "manual", ClassificationStatus.ACCEPTED)


def test_landed_cost_for_six_destinations() -> None:
    quotes = landed.quote_landed_cost(
        LandedCostRequest(
            goods_value=Decimal("1000"),
            currency="CNY",
            freight=Decimal("200"),
            hs_code="9617001000",
            fx_rates={
                "USD": Decimal("0.14"),
                "GBP": Decimal("0.11"),
                "EUR": Decimal("0.13"),
                "JPY": Decimal("21"),
                "AUD": Decimal("0.21"),
                "CAD": Decimal("0.19"),
            },
            duty_rates={"GB": "2%", "DE": "6.7%"},
        )
    )
    by = {q.destination: q for q in quotes}
    assert sorted(by) == ["AU", "CA", "DE", "GB", "JP", "US"]
    us = {line.label: line.amount for line in by["US"].lines}
    assert us["customs value"] == "140.00"
    assert us["duty"] == "10.08"
    assert by["US"].total == "178.08"
    assert by["US"].duty_rate_source == "US HTS 2026 Rev. 10, 9617001000, general rate 7.2%"
    assert by["DE"].complete
    # CIF 156.00 + duty 6.7% 10.46 (rounded up) + VAT 19% of 166.46 = 31.63
    assert by["DE"].total == "198.09"
    assert not by["CA"].complete
    assert by["CA"].total is None
    # 25,200 JPY is above the 10,000 JPY threshold and no Japanese rate was given
    assert by["JP"].warnings == [
        "duty rate unknown for this code and destination: give it to complete the quote"
    ]


def test_landed_cost_refuses_bad_input() -> None:
    with pytest.raises(ValidationFailed, match="not an HS 2022 code"):
        landed.quote_landed_cost(
            LandedCostRequest(goods_value=Decimal(1), currency="USD", hs_code="999999")
        )
    with pytest.raises(ValidationFailed, match="destinations"):
        landed.quote_landed_cost(
            LandedCostRequest(
                goods_value=Decimal(1), currency="USD", hs_code="961700", destinations=["XX"]
            )
        )
    quotes = landed.quote_landed_cost(
        LandedCostRequest(goods_value=Decimal(1), currency="USD", hs_code="961700")
    )
    assert quotes[1].warnings == [
        "give the exchange rate USD->GBP (fx_rates): globalsell does not fetch rates"
    ]


def test_wrong_material_and_chapter_propose_the_classifiers_line(
    session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(
        session, owner.actor, sku="NB-VF-2", title="不锈钢保温杯 500毫升 双层真空"
    )
    declare_hs_code(session, owner.actor, product, "392410")
    row, change_id = service.classify_product(
        session, actor=owner.actor, registry=runtime.registry, sku="NB-VF-2", now=AT
    )
    assert [f["flag"] for f in row.flags] == ["wrong_material", "wrong_chapter"]
    assert row.flags[0]["reason"] == (
        "chapter 39 is for goods of plastics; the description names iron and steel"
    )
    assert row.flags[1]["reason"].startswith(
        "declared chapter 39; the description points to chapter 96 (961700, confidence "
    )
    assert change_id is not None
    change = session.get(ChangeRequest, change_id)
    assert change is not None
    assert change.payload["code"] == "9617001000"
    assert "Proposed: the classifier's answer" in change.reason


def test_a_function_chapter_declaration_is_not_flagged_against_a_material_guess(
    session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, sku="NB-SC-1", title="不锈钢多功能厨房剪刀")
    declare_hs_code(session, owner.actor, product, "821300")
    row, change_id = service.classify_product(
        session, actor=owner.actor, registry=runtime.registry, sku="NB-SC-1", now=AT
    )
    assert row.flags == []
    assert change_id is None


def test_a_confirmed_code_is_offered_for_the_sellers_similar_products(
    session: Session, runtime: Runtime
) -> None:
    # given a code the seller confirmed for one mug, and the same mug at another seller
    owner = make_member(session, make_seller(session))
    other = make_member(session, make_seller(session, name="Other"))
    make_product(session, owner.actor, sku="MUG-1", title="Ceramic coffee mug with handle 350ml")
    make_product(session, other.actor, sku="MUG-9", title="Ceramic coffee mug with handle 350ml")
    make_product(session, owner.actor, sku="MUG-2", title="Ceramic coffee mug with handle 450ml")
    service.set_classification(
        session,
        actor=owner.actor,
        sku="MUG-1",
        code="6912004400",
        classification_id=None,
        decided_by=owner.actor.name,
        now=AT,
    )
    # when the seller's similar product is classified
    mug2 = catalog.get_product(session, actor=owner.actor, sku="MUG-2")
    found = service.seller_precedents(session, actor=owner.actor, product=mug2)
    row, _ = service.classify_product(
        session, actor=owner.actor, registry=runtime.registry, sku="MUG-2", now=AT
    )
    # then the confirmed code leads, with the reason naming the SKU and the date
    assert [(p.sku, p.code, p.confirmed_on) for p in found] == [("MUG-1", "6912004400", AT.date())]
    assert (row.hs6, row.code) == ("691200", "6912004400")
    assert row.reasons[0].startswith(
        f"like SKU MUG-1 that you confirmed on {AT.date().isoformat()} (similarity "
    )
    # and another seller's confirmations are not offered
    mug9 = catalog.get_product(session, actor=other.actor, sku="MUG-9")
    assert service.seller_precedents(session, actor=other.actor, product=mug9) == []


def test_a_precedent_alone_never_flags_a_declared_chapter_as_wrong(
    session: Session, runtime: Runtime
) -> None:
    # given a seller who once confirmed a woven-shirt line for a knitted t-shirt
    owner = make_member(session, make_seller(session))
    title = "Cotton knitted t-shirt for men short sleeve"
    make_product(session, owner.actor, sku="TEE-1", title=f"{title} white")
    tee2 = make_product(session, owner.actor, sku="TEE-2", title=f"{title} black")
    declare_hs_code(session, owner.actor, tee2, "610910")
    service.set_classification(
        session,
        actor=owner.actor,
        sku="TEE-1",
        code="6205202016",
        classification_id=None,
        decided_by=owner.actor.name,
        now=AT,
    )
    # when the similar knitted t-shirt, declared in chapter 61, is classified
    row, change_id = service.classify_product(
        session, actor=owner.actor, registry=runtime.registry, sku="TEE-2", now=AT
    )
    # then the precedent leads the proposal but is no evidence against the declaration
    assert row.hs6 == "620520"
    assert row.flags == []
    assert change_id is None
