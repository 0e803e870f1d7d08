"""Catalogue use cases: keyword-only, scoped to the actor's seller, flush and never commit."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from sqlalchemy import String, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from globalsell.catalog import domain
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, Product, ProductImage, Variant, scope_key
from globalsell.catalog.schemas import ProductCreate, ProductSummary
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    Conflict,
    GuardRailViolation,
    NotFound,
    ValidationFailed,
)
from globalsell.core.money import is_currency

TITLE_ATTRIBUTES = ("item_name", "title")  # a product's title per language and store


PRODUCT_ORDERS = ("sku", "title", "brand", "category", "updated")
IMAGE_URL = "main_image_url"  # the product's picture on the web (Amazon's flat-file name)
# What a buyable item needs before Amazon lists it and a seller types on the fix page: the list's
# "missing" filter finds the products with an item lacking it (as the assistant's check does).
MISSING_FILTERS = {"weight": "item_weight", "barcode": "externally_assigned_product_identifier"}


def _usable(value: Any) -> Any:
    """An attribute value that counts for the item: store-independent, and typed by the seller
    or accepted (a generated value waiting for review does not)."""
    return and_(
        value.marketplace.is_(None),
        or_(value.provenance == Provenance.SELLER, value.accepted.is_(True)),
    )


def _lacking(name: str) -> Any:
    """Products with a buyable item (the product without variants, else a variant) that has no
    usable `name`, on itself or on the product."""
    own, of_variant = aliased(AttributeValue), aliased(AttributeValue)
    on_product = exists().where(
        own.product_id == Product.id, own.variant_id.is_(None), own.name == name, _usable(own)
    )
    has_variants = exists().where(Variant.product_id == Product.id)
    variant_without = exists().where(
        Variant.product_id == Product.id,
        ~exists().where(
            of_variant.variant_id == Variant.id, of_variant.name == name, _usable(of_variant)
        ),
    )
    return and_(~on_product, or_(~has_variants, variant_without))


def _products_where(
    query: Any,
    *,
    actor: Actor,
    search: str | None,
    brand: str | None,
    category: str | None,
    missing: str | None = None,
) -> Any:
    query = query.where(Product.seller_id == actor.seller_id)
    if missing is not None:
        if missing not in MISSING_FILTERS:
            raise ValidationFailed(f"unknown filter {missing[:20]!r}", field="missing")
        query = query.where(_lacking(MISSING_FILTERS[missing]))
    if search:
        pattern = f"%{search.strip()}%"
        titled = select(AttributeValue.product_id).where(
            AttributeValue.seller_id == actor.seller_id,
            AttributeValue.name.in_(TITLE_ATTRIBUTES),
            cast(AttributeValue.value, String).ilike(pattern),
        )
        query = query.where(
            or_(
                Product.sku.ilike(pattern),
                Product.title.ilike(pattern),
                Product.brand.ilike(pattern),
                Product.id.in_(titled),
            )
        )
    if brand:
        query = query.where(Product.brand == brand)
    if category:
        query = query.where(Product.category == category)
    return query


def list_products(
    session: Session,
    *,
    actor: Actor,
    search: str | None = None,
    limit: int = 100,
    offset: int = 0,
    brand: str | None = None,
    category: str | None = None,
    order: str = "sku",
    descending: bool = False,
    missing: str | None = None,
) -> list[ProductSummary]:
    """Products of the actor's seller, optionally filtered by text in the SKU, brand or title,
    in any language the title is stored in (the `item_name` attribute of each store), by brand,
    by category and by what an item still lacks (MISSING_FILTERS); sorted by one of
    PRODUCT_ORDERS (then SKU)."""
    if order not in PRODUCT_ORDERS:
        raise ValidationFailed(f"cannot sort products by {order[:20]!r}", field="order")
    variant_count = (
        select(func.count(Variant.id)).where(Variant.product_id == Product.id).scalar_subquery()
    )
    query = _products_where(
        select(Product, variant_count),
        actor=actor,
        search=search,
        brand=brand,
        category=category,
        missing=missing,
    )
    column = {
        "sku": Product.sku,
        "title": Product.title,
        "brand": Product.brand,
        "category": Product.category,
        "updated": Product.updated_at,
    }[order]
    first = column.desc().nulls_last() if descending else column.asc().nulls_last()
    rows = session.execute(query.order_by(first, Product.sku).limit(limit).offset(offset))
    return [
        ProductSummary(
            sku=p.sku,
            title=p.title,
            brand=p.brand,
            category=p.category,
            source_language=p.source_language,
            variation_theme=p.variation_theme,
            variant_count=count,
            updated_at=p.updated_at,
        )
        for p, count in rows
    ]


def count_products(
    session: Session,
    *,
    actor: Actor,
    search: str | None = None,
    brand: str | None = None,
    category: str | None = None,
    missing: str | None = None,
) -> int:
    query = _products_where(
        select(func.count(Product.id)),
        actor=actor,
        search=search,
        brand=brand,
        category=category,
        missing=missing,
    )
    return session.scalar(query) or 0


def product_facets(session: Session, *, actor: Actor) -> dict[str, list[str]]:
    """The brands and categories the seller's products use (for list filters)."""
    facets: dict[str, list[str]] = {}
    for name, column in (("brand", Product.brand), ("category", Product.category)):
        values = session.scalars(
            select(column)
            .where(Product.seller_id == actor.seller_id, column.is_not(None))
            .distinct()
            .order_by(column)
        )
        facets[name] = [v for v in values if v]
    return facets


