"""Platform exports as they come: an AliExpress-style product export (category path, price,
the attribute map as JSON), an Amazon Seller Central flat file and a Shopify product CSV are
turned into the catalogue's own columns before the usual row checks. Pure: cell texts in,
cell texts out, plus the seller's own header for every column so errors can name it."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from globalsell.catalog.countries import country_code
from globalsell.catalog.domain import header_key
from globalsell.core.money import Rounding

# Cell values platforms and sellers use for "nothing here" (compared whole, after folding).
_PLACEHOLDER = re.compile(
    r"^(?:noenname_null|null|n/?a|none?name|not applicable|"
    r"as (?:the )?(?:pictures?|photos?|images?)(?: shows?| shown)?|"
    r"as shown(?: in (?:the )?(?:pictures?|photos?))?|"
    r"(?:please )?(?:see|check) (?:the )?(?:pictures?|photos?)(?: below)?|"
    r"picture colou?r|same as (?:the )?pictures?|choose|optional)$"
)
# "No brand, neutral label or OEM service", "OEM/ODM", "without brand": sold unbranded.
_BRAND_PLACEHOLDER = re.compile(
    r"^(?:none|other|others|generic|(?:no|without)[ -]?brand\b.*|unbranded\b.*|oem(?:[ /,].*)?)$"
)

# How costs with more decimals than the currency has are rounded on import.
# A unit cost keeps up to 6 decimal places (small parts cost fractions of a cent); platform
# exports carry more (a price divided by a pack size): those are rounded half-up to 6.
COST_ROUNDING = Rounding.HALF_UP
COST_PLACES = 6
COST_ROUNDING_NAME = "half-up to 6 decimal places"


class Platform(StrEnum):
    GLOBALSELL = "globalsell"
    ALIEXPRESS = "aliexpress"
    AMAZON_FLAT_FILE = "amazon-flat-file"
    SHOPIFY = "shopify"


# Platform header (folded) -> catalogue column.
_ALIEXPRESS_COLUMNS = {
    "category_path": "category",
    "categorypath": "category",
    "category_path_zh": "category_zh",
    "categorypathzh": "category_zh",
    "price": "unit_cost",
    "currency": "cost_currency",
}
_FLAT_FILE_COLUMNS = {
    "item_sku": "sku",
    "parent_sku": "parent_sku",
    "item_name": "title",
    "brand_name": "brand",
    "brand": "brand",
    "feed_product_type": "amazon_product_type",
    "product_description": "description",
    "bullet_point1": "bullet_1",
    "bullet_point2": "bullet_2",
    "bullet_point3": "bullet_3",
    "bullet_point4": "bullet_4",
    "bullet_point5": "bullet_5",
    "generic_keywords": "keywords",
    "color_name": "color",
    "size_name": "size",
    "material_type": "material",
    "country_of_origin": "country_of_origin",
    "external_product_id": "barcode",
    "item_type": "category",
    "recommended_browse_nodes": "browse_node",
    "variation_theme": "variation_theme",
    "item_weight": "weight",
    "website_shipping_weight": "package_weight",
}
_FLAT_FILE_UNITS = {
    "itemweight": "itemweightunitofmeasure",
    "websiteshippingweight": "websiteshippingweightunitofmeasure",
}
# Seller Central's unit-of-measure values (GR, KG, OZ, LB) as the catalogue writes them.
_FLAT_FILE_UNIT_NAMES = {"GR": "g", "KG": "kg", "OZ": "oz", "LB": "lb", "MG": "mg"}
_SHOPIFY_COLUMNS = {
    "variantsku": "sku",
    "sku": "sku",
    "title": "title",
    "body(html)": "description",
    "description": "description",
    "vendor": "brand",
    "type": "category",
    "productcategory": "category",
    "tags": "keywords",
    "variantbarcode": "barcode",
    "barcode": "barcode",
    "costperitem": "unit_cost",
}

# AliExpress attribute keys (folded) -> catalogue column.
_ATTRIBUTE_COLUMNS = {
    "brandname": "brand",
    "brand": "brand",
    "origin": "country_of_origin",
    "placeoforigin": "country_of_origin",
    "countryoforigin": "country_of_origin",
    "countryregionoforigin": "country_of_origin",
    "material": "material",
    "color": "color",
    "colour": "color",
    "size": "size",
    "modelnumber": "model_number",
}
_PACKAGE_SIDE = re.compile(
    r"^package size\s*-\s*(length|width|height)\s*\((mm|cm|m|in|inch|inches)\)$", re.IGNORECASE
)
_PACKAGE_WEIGHT = re.compile(r"^package weight(?:\s*\((g|kg|lb|oz)\))?$", re.IGNORECASE)
_UNIT_IN_HEADER = re.compile(r"\((g|kg|lb|lbs|oz|mm|cm|m|in)\)\s*$", re.IGNORECASE)
# AliExpress exports package weight in kilograms without saying so (platform convention).
ALIEXPRESS_WEIGHT_UNIT = "kg"


@dataclass
class Normalised:
    platform: Platform
    headers: list[str]  # catalogue column names (or the seller's own when not mapped)
    rows: list[list[str]]
    first_row: int  # spreadsheet row number of rows[0]
    source: dict[str, str] = field(default_factory=dict)  # column -> the seller's header
    warnings: list[str] = field(default_factory=list)


def fold_key(text: str) -> str:
    return header_key(text)


def is_placeholder(text: str, *, brand: bool = False) -> bool:
    """True for cells that say 'nothing here' ("as picture show", "NoEnName_Null")."""
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).strip().casefold())
    folded = folded.rstrip(".!")
    if not folded:
        return True
    return bool(_PLACEHOLDER.match(folded) or (brand and _BRAND_PLACEHOLDER.match(folded)))


def round_cost(text: str) -> tuple[str, bool]:
    """The cost rounded by COST_ROUNDING to COST_PLACES; True when the value changed."""
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return text, False
    if not value.is_finite():
        return text, False
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -COST_PLACES:
        return text, False
    rounded = value.quantize(Decimal(1).scaleb(-COST_PLACES), rounding=ROUND_HALF_UP)
    changed = rounded != value
    return (format(rounded, "f") if changed else text), changed


def header_unit(header: str) -> str | None:
    """The unit a header names ("Weight (kg)" -> "kg"), used where a cell has only a number."""
    match = _UNIT_IN_HEADER.search(header)
    return match.group(1).lower() if match else None


def detect(headers: list[str]) -> Platform:
    keys = {fold_key(h) for h in headers}
    if headers and headers[0].strip().startswith("TemplateType="):
        return Platform.AMAZON_FLAT_FILE
    if "attributes_json" in keys or "attributesjson" in keys or "categorypath" in keys:
        return Platform.ALIEXPRESS
    if "handle" in keys and ("variantsku" in keys or "variantprice" in keys):
        return Platform.SHOPIFY
    return Platform.GLOBALSELL


def normalise(headers: list[str], rows: list[list[str]]) -> Normalised:
    """The table in the catalogue's own columns; the platform's layout is recognised from its
    header row."""
    platform = detect(headers)
    if platform is Platform.AMAZON_FLAT_FILE:
        return _flat_file(headers, rows)
    if platform is Platform.SHOPIFY:
        return _renamed(platform, headers, rows, _SHOPIFY_COLUMNS, first_row=2)
    if platform is Platform.ALIEXPRESS:
        return _aliexpress(headers, rows)
    return Normalised(platform, headers, rows, first_row=2, source={h: h for h in headers})


def _renamed(
    platform: Platform,
    headers: list[str],
    rows: list[list[str]],
    mapping: dict[str, str],
    *,
    first_row: int,
) -> Normalised:
    out: list[str] = []
    source: dict[str, str] = {}
    for header in headers:
        column = mapping.get(fold_key(header))
        if column is None or column in source:
            out.append(header)
            source.setdefault(header, header)
        else:
            out.append(column)
            source[column] = header
    return Normalised(platform, out, rows, first_row=first_row, source=source)


def _flat_file(headers: list[str], rows: list[list[str]]) -> Normalised:
    """Row 1 is Amazon's template line, row 2 the labels, row 3 the attribute names."""
    if len(rows) < 2:
        return Normalised(Platform.AMAZON_FLAT_FILE, [], [], first_row=4)
    names = rows[1]
    data = rows[2:]
    index = {fold_key(n): i for i, n in enumerate(names)}
    for weight_column, unit_column in _FLAT_FILE_UNITS.items():
        w, u = index.get(weight_column), index.get(unit_column)
        if w is None or u is None:
            continue
        for row in data:
            number = row[w].strip() if w < len(row) else ""
            unit = row[u].strip() if u < len(row) else ""
            if number and unit and is_number(number):
                row[w] = f"{number} {_FLAT_FILE_UNIT_NAMES.get(unit.upper(), unit)}"
    columns = {fold_key(k): v for k, v in _FLAT_FILE_COLUMNS.items()}
    return _renamed(Platform.AMAZON_FLAT_FILE, names, data, columns, first_row=4)


