"""Products, spreadsheet import and export."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Path, Query, Response, UploadFile, status

from globalsell.api.deps import ActorDep, NowDep, RuntimeDep, SessionDep
from globalsell.api.uploads import read_upload
from globalsell.catalog import service, spreadsheets, tabular
from globalsell.catalog.schemas import ImportReport, ProductCreate, ProductRead, ProductSummary
from globalsell.core.actor import Role

router = APIRouter(tags=["catalog"])
SkuPath = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$")]


@router.get("/products", response_model=list[ProductSummary])
def list_products(
    session: SessionDep,
    actor: ActorDep,
    q: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[ProductSummary]:
    """Products of your seller, by SKU."""
    return service.list_products(session, actor=actor, search=q, limit=limit, offset=offset)


@router.post("/products", response_model=ProductRead, status_code=status.HTTP_201_CREATED)
def create_product(
    body: ProductCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> ProductRead:
    """Create one product."""
    product = service.create_product(session, actor=actor, data=body, now=now)
    return ProductRead.model_validate(service.get_product(session, actor=actor, sku=product.sku))


@router.get("/products/{sku}", response_model=ProductRead)
def get_product(sku: SkuPath, session: SessionDep, actor: ActorDep) -> ProductRead:
    """One product with its variants and attribute values (with provenance)."""
    return ProductRead.model_validate(service.get_product(session, actor=actor, sku=sku))


@router.post("/catalog/import", response_model=ImportReport)
def import_catalog(
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    runtime: RuntimeDep,
    file: Annotated[UploadFile, File(description="XLSX or CSV (UTF-8 or GB18030)")],
    dry_run: Annotated[bool, Form()] = False,
    encoding: Annotated[Literal["utf-8", "gb18030"] | None, Form()] = None,
) -> ImportReport:
    """All-or-nothing import: a file with any error writes nothing and answers 422 with every
    row/column error."""
    actor.require(Role.OPERATOR, "importing the catalogue")
    data, filename = read_upload(
        file, limit=runtime.settings.max_upload_bytes, default_name="upload.csv"
    )
    table = tabular.read_table(data, filename=filename, encoding=encoding)
    return spreadsheets.import_catalog(
        session,
        actor=actor,
        table_headers=table.headers,
        table_rows=table.rows,
        filename=filename,
        dry_run=dry_run,
        now=now,
    )


@router.get("/catalog/export")
def export_catalog(
    session: SessionDep,
    actor: ActorDep,
    format: Annotated[tabular.FileFormat, Query()] = tabular.FileFormat.XLSX,  # noqa: A002
    headers: Annotated[Literal["zh", "en"], Query()] = "zh",
) -> Response:
    """The catalogue in the import layout, ready to edit and import again."""
    names, rows = spreadsheets.export_rows(session, actor=actor, headers=headers)
    if format is tabular.FileFormat.CSV:
        body = tabular.write_csv(names, rows)
        media = "text/csv; charset=utf-8"
    else:
        body = tabular.write_xlsx(names, rows, sheet_name="产品信息")
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="catalogue.{format.value}"'},
    )