def images_by_sku(session: Session, *, actor: Actor, skus: Iterable[str]) -> dict[str, str]:
    """Where each product's picture is: its uploaded file's page address, else its image URL;
    products without either are left out."""
    wanted = sorted({s for s in skus if s})
    if not wanted:
        return {}
    images: dict[str, str] = {}
    linked = session.execute(
        select(Product.sku, AttributeValue.value)
        .join(AttributeValue, AttributeValue.product_id == Product.id)
        .where(
            Product.seller_id == actor.seller_id,
            Product.sku.in_(wanted),
            AttributeValue.variant_id.is_(None),
            AttributeValue.marketplace.is_(None),
            AttributeValue.name == IMAGE_URL,
        )
    )
    images.update({sku: value for sku, value in linked if isinstance(value, str) and value})
    uploaded = session.scalars(
        select(Product.sku)
        .join(ProductImage, ProductImage.product_id == Product.id)
        .where(Product.seller_id == actor.seller_id, Product.sku.in_(wanted))
    )
    images.update({sku: f"/products/{quote(sku)}/image" for sku in uploaded})
    return images


def titles_by_sku(session: Session, *, actor: Actor, skus: Iterable[str]) -> dict[str, str]:
    """The title a seller knows each product or variant SKU by (a variant without its own
    title takes its product's); unknown SKUs are left out."""
    wanted = sorted({s for s in skus if s})
    if not wanted:
        return {}
    titles: dict[str, str] = {}
    products = session.execute(
        select(Product.sku, Product.title).where(
            Product.seller_id == actor.seller_id, Product.sku.in_(wanted)
        )
    )
    titles.update({row[0]: row[1] for row in products})
    variants = session.execute(
        select(Variant.sku, Variant.title, Product.title)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.seller_id == actor.seller_id, Variant.sku.in_(wanted))
    )
    for sku, own, parent in variants:
        titles.setdefault(sku, own or parent)
    return titles


def unit_costs(
    session: Session, *, actor: Actor, skus: Iterable[str]
) -> dict[str, tuple[Decimal, str]]:
    """What one unit of each product or variant SKU costs the seller (amount, currency); a
    variant without its own cost takes its product's; SKUs without a cost are left out."""
    wanted = sorted({s for s in skus if s})
    if not wanted:
        return {}
    costs: dict[str, tuple[Decimal, str]] = {}
    products = session.execute(
        select(Product.sku, Product.unit_cost, Product.cost_currency).where(
            Product.seller_id == actor.seller_id, Product.sku.in_(wanted)
        )
    )
    for sku, amount, currency in products:
        if amount is not None and currency:
            costs[sku] = (amount, currency)
    variants = session.execute(
        select(
            Variant.sku,
            Variant.unit_cost,
            Variant.cost_currency,
            Product.unit_cost,
            Product.cost_currency,
        )
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.seller_id == actor.seller_id, Variant.sku.in_(wanted))
    )
    for sku, own, own_currency, parent, parent_currency in variants:
        if own is not None and own_currency:
            costs.setdefault(sku, (own, own_currency))
        elif parent is not None and parent_currency:
            costs.setdefault(sku, (parent, parent_currency))
    return costs


