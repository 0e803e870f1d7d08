"""The price engine, pure: landed cost + FX + fees + VAT -> a price per store with its breakdown.

Money is `Money` with a currency; every rounding names a `Rounding`. The referral fee depends on
the price itself, so the target-margin price is solved exactly on each linear piece of the fee
schedule and then checked forward; rounding and local endings only ever move a price up until
the margin holds again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from globalsell.core.errors import GuardRailViolation, InvalidTransition, ValidationFailed
from globalsell.core.money import Money, Rounding, minor_units

HUNDRED = Decimal(100)
# A price above this many times the full cost is refused as absurd (a typo, a wrong currency).
ABSURD_MARKUP = Decimal(100)
# How many candidate prices (endings, minor units) the search tries above the solved price.
MAX_STEPS = 5000
SLACK_UNITS = 10
SLACK_RATIO = Decimal("0.0002")


class FeeMode(StrEnum):
    WHOLE = "whole"  # the rate of the tier the whole fee base falls in
    MARGINAL = "marginal"  # each tier's rate on the portion of the fee base inside it


class PriceType(StrEnum):
    REGULAR = "regular"
    SALE = "sale"


class PriceStatus(StrEnum):
    ACTIVE = "active"
    SUPERSEDED = "superseded"  # a newer price of the same type replaced it
    ENDED = "ended"  # an event deal past its end


ALLOWED_TRANSITIONS: dict[PriceStatus, frozenset[PriceStatus]] = {
    PriceStatus.ACTIVE: frozenset({PriceStatus.SUPERSEDED, PriceStatus.ENDED}),
    PriceStatus.SUPERSEDED: frozenset(),
    PriceStatus.ENDED: frozenset(),
}


def check_transition(current: PriceStatus, target: PriceStatus) -> None:
    """Refuse any move the price state machine does not allow."""
    if target not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransition(f"a price cannot go from {current} to {target}", field="status")


class CompetitorMode(StrEnum):
    MATCH = "match"
    BEAT = "beat"


@dataclass(frozen=True, slots=True)
class Tier:
    up_to: Decimal | None  # None = no upper bound
    rate: Decimal  # a fraction: 0.15 for 15 %


@dataclass(frozen=True, slots=True)
class ReferralRule:
    """The referral fee of one category in one store."""

    category: str
    mode: FeeMode
    tiers: tuple[Tier, ...]
    minimum: Decimal | None = None
    closing_fee: Decimal = Decimal(0)
    status: str = "reported"
    source: str = ""

    def percentage_fee(self, base: Decimal) -> Decimal:
        """The fee before the per-item minimum, unrounded."""
        if self.mode is FeeMode.WHOLE:
            for tier in self.tiers:
                if tier.up_to is None or base <= tier.up_to:
                    return base * tier.rate
            return base * self.tiers[-1].rate
        fee, lower = Decimal(0), Decimal(0)
        for tier in self.tiers:
            upper = base if tier.up_to is None else min(base, tier.up_to)
            if upper > lower:
                fee += (upper - lower) * tier.rate
            if tier.up_to is None or base <= tier.up_to:
                break
            lower = tier.up_to
        return fee

    def fee(self, base: Decimal) -> Decimal:
        """Greater of the percentage fee and the per-item minimum, unrounded, without closing."""
        fee = self.percentage_fee(base)
        if self.minimum is not None and fee < self.minimum:
            return self.minimum
        return fee

    def pieces(self) -> list[tuple[Decimal, Decimal | None, Decimal, Decimal]]:
        """Linear pieces `(lo, hi, a, r)`: on `lo <= base <= hi` the fee may be `a + r * base`.
        The per-item minimum adds a constant piece everywhere; the solver checks each candidate."""
        out: list[tuple[Decimal, Decimal | None, Decimal, Decimal]] = []
        lower, cumulative = Decimal(0), Decimal(0)
        for tier in self.tiers:
            if self.mode is FeeMode.WHOLE:
                out.append((lower, tier.up_to, Decimal(0), tier.rate))
            else:
                out.append((lower, tier.up_to, cumulative - lower * tier.rate, tier.rate))
                if tier.up_to is not None:
                    cumulative += (tier.up_to - lower) * tier.rate
            if tier.up_to is None:
                break
            lower = tier.up_to
        if self.minimum is not None:
            out.append((Decimal(0), None, self.minimum, Decimal(0)))
        return out


@dataclass(frozen=True, slots=True)
class EndingBand:
    start: Decimal  # applies from this raw price up
    step: Decimal
    ending: Decimal


def apply_ending(amount: Decimal, bands: tuple[EndingBand, ...], currency: str) -> Decimal:
    """The smallest `step * n + ending` at or above `amount` (the first band that applies);
    without bands, `amount` rounded up to the currency's minor unit."""
    rounded = Money(amount, currency).quantize(Rounding.UP).amount
    band = None
    for candidate in sorted(bands, key=lambda b: b.start):
        if amount >= candidate.start:
            band = candidate
    if band is None:
        return rounded
    n = ((rounded - band.ending) / band.step).to_integral_value(rounding=ROUND_CEILING)
    return max(n, Decimal(0)) * band.step + band.ending


