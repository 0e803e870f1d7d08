"""Money as Decimal plus an ISO 4217 currency; rounding is a named policy.

Minor units come from the bundled ISO 4217 table (`core/data/currencies.json`), so JPY has no
minor unit and KWD has three. Arithmetic never silently mixes currencies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from globalsell.core.errors import ValidationFailed


class Rounding(StrEnum):
    """Named rounding policies; every rounding in globalsell names one of these."""

    HALF_UP = "half_up"  # commercial rounding: 0.005 -> 0.01 (invoices, customs values)
    HALF_EVEN = "half_even"  # bankers' rounding: unbiased over many lines (FX conversion)
    DOWN = "down"  # towards zero: never overstate (margins, amounts owed to the seller)
    UP = "up"  # towards +infinity: never understate (fees, duty, minimum prices)
    FLOOR = "floor"  # towards -infinity


_DECIMAL_MODE = {
    Rounding.HALF_UP: ROUND_HALF_UP,
    Rounding.HALF_EVEN: ROUND_HALF_EVEN,
    Rounding.DOWN: ROUND_DOWN,
    Rounding.UP: ROUND_CEILING,
    Rounding.FLOOR: ROUND_FLOOR,
}


@dataclass(frozen=True, slots=True)
class CurrencyInfo:
    code: str
    name: str
    numeric: str
    minor_units: int | None


@cache
def _currency_table() -> dict[str, CurrencyInfo]:
    raw: dict[str, Any] = json.loads(
        resources.files("globalsell.core").joinpath("data/currencies.json").read_text("utf-8")
    )
    return {
        code: CurrencyInfo(code, row["name"], row["numeric"], row["minor_units"])
        for code, row in raw["currencies"].items()
    }


def currency_info(code: str) -> CurrencyInfo:
    """The ISO 4217 entry for a code, or a ValidationFailed naming the currency field."""
    info = _currency_table().get(code.upper()) if isinstance(code, str) else None
    if info is None or code != code.upper():
        raise ValidationFailed(f"unknown currency code {code!r} (ISO 4217)", field="currency")
    return info


def is_currency(code: str) -> bool:
    return code in _currency_table()


def minor_units(code: str) -> int:
    """Digits after the decimal point for a currency used as money (JPY 0, EUR 2, KWD 3)."""
    info = currency_info(code)
    if info.minor_units is None:
        raise ValidationFailed(
            f"{code} has no minor unit and is not a trading currency", "currency"
        )
    return info.minor_units


def _as_decimal(value: Decimal | int | str) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money never comes from a float; pass a str, int or Decimal")
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValidationFailed(f"amount must be a finite number, got {value!r}", field="amount")
    return amount


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency. Unrounded until `quantize` is called with a policy."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", _as_decimal(self.amount))
        currency_info(self.currency)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        return cls(_as_decimal(amount), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"expected Money, got {type(other).__name__}")
        if other.currency != self.currency:
            raise ValidationFailed(
                f"cannot combine {self.currency} with {other.currency}", field="currency"
            )

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        if isinstance(factor, float | Money):
            raise TypeError("multiply money by an int or Decimal")
        return Money(self.amount * Decimal(factor), self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    @property
    def is_rounded(self) -> bool:
        return self.amount == self.quantize(Rounding.HALF_EVEN).amount

    def quantize(self, rounding: Rounding) -> Money:
        """Round to the currency's minor unit with the named policy."""
        exponent = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(
            self.amount.quantize(exponent, rounding=_DECIMAL_MODE[rounding]), self.currency
        )

    def allocate(self, ratios: Sequence[int | Decimal]) -> list[Money]:
        """Split a rounded amount by ratios so the parts add up exactly (largest remainder)."""
        if not ratios or any(Decimal(r) < 0 for r in ratios) or sum(map(Decimal, ratios)) == 0:
            raise ValidationFailed("ratios must be non-negative and not all zero", field="ratios")
        if not self.is_rounded:
            raise ValidationFailed("allocate a rounded amount; quantize it first", field="amount")
        unit = Decimal(1).scaleb(-minor_units(self.currency))
        units = int(self.amount / unit)
        total = sum(map(Decimal, ratios))
        exact = [Decimal(units) * Decimal(r) / total for r in ratios]
        parts = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
        order = sorted(range(len(ratios)), key=lambda i: (parts[i] - exact[i], i))
        for i in order[: units - sum(parts)]:
            parts[i] += 1
        return [Money(Decimal(p) * unit, self.currency) for p in parts]

    def format_plain(self) -> str:
        """`12.30 EUR`: the amount at its minor units and the code, for logs and CSV."""
        return f"{self.quantize(Rounding.HALF_UP).amount} {self.currency}"

    def to_json(self) -> dict[str, str]:
        return {"amount": str(self.amount), "currency": self.currency}


def plain_amount(amount: Decimal, currency: str) -> str:
    """`12.30`: an amount at its currency's minor units, rounded half up, as plain digits."""
    return f"{Money.of(amount, currency).quantize(Rounding.HALF_UP).amount:f}"


def total(items: Iterable[Money], currency: str) -> Money:
    """Sum in one currency; an empty iterable sums to zero."""
    result = Money.zero(currency)
    for item in items:
        result = result + item
    return result