def _aliexpress(headers: list[str], rows: list[list[str]]) -> Normalised:
    keys = [fold_key(h) for h in headers]
    json_at = next(
        (i for i, k in enumerate(keys) if k in ("attributes_json", "attributesjson")), None
    )
    columns = {fold_key(k): v for k, v in _ALIEXPRESS_COLUMNS.items()}
    base = _renamed(Platform.ALIEXPRESS, headers, rows, columns, first_row=2)
    json_header = headers[json_at] if json_at is not None else "attributes_json"
    added = (
        "brand",
        "country_of_origin",
        "material",
        "color",
        "size",
        "model_number",
        "package_dimensions",
        "package_weight",
        "weight",
        "platform_attributes",
    )
    out_headers = [h for i, h in enumerate(base.headers) if i != json_at]
    present = set(out_headers)
    new_columns = [c for c in added if c not in present]
    out_headers += new_columns
    for column in new_columns:
        base.source[column] = f"{json_header}"
    warnings: list[str] = []
    out_rows: list[list[str]] = []
    for number, cells in enumerate(rows, start=2):
        kept = [c for i, c in enumerate(cells) if i != json_at]
        kept += [""] * (len(out_headers) - len(kept) - len(new_columns))
        values = dict.fromkeys(new_columns, "")
        raw = cells[json_at] if json_at is not None and json_at < len(cells) else ""
        attrs = _attributes(raw, number, json_header, warnings)
        sources = _apply_attributes(attrs, values, number, json_header, warnings)
        for column, key in sources.items():
            base.source.setdefault(f"{column}@{number}", key)
        kept += [values[c] for c in new_columns]
        out_rows.append(kept)
    return Normalised(
        Platform.ALIEXPRESS,
        out_headers,
        out_rows,
        first_row=2,
        source=base.source,
        warnings=warnings,
    )


def _attributes(raw: str, row: int, header: str, warnings: list[str]) -> dict[str, str]:
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        warnings.append(f"row {row}: {header} is not JSON; its attributes were not read")
        return {}
    if not isinstance(data, dict):
        warnings.append(f"row {row}: {header} is not a JSON object; its attributes were not read")
        return {}
    return {str(k).strip(): str(v).strip() for k, v in data.items() if v is not None}


# Offers that ride along with a colour ("White or OEM", "white/Customized").
_COLOUR_OFFER = re.compile(
    r"^(?:oem|odm|custom(?:i[sz]ed|i[sz]able)?|accept custom(?:i[sz]ed)?|any colou?rs?|"
    r"more colou?rs?|popular colou?rs?|"
    r"colou?rs? as (?:the )?(?:pic(?:ture)?s?|photos?)(?: shows?)?)$"
)


def offered_colour(value: str) -> str:
    """A colour cell without the offers that ride along ("White or OEM" -> "White"); empty when
    only offers and placeholders are left."""
    parts = [p.strip() for p in re.split(r"\s+or\s+|\s*[/,;]\s*", value) if p.strip()]
    kept = [p for p in parts if not (_COLOUR_OFFER.match(p.casefold()) or is_placeholder(p))]
    if len(kept) == len(parts):
        return value
    return ", ".join(kept)


