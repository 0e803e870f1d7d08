"""How price changes go through approvals: `pricing.price.set` re-checks the margin floor, the
store's currency and the allowed range right before it is applied."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals.registry import ApplierRegistry, Description
from globalsell.catalog.models import Product
from globalsell.core import messages
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.core.money import Money
from globalsell.pricing import changes, domain, service
from globalsell.pricing.domain import PriceType


def _datetime(value: Any, field: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationFailed(f"{field} must be an ISO date-time", field=field) from exc


class SetPrice:
    """`pricing.price.set`: {sku, store, price_type, amount, currency, starts_at, ends_at,
    breakdown}."""

    kind = changes.KIND_SET_PRICE

    def validate(self, session: Session, *, seller_id: int, payload: dict[str, Any]) -> None:
        sku = str(payload.get("sku"))
        product = session.scalar(
            select(Product).where(Product.seller_id == seller_id, Product.sku == sku)
        )
        if product is None:
            raise NotFound(f"product {sku!r} not found", field="sku")
        try:
            price_type = PriceType(str(payload.get("price_type")))
            amount = Decimal(str(payload.get("amount")))
        except (ValueError, InvalidOperation) as exc:
            raise ValidationFailed("price_type and amount are required", field="amount") from exc
        starts = _datetime(payload.get("starts_at"), "starts_at")
        ends = _datetime(payload.get("ends_at"), "ends_at")
        if price_type is PriceType.SALE and starts is not None:
            domain.check_deal_window(starts, ends)
        actor = Actor(name="approvals", seller_id=seller_id, role=Role.VIEWER)
        if starts is None:
            raise ValidationFailed("starts_at is required", field="starts_at")
        quoted = service.quote(
            session,
            sku=sku,
            store=str(payload.get("store")),
            actor=actor,
            now=starts,
            target_price=amount,
        )
        if payload.get("currency") != quoted.rules.currency:
            raise ValidationFailed(
                f"{quoted.rules.store} sells in {quoted.rules.currency}", field="currency"
            )
        domain.quote_for_price(
            quoted.rules,
            quoted.quote.landed,
            Money(amount, quoted.rules.currency),
            floor=quoted.policy.margin_floor,
        )

    def describe(self, payload: dict[str, Any]) -> Description:
        sku = str(payload["sku"])
        return Description(
            "product",
            sku,
            f"{payload['price_type']} price {sku} in {payload['store']}: "
            f"{payload['amount']} {payload['currency']}",
            messages.message(
                "pricing.price.set",
                price_type=messages.label("price_type", str(payload["price_type"])),
                sku=sku,
                store=str(payload["store"]),
                price=messages.money(
                    amount=Decimal(str(payload["amount"])), currency=str(payload["currency"])
                ),
            ),
        )

    def snapshot(
        self, session: Session, *, seller_id: int, payload: dict[str, Any]
    ) -> dict[str, Any]:
        sku = str(payload.get("sku"))
        state: dict[str, Any] = {k: payload.get(k) for k in ("sku", "store", "price_type")}
        product = session.scalar(
            select(Product).where(Product.seller_id == seller_id, Product.sku == sku)
        )
        if product is None:
            return state
        try:
            price_type = PriceType(str(payload.get("price_type")))
        except ValueError:
            return state
        current = changes.active_price(
            session, product_id=product.id, store=str(payload.get("store")), price_type=price_type
        )
        if current is not None:
            state.update(
                amount=str(current.amount),
                currency=current.currency,
                starts_at=current.starts_at.isoformat(),
                ends_at=None if current.ends_at is None else current.ends_at.isoformat(),
            )
        return state

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        starts = _datetime(payload.get("starts_at"), "starts_at") or now
        price = changes.apply_price(
            session,
            sku=str(payload["sku"]),
            store=str(payload["store"]),
            price_type=PriceType(str(payload["price_type"])),
            amount=Decimal(str(payload["amount"])),
            currency=str(payload["currency"]),
            starts_at=starts,
            ends_at=_datetime(payload.get("ends_at"), "ends_at"),
            breakdown=dict(payload.get("breakdown") or {}),
            actor=actor,
            now=now,
        )
        return {"price_id": price.id}


def register(registry: ApplierRegistry) -> None:
    registry.register(SetPrice())
