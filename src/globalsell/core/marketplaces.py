"""Marketplace reference data (Amazon stores, eBay sites, Shopify) from the versioned data file
`core/data/marketplaces.json`; see its `_meta` for sources and version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from globalsell.core.errors import NotFound


@dataclass(frozen=True, slots=True)
class Marketplace:
    code: str
    channel: str
    name: str
    domain: str | None
    country: str | None
    marketplace_id: str | None
    site_id: int | None
    region: str | None
    endpoint: str | None
    aws_region: str | None
    currency: str
    default_language_tag: str
    language_tags: tuple[str, ...]
    unit_system: str
    decimal_separator: str
    prices_include_vat: bool
    fba_channel_code: str | None
    notes: str

    @property
    def language(self) -> str:
        """The primary language subtag (`de` for `de_DE`)."""
        return self.default_language_tag.split("_")[0]


@dataclass(frozen=True, slots=True)
class MarketplaceCatalogue:
    version: str
    effective_date: str
    sources: tuple[dict[str, str], ...]
    items: tuple[Marketplace, ...]

    def get(self, code: str) -> Marketplace:
        """By store code (`DE`, `EBAY_GB`) or Amazon marketplace id (`A1PA6795UKMFR9`)."""
        wanted = code.strip()
        for item in self.items:
            if wanted.upper() == item.code or wanted == item.marketplace_id:
                return item
        if wanted.upper() == "GB":
            return self.get("UK")
        known = ", ".join(m.code for m in self.items)
        raise NotFound(f"unknown marketplace {code!r}; known: {known}", field="marketplace")

    def by_channel(self, channel: str) -> list[Marketplace]:
        return [m for m in self.items if m.channel == channel]


def _entry(row: dict[str, Any]) -> Marketplace:
    values = dict(row)
    values["language_tags"] = tuple(values["language_tags"])
    values.setdefault("notes", "")
    return Marketplace(**values)


@cache
def marketplaces() -> MarketplaceCatalogue:
    raw: dict[str, Any] = json.loads(
        resources.files("globalsell.core").joinpath("data/marketplaces.json").read_text("utf-8")
    )
    meta = raw["_meta"]
    return MarketplaceCatalogue(
        version=meta["version"],
        effective_date=meta["effective_date"],
        sources=tuple(meta["sources"]),
        items=tuple(_entry(row) for row in raw["marketplaces"]),
    )
