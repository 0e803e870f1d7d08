"""The shipped border-tax rules per destination (data/destinations.json, sources inside)."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from globalsell.customs.domain import DestinationRules


@lru_cache(maxsize=1)
def destinations() -> dict[str, DestinationRules]:
    raw = json.loads(
        resources.files("globalsell.customs")
        .joinpath("data")
        .joinpath("destinations.json")
        .read_text(encoding="utf-8")
    )
    out: dict[str, DestinationRules] = {}
    for d in raw["destinations"]:
        out[d["code"]] = DestinationRules(
            code=d["code"],
            name=d["name"],
            currency=d["currency"],
            valuation=d["valuation"],
            vat_name=d["vat_name"],
            vat_rate=Decimal(d["vat_rate"]),
            vat_includes_freight=bool(d["vat_includes_freight"]),
            duty_de_minimis=Decimal(d["duty_de_minimis"]),
            tax_de_minimis=Decimal(d["tax_de_minimis"]),
            tax_collected_at_sale=bool(d["tax_collected_at_sale"]),
            sources=tuple(d["sources"]),
            as_of=d["as_of"],
            notes=tuple(d.get("notes", ())),
        )
    return out
