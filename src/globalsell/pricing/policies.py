"""Pricing policies (margin targets, floors, fee overrides per store) and Amazon's minimum/maximum
allowed prices per SKU: what the quoting engine reads before it prices anything."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.catalog import service as catalog
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import ValidationFailed
from globalsell.core.marketplaces import Marketplace, marketplaces
from globalsell.core.money import Money, is_currency
from globalsell.pricing import tables
from globalsell.pricing.models import (
    PriceBounds,
    PricingPolicy,
)

DEFAULT_STORE = "*"
# Policy defaults until the seller sets its own (see docs/adr/0018).
DEFAULTS = {
    "target_margin": Decimal("0.25"),
    "margin_floor": Decimal("0.10"),
    "max_change_24h": Decimal("0.20"),
    "storage_months": Decimal(1),
}
POLICY_FIELDS = (
    "target_margin",
    "margin_floor",
    "max_change_24h",
    "fulfilment_fee",
    "referral_rate",
    "referral_minimum",
    "storage_months",
    "freight_per_unit",
    "freight_currency",
    "duty_rate",
)
FRACTIONS = ("target_margin", "margin_floor", "max_change_24h", "referral_rate", "duty_rate")


def priced_stores() -> list[str]:
    """The Amazon stores with a bundled referral fee table."""
    return tables.stores_with_referral_fees()


def amazon_store(code: str) -> Marketplace:
    """The Amazon store with this code (other channels are refused)."""
    market = marketplaces().get(code)
    if market.channel != "amazon":
        raise ValidationFailed(f"{market.code} is not an Amazon store", field="store")
    return market


@dataclass(frozen=True, slots=True)
class Policy:
    target_margin: Decimal
    margin_floor: Decimal
    max_change_24h: Decimal
    fulfilment_fee: Decimal | None
    referral_rate: Decimal | None
    referral_minimum: Decimal | None
    storage_months: Decimal
    freight_per_unit: Decimal | None
    freight_currency: str | None
    duty_rate: Decimal | None


def policy_for(session: Session, *, seller_id: int, store: str) -> Policy:
    """The store's row over the seller's default row over the built-in defaults."""
    rows = {
        r.store: r
        for r in session.scalars(
            select(PricingPolicy).where(
                PricingPolicy.seller_id == seller_id,
                PricingPolicy.store.in_([store, DEFAULT_STORE]),
            )
        )
    }
    values: dict[str, Any] = dict.fromkeys(POLICY_FIELDS)
    values.update(DEFAULTS)
    for key in (DEFAULT_STORE, store):
        row = rows.get(key)
        if row is None:
            continue
        for name in POLICY_FIELDS:
            value = getattr(row, name)
            if value is not None:
                values[name] = value
    return Policy(**values)


def set_policy(
    session: Session, *, store: str, changes: dict[str, Any], actor: Actor, now: datetime
) -> PricingPolicy:
    """Create or change the seller's pricing policy for one store (`*` = default)."""
    actor.require(Role.OPERATOR, "changing pricing policies")
    if store != DEFAULT_STORE:
        store = amazon_store(store).code
    unknown = sorted(set(changes) - set(POLICY_FIELDS))
    if unknown:
        raise ValidationFailed(f"unknown policy fields: {', '.join(unknown)}", field="changes")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "freight_currency":
            if value is not None and not is_currency(str(value)):
                raise ValidationFailed(f"unknown currency {value!r}", field=name)
            clean[name] = value
            continue
        if value is None:
            clean[name] = None
            continue
        try:
            number = Decimal(str(value))
        except InvalidOperation as exc:
            raise ValidationFailed(f"{name} must be a number", field=name) from exc
        if not number.is_finite() or number < 0:
            raise ValidationFailed(f"{name} must be zero or more", field=name)
        if name in FRACTIONS and number >= 1:
            raise ValidationFailed(f"{name} is a fraction below 1 (0.25 = 25%)", field=name)
        clean[name] = number
    row = session.scalar(
        select(PricingPolicy).where(
            PricingPolicy.seller_id == actor.seller_id, PricingPolicy.store == store
        )
    )
    at = ensure_aware(now)
    if row is None:
        row = PricingPolicy(seller_id=actor.seller_id, store=store, updated_at=at)
        session.add(row)
    for name, value in clean.items():
        setattr(row, name, value)
    row.updated_at = at
    target = row.target_margin
    floor = row.margin_floor
    if target is not None and floor is not None and target < floor:
        raise ValidationFailed("target margin must not be below the margin floor", field="target")
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="pricing.policy.updated",
        subject_type="pricing_policy",
        subject_id=store,
        data={k: None if v is None else str(v) for k, v in clean.items()},
        now=now,
    )
    return row


def set_bounds(
    session: Session,
    *,
    sku: str,
    store: str,
    minimum: Decimal | None,
    maximum: Decimal | None,
    actor: Actor,
    now: datetime,
) -> PriceBounds:
    """Amazon's minimum/maximum seller allowed price for one SKU in one store."""
    actor.require(Role.OPERATOR, "changing price bounds")
    market = amazon_store(store)
    product = catalog.get_product(session, actor=actor, sku=sku)
    for name, value in (("minimum", minimum), ("maximum", maximum)):
        if value is not None and (not value.is_finite() or value <= 0):
            raise ValidationFailed(f"{name} must be greater than zero", field=name)
        if value is not None and not Money(value, market.currency).is_rounded:
            raise ValidationFailed(f"{name} has too many decimals for {market.currency}", name)
    if minimum is not None and maximum is not None and minimum > maximum:
        raise ValidationFailed("minimum must not be above maximum", field="minimum")
    row = session.scalar(
        select(PriceBounds).where(
            PriceBounds.product_id == product.id, PriceBounds.store == market.code
        )
    )
    at = ensure_aware(now)
    if row is None:
        row = PriceBounds(
            seller_id=actor.seller_id,
            product_id=product.id,
            store=market.code,
            currency=market.currency,
            updated_at=at,
        )
        session.add(row)
    row.minimum, row.maximum, row.updated_at = minimum, maximum, at
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="pricing.bounds.updated",
        subject_type="product",
        subject_id=sku,
        data={"store": market.code, "minimum": _s(minimum), "maximum": _s(maximum)},
        now=now,
    )
    return row


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
