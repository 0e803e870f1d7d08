"""Pricing use cases: quote a SKU per store, keep policies and bounds, import FX and competitor
prices, and propose price changes (regular, competitor-based, event deals) as change requests."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import format_currency
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.catalog import service as catalog
from globalsell.catalog.models import AttributeValue, Product
from globalsell.catalog.units import GRAMS_PER
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import DomainError, FieldError, NotFound, ValidationFailed
from globalsell.core.marketplaces import Marketplace, marketplaces
from globalsell.core.money import Money, Rounding, is_currency
from globalsell.pricing import domain, tables
from globalsell.pricing.domain import (
    CompetitorMode,
    FeeMode,
    FxTable,
    LandedCostInputs,
    PriceStatus,
    PriceType,
    Quote,
    ReferralRule,
    StoreRules,
    Tier,
)
from globalsell.pricing.fba import CM_PER
from globalsell.pricing.fx import RateProvider, RateRow
from globalsell.pricing.models import (
    CompetitorPrice,
    FxRate,
    Price,
    PriceBounds,
    PriceQuote,
    PricingPolicy,
)

KIND_SET_PRICE = "pricing.price.set"
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
CUBIC_CM_PER = {"cubic_foot": Decimal("28316.846592"), "litre": Decimal(1000)}


def priced_stores() -> list[str]:
    """The Amazon stores with a bundled referral fee table."""
    return tables.stores_with_referral_fees()


def _store(code: str) -> Marketplace:
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
        store = _store(store).code
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
    market = _store(store)
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


def _aware(value: datetime | None, field: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValidationFailed(f"{field} needs a time zone (UTC)", field=field)
    return ensure_aware(value)


def _plain(amount: Decimal, currency: str) -> str:
    """A stored amount at its currency's minor units (`16.990000` -> `16.99`)."""
    return str(Money(amount, currency).quantize(Rounding.HALF_UP).amount)


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# ---------------------------------------------------------------- FX


def import_rates(session: Session, *, provider: RateProvider, actor: Actor, now: datetime) -> int:
    """Store the rates a provider returns for this seller (a rate of the same day is replaced)."""
    actor.require(Role.OPERATOR, "importing exchange rates")
    rows: list[RateRow] = provider.fetch()
    at = ensure_aware(now)
    for r in rows:
        existing = session.scalar(
            select(FxRate).where(
                FxRate.seller_id == actor.seller_id,
                FxRate.base == r.base,
                FxRate.quote == r.quote,
                FxRate.as_of == r.as_of,
            )
        )
        if existing is None:
            existing = FxRate(
                seller_id=actor.seller_id, base=r.base, quote=r.quote, as_of=r.as_of, created_at=at
            )
            session.add(existing)
        existing.rate, existing.source = r.rate, r.source[:200]
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="pricing.fx.imported",
        subject_type="fx",
        subject_id=provider.name,
        data={"rates": len(rows), "as_of": sorted({str(r.as_of) for r in rows})},
        now=now,
    )
    return len(rows)


def fx_table(session: Session, *, seller_id: int, now: datetime) -> FxTable:
    """The bundled ECB snapshot with the seller's own newest rates (up to `now`) on top."""
    base = tables.ecb_snapshot()
    rates = dict(base.rates)
    as_of = base.as_of
    sources = [base.source]
    newest: dict[tuple[str, str], FxRate] = {}
    for row in session.scalars(
        select(FxRate)
        .where(FxRate.seller_id == seller_id, FxRate.as_of <= ensure_aware(now).date())
        .order_by(FxRate.as_of)
    ):
        newest[(row.base, row.quote)] = row
    for (b, q), row in sorted(newest.items()):
        if b == base.base:
            rates[q] = row.rate
        elif q == base.base:
            rates[b] = 1 / row.rate
        elif b in rates:
            rates[q] = rates[b] * row.rate
        else:
            continue
        as_of = max(as_of, row.as_of)
        if row.source not in sources:
            sources.append(row.source)
    return FxTable(base=base.base, as_of=as_of, rates=rates, source="; ".join(sources))


