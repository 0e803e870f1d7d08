"""Listing generation, approval with edits, regeneration, feed export and processing reports."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.bootstrap import build_registry
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import PermissionDenied
from globalsell.listings import feed, feed_exchange, quality, service
from globalsell.listings.domain import STORES, ListingStatus
from globalsell.listings.models import Listing
from globalsell.pricing import changes as pricing_changes
from tests.factories import AT, make_member, make_product, make_seller

FIXTURES = Path(__file__).parent.parent / "fixtures" / "amazon"


@pytest.fixture
def registry() -> ApplierRegistry:
    return build_registry()


def bottle(session: Session, actor: Actor, sku: str = "NB-KT-002") -> None:
    make_product(session, actor, sku=sku, title="304不锈钢真空保温杯 500ml")
    for name, value, unit in (
        ("material", "304不锈钢", None),
        ("size", "500ml", None),
        ("item_weight", "350", "grams"),
        ("country_of_origin", "CN", None),
        ("bullet_point", ["双层真空隔热"], None),
    ):
        catalog.set_attribute(
            session,
            actor=actor,
            sku=sku,
            name=name,
            value=value,
            unit=unit,
            language=None,
            marketplace=None,
            provenance=Provenance.SELLER,
            confidence=Decimal(1),
            source="test",
            now=AT,
        )


def approve(session: Session, registry: ApplierRegistry, actor: Actor, change_id: int) -> Any:
    view = approvals.inspect(session, registry=registry, change_id=change_id, actor=actor)
    return approvals.approve_and_apply(
        session,
        registry=registry,
        change_id=change_id,
        seen_fingerprint=view.fingerprint,
        actor=actor,
        now=AT,
    )


def test_generate_makes_one_valid_listing_per_store_and_one_change_request(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session)).actor
    bottle(session, owner)
    report = service.generate(session, actor=owner, registry=registry, now=AT)
    assert (report.skus, report.listings, report.validated) == (1, 13, 13)
    rows = service.list_listings(session, actor=owner)
    assert sorted(r.marketplace for r in rows) == sorted(STORES)
    assert {r.status for r in rows} == {ListingStatus.VALIDATED}
    de = next(r for r in rows if r.marketplace == "DE")
    assert de.content["item_name"] == "NINGVALE Isolierflasche, Edelstahl 304, 500 ml"
    (change,) = session.scalars(select(ChangeRequest).where(ChangeRequest.id.in_(report.proposals)))
    assert change.kind == "listings.listing.approve"
    assert sorted(change.payload["listings"]) == sorted(STORES)
    # A second run does not flood the inbox while the first proposal is open.
    again = service.generate(session, actor=owner, registry=registry, now=AT)
    assert again.proposals == []


def test_seller_edit_through_the_inbox_survives_regeneration(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session)).actor
    bottle(session, owner)
    (change_id,) = service.generate(session, actor=owner, registry=registry, now=AT).proposals
    view = approvals.inspect(session, registry=registry, change_id=change_id, actor=owner)
    payload = copy.deepcopy(view.change.payload)
    payload["listings"]["DE"]["item_name"] = "NINGVALE Thermosflasche aus Edelstahl, 500 ml"
    approvals.edit(
        session,
        registry=registry,
        change_id=change_id,
        payload=payload,
        seen_fingerprint=view.fingerprint,
        actor=owner,
        now=AT,
    )
    change = approve(session, registry, owner, change_id)
    assert change.status.value == "applied"
    assert change.result["approved"] == sorted(STORES)
    de = service.list_listings(session, actor=owner, store="DE")[0]
    assert (de.status, de.edited_fields) == (ListingStatus.APPROVED, ["item_name"])
    service.generate(session, actor=owner, registry=registry, now=AT)
    de = service.list_listings(session, actor=owner, store="DE")[0]
    assert de.content["item_name"] == "NINGVALE Thermosflasche aus Edelstahl, 500 ml"
    assert de.generated_content["item_name"] == "NINGVALE Isolierflasche, Edelstahl 304, 500 ml"
    report = quality.quality_report(session, actor=owner)
    assert report["stores"]["DE"]["acceptance"] == {
        "approved_unchanged": 0,
        "approved_edited": 1,
        "rejected": 0,
        "rate_unchanged": 0.0,
    }
    assert report["stores"]["US"]["acceptance"]["approved_unchanged"] == 1
    assert de.status is ListingStatus.APPROVED  # unchanged content needs no new approval
    assert report["fill_rate"] == 1.0
    assert report["first_try_validity"] == 1.0


def test_an_edit_that_breaks_a_rule_is_held_as_a_draft(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session)).actor
    bottle(session, owner)
    (change_id,) = service.generate(session, actor=owner, registry=registry, now=AT).proposals
    view = approvals.inspect(session, registry=registry, change_id=change_id, actor=owner)
    payload = copy.deepcopy(view.change.payload)
    payload["listings"]["FR"]["item_name"] = "Bouteille ! Livraison gratuite"
    approvals.edit(
        session,
        registry=registry,
        change_id=change_id,
        payload=payload,
        seen_fingerprint=view.fingerprint,
        actor=owner,
        now=AT,
    )
    change = approve(session, registry, owner, change_id)
    assert sorted(change.result["held"]) == ["FR"]
    fr = service.list_listings(session, actor=owner, store="FR")[0]
    assert fr.status is ListingStatus.DRAFT
    assert sorted(i["code"] for i in fr.issues) == ["banned-characters", "shipping-promise"]


def test_export_feed_then_processing_report(session: Session, registry: ApplierRegistry) -> None:
    owner = make_member(session, make_seller(session)).actor
    bottle(session, owner, sku="My-SKU-B")
    bottle(session, owner, sku="My-SKU-A")
    proposals = service.generate(session, actor=owner, registry=registry, now=AT).proposals
    for change_id in proposals:
        approve(session, registry, owner, change_id)
    (document,) = feed_exchange.export_feed(
        session, actor=owner, store="US", merchant_id="A1", now=AT
    )
    assert feed.feed_errors(document) == []
    assert [m["sku"] for m in document["messages"]] == ["My-SKU-A", "My-SKU-B"]
    # writing a file is not a submission: the listings stay approved and export again
    rows = {r.sku: r for r in service.list_listings(session, actor=owner, store="US")}
    assert [(r.status, r.channel_ref) for _, r in sorted(rows.items())] == [
        (ListingStatus.APPROVED, "feed:1:1"),
        (ListingStatus.APPROVED, "feed:1:2"),
    ]
    (again,) = feed_exchange.export_feed(session, actor=owner, store="US", merchant_id="A1", now=AT)
    assert [m["sku"] for m in again["messages"]] == ["My-SKU-A", "My-SKU-B"]
    report = json.loads(
        (FIXTURES / "listings-feed-processing-report-schema-v2.example.json").read_text()
    )
    result = feed_exchange.apply_processing_report(
        session, actor=owner, store="US", report=report, now=AT
    )
    assert result == {"live": [], "rejected": ["My-SKU-B"], "unknown_skus": ["My-SKU-C"]}
    rows = {r.sku: r for r in service.list_listings(session, actor=owner, store="US")}
    assert rows["My-SKU-A"].status is ListingStatus.SUBMITTED
    assert rows["My-SKU-B"].status is ListingStatus.REJECTED
    assert [i["code"] for i in rows["My-SKU-B"].issues] == ["amazon-90220", "amazon-90220"]


def test_viewer_cannot_generate_and_nothing_changes(
    session: Session, registry: ApplierRegistry
) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller).actor
    viewer = make_member(session, seller, Role.VIEWER).actor
    bottle(session, owner)
    with pytest.raises(PermissionDenied):
        service.generate(session, actor=viewer, registry=registry, now=AT)
    assert session.scalar(select(func.count(Listing.id))) == 0


def test_another_sellers_products_are_not_touched(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session)).actor
    other = make_member(session, make_seller(session)).actor
    bottle(session, owner)
    report = service.generate(session, actor=other, registry=registry, now=AT)
    assert (report.skus, report.listings) == (0, 0)
    assert service.list_listings(session, actor=other) == []


def test_do_not_translate_terms_are_passed_to_the_translator(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session)).actor
    bottle(session, owner)
    service.add_do_not_translate(session, actor=owner, term="NV-500", now=AT)
    seen: list[list[str]] = []

    class Recorder:
        name = "recorder"

        def translate(self, texts: Any, *, source: str, target: str, keep: Any = ()) -> Any:
            seen.append(list(keep))
            return [None for _ in texts]

    service.generate(
        session,
        actor=owner,
        registry=registry,
        now=AT,
        stores=["DE"],
        translator=Recorder(),
        propose=False,
    )
    assert seen == [["NV-500"]]


def test_the_approved_price_goes_out_as_purchasable_offer(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = make_member(session, make_seller(session)).actor
    bottle(session, owner, sku="My-SKU-P")
    for name, value, unit in (
        ("item_dimensions", {"length": "20", "width": "15", "height": "5"}, "centimeters"),
        ("fee_category", "home_kitchen", None),
    ):
        catalog.set_attribute(
            session,
            actor=owner,
            sku="My-SKU-P",
            name=name,
            value=value,
            unit=unit,
            language=None,
            marketplace=None,
            provenance=Provenance.SELLER,
            confidence=None,
            source="test",
            now=AT,
        )
    for change_id in service.generate(session, actor=owner, registry=registry, now=AT).proposals:
        approve(session, registry, owner, change_id)
    price = pricing_changes.propose_price(
        session,
        registry=registry,
        sku="My-SKU-P",
        store="UK",
        price=Decimal("15.99"),
        actor=owner,
        now=AT,
    )
    approve(session, registry, owner, price.id)
    (document,) = feed_exchange.export_feed(
        session, actor=owner, store="UK", merchant_id="A1", now=AT
    )
    assert feed.feed_errors(document) == []
    (message,) = document["messages"]
    assert message["attributes"]["purchasable_offer"] == [
        {
            "marketplace_id": "A1F83G8C2ARO7P",
            "currency": "GBP",
            "our_price": [{"schedule": [{"value_with_tax": 15.99}]}],
        }
    ]
    # no applied price in DE: the DE feed carries content only
    (de,) = feed_exchange.export_feed(session, actor=owner, store="DE", merchant_id="A1", now=AT)
    assert "purchasable_offer" not in de["messages"][0]["attributes"]
