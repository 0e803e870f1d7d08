"""Weights and dimensions as sellers write them (`1.2kg`, `350克`, `1.5斤`, `30*20*10 厘米`),
parsed with pint into Decimal values and Amazon unit names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

# Chinese unit words -> pint symbols. `斤` (jin) is defined below as 500 g (the PRC market jin).
_CJK_UNITS = {
    "千克": "kg",
    "公斤": "kg",
    "克": "g",
    "斤": "jin",
    "磅": "lb",
    "盎司": "oz",
    "毫米": "mm",
    "厘米": "cm",
    "公分": "cm",
    "米": "m",
    "英寸": "inch",
    "寸": "inch",
}
_MASS_UNITS = {"gram": "grams", "kilogram": "kilograms", "pound": "pounds", "ounce": "ounces"}
_LENGTH_UNITS = {
    "millimeter": "millimeters",
    "centimeter": "centimeters",
    "meter": "meters",
    "inch": "inches",
}
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_WEIGHT_RE = re.compile(rf"^{_NUMBER}\s*([^\d\s.,]+)$")
_DIMS_RE = re.compile(rf"^{_NUMBER}\s*[x*]\s*{_NUMBER}\s*[x*]\s*{_NUMBER}\s*([^\d\s.,x*]+)$")


@cache
def _registry() -> Any:
    """pint's registry, built on the first unit parsed: importing pint alone costs half a second
    of every command's start-up (ADR 0070)."""
    import pint

    registry: Any = pint.UnitRegistry()
    registry.define("jin = 500 * gram")
    return registry


@dataclass(frozen=True, slots=True)
class Measure:
    value: Decimal
    unit: str  # Amazon unit name: grams, kilograms, pounds, ounces, centimeters, inches...


@dataclass(frozen=True, slots=True)
class Dimensions:
    length: Decimal
    width: Decimal
    height: Decimal
    unit: str


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    return folded.replace("×", "x").replace("✕", "x")


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation as exc:
        raise ValueError(f"{text!r} is not a number") from exc
    if value <= 0:
        raise ValueError("must be greater than zero")
    return value


def _unit(symbol: str, allowed: dict[str, str], what: str) -> tuple[str, Decimal]:
    """(Amazon unit name, factor to apply to the value) for a symbol such as kg, 克 or 斤."""
    symbol = _CJK_UNITS.get(symbol, symbol)
    symbol = {"lbs": "lb", "in": "inch", "inches": "inch"}.get(symbol, symbol)
    try:
        unit = _registry().Unit(symbol)
    except (ValueError, AttributeError) as exc:  # pint's UndefinedUnitError is an AttributeError
        raise ValueError(f"unknown unit {symbol!r}") from exc
    name = str(unit)
    if name in allowed:
        return allowed[name], Decimal(1)
    if name == "jin" and what == "weight":
        return "grams", Decimal(500)
    raise ValueError(f"{symbol!r} is not a unit of {what}")


def parse_weight(text: str) -> Measure:
    """`1.2kg` -> 1.2 kilograms; `1.5斤` -> 750 grams. Raises ValueError with the reason."""
    match = _WEIGHT_RE.match(_normalise(text))
    if not match:
        raise ValueError("expected a number and a unit, like 850g or 1.2kg")
    unit, factor = _unit(match.group(2), _MASS_UNITS, "weight")
    return Measure(_decimal(match.group(1)) * factor, unit)


def parse_dimensions(text: str) -> Dimensions:
    """`30*20*10 厘米` -> 30 x 20 x 10 centimeters. Raises ValueError with the reason."""
    match = _DIMS_RE.match(_normalise(text))
    if not match:
        raise ValueError("expected length x width x height and a unit, like 30x20x10cm")
    unit, factor = _unit(match.group(4), _LENGTH_UNITS, "length")
    length, width, height = (_decimal(match.group(i)) * factor for i in (1, 2, 3))
    return Dimensions(length, width, height, unit)


# Exact by definition (international avoirdupois pound, 1959).
GRAMS_PER = {
    "grams": Decimal(1),
    "kilograms": Decimal(1000),
    "pounds": Decimal("453.59237"),
    "ounces": Decimal("28.349523125"),
}


def convert_weight(measure: Measure, target: str) -> Decimal:
    """The weight in `target` units, exact (round it with a named policy where it is shown)."""
    if measure.unit not in GRAMS_PER or target not in GRAMS_PER:
        raise ValueError(f"cannot convert {measure.unit} to {target}")
    return measure.value * GRAMS_PER[measure.unit] / GRAMS_PER[target]
