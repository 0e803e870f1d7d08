"""The list helpers: sort parameters, blanks last in either direction, links that keep the
page's other parameters, and spreadsheet cells."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from globalsell.core.errors import NotFound
from globalsell.web import lists

KEYS = ("sku", "title", "updated")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("title", lists.Sort("title", False)),
        ("-updated", lists.Sort("updated", True)),
        ("", lists.Sort("sku", False)),
        ("-nonsense", lists.Sort("sku", False)),
        ("--title", lists.Sort("sku", False)),
    ],
)
def test_a_sort_parameter_is_a_known_key_or_the_default(raw: str, expected: lists.Sort) -> None:
    assert lists.parse_sort(raw, KEYS, "sku") == expected


def test_blanks_sort_last_whichever_the_direction() -> None:
    rows = [("a", 3), ("b", None), ("c", 1)]
    up = lists.sort_rows(rows, lambda r: r[1], lists.Sort("n", False))
    down = lists.sort_rows(rows, lambda r: r[1], lists.Sort("n", True))
    assert [r[0] for r in up] == ["c", "a", "b"]
    assert [r[0] for r in down] == ["a", "c", "b"]


def test_links_keep_the_other_parameters_and_flip_the_direction() -> None:
    params = {"q": "水壶", "brand": "", "sort": "title", "page": "3"}
    sort = lists.Sort("title", False)
    assert lists.query(params, page=4) == "q=%E6%B0%B4%E5%A3%B6&sort=title&page=4"
    assert lists.sort_link(params, sort, "title") == "q=%E6%B0%B4%E5%A3%B6&sort=-title"
    assert lists.sort_link(params, sort, "sku") == "q=%E6%B0%B4%E5%A3%B6&sort=sku"


def test_cells_are_plain_numbers_iso_dates_and_times_in_the_sellers_zone() -> None:
    shanghai = timezone(timedelta(hours=8))
    assert lists.cell(Decimal("3781.500000")) == "3781.5"
    assert lists.cell(Decimal("0E-6")) == "0"
    assert lists.cell(date(2026, 12, 5)) == "2026-12-05"
    at = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
    assert lists.cell(at, shanghai) == "2026-12-05T18:00:00+08:00"
    assert lists.cell(None) == ""
    assert lists.cell(True) == "yes"


def test_an_unknown_export_format_is_not_found() -> None:
    with pytest.raises(NotFound):
        lists.export_format("pdf")
