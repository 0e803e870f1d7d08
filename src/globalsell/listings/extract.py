"""Attribute completion from the seller's own text (Chinese or English titles, descriptions,
spec cells): rules and dictionaries, units through pint. Each value carries its source and a
confidence. Pure: no database, no network."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from globalsell.catalog.platforms import is_placeholder, offered_colour
from globalsell.catalog.units import _registry
from globalsell.listings.glossary import Glossary, fold
from globalsell.listings.titles import GENDER


@dataclass(frozen=True, slots=True)
class Fact:
    """One attribute value found in the seller's data."""

    value: Any  # str, list[str], or {"value": "500", "unit": "milliliters"}
    confidence: Decimal
    source: str  # e.g. "seller:size", "rule:capacity@title"


@dataclass(frozen=True)
class MasterText:
    """What the seller gave for one SKU (a variant carries its parent's text too)."""

    title: str
    title_en: str | None
    category: str | None
    description: str | None
    bullets: tuple[str, ...]
    keywords: tuple[str, ...]
    attributes: dict[str, tuple[Any, str | None]]  # name -> (value, unit) from the catalogue


def _units() -> Any:
    return _registry()  # the catalogue's registry: building one costs seconds


_CJK_UNITS = {"毫升": "ml", "升": "l", "毫米": "mm", "厘米": "cm", "公分": "cm", "米": "m"}
_NUM = r"(\d+(?:[.,]\d+)?)"
# A measure stands on its own: "815902W000" (a part number) holds no wattage.
_CAPACITY = re.compile(rf"(?<![A-Za-z0-9.]){_NUM}\s*(ml|l|毫升|升)(?![a-z0-9])", re.IGNORECASE)
_WATTS = re.compile(rf"(?<![A-Za-z0-9.]){_NUM}\s*w(?![a-z0-9])", re.IGNORECASE)
_MAH = re.compile(r"(\d+)\s*mah", re.IGNORECASE)
_VOLTS = re.compile(r"(\d+)\s*-\s*(\d+)\s*v(?![a-z])", re.IGNORECASE)
_LENGTH = re.compile(rf"^{_NUM}\s*(米|m|厘米|cm)$", re.IGNORECASE)
_COUNT_ZH = re.compile(r"(\d+)\s*(件套|个装|支装|双装|片|粒|件|个|支|双|根)")
# A count inside a range or a choice ("50-300Pcs", "2/5Pcs") is the variants on offer, not a pack.
_COUNT_EN = re.compile(
    r"(?:set of|pack of)\s*(\d+)|(?<![\d.][-–~/])(?<![\d.])(\d+)\s*(?:pieces|pcs|pack)\b",
    re.IGNORECASE,
)
# A wholesale lot ("50pcs/lot", "10 pieces per lot"): the platform's order unit.
_LOT = re.compile(r"(\d+)\s*(?:pcs|pieces|pc)?\s*(?:/|per\s+)\s*lot\b", re.IGNORECASE)
_PIECES = re.compile(r"(?<![\d.])(\d+)\s*(?:pcs|pieces|pc|piece|parts?)?\b", re.IGNORECASE)
_AA = re.compile(r"(\d+)\s*节\s*5号电池")
_MATERIAL_SPLIT = re.compile(r"\s*[+/、,，和]\s*")
_WHOLE_SHARE = re.compile(r"^100\s*%\s*")  # "100% silver": the material is silver


def _materials(text: str) -> list[str]:
    """A material cell as its parts: placeholders ("Other+PVC") and a whole share ("100%") out,
    each part once."""
    parts = [_WHOLE_SHARE.sub("", p) for p in _MATERIAL_SPLIT.split(_nfkc(text)) if p]
    kept = [p for p in parts if p and fold(p) not in _NO_VALUE]
    return list(dict.fromkeys(kept)) or [p for p in parts if p]


