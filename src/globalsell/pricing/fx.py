"""Where exchange rates come from: one small interface, `RateProvider.fetch() -> [RateRow]`, with
the bundled ECB snapshot, an ECB-format CSV file, a `base,quote,rate,as_of` CSV and an HTTP source
the seller configures (any of the two CSV layouts at a URL)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Protocol

import httpx

from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.core.money import is_currency
from globalsell.pricing.tables import ecb_snapshot


@dataclass(frozen=True, slots=True)
class RateRow:
    base: str
    quote: str
    rate: Decimal  # units of quote for one base
    as_of: date
    source: str


class RateProvider(Protocol):
    name: str

    def fetch(self) -> list[RateRow]:
        """Every rate the source has, or a ValidationFailed naming the bad lines."""


class BundledEcb:
    name = "bundled-ecb"

    def fetch(self) -> list[RateRow]:
        table = ecb_snapshot()
        return [
            RateRow(table.base, code, rate, table.as_of, table.source)
            for code, rate in sorted(table.rates.items())
        ]


def parse_rates(text: str, *, source: str) -> list[RateRow]:
    """Either the ECB layout (`Date,USD,JPY,...` then one row per day, first row used) or
    `base,quote,rate,as_of` rows; all-or-nothing with line numbers."""
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    except csv.Error as exc:
        raise ValidationFailed(f"not a readable CSV file: {exc}", field="file") from exc
    rows = [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ValidationFailed("the rates file is empty", field="file")
    header = [c.lower() for c in rows[0]]
    errors: list[FieldError] = []
    out: list[RateRow] = []
    if header[:1] == ["date"] and len(rows) > 1:
        line = rows[1]
        try:
            as_of = date.fromisoformat(line[0])
        except ValueError:
            raise ValidationFailed(
                "first column must be an ISO date", field="file", errors=[]
            ) from None
        for code, value in zip(rows[0][1:], line[1:], strict=False):
            if not code or value in ("", "N/A"):
                continue
            out.append(_row("EUR", code, value, as_of, source, 2, errors))
    elif header[:4] == ["base", "quote", "rate", "as_of"]:
        for number, line in enumerate(rows[1:], start=2):
            if len(line) < 4:
                errors.append(FieldError("row", "expected base,quote,rate,as_of", row=number))
                continue
            try:
                as_of = date.fromisoformat(line[3])
            except ValueError:
                errors.append(FieldError("as_of", "not an ISO date", row=number, value=line[3]))
                continue
            out.append(_row(line[0], line[1], line[2], as_of, source, number, errors))
    else:
        raise ValidationFailed(
            "unknown layout: use the ECB CSV (Date,USD,JPY,...) or base,quote,rate,as_of",
            field="file",
        )
    if errors:
        raise ValidationFailed(f"{len(errors)} bad line(s) in the rates file", errors=errors)
    return out


def _row(
    base: str, quote: str, value: str, as_of: date, source: str, line: int, errors: list[FieldError]
) -> RateRow:
    for code in (base, quote):
        if not is_currency(code):
            errors.append(FieldError("currency", "unknown ISO 4217 code", row=line, value=code))
    try:
        rate = Decimal(value)
    except InvalidOperation:
        rate = Decimal(0)
    if not rate.is_finite() or rate <= 0:
        errors.append(FieldError("rate", "must be a positive number", row=line, value=value))
        rate = Decimal(1)
    return RateRow(base, quote, rate, as_of, source)


@dataclass
class CsvFile:
    path: Path
    name: str = "csv-file"

    def fetch(self) -> list[RateRow]:
        return parse_rates(self.path.read_text("utf-8"), source=f"file {self.path.name}")


@dataclass
class HttpCsv:
    """A URL the seller configured that serves one of the two CSV layouts."""

    url: str
    client: httpx.Client
    name: str = "http-csv"

    def fetch(self) -> list[RateRow]:
        response = self.client.get(self.url, timeout=30)
        if response.status_code != 200:
            raise ValidationFailed(f"rates source answered {response.status_code}", field="source")
        return parse_rates(response.text, source=self.url)
