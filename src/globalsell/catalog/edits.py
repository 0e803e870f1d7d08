"""What a seller types for one buyable item on the product page: a weight or a barcode for a
product or one of its variants, stored as the seller's own value at the item's scope (as a
catalogue import stores it) and audited. A barcode already used by another item is refused."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.catalog import domain
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, Product, Variant, scope_key
from globalsell.catalog.units import parse_weight
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import Conflict, NotFound, ValidationFailed

GTIN = "externally_assigned_product_identifier"
WEIGHT = "item_weight"


def parse_item_weight(text: str) -> tuple[str, str]:
    """`1.2 kg` -> ("1.2", "kilograms"), checked as the import checks a weight column."""
    try:
        weight = parse_weight(text.strip())
    except ValueError as exc:
        raise ValidationFailed(f"weight: {exc}", field="weight") from exc
    if weight.value <= 0:
        raise ValidationFailed("weight: must be above 0", field="weight")
    return str(weight.value), weight.unit


def parse_barcode(text: str) -> dict[str, str]:
    """An EAN/UPC/GTIN with a valid check digit, stored as the import stores it."""
    code = text.replace(" ", "").strip()
    if not domain.gtin_valid(code):
        raise ValidationFailed(
            "barcode: not a valid EAN/UPC/GTIN (8, 12, 13 or 14 digits with a check digit)",
            field="barcode",
        )
    return {"type": domain.gtin_type(code), "value": code}


def item_of(session: Session, *, actor: Actor, sku: str) -> tuple[Product, Variant | None]:
    """The product a SKU is, or the product and variant a variant SKU is."""
    variant = session.scalar(
        select(Variant).where(Variant.seller_id == actor.seller_id, Variant.sku == sku)
    )
    if variant is not None:
        return variant.product, variant
    product = session.scalar(
        select(Product).where(Product.seller_id == actor.seller_id, Product.sku == sku)
    )
    if product is None:
        raise NotFound(f"product {sku[:40]!r} not found", field="sku")
    return product, None


def _barcode_owner(
    session: Session, *, actor: Actor, code: str, skip: tuple[int, int | None]
) -> str | None:
    """The SKU of another item that already carries this barcode, if any."""
    rows = session.execute(
        select(AttributeValue, Product.sku, Variant.sku)
        .join(Product, Product.id == AttributeValue.product_id)
        .outerjoin(Variant, Variant.id == AttributeValue.variant_id)
        .where(AttributeValue.seller_id == actor.seller_id, AttributeValue.name == GTIN)
    )
    for attribute, product_sku, variant_sku in rows:
        value = attribute.value
        same = isinstance(value, dict) and value.get("value") == code
        if same and (attribute.product_id, attribute.variant_id) != skip:
            return str(variant_sku or product_sku)
    return None


def set_item_value(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    name: str,
    value: Any,
    unit: str | None,
    now: datetime,
) -> AttributeValue:
    """Write the seller's weight or barcode for one item (product or variant SKU)."""
    actor.require(Role.OPERATOR, "changing products")
    if name not in (GTIN, WEIGHT):
        raise ValidationFailed(f"cannot set {name[:40]!r} here", field="name")
    product, variant = item_of(session, actor=actor, sku=sku)
    variant_id = variant.id if variant is not None else None
    if name == GTIN:
        owner = _barcode_owner(
            session, actor=actor, code=value["value"], skip=(product.id, variant_id)
        )
        if owner is not None:
            raise Conflict(f"barcode {value['value']} is already used by {owner}", field="barcode")
    scope = scope_key(variant_id, None, None)
    existing = session.scalar(
        select(AttributeValue).where(
            AttributeValue.product_id == product.id,
            AttributeValue.name == name,
            AttributeValue.scope == scope,
        )
    )
    at = ensure_aware(now)
    before = None if existing is None else {"value": existing.value, "unit": existing.unit}
    if existing is None:
        existing = AttributeValue(
            seller_id=actor.seller_id,
            product_id=product.id,
            variant_id=variant_id,
            name=name,
            scope=scope,
            language=None,
            marketplace=None,
            created_at=at,
        )
        session.add(existing)
    existing.value = value
    existing.unit = unit
    existing.provenance = Provenance.SELLER
    existing.confidence = None
    existing.accepted = True
    existing.source = "dashboard"
    existing.updated_at = at
    product.updated_at = at
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="catalog.attribute.set",
        subject_type="product",
        subject_id=product.sku,
        data={
            "name": name,
            "sku": sku,
            "before": before,
            "after": {"value": value, "unit": unit, "provenance": Provenance.SELLER.value},
        },
        now=now,
    )
    return existing
