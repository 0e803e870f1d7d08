"""The catalogue list (search in every language's title, brand and category filters, sort, CSV
and XLSX export, thumbnails) and the edits a seller makes on product pages: a catalogue upload
through the same all-or-nothing importer as `globalsell catalog import`, a picture, and the
weight or barcode the action list says is missing. Each edit runs one service call in one unit
of work; the services check the role and write the audit entries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any, TypedDict

from fastapi import APIRouter, File, Form, Request, Response, UploadFile
from starlette.concurrency import run_in_threadpool

from globalsell.bootstrap import Runtime
from globalsell.catalog import domain as catalog_domain
from globalsell.catalog import edits, images
from globalsell.catalog import service as catalog
from globalsell.core.actor import Role
from globalsell.core.errors import FieldError, NotFound, PayloadTooLarge, ValidationFailed
from globalsell.db.session import unit_of_work
from globalsell.web import auth, lists
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, display_for, page_unit, redirect, render, translate

router = APIRouter(route_class=WebRoute)
FormText = Annotated[str, Form()]
OptionalFile = Annotated[UploadFile | None, File()]
PAGE_SIZE = 50
EXPORT_LIMIT = 100_000
SORTS = ("sku", "title", "brand", "category", "updated")
UNIT_SYMBOLS = {"grams": "g", "kilograms": "kg", "pounds": "lb", "ounces": "oz"}
MAX_ITEMS = 200  # variants of one product on the fix page
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.web_runtime
    return runtime


def read_upload(file: UploadFile, *, limit: int, default_name: str) -> tuple[bytes, str]:
    """The file's bytes (413 past `limit`) and its name without control characters."""
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"the file is larger than {limit // 1024} KB", field="file")
    return data, _CONTROL.sub("", file.filename or "")[:120] or default_name


def _filters(q: str, brand: str, category: str, missing: str = "") -> dict[str, str]:
    return {
        "q": q.strip()[:200],
        "brand": brand.strip()[:200],
        "category": category.strip()[:200],
        "missing": missing if missing in catalog.MISSING_FILTERS else "",
    }


class _Query(TypedDict):
    search: str | None
    brand: str | None
    category: str | None
    missing: str | None


def _chosen(chosen: dict[str, str]) -> _Query:
    """The filters as the catalogue service takes them (None when not set)."""
    return {
        "search": chosen["q"] or None,
        "brand": chosen["brand"] or None,
        "category": chosen["category"] or None,
        "missing": chosen["missing"] or None,
    }


def _page_number(raw: str) -> int:
    return int(raw) if raw.isascii() and raw.isdigit() and 0 < int(raw) <= 100_000 else 1


@router.get("/products")
def product_list(
    request: Request,
    q: str = "",
    brand: str = "",
    category: str = "",
    missing: str = "",
    sort: str = "",
    page: str = "1",
) -> Response:
    runtime = _runtime(request)
    chosen = _filters(q, brand, category, missing)
    order = lists.parse_sort(sort, SORTS, "sku")
    number = _page_number(page)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        rows = catalog.list_products(
            session,
            actor=viewer.actor,
            **_chosen(chosen),
            order=order.key,
            descending=order.descending,
            limit=PAGE_SIZE + 1,
            offset=(number - 1) * PAGE_SIZE,
        )
        shown = rows[:PAGE_SIZE]
        params = {**chosen, "sort": "" if order.param == "sku" else order.param}
        return render(
            request,
            "products.html",
            {
                "products": shown,
                "images": catalog.images_by_sku(
                    session, actor=viewer.actor, skus=[p.sku for p in shown]
                ),
                **chosen,
                "facets": catalog.product_facets(session, actor=viewer.actor),
                "sort": order,
                "params": params,
                "page": number,
                "has_next": len(rows) > PAGE_SIZE,
                "matching": catalog.count_products(session, actor=viewer.actor, **_chosen(chosen)),
                "total": catalog.count_products(session, actor=viewer.actor),
            },
        )


