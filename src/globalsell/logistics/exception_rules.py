"""Pure exception rules: when a shipment's delay, dwell or short receipt becomes an exception,
with its evidence, and what the exception says as a message (`core.messages`).

No Session, no I/O: plain values only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from globalsell.core import messages
from globalsell.core.messages import Message
from globalsell.logistics.domain import ExceptionKind, Milestone
from globalsell.logistics.transit import in_days


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a delay becomes an exception (days)."""

    departure_grace_days: float = 2.0
    port_dwell_days: float = 5.0
    customs_dwell_days: float = 3.0


@dataclass(frozen=True, slots=True)
class ShipmentFacts:
    """What the exception rules look at for one shipment."""

    status: Milestone
    planned_departure: datetime | None
    departed_at: datetime | None
    arrived_port_at: datetime | None
    customs_hold_at: datetime | None
    customs_cleared_at: datetime | None
    predicted_arrival: datetime | None
    need_by: datetime | None
    shipped: dict[str, int]
    received: dict[str, int] | None


@dataclass(frozen=True, slots=True)
class Finding:
    kind: ExceptionKind
    message: str
    evidence: dict[str, object]


def _tenth(value: Any) -> Decimal:
    """Days to a tenth without a trailing zero: `6`, `4.5` (not `6.0`)."""
    tenth = Decimal(str(value or 0)).quantize(Decimal("0.1"))
    return tenth if tenth % 1 else tenth.quantize(Decimal(1))


def _days_param(value: Any) -> dict[str, Any]:
    return messages.number(_tenth(value))


def days_text(value: Any) -> str:
    """Days as the stored English message says them, as the dashboard's English words the
    same evidence: `1 day`, `4 days`, `4.5 days` (never `4.0 days`)."""
    days = _tenth(value)
    return f"{days} day" if days == 1 else f"{days} days"


def exception_message(kind: str, evidence: dict[str, Any]) -> Message:
    """What an exception says, as a code and parameters (the dashboard words it in the
    viewer's language; `Finding.message` keeps the English sentence)."""
    code = f"logistics.exception.{kind}"
    if kind == ExceptionKind.LATE_DEPARTURE:
        departed = evidence.get("departed_at") is not None
        return messages.message(
            code + (".departed" if departed else ".waiting"),
            days=_days_param(evidence.get("days_late")),
        )
    if kind in (ExceptionKind.PORT_DWELL, ExceptionKind.CUSTOMS_DWELL):
        return messages.message(code, days=_days_param(evidence.get("dwell_days")))
    if kind == ExceptionKind.SHORT_RECEIPT:
        lines = evidence.get("lines")
        shown = [
            f"{line['sku']} {line['received']}/{line['shipped']}"
            for line in (lines if isinstance(lines, list) else [])
            if isinstance(line, dict)
        ]
        return messages.message(
            code, units=evidence.get("missing_units", 0), lines=messages.items(shown)
        )
    if kind == ExceptionKind.LATE_FOR_NEED_DATE:
        return messages.message(code, days=_days_param(evidence.get("days_late")))
    return messages.message(code)


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def find_exceptions(
    facts: ShipmentFacts, *, now: datetime, thresholds: Thresholds = Thresholds()
) -> list[Finding]:
    """Every exception condition that holds for the shipment now, with its evidence."""
    found: list[Finding] = []
    if facts.planned_departure is not None:
        limit = facts.planned_departure + timedelta(days=thresholds.departure_grace_days)
        left = facts.departed_at
        if (left is None and now > limit) or (left is not None and left > limit):
            late = round(in_days((left or now) - facts.planned_departure), 1)
            found.append(
                Finding(
                    ExceptionKind.LATE_DEPARTURE,
                    f"departed {days_text(late)} after the planned departure"
                    if left
                    else f"not departed {days_text(late)} after the planned departure",
                    {
                        "planned_departure": _iso(facts.planned_departure),
                        "departed_at": _iso(left),
                        "days_late": late,
                        "grace_days": thresholds.departure_grace_days,
                    },
                )
            )
    if (
        facts.arrived_port_at is not None
        and facts.customs_cleared_at is None
        and facts.customs_hold_at is None
    ):
        dwell = in_days(now - facts.arrived_port_at)
        if dwell > thresholds.port_dwell_days:
            found.append(
                Finding(
                    ExceptionKind.PORT_DWELL,
                    f"{days_text(round(dwell, 1))} at the port without customs clearance",
                    {
                        "arrived_port_at": _iso(facts.arrived_port_at),
                        "dwell_days": round(dwell, 1),
                        "limit_days": thresholds.port_dwell_days,
                    },
                )
            )
    if facts.customs_hold_at is not None:
        end = facts.customs_cleared_at or now
        dwell = in_days(end - facts.customs_hold_at)
        if dwell > thresholds.customs_dwell_days:
            found.append(
                Finding(
                    ExceptionKind.CUSTOMS_DWELL,
                    f"{days_text(round(dwell, 1))} held in customs",
                    {
                        "customs_hold_at": _iso(facts.customs_hold_at),
                        "customs_cleared_at": _iso(facts.customs_cleared_at),
                        "dwell_days": round(dwell, 1),
                        "limit_days": thresholds.customs_dwell_days,
                    },
                )
            )
    if facts.received is not None:
        short = {
            sku: (qty, facts.received.get(sku, 0))
            for sku, qty in sorted(facts.shipped.items())
            if facts.received.get(sku, 0) < qty
        }
        if short:
            missing = sum(s - r for s, r in short.values())
            found.append(
                Finding(
                    ExceptionKind.SHORT_RECEIPT,
                    f"{missing} {'unit' if missing == 1 else 'units'} short at the FC: "
                    + ", ".join(f"{sku} {r}/{s}" for sku, (s, r) in short.items()),
                    {
                        "lines": [
                            {"sku": sku, "shipped": s, "received": r}
                            for sku, (s, r) in short.items()
                        ],
                        "missing_units": missing,
                    },
                )
            )
    if (
        facts.need_by is not None
        and facts.predicted_arrival is not None
        and facts.received is None
        and facts.predicted_arrival > facts.need_by
    ):
        slip = in_days(facts.predicted_arrival - facts.need_by)
        found.append(
            Finding(
                ExceptionKind.LATE_FOR_NEED_DATE,
                f"predicted to arrive {days_text(round(slip, 1))} after the need date",
                {
                    "need_by": _iso(facts.need_by),
                    "predicted_arrival": _iso(facts.predicted_arrival),
                    "days_late": round(slip, 1),
                },
            )
        )
    return found