# Platform attribute keys (normalised) that name a fact the listing shows.
_PLATFORM_FACTS = {
    "style": "style",
    "pattern type": "pattern",
    "pattern": "pattern",
    "shape pattern": "pattern",
    "gender": "department",
    "department name": "department",
    "metals type": "metal_type",
    "metal type": "metal_type",
    "item type": "item_type",
    "model number": "model_number",
    "model": "model_number",
    "color": "color",
    "colour": "color",
    "season": "season",
    "applicable season": "season",
    "texture": "texture",
    "feature": "features",
    "features": "features",
    "special features": "features",
    "power type": "power_source",
    "power source": "power_source",
}
# Department values that name no audience ("Adult"): another gender cell is looked for.
_NO_AUDIENCE = frozenset(["adult", "adults", "female or male"])
# A model number as a title shows it: one code with letters and digits, or four digits or more.
_MODEL = re.compile(r"^(?=.*\d)(?:(?=.*[a-z])[a-z0-9][\w./+-]{1,23}|\d{4,12})$", re.IGNORECASE)

# Platform keys that give the product's material, best first, when there is no "Material" cell:
# the named part that is the product ("Upper Material" of a shoe, "Case Material" of a watch
# case), then for jewellery the metal and the main stone. Linings, insoles, bases are not it.
_MATERIAL_KEYS = (
    "main material",
    "material",
    "product material",
    "upper material",
    "case material",
    "band material type",
    "band material",
    "blade material",
    "shell material",
    "body material",
    "frame material",
    "fabric name",
    "metals type",
    "metal type",
    "main stone",
)
# Values that say nothing about the material.
_NO_VALUE = frozenset(["none", "other", "others", "no", "yes", "mixed", "unknown"])
# Platform keys with a power rating or a battery capacity ("Power (W)": "100w").
_WATT_KEYS = ("power w", "power", "rated power", "wattage", "output power")
_MAH_KEYS = ("battery capacity mah", "battery capacity")
# Platform keys with the pieces in one pack ("each pack": "20", "Quantity": "10 pcs").
_COUNT_KEYS = ("each pack", "pieces per pack", "items per package", "pack quantity", "quantity")
_LEADING_COUNT = re.compile(r"^\s*(\d+)\s*(?:pcs|pieces|pc|piece|pairs?|sets?)?\s*$", re.I)

_AMAZON_VOLUME = {"milliliter": "milliliters", "liter": "liters"}


def _audiences(text: str) -> set[str]:
    """The audiences ("Men's", "Women's") an English text names as whole words."""
    words = [w.replace("’", "'") for w in re.findall(r"[a-z]+(?:['’]s)?", fold(text))]
    # "children's" is the children's audience as "children" is (not listed with "'s").
    words = [w if w in GENDER else w.removesuffix("'s") for w in words]
    return {GENDER[w] for w in words if w in GENDER}


def _contradicts(department: str, title: str) -> bool:
    """Whether a department cell names an audience the seller's title does not, where the title
    names its own ("Women's Shoes" with a "Men" cell): one of them is wrong, so neither is
    shown as the department."""
    cell = _audiences(department)
    named = _audiences(title)
    return bool(cell and named and not cell & named)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _quantity(number: str, unit: str) -> Any:
    symbol = _CJK_UNITS.get(unit, unit).lower()
    return _units().Quantity(Decimal(number.replace(",", ".")), symbol)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _first(pattern: re.Pattern[str], sources: list[tuple[str, str, Decimal]]) -> Any:
    for name, text, confidence in sources:
        match = pattern.search(text)
        if match:
            return match, name, confidence
    return None


