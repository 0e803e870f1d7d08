"""CSV readers: tracking events and past transits (lane history).

Tracking events from a CSV file (a forwarder's export): UTF-8 only, one event per row.

Columns (header row, any order, case-insensitive): `event_id`, `carrier`, `reference`,
`status`, `occurred_at` (ISO 8601 with an offset or `Z`), optional `location` (UN/LOCODE or a
location code). Every problem is reported with its line number; nothing is returned partly."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.logistics.domain import EventInput, Mode, TransitInput

REQUIRED = ("event_id", "carrier", "reference", "status", "occurred_at")
OPTIONAL = ("location",)
MAX_BYTES = 20_000_000


def decode(data: bytes, *, filename: str) -> str:
    """The file's text; a clear error naming the line and byte when it is not UTF-8."""
    if len(data) > MAX_BYTES:
        raise ValidationFailed(f"{filename}: larger than {MAX_BYTES // 1_000_000} MB", field="file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValidationFailed(
            f"{filename} is not UTF-8: byte 0x{data[exc.start]:02x} on line {line} cannot be "
            "decoded (was it saved as Windows-1252 or GBK?); save it as 'CSV UTF-8' and retry",
            field="file",
            errors=[FieldError("file", "not UTF-8", row=line, value=f"0x{data[exc.start]:02x}")],
        ) from None


def parse_time(raw: str) -> datetime:
    """ISO 8601; `Z` accepted. A value without an offset comes back naive (refused later)."""
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def read_events(data: bytes, *, filename: str) -> list[EventInput]:
    """Parse the file into events, or raise ValidationFailed listing every bad line."""
    text = decode(data, filename=filename)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationFailed(f"{filename} is empty", field="file") from None
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ValidationFailed(
            f"{filename}: missing column(s) {', '.join(missing)}; the header is "
            f"{', '.join(REQUIRED + OPTIONAL)}",
            field="header",
        )
    index = {name: names.index(name) for name in REQUIRED + OPTIONAL if name in names}
    events: list[EventInput] = []
    errors: list[FieldError] = []
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(names):
            row = row + [""] * (len(names) - len(row))
        cell = {name: row[i].strip() for name, i in index.items()}
        bad = False
        for name in REQUIRED:
            if not cell[name]:
                errors.append(FieldError(name, "is empty", row=line_no))
                bad = True
        if bad:
            continue
        try:
            at = parse_time(cell["occurred_at"])
        except ValueError:
            errors.append(
                FieldError(
                    "occurred_at", "is not an ISO 8601 time", row=line_no, value=cell["occurred_at"]
                )
            )
            continue
        if at.tzinfo is None:
            errors.append(
                FieldError(
                    "occurred_at",
                    "has no timezone; add an offset (+08:00) or Z",
                    row=line_no,
                    value=cell["occurred_at"],
                )
            )
            continue
        events.append(
            EventInput(
                event_id=cell["event_id"],
                carrier=cell["carrier"],
                reference=cell["reference"],
                status_code=cell["status"],
                occurred_at=at,
                location=cell.get("location") or None,
            )
        )
    if errors:
        raise ValidationFailed(
            f"{filename}: {len(errors)} problem(s); no event was imported", errors=errors
        )
    if not events:
        raise ValidationFailed(f"{filename} has a header but no events", field="file")
    return events


TRANSIT_COLUMNS = ("origin", "destination", "mode", "carrier", "departed_at", "arrived_at")


def read_transits(data: bytes, *, filename: str) -> list[TransitInput]:
    """Past transits for the lane history: `origin`, `destination` (UN/LOCODE), `mode`
    (ocean, air, rail, truck, express), `carrier`, `departed_at`, `arrived_at` and optional
    `planned_arrival` (ISO 8601 with an offset). Every bad line is listed; nothing partial."""
    text = decode(data, filename=filename)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        names = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ValidationFailed(f"{filename} is empty", field="file") from None
    missing = [c for c in TRANSIT_COLUMNS if c not in names]
    if missing:
        raise ValidationFailed(
            f"{filename}: missing column(s) {', '.join(missing)}", field="header"
        )
    index = {name: i for i, name in enumerate(names)}
    out: list[TransitInput] = []
    errors: list[FieldError] = []
    modes = {m.value: m for m in Mode}
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        row = row + [""] * (len(names) - len(row))
        cell = {name: row[i].strip() for name, i in index.items()}
        times: dict[str, datetime | None] = {}
        for name in ("departed_at", "arrived_at", "planned_arrival"):
            raw = cell.get(name, "")
            if not raw:
                times[name] = None
                continue
            try:
                at = parse_time(raw)
            except ValueError:
                errors.append(FieldError(name, "is not an ISO 8601 time", row=line_no, value=raw))
                continue
            if at.tzinfo is None:
                errors.append(FieldError(name, "has no timezone", row=line_no, value=raw))
                continue
            times[name] = at
        mode = modes.get(cell["mode"].lower())
        if mode is None:
            errors.append(
                FieldError(
                    "mode", "ocean, air, rail, truck or express", row=line_no, value=cell["mode"]
                )
            )
        for name in ("origin", "destination", "carrier"):
            if not cell[name]:
                errors.append(FieldError(name, "is empty", row=line_no))
        departed, arrived = times.get("departed_at"), times.get("arrived_at")
        if departed is None or arrived is None:
            if "departed_at" in times and "arrived_at" in times:
                errors.append(FieldError("departed_at", "both times are required", row=line_no))
            continue
        if mode is None or not all(cell[n] for n in ("origin", "destination", "carrier")):
            continue
        out.append(
            TransitInput(
                origin=cell["origin"].upper(),
                destination=cell["destination"].upper(),
                mode=mode,
                carrier=cell["carrier"],
                departed_at=departed,
                arrived_at=arrived,
                planned_arrival=times.get("planned_arrival"),
            )
        )
    if errors:
        raise ValidationFailed(
            f"{filename}: {len(errors)} problem(s); no transit was recorded", errors=errors
        )
    if not out:
        raise ValidationFailed(f"{filename} has a header but no transits", field="file")
    return out
