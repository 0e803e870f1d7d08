"""The bundled, versioned pricing data (`pricing/data/*.json`) read into domain objects: referral
fees, FBA tiers, storage rates, VAT rates, price endings and the ECB reference-rate snapshot.
Each file's `_meta` names its sources and effective dates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.pricing.domain import EndingBand, FeeMode, FxTable, ReferralRule, Tier
from globalsell.pricing.fba import FbaTable, FbaTier

HUNDRED = Decimal(100)


@cache
def _load(name: str) -> dict[str, Any]:
    text = resources.files("globalsell.pricing").joinpath(f"data/{name}").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@dataclass(frozen=True, slots=True)
class StoreFees:
    store: str
    currency: str
    fee_base_gross: bool
    effective_date: str
    rules: dict[str, ReferralRule]
    version: str


def _rule(category: str, row: dict[str, Any], source: str) -> ReferralRule:
    tiers = tuple(Tier(_dec(t["up_to"]), Decimal(str(t["rate"])) / HUNDRED) for t in row["tiers"])
    return ReferralRule(
        category=category,
        mode=FeeMode(row["mode"]),
        tiers=tiers,
        minimum=_dec(row.get("minimum")),
        closing_fee=_dec(row.get("closing_fee")) or Decimal(0),
        status=row.get("status", "reported"),
        source=source,
    )


@cache
def referral_fees(store: str) -> StoreFees:
    """The referral schedule of one store, or NotFound naming the stores that have one."""
    data = _load("referral_fees.json")
    row = data["stores"].get(store)
    if row is None:
        known = ", ".join(sorted(data["stores"]))
        raise NotFound(
            f"no referral fee table for store {store!r}; bundled: {known}", field="store"
        )
    source = f"referral_fees.json {data['_meta']['version']} ({', '.join(row['sources'])})"
    return StoreFees(
        store=store,
        currency=row["currency"],
        fee_base_gross=row["fee_base"] == "gross",
        effective_date=row["effective_date"],
        rules={k: _rule(k, v, source) for k, v in row["categories"].items()},
        version=data["_meta"]["version"],
    )


def referral_rule(store: str, category: str) -> ReferralRule:
    fees = referral_fees(store)
    rule = fees.rules.get(category)
    if rule is None:
        known = ", ".join(sorted(fees.rules))
        raise ValidationFailed(
            f"unknown fee category {category!r} in {store}; known: {known} "
            "(or give a seller-supplied referral rate)",
            field="fee_category",
        )
    return rule


def fee_category_for(category_path: str | None) -> str | None:
    """The fee category a catalogue category path maps to (`厨房用品>烘焙工具` -> home_kitchen)."""
    if not category_path:
        return None
    aliases: dict[str, str] = _load("referral_fees.json")["category_aliases"]
    head = category_path.split(">")[0].strip().lower()
    if head in aliases:
        return aliases[head]
    for word, category in aliases.items():
        if word in head:
            return category
    return None


def stores_with_referral_fees() -> list[str]:
    return sorted(_load("referral_fees.json")["stores"])


@cache
def fba_table(store: str) -> FbaTable | None:
    data = _load("fba_fees.json")
    row = data["stores"].get(store)
    if row is None:
        return None
    tiers = []
    for t in row["tiers"]:
        fee = t.get("fee") or {}
        sides = t.get("max_sides")
        tiers.append(
            FbaTier(
                code=t["code"],
                max_sides=None
                if sides is None
                else (_dec(sides[0]), _dec(sides[1]), _dec(sides[2])),
                max_side_sum=_dec(t.get("max_side_sum")),
                max_length_girth=_dec(t.get("max_length_girth")),
                max_weight=_dec(t.get("max_weight")),
                package_weight=_dec(t.get("package_weight")) or Decimal(0),
                dim_weight=bool(t.get("dim_weight")),
                fee_base=_dec(fee.get("base")),
                over=_dec(fee.get("over")) or Decimal(0),
                per_unit_over=_dec(fee.get("per_unit_over")) or Decimal(0),
                unit_step=_dec(fee.get("unit_step")) or Decimal(1),
                status=t.get("status", "reported"),
            )
        )
    return FbaTable(
        store=store,
        currency=row["currency"],
        length_unit=row["length_unit"],
        weight_unit=row["weight_unit"],
        dim_divisor=_dec(row.get("dim_divisor")),
        tiers=tuple(tiers),
        version=data["_meta"]["version"],
    )


@dataclass(frozen=True, slots=True)
class StorageRate:
    currency: str
    volume_unit: str  # cubic_foot or litre
    standard: dict[str, Decimal]


@cache
def storage_rate(store: str) -> StorageRate | None:
    row = _load("storage_fees.json")["stores"].get(store)
    if row is None:
        return None
    return StorageRate(
        currency=row["currency"],
        volume_unit=row["volume_unit"],
        standard={k: Decimal(v) for k, v in row["rates"]["standard"].items()},
    )


def vat_rate(store: str) -> Decimal | None:
    """The standard rate as a fraction; None where it depends on the product (seller-supplied)."""
    rates: dict[str, Any] = _load("vat_rates.json")["rates"]
    if store not in rates:
        return None
    value = _dec(rates[store])
    return None if value is None else value / HUNDRED


def endings(currency: str) -> tuple[EndingBand, ...]:
    rows = _load("price_endings.json")["currencies"].get(currency, [])
    return tuple(
        EndingBand(Decimal(r["from"]), Decimal(r["step"]), Decimal(r["ending"])) for r in rows
    )


@cache
def ecb_snapshot() -> FxTable:
    """The bundled ECB euro reference rates of one day."""
    data = _load("ecb_reference_rates.json")
    meta = data["_meta"]
    return FxTable(
        base=meta["base"],
        as_of=date.fromisoformat(meta["as_of"]),
        rates={k: Decimal(v) for k, v in data["rates"].items()},
        source=f"ECB reference rates {meta['as_of']} (bundled)",
    )


def data_versions() -> dict[str, str]:
    names = ("referral_fees", "fba_fees", "storage_fees", "vat_rates", "price_endings")
    versions = {n: str(_load(f"{n}.json")["_meta"]["version"]) for n in names}
    versions["fx"] = str(_load("ecb_reference_rates.json")["_meta"]["version"])
    return versions
