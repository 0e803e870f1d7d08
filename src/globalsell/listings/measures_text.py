"""Measures as a store writes them: its units (metric or imperial), its decimal separator;
dimensions, weights, capacities and lengths of a listing's facts. Pure."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from globalsell.catalog.units import GRAMS_PER, Measure, convert_weight
from globalsell.core.marketplaces import Marketplace
from globalsell.listings.extract import Fact

CM_PER_INCH = Decimal("2.54")  # exact by definition
ML_PER_US_FL_OZ = Decimal("29.5735295625")  # exact: 1/128 US gallon of 231 cubic inches
M_PER_FOOT = Decimal("0.3048")  # exact by definition


def number(value: Decimal, store: Marketplace, places: int = 2) -> str:
    return _number(value, store.decimal_separator, places)


@lru_cache(maxsize=65536)
def _number(value: Decimal, separator: str, places: int) -> str:
    """Catalogues repeat the same sizes and weights: each is formatted once."""
    quantum = Decimal(1).scaleb(-places)
    text = format(value.quantize(quantum, rounding=ROUND_HALF_UP).normalize(), "f")
    return text.replace(".", separator)


def dimensions_text(fact: Fact, store: Marketplace) -> tuple[str, dict[str, Any]]:
    value = fact.value["value"]
    unit = fact.value["unit"]
    sides = [Decimal(str(value[k])) for k in ("length", "width", "height")]
    to_cm = {"millimeters": Decimal("0.1"), "centimeters": Decimal(1), "meters": Decimal(100)}
    cm = [s * CM_PER_INCH for s in sides] if unit == "inches" else [s * to_cm[unit] for s in sides]
    if store.unit_system == "imperial":
        shown = [s / CM_PER_INCH for s in cm]
        unit_name, symbol = "inches", "in"
    else:
        shown, unit_name, symbol = cm, "centimeters", "cm"
    text = " x ".join(number(s, store, 1) for s in shown) + f" {symbol}"
    attr = {
        "length": {"value": float(round(shown[0], 2)), "unit": unit_name},
        "width": {"value": float(round(shown[1], 2)), "unit": unit_name},
        "height": {"value": float(round(shown[2], 2)), "unit": unit_name},
    }
    return text, attr


def weight_text(fact: Fact, store: Marketplace) -> tuple[str, dict[str, Any]]:
    measure = Measure(Decimal(str(fact.value["value"])), str(fact.value["unit"]))
    if store.unit_system == "imperial":
        pounds = convert_weight(measure, "pounds")
        return f"{number(pounds, store)} lb", {"value": float(round(pounds, 2)), "unit": "pounds"}
    grams = measure.value * GRAMS_PER[measure.unit]
    if grams >= 1000:
        kg = grams / 1000
        return f"{number(kg, store)} kg", {"value": float(round(kg, 3)), "unit": "kilograms"}
    return f"{number(grams, store, 0)} g", {"value": float(round(grams, 1)), "unit": "grams"}


def capacity_text(fact: Fact, store: Marketplace) -> str:
    ml = Decimal(str(fact.value["value"]))
    metric = f"{number(ml / 1000, store)} L" if ml >= 1000 else f"{number(ml, store, 0)} ml"
    if store.unit_system == "imperial":
        return f"{metric} ({number(ml / ML_PER_US_FL_OZ, store, 1)} fl oz)"
    return metric


def length_text(fact: Fact, store: Marketplace) -> str:
    meters = Decimal(str(fact.value["value"]))
    if store.unit_system == "imperial":
        return f"{number(meters / M_PER_FOOT, store, 1)} ft"
    return f"{number(meters, store)} m"