def next_candidate(amount: Decimal, bands: tuple[EndingBand, ...], currency: str) -> Decimal:
    """The next price above `amount` that a search may try: the next ending, or one minor unit."""
    unit = Decimal(1).scaleb(-minor_units(currency))
    if not bands:
        return amount + unit
    return apply_ending(amount + unit, bands, currency)


@dataclass(frozen=True, slots=True)
class FxTable:
    """Reference rates: units of each currency for one unit of `base`, on `as_of`."""

    base: str
    as_of: date
    rates: dict[str, Decimal]
    source: str

    def rate(self, source: str, target: str) -> Decimal:
        if source == target:
            return Decimal(1)
        table = {**self.rates, self.base: Decimal(1)}
        missing = [c for c in (source, target) if c not in table]
        if missing:
            raise ValidationFailed(
                f"no exchange rate for {', '.join(missing)} in {self.source} ({self.as_of}); "
                "add the seller's own rate",
                field="currency",
            )
        return table[target] / table[source]

    def convert(self, money: Money, target: str, rounding: Rounding = Rounding.HALF_EVEN) -> Money:
        """`money` in `target`, rounded to its minor unit with the named policy."""
        return Money(money.amount * self.rate(money.currency, target), target).quantize(rounding)


@dataclass(frozen=True, slots=True)
class LandedCostInputs:
    """What one unit costs to bring into a store's country. Duty and import VAT come from
    customs (an amount or a rate); a VAT-registered importer recovers import VAT (cash, not
    cost)."""

    unit_cost: Money
    freight: Money | None = None
    duty: Money | None = None
    duty_rate: Decimal | None = None  # fraction of the customs value (cost + freight)
    import_vat: Money | None = None
    import_vat_rate: Decimal | None = None  # fraction of customs value + duty
    import_vat_recoverable: bool = True


@dataclass(frozen=True, slots=True)
class LandedCost:
    """Each line in the store's currency. A line with no known figure (no freight rate, no duty
    amount or rate) is counted as zero in the arithmetic and named in `unknown`: the cost, and
    any price or margin built on it, is then incomplete and must say so (ADR 0138)."""

    product: Money
    freight: Money
    duty: Money
    import_vat: Money
    import_vat_recoverable: bool
    unknown: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unknown

    @property
    def cost(self) -> Money:
        """What stays a cost: goods, freight, duty, and import VAT only when not recovered."""
        total = self.product + self.freight + self.duty
        return total if self.import_vat_recoverable else total + self.import_vat


