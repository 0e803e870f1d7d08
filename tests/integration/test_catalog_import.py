"""Catalogue import: all-or-nothing, Chinese headers, GB18030, round trip through export."""

from __future__ import annotations

from decimal import Decimal
from importlib import resources

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.catalog import service, spreadsheets, tabular
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, Product, Variant
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import PermissionDenied, ValidationFailed
from tests.factories import AT, make_member, make_seller

HEADER = (
    "SKU,父SKU,产品名称,品牌,变体主题,颜色,尺寸,重量,产品尺寸,采购价,币种,条码,卖点1,卖点2,备注"
)
ROWS = [
    "NB-CUP-1,,不锈钢保温杯 500ml,NINGVALE,颜色,,,,,,,,,,",
    "NB-CUP-1-RED,NB-CUP-1,,,,红色,,350克,8x8x22cm,23.5,人民币,9524871001030,保温12小时,食品级,样品",
    "NB-CUP-1-BLK,NB-CUP-1,,,,黑色,,0.36kg,8x8x22cm,23.5,CNY,,,,",
    "NB-MAT-1,,Yoga mat 6mm,NINGVALE,,,,1.2 kg,183*61*0.6 厘米,48,USD,,Non-slip,,",
]


def _import(
    session: Session,
    actor: Actor,
    text: str,
    *,
    encoding: str = "utf-8",
    filename: str = "catalogue.csv",
    dry_run: bool = False,
):  # type: ignore[no-untyped-def]
    table = tabular.read_table(text.encode(encoding), filename=filename)
    return spreadsheets.import_catalog(
        session,
        actor=actor,
        table_headers=table.headers,
        table_rows=table.rows,
        filename=filename,
        dry_run=dry_run,
        now=AT,
    )


def _counts(session: Session, seller_id: int) -> tuple[int, int, int]:
    return tuple(
        session.scalar(
            select(func.count())
            .select_from(m)
            .where(  # type: ignore[return-value]
                m.seller_id == seller_id
            )
        )
        for m in (Product, Variant, AttributeValue)
    )


def test_csv_with_chinese_headers_imports_products_variants_and_attributes(
    session: Session,
) -> None:
    owner = make_member(session, make_seller(session))
    report = _import(session, owner.actor, "\n".join([HEADER, *ROWS]))
    assert (report.products_created, report.variants_created, report.rows) == (2, 2, 4)
    assert report.warnings == []
    cup = service.get_product(session, actor=owner.actor, sku="NB-CUP-1")
    assert (cup.title, cup.source_language, cup.variation_theme) == (
        "不锈钢保温杯 500ml",
        "zh",
        "COLOR_NAME",
    )
    assert [(v.sku, v.theme_values, v.unit_cost, v.cost_currency) for v in cup.variants] == [
        ("NB-CUP-1-BLK", {"color": "黑色"}, Decimal("23.5"), "CNY"),
        ("NB-CUP-1-RED", {"color": "红色"}, Decimal("23.5"), "CNY"),
    ]
    red = cup.variants[1]
    values = {
        a.name: (a.value, a.unit, a.provenance, a.accepted)
        for a in cup.attributes
        if a.variant_id == red.id
    }
    assert values["item_weight"] == ("350", "grams", Provenance.SELLER, True)
    assert values["item_dimensions"] == (
        {"length": "8", "width": "8", "height": "22"},
        "centimeters",
        Provenance.SELLER,
        True,
    )
    assert values["externally_assigned_product_identifier"][0] == {
        "type": "ean",
        "value": "9524871001030",
    }
    assert values["bullet_point"][0] == ["保温12小时", "食品级"]
    mat = service.get_product(session, actor=owner.actor, sku="NB-MAT-1")
    assert (mat.source_language, mat.unit_cost, mat.cost_currency) == ("en", Decimal("48"), "USD")


