"""Spreadsheets in and out: CSV (UTF-8 or GB18030) and XLSX, as lists of cell texts."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.exceptions import InvalidFileException

from globalsell.core.cells import csv_row, csv_text
from globalsell.core.errors import FieldError, ValidationFailed


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True, slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]  # data rows; spreadsheet row number = index + 2
    encoding: str | None


def format_for(filename: str) -> FileFormat:
    lower = filename.lower()
    if lower.endswith(".xlsx") or lower.endswith(".xlsm"):
        return FileFormat.XLSX
    if lower.endswith(".csv") or lower.endswith(".txt") or lower.endswith(".tsv"):
        return FileFormat.CSV
    raise ValidationFailed(f"{filename!r}: use a .xlsx or .csv file", field="file")


def _cell_text(value: Any, row: int, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # A number typed into a cell: keep what the seller saw (23.5, 6901234567892).
        return str(int(value)) if value.is_integer() else str(Decimal(repr(value)))
    if isinstance(value, datetime | date | time):
        raise ValidationFailed(
            "a date cell where text or a number belongs",
            errors=[
                FieldError(
                    column, "a date cell where text or a number belongs", row=row, value=str(value)
                )
            ],
        )
    return str(value).strip()


def _decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise ValidationFailed(f"the file is not valid {encoding}", field="encoding") from exc
    for candidate in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise ValidationFailed("the file is neither UTF-8 nor GB18030 text", field="encoding")


def _strip_trailing_empty(rows: list[list[str]]) -> list[list[str]]:
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def read_table(data: bytes, *, filename: str, encoding: str | None = None) -> Table:
    """Read the first sheet (XLSX) or the file (CSV); header in the first row."""
    if not data:
        raise ValidationFailed(f"{filename!r} is empty", field="file")
    if format_for(filename) is FileFormat.XLSX:
        return _read_xlsx(data, filename)
    text, used = _decode(data, encoding)
    if "\x00" in text:
        raise ValidationFailed(
            f"{filename!r} contains NUL characters: is it really CSV text?", field="file"
        )
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise ValidationFailed(f"{filename!r} is not valid CSV: {exc}", field="file") from exc
    rows = _strip_trailing_empty([[csv_text(cell.strip()).strip() for cell in r] for r in rows])
    if not rows:
        raise ValidationFailed(f"{filename!r} has no header row", field="file")
    return Table(headers=rows[0], rows=rows[1:], encoding=used)


def _first_sheet(data: bytes, filename: str, *, data_only: bool) -> list[tuple[Any, ...]]:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ValidationFailed(
            f"{filename!r} is not a readable XLSX workbook", field="file"
        ) from exc
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def _unsaved_formulas(
    data: bytes, filename: str, raw: list[tuple[Any, ...]], headers: list[str]
) -> list[FieldError]:
    """Formula cells whose result was never saved in the file (written by a program, not by a
    spreadsheet that computed them): read as values they are empty, which would silently drop a
    cost or a weight, so each one is an error naming its row and column."""
    formulas = _first_sheet(data, filename, data_only=False)
    errors: list[FieldError] = []
    for number, (values, written) in enumerate(zip(raw, formulas, strict=False), start=1):
        for index, formula in enumerate(written):
            cached = values[index] if index < len(values) else None
            if cached is None and isinstance(formula, str) and formula.startswith("="):
                name = (
                    "header"
                    if number == 1
                    else headers[index]
                    if index < len(headers)
                    else f"column {index + 1}"
                )
                errors.append(
                    FieldError(
                        name,
                        "a formula with no saved result; open and save the file in a "
                        "spreadsheet program, or paste the values",
                        row=number,
                        value=formula[:60],
                    )
                )
    return errors


def _read_xlsx(data: bytes, filename: str) -> Table:
    raw = _first_sheet(data, filename, data_only=True)
    if not raw:
        raise ValidationFailed(f"{filename!r} has no header row", field="file")
    headers = [_cell_text(v, 1, "header") for v in raw[0]]
    errors: list[FieldError] = []
    rows: list[list[str]] = []
    for number, values in enumerate(raw[1:], start=2):
        cells: list[str] = []
        for index, value in enumerate(values):
            name = headers[index] if index < len(headers) else f"column {index + 1}"
            try:
                cells.append(_cell_text(value, number, name))
            except ValidationFailed as exc:
                errors.extend(exc.errors)
                cells.append("")
        rows.append(cells)
    if errors:
        raise ValidationFailed(f"{filename!r} has cells of the wrong type", errors=errors)
    if any(v is None for values in raw for v in values):
        unsaved = _unsaved_formulas(data, filename, raw, headers)
        if unsaved:
            raise ValidationFailed(f"{filename!r} has formulas without values", errors=unsaved)
    return Table(headers=headers, rows=_strip_trailing_empty(rows), encoding=None)


def write_csv(headers: list[str], rows: list[list[str]], *, encoding: str = "utf-8") -> bytes:
    """CSV bytes; UTF-8 gets a BOM so that Excel opens Chinese text correctly."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_row(headers))
    writer.writerows(csv_row(row) for row in rows)
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    return buffer.getvalue().encode(codec)


def write_xlsx(headers: list[str], rows: list[list[str]], *, sheet_name: str) -> bytes:
    """XLSX bytes with every cell as text (SKUs and barcodes keep their leading zeros)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_name
    sheet.append(headers)
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    for number, row_cells in enumerate(sheet.iter_rows(), start=1):
        for cell in row_cells:
            if cell.data_type == "f":  # openpyxl took text starting with "=" for a formula
                cell.data_type = "s"
                cell.quotePrefix = True
            if number > 1:
                cell.number_format = "@"
    sheet.freeze_panes = "A2"
    fixed = datetime(2026, 1, 1)  # noqa: DTZ001 - workbook metadata only, keeps exports stable
    book.properties.created = fixed
    book.properties.modified = fixed
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