def landed_cost(inputs: LandedCostInputs, currency: str, fx: FxTable) -> LandedCost:
    """Each line in the store's currency: FX half-even, duty rounded up, import VAT half-up."""
    if inputs.unit_cost.amount <= 0:
        raise ValidationFailed("unit cost must be greater than zero", field="unit_cost")
    product = fx.convert(inputs.unit_cost, currency)
    unknown: list[str] = []
    if inputs.freight is None:
        unknown.append("freight")
    freight = fx.convert(inputs.freight, currency) if inputs.freight else Money.zero(currency)
    if freight.amount < 0:
        raise ValidationFailed("freight must not be negative", field="freight")
    customs_value = product + freight
    for rate, name in ((inputs.duty_rate, "duty_rate"), (inputs.import_vat_rate, "import_vat")):
        if rate is not None and not Decimal(0) <= rate <= Decimal(1):
            raise ValidationFailed(f"{name} must be a fraction between 0 and 1", field=name)
    if inputs.duty is not None:
        duty = fx.convert(inputs.duty, currency)
    elif inputs.duty_rate is not None:
        duty = (customs_value * inputs.duty_rate).quantize(Rounding.UP)
    else:
        duty = Money.zero(currency)
        unknown.append("duty")
    if inputs.import_vat is not None:
        import_vat = fx.convert(inputs.import_vat, currency)
    elif inputs.import_vat_rate is not None:
        import_vat = ((customs_value + duty) * inputs.import_vat_rate).quantize(Rounding.HALF_UP)
    else:
        import_vat = Money.zero(currency)
    if duty.amount < 0 or import_vat.amount < 0:
        raise ValidationFailed("duty and import VAT must not be negative", field="duty")
    return LandedCost(
        product, freight, duty, import_vat, inputs.import_vat_recoverable, tuple(unknown)
    )


@dataclass(frozen=True, slots=True)
class StoreRules:
    """Everything about one store that the engine needs, already resolved from data and policy."""

    store: str
    currency: str
    locale: str
    prices_include_vat: bool
    vat_rate: Decimal  # fraction; 0 where the shown price excludes tax
    fee_base_gross: bool  # referral fee on the VAT-inclusive price
    referral: ReferralRule
    fulfilment_fee: Money
    fulfilment_source: str
    storage_fee: Money
    endings: tuple[EndingBand, ...] = ()
    minimum_price: Money | None = None
    maximum_price: Money | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    store: str
    currency: str
    price: Money  # what the shopper sees (VAT-inclusive where the store shows it so)
    net_revenue: Money  # price less sales VAT
    vat: Money
    referral_fee: Money
    closing_fee: Money
    fulfilment_fee: Money
    storage_fee: Money
    landed: LandedCost
    margin: Money
    margin_rate: Decimal  # margin / net revenue, 4 places, rounded down
    target_margin: Decimal | None
    notes: tuple[str, ...] = field(default=())

    @property
    def fees(self) -> Money:
        return self.referral_fee + self.closing_fee + self.fulfilment_fee + self.storage_fee

    @property
    def cost(self) -> Money:
        return self.landed.cost

    @property
    def complete(self) -> bool:
        """False when a landed-cost line is unknown: the margin is then overstated by it."""
        return self.landed.complete

    def meets(self, floor: Decimal) -> bool:
        """True when the margin is at least `floor` of net revenue (exact, unrounded)."""
        return self.margin.amount >= floor * self.net_revenue.amount


def price_at(
    price: Decimal,
    rules: StoreRules,
    landed: LandedCost,
    *,
    target_margin: Decimal | None = None,
    notes: tuple[str, ...] = (),
) -> Quote:
    """The breakdown at a given shopper price (forward: price -> VAT -> fees -> margin)."""
    currency = rules.currency
    shown = Money(price, currency)
    if shown.amount <= 0:
        raise ValidationFailed("price must be greater than zero", field="price")
    if not shown.is_rounded:
        raise ValidationFailed(
            f"price {price} has more decimals than {currency} allows", field="price"
        )
    if rules.prices_include_vat and rules.vat_rate:
        vat = (shown - shown * (Decimal(1) / (1 + rules.vat_rate))).quantize(Rounding.HALF_UP)
    else:
        vat = Money.zero(currency)
    net = shown - vat
    base = shown if rules.fee_base_gross else net
    referral = Money(rules.referral.fee(base.amount), currency).quantize(Rounding.UP)
    closing = Money(rules.referral.closing_fee, currency).quantize(Rounding.UP)
    margin = net - referral - closing - rules.fulfilment_fee - rules.storage_fee - landed.cost
    rate = (margin.amount / net.amount).quantize(Decimal("0.0001"), rounding="ROUND_DOWN")
    return Quote(
        store=rules.store,
        currency=currency,
        price=shown,
        net_revenue=net,
        vat=vat,
        referral_fee=referral,
        closing_fee=closing,
        fulfilment_fee=rules.fulfilment_fee,
        storage_fee=rules.storage_fee,
        landed=landed,
        margin=margin,
        margin_rate=rate,
        target_margin=target_margin,
        notes=notes,
    )