def test_gb18030_csv_is_read(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    report = _import(session, owner.actor, "\n".join([HEADER, *ROWS]), encoding="gb18030")
    assert report.products_created == 2
    assert service.get_product(session, actor=owner.actor, sku="NB-CUP-1").title == (
        "不锈钢保温杯 500ml"
    )


def test_one_bad_row_writes_nothing(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    bad = [*ROWS, "NB-BAD,,坏行,,,,,很轻,,-1,XYZ,,,,"]
    with pytest.raises(ValidationFailed) as caught:
        _import(session, owner.actor, "\n".join([HEADER, *bad]))
    assert [str(e) for e in caught.value.errors] == [
        "row 6, cost_currency: unknown currency (use an ISO 4217 code such as CNY or USD) "
        "(got 'XYZ')",
        "row 6, unit_cost: must be a positive number (got '-1')",
        "row 6, weight: expected a number and a unit, like 850g or 1.2kg (got '很轻')",
    ]
    assert _counts(session, owner.actor.seller_id) == (0, 0, 0)


def test_the_bundled_messy_sheet_is_rejected_row_by_row(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    data = resources.files("globalsell.demo").joinpath("data", "ningbo_catalogue_messy.xlsx")
    table = tabular.read_table(data.read_bytes(), filename="messy.xlsx")
    with pytest.raises(ValidationFailed) as caught:
        spreadsheets.import_catalog(
            session,
            actor=owner.actor,
            table_headers=table.headers,
            table_rows=table.rows,
            filename="messy.xlsx",
            dry_run=False,
            now=AT,
        )
    assert [(e.row, e.field) for e in caught.value.errors] == [
        (3, "sku"),
        (4, "sku"),
        (5, "title"),
        (6, "unit_cost"),
        (7, "unit_cost"),
        (8, "cost_currency"),
        (9, "weight"),
        (10, "dimensions"),
        (13, "parent_sku"),
        (14, "barcode"),
        (15, "variation_theme"),
    ]
    assert _counts(session, owner.actor.seller_id) == (0, 0, 0)


def test_export_then_import_is_a_round_trip(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    data = resources.files("globalsell.demo").joinpath("data", "ningbo_catalogue.xlsx")
    table = tabular.read_table(data.read_bytes(), filename="ningbo.xlsx")
    first = spreadsheets.import_catalog(
        session,
        actor=owner.actor,
        table_headers=table.headers,
        table_rows=table.rows,
        filename="ningbo.xlsx",
        dry_run=False,
        now=AT,
    )
    assert (first.products_created, first.variants_created) == (47, 24)
    headers, rows = spreadsheets.export_rows(session, actor=owner.actor)
    for fmt in ("xlsx", "csv"):
        blob = (
            tabular.write_xlsx(headers, rows, sheet_name="产品信息")
            if fmt == "xlsx"
            else tabular.write_csv(headers, rows, encoding="gb18030")
        )
        again = tabular.read_table(blob, filename=f"export.{fmt}")
        second = spreadsheets.import_catalog(
            session,
            actor=owner.actor,
            table_headers=again.headers,
            table_rows=again.rows,
            filename=f"export.{fmt}",
            dry_run=False,
            now=AT,
        )
        assert (second.products_created, second.products_updated, second.variants_updated) == (
            0,
            47,
            24,
        )
        assert spreadsheets.export_rows(session, actor=owner.actor) == (headers, rows)


def test_dry_run_counts_but_writes_nothing(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    report = _import(session, owner.actor, "\n".join([HEADER, *ROWS]), dry_run=True)
    assert (report.products_created, report.variants_created, report.dry_run) == (2, 2, True)
    assert _counts(session, owner.actor.seller_id) == (0, 0, 0)


def test_reimport_keeps_generated_values_and_drops_removed_seller_values(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    _import(session, owner.actor, "\n".join([HEADER, *ROWS]))
    service.set_attribute(
        session,
        actor=owner.actor,
        sku="NB-MAT-1",
        name="item_name",
        value="Yogamatte 6 mm",
        unit=None,
        language="de",
        marketplace="DE",
        provenance=Provenance.TRANSLATED,
        confidence=Decimal("0.9"),
        source="test",
        now=AT,
    )
    without_weight = ROWS[3].replace("1.2 kg", "")
    _import(session, owner.actor, "\n".join([HEADER, *ROWS[:3], without_weight]))
    mat = service.get_product(session, actor=owner.actor, sku="NB-MAT-1")
    assert sorted((a.name, a.provenance.value) for a in mat.attributes) == [
        ("bullet_point", "seller"),
        ("item_dimensions", "seller"),
        ("item_name", "translated"),
    ]


def test_a_viewer_cannot_import(session: Session) -> None:
    seller = make_seller(session)
    make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        _import(session, viewer.actor, "\n".join([HEADER, *ROWS]))
    assert _counts(session, seller.id) == (0, 0, 0)


def test_a_date_cell_or_a_broken_workbook_is_a_clear_error() -> None:
    with pytest.raises(ValidationFailed, match="not a readable XLSX workbook"):
        tabular.read_table(b"PK\x03\x04 broken", filename="x.xlsx")
    with pytest.raises(ValidationFailed, match="use a .xlsx or .csv file"):
        tabular.read_table(b"abc", filename="x.pdf")
    with pytest.raises(ValidationFailed, match="neither UTF-8 nor GB18030"):
        tabular.read_table(b"\xff\xfe\x00\x81\x30", filename="x.csv")
