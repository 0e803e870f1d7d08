"""Catalogue spreadsheets in and out: an all-or-nothing import of a seller's product sheet (every
bad cell reported by row and column) and the export that round-trips it."""

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from globalsell.catalog import domain, platforms
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, Product, Variant, scope_key
from globalsell.catalog.schemas import ImportReport
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    FieldError,
    ValidationFailed,
)

# Attributes a spreadsheet row sets (and so replaces on re-import).
IMPORTED_ATTRIBUTES = frozenset(
    {
        "color",
        "size",
        "material",
        "item_name",
        "item_weight",
        "item_dimensions",
        "externally_assigned_product_identifier",
        "country_of_origin",
        "hs_code_declared",
        "bullet_point",
        "generic_keyword",
        "package_weight",
        "package_dimensions",
        "category_path_zh",
        "model_number",
        "amazon_product_type",
        "browse_node",
        "platform_attributes",
    }
)


def import_catalog(
    session: Session,
    *,
    actor: Actor,
    table_headers: list[str],
    table_rows: list[list[str]],
    filename: str,
    dry_run: bool,
    now: datetime,
    valid_rows: bool = False,
) -> ImportReport:
    """All-or-nothing import of a master catalogue sheet: every row is checked first; any error
    raises ValidationFailed listing row and the seller's own column, and nothing is written.
    With `valid_rows`, the valid rows are imported and the others reported as skipped.
    Platform exports (AliExpress, Seller Central flat file, Shopify) are recognised by their
    header row and read as they come."""
    actor.require(Role.OPERATOR, "importing the catalogue")
    table = platforms.normalise(table_headers, table_rows)
    header_map, errors = domain.map_headers(table.headers)
    if errors:
        raise ValidationFailed(
            f"{filename}: the header row has {len(errors)} problem(s)",
            errors=[_named(e, table.source) for e in errors],
        )
    if len(table.rows) > domain.MAX_ROWS:
        raise ValidationFailed(
            f"{filename}: {len(table.rows)} rows; the limit is {domain.MAX_ROWS}", field="file"
        )
    units = {
        canon: unit
        for i, canon in header_map.columns.items()
        if (unit := platforms.header_unit(table.headers[i])) is not None
    }
    warnings = [*table.warnings, *header_map.warnings]
    rounded = 0
    parsed: list[domain.ProductRow] = []
    skus: list[tuple[int, str]] = []
    for number, cells in enumerate(table.rows, start=table.first_row):
        if not any(c.strip() for c in cells):
            continue
        values = {
            canon: cells[i] if i < len(cells) else "" for i, canon in header_map.columns.items()
        }
        for canon, unit in units.items():
            if platforms.is_number(values.get(canon, "")):
                values[canon] = f"{values[canon].strip()} {unit}"
        for canon in ("brand", "color", "size", "material"):
            if values.get(canon) and platforms.is_placeholder(
                values[canon], brand=canon == "brand"
            ):
                values[canon] = ""
        if values.get("unit_cost", "").strip():
            values["unit_cost"], changed = platforms.round_cost(values["unit_cost"].strip())
            rounded += changed
        skus.append((number, values.get("sku", "").strip()))
        row, row_errors = domain.parse_row(number, values)
        errors.extend(row_errors)
        if row is not None:
            parsed.append(row)
    if rounded:
        warnings.insert(
            0,
            f"{rounded} cost(s) had more than 6 decimal places: rounded "
            f"{platforms.COST_ROUNDING_NAME}",
        )
    if not parsed and not errors:
        raise ValidationFailed(f"{filename}: no data rows", field="file")
    db_products = {
        p.sku: p
        for p in session.scalars(
            select(Product)
            .where(Product.seller_id == actor.seller_id)
            .options(selectinload(Product.variants), selectinload(Product.attributes))
        )
    }
    db_variants = {
        v.sku: v
        for v in session.scalars(select(Variant).where(Variant.seller_id == actor.seller_id))
    }
    errors.extend(domain.duplicate_skus(skus))
    errors.extend(domain.check_family(parsed, set(db_products)))
    for item in parsed:
        if item.parent_sku is None and item.sku in db_variants:
            errors.append(
                FieldError(
                    "sku",
                    "is a variant in the catalogue; give its 父SKU",
                    row=item.row,
                    value=item.sku,
                )
            )
        if item.parent_sku is not None and item.sku in db_products:
            errors.append(
                FieldError(
                    "sku",
                    "is a product in the catalogue, not a variant",
                    row=item.row,
                    value=item.sku,
                )
            )
        variant = db_variants.get(item.sku)
        if (
            item.parent_sku is not None
            and variant is not None
            and (variant.product.sku != item.parent_sku)
        ):
            errors.append(
                FieldError(
                    "parent_sku",
                    f"the variant belongs to {variant.product.sku}",
                    row=item.row,
                    value=item.parent_sku,
                )
            )
    errors = [_named(e, table.source) for e in errors]
    errors.sort(key=lambda e: (e.row or 0, e.field))
    skipped: list[str] = []
    if errors and valid_rows:
        bad_rows = {e.row for e in errors}
        if None in bad_rows:
            raise ValidationFailed(
                f"{filename}: {len(errors)} error(s); nothing was imported", errors=errors
            )
        parsed = [item for item in parsed if item.row not in bad_rows]
        parsed = _whole_families(parsed)
        skipped = [str(e) for e in errors]
    elif errors:
        raise ValidationFailed(
            f"{filename}: {len(errors)} error(s); nothing was imported", errors=errors
        )
    report = ImportReport(
        filename=filename,
        dry_run=dry_run,
        rows=len(parsed),
        products_created=0,
        products_updated=0,
        variants_created=0,
        variants_updated=0,
        attributes_written=0,
        warnings=warnings,
        platform=table.platform.value,
        skipped=skipped,
    )
    if dry_run:
        for item in parsed:
            if item.parent_sku is None:
                if item.sku in db_products:
                    report.products_updated += 1
                else:
                    report.products_created += 1
            elif item.sku in db_variants:
                report.variants_updated += 1
            else:
                report.variants_created += 1
            report.attributes_written += len(item.attributes)
        return report
    _write_import(
        session,
        actor=actor,
        rows=parsed,
        products=db_products,
        variants=db_variants,
        filename=filename,
        report=report,
        now=now,
    )
    audit.record(
        session,
        actor=actor,
        action="catalog.import.completed",
        subject_type="import",
        subject_id=filename[:120],
        data=report.model_dump(mode="json"),
        now=now,
    )
    return report


def _named(error: FieldError, source: dict[str, str]) -> FieldError:
    """The error with the seller's own column name (the JSON key for expanded attributes)."""
    name = source.get(f"{error.field}@{error.row}") or source.get(error.field) or error.field
    return FieldError(name, error.message, row=error.row, value=error.value)


def _whole_families(rows: list[domain.ProductRow]) -> list[domain.ProductRow]:
    """Drop variants whose parent row was skipped (a family is imported whole or not)."""
    parents = {item.sku for item in rows if item.parent_sku is None}
    return [item for item in rows if item.parent_sku is None or item.parent_sku in parents]


def _write_import(
    session: Session,
    *,
    actor: Actor,
    rows: list[domain.ProductRow],
    products: dict[str, Product],
    variants: dict[str, Variant],
    filename: str,
    report: ImportReport,
    now: datetime,
) -> None:
    at = ensure_aware(now)
    source = f"import:{filename}"[:200]
    children: dict[str, list[domain.ProductRow]] = {}
    for item in rows:
        if item.parent_sku is not None:
            children.setdefault(item.parent_sku, []).append(item)
    for item in rows:
        if item.parent_sku is not None:
            continue
        product = products.get(item.sku)
        created = product is None
        theme = item.fields.get("variation_theme") or domain.infer_theme(children.get(item.sku, []))
        fields: dict[str, Any] = {
            "title": item.title,
            "brand": item.fields.get("brand"),
            "category": item.fields.get("category"),
            "description": item.fields.get("description"),
            "source_language": item.source_language or "en",
            "variation_theme": theme,
            "unit_cost": item.fields.get("unit_cost"),
            "cost_currency": item.fields.get("cost_currency"),
        }
        if product is None:
            product = Product(
                seller_id=actor.seller_id, sku=item.sku, created_at=at, updated_at=at, **fields
            )
            session.add(product)
            session.flush()
            products[item.sku] = product
            report.products_created += 1
        else:
            for key, value in fields.items():
                setattr(product, key, value)
            report.products_updated += 1
        product.updated_at = at
        report.attributes_written += _replace_seller_attributes(
            session, product=product, variant_id=None, item=item, source=source, at=at
        )
        audit.record(
            session,
            actor=actor,
            subject_type="product",
            subject_id=item.sku,
            action="catalog.product.created" if created else "catalog.product.imported",
            data={"row": item.row, "file": filename},
            now=now,
        )
    for item in rows:
        if item.parent_sku is None:
            continue
        parent = products[item.parent_sku]
        theme_values: dict[str, Any] = {
            k: item.attributes[k][0] for k in ("color", "size") if k in item.attributes
        }
        variant = variants.get(item.sku)
        if variant is None:
            variant = Variant(
                seller_id=actor.seller_id,
                product_id=parent.id,
                sku=item.sku,
                created_at=at,
                theme_values={},
                updated_at=at,
            )
            session.add(variant)
            session.flush()
            variants[item.sku] = variant
            report.variants_created += 1
        else:
            report.variants_updated += 1
        variant.title = item.title
        variant.theme_values = theme_values
        variant.unit_cost = item.fields.get("unit_cost")
        variant.cost_currency = item.fields.get("cost_currency")
        variant.updated_at = at
        report.attributes_written += _replace_seller_attributes(
            session, product=parent, variant_id=variant.id, item=item, source=source, at=at
        )
        audit.record(
            session,
            actor=actor,
            subject_type="variant",
            subject_id=item.sku,
            action="catalog.variant.imported",
            data={"row": item.row, "parent": parent.sku},
            now=now,
        )
    session.flush()


