"""What the listings are generated from, per SKU: the seller's text and attributes of a
product or one of its variants (platform attributes included), and the product type of each SKU
from the classifier. Reads loaded catalogue rows only: no session, no writes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from globalsell.catalog.domain import header_key as fold_key
from globalsell.catalog.models import AttributeValue, Product, Variant
from globalsell.catalog.platforms import is_placeholder
from globalsell.listings import product_types
from globalsell.listings.content import Sku
from globalsell.listings.extract import MasterText
from globalsell.listings.product_types import Classification


def master_text(product: Product, variant: Variant | None) -> tuple[MasterText, str | None]:
    attrs: dict[str, tuple[Any, str | None]] = {}
    title_en: str | None = None
    bullets: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    rows: list[AttributeValue] = [a for a in product.attributes if a.variant_id is None]
    if variant is not None:
        rows += [a for a in product.attributes if a.variant_id == variant.id]
    for a in rows:  # variant rows come last and win
        if a.marketplace is not None:
            continue
        if a.name == "item_name":
            title_en = str(a.value)
        elif a.name == "bullet_point":
            bullets = tuple(map(str, a.value))
        elif a.name == "generic_keyword":
            keywords = tuple(map(str, a.value))
        else:
            attrs[a.name] = (a.value, a.unit)
    if variant is not None:
        for name, value in (variant.theme_values or {}).items():
            attrs.setdefault(name, (value, None))
    title = (variant.title if variant is not None and variant.title else None) or product.title
    return (
        MasterText(
            title=title,
            title_en=title_en,
            category=product.category,
            description=product.description,
            bullets=bullets,
            keywords=keywords,
            attributes=attrs,
        ),
        title_en,
    )


def _unbranded(product: Product) -> bool:
    """The seller's platform export said the product has no brand ("NoEnName_Null")."""
    if product.brand:
        return False
    for a in product.attributes:
        if a.name == "platform_attributes" and isinstance(a.value, dict):
            return any(
                fold_key(k) in ("brandname", "brand") and is_placeholder(str(v), brand=True)
                for k, v in a.value.items()
            )
    return False


def _item_type(master: MasterText) -> str | None:
    """The seller's own "Item Type" cell of a platform export, if any."""
    extra = master.attributes.get("platform_attributes", (None, None))[0]
    if not isinstance(extra, dict):
        return None
    for key in ("Item Type", "Type", "Product Type"):
        if isinstance(extra.get(key), str) and not is_placeholder(extra[key]):
            return str(extra[key])
    return None


def _category_zh(master: MasterText) -> str | None:
    """The platform's Chinese category path, kept on import as an attribute."""
    value = master.attributes.get("category_path_zh", (None, None))[0]
    return value if isinstance(value, str) and value.strip() else None


def classify_skus(skus: Sequence[Sku]) -> dict[str, Classification]:
    """The product type of each SKU (category path, title head noun, the seller's item type,
    embeddings as the tie-breaker), computed in one batch."""
    titles = [s.master.title_en or s.master.title for s in skus]
    similarity = product_types.similarities(titles)
    return {
        s.sku: product_types.classify(
            title=title,
            category=s.master.category,
            category_zh=_category_zh(s.master),
            item_type=_item_type(s.master),
            embedding=sim,
        )
        for s, title, sim in zip(skus, titles, similarity, strict=True)
    }


def key_attributes() -> dict[str, tuple[str, ...]]:
    """The attributes that matter for each product type (titles and bullets are built from
    them; the evaluation measures their fill)."""
    return {code: t.key_attributes for code, t in product_types.vocabulary().types.items()}


def skus_of(product: Product) -> list[tuple[Sku, Variant | None]]:
    out: list[tuple[Sku, Variant | None]] = []
    master, _ = master_text(product, None)
    unbranded = _unbranded(product)
    out.append(
        (
            Sku(
                sku=product.sku,
                brand=product.brand,
                source_language=product.source_language,
                parent_sku=None,
                is_parent=bool(product.variants),
                variation_theme=product.variation_theme,
                master=master,
                unbranded=unbranded,
            ),
            None,
        )
    )
    for variant in product.variants:
        child, _ = master_text(product, variant)
        out.append(
            (
                Sku(
                    sku=variant.sku,
                    brand=product.brand,
                    source_language=product.source_language,
                    parent_sku=product.sku,
                    is_parent=False,
                    variation_theme=None,
                    master=child,
                    unbranded=unbranded,
                ),
                variant,
            )
        )
    return out
