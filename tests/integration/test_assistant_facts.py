"""The business facts the operations detectors read, gathered through the domains' services:
listings whose master text changed after they were written, and declared HS codes through
customs' check."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.assistant import facts, market, operations, service
from globalsell.assistant.domain import Profile, Severity, thresholds_for
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.core.actor import Actor
from globalsell.listings import service as listings
from tests.factories import AT, declare_hs_code, make_member, make_product, make_seller

T = thresholds_for(Profile())


def _text(session: Session, actor: Actor, sku: str, name: str, value: object, at: datetime) -> None:
    catalog.set_attribute(
        session,
        actor=actor,
        sku=sku,
        name=name,
        value=value,
        unit=None,
        language=None,
        marketplace=None,
        provenance=Provenance.SELLER,
        confidence=Decimal(1),
        source="test",
        now=at,
    )


def test_a_master_title_changed_after_approval_makes_every_live_listing_stale(
    session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session)).actor
    make_product(session, owner, sku="NB-KT-002", title="304不锈钢真空保温杯 500ml")
    for name, value in (
        ("material", "304不锈钢"),
        ("size", "500ml"),
        ("country_of_origin", "CN"),
        ("bullet_point", ["双层真空隔热"]),
    ):
        _text(session, owner, "NB-KT-002", name, value, AT)
    (change_id,) = listings.generate(
        session, actor=owner, registry=runtime.registry, now=AT
    ).proposals
    view = approvals.inspect(session, registry=runtime.registry, change_id=change_id, actor=owner)
    approvals.approve_and_apply(
        session,
        registry=runtime.registry,
        change_id=change_id,
        seen_fingerprint=view.fingerprint,
        actor=owner,
        now=AT,
    )
    products = {p.sku: p for p in catalog.products_with_details(session, actor=owner)}
    rows, listed = facts.listing_facts(session, actor=owner, products=products, sold={}, values={})
    assert rows
    assert all(r.stale_fields == () for r in rows)
    assert ("NB-KT-002", "DE") in listed

    # a week later the seller rewrites the bullet points in the master catalogue
    _text(
        session,
        owner,
        "NB-KT-002",
        "bullet_point",
        ["双层真空隔热", "12小时保温"],
        AT + timedelta(7),
    )
    products = {p.sku: p for p in catalog.products_with_details(session, actor=owner)}
    rows, _ = facts.listing_facts(session, actor=owner, products=products, sold={}, values={})
    assert {r.stale_fields for r in rows} == {("bullet_point",)}
    snapshot = service.build_snapshot(session, actor=owner, now=AT + timedelta(7))
    found = market.ListingIssues().detect(snapshot, T)
    de = next(f for f in found if f.subject == "listing:NB-KT-002@DE")
    assert de.severity is Severity.WARNING
    assert "the source text changed after translation: bullet_point" in de.reason


def test_declared_codes_go_through_customs_check(session: Session) -> None:
    owner = make_member(session, make_seller(session)).actor
    good = make_product(session, owner, sku="NB-KT-010", title="不锈钢保温杯")
    padded = make_product(session, owner, sku="NB-KT-011", title="塑料收纳盒")
    declare_hs_code(session, owner, good, "9617001000")
    declare_hs_code(session, owner, padded, "3924100000")
    products = {p.sku: p for p in catalog.products_with_details(session, actor=owner)}
    hs = {h.sku: h for h in facts.hs_facts(session, actor=owner, products=products)}
    assert hs["NB-KT-010"].flags == ()
    assert [flag for flag, _ in hs["NB-KT-011"].flags] == ["zero_padded"]
    snapshot = service.build_snapshot(session, actor=owner, now=AT)
    found = operations.HsCodeCheck().detect(snapshot, T)
    assert [(f.subject, f.severity) for f in found] == [("hs:NB-KT-011", Severity.WARNING)]