def _replace_seller_attributes(
    session: Session,
    *,
    product: Product,
    variant_id: int | None,
    item: domain.ProductRow,
    source: str,
    at: datetime,
) -> int:
    """The row is the seller's truth for the imported attribute names: write each, and drop
    seller values the row no longer has. Generated values for other scopes are kept."""
    current = {
        (a.name, a.scope): a
        for a in session.scalars(
            select(AttributeValue).where(
                AttributeValue.product_id == product.id,
                AttributeValue.variant_id.is_(None)
                if variant_id is None
                else AttributeValue.variant_id == variant_id,
            )
        )
    }
    wanted: set[tuple[str, str]] = set()
    for name, (value, unit, language) in item.attributes.items():
        scope = scope_key(variant_id, language, None)
        wanted.add((name, scope))
        attribute = current.get((name, scope))
        if attribute is None:
            attribute = AttributeValue(
                seller_id=product.seller_id,
                product_id=product.id,
                variant_id=variant_id,
                name=name,
                scope=scope,
                language=language,
                marketplace=None,
                created_at=at,
            )
            session.add(attribute)
        attribute.value = value
        attribute.unit = unit
        attribute.provenance = Provenance.SELLER
        attribute.confidence = None
        attribute.accepted = True
        attribute.source = source
        attribute.updated_at = at
    stale = [
        a.id
        for (name, scope), a in current.items()
        if name in IMPORTED_ATTRIBUTES
        and a.provenance is Provenance.SELLER
        and a.marketplace is None
        and (name, scope) not in wanted
    ]
    if stale:
        session.execute(delete(AttributeValue).where(AttributeValue.id.in_(stale)))
    # A product already loaded in this session reads its attributes afresh.
    session.expire(product, ["attributes"])
    return len(item.attributes)