def complete(master: MasterText, glossary: Glossary) -> dict[str, Fact]:
    """Every attribute the rules can find, best source first: seller cell, title, description."""
    facts: dict[str, Fact] = {}
    attrs = master.attributes
    texts: list[tuple[str, str, Decimal]] = [
        ("title", _nfkc(master.title), Decimal("0.9")),
        ("title_en", _nfkc(master.title_en or ""), Decimal("0.9")),
        ("description", _nfkc(master.description or ""), Decimal("0.75")),
        ("bullets", _nfkc(" ".join(master.bullets)), Decimal("0.7")),
    ]
    size_text = str(attrs["size"][0]) if "size" in attrs else ""
    if size_text:
        texts.insert(0, ("seller:size", _nfkc(size_text), Decimal("0.95")))

    for name in ("color", "size"):
        if name in attrs:
            facts[name] = Fact(str(attrs[name][0]), Decimal(1), f"seller:{name}")
    if "material" in attrs:
        parts = _materials(str(attrs["material"][0]))
        facts["material"] = Fact(parts, Decimal(1), "seller:material")
    extra = attrs.get("platform_attributes", (None, None))[0]
    cells: dict[str, tuple[str, str]] = {}  # normalised key -> (seller's key, value)
    if isinstance(extra, dict):
        for key, value in extra.items():
            if (
                isinstance(value, str)
                and value.strip()
                and not is_placeholder(value)
                and fold(value) not in _NO_VALUE
            ):
                cells.setdefault(_platform_key(str(key)), (str(key), value.strip()))
        for name, (key, value) in cells.items():
            fact = _PLATFORM_FACTS.get(name)
            if fact == "department" and (
                fold(value) in _NO_AUDIENCE or _contradicts(value, master.title)
            ):
                continue
            if fact == "color":
                value = offered_colour(value)  # "White or OEM": the colour, not the offer
                if not value:
                    continue
            if fact == "model_number":
                first = value.split()[0].strip(",;")
                if not _MODEL.match(first):
                    continue
                value = first
            if fact and fact not in facts:
                facts[fact] = Fact(value, Decimal(1), f"seller:{key}")
    if "material" not in facts:
        for name in _MATERIAL_KEYS:
            cell_key, cell = cells.get(name, ("", ""))
            if cell:
                parts = _materials(cell)
                facts["material"] = Fact(parts, Decimal("0.9"), f"seller:{cell_key}")
                break
    for keys in (_WATT_KEYS, _MAH_KEYS):
        for name in keys:
            cell_key, cell = cells.get(name, ("", ""))
            if cell:
                symbol = name.rsplit(" ", 1)[-1] if name.endswith((" w", " mah")) else ""
                text = f"{cell} {symbol}" if symbol and re.fullmatch(r"[\d.]+", cell) else cell
                texts.append((f"seller:{cell_key}", _nfkc(text), Decimal("0.95")))
                break
    for name in ("item_weight", "item_dimensions", "package_weight", "package_dimensions"):
        if name in attrs:
            value, unit = attrs[name]
            facts[name] = Fact({"value": value, "unit": unit}, Decimal(1), f"seller:{name}")
    for name in ("country_of_origin",):
        if name in attrs:
            value, unit = attrs[name]
            shown = {"value": value, "unit": unit} if unit else value
            facts[name] = Fact(shown, Decimal(1), f"seller:{name}")
    if "externally_assigned_product_identifier" in attrs:
        facts["externally_assigned_product_identifier"] = Fact(
            attrs["externally_assigned_product_identifier"][0], Decimal(1), "seller:barcode"
        )

    # Capacity only from the size cell and titles: descriptions name accessories (a 600 ml cup).
    if found := _first(
        _CAPACITY, [t for t in texts if t[0] in ("seller:size", "title", "title_en")]
    ):
        match, where, confidence = found
        quantity = _quantity(match.group(1), match.group(2)).to("milliliter")
        facts["capacity"] = Fact(
            {"value": _plain(Decimal(str(quantity.magnitude))), "unit": "milliliters"},
            confidence,
            f"rule:capacity@{where}",
        )
    if found := _first(_WATTS, texts):
        match, where, confidence = found
        facts["wattage"] = Fact(
            {"value": _plain(Decimal(match.group(1).replace(",", "."))), "unit": "watts"},
            confidence,
            f"rule:wattage@{where}",
        )
    if found := _first(_MAH, texts):
        match, where, confidence = found
        facts["battery_capacity"] = Fact(
            {"value": match.group(1), "unit": "milliampere_hour"},
            confidence,
            f"rule:battery@{where}",
        )
    if found := _first(_VOLTS, texts):
        match, where, confidence = found
        facts["input_voltage"] = Fact(
            {"value": f"{match.group(1)}-{match.group(2)}", "unit": "volts"},
            confidence,
            f"rule:voltage@{where}",
        )
    all_text = " ".join(t for _, t, _ in texts)
    if "锂" in all_text or "lithium" in all_text.lower():
        facts["battery_cell_composition"] = Fact("lithium_ion", Decimal("0.8"), "rule:battery")
    elif "镍氢" in all_text:
        facts["battery_cell_composition"] = Fact("nimh", Decimal("0.8"), "rule:battery")
    if found := _first(_AA, texts):
        match, where, confidence = found
        facts["batteries_required"] = Fact(True, confidence, f"rule:aa@{where}")
        facts["number_of_batteries"] = Fact(
            {"quantity": int(match.group(1)), "type": "aa"}, confidence, f"rule:aa@{where}"
        )
    if size_text and (length := _LENGTH.match(_nfkc(size_text).strip())):
        quantity = _quantity(length.group(1), length.group(2)).to("meter")
        facts["cable_length"] = Fact(
            {"value": _plain(Decimal(str(quantity.magnitude))), "unit": "meters"},
            Decimal("0.95"),
            "rule:length@seller:size",
        )
    count = _pack_count(cells) or _count(texts[:3] if size_text else texts[:2])
    if count is not None and not _doubtful_count(int(count.value), cells, texts):
        facts["number_of_items"] = count
    compatible = [
        key
        for key in glossary.by_kind("feature")
        if key in all_text and not (key == "笔记本" and "笔记本电脑" not in all_text)
    ]
    if compatible:
        facts["compatible_devices"] = Fact(compatible, Decimal("0.7"), "rule:devices")
    return facts


