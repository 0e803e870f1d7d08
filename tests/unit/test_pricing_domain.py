"""The price engine: exact breakdowns (USD, EUR with VAT, JPY, a three-decimal currency), fee
schedules, endings, FBA tiers, FX, competitor and guard rules, and hypothesis invariants."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globalsell.core.errors import GuardRailViolation, InvalidTransition, ValidationFailed
from globalsell.core.money import Money
from globalsell.pricing import domain, tables
from globalsell.pricing.domain import (
    CompetitorMode,
    EndingBand,
    FeeMode,
    FxTable,
    LandedCostInputs,
    PriceStatus,
    ReferralRule,
    StoreRules,
    Tier,
)

FLAT15 = ReferralRule("home_kitchen", FeeMode.WHOLE, (Tier(None, D("0.15")),), minimum=D("0.30"))
FX = FxTable(
    "EUR", date(2026, 10, 30), {"USD": D("1.1172"), "JPY": D("175.68"), "CNY": D("7.4326")}, "test"
)


def rules(
    store: str = "US",
    currency: str = "USD",
    *,
    vat: str = "0",
    gross: bool = False,
    referral: ReferralRule = FLAT15,
    fulfilment: str = "3.00",
    endings: tuple[EndingBand, ...] = (EndingBand(D(0), D(1), D("0.99")),),
    minimum: str | None = None,
    maximum: str | None = None,
) -> StoreRules:
    return StoreRules(
        store=store,
        currency=currency,
        locale="en_US",
        prices_include_vat=vat != "0",
        vat_rate=D(vat),
        fee_base_gross=gross,
        referral=referral,
        fulfilment_fee=Money.of(fulfilment, currency),
        fulfilment_source="test",
        storage_fee=Money.zero(currency),
        endings=endings,
        minimum_price=None if minimum is None else Money.of(minimum, currency),
        maximum_price=None if maximum is None else Money.of(maximum, currency),
    )


def landed(cost: str, currency: str, freight: str = "0") -> domain.LandedCost:
    inputs = LandedCostInputs(
        unit_cost=Money.of(cost, currency), freight=Money.of(freight, currency)
    )
    return domain.landed_cost(inputs, currency, FX)


def test_usd_price_for_a_target_margin_has_a_dot_99_ending_and_an_exact_breakdown() -> None:
    # 0.65 P = 9.00 -> P = 13.846..., the next .99 ending is 13.99
    q = domain.quote_for_margin(rules(), landed("5.00", "USD", "1.00"), D("0.20"))
    assert q.price == Money.of("13.99", "USD")
    assert q.vat == Money.of("0", "USD")
    assert q.referral_fee == Money.of("2.10", "USD")  # 2.0985 rounded up
    assert q.margin == Money.of("2.89", "USD")
    assert q.margin_rate == D("0.2065")


def test_eur_price_includes_vat_and_the_referral_fee_is_on_the_gross_price() -> None:
    r = rules("DE", "EUR", vat="0.19", gross=True)
    q = domain.quote_for_margin(r, landed("5.00", "EUR", "1.00"), D("0.20"))
    assert q.price == Money.of("17.99", "EUR")
    assert q.vat == Money.of("2.87", "EUR")
    assert q.net_revenue == Money.of("15.12", "EUR")
    assert q.referral_fee == Money.of("2.70", "EUR")
    assert q.margin == Money.of("3.42", "EUR")
    assert q.margin_rate == D("0.2261")


def test_jpy_has_no_minor_unit_and_ends_in_80() -> None:
    toys = ReferralRule("toys", FeeMode.WHOLE, (Tier(None, D("0.10")),), minimum=D(30))
    r = rules(
        "JP",
        "JPY",
        vat="0.10",
        gross=True,
        referral=toys,
        fulfilment="318",
        endings=tables.endings("JPY"),
    )
    q = domain.quote_for_margin(r, landed("600", "JPY"), D("0.20"))
    assert q.price == Money.of("1480", "JPY")
    assert q.vat == Money.of("135", "JPY")
    assert q.referral_fee == Money.of("148", "JPY")
    assert q.margin == Money.of("279", "JPY")
    assert q.margin_rate == D("0.2074")


def test_three_decimal_currency_steps_one_fils_when_fee_rounding_breaks_the_margin() -> None:
    r = rules(
        "KW",
        "KWD",
        referral=ReferralRule("x", FeeMode.WHOLE, (Tier(None, D("0.15")),)),
        fulfilment="1.250",
        endings=(),
    )
    q = domain.quote_for_margin(r, landed("10.000", "KWD"), D("0.20"))
    # 17.308 leaves 0.19996 after the fee rounds up to 2.597; 17.309 holds the margin
    assert q.price == Money.of("17.309", "KWD")
    assert q.referral_fee == Money.of("2.597", "KWD")
    assert q.margin == Money.of("3.462", "KWD")
    assert q.margin_rate == D("0.2000")


def test_marginal_tiers_and_per_item_minimum() -> None:
    furniture = ReferralRule(
        "furniture", FeeMode.MARGINAL, (Tier(D(200), D("0.15")), Tier(None, D("0.10"))), D("0.30")
    )
    assert furniture.fee(D(300)) == D("40.00")  # 30 + 10
    assert furniture.fee(D(1)) == D("0.30")
    clothing = ReferralRule(
        "clothing",
        FeeMode.WHOLE,
        (Tier(D(15), D("0.05")), Tier(D(20), D("0.10")), Tier(None, D("0.17"))),
        D("0.30"),
    )
    assert clothing.fee(D("15")) == D("0.75")
    assert clothing.fee(D("15.01")) == D("1.501")
    assert clothing.fee(D("30")) == D("5.10")


def test_solver_crosses_a_whole_price_threshold_correctly() -> None:
    # 8% up to 10, 15% above: the cheapest price for 30% margin is inside the 8% tier
    beauty = ReferralRule("beauty", FeeMode.WHOLE, (Tier(D(10), D("0.08")), Tier(None, D("0.15"))))
    r = rules(referral=beauty, fulfilment="2.00", endings=())
    q = domain.quote_for_margin(r, landed("3.00", "USD"), D("0.30"))
    # P (0.7 - 0.08) = 5 -> 8.0645; at 8.07 the fee rounds up to 0.65 and leaves 29.99 %
    assert q.price == Money.of("8.08", "USD")
    assert q.referral_fee == Money.of("0.65", "USD")


def test_price_bounds_and_absurd_prices_are_refused() -> None:
    with pytest.raises(GuardRailViolation, match="above the maximum allowed price"):
        domain.quote_for_margin(rules(maximum="12.00"), landed("5.00", "USD", "1.00"), D("0.20"))
    q = domain.quote_for_margin(rules(minimum="20.00"), landed("5.00", "USD", "1.00"), D("0.20"))
    assert q.price == Money.of("20.99", "USD")
    assert q.notes == ("raised to the minimum allowed price",)
    with pytest.raises(ValidationFailed, match="more than 100 times"):
        domain.quote_for_price(rules(), landed("5.00", "USD"), Money.of("999999", "USD"))
    with pytest.raises(ValidationFailed, match="greater than zero"):
        domain.quote_for_price(rules(), landed("5.00", "USD"), Money.of("-1", "USD"))
    with pytest.raises(ValidationFailed, match="sells in USD"):
        domain.quote_for_price(rules(), landed("5.00", "USD"), Money.of("10", "EUR"))


def test_a_price_below_the_floor_is_refused_with_the_margin() -> None:
    with pytest.raises(GuardRailViolation, match="below the floor of 10"):
        domain.quote_for_price(
            rules(), landed("5.00", "USD"), Money.of("9.99", "USD"), floor=D("0.10")
        )


def test_competitor_beat_within_floor_and_held_at_floor() -> None:
    r, cost = rules(endings=()), landed("5.00", "USD", "1.00")
    won = domain.quote_against_competitor(
        r,
        cost,
        competitor_prices=[Money.of("19.99", "USD"), Money.of("18.50", "USD")],
        mode=CompetitorMode.BEAT,
        beat_by=D("0.50"),
        beat_by_percent=False,
        floor=D("0.10"),
    )
    assert won.quote.price == Money.of("18.00", "USD")
    assert won.floor_bound is False
    held = domain.quote_against_competitor(
        r,
        cost,
        competitor_prices=[Money.of("11.00", "USD")],
        mode=CompetitorMode.MATCH,
        beat_by=D(0),
        beat_by_percent=False,
        floor=D("0.10"),
    )
    # floor price: 0.75 P = 9 -> 12.00
    assert held.quote.price == Money.of("12.00", "USD")
    assert held.floor_bound is True


def test_guard_needs_approval_for_a_first_price_or_a_big_move() -> None:
    recent = [Money.of("20.00", "USD"), Money.of("22.00", "USD")]
    assert domain.needs_approval(Money.of("21.00", "USD"), recent, D("0.20")) is False
    assert domain.needs_approval(Money.of("16.00", "USD"), recent, D("0.20")) is True  # 27% off 22
    assert domain.needs_approval(Money.of("21.00", "USD"), [], D("0.20")) is True


def test_price_state_machine() -> None:
    domain.check_transition(PriceStatus.ACTIVE, PriceStatus.SUPERSEDED)
    with pytest.raises(InvalidTransition):
        domain.check_transition(PriceStatus.SUPERSEDED, PriceStatus.ACTIVE)


def test_deal_window_needs_an_end_after_its_start() -> None:
    start = datetime(2026, 11, 27, tzinfo=UTC)
    with pytest.raises(ValidationFailed, match="end after its start"):
        domain.check_deal_window(start, start)


def test_fx_converts_through_the_euro_with_half_even_rounding() -> None:
    # 45 CNY x 1.1172 / 7.4326 = 6.763985... -> 6.76
    assert FX.convert(Money.of("45.00", "CNY"), "USD") == Money.of("6.76", "USD")
    assert FX.convert(Money.of("45.00", "CNY"), "JPY") == Money.of("1064", "JPY")
    with pytest.raises(ValidationFailed, match="no exchange rate for AED"):
        FX.convert(Money.of("1", "AED"), "USD")


def test_landed_cost_duty_and_recoverable_import_vat() -> None:
    inputs = LandedCostInputs(
        unit_cost=Money.of("10.00", "EUR"),
        freight=Money.of("2.00", "EUR"),
        duty_rate=D("0.027"),
        import_vat_rate=D("0.19"),
    )
    cost = domain.landed_cost(inputs, "EUR", FX)
    assert cost.duty == Money.of("0.33", "EUR")  # 0.324 rounded up
    assert cost.import_vat == Money.of("2.34", "EUR")  # 12.33 x 0.19 = 2.3427
    assert cost.cost == Money.of("12.33", "EUR")
    unrecovered = domain.landed_cost(
        LandedCostInputs(
            unit_cost=Money.of("10.00", "EUR"),
            import_vat_rate=D("0.19"),
            import_vat_recoverable=False,
        ),
        "EUR",
        FX,
    )
    assert unrecovered.cost == Money.of("11.90", "EUR")
    with pytest.raises(ValidationFailed, match="unit cost"):
        domain.landed_cost(LandedCostInputs(unit_cost=Money.of("0", "EUR")), "EUR", FX)


def test_a_landed_cost_line_with_no_figure_is_unknown_never_a_silent_zero() -> None:
    # given a unit cost with neither freight nor a duty figure
    inputs = LandedCostInputs(unit_cost=Money.of("10.00", "EUR"), import_vat_rate=D("0.19"))

    # when it is landed and priced
    cost = domain.landed_cost(inputs, "EUR", FX)
    quote = domain.price_at(D("19.99"), rules("DE", "EUR", vat="0.19"), cost)
    data = domain.breakdown_json(quote)

    # then both lines are named unknown, and the quote built on them is incomplete
    assert cost.unknown == ("freight", "duty")
    assert (cost.complete, quote.complete) == (False, False)
    landed_json = data["landed_cost"]
    assert isinstance(landed_json, dict)
    assert (landed_json["freight"], landed_json["duty"]) == (None, None)
    assert landed_json["unknown"] == ["freight", "duty"]
    assert data["complete"] is False
    # a freight the seller gave as zero, and a duty rate of zero, are known
    known = domain.landed_cost(
        LandedCostInputs(
            unit_cost=Money.of("10.00", "EUR"), freight=Money.of("0", "EUR"), duty_rate=D(0)
        ),
        "EUR",
        FX,
    )
    assert (known.unknown, known.complete) == ((), True)
    assert domain.breakdown_json(domain.price_at(D("19.99"), rules("DE", "EUR"), known))[
        "landed_cost"
    ] == {
        "product": {"amount": "10.00", "currency": "EUR"},
        "freight": {"amount": "0.00", "currency": "EUR"},
        "duty": {"amount": "0.00", "currency": "EUR"},
        "import_vat": {"amount": "0.00", "currency": "EUR"},
        "import_vat_recoverable": True,
        "total": {"amount": "10.00", "currency": "EUR"},
        "unknown": [],
    }


def test_endings_per_locale() -> None:
    assert domain.apply_ending(D("19.20"), tables.endings("EUR"), "EUR") == D("19.99")
    assert domain.apply_ending(D("1901"), tables.endings("JPY"), "JPY") == D("1980")
    assert domain.apply_ending(D("12345"), tables.endings("JPY"), "JPY") == D("12800")
    assert domain.apply_ending(D("181"), tables.endings("SEK"), "SEK") == D("189")


def test_bundled_fba_tiers() -> None:
    jp = tables.fba_table("JP")
    assert jp is not None
    tier, billed = jp.classify((D(20), D(15), D(5)), D(400))
    assert (tier.code, billed, tier.fee(billed)) == ("standard_2", D(550), D(434))
    tier, billed = jp.classify((D(19), D(11), D("0.3")), D(10))
    assert (tier.code, tier.fee(billed)) == ("small", D(288))
    uk = tables.fba_table("UK")
    assert uk is not None
    tier, billed = uk.classify((D(30), D(20), D(10)), D(5900))
    assert (tier.code, tier.fee(billed)) == ("oversize", D("6.55"))  # 5.95 + 2 kg x 0.30
    us = tables.fba_table("US")
    assert us is not None
    tier, billed = us.classify((D("30.48"), D("20.32"), D("10.16")), D(400))
    # 12 x 8 x 4 in = 384 in3 / 139 = 2.76 lb dimensional weight beats 0.88 lb
    assert tier.code == "large_standard"
    assert billed.quantize(D("0.01")) == D("2.76")
    assert tier.fee(billed) is None  # seller-supplied


def test_bundled_referral_tables() -> None:
    assert tables.referral_rule("US", "furniture").fee(D(300)) == D("40.00")
    assert tables.referral_rule("JP", "toys").minimum == D(30)
    assert tables.referral_fees("DE").fee_base_gross is True
    with pytest.raises(ValidationFailed, match="unknown fee category 'garden'"):
        tables.referral_rule("US", "garden")
    assert tables.fee_category_for("厨房用品>烘焙工具") == "home_kitchen"
    assert tables.ecb_snapshot().as_of == date(2026, 10, 30)


money_cents = st.integers(min_value=1, max_value=500_000).map(lambda c: D(c) / 100)
margins = st.integers(min_value=0, max_value=60).map(lambda p: D(p) / 100)
referrals = st.sampled_from(
    [
        FLAT15,
        tables.referral_rule("US", "furniture"),
        tables.referral_rule("US", "clothing"),
        tables.referral_rule("US", "beauty"),
        tables.referral_rule("US", "jewelry"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    cost=money_cents,
    fee=money_cents,
    margin=margins,
    referral=referrals,
    vat=st.sampled_from(["0", "0.19", "0.25"]),
    gross=st.booleans(),
)
def test_any_accepted_price_keeps_the_margin_floor(
    cost: D, fee: D, margin: D, referral: ReferralRule, vat: str, gross: bool
) -> None:
    r = rules(vat=vat, gross=gross, referral=referral, fulfilment=str(fee))
    cost_line = landed(str(cost), "USD")
    try:
        q = domain.quote_for_margin(r, cost_line, margin)
    except GuardRailViolation:
        return
    assert q.meets(margin)
    assert q.margin.amount >= margin * q.net_revenue.amount
    # round trip: the price alone gives the same fees and margin
    again = domain.quote_for_price(r, cost_line, q.price, floor=margin)
    assert (again.referral_fee, again.vat, again.margin) == (q.referral_fee, q.vat, q.margin)
    # one ending lower no longer meets the margin (the lowest such price was found)
    lower = q.price.amount - 1
    if lower > 0 and not r.minimum_price:
        assert not domain.price_at(lower, r, cost_line).meets(margin)


@settings(max_examples=200, deadline=None)
@given(
    price=st.integers(min_value=1, max_value=99_999).map(lambda c: D(c) / 100),
    referral=referrals,
    vat=st.sampled_from(["0", "0.2"]),
    gross=st.booleans(),
)
def test_fee_solve_round_trips(price: D, referral: ReferralRule, vat: str, gross: bool) -> None:
    r = rules(vat=vat, gross=gross, referral=referral, fulfilment="0", endings=())
    cost_line = landed("10.00", "USD")
    q = domain.price_at(price, r, cost_line)
    # solving for the margin this price gives returns a price no higher than it
    margin = (q.margin.amount / q.net_revenue.amount).quantize(
        D("0.000001"), rounding="ROUND_FLOOR"
    )
    if margin >= 1 or margin <= -1:
        return
    solved = domain.quote_for_margin(r, cost_line, margin)
    assert solved.price <= q.price
    assert solved.meets(margin)
    assert q.net_revenue - q.referral_fee - q.fulfilment_fee - q.cost == q.margin


@settings(max_examples=300, deadline=None)
@given(
    price=st.integers(min_value=1, max_value=100_000).map(lambda c: D(c) / 100),
    floor=margins,
    referral=referrals,
    vat=st.sampled_from(["0", "0.19"]),
)
def test_a_price_the_seller_sets_is_accepted_only_at_or_above_the_floor(
    price: D, floor: D, referral: ReferralRule, vat: str
) -> None:
    r = rules(vat=vat, gross=vat != "0", referral=referral, fulfilment="2.50")
    cost_line = landed("8.00", "USD")
    try:
        q = domain.quote_for_price(r, cost_line, Money(price, "USD"), floor=floor)
    except (GuardRailViolation, ValidationFailed):
        absurd = price > 100 * D("10.50")  # more than 100 x (cost + fulfilment)
        assert absurd or not domain.price_at(price, r, cost_line).meets(floor)
        return
    assert q.margin.amount >= floor * q.net_revenue.amount