# ---------------------------------------------------------------- export

_UNIT_SYMBOL = {
    "grams": "g",
    "kilograms": "kg",
    "pounds": "lb",
    "ounces": "oz",
    "millimeters": "mm",
    "centimeters": "cm",
    "meters": "m",
    "inches": "in",
}


def _plain(value: Decimal | str) -> str:
    return format(Decimal(value).normalize(), "f")


def _cells(attributes: Iterable[AttributeValue]) -> dict[str, str]:
    out: dict[str, str] = {}
    for a in attributes:
        if a.marketplace is not None or not (a.provenance is Provenance.SELLER or a.accepted):
            continue
        value = a.value
        if a.name in ("color", "size", "material", "country_of_origin"):
            out[a.name] = str(value)
        elif a.name == "item_name" and a.language == "en":
            out["title_en"] = str(value)
        elif a.name == "hs_code_declared":
            out["hs_code"] = str(value)
        elif a.name == "item_weight":
            out["weight"] = f"{_plain(value)}{_UNIT_SYMBOL.get(a.unit or '', a.unit or '')}"
        elif a.name == "item_dimensions" and isinstance(value, dict):
            dims = "x".join(_plain(value[k]) for k in ("length", "width", "height"))
            out["dimensions"] = f"{dims}{_UNIT_SYMBOL.get(a.unit or '', a.unit or '')}"
        elif a.name == "externally_assigned_product_identifier" and isinstance(value, dict):
            out["barcode"] = str(value["value"])
        elif a.name == "bullet_point" and isinstance(value, list):
            for i, bullet in enumerate(value[:5], start=1):
                out[f"bullet_{i}"] = str(bullet)
        elif a.name == "generic_keyword" and isinstance(value, list):
            out["keywords"] = " ".join(str(v) for v in value)
    return out


def export_rows(
    session: Session, *, actor: Actor, headers: str = "zh"
) -> tuple[list[str], list[list[str]]]:
    """The catalogue as spreadsheet rows in the import layout (parents before their variants)."""
    names = domain.HEADERS_ZH if headers == "zh" else domain.HEADERS_EN
    products = session.scalars(
        select(Product)
        .where(Product.seller_id == actor.seller_id)
        .order_by(Product.sku)
        .options(selectinload(Product.variants), selectinload(Product.attributes))
    )
    rows: list[list[str]] = []
    for product in products:
        by_variant: dict[int | None, list[AttributeValue]] = {}
        for a in product.attributes:
            by_variant.setdefault(a.variant_id, []).append(a)
        cells = _cells(by_variant.get(None, []))
        cells.update(
            {
                "sku": product.sku,
                "title": product.title,
                "brand": product.brand or "",
                "category": product.category or "",
                "description": product.description or "",
                "variation_theme": domain.THEME_LABELS_ZH.get(product.variation_theme or "", ""),
                "unit_cost": _plain(product.unit_cost) if product.unit_cost is not None else "",
                "cost_currency": product.cost_currency or "",
            }
        )
        rows.append([cells.get(c, "") for c in domain.EXPORT_COLUMNS])
        for variant in product.variants:
            vcells = _cells(by_variant.get(variant.id, []))
            vcells.update(
                {
                    "parent_sku": product.sku,
                    "sku": variant.sku,
                    "title": variant.title or "",
                    "unit_cost": _plain(variant.unit_cost) if variant.unit_cost is not None else "",
                    "cost_currency": variant.cost_currency or "",
                }
            )
            rows.append([vcells.get(c, "") for c in domain.EXPORT_COLUMNS])
    return [names[c] for c in domain.EXPORT_COLUMNS], rows
