"""Per-store content from structured attributes: language templates, glossary values, the
store's units, decimal separator and title formula. Seller free text in another language is
used only when a translator returns it; otherwise it is left out and said so (never shipped
untranslated). Pure: the translator is passed in."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from globalsell.ai.protocols import ProviderError, Translator
from globalsell.catalog.units import GRAMS_PER, Measure, convert_weight
from globalsell.core.marketplaces import Marketplace
from globalsell.listings.domain import Issue, Severity
from globalsell.listings.extract import Fact, MasterText
from globalsell.listings.glossary import Glossary, Noun, fold
from globalsell.listings.product_types import Classification, ProductType, vocabulary
from globalsell.listings.spam import strip_spam
from globalsell.listings.titles import (
    AUDIENCE_GROUPS,
    PLATFORM_TITLE_LIMIT,
    HeadNoun,
    head_nouns,
    measure_choices,
    read_title,
    spec_fragment,
    specifics,
    tidy_seller_title,
)

CM_PER_INCH = Decimal("2.54")  # exact by definition
ML_PER_US_FL_OZ = Decimal("29.5735295625")  # exact: 1/128 US gallon of 231 cubic inches
M_PER_FOOT = Decimal("0.3048")  # exact by definition
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<\s*script\b.*?(<\s*/\s*script\s*>|$)", re.IGNORECASE | re.DOTALL)


@dataclass
class Rendered:
    content: dict[str, Any]
    sources: dict[str, str]  # field -> "template" | "seller:..." | "translated:<provider>"
    issues: list[Issue] = field(default_factory=list)
    needs_translation: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sku:
    sku: str
    brand: str | None
    source_language: str
    parent_sku: str | None
    is_parent: bool
    variation_theme: str | None
    master: MasterText
    unbranded: bool = False  # the seller's platform said "no brand" (not just left it out)


UNBRANDED = "Generic"  # Amazon's brand value for products sold without a brand
TITLE_TARGET = 80  # Amazon's mobile guidance; the hard limit is rules.TITLE_MAX
# Generated titles stop short of the 200-character limit: the product and its key attributes
# come first (the first 80 characters read on mobile), the rest is dropped from the end.
TITLE_LIMIT = 150
_BANNED = re.compile(r"[!$?_{}^¬¦]+")
# Han and full-width characters left in an English seller title (platform mojibake).
_NOT_ENGLISH = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
# Sizes that read the same in every language: numbers with unit symbols, letter sizes.
_LANGUAGE_FREE_SIZE = re.compile(
    r"^(?:(?:[\d.,]+\s*(?:mm|cm|m|in|ml|l|g|kg|\"|')?\s*[x×*/~-]?\s*)+|"
    r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|\dxl))$",
    re.IGNORECASE,
)


def sanitize(text: str) -> tuple[str, bool]:
    """Seller text without script blocks and HTML tags; True when something was removed."""
    cleaned = _SCRIPT.sub("", text)
    cleaned = _TAG.sub(" ", cleaned)
    cleaned = re.sub(r"\s+", " ", html.unescape(cleaned)).strip()
    return cleaned, cleaned != re.sub(r"\s+", " ", text).strip()


def number(value: Decimal, store: Marketplace, places: int = 2) -> str:
    return _number(value, store.decimal_separator, places)


@lru_cache(maxsize=65536)
def _number(value: Decimal, separator: str, places: int) -> str:
    """Catalogues repeat the same sizes and weights: each is formatted once."""
    quantum = Decimal(1).scaleb(-places)
    text = format(value.quantize(quantum, rounding=ROUND_HALF_UP).normalize(), "f")
    return text.replace(".", separator)


def _dimensions(fact: Fact, store: Marketplace) -> tuple[str, dict[str, Any]]:
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


def _weight(fact: Fact, store: Marketplace) -> tuple[str, dict[str, Any]]:
    measure = Measure(Decimal(str(fact.value["value"])), str(fact.value["unit"]))
    if store.unit_system == "imperial":
        pounds = convert_weight(measure, "pounds")
        return f"{number(pounds, store)} lb", {"value": float(round(pounds, 2)), "unit": "pounds"}
    grams = measure.value * GRAMS_PER[measure.unit]
    if grams >= 1000:
        kg = grams / 1000
        return f"{number(kg, store)} kg", {"value": float(round(kg, 3)), "unit": "kilograms"}
    return f"{number(grams, store, 0)} g", {"value": float(round(grams, 1)), "unit": "grams"}


def _capacity(fact: Fact, store: Marketplace) -> str:
    ml = Decimal(str(fact.value["value"]))
    metric = f"{number(ml / 1000, store)} L" if ml >= 1000 else f"{number(ml, store, 0)} ml"
    if store.unit_system == "imperial":
        return f"{metric} ({number(ml / ML_PER_US_FL_OZ, store, 1)} fl oz)"
    return metric


def _length(fact: Fact, store: Marketplace) -> str:
    meters = Decimal(str(fact.value["value"]))
    if store.unit_system == "imperial":
        return f"{number(meters / M_PER_FOOT, store, 1)} ft"
    return f"{number(meters, store)} m"


def noun_of(product_type: ProductType) -> Noun:
    """A classified product type as the noun a title is built from."""
    keyword = re.sub(r"[^a-z0-9]+", "-", product_type.names["en"].lower()).strip("-")
    return Noun((), product_type.code, keyword, product_type.names)


def render(
    sku: Sku,
    facts: dict[str, Fact],
    store: Marketplace,
    glossary: Glossary,
    *,
    translator: Translator | None = None,
    keep: Sequence[str] = (),
    classification: Classification | None = None,
) -> Rendered:
    """The listing content of one SKU for one store."""
    lang = store.language
    out = Rendered(content={}, sources={})
    c, src = out.content, out.sources
    master = sku.master
    noun = glossary.noun_for(master.title, master.title_en, master.category)
    if noun is None and classification is not None and classification.product_type:
        noun = noun_of(classification.product_type)
    brand = sku.brand or ""
    if brand:
        c["brand"] = brand
        src["brand"] = "seller:brand"
    elif sku.unbranded:
        c["brand"] = UNBRANDED
        src["brand"] = "rule:unbranded"
        out.issues.append(
            Issue(
                "unbranded",
                "brand",
                f"the platform export names no brand: listed as {UNBRANDED!r}; "
                "give your brand if you own one",
                Severity.WARNING,
            )
        )
    if noun is not None:
        c["product_type"] = noun.product_type
        c["item_type_keyword"] = noun.item_type_keyword
        src["item_type_keyword"] = "glossary" if noun.match else "classifier"
        src["product_type"] = src["item_type_keyword"]
    elif classification is not None and classification.candidates:
        c["product_type"] = "PRODUCT"
        names = ", ".join(f"{x.code} ({x.score:.1f})" for x in classification.candidates[:3])
        out.issues.append(
            Issue(
                "needs-product-type",
                "product_type",
                f"needs a product type: not sure enough to choose (top candidates: {names})",
                Severity.ERROR,
            )
        )
    else:
        c["product_type"] = "PRODUCT"
        out.issues.append(
            Issue(
                "unknown-product-type",
                "item_type_keyword",
                "no product type known for this title; choose one",
                Severity.ERROR,
            )
        )
    if "country_of_origin" in facts:
        c["country_of_origin"] = facts["country_of_origin"].value
        src["country_of_origin"] = facts["country_of_origin"].source
    if "externally_assigned_product_identifier" in facts:
        c["externally_assigned_product_identifier"] = facts[
            "externally_assigned_product_identifier"
        ].value
        src["externally_assigned_product_identifier"] = "seller:barcode"
    if sku.is_parent:
        c["parentage_level"] = "parent"
        if sku.variation_theme:
            c["variation_theme"] = sku.variation_theme
    elif sku.parent_sku:
        c["parentage_level"] = "child"
        c["parent_sku"] = sku.parent_sku

    # Attribute values through the glossary (never the Chinese text itself).
    specs: list[str] = []
    bullets: list[str] = []

    protected = {fold(k) for k in keep}

    def term(kind: str, key: str) -> str | None:
        if protected and fold(key) in protected:
            return key
        return glossary.term(kind, key, lang)

    materials = facts["material"].value if "material" in facts else []
    shown_materials = list(
        dict.fromkeys(m for m in (term("material", str(x)) for x in materials) if m)
    )
    if materials and len(shown_materials) == len(materials):
        c["material"] = shown_materials
        src["material"] = "glossary"
        bullets.append(f"{glossary.label('material', lang)}: {', '.join(shown_materials)}")
    elif materials:
        out.issues.append(
            Issue(
                "untranslated-value",
                "material",
                f"material {'+'.join(map(str, materials))!r} is not in the glossary for {lang}",
                Severity.WARNING,
            )
        )
    color = size = None
    if "color" in facts:
        raw_color = str(facts["color"].value)
        color = term("color", raw_color) or _each(term, "color", raw_color)
        if color is None and lang == "en" and raw_color.isascii():
            color = raw_color
        if color:
            c["color"] = color
            src["color"] = "glossary"
        else:
            out.issues.append(
                Issue(
                    "untranslated-value",
                    "color",
                    f"colour {raw_color!r} is not in the glossary for {lang}: left out",
                    Severity.WARNING,
                )
            )
    if "size" in facts:
        raw = str(facts["size"].value)
        size = term("size", raw) or (
            raw if raw.isascii() and (lang == "en" or _LANGUAGE_FREE_SIZE.match(raw)) else None
        )
        if "cable_length" in facts:
            size = _length(facts["cable_length"], store)
        elif "capacity" in facts and re.fullmatch(r"[\d.,]+\s*(ml|l|毫升|升)", raw, re.I):
            size = _capacity(facts["capacity"], store)
        if size:
            c["size"] = size
            src["size"] = "glossary"
        else:
            out.issues.append(
                Issue(
                    "untranslated-value",
                    "size",
                    f"size {raw!r} is not in the glossary for {lang}: left out",
                    Severity.WARNING,
                )
            )
    measures: list[str] = []
    if "item_dimensions" in facts:
        text, attr = _dimensions(facts["item_dimensions"], store)
        c["item_dimensions"] = attr
        src["item_dimensions"] = "derived"
        measures.append(f"{glossary.label('dimensions', lang)}: {text}")
    if "item_weight" in facts:
        text, attr = _weight(facts["item_weight"], store)
        c["item_weight"] = attr
        src["item_weight"] = "derived"
        measures.append(f"{glossary.label('weight', lang)}: {text}")
    if measures:
        bullets.append("; ".join(measures))
    described: list[str] = []
    for name in ("metal_type", "department", "style", "pattern"):
        if name not in facts:
            continue
        raw_value = str(facts[name].value)
        kind = "material" if name == "metal_type" else name
        shown = term(kind, raw_value) or _each(term, kind, raw_value)
        if shown:
            c[name] = shown
            src[name] = "glossary"
            described.append(f"{glossary.label(name, lang)}: {shown}")
    if "model_number" in facts:
        c["model_number"] = str(facts["model_number"].value)
        src["model_number"] = facts["model_number"].source
        described.append(f"{glossary.label('model', lang)}: {c['model_number']}")
    # Use facts (season, hair texture, what it resists, power): each value the glossary knows
    # in the store language, the rest left out; a bullet only with something known.
    kind_of = classification.product_type if classification is not None else None
    hair = kind_of is not None and kind_of.group == "hair"
    for name in ("season", "texture", "features", "power_source"):
        if name in facts and (name != "texture" or hair):
            shown = _known(term, name, str(facts[name].value))
            if shown:
                described.append(f"{glossary.label(name, lang)}: {shown}")
    if described:
        bullets.append("; ".join(described))
    package: list[str] = []
    if "package_dimensions" in facts:
        text, _ = _dimensions(facts["package_dimensions"], store)
        package.append(f"{glossary.label('package_dimensions', lang)}: {text}")
    if "package_weight" in facts:
        text, _ = _weight(facts["package_weight"], store)
        package.append(f"{glossary.label('package_weight', lang)}: {text}")

    tech: list[str] = []
    if "capacity" in facts:
        text = _capacity(facts["capacity"], store)
        c["capacity"] = facts["capacity"].value
        src["capacity"] = facts["capacity"].source
        tech.append(f"{glossary.label('capacity', lang)}: {text}")
        if "size" not in facts:
            specs.append(text)
    if "wattage" in facts:
        text = f"{number(Decimal(facts['wattage'].value['value']), store, 1)} W"
        c["wattage"] = facts["wattage"].value
        src["wattage"] = facts["wattage"].source
        tech.append(f"{glossary.label('wattage', lang)}: {text}")
        specs.append(text)
    if "battery_capacity" in facts:
        text = f"{facts['battery_capacity'].value['value']} mAh"
        c["battery_capacity"] = facts["battery_capacity"].value
        src["battery_capacity"] = facts["battery_capacity"].source
        tech.append(f"{glossary.label('battery', lang)}: {text}")
        specs.append(text)
    if "input_voltage" in facts:
        tech.append(f"{glossary.label('voltage', lang)}: {facts['input_voltage'].value['value']} V")
    for name in ("battery_cell_composition", "batteries_required", "number_of_batteries"):
        if name in facts:
            c[name] = facts[name].value
            src[name] = facts[name].source
    if tech:
        bullets.append("; ".join(tech))
    if "number_of_items" in facts:
        count = int(facts["number_of_items"].value)
        c["number_of_items"] = count
        src["number_of_items"] = facts["number_of_items"].source
        pieces = glossary.label("pieces", lang)
        text = f"{count}{pieces}" if lang == "ja" else f"{count} {pieces}"
        bullets.append(f"{glossary.label('count', lang)}: {text}")
        specs.append(text)
    if "compatible_devices" in facts:
        devices = [d for d in (term("feature", k) for k in facts["compatible_devices"].value) if d]
        if devices:
            bullets.append(f"{glossary.label('compatible', lang)}: {', '.join(devices)}")
    variant_bits = [x for x in (color, size) if x]

    # Title: the store's formula over the glossary noun; the seller's own title when it is
    # already in the store's language.
    title: str | None = None
    english = ""
    if master.title_en or sku.source_language == "en":
        english = _NOT_ENGLISH.sub(
            " ", _BANNED.sub(" ", sanitize(master.title_en or master.title)[0])
        )
    # No product type chosen: outside English stores the title's own head noun names the
    # product when the noun vocabulary knows it in the store language (ADR 0123); the listing
    # still needs a product type.
    own = None
    if noun is None and lang != "en" and english and classification is not None:
        own = _own_noun(english, brand, glossary, classification)
    if noun is not None or own is not None:
        typed = classification.product_type if classification is not None else None
        typed = typed if typed is not None and noun and typed.code == noun.product_type else None
        reading = None
        if typed is not None and english:
            reading = read_title(english, brand=brand, product_type=typed)
        elif own is not None:
            reading = read_title(english, brand=brand, product_type=None)
        spec = specifics(
            lang=lang,
            type_name=noun.names[lang] if noun is not None else own.names[lang] if own else "",
            product_type=typed,
            named=bool(noun is None or noun.match),  # already the product's own name
            reading=reading,
            facts=facts,
            glossary=glossary,
        )
        parts = [spec.head]
        if shown_materials and not any(fold(m) in fold(parts[0]) for m in shown_materials):
            parts.append(" + ".join(shown_materials[:2]))
        parts += specs
        parts += spec.neutral
        parts += [
            b
            for b in variant_bits
            if not _names(b, spec.head) and not _choices(b) and not spec_fragment(b)
        ]
        parts += [x for x in _looks(c, facts, glossary, typed) if not _names(x, spec.head)]
        parts += [spec.makes] if spec.makes else []
        parts = _distinct(parts)
        while len(parts) > 1 and len(_join_title(brand, parts, lang)) > TITLE_LIMIT:
            parts.pop()
        title = _join_title(brand, parts, lang)
        if reading is not None and reading.makes and "compatible_devices" not in facts:
            makes = ", ".join(reading.makes)
            bullets.append(f"{glossary.label('compatible', lang)}: {makes}")
        if own is not None:
            src["item_name"] = "seller:head-noun"
        else:
            src["item_name"] = (
                "template" if reading is None or not reading.phrase else "seller:phrase"
            )
    elif lang == "en" and (master.title_en or sku.source_language == "en"):
        seller_title = master.title_en or master.title
        title, stripped = sanitize(seller_title)
        title, removed = strip_spam(_NOT_ENGLISH.sub(" ", _BANNED.sub(" ", title)))
        at_limit = len(seller_title) >= PLATFORM_TITLE_LIMIT
        title, fragments = tidy_seller_title(title, at_limit=at_limit)
        removed += fragments
        title = _shorten(title, 200)
        src["item_name"] = "seller:title_en" if master.title_en else "seller:title"
        if removed:
            out.issues.append(
                Issue(
                    "spam-removed",
                    "item_name",
                    f"removed from the seller's title: {', '.join(removed)}",
                    Severity.INFO,
                )
            )
        if stripped:
            out.issues.append(
                Issue(
                    "html-stripped",
                    "item_name",
                    "HTML was removed from the seller's title",
                    Severity.WARNING,
                )
            )
    elif translator is not None:
        title = _translate(translator, master.title, sku.source_language, lang, keep)
        if title is not None:
            src["item_name"] = f"translated:{translator.name}"
    if title is None:
        out.needs_translation.append("item_name")
    else:
        c["item_name"] = title

    # Seller bullet points: only in the store's language or through a translator.
    seller_bullets = [sanitize(b)[0] for b in master.bullets if b.strip()]
    if seller_bullets and sku.source_language != lang:
        translated: list[str | None] = [None] * len(seller_bullets)
        if translator is not None and not _is_glossary_only(translator):
            try:
                translated = translator.translate(
                    seller_bullets, source=sku.source_language, target=lang, keep=keep
                )
            except ProviderError:
                translated = [None] * len(seller_bullets)
        done = [t for t in translated if t]
        if done:
            bullets = done + bullets
            src["bullet_point"] = f"translated:{translator.name if translator else ''}"
        else:
            out.issues.append(
                Issue(
                    "seller-text-left-out",
                    "bullet_point",
                    f"{len(seller_bullets)} seller bullet points are in {sku.source_language} "
                    "and were left out (no translation); the bullets are built from attributes",
                    Severity.INFO,
                )
            )
    elif seller_bullets:
        bullets = seller_bullets + bullets
    if variant_bits:
        labels = [
            f"{glossary.label('color', lang)}: {color}" if color else "",
            f"{glossary.label('size', lang)}: {size}" if size else "",
        ]
        bullets.append("; ".join(x for x in labels if x))
    if package:
        bullets = [*bullets[:4], "; ".join(package)]
    if bullets:
        c["bullet_point"] = bullets[:5]
        src.setdefault("bullet_point", "template")
        desc_head = c.get("item_name", "")
        c["product_description"] = (
            "<br>".join([desc_head, *bullets[:5]]) if desc_head else ("<br>".join(bullets[:5]))
        )
        src["product_description"] = "template"

    # Search terms: glossary words not already obvious, bytes checked by the rules.
    words: list[str] = []
    pool = [
        *(noun.names[lang].split() if noun else []),
        *(noun.item_type_keyword.split("-") if noun and lang == "en" else []),
        *shown_materials,
        *([color] if color else []),
    ]
    for word in pool:
        folded = word.lower() if lang != "ja" else word
        if folded not in words and fold(word) != fold(brand):
            words.append(folded)
    if words:
        c["generic_keyword"] = " ".join(words)
        src["generic_keyword"] = "template"
    return out


def _own_noun(
    english: str, brand: str, glossary: Glossary, classification: Classification
) -> HeadNoun | None:
    """The head noun of the seller's title for an untyped product, unless the platform
    category puts the product in another department than the product types the noun names
    (a "Holding Ring" on a watch-parts shelf is no jewellery ring)."""
    types = vocabulary().types
    shelves = {
        types[c.code].group
        for c in classification.candidates
        if c.code in types and any(r.startswith("category ") for r in c.reasons)
    }
    for found in head_nouns(english, brand=brand, glossary=glossary):
        if not (shelves and found.groups and not (found.groups & shelves)):
            return found
    return None


def _names(value: str, head: str) -> bool:
    """Whether the title head already says `value` (whole words: "L" is no part of "Lamp")."""
    return re.search(rf"(?<!\w){re.escape(fold(value))}(?!\w)", fold(head)) is not None


def _looks(
    c: dict[str, Any], facts: dict[str, Fact], glossary: Glossary, typed: ProductType | None
) -> list[str]:
    """Style and pattern (as translated for the bullets) for products worn or carried, where
    they say what the product looks like; a plain "solid" pattern says nothing."""
    if typed is None or typed.group not in AUDIENCE_GROUPS:
        return []
    out = [str(c["style"])] if "style" in c else []
    if "pattern" in c and glossary.term("pattern", str(facts["pattern"].value), "en") not in (
        None,
        "Solid Colour",
    ):
        out.append(str(c["pattern"]))
    return out


def _each(term: Any, kind: str, text: str) -> str | None:
    """A list value ("Black, Red", "Gold/Silver") term by term; None unless every part is
    known."""
    parts = [p for p in re.split(r"\s*[,/&+]\s*|\s+and\s+", text) if p.strip()]
    if len(parts) < 2:
        return None
    shown = [term(kind, p) for p in parts]
    if not all(shown):
        return None
    return ", ".join(dict.fromkeys(str(x) for x in shown))


def _known(term: Any, kind: str, text: str) -> str | None:
    """The parts of a list value ("Spring/Autumn", "Breathable,Waterproof") the glossary knows,
    in the store language, once each; None when it knows none."""
    whole = term(kind, text)
    if whole:
        return str(whole)
    parts = [p for p in re.split(r"\s*[,/&+;]\s*|\s+and\s+", text, flags=re.I) if p.strip()]
    shown = [str(x) for x in (term(kind, p) for p in parts) if x]
    return ", ".join(dict.fromkeys(shown)) or None


def _distinct(parts: list[str]) -> list[str]:
    """Title parts without repeats that differ only in case or spacing ("2400 mAh", "2400mah"),
    without a part an earlier one already says ("500 ml" after "500 ml (16.9 fl oz)"), and
    without a code repeated inside a later spec ("32DP" then "32DP 3.175/5mm")."""
    seen: set[str] = set()
    words: set[str] = set()
    out: list[str] = []
    for i, part in enumerate(parts):
        key = re.sub(r"\s+", "", part.casefold())
        if not key or key in seen:
            continue
        if i and any(_says(o, part) for o in out):
            continue
        if i and any(ch.isdigit() for ch in part):
            # A model code said again inside a later spec ("32DP 3.175/5mm"): once is enough.
            fresh = [w for w in part.split() if not (_CODE_WORD.match(w) and fold(w) in words)]
            if not fresh:
                continue
            part = " ".join(fresh)
        seen.add(key)
        words.update(fold(w) for w in part.split())
        out.append(part)
    return out


@lru_cache(maxsize=16384)
def _says(outer: str, inner: str) -> bool:
    """Whether `outer` contains `inner` as whole words (parts repeat across stores: cached)."""
    return re.search(rf"(?<!\w){re.escape(fold(inner))}(?!\w)", fold(outer)) is not None


_CODE_WORD = re.compile(r"^(?=.*\d)[\w./-]{3,}$")


def _choices(value: str) -> bool:
    """A value that lists three or more alternatives ("35,42,40,45", "Gold/Silver/Black") or
    two measures ("150x200cm,200x230cm"): the variants on offer, not this product's value."""
    parts = [p for p in re.split(r"\s*[,/;|]\s*", value) if p.strip()]
    return len(parts) >= 3 or measure_choices(value)


