"""Spreadsheet cells a spreadsheet program will not run: text that starts like a formula
(`=`, `+`, `-`, `@`, tab, carriage return) is exported as text, never as a live formula
(OWASP "CSV injection"). In CSV that means one leading single quote; a plain number such as
`-5.00` is left alone (it cannot be a formula). XLSX writers store such text as a string cell."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(text)


def csv_cell(value: Any) -> Any:
    """A value for csv.writer: formula-like text gets a leading single quote."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def csv_text(value: str) -> str:
    """A CSV cell as read back: the quote `csv_cell` added is taken off again."""
    if value.startswith("'") and looks_like_formula(value[1:]):
        return value[1:]
    return value