def get_product(session: Session, *, actor: Actor, sku: str) -> Product:
    """A product with its variants and attributes; another seller's SKU is 'not found'."""
    product = session.scalar(
        select(Product)
        .where(Product.seller_id == actor.seller_id, Product.sku == sku)
        .options(selectinload(Product.variants), selectinload(Product.attributes))
    )
    if product is None:
        raise NotFound(f"product {sku!r} not found", field="sku")
    return product


def product_of_sku(session: Session, *, seller_id: int, sku: str) -> Product | None:
    """The product a SKU belongs to: the parent of a variant SKU, else the product itself."""
    variant = session.scalar(
        select(Variant).where(Variant.seller_id == seller_id, Variant.sku == sku)
    )
    if variant is not None:
        return session.get(Product, variant.product_id)
    return session.scalar(select(Product).where(Product.seller_id == seller_id, Product.sku == sku))


def create_product(
    session: Session, *, actor: Actor, data: ProductCreate, now: datetime
) -> Product:
    """Create one product typed in by the seller."""
    actor.require(Role.OPERATOR, "creating products")
    if data.cost_currency is not None and not is_currency(data.cost_currency):
        raise ValidationFailed(f"unknown currency {data.cost_currency!r}", field="cost_currency")
    if data.unit_cost is not None and data.cost_currency is None:
        raise ValidationFailed("give the currency of the unit cost", field="cost_currency")
    if _sku_taken(session, seller_id=actor.seller_id, sku=data.sku):
        raise Conflict(f"SKU {data.sku!r} exists already", field="sku")
    at = ensure_aware(now)
    product = Product(
        seller_id=actor.seller_id,
        sku=data.sku,
        title=data.title.strip(),
        brand=data.brand,
        category=data.category,
        description=data.description,
        source_language=data.source_language or domain.detect_language(data.title),
        variation_theme=None,
        unit_cost=data.unit_cost,
        cost_currency=data.cost_currency,
        created_at=at,
        updated_at=at,
    )
    session.add(product)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="catalog.product.created",
        subject_type="product",
        subject_id=product.sku,
        data=data.model_dump(mode="json"),
        now=now,
    )
    return product


def _sku_taken(session: Session, *, seller_id: int, sku: str) -> bool:
    in_products = session.scalar(
        select(Product.id).where(Product.seller_id == seller_id, Product.sku == sku)
    )
    in_variants = session.scalar(
        select(Variant.id).where(Variant.seller_id == seller_id, Variant.sku == sku)
    )
    return in_products is not None or in_variants is not None


def find_attribute(
    session: Session,
    *,
    product: Product,
    name: str,
    variant_id: int | None = None,
    language: str | None = None,
    marketplace: str | None = None,
) -> AttributeValue | None:
    return session.scalar(
        select(AttributeValue).where(
            AttributeValue.product_id == product.id,
            AttributeValue.name == name,
            AttributeValue.scope == scope_key(variant_id, language, marketplace),
        )
    )