def _join_title(brand: str, parts: list[str], lang: str) -> str:
    head = parts[0].split(" ", 1)
    if brand and len(head) == 2 and brand.split()[-1].casefold() == head[0].casefold():
        parts = [head[1], *parts[1:]]  # "Lumiere Hair" + "Hair Extensions": no "Hair Hair"
    if lang == "ja":
        return " ".join(([brand] if brand else []) + parts)
    title = ", ".join(parts)
    return f"{brand} {title}" if brand else title


def _shorten(text: str, limit: int) -> str:
    """Whole words up to `limit` characters, without a dangling separator."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:/-&+")


def _is_glossary_only(translator: Translator) -> bool:
    return translator.name == "offline-glossary"


def _translate(
    translator: Translator, text: str, source: str, target: str, keep: Sequence[str]
) -> str | None:
    try:
        (result,) = translator.translate([text], source=source, target=target, keep=keep)
    except (ProviderError, ValueError):
        return None
    return result


def trim_keywords(text: str, limit: int = 249) -> str:
    """Whole words up to `limit` UTF-8 bytes."""
    out: list[str] = []
    size = 0
    for word in text.split():
        extra = len(word.encode()) + (1 if out else 0)
        if size + extra > limit:
            break
        out.append(word)
        size += extra
    return " ".join(out)
