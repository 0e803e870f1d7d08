"""Listings for the other channels: Shopify's product CSV (with per-market prices) and eBay
Inventory API requests, built from the approved Amazon listing content of the same language.
Read-only: nothing changes state; every problem is reported before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from globalsell.catalog.models import Product
from globalsell.catalog.units import GRAMS_PER
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.core.marketplaces import Marketplace, marketplaces
from globalsell.inventory import service as inventory
from globalsell.listings import ebay, shopify
from globalsell.listings.domain import STORES, ListingStatus
from globalsell.listings.models import Listing
from globalsell.pricing import changes as pricing_changes
from globalsell.pricing.domain import PriceType

APPROVED = (ListingStatus.APPROVED, ListingStatus.SUBMITTED, ListingStatus.LIVE)
SHOPIFY_STORE = "SHOPIFY"


@dataclass
class ExportReport:
    products: int = 0
    rows: int = 0
    warnings: dict[str, list[str]] = field(default_factory=dict)


def _approved(session: Session, actor: Actor, store: str) -> dict[str, Listing]:
    return {
        row.sku: row
        for row in session.scalars(
            select(Listing).where(
                Listing.seller_id == actor.seller_id,
                Listing.marketplace == store,
                Listing.status.in_(APPROVED),
            )
        )
    }


def _products(session: Session, actor: Actor, ids: set[int]) -> list[Product]:
    return list(
        session.scalars(
            select(Product)
            .where(Product.seller_id == actor.seller_id, Product.id.in_(ids))
            .options(selectinload(Product.variants), selectinload(Product.attributes))
            .order_by(Product.sku)
        )
    )


def _price(
    session: Session, product: Product, store: str, currency: str, at: datetime
) -> shopify.Price | None:
    """The applied regular price in `store` (and the sale price while one is on)."""
    regular = pricing_changes.active_price(
        session, product_id=product.id, store=store, price_type=PriceType.REGULAR
    )
    if regular is None or regular.currency != currency:
        return None
    sale = pricing_changes.active_price(
        session, product_id=product.id, store=store, price_type=PriceType.SALE
    )
    if (
        sale is not None
        and sale.currency == currency
        and ensure_aware(sale.starts_at) <= at
        and (sale.ends_at is None or ensure_aware(sale.ends_at) > at)
    ):
        return shopify.Price(sale.amount, compare_at=regular.amount)
    return shopify.Price(regular.amount)


def _grams(content: dict[str, Any]) -> Decimal | None:
    weight = content.get("item_weight")
    if not isinstance(weight, dict) or weight.get("unit") not in GRAMS_PER:
        return None
    return Decimal(str(weight["value"])) * GRAMS_PER[str(weight["unit"])]


def _catalog_grams(product: Product, variant_id: int | None) -> Decimal | None:
    """The seller's own weight (the listing's may be rounded pounds)."""
    rows = [
        a
        for a in product.attributes
        if a.name == "item_weight" and a.marketplace is None and a.variant_id in (None, variant_id)
    ]
    rows.sort(key=lambda a: a.variant_id is not None)  # the variant's own value wins
    for a in reversed(rows):
        if a.unit in GRAMS_PER:
            try:
                return Decimal(str(a.value)) * GRAMS_PER[str(a.unit)]
            except ArithmeticError:
                continue
    return None


def _barcode(content: dict[str, Any]) -> str | None:
    for ident in content.get("externally_assigned_product_identifier") or []:
        if isinstance(ident, dict) and ident.get("value"):
            return str(ident["value"])
    return None


def default_markets(content_store: str = "US") -> dict[str, str]:
    """Shopify market name (the country's name) -> the Amazon store whose approved price the
    market's price list takes: every Amazon store but the one the base price comes from."""
    out: dict[str, str] = {}
    for code in STORES:
        if code == content_store:
            continue
        country = marketplaces().get(code).country
        found = pycountry.countries.get(alpha_2=country) if country else None
        out[found.name if found is not None else code] = code
    return out


def export_shopify(
    session: Session,
    *,
    actor: Actor,
    now: datetime,
    content_store: str = "US",
    markets: dict[str, str] | None = None,
    skip_unpriced: bool = False,
) -> tuple[str, ExportReport]:
    """Shopify's product CSV for every product whose listing in `content_store` is approved.
    The base price is the applied SHOPIFY price, else the content store's (same currency);
    each market's column takes the applied price of its Amazon store. A product without a
    price refuses the whole export, or with `skip_unpriced` is left out with a warning."""
    actor.require(Role.OPERATOR, "exporting listings")
    at = ensure_aware(now)
    base = marketplaces().get(SHOPIFY_STORE)
    source = marketplaces().get(content_store)
    wanted = default_markets(source.code) if markets is None else dict(markets)
    market_stores = {name: marketplaces().get(code) for name, code in wanted.items()}
    approved = _approved(session, actor, source.code)
    products = _products(session, actor, {row.product_id for row in approved.values()})
    report = ExportReport()
    built: list[shopify.ShopifyProduct] = []
    errors: list[FieldError] = []
    used_markets: set[str] = set()
    for product in products:
        parent = approved.get(product.sku)
        if parent is None:
            continue
        price = _price(session, product, SHOPIFY_STORE, base.currency, at) or _price(
            session, product, source.code, base.currency, at
        )
        if price is None:
            missing = (
                f"{product.sku} has no applied {base.currency} price in "
                f"{SHOPIFY_STORE} or {source.code}"
            )
            if skip_unpriced:
                report.warnings.setdefault(product.sku, []).append(missing + ": left out")
            else:
                errors.append(FieldError(field="price", message=missing))
            continue
        market_prices = {
            name: p
            for name, store in market_stores.items()
            if (p := _price(session, product, store.code, store.currency, at)) is not None
        }
        used_markets |= set(market_prices)
        theme = sorted({k for v in product.variants for k in (v.theme_values or {})})
        variants: list[shopify.ShopifyVariant] = []
        if product.variants:
            for variant in product.variants:
                child = approved.get(variant.sku)
                if child is None:
                    report.warnings.setdefault(product.sku, []).append(
                        f"variant {variant.sku} has no approved listing in {source.code}: left out"
                    )
                    continue
                values = tuple(
                    str(child.content.get(k) or (variant.theme_values or {}).get(k) or "-")
                    for k in theme[: shopify.MAX_OPTIONS]
                )
                variants.append(
                    shopify.ShopifyVariant(
                        sku=variant.sku,
                        option_values=values,
                        grams=_catalog_grams(product, variant.id) or _grams(child.content),
                        price=price,
                        barcode=_barcode(child.content),
                        market_prices=market_prices,
                    )
                )
            if not variants:
                continue
        else:
            variants.append(
                shopify.ShopifyVariant(
                    sku=product.sku,
                    option_values=(),
                    grams=_catalog_grams(product, None) or _grams(parent.content),
                    price=price,
                    barcode=_barcode(parent.content),
                    market_prices=market_prices,
                )
            )
        content = parent.content
        built.append(
            shopify.ShopifyProduct(
                sku=product.sku,
                title=str(content.get("item_name") or product.title),
                description=str(content.get("product_description") or ""),
                bullets=tuple(map(str, content.get("bullet_point") or [])),
                vendor=str(content.get("brand") or product.brand or ""),
                product_type=str(content.get("item_type_keyword") or product.category or ""),
                tags=tuple(str(content.get("generic_keyword") or "").split())[:20],
                option_names=tuple(
                    k.replace("_", " ").capitalize() for k in theme[: shopify.MAX_OPTIONS]
                ),
                variants=tuple(variants),
            )
        )
    if errors:
        raise ValidationFailed(
            f"{len(errors)} products cannot go to Shopify", field="price", errors=errors
        )
    names = [name for name in wanted if name in used_markets]
    text = shopify.to_csv(built, names)
    report.products = len(built)
    report.rows = sum(len(p.variants) for p in built)
    return text, report


def ebay_settings(raw: dict[str, Any], site: str, product_type: str) -> ebay.EbaySettings:
    """The seller's settings for one eBay site: `raw[site]` (or `raw["default"]`) with
    category_id (one id, or product type -> id) and the three business policy ids."""
    entry = raw.get(site) or raw.get("default")
    if not isinstance(entry, dict):
        raise ValidationFailed(f"no eBay settings for {site}", field=site)
    category = entry.get("category_id")
    if isinstance(category, dict):
        category = category.get(product_type)
    values = {**entry, "category_id": category}
    missing = [name for name in ebay.SETTINGS if not values.get(name)]
    if missing:
        raise ValidationFailed(
            f"eBay settings for {site} lack {', '.join(missing)}"
            + (f" (product type {product_type})" if "category_id" in missing else ""),
            field=missing[0],
        )
    return ebay.EbaySettings(
        category_id=str(values["category_id"]),
        fulfillment_policy_id=str(values["fulfillment_policy_id"]),
        payment_policy_id=str(values["payment_policy_id"]),
        return_policy_id=str(values["return_policy_id"]),
        merchant_location_key=(
            str(values["merchant_location_key"]) if values.get("merchant_location_key") else None
        ),
    )


def export_ebay(
    session: Session,
    *,
    actor: Actor,
    site: str,
    settings: dict[str, Any],
    now: datetime,
) -> tuple[dict[str, Any], ExportReport]:
    """Inventory item + offer requests for every SKU whose listing in the Amazon store of the
    site's language is approved. Price: the applied price on the eBay site, else the Amazon
    store's when in the same currency. Quantity: available stock in the global pool."""
    actor.require(Role.OPERATOR, "exporting listings")
    at = ensure_aware(now)
    market: Marketplace = marketplaces().get(site)
    if market.channel != "ebay":
        raise ValidationFailed(f"{market.code} is not an eBay site", field="store")
    source = ebay.content_store(market)
    approved = _approved(session, actor, source)
    products = {
        p.id: p for p in _products(session, actor, {r.product_id for r in approved.values()})
    }
    stock: dict[str, int] = {}
    for position in inventory.pool_positions(
        session, seller_id=actor.seller_id, skus=sorted(approved)
    ):
        stock[position.sku] = stock.get(position.sku, 0) + position.available
    report = ExportReport()
    out: list[dict[str, Any]] = []
    errors: list[FieldError] = []
    for sku, listing in sorted(approved.items()):
        if listing.content.get("parentage_level") == "parent":
            continue  # a variation parent is not an item eBay sells
        product = products[listing.product_id]
        price = _price(session, product, market.code, market.currency, at) or _price(
            session, product, source, market.currency, at
        )
        if price is None:
            errors.append(
                FieldError(
                    field="price",
                    message=f"{sku} has no applied {market.currency} price in {market.code} "
                    f"or {source}",
                )
            )
            continue
        try:
            chosen = ebay_settings(settings, market.code, listing.product_type)
            calls, warnings = ebay.requests(
                sku,
                listing.content,
                market,
                price=price.price,
                quantity=stock.get(sku, 0),
                settings=chosen,
            )
        except ValueError as exc:
            errors.append(FieldError(field="sku", message=f"{sku}: {exc}"))
            continue
        except ValidationFailed as exc:
            errors.append(FieldError(field=exc.field or "settings", message=exc.message))
            continue
        if warnings:
            report.warnings[sku] = warnings
        out += calls
        report.products += 1
    if errors:
        raise ValidationFailed(
            f"{len(errors)} SKUs cannot go to {market.code}", field="listings", errors=errors
        )
    report.rows = len(out)
    return {
        "marketplaceId": market.marketplace_id,
        "contentLanguage": market.default_language_tag.replace("_", "-"),
        "contentFrom": source,
        "requests": out,
    }, report