def set_attribute(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    name: str,
    value: Any,
    unit: str | None,
    language: str | None,
    marketplace: str | None,
    provenance: Provenance,
    confidence: Decimal | None,
    source: str,
    now: datetime,
    accepted: bool | None = None,
) -> AttributeValue:
    """Write one attribute value. A value the seller entered is never overwritten by a generated,
    translated or derived one: that is refused with a Conflict."""
    actor.require(Role.OPERATOR, "changing attributes")
    product = get_product(session, actor=actor, sku=sku)
    existing = find_attribute(
        session, product=product, name=name, language=language, marketplace=marketplace
    )
    if (
        existing is not None
        and existing.provenance is Provenance.SELLER
        and (provenance is not Provenance.SELLER)
    ):
        raise Conflict(
            f"{name} was entered by the seller and is not overwritten by a {provenance} value",
            field=name,
        )
    at = ensure_aware(now)
    before = (
        None
        if existing is None
        else {
            "value": existing.value,
            "unit": existing.unit,
            "provenance": existing.provenance.value,
        }
    )
    if existing is None:
        existing = AttributeValue(
            seller_id=actor.seller_id,
            product_id=product.id,
            variant_id=None,
            name=name,
            scope=scope_key(None, language, marketplace),
            language=language,
            marketplace=marketplace,
            created_at=at,
        )
        session.add(existing)
    existing.value = value
    existing.unit = unit
    existing.provenance = provenance
    existing.confidence = confidence
    existing.source = source
    existing.accepted = accepted
    existing.updated_at = at
    product.updated_at = at
    session.flush()
    # A product already loaded in this session reads its attributes afresh, the new one too.
    session.expire(product, ["attributes"])
    audit.record(
        session,
        actor=actor,
        action="catalog.attribute.set",
        subject_type="product",
        subject_id=sku,
        data={
            "name": name,
            "language": language,
            "marketplace": marketplace,
            "before": before,
            "after": {"value": value, "unit": unit, "provenance": provenance.value},
        },
        now=now,
    )
    return existing


PRODUCT_FIELDS = ("title", "brand", "category", "description", "unit_cost", "cost_currency")
MAX_UNIT_COST = Decimal("1000000")


def check_product_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Hard limits on a product change (they hold even after a seller approved it)."""
    unknown = sorted(set(changes) - set(PRODUCT_FIELDS))
    if unknown:
        raise ValidationFailed(f"cannot change {', '.join(unknown)}", field="changes")
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if domain.has_control_characters(value):
            raise ValidationFailed(f"{key} contains control characters", field=key)
        if key == "unit_cost":
            try:
                cost = Decimal(str(value))
            except ArithmeticError as exc:
                raise ValidationFailed("unit_cost must be a decimal string", field=key) from exc
            if not cost.is_finite() or cost <= 0 or cost > MAX_UNIT_COST:
                raise GuardRailViolation(
                    f"unit_cost must be above 0 and at most {MAX_UNIT_COST}", field=key
                )
            clean[key] = cost
        elif key == "cost_currency":
            if not isinstance(value, str) or not is_currency(value):
                raise ValidationFailed(f"unknown currency {value!r}", field=key)
            clean[key] = value
        elif key == "title":
            if not isinstance(value, str) or not value.strip() or len(value) > domain.MAX_TITLE:
                raise ValidationFailed(f"title must be 1-{domain.MAX_TITLE} characters", field=key)
            clean[key] = value.strip()
        else:
            if value is not None and (not isinstance(value, str) or len(value) > domain.MAX_TEXT):
                raise ValidationFailed(
                    f"{key} must be text up to {domain.MAX_TEXT} characters", field=key
                )
            clean[key] = value
    return clean


def update_product(
    session: Session, *, actor: Actor, sku: str, changes: dict[str, Any], now: datetime
) -> Product:
    """Change a product's own fields; refuses anything past the hard limits."""
    actor.require(Role.OPERATOR, "changing products")
    clean = check_product_changes(changes)
    product = get_product(session, actor=actor, sku=sku)
    before = {k: getattr(product, k) for k in clean}
    for key, value in clean.items():
        setattr(product, key, value)
    product.updated_at = ensure_aware(now)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="catalog.product.updated",
        subject_type="product",
        subject_id=sku,
        data={
            "before": {k: _jsonable(v) for k, v in before.items()},
            "after": {k: _jsonable(v) for k, v in clean.items()},
        },
        now=now,
    )
    return product


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def products_with_details(session: Session, *, actor: Actor) -> list[Product]:
    """Every product of the actor's seller with its variants and attributes (for read-only
    overviews such as the assistant's snapshot)."""
    return list(
        session.scalars(
            select(Product)
            .where(Product.seller_id == actor.seller_id)
            .order_by(Product.sku)
            .options(selectinload(Product.variants), selectinload(Product.attributes))
        )
    )
