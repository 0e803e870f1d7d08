"""Shopify product CSV and eBay Inventory API requests from approved listings and prices."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from globalsell.approvals.registry import ApplierRegistry
from globalsell.bootstrap import build_registry
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.core.actor import Actor
from globalsell.core.errors import ValidationFailed
from globalsell.listings import ebay, exports, service, shopify
from globalsell.pricing import changes as pricing_changes
from globalsell.pricing import policies as pricing_policies
from tests.factories import AT, make_member, make_seller
from tests.integration.test_listings_service import approve, bottle

SETTINGS: dict[str, Any] = {
    "EBAY_DE": {
        "category_id": {"BOTTLE": "177026"},
        "fulfillment_policy_id": "F-1",
        "payment_policy_id": "P-1",
        "return_policy_id": "R-1",
        "merchant_location_key": "NINGBO-1",
    },
    "default": {
        "category_id": "177026",
        "fulfillment_policy_id": "F-9",
        "payment_policy_id": "P-9",
        "return_policy_id": "R-9",
    },
}


@pytest.fixture
def registry() -> ApplierRegistry:
    return build_registry()


def priced(session: Session, registry: ApplierRegistry, prices: dict[str, str]) -> Actor:
    owner = make_member(session, make_seller(session)).actor
    bottle(session, owner)
    for name, value, unit in (
        ("item_dimensions", {"length": "20", "width": "15", "height": "5"}, "centimeters"),
        ("fee_category", "home_kitchen", None),
    ):
        catalog.set_attribute(
            session,
            actor=owner,
            sku="NB-KT-002",
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
    for store in prices:
        pricing_policies.set_policy(
            session, store=store, changes={"fulfilment_fee": "3.20"}, actor=owner, now=AT
        )
    for change_id in service.generate(
        session, actor=owner, registry=registry, now=AT, stores=["US", "UK", "DE"]
    ).proposals:
        approve(session, registry, owner, change_id)
    for store, amount in prices.items():
        change = pricing_changes.propose_price(
            session,
            registry=registry,
            sku="NB-KT-002",
            store=store,
            price=Decimal(amount),
            actor=owner,
            now=AT,
        )
        approve(session, registry, owner, change.id)
    return owner


def test_shopify_csv_has_shopifys_columns_and_a_price_per_market(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = priced(session, registry, {"US": "19.99", "UK": "15.99", "DE": "17.99"})
    text, report = exports.export_shopify(session, actor=owner, now=AT)
    assert (report.products, report.rows) == (1, 1)
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == [
        *shopify.COLUMNS,
        "Included / United Kingdom",
        "Price / United Kingdom",
        "Compare At Price / United Kingdom",
        "Included / Germany",
        "Price / Germany",
        "Compare At Price / Germany",
        "Status",
    ]
    (row,) = list(reader)
    assert row["Handle"] == "nb-kt-002"
    assert row["Title"].startswith("NINGVALE Vacuum Insulated Water Bottle")
    assert row["Vendor"] == "NINGVALE"
    assert row["Option1 Name"] == "Title"
    assert row["Option1 Value"] == "Default Title"
    assert row["Variant SKU"] == "NB-KT-002"
    assert row["Variant Grams"] == "350"  # the seller's grams, not the listing's rounded pounds
    assert row["Variant Price"] == "19.99"
    assert row["Variant Compare At Price"] == ""
    assert (row["Included / Germany"], row["Price / Germany"]) == ("TRUE", "17.99")
    assert row["Price / United Kingdom"] == "15.99"
    assert "<ul><li>Material: 304 Stainless Steel</li>" in row["Body (HTML)"]
    assert row["Status"] == "active"

    chosen, _ = exports.export_shopify(
        session, actor=owner, now=AT, markets={"Deutschland": "DE", "Japan": "JP"}
    )
    header = chosen.splitlines()[0]
    assert "Price / Deutschland" in header
    assert "Japan" not in header  # no applied price in JP: no column


def test_shopify_refuses_products_without_a_base_price(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = priced(session, registry, {"UK": "15.99"})
    with pytest.raises(ValidationFailed) as caught:
        exports.export_shopify(session, actor=owner, now=AT)
    assert [str(e) for e in caught.value.errors] == [
        "price: NB-KT-002 has no applied USD price in SHOPIFY or US"
    ]


def test_ebay_requests_per_site_with_seller_settings(
    session: Session, registry: ApplierRegistry
) -> None:
    owner = priced(session, registry, {"DE": "17.99"})
    document, report = exports.export_ebay(
        session, actor=owner, site="EBAY_DE", settings=SETTINGS, now=AT
    )
    assert (report.products, report.rows) == (1, 2)
    assert (document["marketplaceId"], document["contentLanguage"], document["contentFrom"]) == (
        "EBAY_DE",
        "de-DE",
        "DE",
    )
    item, offer = document["requests"]
    assert (item["method"], item["path"]) == ("PUT", "/sell/inventory/v1/inventory_item/NB-KT-002")
    assert item["headers"]["Content-Language"] == "de-DE"
    assert item["body"]["condition"] == "NEW"
    assert item["body"]["availability"] == {"shipToLocationAvailability": {"quantity": 0}}
    assert item["body"]["product"]["title"] == "NINGVALE Isolierflasche, Edelstahl 304, 500 ml"
    assert item["body"]["product"]["aspects"] == {
        "Marke": ["NINGVALE"],
        "Material": ["Edelstahl 304"],
        "Größe": ["500 ml"],
    }
    assert item["body"]["packageWeightAndSize"] == {
        "weight": {"value": 350.0, "unit": "GRAM"},
        "dimensions": {"length": 20.0, "width": 15.0, "height": 5.0, "unit": "CENTIMETER"},
    }
    assert (offer["method"], offer["path"]) == ("POST", "/sell/inventory/v1/offer")
    body = offer["body"]
    assert body["marketplaceId"] == "EBAY_DE"
    assert body["format"] == "FIXED_PRICE"
    assert body["categoryId"] == "177026"
    assert body["pricingSummary"] == {"price": {"value": "17.99", "currency": "EUR"}}
    assert body["listingPolicies"] == {
        "fulfillmentPolicyId": "F-1",
        "paymentPolicyId": "P-1",
        "returnPolicyId": "R-1",
    }
    assert body["merchantLocationKey"] == "NINGBO-1"

    # eBay.at reads German content and the DE price (same currency); eBay.ch has none in CHF.
    austria, _ = exports.export_ebay(
        session, actor=owner, site="EBAY_AT", settings=SETTINGS, now=AT
    )
    assert austria["requests"][1]["body"]["pricingSummary"]["price"]["value"] == "17.99"
    assert austria["requests"][1]["body"]["listingPolicies"]["paymentPolicyId"] == "P-9"
    with pytest.raises(ValidationFailed) as caught:
        exports.export_ebay(session, actor=owner, site="EBAY_CH", settings=SETTINGS, now=AT)
    assert [str(e) for e in caught.value.errors] == [
        "price: NB-KT-002 has no applied CHF price in EBAY_CH or DE"
    ]


def test_ebay_settings_name_what_is_missing(session: Session, registry: ApplierRegistry) -> None:
    owner = priced(session, registry, {"DE": "17.99"})
    broken = {"EBAY_DE": {**SETTINGS["EBAY_DE"], "payment_policy_id": ""}}
    with pytest.raises(ValidationFailed) as caught:
        exports.export_ebay(session, actor=owner, site="EBAY_DE", settings=broken, now=AT)
    assert [str(e) for e in caught.value.errors] == [
        "payment_policy_id: eBay settings for EBAY_DE lack payment_policy_id"
    ]
    with pytest.raises(ValidationFailed, match="EBAY_DE is not an eBay site|not an eBay site"):
        exports.export_ebay(session, actor=owner, site="DE", settings=SETTINGS, now=AT)


def test_ebay_titles_are_cut_at_a_word_within_80_characters() -> None:
    long = "NINGVALE Vakuumisolierte Trinkflasche aus Edelstahl 304, auslaufsicher, 500 ml, Blau"
    cut, was_cut = ebay.title(long)
    assert was_cut
    assert cut == "NINGVALE Vakuumisolierte Trinkflasche aus Edelstahl 304, auslaufsicher, 500 ml"
    assert len(cut) <= 80
    assert ebay.title("Kurz") == ("Kurz", False)


def test_shopify_body_escapes_seller_text_and_keeps_line_breaks() -> None:
    assert shopify.body_html("a <script>x</script><br>b & c", ["5 < 6"]) == (
        "<p>a &lt;script&gt;x&lt;/script&gt;</p><p>b &amp; c</p><ul><li>5 &lt; 6</li></ul>"
    )
    assert shopify.handle("NB-KT_002.Blue") == "nb-kt-002-blue"
