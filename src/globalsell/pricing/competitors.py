"""Competitor prices: CSV import, and quotes that match or beat the lowest recent competitor
without going below the margin floor."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.catalog import service as catalog
from globalsell.catalog.models import Product
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import FieldError, NotFound, ValidationFailed
from globalsell.core.money import Money
from globalsell.pricing import domain
from globalsell.pricing.domain import (
    CompetitorMode,
)
from globalsell.pricing.models import (
    CompetitorPrice,
)
from globalsell.pricing.policies import amazon_store
from globalsell.pricing.service import Quoted, quote

COMPETITOR_COLUMNS = ("sku", "store", "competitor", "price", "currency", "observed_at")


def import_competitor_prices(session: Session, *, data: bytes, actor: Actor, now: datetime) -> int:
    """Competitor prices from CSV (sku,store,competitor,price,currency,observed_at); all or
    nothing, every bad row reported."""
    actor.require(Role.OPERATOR, "importing competitor prices")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationFailed("the file is not UTF-8 text", field="file") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fieldnames = list(reader.fieldnames or [])
        lines = list(reader)
    except csv.Error as exc:
        raise ValidationFailed(f"not a readable CSV file: {exc}", field="file") from exc
    missing = [c for c in COMPETITOR_COLUMNS if c not in fieldnames]
    if missing:
        raise ValidationFailed(f"missing columns: {', '.join(missing)}", field="file")
    errors: list[FieldError] = []
    rows: list[CompetitorPrice] = []
    products: dict[str, Product | None] = {}
    at = ensure_aware(now)
    for number, line in enumerate(lines, start=2):
        sku = (line["sku"] or "").strip()
        if sku not in products:
            products[sku] = session.scalar(
                select(Product).where(Product.seller_id == actor.seller_id, Product.sku == sku)
            )
        product = products[sku]
        if product is None:
            errors.append(FieldError("sku", "unknown SKU", row=number, value=sku))
            continue
        try:
            market = amazon_store((line["store"] or "").strip())
        except (NotFound, ValidationFailed):
            errors.append(
                FieldError("store", "unknown Amazon store", row=number, value=line["store"])
            )
            continue
        currency = (line["currency"] or "").strip().upper()
        if currency != market.currency:
            errors.append(
                FieldError(
                    "currency",
                    f"{market.code} sells in {market.currency}",
                    row=number,
                    value=currency,
                )
            )
            continue
        try:
            amount = Decimal((line["price"] or "").strip())
            if not amount.is_finite() or amount <= 0 or not Money(amount, currency).is_rounded:
                raise InvalidOperation
        except InvalidOperation:
            errors.append(
                FieldError("price", "must be a positive amount", row=number, value=line["price"])
            )
            continue
        try:
            observed = ensure_aware(datetime.fromisoformat((line["observed_at"] or "").strip()))
        except ValueError:
            errors.append(
                FieldError(
                    "observed_at",
                    "ISO date-time with a zone",
                    row=number,
                    value=line["observed_at"],
                )
            )
            continue
        if observed > at:
            errors.append(
                FieldError("observed_at", "in the future", row=number, value=line["observed_at"])
            )
            continue
        competitor = (line["competitor"] or "").strip()
        if not competitor or len(competitor) > 200:
            errors.append(FieldError("competitor", "1 to 200 characters", row=number))
            continue
        rows.append(
            CompetitorPrice(
                seller_id=actor.seller_id,
                product_id=product.id,
                store=market.code,
                competitor=competitor,
                amount=amount,
                currency=currency,
                observed_at=observed,
                imported_at=at,
            )
        )
    if errors:
        raise ValidationFailed(f"{len(errors)} bad row(s); nothing imported", errors=errors)
    session.add_all(rows)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="pricing.competitor_prices.imported",
        subject_type="competitor_prices",
        subject_id="csv",
        data={"rows": len(rows)},
        now=now,
    )
    return len(rows)


def competitor_quote(
    session: Session,
    *,
    sku: str,
    store: str,
    mode: CompetitorMode,
    beat_by: Decimal,
    beat_by_percent: bool,
    actor: Actor,
    now: datetime,
    max_age: timedelta = timedelta(days=7),
) -> tuple[domain.CompetitorOutcome, Quoted]:
    """Match or beat the lowest recent competitor price, never below the margin floor."""
    base = quote(session, sku=sku, store=store, actor=actor, now=now)
    product = catalog.get_product(session, actor=actor, sku=sku)
    at = ensure_aware(now)
    prices = [
        Money(r.amount, r.currency)
        for r in session.scalars(
            select(CompetitorPrice).where(
                CompetitorPrice.seller_id == actor.seller_id,
                CompetitorPrice.product_id == product.id,
                CompetitorPrice.store == base.rules.store,
                CompetitorPrice.observed_at >= at - max_age,
            )
        )
    ]
    outcome = domain.quote_against_competitor(
        base.rules,
        base.quote.landed,
        competitor_prices=prices,
        mode=mode,
        beat_by=beat_by,
        beat_by_percent=beat_by_percent,
        floor=base.policy.margin_floor,
    )
    return outcome, Quoted(
        outcome.quote,
        base.rules,
        base.fx,
        base.policy,
        base.fulfilment_source,
        base.referral_status,
    )