@router.get("/products.{fmt}")
def product_export(
    request: Request,
    fmt: str,
    q: str = "",
    brand: str = "",
    category: str = "",
    missing: str = "",
    sort: str = "",
) -> Response:
    """Every product the list shows with these filters and this sort, as CSV or XLSX."""
    lists.export_format(fmt)
    runtime = _runtime(request)
    chosen = _filters(q, brand, category, missing)
    order = lists.parse_sort(sort, SORTS, "sku")
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        rows = catalog.list_products(
            session,
            actor=viewer.actor,
            **_chosen(chosen),
            order=order.key,
            descending=order.descending,
            limit=EXPORT_LIMIT,
        )
        pictures = catalog.images_by_sku(session, actor=viewer.actor, skus=[p.sku for p in rows])
    return lists.export(
        fmt,
        name="products",
        zone=display_for(request).tz,
        headers=["sku", "title", "brand", "category", "language", "variants", "image", "updated"],
        rows=[
            [
                p.sku,
                p.title,
                p.brand,
                p.category,
                p.source_language,
                p.variant_count,
                pictures.get(p.sku),
                p.updated_at,
            ]
            for p in rows
        ],
    )


# ------------------------------------------------------------------ catalogue upload


def _seller_header(error: FieldError, headers: list[str]) -> FieldError:
    """The error naming the column as the seller's sheet does (采购价, not unit_cost); errors
    from a platform export already carry its own column names."""
    mapped, _ = catalog_domain.map_headers(headers)
    names = {canon: headers[i] for i, canon in mapped.columns.items()}
    if error.field not in names:
        return error
    return FieldError(names[error.field], error.message, row=error.row, value=error.value)


def _import_page(
    request: Request,
    *,
    errors: list[FieldError] | None = None,
    message: str = "",
    report: Any = None,
    status_code: int = 200,
) -> Response:
    runtime = _runtime(request)
    with unit_of_work(runtime.session_factory, write=False) as session:
        auth.current_viewer(request, session)
    return render(
        request,
        "catalog_import.html",
        {
            "errors": errors or [],
            "message": message,
            "report": report,
            "limit_mb": runtime.settings.max_upload_bytes // (1024 * 1024),
        },
        status_code=status_code,
    )


@router.get("/products/import")
def import_form(request: Request) -> Response:
    return _import_page(request)


