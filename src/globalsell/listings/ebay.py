"""eBay Sell Inventory API (v1) requests: createOrReplaceInventoryItem (PUT
/sell/inventory/v1/inventory_item/{sku}) and createOffer (POST /sell/inventory/v1/offer) per
SKU and eBay marketplace. Pure: listing content, price and seller settings in, requests out."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from globalsell.core.marketplaces import Marketplace

TITLE_MAX = 80  # eBay listing titles (product.title) have at most 80 characters
SKU_MAX = 50
INVENTORY_PATH = "/sell/inventory/v1/inventory_item/{sku}"
OFFER_PATH = "/sell/inventory/v1/offer"
# The Amazon store whose listing (language, units) an eBay site reuses.
CONTENT_STORE = {
    "US": "US",
    "GB": "UK",
    "IE": "UK",
    "DE": "DE",
    "AT": "DE",
    "CH": "DE",
    "FR": "FR",
    "IT": "IT",
    "ES": "ES",
    "NL": "NL",
    "BE": "NL",
    "PL": "PL",
    "AU": "AU",
    "CA": "CA",
}
# Item specifics (aspects) under the names eBay's sites use in their own language.
ASPECTS = {
    "en": {"brand": "Brand", "material": "Material", "color": "Colour", "size": "Size"},
    "de": {"brand": "Marke", "material": "Material", "color": "Farbe", "size": "Größe"},
    "fr": {"brand": "Marque", "material": "Matière", "color": "Couleur", "size": "Taille"},
    "it": {"brand": "Marca", "material": "Materiale", "color": "Colore", "size": "Taglia"},
    "es": {"brand": "Marca", "material": "Material", "color": "Color", "size": "Talla"},
    "nl": {"brand": "Merk", "material": "Materiaal", "color": "Kleur", "size": "Maat"},
    "pl": {"brand": "Marka", "material": "Materiał", "color": "Kolor", "size": "Rozmiar"},
}
_WEIGHT_UNITS = {"grams": "GRAM", "kilograms": "KILOGRAM", "pounds": "POUND", "ounces": "OUNCE"}
_LENGTH_UNITS = {"centimeters": "CENTIMETER", "inches": "INCH", "meters": "METER"}
SETTINGS = ("category_id", "fulfillment_policy_id", "payment_policy_id", "return_policy_id")


@dataclass(frozen=True)
class EbaySettings:
    """What the seller set up in eBay for this site: leaf category and business policies."""

    category_id: str
    fulfillment_policy_id: str
    payment_policy_id: str
    return_policy_id: str
    merchant_location_key: str | None = None


def content_store(site: Marketplace) -> str:
    if site.country is None or site.country not in CONTENT_STORE:
        raise ValueError(f"no Amazon store's content fits {site.code}")
    return CONTENT_STORE[site.country]


def title(text: str) -> tuple[str, bool]:
    """At most 80 characters, cut at a word; True when it had to be cut."""
    clean = " ".join(text.split())
    if len(clean) <= TITLE_MAX:
        return clean, False
    head = clean[:TITLE_MAX]
    cut = head.rsplit(" ", 1)[0] if " " in head[40:] else head
    return cut.rstrip(" ,;-"), True


def _aspects(content: dict[str, Any], language: str) -> dict[str, list[str]]:
    names = ASPECTS.get(language, ASPECTS["en"])
    out: dict[str, list[str]] = {}
    for key, label in names.items():
        value = content.get(key)
        if value in (None, "", []):
            continue
        values = value if isinstance(value, list) else [value]
        out[label] = [str(v) for v in values if v not in (None, "")][:30]
    return out


def _description(content: dict[str, Any]) -> str:
    bullets = content.get("bullet_point") or []
    text = str(content.get("product_description") or "")
    items = "".join(f"<li>{b}</li>" for b in bullets)
    return text + (f"<ul>{items}</ul>" if items else "")


def inventory_item(
    content: dict[str, Any], site: Marketplace, *, quantity: int
) -> tuple[dict[str, Any], list[str]]:
    """The createOrReplaceInventoryItem body and any warnings (title cut to 80 characters)."""
    warnings: list[str] = []
    name, cut = title(str(content.get("item_name") or ""))
    if not name:
        raise ValueError("the listing has no title")
    if cut:
        warnings.append(f"title cut to {TITLE_MAX} characters for eBay")
    product: dict[str, Any] = {
        "title": name,
        "description": _description(content),
        "aspects": _aspects(content, site.language),
    }
    if content.get("brand"):
        product["brand"] = str(content["brand"])
    for ident in content.get("externally_assigned_product_identifier") or []:
        kind = str(ident.get("type", "")).lower()
        if kind in ("ean", "upc", "isbn") and ident.get("value"):
            product.setdefault(kind, []).append(str(ident["value"]))
    body: dict[str, Any] = {
        "availability": {"shipToLocationAvailability": {"quantity": max(quantity, 0)}},
        "condition": "NEW",
        "product": product,
    }
    package: dict[str, Any] = {}
    weight = content.get("item_weight")
    if isinstance(weight, dict) and weight.get("unit") in _WEIGHT_UNITS:
        package["weight"] = {"value": weight["value"], "unit": _WEIGHT_UNITS[weight["unit"]]}
    dims = content.get("item_dimensions")
    if isinstance(dims, dict) and all(k in dims for k in ("length", "width", "height")):
        unit = dims["length"].get("unit")
        if unit in _LENGTH_UNITS:
            package["dimensions"] = {
                "length": dims["length"]["value"],
                "width": dims["width"]["value"],
                "height": dims["height"]["value"],
                "unit": _LENGTH_UNITS[unit],
            }
    if package:
        body["packageWeightAndSize"] = package
    return body, warnings


def offer(
    sku: str,
    content: dict[str, Any],
    site: Marketplace,
    *,
    price: Decimal,
    quantity: int,
    settings: EbaySettings,
) -> dict[str, Any]:
    """The createOffer body: a fixed-price offer on the site with the seller's policies."""
    body: dict[str, Any] = {
        "sku": sku,
        "marketplaceId": site.marketplace_id,
        "format": "FIXED_PRICE",
        "availableQuantity": max(quantity, 0),
        "categoryId": settings.category_id,
        "listingDescription": _description(content),
        "listingPolicies": {
            "fulfillmentPolicyId": settings.fulfillment_policy_id,
            "paymentPolicyId": settings.payment_policy_id,
            "returnPolicyId": settings.return_policy_id,
        },
        "pricingSummary": {
            "price": {
                "value": format(price.quantize(Decimal("0.01")), "f"),
                "currency": site.currency,
            }
        },
    }
    if settings.merchant_location_key:
        body["merchantLocationKey"] = settings.merchant_location_key
    return body


def requests(
    sku: str,
    content: dict[str, Any],
    site: Marketplace,
    *,
    price: Decimal,
    quantity: int,
    settings: EbaySettings,
) -> tuple[list[dict[str, Any]], list[str]]:
    """The two calls for one SKU, ready to send: method, path, headers, body."""
    if len(sku) > SKU_MAX:
        raise ValueError(f"eBay SKUs have at most {SKU_MAX} characters")
    language = site.default_language_tag.replace("_", "-")
    item, warnings = inventory_item(content, site, quantity=quantity)
    headers = {"Content-Language": language, "Content-Type": "application/json"}
    return (
        [
            {
                "method": "PUT",
                "path": INVENTORY_PATH.format(sku=quote(sku, safe="")),
                "headers": headers,
                "body": item,
            },
            {
                "method": "POST",
                "path": OFFER_PATH,
                "headers": headers,
                "body": offer(
                    sku, content, site, price=price, quantity=quantity, settings=settings
                ),
            },
        ],
        warnings,
    )