def _solve_raw(rules: StoreRules, landed: LandedCost, margin: Decimal) -> Decimal:
    """The exact (unrounded) smallest price whose margin is `margin` of net revenue, ignoring
    VAT and fee rounding: solved on each linear piece of the referral schedule."""
    gross = (1 + rules.vat_rate) if rules.prices_include_vat else Decimal(1)
    base_factor = Decimal(1) if rules.fee_base_gross else 1 / gross
    fixed = (
        landed.cost + rules.fulfilment_fee + rules.storage_fee
    ).amount + rules.referral.closing_fee
    best: Decimal | None = None
    for lo, hi, a, r in rules.referral.pieces():
        slope = (1 - margin) / gross - r * base_factor
        if slope <= 0:
            continue
        price = (a + fixed) / slope
        base = price * base_factor
        if base < lo or (hi is not None and base > hi):
            continue
        if rules.referral.fee(base) != a + r * base:
            continue
        if best is None or price < best:
            best = price
    if best is None:
        raise GuardRailViolation(
            f"no price in {rules.store} reaches a {margin * HUNDRED}% margin: fees take more "
            "than the margin leaves",
            field="target_margin",
        )
    return best


def _check_bounds(quote: Quote, rules: StoreRules) -> None:
    if rules.maximum_price is not None and quote.price > rules.maximum_price:
        raise GuardRailViolation(
            f"{rules.store}: {quote.price.format_plain()} is above the maximum allowed price "
            f"{rules.maximum_price.format_plain()}",
            field="price",
        )
    if rules.minimum_price is not None and quote.price < rules.minimum_price:
        raise GuardRailViolation(
            f"{rules.store}: {quote.price.format_plain()} is below the minimum allowed price "
            f"{rules.minimum_price.format_plain()}",
            field="price",
        )
    limit = quote.cost + quote.fulfilment_fee + quote.storage_fee + quote.closing_fee
    if limit.amount > 0 and quote.price.amount > ABSURD_MARKUP * limit.amount:
        raise ValidationFailed(
            f"{rules.store}: {quote.price.format_plain()} is more than {ABSURD_MARKUP} times "
            "the full cost; check the amount and currency",
            field="price",
        )


def quote_for_margin(rules: StoreRules, landed: LandedCost, margin: Decimal) -> Quote:
    """The lowest local-looking price (ending applied) whose margin is at least `margin`."""
    if not Decimal("-1") < margin < Decimal(1):
        raise ValidationFailed("target margin must be a fraction below 1", field="target_margin")
    raw = _solve_raw(rules, landed, margin)
    notes: list[str] = []
    if rules.minimum_price is not None and raw < rules.minimum_price.amount:
        raw = rules.minimum_price.amount
        notes.append("raised to the minimum allowed price")
    # The exact solve ignores VAT and fee rounding, which move the lowest price by a few minor
    # units either way: start a little below it and search upwards.
    unit = Decimal(1).scaleb(-minor_units(rules.currency))
    start = max(raw - SLACK_UNITS * unit - raw * SLACK_RATIO, unit)
    if rules.minimum_price is not None:
        start = max(start, rules.minimum_price.amount)
    candidate = apply_ending(start, rules.endings, rules.currency)
    for _ in range(MAX_STEPS):
        quote = price_at(candidate, rules, landed, target_margin=margin, notes=tuple(notes))
        if quote.meets(margin):
            _check_bounds(quote, rules)
            return quote
        candidate = next_candidate(candidate, rules.endings, rules.currency)
    raise GuardRailViolation(  # pragma: no cover - the solved price is within a few steps
        f"{rules.store}: no price found for a {margin * HUNDRED}% margin", field="target_margin"
    )


def quote_for_price(
    rules: StoreRules, landed: LandedCost, price: Money, *, floor: Decimal | None = None
) -> Quote:
    """The breakdown at a price the seller chose; refused below the margin floor or outside the
    allowed range."""
    if price.currency != rules.currency:
        raise ValidationFailed(
            f"{rules.store} sells in {rules.currency}, not {price.currency}", field="currency"
        )
    quote = price_at(price.amount, rules, landed, target_margin=floor)
    _check_bounds(quote, rules)
    if floor is not None and not quote.meets(floor):
        raise GuardRailViolation(
            f"{rules.store}: at {price.format_plain()} the margin is "
            f"{quote.margin_rate * HUNDRED}%, below the floor of {floor * HUNDRED}%",
            field="price",
        )
    return quote