def _pack_count(cells: dict[str, tuple[str, str]]) -> Fact | None:
    """The seller's own pieces-per-pack cell, when it says more than one."""
    for name in _COUNT_KEYS:
        key, value = cells.get(name, ("", ""))
        match = _LEADING_COUNT.match(value)
        if match and int(match.group(1)) > 1:
            return Fact(int(match.group(1)), Decimal("0.95"), f"seller:{key}")
    return None


def _doubtful_count(
    number: int, cells: dict[str, tuple[str, str]], texts: list[tuple[str, str, Decimal]]
) -> bool:
    """A count that may be the platform's order unit rather than the pieces a buyer gets: a
    wholesale lot size ("50pcs/lot", which the platform's pack cell repeats), unless a seller
    cell other than the pack cell states the same number ("Number of parts": "4016 pcs")."""
    confirmed = any(
        number in {int(m.group(1)) for m in _PIECES.finditer(value)}
        for name, (_, value) in cells.items()
        if name not in ("each pack", "measurement unit") and "package" not in name
    )
    if confirmed:
        return False
    titles = " ".join(text for name, text, _ in texts if name in ("title", "title_en"))
    return any(int(m.group(1)) == number for m in _LOT.finditer(titles))


def _platform_key(key: str) -> str:
    """A platform attribute key compared: "Power (W)" -> "power w", "Shape\\pattern" ->
    "shape pattern"."""
    return " ".join(re.sub(r"[^\w]+", " ", key).casefold().split())


def _count(texts: list[tuple[str, str, Decimal]]) -> Fact | None:
    for name, text, confidence in texts:
        if name == "seller:size":
            continue
        zh = _COUNT_ZH.search(text)
        if zh and int(zh.group(1)) > 1:
            return Fact(int(zh.group(1)), confidence, f"rule:count@{name}")
        en = _COUNT_EN.search(text)
        if en:
            number = int(en.group(1) or en.group(2))
            if number > 1:
                return Fact(number, confidence, f"rule:count@{name}")
    return None