@router.post("/products/import")
def import_upload(
    request: Request,
    file: OptionalFile = None,
    check_only: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    """The uploaded sheet through the importer, all or nothing: any bad row and nothing is
    written; the page lists each problem by row and the seller's own column name."""
    from globalsell.catalog import spreadsheets, tabular  # openpyxl only when a file is read

    runtime = _runtime(request)
    dry_run = check_only == "1"
    headers: list[str] = []
    try:
        with page_unit(request, runtime) as session:
            viewer = auth.current_viewer(request, session)
            auth.check_csrf(request, csrf_token)
            viewer.actor.require(Role.OPERATOR, "importing the catalogue")
            if file is None:
                raise ValidationFailed("choose a spreadsheet file", field="file")
            data, filename = read_upload(
                file, limit=runtime.settings.max_upload_bytes, default_name="catalogue.csv"
            )
            table = tabular.read_table(data, filename=filename)
            headers = table.headers
            report = spreadsheets.import_catalog(
                session,
                actor=viewer.actor,
                table_headers=table.headers,
                table_rows=table.rows,
                filename=filename,
                dry_run=dry_run,
                now=runtime.clock.now(),
            )
    except ValidationFailed as failed:
        shown = [_seller_header(e, headers) for e in failed.errors]
        return _import_page(request, errors=shown, message=failed.message, status_code=422)
    return _import_page(request, report=report)


# ------------------------------------------------------------------ picture


@router.get("/products/{sku}/image")
def product_image(request: Request, sku: str) -> Response:
    runtime = _runtime(request)
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        found = images.uploaded_image(session, actor=viewer.actor, sku=sku)
    if found is None:
        raise NotFound(f"{sku[:40]} has no uploaded picture", field="sku")
    data, media = found
    return Response(data, media_type=media, headers={"Cache-Control": "private, max-age=300"})


@router.post("/products/{sku}/image")
def set_image(
    request: Request,
    sku: str,
    image: OptionalFile = None,
    image_url: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    """A picture for the product: an uploaded file (checked by type and size) or an https
    address; each is audited."""
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        now = runtime.clock.now()
        if image is not None and image.filename:
            data, filename = read_upload(
                image, limit=images.MAX_IMAGE_BYTES, default_name="picture"
            )
            images.upload_image(
                session, actor=viewer.actor, sku=sku, data=data, filename=filename, now=now
            )
        elif image_url.strip():
            images.set_image_url(session, actor=viewer.actor, sku=sku, url=image_url, now=now)
        else:
            raise ValidationFailed("choose a picture file or type its https address", field="image")
    auth.flash(request, "success", translate(request, N_("The picture was saved.")))
    return redirect(f"/products/{sku}")


# ------------------------------------------------------------------ what a listing needs


@dataclass(frozen=True, slots=True)
class Item:
    """One buyable item on the fix page: its SKU, name and current weight and barcode (a
    variant without its own weight shows its product's, marked as shared)."""

    sku: str
    name: str
    weight: str | None
    weight_shared: bool
    barcode: str | None


def _items(product: Any) -> list[Item]:
    def found(name: str, variant_id: int | None) -> Any:
        return next(
            (
                a
                for a in product.attributes
                if a.name == name
                and a.variant_id == variant_id
                and a.language is None
                and a.marketplace is None
            ),
            None,
        )

    def weight_text(attribute: Any) -> str | None:
        if attribute is None:
            return None
        unit = UNIT_SYMBOLS.get(attribute.unit or "", attribute.unit or "")
        return f"{attribute.value} {unit}".strip()

    def barcode_text(attribute: Any) -> str | None:
        value = attribute.value if attribute is not None else None
        return str(value.get("value")) if isinstance(value, dict) else None

    shared = found(edits.WEIGHT, None)
    if not product.variants:
        return [
            Item(
                product.sku,
                product.title,
                weight_text(shared),
                False,
                barcode_text(found(edits.GTIN, None)),
            )
        ]
    items = []
    for v in product.variants:
        own = found(edits.WEIGHT, v.id)
        items.append(
            Item(
                v.sku,
                v.title or product.title,
                weight_text(own or shared),
                own is None and shared is not None,
                barcode_text(found(edits.GTIN, v.id)),
            )
        )
    return items


@router.get("/products/{sku}/fix")
def fix_form(request: Request, sku: str) -> Response:
    runtime = _runtime(request)
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        product = catalog.get_product(session, actor=viewer.actor, sku=sku)
        return render(request, "product_fix.html", {"product": product, "items": _items(product)})


@router.post("/products/{sku}/fix")
async def fix_submit(request: Request, sku: str) -> Response:
    form = await request.form()
    typed = [
        (
            str(form.get(f"sku_{n}", "")),
            str(form.get(f"weight_{n}", "")),
            str(form.get(f"barcode_{n}", "")),
        )
        for n in range(1, MAX_ITEMS + 1)
        if form.get(f"sku_{n}")
    ]
    token = str(form.get(auth.CSRF_FIELD, ""))
    return await run_in_threadpool(_save_fixes, request, sku, typed, token)


def _save_fixes(
    request: Request, sku: str, typed: list[tuple[str, str, str]], token: str
) -> Response:
    """The weights and barcodes the seller typed, written as the seller's own values per item
    (checked as a catalogue import checks them; each audited). One bad value and nothing is
    written."""
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, token)
        viewer.actor.require(Role.OPERATOR, "changing products")
        product = catalog.get_product(session, actor=viewer.actor, sku=sku)
        allowed = {item.sku for item in _items(product)}
        now = runtime.clock.now()
        changes: list[tuple[str, str, Any, str | None]] = []
        for item_sku, weight, barcode in typed:
            if item_sku not in allowed:
                raise NotFound(f"{item_sku[:40]} is not an item of {sku[:40]}", field="sku")
            if weight.strip():
                amount, weight_unit = edits.parse_item_weight(weight)
                changes.append((item_sku, edits.WEIGHT, amount, weight_unit))
            if barcode.strip():
                changes.append((item_sku, edits.GTIN, edits.parse_barcode(barcode), None))
        if not changes:
            raise ValidationFailed("type a weight or a barcode", field="weight")
        for item_sku, name, value, given_unit in changes:
            edits.set_item_value(
                session,
                actor=viewer.actor,
                sku=item_sku,
                name=name,
                value=value,
                unit=given_unit,
                now=now,
            )
    auth.flash(request, "success", translate(request, N_("Saved. The product page shows it.")))
    return redirect(f"/products/{sku}")
