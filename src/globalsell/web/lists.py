"""What every list page shares: a sort chosen in the URL (`sort=title`, `sort=-money`), links
that keep the page's other query parameters, and the same rows as a CSV or XLSX download."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import Response

from globalsell.core.errors import NotFound

T = TypeVar("T")
EXPORT_FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True, slots=True)
class Sort:
    """The column a list is sorted by and the direction; `param` is how the URL spells it."""

    key: str
    descending: bool

    @property
    def param(self) -> str:
        return f"-{self.key}" if self.descending else self.key


def parse_sort(raw: str, allowed: Sequence[str], default: str) -> Sort:
    """`title` or `-title` if `title` is one of `allowed`; anything else is the default."""
    for text in (raw.strip(), default):
        key = text.removeprefix("-")
        if key in allowed:
            return Sort(key, text.startswith("-"))
    return Sort(allowed[0], False)


def sort_rows(rows: Sequence[T], key: Callable[[T], Any], sort: Sort) -> list[T]:
    """`rows` by `key`, blanks (None) always last whichever the direction; stable."""
    present = [r for r in rows if key(r) is not None]
    blank = [r for r in rows if key(r) is None]
    return [*sorted(present, key=key, reverse=sort.descending), *blank]


def query(params: Mapping[str, object], **changes: object) -> str:
    """A query string with `changes` applied and empty values left out (for links and pagers)."""
    merged = {**params, **changes}
    return urlencode({k: str(v) for k, v in merged.items() if v not in (None, "")})


def sort_link(params: Mapping[str, object], sort: Sort, key: str) -> str:
    """The query that sorts by `key`: ascending, or the other way round if it already is."""
    wanted = f"-{key}" if sort.key == key and not sort.descending else key
    return query(params, sort=wanted, page="")


def export_format(raw: str) -> str:
    if raw not in EXPORT_FORMATS:
        raise NotFound(f"no export as {raw[:10]!r}; use csv or xlsx", field="format")
    return raw


def cell(value: object, zone: tzinfo | None = None) -> str:
    """A value as a spreadsheet cell: plain numbers (no separators), ISO dates and times (a
    time in `zone`, the seller's, with its offset), text as is."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    if isinstance(value, datetime):
        return (value.astimezone(zone) if zone and value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def export(
    fmt: str,
    *,
    name: str,
    headers: list[str],
    rows: Sequence[Sequence[object]],
    zone: tzinfo | None = None,
) -> Response:
    """The rows as a download: CSV in UTF-8 with a BOM (spreadsheet programs then read Chinese
    text) or XLSX with every cell as text."""
    from globalsell.catalog import tabular  # openpyxl only when a file is written (ADR 0070)

    cells = [[cell(v, zone) for v in row] for row in rows]
    if export_format(fmt) == "csv":
        body = tabular.write_csv(headers, cells)
    else:
        body = tabular.write_xlsx(headers, cells, sheet_name=name[:31])
    return Response(
        body,
        media_type=EXPORT_FORMATS[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )
