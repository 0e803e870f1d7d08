"""Price changes: every change is a change request (small moves inside the 24-hour guard are
applied at once), the applied price history, and the `purchasable_offer` that feeds send."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.catalog import service as catalog
from globalsell.catalog.models import Product
from globalsell.core import audit, formatting, messages
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import DomainError, NotFound, ValidationFailed
from globalsell.core.money import Money, Rounding
from globalsell.pricing import domain
from globalsell.pricing.domain import (
    PriceStatus,
    PriceType,
)
from globalsell.pricing.models import (
    Price,
    PriceBounds,
    PriceQuote,
)
from globalsell.pricing.policies import amazon_store
from globalsell.pricing.service import Quoted, quote

KIND_SET_PRICE = "pricing.price.set"


def _aware(value: datetime | None, field: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValidationFailed(f"{field} needs a time zone (UTC)", field=field)
    return ensure_aware(value)


def _plain(amount: Decimal, currency: str) -> str:
    """A stored amount at its currency's minor units (`16.990000` -> `16.99`)."""
    return str(Money(amount, currency).quantize(Rounding.HALF_UP).amount)


def recent_prices(
    session: Session, *, product_id: int, store: str, price_type: PriceType, now: datetime
) -> list[Price]:
    """Prices of one type in effect at any moment of the last 24 hours."""
    at = ensure_aware(now)
    window = at - timedelta(hours=24)
    rows = session.scalars(
        select(Price).where(
            Price.product_id == product_id,
            Price.store == store,
            Price.price_type == price_type,
            Price.starts_at <= at,
        )
    )
    return [
        r
        for r in rows
        if (r.superseded_at is None or r.superseded_at > window)
        and (r.ends_at is None or r.ends_at > window)
    ]


def active_price(
    session: Session, *, product_id: int, store: str, price_type: PriceType
) -> Price | None:
    return session.scalar(
        select(Price).where(
            Price.product_id == product_id,
            Price.store == store,
            Price.price_type == price_type,
            Price.status == PriceStatus.ACTIVE,
        )
    )


def selling_prices(
    session: Session, *, actor: Actor, pairs: set[tuple[str, str]]
) -> dict[tuple[str, str], Money]:
    """What one unit of each (sku, store) sells for now: its applied regular price, else the
    price of its newest saved quote; a pair with neither is left out."""
    skus = {sku for sku, _ in pairs}
    if not skus:
        return {}
    products = {
        p.id: p.sku
        for p in session.scalars(
            select(Product).where(Product.seller_id == actor.seller_id, Product.sku.in_(skus))
        )
    }
    found: dict[tuple[str, str], Money] = {}
    for row in session.scalars(
        select(PriceQuote)
        .where(PriceQuote.seller_id == actor.seller_id, PriceQuote.product_id.in_(products))
        .order_by(PriceQuote.created_at, PriceQuote.id)
    ):
        found[(products[row.product_id], row.store)] = Money(row.price, row.currency)
    for price in session.scalars(
        select(Price).where(
            Price.seller_id == actor.seller_id,
            Price.product_id.in_(products),
            Price.price_type == PriceType.REGULAR,
            Price.status == PriceStatus.ACTIVE,
        )
    ):
        found[(products[price.product_id], price.store)] = Money(price.amount, price.currency)
    return {pair: money for pair, money in found.items() if pair in pairs}


def propose_catalogue_prices(
    session: Session, *, registry: ApplierRegistry, store: str, actor: Actor, now: datetime
) -> tuple[list[ChangeRequest], list[str]]:
    """The target-margin price of every product in one store, each as its own change request;
    a product that cannot be priced (no cost, no weight, below the margin floor...) is skipped
    with its reason and leaves nothing behind."""
    actor.require(Role.OPERATOR, "proposing prices")
    proposed: list[ChangeRequest] = []
    skipped: list[str] = []
    for product in catalog.list_products(session, actor=actor, limit=1_000_000):
        try:
            with session.begin_nested():
                proposed.append(
                    propose_price(
                        session,
                        registry=registry,
                        sku=product.sku,
                        store=store,
                        actor=actor,
                        now=now,
                        reason="catalogue price at the store's target margin",
                    )
                )
        except DomainError as exc:
            skipped.append(f"{product.sku}: {exc.message}")
    return proposed, skipped