@dataclass(frozen=True, slots=True)
class CompetitorOutcome:
    quote: Quote
    competitor_price: Money
    wanted: Money
    floor_bound: bool  # the competitor price was below what the floor allows


def quote_against_competitor(
    rules: StoreRules,
    landed: LandedCost,
    *,
    competitor_prices: list[Money],
    mode: CompetitorMode,
    beat_by: Decimal,
    beat_by_percent: bool,
    floor: Decimal,
) -> CompetitorOutcome:
    """Match or beat the lowest competitor, but never below the margin floor."""
    if not competitor_prices:
        raise ValidationFailed(f"no competitor prices for {rules.store}", field="competitor")
    for p in competitor_prices:
        if p.currency != rules.currency:
            raise ValidationFailed(
                f"competitor price in {p.currency}; {rules.store} sells in {rules.currency}",
                field="currency",
            )
    if beat_by < 0:
        raise ValidationFailed("beat_by must not be negative", field="beat_by")
    lowest = min(competitor_prices, key=lambda m: m.amount)
    wanted = lowest.amount
    if mode is CompetitorMode.BEAT:
        wanted -= lowest.amount * beat_by / HUNDRED if beat_by_percent else beat_by
    wanted_money = Money(wanted, rules.currency).quantize(Rounding.DOWN)
    floor_quote = quote_for_margin(rules, landed, floor)
    if wanted_money.amount > 0 and wanted_money >= floor_quote.price:
        quote = price_at(wanted_money.amount, rules, landed, target_margin=floor)
        if quote.meets(floor):
            _check_bounds(quote, rules)
            return CompetitorOutcome(quote, lowest, wanted_money, floor_bound=False)
    note = ("competitor price is below the margin floor; held at the floor price",)
    bound = replace(floor_quote, notes=floor_quote.notes + note)
    return CompetitorOutcome(bound, lowest, wanted_money, floor_bound=True)


def check_deal_window(starts_at: datetime, ends_at: datetime | None) -> None:
    """An event deal needs an end after its start."""
    if ends_at is None or ends_at <= starts_at:
        raise ValidationFailed("an event deal needs an end after its start", field="ends_at")


def change_ratio(new: Decimal, old: Decimal) -> Decimal:
    """|new - old| / old."""
    return abs(new - old) / old


def needs_approval(new: Money, recent: list[Money], max_change: Decimal) -> bool:
    """The guard: a first price, or a move of more than `max_change` (a fraction) from any price
    in effect during the last 24 hours, needs the seller's approval."""
    if not recent:
        return True
    return any(change_ratio(new.amount, p.amount) > max_change for p in recent)


def breakdown_json(quote: Quote, *, fx_note: str = "") -> dict[str, object]:
    """The breakdown as JSON: amounts as strings with their currency."""

    def m(value: Money) -> dict[str, str]:
        return value.quantize(Rounding.HALF_UP).to_json()  # already rounded: "0" -> "0.00"

    landed = quote.landed

    def line(name: str, value: Money) -> dict[str, str] | None:
        return None if name in landed.unknown else m(value)

    return {
        "store": quote.store,
        "currency": quote.currency,
        "price": m(quote.price),
        "net_revenue": m(quote.net_revenue),
        "vat": m(quote.vat),
        "fees": {
            "referral": m(quote.referral_fee),
            "closing": m(quote.closing_fee),
            "fulfilment": m(quote.fulfilment_fee),
            "storage": m(quote.storage_fee),
            "total": m(quote.fees),
        },
        "landed_cost": {
            "product": m(landed.product),
            "freight": line("freight", landed.freight),
            "duty": line("duty", landed.duty),
            "import_vat": m(landed.import_vat),
            "import_vat_recoverable": landed.import_vat_recoverable,
            "total": m(landed.cost),
            "unknown": list(landed.unknown),
        },
        "complete": landed.complete,
        "margin": m(quote.margin),
        "margin_rate": str(quote.margin_rate),
        "target_margin": None if quote.target_margin is None else str(quote.target_margin),
        "notes": list(quote.notes),
        "fx": fx_note,
    }