# ---------------------------------------------------------------- quoting


def _attribute(product: Product, name: str) -> AttributeValue | None:
    for a in product.attributes:
        if a.name == name and a.marketplace is None and a.variant_id is None:
            return a
    return None


def _weight_grams(product: Product) -> Decimal | None:
    a = _attribute(product, "item_weight")
    if a is None or a.unit not in GRAMS_PER:
        return None
    return Decimal(str(a.value)) * GRAMS_PER[a.unit]


def _sides_cm(product: Product) -> tuple[Decimal, Decimal, Decimal] | None:
    a = _attribute(product, "item_dimensions")
    if a is None or not isinstance(a.value, dict) or a.unit not in CM_PER:
        return None
    factor = CM_PER[a.unit]
    return tuple(Decimal(str(a.value[k])) * factor for k in ("length", "width", "height"))  # type: ignore[return-value]


def fee_category(product: Product) -> str | None:
    a = _attribute(product, "fee_category")
    if a is not None and isinstance(a.value, str):
        return a.value
    return tables.fee_category_for(product.category)


def _referral(policy: Policy, store: str, product: Product, category: str | None) -> ReferralRule:
    """The bundled rule of the product's fee category; where the table has none, the seller's own
    fallback rate (policy `referral_rate`, status seller-supplied)."""
    chosen = category or fee_category(product)
    fees = tables.referral_fees(store)
    if chosen is not None and chosen in fees.rules:
        return fees.rules[chosen]
    if policy.referral_rate is not None:
        return ReferralRule(
            category=chosen or "seller",
            mode=FeeMode.WHOLE,
            tiers=(Tier(None, policy.referral_rate),),
            minimum=policy.referral_minimum,
            status="seller-supplied",
            source="seller policy",
        )
    if chosen is None:
        raise ValidationFailed(
            f"{product.sku}: no fee category (set the fee_category attribute or a category "
            "the fee table knows)",
            field="fee_category",
        )
    return tables.referral_rule(store, chosen)


def _fulfilment(policy: Policy, market: Marketplace, product: Product) -> tuple[Money, str]:
    currency = market.currency
    if policy.fulfilment_fee is not None:
        return Money(policy.fulfilment_fee, currency).quantize(Rounding.UP), "seller-supplied"
    table = tables.fba_table(market.code)
    weight = _weight_grams(product)
    if table is None or weight is None:
        missing = "no bundled FBA table" if table is None else "no item_weight"
        raise ValidationFailed(
            f"{product.sku} in {market.code}: {missing}; set a seller-supplied fulfilment fee",
            field="fulfilment_fee",
        )
    tier, billed = table.classify(_sides_cm(product), weight)
    fee = tier.fee(billed)
    if fee is None:
        raise ValidationFailed(
            f"{market.code} FBA fee for tier {tier.code} is not public: set your own "
            "fulfilment fee (seller-supplied)",
            field="fulfilment_fee",
        )
    return (
        Money(fee, currency).quantize(Rounding.UP),
        f"FBA {tier.code} ({tier.status}, fba_fees.json {table.version})",
    )


def _storage(policy: Policy, market: Marketplace, product: Product, now: datetime) -> Money:
    rate = tables.storage_rate(market.code)
    sides = _sides_cm(product)
    if rate is None or sides is None or not policy.storage_months:
        return Money.zero(market.currency)
    season = "oct_dec" if ensure_aware(now).month >= 10 else "jan_sep"
    volume = sides[0] * sides[1] * sides[2] / CUBIC_CM_PER[rate.volume_unit]
    amount = rate.standard[season] * volume * policy.storage_months
    return Money(amount, market.currency).quantize(Rounding.UP)