def _dedupe(value: str) -> str:
    """'Glass,Glass' -> 'Glass' (platforms repeat multi-select values)."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", value) if p.strip()]
    seen: list[str] = []
    for part in parts:
        if part.casefold() not in {s.casefold() for s in seen}:
            seen.append(part)
    return ", ".join(seen)


def _apply_attributes(
    attrs: dict[str, str],
    values: dict[str, str],
    row: int,
    header: str,
    warnings: list[str],
) -> dict[str, str]:
    """Known keys into catalogue columns; the rest kept with their source key."""
    extra: dict[str, str] = {}
    used: dict[str, str] = {}
    unknown: list[str] = []
    sides: dict[str, tuple[str, str]] = {}
    for key, value in attrs.items():
        brand = fold_key(key) in ("brandname", "brand")
        if is_placeholder(value, brand=brand):
            if brand:
                extra[key] = value  # kept: "no brand" is a fact about the product
            continue
        if side := _PACKAGE_SIDE.match(key):
            sides[side.group(1).lower()] = (value, side.group(2).lower())
            continue
        if weight := _PACKAGE_WEIGHT.match(key):
            unit = (weight.group(1) or ALIEXPRESS_WEIGHT_UNIT).lower()
            if is_number(value) and "package_weight" in values:
                values["package_weight"] = f"{value} {unit}"
                used["package_weight"] = f"{header}[{key}]"
            else:
                extra[key] = value
            continue
        if fold_key(key) == "itemweight" and "weight" in values:
            unit_match = _UNIT_IN_HEADER.search(key)
            if is_number(value) and unit_match:
                values["weight"] = f"{value} {unit_match.group(1)}"
                used["weight"] = f"{header}[{key}]"
            else:
                extra[key] = value  # a bare number without a unit is not guessed
            continue
        column = _ATTRIBUTE_COLUMNS.get(fold_key(key))
        if column == "country_of_origin" and column in values:
            code = country_code(value) or _place_then_country(value)
            if code is not None and not values[column]:
                values[column] = code
                used[column] = f"{header}[{key}]"
            elif code is None:
                extra[key] = value
                unknown.append(f"{header}[{key}] {value!r}")
            continue
        if column is not None and column in values and not values[column]:
            if column == "color":
                value = offered_colour(value)
                if not value:
                    extra[key] = attrs[key]  # "as the pic show, accept customized": kept only
                    continue
            values[column] = _dedupe(value) if column in ("material", "color", "brand") else value
            used[column] = f"{header}[{key}]"
            continue
        extra[key] = value
    if unknown and "country_of_origin" in values and not values["country_of_origin"]:
        warnings.append(f"row {row}: {', '.join(unknown)}: not a country we know")
    if len(sides) == 3 and "package_dimensions" in values:
        units = {u for _, u in sides.values()}
        numbers = [sides[s][0] for s in ("length", "width", "height")]
        if len(units) == 1 and all(is_number(n) for n in numbers):
            values["package_dimensions"] = "x".join(numbers) + units.pop()
            used["package_dimensions"] = f"{header}[Package size]"
    elif sides:
        for name, (number, unit) in sides.items():
            extra[f"Package size - {name} ({unit})"] = number
    if extra and "platform_attributes" in values:
        values["platform_attributes"] = json.dumps(extra, ensure_ascii=False, sort_keys=True)
    return used


def _place_then_country(text: str) -> str | None:
    """ "Jiangsu, China": a place that is no country, then its country ("China, Vietnam" names
    two countries and stays unknown)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 2 and country_code(parts[0]) is None:
        return country_code(parts[1])
    return None


def is_number(text: str) -> bool:
    return re.fullmatch(r"\d+(?:\.\d+)?", text.strip()) is not None


__all__ = [
    "COST_ROUNDING",
    "Normalised",
    "Platform",
    "country_code",
    "is_placeholder",
    "normalise",
    "round_cost",
]
