"""Per-store content from structured attributes: language templates, glossary values, the
store's units, decimal separator and title formula. Seller free text in another language is
used only when a translator returns it; otherwise it is left out and said so (never shipped
untranslated). Pure: the translator is passed in."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from globalsell.ai.protocols import ProviderError, Translator
from globalsell.core.marketplaces import Marketplace
from globalsell.listings.domain import Issue, Severity
from globalsell.listings.extract import Fact, MasterText
from globalsell.listings.glossary import Glossary, Noun, fold
from globalsell.listings.head_nouns import HeadNoun, category_noun, head_nouns
from globalsell.listings.measures_text import (
    capacity_text,
    dimensions_text,
    length_text,
    number,
    weight_text,
)
from globalsell.listings.product_types import Classification, ProductType, tokens, vocabulary
from globalsell.listings.seller_title import PLATFORM_TITLE_LIMIT, shop_title, tidy_seller_title
from globalsell.listings.spam import strip_spam
from globalsell.listings.title_fragments import spec_fragment
from globalsell.listings.title_nouns import catch_all
from globalsell.listings.title_parts import (
    distinct_parts,
    each_term,
    join_title,
    known_terms,
    lists_choices,
    looks,
    says_value,
    shorten,
)
from globalsell.listings.titles import read_title, specifics

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
        color = term("color", raw_color) or each_term(term, "color", raw_color)
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
            size = length_text(facts["cable_length"], store)
        elif "capacity" in facts and re.fullmatch(r"[\d.,]+\s*(ml|l|毫升|升)", raw, re.I):
            size = capacity_text(facts["capacity"], store)
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
        text, attr = dimensions_text(facts["item_dimensions"], store)
        c["item_dimensions"] = attr
        src["item_dimensions"] = "derived"
        measures.append(f"{glossary.label('dimensions', lang)}: {text}")
    if "item_weight" in facts:
        text, attr = weight_text(facts["item_weight"], store)
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
        shown = term(kind, raw_value) or each_term(term, kind, raw_value)
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
            shown = known_terms(term, name, str(facts[name].value))
            if shown:
                described.append(f"{glossary.label(name, lang)}: {shown}")
    if described:
        bullets.append("; ".join(described))
    package: list[str] = []
    if "package_dimensions" in facts:
        text, _ = dimensions_text(facts["package_dimensions"], store)
        package.append(f"{glossary.label('package_dimensions', lang)}: {text}")
    if "package_weight" in facts:
        text, _ = weight_text(facts["package_weight"], store)
        package.append(f"{glossary.label('package_weight', lang)}: {text}")

    tech: list[str] = []
    if "capacity" in facts:
        text = capacity_text(facts["capacity"], store)
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
        shelf_noun = None
        if typed is not None and english and catch_all(typed) and not (noun and noun.match):
            # A catch-all shelf ("Bicycle Accessory") is named by the title's own head noun
            # when it belongs to the shelf's department ("Saddle Cover"), as an untyped one is.
            shelf_noun = _shelf_noun(english, brand, glossary, typed)
        if shelf_noun is not None:
            noun = replace(noun, names=shelf_noun.names) if noun is not None else noun
        spec = specifics(
            lang=lang,
            type_name=noun.names[lang] if noun is not None else own.names[lang] if own else "",
            product_type=typed,
            named=bool(noun is None or noun.match),  # already the product's own name
            english_name=noun.names["en"] if noun is not None else own.names["en"] if own else "",
            kind_words=noun is None or not noun.match,  # a demo-kind noun is the full name
            reading=reading,
            facts=facts,
            glossary=glossary,
        )
        parts = [spec.head, *spec.modifiers]
        if shown_materials and not any(fold(m) in fold(parts[0]) for m in shown_materials):
            parts.append(" + ".join(shown_materials[:2]))
        parts += specs
        parts += spec.neutral
        # A colour that is the material's own colour ("Silver" on silver) is said once.
        metal = {glossary.term("material", str(m), "en") for m in materials} - {None}
        same = color is not None and glossary.term("color", str(facts["color"].value), "en")
        parts += [
            b
            for b in variant_bits
            if not says_value(b, spec.head)
            and not lists_choices(b)
            and not spec_fragment(b)
            and not (b == color and same and fold(str(same)) in {fold(str(x)) for x in metal})
        ]
        parts += [x for x in looks(c, facts, glossary, typed) if not says_value(x, spec.head)]
        parts += [spec.makes] if spec.makes else []
        parts = distinct_parts(parts)
        while len(parts) > 1 and len(join_title(brand, parts, lang)) > TITLE_LIMIT:
            parts.pop()
        title = join_title(brand, parts, lang)
        if reading is not None and reading.makes and "compatible_devices" not in facts:
            makes = ", ".join(reading.makes)
            bullets.append(f"{glossary.label('compatible', lang)}: {makes}")
        if reading is not None:
            # What the seller's title said that no title here shows: its spam phrases and the
            # words taken off the phrase's front ("2025", "Fashion", "50pcs/lot").
            _, dropped = strip_spam(english)
            dropped = list(dict.fromkeys([*dropped, *reading.removed]))
            if dropped:
                out.issues.append(
                    Issue(
                        "spam-removed",
                        "item_name",
                        f"left out of the seller's title: {', '.join(dropped)}",
                        Severity.INFO,
                    )
                )
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
        title, selling = shop_title(title, brand=brand)
        removed += fragments + selling
        title = shorten(title, 200)
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
    if (agreed := category_noun(english, classification)) is not None:
        return agreed
    types = vocabulary().types
    shelves = {
        types[c.code].group
        for c in classification.candidates
        if c.code in types and any(r.startswith("category ") for r in c.reasons)
    }
    # The head first; when it names no known noun ("Zipper Belly Retraction with Neoprene
    # Shapewear ..."), the words after its first "with" (never after "for": what it fits).
    texts = [english]
    head_end = re.search(r"\s(with|for)\s", english, re.IGNORECASE)
    if head_end is not None and head_end.group(1).casefold() == "with":
        texts.append(english[head_end.end() :])
    for text in texts:
        for found in head_nouns(text, brand=brand, glossary=glossary):
            if not (shelves and found.groups and not (found.groups & shelves)):
                return found
    return None


def _shelf_noun(
    english: str, brand: str, glossary: Glossary, typed: ProductType
) -> HeadNoun | None:
    """The title's head noun for a product on a catch-all shelf, when it names no product
    type of its own: on an accessory shelf a noun that is a product type is mostly the thing
    the accessory is for ("Vacuum Cleaner" on a filter, "Shoes" on shoe covers). On a shelf
    of whole products ("Cooling Products", "Tools") the head noun is the product itself
    ("Seat Cushion"), a product type's noun or not."""
    whole = tokens(typed.names["en"])[-1:] not in ([w] for w in _ACCESSORY_SHELVES)
    for found in head_nouns(english, brand=brand, glossary=glossary):
        if not found.groups or whole:
            return found
    return None


# Last words of a catch-all shelf's name that hold accessories and parts of other products.
_ACCESSORY_SHELVES = frozenset(["acc", "accessory", "part", "component", "consumable", "supply"])


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
