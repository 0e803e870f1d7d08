from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from globalsell.core.errors import ValidationFailed
from globalsell.core.money import Money, Rounding, currency_info, minor_units, total


@pytest.mark.parametrize(
    ("code", "digits"),
    [("USD", 2), ("EUR", 2), ("JPY", 0), ("KRW", 0), ("KWD", 3), ("BHD", 3), ("CLF", 4)],
)
def test_minor_units_come_from_iso_4217_data(code: str, digits: int) -> None:
    assert minor_units(code) == digits


def test_jpy_rounds_to_whole_yen_by_policy() -> None:
    amount = Money.of("1980.5", "JPY")
    assert amount.quantize(Rounding.HALF_UP) == Money.of("1981", "JPY")
    assert amount.quantize(Rounding.HALF_EVEN) == Money.of("1980", "JPY")
    assert amount.quantize(Rounding.DOWN) == Money.of("1980", "JPY")


def test_kwd_keeps_three_decimals() -> None:
    assert Money.of("1.0005", "KWD").quantize(Rounding.HALF_UP).amount == Decimal("1.001")
    assert Money.of("1.0005", "KWD").quantize(Rounding.HALF_EVEN).amount == Decimal("1.000")
    assert Money.of("1.0001", "KWD").quantize(Rounding.UP).amount == Decimal("1.001")


def test_negative_amounts_round_by_named_direction() -> None:
    assert Money.of("-0.125", "EUR").quantize(Rounding.UP).amount == Decimal("-0.12")
    assert Money.of("-0.125", "EUR").quantize(Rounding.FLOOR).amount == Decimal("-0.13")
    assert Money.of("-0.125", "EUR").quantize(Rounding.HALF_UP).amount == Decimal("-0.13")


def test_currencies_do_not_mix() -> None:
    with pytest.raises(ValidationFailed, match="cannot combine EUR with USD"):
        _ = Money.of("1", "EUR") + Money.of("1", "USD")


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError, match="never comes from a float"):
        Money.of(0.1, "EUR")  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["XYZ", "eur", "", "EURO"])
def test_unknown_currency_names_the_field(code: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        currency_info(code)
    assert caught.value.field == "currency"


def test_gold_has_no_minor_unit_and_is_not_money() -> None:
    with pytest.raises(ValidationFailed, match="no minor unit"):
        Money.of("1", "XAU").quantize(Rounding.HALF_UP)


def test_allocate_splits_without_losing_a_cent() -> None:
    parts = Money.of("100.00", "EUR").allocate([1, 1, 1])
    assert parts == [Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR")]
    assert Money.of("1000", "JPY").allocate([1, 2]) == [
        Money.of("333", "JPY"),
        Money.of("667", "JPY"),
    ]


def test_total_of_nothing_is_zero() -> None:
    assert total([], "JPY") == Money.zero("JPY")
    assert total([Money.of("1.10", "USD"), Money.of("2.20", "USD")], "USD").amount == Decimal(
        "3.30"
    )


@given(
    cents=st.integers(min_value=0, max_value=10**12),
    ratios=st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12).filter(
        lambda r: sum(r) > 0
    ),
    currency=st.sampled_from(["EUR", "JPY", "KWD"]),
)
def test_allocation_always_adds_up_and_is_fair(
    cents: int, ratios: list[int], currency: str
) -> None:
    amount = Money(Decimal(cents).scaleb(-minor_units(currency)), currency)
    parts = amount.allocate(ratios)
    assert total(parts, currency) == amount
    unit = Decimal(1).scaleb(-minor_units(currency))
    for part, ratio in zip(parts, ratios, strict=True):
        exact = amount.amount * ratio / sum(ratios)
        assert abs(part.amount - exact) < unit
        assert part.amount >= 0


@given(
    amount=st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=6),
    policy=st.sampled_from(list(Rounding)),
)
def test_quantize_is_idempotent_and_within_one_unit(amount: Decimal, policy: Rounding) -> None:
    once = Money(amount, "EUR").quantize(policy)
    assert once.quantize(policy) == once
    assert abs(once.amount - amount) < Decimal("0.01")
