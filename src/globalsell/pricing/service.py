"""Quoting: the price of a SKU in a store from its landed cost, the store's fees and VAT, FX and the
seller's policy; and the exchange rates it uses."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.catalog import service as catalog
from globalsell.catalog.models import AttributeValue, Product
from globalsell.catalog.units import GRAMS_PER
from globalsell.core import audit, formatting, messages
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import DomainError, ValidationFailed
from globalsell.core.marketplaces import Marketplace
from globalsell.core.money import Money, Rounding
from globalsell.customs import landed as customs_landed
from globalsell.pricing import domain, tables
from globalsell.pricing.domain import (
    FeeMode,
    FxTable,
    LandedCostInputs,
    Quote,
    ReferralRule,
    StoreRules,
    Tier,
)
from globalsell.pricing.fba import CM_PER
from globalsell.pricing.fx import RateProvider, RateRow
from globalsell.pricing.models import (
    FxRate,
    PriceBounds,
    PriceQuote,
)
from globalsell.pricing.policies import Policy, amazon_store, policy_for, priced_stores

CUBIC_CM_PER = {"cubic_foot": Decimal("28316.846592"), "litre": Decimal(1000)}


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


def rates_from(
    session: Session, *, seller_id: int, currency: str | None, to: Iterable[str], now: datetime
) -> tuple[dict[str, Decimal], str]:
    """Rates from `currency` to each of `to` with the table's source and date (the bundled ECB
    snapshot with the seller's own rates on top); a currency the table lacks is left out, for
    the caller to say so. No currency: no rates."""
    if currency is None:
        return {}, ""
    table = fx_table(session, seller_id=seller_id, now=now)
    rates: dict[str, Decimal] = {}
    for quote in to:
        try:
            rates[quote] = table.rate(currency, quote)
        except DomainError:
            continue
    return rates, f"{table.source} ({table.as_of})"


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
            said=messages.message(
                "pricing.no_fba_table" if table is None else "pricing.no_weight",
                sku=product.sku,
                store=market.code,
            ),
        )
    tier, billed = table.classify(_sides_cm(product), weight)
    fee = tier.fee(billed)
    if fee is None:
        raise ValidationFailed(
            f"{market.code} FBA fee for tier {tier.code} is not public: set your own "
            "fulfilment fee (seller-supplied)",
            field="fulfilment_fee",
            said=messages.message(
                "pricing.fee_not_public",
                store=market.code,
                tier=messages.label("fba_tier", tier.code),
            ),
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
    duty_source: str = ""

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
        data["duty_source"] = self.duty_source
        return data


def format_price(price: Money, locale: str) -> str:
    """`19,99 €` in de_DE, `$19.99` in en_US, `￥1,980` in ja_JP: the store's own locale, through
    the one formatting helper."""
    return formatting.money(price.amount, price.currency, formatting.Display(locale=locale))


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


HS_CODE_ATTRIBUTES = (("hs_code", "accepted code"), ("hs_code_declared", "declared code"))


def _duty(
    product: Product, market: Marketplace, policy: Policy, duty_rate: Decimal | None
) -> tuple[Decimal | None, bool, str]:
    """The duty rate of one unit in this store, whether it applies to freight too, and where it
    comes from: the rate asked for, else the seller's store policy, else customs' rate of the
    product's HS code (the accepted code, else the seller's declared one) in the store's country;
    none of these: unknown, with the reason."""
    if duty_rate is not None:
        return duty_rate, True, "rate given with the quote"
    if policy.duty_rate is not None:
        return policy.duty_rate, True, "seller policy duty_rate"
    for name, what in HS_CODE_ATTRIBUTES:
        a = _attribute(product, name)
        if a is None or not isinstance(a.value, str) or not a.value.strip():
            continue
        duty = customs_landed.duty_for_price(a.value, market.country or market.code)
        if duty is None:
            return None, True, f"{what} {a.value}: no customs rules for {market.code}"
        where = f"{what} {a.value.strip()} in {duty.destination}"
        return duty.rate, duty.on_freight, f"{where}: {duty.source}"
    return None, True, "no HS code on file"


def _landed_inputs(
    product: Product,
    policy: Policy,
    *,
    vat_rate: Decimal,
    duty: tuple[Decimal | None, bool],
    import_vat_rate: Decimal | None,
) -> LandedCostInputs:
    if product.unit_cost is None or product.cost_currency is None:
        raise ValidationFailed(
            f"{product.sku} has no unit cost",
            field="unit_cost",
            said=messages.message("pricing.no_unit_cost", sku=product.sku),
        )
    freight = None
    if policy.freight_per_unit is not None:
        freight = Money(policy.freight_per_unit, policy.freight_currency or product.cost_currency)
    return LandedCostInputs(
        unit_cost=Money(product.unit_cost, product.cost_currency),
        freight=freight,
        duty_rate=duty[0],
        duty_on_freight=duty[1],
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
    market = amazon_store(store)
    product = catalog.get_product(session, actor=actor, sku=sku)
    policy = policy_for(session, seller_id=actor.seller_id, store=market.code)
    rules, source = _rules(
        session, product=product, market=market, policy=policy, category=category, now=now
    )
    table = fx or fx_table(session, seller_id=actor.seller_id, now=now)
    rate, on_freight, duty_source = _duty(product, market, policy, duty_rate)
    inputs = _landed_inputs(
        product,
        policy,
        vat_rate=rules.vat_rate,
        duty=(rate, on_freight),
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
    return Quoted(result, rules, table, policy, source, rules.referral.status, duty_source)


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
