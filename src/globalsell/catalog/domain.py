"""Pure catalogue rules: the spreadsheet header map (Chinese and English headers), row parsing and
validation, barcodes, variation themes and language detection. No database, no files."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from globalsell.catalog.countries import country_code
from globalsell.catalog.units import parse_dimensions, parse_weight
from globalsell.core.errors import FieldError
from globalsell.core.money import is_currency


class Provenance(StrEnum):
    SELLER = "seller"
    GENERATED = "generated"
    TRANSLATED = "translated"
    DERIVED = "derived"


# Canonical column -> accepted headers (compared after NFKC, lower case, spaces/_ removed).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "parent_sku": ("父SKU", "父体SKU", "父商品SKU", "parent sku", "parent_sku"),
    "sku": ("SKU", "货号", "商品编码", "产品编码", "seller sku", "item_sku"),
    "title": ("产品名称", "商品名称", "标题", "中文标题", "title", "product name", "item_name"),
    "title_en": ("英文标题", "英文名称", "english title", "title_en"),
    "brand": ("品牌", "brand", "brand_name"),
    "category": ("类目", "分类", "产品类目", "category"),
    "variation_theme": ("变体主题", "变体类型", "variation theme", "variation_theme"),
    "color": ("颜色", "color", "colour"),
    "size": ("尺寸", "尺码", "size"),
    "material": ("材质", "材料", "material"),
    "dimensions": ("产品尺寸", "商品尺寸", "dimensions", "item dimensions"),
    "weight": ("重量", "产品重量", "净重", "weight", "item weight"),
    "unit_cost": ("采购价", "成本价", "进货价", "成本", "unit cost", "cost"),
    "cost_currency": ("币种", "货币", "currency", "cost currency"),
    "barcode": ("条码", "条形码", "EAN", "UPC", "GTIN", "barcode"),
    "country_of_origin": ("产地", "原产地", "country of origin", "country_of_origin"),
    "hs_code": ("海关编码", "HS编码", "HS code", "hs_code"),
    "description": ("产品描述", "商品描述", "描述", "description"),
    "bullet_1": ("卖点1", "五点描述1", "bullet point 1", "bullet_1"),
    "bullet_2": ("卖点2", "五点描述2", "bullet point 2", "bullet_2"),
    "bullet_3": ("卖点3", "五点描述3", "bullet point 3", "bullet_3"),
    "bullet_4": ("卖点4", "五点描述4", "bullet point 4", "bullet_4"),
    "bullet_5": ("卖点5", "五点描述5", "bullet point 5", "bullet_5"),
    "keywords": ("关键词", "关键字", "search terms", "keywords"),
    "source_language": ("语言", "源语言", "source language", "source_language"),
    "category_zh": ("中文类目", "category_zh", "category path zh"),
    "package_weight": ("包装重量", "毛重", "package weight", "package_weight", "shipping weight"),
    "package_dimensions": ("包装尺寸", "package dimensions", "package_dimensions"),
    "model_number": ("型号", "model number", "model_number"),
    "amazon_product_type": ("amazon product type", "amazon_product_type"),
    "browse_node": ("browse node", "browse_node"),
    "platform_attributes": ("platform attributes", "platform_attributes"),
    "image_url": (
        "主图",
        "主图链接",
        "图片链接",
        "图片地址",
        "main image",
        "image url",
        "main_image_url",
    ),
}
# Columns a seller keeps for themselves; read and dropped without a warning.
IGNORED_HEADERS = ("备注", "remark", "remarks", "notes", "note")

# Export layouts: the canonical columns in order, with the header text of each language.
EXPORT_COLUMNS = (
    "parent_sku",
    "sku",
    "title",
    "title_en",
    "brand",
    "category",
    "variation_theme",
    "color",
    "size",
    "material",
    "dimensions",
    "weight",
    "unit_cost",
    "cost_currency",
    "barcode",
    "country_of_origin",
    "hs_code",
    "description",
    "bullet_1",
    "bullet_2",
    "bullet_3",
    "bullet_4",
    "bullet_5",
    "keywords",
)
HEADERS_ZH = dict(
    zip(
        EXPORT_COLUMNS,
        (
            "父SKU",
            "SKU",
            "产品名称",
            "英文标题",
            "品牌",
            "类目",
            "变体主题",
            "颜色",
            "尺寸",
            "材质",
            "产品尺寸",
            "重量",
            "采购价",
            "币种",
            "条码",
            "产地",
            "海关编码",
            "产品描述",
            "卖点1",
            "卖点2",
            "卖点3",
            "卖点4",
            "卖点5",
            "关键词",
        ),
        strict=True,
    )
)
HEADERS_EN = {column: column for column in EXPORT_COLUMNS}

THEMES = {
    "COLOR_NAME": ("color",),
    "SIZE_NAME": ("size",),
    "SIZE_NAME/COLOR_NAME": ("size", "color"),
}
_THEME_ALIASES = {
    "颜色": "COLOR_NAME",
    "color": "COLOR_NAME",
    "colour": "COLOR_NAME",
    "color_name": "COLOR_NAME",
    "尺寸": "SIZE_NAME",
    "尺码": "SIZE_NAME",
    "size": "SIZE_NAME",
    "size_name": "SIZE_NAME",
    "颜色-尺寸": "SIZE_NAME/COLOR_NAME",
    "尺寸-颜色": "SIZE_NAME/COLOR_NAME",
    "颜色尺寸": "SIZE_NAME/COLOR_NAME",
    "尺码-颜色": "SIZE_NAME/COLOR_NAME",
    "颜色-尺码": "SIZE_NAME/COLOR_NAME",
    "size-color": "SIZE_NAME/COLOR_NAME",
    "color-size": "SIZE_NAME/COLOR_NAME",
    "size_name/color_name": "SIZE_NAME/COLOR_NAME",
}
THEME_LABELS_ZH = {"COLOR_NAME": "颜色", "SIZE_NAME": "尺寸", "SIZE_NAME/COLOR_NAME": "颜色-尺寸"}
_CURRENCY_ALIASES = {
    "RMB": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "美元": "USD",
    "US$": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
}
_SKU_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$")
_HS_RE = re.compile(r"^\d{6}(\d{2}){0,2}$")
_KEYWORD_SPLIT = re.compile(r"[，,;；、\s]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN = re.compile(r"[A-Za-z]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# C0 controls other than tab, newline and carriage return: never part of product text, and
# not storable in XLSX (and NUL not in PostgreSQL).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TITLE = 500
MAX_TEXT = 5000
MAX_ROWS = 50_000


_HEADER_UNIT = re.compile(r"\s*[(（](?:g|kg|lb|lbs|oz|mm|cm|m|in|克|千克|公斤|厘米)[)）]$")


def header_key(text: str) -> str:
    """The comparison form of a header: NFKC, lower case, no spaces or '_', no unit suffix
    ("Weight (kg)" is the weight column; the unit applies to bare numbers)."""
    folded = unicodedata.normalize("NFKC", str(text)).strip().lower()
    folded = _HEADER_UNIT.sub("", folded)
    return re.sub(r"[\s_]+", "", folded)


_ALIAS_INDEX = {header_key(a): canon for canon, aliases in HEADER_ALIASES.items() for a in aliases}
_IGNORED_INDEX = {header_key(h) for h in IGNORED_HEADERS}


@dataclass(frozen=True, slots=True)
class HeaderMap:
    columns: dict[int, str]  # column index -> canonical name
    warnings: list[str]


def map_headers(headers: list[str]) -> tuple[HeaderMap, list[FieldError]]:
    """Canonical names for a header row; a duplicate or a missing required column is an error,
    an unknown column a warning."""
    columns: dict[int, str] = {}
    errors: list[FieldError] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for index, raw in enumerate(headers):
        text = "" if raw is None else str(raw).strip()
        if not text:
            continue
        key = header_key(text)
        canon = _ALIAS_INDEX.get(key)
        if canon is None:
            if key not in _IGNORED_INDEX:
                warnings.append(f"column {text!r} is not known and was ignored")
            continue
        if canon in seen:
            errors.append(FieldError(text, f"same column as {seen[canon]!r}", row=1))
            continue
        seen[canon] = text
        columns[index] = canon
    for required in ("sku", "title"):
        if required not in seen:
            names = " / ".join(HEADER_ALIASES[required][:3])
            errors.append(FieldError(required, f"required column missing (one of {names})", row=1))
    return HeaderMap(columns, warnings), errors


@dataclass
class ProductRow:
    """One valid spreadsheet row, normalised."""

    row: int
    sku: str
    parent_sku: str | None
    title: str | None
    source_language: str | None
    fields: dict[str, Any] = field(default_factory=dict)  # brand, category, unit_cost...
    attributes: dict[str, tuple[Any, str | None, str | None]] = field(default_factory=dict)
    # attribute name -> (value, unit, language)


def has_control_characters(value: object) -> bool:
    """True when any string inside a JSON-like value holds a control character."""
    if isinstance(value, str):
        return CONTROL_CHARACTERS.search(value) is not None
    if isinstance(value, dict):
        return any(has_control_characters(k) or has_control_characters(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_control_characters(v) for v in value)
    return False


def detect_language(text: str) -> str:
    """Source language from the script used: ja (kana), ko (hangul), zh (han), else en. A few
    stray Han characters in a Latin title (platform mojibake such as "锛2 PCS锛") do not make it
    Chinese: one Han character counts as much as three Latin letters."""
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    han = len(_CJK.findall(text))
    if han and han * 3 >= len(_LATIN.findall(text)):
        return "zh"
    return "en"


MAX_IMAGE_URL = 1000
_IMAGE_URL = re.compile(r"https://[^\s\"'<>\\]{3,}")


def is_image_url(text: str) -> bool:
    """A picture address a page may show: https, no spaces or quotes, not too long."""
    clean = text.strip()
    return len(clean) <= MAX_IMAGE_URL and _IMAGE_URL.fullmatch(clean) is not None


def gtin_valid(code: str) -> bool:
    """GS1 check digit for GTIN-8/12/13/14."""
    if not code.isdigit() or len(code) not in (8, 12, 13, 14):
        return False
    digits = [int(c) for c in code]
    body, check = digits[:-1], digits[-1]
    weighted = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - weighted % 10) % 10 == check


def gtin_type(code: str) -> str:
    return {8: "ean", 12: "upc", 13: "ean", 14: "gtin"}[len(code)]


def normalise_theme(text: str) -> str | None:
    key = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    return _THEME_ALIASES.get(key) or (key.upper() if key.upper() in THEMES else None)


def normalise_currency(text: str) -> str | None:
    code = _CURRENCY_ALIASES.get(text.strip().upper(), _CURRENCY_ALIASES.get(text.strip()))
    code = code or text.strip().upper()
    return code if is_currency(code) else None


def _text(values: dict[str, str], name: str) -> str | None:
    value = values.get(name, "").strip()
    return value or None


def parse_row(row: int, values: dict[str, str]) -> tuple[ProductRow | None, list[FieldError]]:
    """Validate one row (cell texts by canonical column). Returns the row or its errors."""
    errors: list[FieldError] = []

    def bad(column: str, message: str) -> None:
        errors.append(FieldError(column, message, row=row, value=values.get(column)))

    for column, cell in values.items():
        if CONTROL_CHARACTERS.search(cell):
            errors.append(FieldError(column, "contains control characters", row=row))
    if errors:
        return None, errors

    sku = _text(values, "sku")
    if sku is None:
        bad("sku", "required")
    elif not _SKU_RE.match(sku):
        bad("sku", "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit")
    parent = _text(values, "parent_sku")
    if parent is not None and not _SKU_RE.match(parent):
        bad("parent_sku", "not a valid SKU")
    if parent is not None and parent == sku:
        bad("parent_sku", "a product cannot be its own parent")
    title = _text(values, "title")
    if title is None and parent is None:
        bad("title", "required")
    elif title is not None and len(title) > MAX_TITLE:
        bad("title", f"longer than {MAX_TITLE} characters")
    result = ProductRow(
        row=row, sku=sku or "", parent_sku=parent, title=title, source_language=None
    )
    language = _text(values, "source_language")
    if language is not None and not re.match(r"^[a-z]{2}$", language.lower()):
        bad("source_language", "use a two-letter language code such as zh or en")
    result.source_language = (
        language.lower() if language else detect_language(title) if title else None
    )
    lang = result.source_language

    for name in ("brand", "category"):
        if (text := _text(values, name)) is not None:
            if len(text) > 200:
                bad(name, "longer than 200 characters")
            result.fields[name] = text
    if (text := _text(values, "description")) is not None:
        if len(text) > MAX_TEXT:
            bad("description", f"longer than {MAX_TEXT} characters")
        result.fields["description"] = text

    if (text := _text(values, "variation_theme")) is not None:
        theme = normalise_theme(text)
        if theme is None:
            bad(
                "variation_theme",
                "use 颜色, 尺寸 or 颜色-尺寸 (COLOR_NAME, SIZE_NAME, SIZE_NAME/COLOR_NAME)",
            )
        elif parent is not None:
            bad("variation_theme", "only a parent row carries the variation theme")
        else:
            result.fields["variation_theme"] = theme

    if (text := _text(values, "unit_cost")) is not None:
        try:
            cost = Decimal(text.replace(",", ""))
            if not cost.is_finite() or cost <= 0:
                bad("unit_cost", "must be a positive number")
            else:
                result.fields["unit_cost"] = cost
        except InvalidOperation:
            bad("unit_cost", "not a number")
    currency_text = _text(values, "cost_currency")
    if currency_text is not None:
        currency = normalise_currency(currency_text)
        if currency is None:
            bad("cost_currency", "unknown currency (use an ISO 4217 code such as CNY or USD)")
        else:
            result.fields["cost_currency"] = currency
    elif "unit_cost" in result.fields:
        result.fields["cost_currency"] = "CNY"

    for name in ("color", "size", "material"):
        if (text := _text(values, name)) is not None:
            result.attributes[name] = (text, None, lang)
    if (text := _text(values, "title_en")) is not None:
        result.attributes["item_name"] = (text, None, "en")
    if (text := _text(values, "weight")) is not None:
        try:
            weight = parse_weight(text)
            result.attributes["item_weight"] = (str(weight.value), weight.unit, None)
        except ValueError as exc:
            bad("weight", str(exc))
    if (text := _text(values, "package_weight")) is not None:
        try:
            weight = parse_weight(text)
            result.attributes["package_weight"] = (str(weight.value), weight.unit, None)
        except ValueError as exc:
            bad("package_weight", str(exc))
    for column, name in (
        ("dimensions", "item_dimensions"),
        ("package_dimensions", "package_dimensions"),
    ):
        if (text := _text(values, column)) is not None:
            try:
                dims = parse_dimensions(text)
                value = {
                    "length": str(dims.length),
                    "width": str(dims.width),
                    "height": str(dims.height),
                }
                result.attributes[name] = (value, dims.unit, None)
            except ValueError as exc:
                bad(column, str(exc))
    if (text := _text(values, "category_zh")) is not None:
        result.attributes["category_path_zh"] = (text, None, "zh")
    for column in ("model_number", "amazon_product_type", "browse_node"):
        if (text := _text(values, column)) is not None:
            result.attributes[column] = (text, None, None)
    if (text := _text(values, "platform_attributes")) is not None:
        try:
            extra = json.loads(text)
        except json.JSONDecodeError:
            extra = None
        if not isinstance(extra, dict):
            bad("platform_attributes", "not a JSON object of attribute name to value")
        else:
            result.attributes["platform_attributes"] = (extra, None, None)
    if (text := _text(values, "barcode")) is not None:
        code = text.replace(" ", "")
        if not gtin_valid(code):
            bad("barcode", "not a valid EAN/UPC/GTIN (8, 12, 13 or 14 digits with a check digit)")
        else:
            result.attributes["externally_assigned_product_identifier"] = (
                {"type": gtin_type(code), "value": code},
                None,
                None,
            )
    if (text := _text(values, "image_url")) is not None:
        if is_image_url(text):
            result.attributes["main_image_url"] = (text.strip(), None, None)
        else:
            bad("image_url", f"an https:// address of at most {MAX_IMAGE_URL} characters")
    if (text := _text(values, "country_of_origin")) is not None:
        country = country_code(text) or text.upper()
        if not re.match(r"^[A-Z]{2}$", country):
            bad("country_of_origin", "use a two-letter country code such as CN")
        else:
            result.attributes["country_of_origin"] = (country, None, None)
    if (text := _text(values, "hs_code")) is not None:
        code = re.sub(r"[.\s]", "", text)
        if not _HS_RE.match(code):
            bad("hs_code", "use 6, 8 or 10 digits")
        else:
            result.attributes["hs_code_declared"] = (code, None, None)
    bullets = [b for i in range(1, 6) if (b := _text(values, f"bullet_{i}")) is not None]
    if bullets:
        result.attributes["bullet_point"] = (bullets, None, lang)
    if (text := _text(values, "keywords")) is not None:
        words = [w for w in _KEYWORD_SPLIT.split(text) if w]
        result.attributes["generic_keyword"] = (words, None, lang)
    return (None if errors else result), errors


def check_family(rows: list[ProductRow], existing_parents: set[str]) -> list[FieldError]:
    """Cross-row rules: children point at a parent and carry their theme values."""
    errors: list[FieldError] = []
    by_sku = {item.sku: item for item in rows}
    for item in rows:
        if item.parent_sku is None:
            continue
        parent = by_sku.get(item.parent_sku)
        if parent is None and item.parent_sku not in existing_parents:
            errors.append(
                FieldError(
                    "parent_sku",
                    "no product with this SKU in the file or the catalogue",
                    row=item.row,
                    value=item.parent_sku,
                )
            )
            continue
        if parent is not None and parent.parent_sku is not None:
            errors.append(
                FieldError(
                    "parent_sku",
                    "the parent is itself a variant",
                    row=item.row,
                    value=item.parent_sku,
                )
            )
            continue
        theme = parent.fields.get("variation_theme") if parent else None
        for dimension in THEMES.get(str(theme), ()):
            if dimension not in item.attributes:
                errors.append(
                    FieldError(dimension, f"required by the parent's theme {theme}", row=item.row)
                )
    return errors


def duplicate_skus(skus: list[tuple[int, str]]) -> list[FieldError]:
    """Every repeat of a SKU in a file (row numbers as the seller sees them)."""
    errors: list[FieldError] = []
    first_row: dict[str, int] = {}
    for row, sku in skus:
        if not sku:
            continue
        if sku in first_row:
            errors.append(
                FieldError("sku", f"duplicate of row {first_row[sku]}", row=row, value=sku)
            )
        else:
            first_row[sku] = row
    return errors


def infer_theme(children: list[ProductRow]) -> str | None:
    """COLOR_NAME / SIZE_NAME / SIZE_NAME/COLOR_NAME from what the children vary in."""
    has_color = any("color" in c.attributes for c in children)
    has_size = any("size" in c.attributes for c in children)
    if has_color and has_size:
        return "SIZE_NAME/COLOR_NAME"
    if has_size:
        return "SIZE_NAME"
    return "COLOR_NAME" if has_color else None