@dataclass(frozen=True, slots=True)
class Quoted:
    quote: Quote
    rules: StoreRules
    fx: FxTable
    policy: Policy
    fulfilment_source: str
    referral_status: str

    def breakdown(self) -> dict[str, Any]:
        data = domain.breakdown_json(self.quote, fx_note=f"{self.fx.source}")
        data["fx_as_of"] = self.fx.as_of.isoformat()
        data["fulfilment_source"] = self.fulfilment_source
        data["referral"] = {
            "category": self.rules.referral.category,
            "status": self.referral_status,
            "source": self.rules.referral.source,
        }
        data["margin_floor"] = str(self.policy.margin_floor)
        data["display"] = format_price(self.quote.price, self.rules.locale)
        return data


def format_price(price: Money, locale: str) -> str:
    """`19,99 €` in de_DE, `$19.99` in en_US, `￥1,980` in ja_JP (babel)."""
    text: str = format_currency(price.amount, price.currency, locale=locale)
    return text


def _rules(
    session: Session,
    *,
    product: Product,
    market: Marketplace,
    policy: Policy,
    category: str | None,
    now: datetime,
) -> tuple[StoreRules, str]:
    referral = _referral(policy, market.code, product, category)
    fulfilment, source = _fulfilment(policy, market, product)
    vat = tables.vat_rate(market.code) if market.prices_include_vat else Decimal(0)
    if vat is None:
        raise ValidationFailed(
            f"the VAT rate in {market.code} depends on the product; not bundled", field="store"
        )
    bounds = session.scalar(
        select(PriceBounds).where(
            PriceBounds.product_id == product.id, PriceBounds.store == market.code
        )
    )
    fees = tables.referral_fees(market.code)
    rules = StoreRules(
        store=market.code,
        currency=market.currency,
        locale=market.default_language_tag,
        prices_include_vat=market.prices_include_vat,
        vat_rate=vat,
        fee_base_gross=fees.fee_base_gross,
        referral=referral,
        fulfilment_fee=fulfilment,
        fulfilment_source=source,
        storage_fee=_storage(policy, market, product, now),
        endings=tables.endings(market.currency),
        minimum_price=None
        if bounds is None or bounds.minimum is None
        else Money(bounds.minimum, bounds.currency),
        maximum_price=None
        if bounds is None or bounds.maximum is None
        else Money(bounds.maximum, bounds.currency),
    )
    return rules, source


def _landed_inputs(
    product: Product,
    policy: Policy,
    *,
    vat_rate: Decimal,
    duty_rate: Decimal | None,
    import_vat_rate: Decimal | None,
) -> LandedCostInputs:
    if product.unit_cost is None or product.cost_currency is None:
        raise ValidationFailed(f"{product.sku} has no unit cost", field="unit_cost")
    freight = None
    if policy.freight_per_unit is not None:
        freight = Money(policy.freight_per_unit, policy.freight_currency or product.cost_currency)
    return LandedCostInputs(
        unit_cost=Money(product.unit_cost, product.cost_currency),
        freight=freight,
        duty_rate=duty_rate if duty_rate is not None else policy.duty_rate,
        import_vat_rate=import_vat_rate if import_vat_rate is not None else vat_rate,
    )


def quote(
    session: Session,
    *,
    sku: str,
    store: str,
    actor: Actor,
    now: datetime,
    target_margin: Decimal | None = None,
    target_price: Decimal | None = None,
    duty_rate: Decimal | None = None,
    import_vat_rate: Decimal | None = None,
    category: str | None = None,
    fx: FxTable | None = None,
) -> Quoted:
    """A price for one SKU in one store with its breakdown (reads only; any role)."""
    market = _store(store)
    product = catalog.get_product(session, actor=actor, sku=sku)
    policy = policy_for(session, seller_id=actor.seller_id, store=market.code)
    rules, source = _rules(
        session, product=product, market=market, policy=policy, category=category, now=now
    )
    table = fx or fx_table(session, seller_id=actor.seller_id, now=now)
    inputs = _landed_inputs(
        product,
        policy,
        vat_rate=rules.vat_rate,
        duty_rate=duty_rate,
        import_vat_rate=import_vat_rate,
    )
    landed = domain.landed_cost(inputs, market.currency, table)
    if target_price is not None:
        result = domain.quote_for_price(
            rules, landed, Money(target_price, market.currency), floor=None
        )
    else:
        margin = target_margin if target_margin is not None else policy.target_margin
        if margin < policy.margin_floor:
            raise ValidationFailed(
                f"target margin {margin} is below the floor {policy.margin_floor}",
                field="target_margin",
            )
        result = domain.quote_for_margin(rules, landed, margin)
    return Quoted(result, rules, table, policy, source, rules.referral.status)


