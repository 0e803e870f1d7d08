"""Shopify's product CSV (Products > Import): one row per variant, rows of a product sharing
its Handle, prices per Shopify Market in "Price / <market>" columns. Pure: rows in, CSV out."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from globalsell.core.cells import csv_cell

# The columns of Shopify's product CSV, in the order of its sample file.
COLUMNS = (
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Product Category",
    "Type",
    "Tags",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Option3 Name",
    "Option3 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Tracker",
    "Variant Inventory Qty",
    "Variant Inventory Policy",
    "Variant Fulfillment Service",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Requires Shipping",
    "Variant Taxable",
    "Variant Barcode",
    "Image Src",
    "Image Position",
    "Image Alt Text",
    "Gift Card",
    "SEO Title",
    "SEO Description",
    "Variant Image",
    "Variant Weight Unit",
    "Variant Tax Code",
    "Cost per item",
)
# Per Shopify Market with fixed prices (Markets > price list), as Shopify's export writes them.
MARKET_COLUMNS = ("Included / {market}", "Price / {market}", "Compare At Price / {market}")
SEO_TITLE_MAX = 70
SEO_DESCRIPTION_MAX = 320
MAX_OPTIONS = 3


@dataclass(frozen=True)
class Price:
    price: Decimal
    compare_at: Decimal | None = None  # the regular price while a sale price is on


@dataclass(frozen=True)
class ShopifyVariant:
    sku: str
    option_values: tuple[str, ...]
    grams: Decimal | None
    price: Price
    barcode: str | None = None
    market_prices: dict[str, Price] = field(default_factory=dict)


@dataclass(frozen=True)
class ShopifyProduct:
    sku: str
    title: str
    description: str  # listing text: plain, lines separated by <br>
    bullets: tuple[str, ...]
    vendor: str
    product_type: str
    tags: tuple[str, ...]
    option_names: tuple[str, ...]
    variants: tuple[ShopifyVariant, ...]


def handle(sku: str) -> str:
    """A stable URL handle from the SKU (a title changes; the handle must not)."""
    slug = re.sub(r"[^a-z0-9]+", "-", sku.lower()).strip("-")
    if not slug:
        raise ValueError(f"SKU {sku!r} gives no handle")
    return slug


def body_html(description: str, bullets: Sequence[str]) -> str:
    """The description as paragraphs and the bullet points as a list, every text escaped."""
    lines = [line.strip() for line in description.split("<br>") if line.strip()]
    parts = [f"<p>{html.escape(line)}</p>" for line in lines]
    if bullets:
        items = "".join(f"<li>{html.escape(b)}</li>" for b in bullets)
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    return (head.rsplit(" ", 1)[0] if " " in head else head).rstrip(" ,;") + "…"


def _money(value: Decimal | None) -> str:
    return "" if value is None else format(value.quantize(Decimal("0.01")), "f")


def columns(markets: Sequence[str]) -> list[str]:
    out = list(COLUMNS)
    for market in markets:
        out += [c.format(market=market) for c in MARKET_COLUMNS]
    out.append("Status")
    return out


def rows(product: ShopifyProduct, markets: Sequence[str]) -> list[dict[str, str]]:
    """The product's rows: product fields on the first row only, one row per variant."""
    if len(product.option_names) > MAX_OPTIONS:
        raise ValueError(f"{product.sku}: Shopify allows at most {MAX_OPTIONS} options")
    names = product.option_names or ("Title",)
    out: list[dict[str, str]] = []
    for index, variant in enumerate(product.variants):
        values = variant.option_values or ("Default Title",)
        if len(values) != len(names):
            raise ValueError(f"{variant.sku}: {len(values)} option values for {len(names)} options")
        row = dict.fromkeys(columns(markets), "")
        row["Handle"] = handle(product.sku)
        if index == 0:
            plain_description = " ".join(
                x.strip() for x in product.description.split("<br>") if x.strip()
            )
            row.update(
                {
                    "Title": product.title,
                    "Body (HTML)": body_html(product.description, product.bullets),
                    "Vendor": product.vendor,
                    "Type": product.product_type,
                    "Tags": ", ".join(product.tags),
                    "Published": "TRUE",
                    "Gift Card": "FALSE",
                    "SEO Title": _cut(product.title, SEO_TITLE_MAX),
                    "SEO Description": _cut(plain_description, SEO_DESCRIPTION_MAX),
                    "Status": "active",
                }
            )
        for number, (name, value) in enumerate(zip(names, values, strict=True), start=1):
            if index == 0:
                row[f"Option{number} Name"] = name
            row[f"Option{number} Value"] = value
        row.update(
            {
                "Variant SKU": variant.sku,
                "Variant Grams": ""
                if variant.grams is None
                else str(int(variant.grams.to_integral_value())),
                "Variant Inventory Tracker": "shopify",
                "Variant Inventory Policy": "deny",
                "Variant Fulfillment Service": "manual",
                "Variant Price": _money(variant.price.price),
                "Variant Compare At Price": _money(variant.price.compare_at),
                "Variant Requires Shipping": "TRUE",
                "Variant Taxable": "TRUE",
                "Variant Barcode": variant.barcode or "",
                "Variant Weight Unit": "g",
            }
        )
        for market in markets:
            price = variant.market_prices.get(market)
            row[f"Included / {market}"] = "TRUE" if price is not None else "FALSE"
            row[f"Price / {market}"] = _money(price.price if price else None)
            row[f"Compare At Price / {market}"] = _money(price.compare_at if price else None)
        out.append(row)
    return out


def to_csv(products: Sequence[ShopifyProduct], markets: Sequence[str]) -> str:
    """The whole file (UTF-8 text, header row first, CRLF line ends as csv writes them)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns(markets))
    writer.writeheader()
    for product in products:
        writer.writerows(
            {key: csv_cell(value) for key, value in row.items()} for row in rows(product, markets)
        )
    return buffer.getvalue()
