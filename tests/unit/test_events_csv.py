"""Tracking-event CSV: a carriage return inside a file is a line break, never a server error."""

from __future__ import annotations

import pytest

from globalsell.core.errors import ValidationFailed
from globalsell.logistics.events_csv import read_events


def test_a_lone_carriage_return_is_read_as_a_line_break_and_refused_by_the_header() -> None:
    # found by schemathesis: csv raised "new-line character seen in unquoted field" (a 500)
    with pytest.raises(ValidationFailed) as refused:
        read_events(b"\r0\r\n", filename="events.csv")
    assert refused.value.message.startswith("events.csv: missing column(s) event_id, carrier")


def test_carriage_returns_end_lines_like_newlines() -> None:
    data = (
        b"event_id,carrier,reference,status,occurred_at,location\r"
        b"E1,MAERSK,MSKU1,DEPA,2026-11-25T06:00:00Z,CNNGB\r"
    )
    (event,) = read_events(data, filename="events.csv")
    assert (event.event_id, event.carrier, event.reference) == ("E1", "MAERSK", "MSKU1")