def save_quote(
    session: Session, *, quoted: Quoted, sku: str, actor: Actor, now: datetime
) -> PriceQuote:
    """Keep a quote with its breakdown (what the web page and the demo show)."""
    actor.require(Role.OPERATOR, "saving price quotes")
    product = catalog.get_product(session, actor=actor, sku=sku)
    q = quoted.quote
    row = PriceQuote(
        seller_id=actor.seller_id,
        product_id=product.id,
        store=q.store,
        currency=q.currency,
        price=q.price.amount,
        margin=q.margin.amount,
        margin_rate=q.margin_rate,
        breakdown=quoted.breakdown(),
        created_by=actor.name,
        created_at=ensure_aware(now),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="pricing.quote.created",
        subject_type="product",
        subject_id=sku,
        data={"store": q.store, "price": q.price.to_json(), "quote_id": row.id},
        now=now,
    )
    return row


def latest_quotes(session: Session, *, sku: str, actor: Actor) -> list[PriceQuote]:
    """The newest saved quote per store for one SKU."""
    product = catalog.get_product(session, actor=actor, sku=sku)
    newest: dict[str, PriceQuote] = {}
    for row in session.scalars(
        select(PriceQuote)
        .where(PriceQuote.seller_id == actor.seller_id, PriceQuote.product_id == product.id)
        .order_by(PriceQuote.created_at, PriceQuote.id)
    ):
        newest[row.store] = row
    return [newest[s] for s in sorted(newest)]


@dataclass
class CatalogueReport:
    quoted: int = 0
    skipped: list[str] = field(default_factory=list)


def quote_catalogue(
    session: Session,
    *,
    actor: Actor,
    now: datetime,
    stores: list[str] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> CatalogueReport:
    """Quote every product in every priced store and keep the quotes; what cannot be priced is
    listed with its reason (no cost, no weight for FBA, no fee figure...)."""
    actor.require(Role.OPERATOR, "pricing the catalogue")
    codes = stores or priced_stores()
    products = catalog.list_products(session, actor=actor, limit=1_000_000)
    report = CatalogueReport()
    total, done = len(products) * len(codes), 0
    for product in products:
        for code in codes:
            try:
                quoted = quote(session, sku=product.sku, store=code, actor=actor, now=now)
                save_quote(session, quoted=quoted, sku=product.sku, actor=actor, now=now)
                report.quoted += 1
            except DomainError as exc:
                report.skipped.append(f"{product.sku} {code}: {exc.message}")
            done += 1
            if on_progress is not None:
                on_progress(done, total)
    return report


# ---------------------------------------------------------------- competitors

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
            market = _store((line["store"] or "").strip())
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


# ---------------------------------------------------------------- price changes


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
    title = (
        f"{price_type.value} price {sku} in {q.store}: "
        + (f"{Money(current.amount, current.currency).format_plain()} -> " if current else "")
        + q.price.format_plain()
    )
    change = approvals.propose(
        session,
        registry=registry,
        kind=KIND_SET_PRICE,
        subject_type="product",
        subject_id=sku,
        title=title,
        payload=payload,
        reason=reason or f"margin {q.margin_rate * 100}% (floor {floor * 100}%)",
        actor=actor,
        now=now,
        expected_effect={"margin": q.margin.to_json(), "margin_rate": str(q.margin_rate)},
    )
    if not guard:
        change = approvals.approve_and_apply(
            session,
            registry=registry,
            change_id=change.id,
            seen_fingerprint=approvals.fingerprint_of(change),
            actor=actor,
            now=now,
            note=f"within the {quoted.policy.max_change_24h * 100}% / 24 h guard",
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
    market = _store(store)
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