def propose_price(
    session: Session,
    *,
    registry: ApplierRegistry,
    sku: str,
    store: str,
    actor: Actor,
    now: datetime,
    price: Decimal | None = None,
    target_margin: Decimal | None = None,
    price_type: PriceType = PriceType.REGULAR,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    reason: str = "",
    quoted: Quoted | None = None,
) -> ChangeRequest:
    """Every price change is a change request with its breakdown. Within the guard (a move of at
    most `max_change_24h` from every price of the last 24 h) it is approved and applied at once;
    a first price or a bigger move waits for the seller's approval."""
    actor.require(Role.OPERATOR, "proposing prices")
    if quoted is None:
        quoted = quote(
            session,
            sku=sku,
            store=store,
            actor=actor,
            now=now,
            target_margin=target_margin,
            target_price=price,
        )
    q = quoted.quote
    floor = quoted.policy.margin_floor
    if not q.meets(floor):
        domain.quote_for_price(quoted.rules, q.landed, q.price, floor=floor)  # raises with reason
    at = ensure_aware(now)
    start = _aware(starts_at, "starts_at") or at
    ends_at = _aware(ends_at, "ends_at")
    if price_type is PriceType.SALE:
        domain.check_deal_window(start, ends_at)
    product = catalog.get_product(session, actor=actor, sku=sku)
    payload: dict[str, Any] = {
        "sku": sku,
        "store": q.store,
        "price_type": price_type.value,
        "amount": str(q.price.amount),
        "currency": q.currency,
        "starts_at": start.isoformat(),
        "ends_at": ends_at.isoformat() if ends_at else None,
        "breakdown": quoted.breakdown(),
    }
    recent = recent_prices(
        session, product_id=product.id, store=q.store, price_type=PriceType.REGULAR, now=now
    )
    guard = domain.needs_approval(
        q.price, [Money(r.amount, r.currency) for r in recent], quoted.policy.max_change_24h
    )
    current = active_price(session, product_id=product.id, store=q.store, price_type=price_type)
    english = formatting.Display()
    after = formatting.money(q.price.amount, q.price.currency, english)
    before = formatting.money(current.amount, current.currency, english) if current else None
    kind_name = "Sale price" if price_type is PriceType.SALE else "Regular price"
    title = f"{kind_name} of {sku} in {q.store}: " + (f"{before} → " if before else "") + after
    title_message = (
        messages.message(
            "pricing.price.change",
            price_type=messages.label("price_type", price_type.value),
            sku=sku,
            store=q.store,
            before=messages.money(amount=current.amount, currency=current.currency),
            price=messages.money(q.price),
        )
        if current
        else None
    )
    change = approvals.propose(
        session,
        registry=registry,
        kind=KIND_SET_PRICE,
        subject_type="product",
        subject_id=sku,
        title=title,
        payload=payload,
        reason=reason
        or (
            f"margin {formatting.percent(q.margin_rate, english)} "
            f"(floor {formatting.percent(floor, english)})"
        ),
        actor=actor,
        now=now,
        expected_effect={"margin": q.margin.to_json(), "margin_rate": str(q.margin_rate)},
        messages={"title": title_message} if title_message else None,
    )
    if not guard:
        change = approvals.approve_and_apply(
            session,
            registry=registry,
            change_id=change.id,
            seen_fingerprint=approvals.fingerprint_of(change),
            actor=actor,
            now=now,
            note=(
                f"within the {formatting.percent(quoted.policy.max_change_24h, english, digits=0)}"
                " / 24 h guard"
            ),
            by_policy="pricing.max_change_24h",
        )
    return change


def apply_price(
    session: Session,
    *,
    sku: str,
    store: str,
    price_type: PriceType,
    amount: Decimal,
    currency: str,
    starts_at: datetime,
    ends_at: datetime | None,
    breakdown: dict[str, Any],
    actor: Actor,
    now: datetime,
) -> Price:
    """Make a price current (called by the approvals applier): the previous price of the same
    type is superseded."""
    actor.require(Role.OPERATOR, "setting prices")
    product = catalog.get_product(session, actor=actor, sku=sku)
    at = ensure_aware(now)
    previous = active_price(session, product_id=product.id, store=store, price_type=price_type)
    if previous is not None:
        domain.check_transition(previous.status, PriceStatus.SUPERSEDED)
        previous.status = PriceStatus.SUPERSEDED
        previous.superseded_at = at
    row = Price(
        seller_id=actor.seller_id,
        product_id=product.id,
        store=store,
        price_type=price_type,
        status=PriceStatus.ACTIVE,
        amount=amount,
        currency=currency,
        starts_at=ensure_aware(starts_at),
        ends_at=None if ends_at is None else ensure_aware(ends_at),
        superseded_at=None,
        breakdown=breakdown,
        created_at=at,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="pricing.price.applied",
        subject_type="product",
        subject_id=sku,
        data={
            "store": store,
            "price_type": price_type.value,
            "price": {"amount": str(amount), "currency": currency},
            "previous": None if previous is None else str(previous.amount),
        },
        now=now,
    )
    return row


def prices_for(session: Session, *, sku: str, actor: Actor) -> list[Price]:
    product = catalog.get_product(session, actor=actor, sku=sku)
    return list(
        session.scalars(
            select(Price)
            .where(Price.product_id == product.id, Price.status == PriceStatus.ACTIVE)
            .order_by(Price.store, Price.price_type)
        )
    )


def purchasable_offer(
    session: Session, *, sku: str, store: str, actor: Actor, now: datetime
) -> list[dict[str, Any]]:
    """The Amazon `purchasable_offer` attribute for the applied prices (what listings and feeds
    send): our_price, an event deal as discounted_price with its window, and the allowed range."""
    market = amazon_store(store)
    product = catalog.get_product(session, actor=actor, sku=sku)
    regular = active_price(
        session, product_id=product.id, store=market.code, price_type=PriceType.REGULAR
    )
    if regular is None:
        raise NotFound(f"{sku} has no applied price in {market.code}", field="store")
    offer: dict[str, Any] = {
        "marketplace_id": market.marketplace_id,
        "currency": market.currency,
        "our_price": [{"schedule": [{"value_with_tax": _plain(regular.amount, market.currency)}]}],
    }
    sale = active_price(
        session, product_id=product.id, store=market.code, price_type=PriceType.SALE
    )
    at = ensure_aware(now)
    if sale is not None and (sale.ends_at is None or sale.ends_at > at):
        offer["discounted_price"] = [
            {
                "schedule": [
                    {
                        "value_with_tax": _plain(sale.amount, market.currency),
                        "start_at": sale.starts_at.isoformat(),
                        "end_at": None if sale.ends_at is None else sale.ends_at.isoformat(),
                    }
                ]
            }
        ]
    bounds = session.scalar(
        select(PriceBounds).where(
            PriceBounds.product_id == product.id, PriceBounds.store == market.code
        )
    )
    if bounds is not None and bounds.minimum is not None:
        offer["minimum_seller_allowed_price"] = [
            {"schedule": [{"value_with_tax": _plain(bounds.minimum, market.currency)}]}
        ]
    if bounds is not None and bounds.maximum is not None:
        offer["maximum_seller_allowed_price"] = [
            {"schedule": [{"value_with_tax": _plain(bounds.maximum, market.currency)}]}
        ]
    return [offer]
