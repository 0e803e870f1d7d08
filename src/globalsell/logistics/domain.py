"""Pure logistics rules: modes, incoterms, the milestone state machine, tracking-event checks,
lane transit-time distributions and ETA prediction, and the exception rules.

No Session, no I/O: plain values only, so the benchmark and the demo reuse the same code."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from globalsell.core import messages
from globalsell.core.messages import Message

SHIPMENT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_\-]{1,39}$")
UNLOCODE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
MAX_LINES = 500
MAX_LEGS = 8
MAX_EVENTS_PER_BATCH = 50_000
# Clocks of carriers drift; an event up to this far in the future is still believed.
FUTURE_SKEW = timedelta(minutes=15)


class Mode(StrEnum):
    OCEAN = "ocean"
    AIR = "air"
    RAIL = "rail"
    TRUCK = "truck"
    EXPRESS = "express"


class Incoterm(StrEnum):
    """Incoterms 2020 (ICC): who pays and bears the risk where."""

    EXW = "EXW"
    FCA = "FCA"
    FAS = "FAS"
    FOB = "FOB"
    CFR = "CFR"
    CIF = "CIF"
    CPT = "CPT"
    CIP = "CIP"
    DAP = "DAP"
    DPU = "DPU"
    DDP = "DDP"


class Milestone(StrEnum):
    BOOKED = "booked"
    PICKED_UP = "picked_up"
    DEPARTED_ORIGIN = "departed_origin"
    ARRIVED_PORT = "arrived_port"
    CUSTOMS_HOLD = "customs_hold"
    CUSTOMS_CLEARED = "customs_cleared"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    RECEIVED_AT_FC = "received_at_fc"


# The order milestones happen in; a customs hold sits between arrival and clearance.
RANK: dict[Milestone, int] = {m: i for i, m in enumerate(Milestone)}

# The explicit state machine: from each state, the states a shipment may move to next.
# Picking up, a customs hold and out-for-delivery are optional steps a carrier may not scan.
ALLOWED_TRANSITIONS: dict[Milestone, frozenset[Milestone]] = {
    Milestone.BOOKED: frozenset({Milestone.PICKED_UP, Milestone.DEPARTED_ORIGIN}),
    Milestone.PICKED_UP: frozenset({Milestone.DEPARTED_ORIGIN}),
    Milestone.DEPARTED_ORIGIN: frozenset({Milestone.ARRIVED_PORT}),
    Milestone.ARRIVED_PORT: frozenset({Milestone.CUSTOMS_HOLD, Milestone.CUSTOMS_CLEARED}),
    Milestone.CUSTOMS_HOLD: frozenset({Milestone.CUSTOMS_CLEARED}),
    Milestone.CUSTOMS_CLEARED: frozenset({Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED}),
    Milestone.OUT_FOR_DELIVERY: frozenset({Milestone.DELIVERED}),
    Milestone.DELIVERED: frozenset({Milestone.RECEIVED_AT_FC}),
    Milestone.RECEIVED_AT_FC: frozenset(),
}

# Milestones that mean the goods have left the origin (stock goes in transit) ...
DEPARTED = frozenset(m for m in Milestone if RANK[m] >= RANK[Milestone.DEPARTED_ORIGIN])


class Step(StrEnum):
    """What a reported milestone does to a shipment in state `current`."""

    ADVANCE = "advance"  # an allowed next state
    ADVANCE_WITH_GAP = "advance_with_gap"  # later state; the carrier skipped scans between
    LATE = "late"  # an earlier (or the same) state reported after a later one: timeline only


def step(current: Milestone, target: Milestone) -> Step:
    """Classify a reported milestone against the current state (events never go backwards)."""
    if target in ALLOWED_TRANSITIONS[current]:
        return Step.ADVANCE
    if target is Milestone.CUSTOMS_HOLD and current is Milestone.CUSTOMS_HOLD:
        return Step.LATE
    if RANK[target] > RANK[current]:
        return Step.ADVANCE_WITH_GAP
    return Step.LATE


def skipped(current: Milestone, target: Milestone) -> list[Milestone]:
    """The required milestones between `current` and `target` that were not reported."""
    optional = {Milestone.PICKED_UP, Milestone.CUSTOMS_HOLD, Milestone.OUT_FOR_DELIVERY}
    return [m for m in Milestone if RANK[current] < RANK[m] < RANK[target] and m not in optional]


def sequence_conflict(
    reached: Sequence[tuple[Milestone, datetime]], target: Milestone, at: datetime
) -> str | None:
    """Why a milestone at `at` is impossible given those already recorded, or None: a later
    milestone cannot happen before an earlier one (delivered before departed)."""
    for milestone, when in reached:
        if milestone is target:
            continue
        if milestone is Milestone.CUSTOMS_HOLD or target is Milestone.CUSTOMS_HOLD:
            # a hold may be reported at any time between arrival and clearance
            if (
                target is Milestone.CUSTOMS_HOLD
                and RANK[milestone] <= RANK[Milestone.DEPARTED_ORIGIN]
                and when > at
            ):
                return f"customs hold at {at:%Y-%m-%d %H:%M} UTC is before {milestone}"
            continue
        if RANK[milestone] < RANK[target] and when > at:
            return (
                f"{target} at {at:%Y-%m-%d %H:%M} UTC is before {milestone} "
                f"at {when:%Y-%m-%d %H:%M} UTC"
            )
        if RANK[milestone] > RANK[target] and when < at:
            return (
                f"{target} at {at:%Y-%m-%d %H:%M} UTC is after {milestone} "
                f"at {when:%Y-%m-%d %H:%M} UTC"
            )
    return None


# ---------------------------------------------------------------- carrier code mapping

# Carrier status codes onto milestones. Ocean codes follow the DCSA Track & Trace event
# vocabulary (equipment event type + transport event type names); air codes are IATA Cargo-IMP
# / Cargo-XML status codes (BKD booked, RCS received from shipper, DEP departed, ARR arrived,
# RCF received from flight, CCD customs cleared, DLV delivered). `*` is the fallback used for
# every carrier; a carrier's own table overrides it.
DEFAULT_MAPPING: dict[str, Milestone] = {
    # generic words (forwarder spreadsheets)
    "BOOKED": Milestone.BOOKED,
    "PICKED_UP": Milestone.PICKED_UP,
    "DEPARTED": Milestone.DEPARTED_ORIGIN,
    "DEPARTED_ORIGIN": Milestone.DEPARTED_ORIGIN,
    "ARRIVED": Milestone.ARRIVED_PORT,
    "ARRIVED_PORT": Milestone.ARRIVED_PORT,
    "CUSTOMS_HOLD": Milestone.CUSTOMS_HOLD,
    "CUSTOMS_CLEARED": Milestone.CUSTOMS_CLEARED,
    "OUT_FOR_DELIVERY": Milestone.OUT_FOR_DELIVERY,
    "DELIVERED": Milestone.DELIVERED,
    "RECEIVED_AT_FC": Milestone.RECEIVED_AT_FC,
    # IATA air cargo status codes
    "BKD": Milestone.BOOKED,
    "RCS": Milestone.PICKED_UP,
    "DEP": Milestone.DEPARTED_ORIGIN,
    "ARR": Milestone.ARRIVED_PORT,
    "RCF": Milestone.ARRIVED_PORT,
    "CCD": Milestone.CUSTOMS_CLEARED,
    "DLV": Milestone.DELIVERED,
    # DCSA-style ocean events
    "GTIN": Milestone.PICKED_UP,  # gate in at the origin terminal
    "LOAD": Milestone.PICKED_UP,
    "DEPA": Milestone.DEPARTED_ORIGIN,
    "ARRI": Milestone.ARRIVED_PORT,
    "DISC": Milestone.ARRIVED_PORT,
    "INSP": Milestone.CUSTOMS_HOLD,
    "RELS": Milestone.CUSTOMS_CLEARED,
    "GTOT": Milestone.OUT_FOR_DELIVERY,  # gate out at the destination terminal
}

CARRIER_MAPPINGS: dict[str, dict[str, Milestone]] = {
    # Express integrators publish their own words; these are the common ones.
    "DHL": {
        "PU": Milestone.PICKED_UP,
        "PL": Milestone.DEPARTED_ORIGIN,
        "AF": Milestone.ARRIVED_PORT,
        "CC": Milestone.CUSTOMS_CLEARED,
        "OH": Milestone.CUSTOMS_HOLD,
        "WC": Milestone.OUT_FOR_DELIVERY,
        "OK": Milestone.DELIVERED,
    },
    "UPS": {
        "P": Milestone.PICKED_UP,
        "I": Milestone.DEPARTED_ORIGIN,
        "X": Milestone.CUSTOMS_HOLD,
        "O": Milestone.OUT_FOR_DELIVERY,
        "D": Milestone.DELIVERED,
    },
}


def map_status(carrier: str, code: str) -> Milestone | None:
    """The milestone a carrier's status code means, or None when it is not known."""
    key = code.strip().upper().replace(" ", "_").replace("-", "_")
    own = CARRIER_MAPPINGS.get(carrier.strip().upper(), {})
    return own.get(key) or DEFAULT_MAPPING.get(key)


# ---------------------------------------------------------------- lanes and ETA


@dataclass(frozen=True, slots=True)
class Lane:
    origin: str
    destination: str
    mode: Mode
    carrier: str


# Assumed transit days per mode when a lane has no history at all (port to port): ocean
# China - Europe/US West Coast runs 18-40 days, air 2-6, rail China - Europe 16-22, express 3-7.
MODE_PRIOR_DAYS: dict[Mode, tuple[float, float, float]] = {
    Mode.OCEAN: (24.0, 32.0, 42.0),
    Mode.AIR: (2.0, 4.0, 7.0),
    Mode.RAIL: (16.0, 19.0, 25.0),
    Mode.TRUCK: (1.0, 3.0, 6.0),
    Mode.EXPRESS: (3.0, 5.0, 8.0),
}
MIN_SAMPLES = 5
BAND = (0.1, 0.5, 0.9)


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolated quantile of an ascending sequence (numpy's default method)."""
    if not sorted_values:
        raise ValueError("no values")
    position = (len(sorted_values) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


@dataclass(frozen=True, slots=True)
class TransitBand:
    """Transit days at the 10th, 50th and 90th percentile, and where they come from."""

    p10: float
    p50: float
    p90: float
    samples: int
    source: str  # "lane+carrier", "lane", "mode prior", "carrier plan"


class LaneHistory:
    """Observed transit days (actual arrival - actual departure) per lane."""

    def __init__(self) -> None:
        self._by_lane: dict[Lane, list[float]] = {}
        self._by_route: dict[tuple[str, str, Mode], list[float]] = {}

    def add(self, lane: Lane, days: float) -> None:
        if days < 0:
            raise ValueError(f"negative transit time {days} on {lane}")
        self._by_lane.setdefault(lane, []).append(days)
        self._by_route.setdefault((lane.origin, lane.destination, lane.mode), []).append(days)

    def samples(self, lane: Lane) -> tuple[list[float], str]:
        own = self._by_lane.get(lane, [])
        if len(own) >= MIN_SAMPLES:
            return sorted(own), "lane+carrier"
        route = self._by_route.get((lane.origin, lane.destination, lane.mode), [])
        if len(route) >= MIN_SAMPLES:
            return sorted(route), "lane"
        return [], "mode prior"

    def band(self, lane: Lane, *, elapsed_days: float = 0.0) -> TransitBand:
        """The transit-time band for a leg on `lane` that has been underway `elapsed_days`:
        the history is conditioned on transit > elapsed (a leg 30 days at sea will not arrive
        in 25), so the band narrows and moves as time passes."""
        values, source = self.samples(lane)
        if values:
            later = [v for v in values if v > elapsed_days]
            if len(later) >= 2:
                return TransitBand(
                    quantile(later, BAND[0]),
                    quantile(later, BAND[1]),
                    quantile(later, BAND[2]),
                    len(later),
                    source,
                )
            # past every observed transit: it arrives any moment now, the tail is unknown
            top = values[-1]
            return TransitBand(
                elapsed_days, elapsed_days + 0.5, max(top, elapsed_days) + 2, 0, source
            )
        p10, p50, p90 = MODE_PRIOR_DAYS[lane.mode]
        shift = max(0.0, elapsed_days - p10)
        return TransitBand(
            max(p10, elapsed_days), max(p50, elapsed_days + 0.5), p90 + shift, 0, source
        )


@dataclass(frozen=True, slots=True)
class LegPlan:
    """One leg as the predictor sees it."""

    lane: Lane
    planned_departure: datetime | None
    planned_arrival: datetime | None
    actual_departure: datetime | None
    actual_arrival: datetime | None


@dataclass(frozen=True, slots=True)
class LegEta:
    earliest: datetime
    expected: datetime
    latest: datetime
    source: str  # "actual" once arrived


def _days(delta: timedelta) -> float:
    return delta.total_seconds() / 86_400


def predict(legs: Sequence[LegPlan], history: LaneHistory, *, now: datetime) -> list[LegEta]:
    """Predicted arrival band per leg, in order. A leg starts at its actual departure, else at
    the later of its planned departure and the previous leg's arrival (earliest/expected/latest
    chained separately); an arrived leg's band is its actual arrival."""
    out: list[LegEta] = []
    previous: LegEta | None = None
    for leg in legs:
        if leg.actual_arrival is not None:
            eta = LegEta(leg.actual_arrival, leg.actual_arrival, leg.actual_arrival, "actual")
            out.append(eta)
            previous = eta
            continue
        if leg.actual_departure is not None:
            start = (leg.actual_departure,) * 3
            elapsed = max(0.0, _days(now - leg.actual_departure))
        else:
            planned = leg.planned_departure or (previous.expected if previous else now)
            if previous is not None:
                start = (
                    max(planned, previous.earliest),
                    max(planned, previous.expected),
                    max(planned, previous.latest),
                )
            else:
                start = (planned, planned, planned)
            # a leg that has not left yet leaves no earlier than now
            start = (max(start[0], now), max(start[1], now), max(start[2], now))
            elapsed = 0.0
        band = history.band(leg.lane, elapsed_days=elapsed)
        if (
            band.source == "mode prior"
            and leg.planned_arrival is not None
            and leg.planned_departure is not None
            and leg.actual_departure is None
        ):
            planned_days = _days(leg.planned_arrival - leg.planned_departure)
            band = TransitBand(planned_days, planned_days, planned_days * 1.25, 0, "carrier plan")
        eta = LegEta(
            start[0] + timedelta(days=band.p10),
            start[1] + timedelta(days=band.p50),
            start[2] + timedelta(days=band.p90),
            band.source,
        )
        out.append(eta)
        previous = eta
    return out


# ---------------------------------------------------------------- exceptions


class ExceptionKind(StrEnum):
    LATE_DEPARTURE = "late_departure"
    PORT_DWELL = "port_dwell"
    CUSTOMS_DWELL = "customs_dwell"
    SHORT_RECEIPT = "short_receipt"
    LATE_FOR_NEED_DATE = "late_for_need_date"
    IMPOSSIBLE_SEQUENCE = "impossible_sequence"


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


def _days_param(value: Any) -> dict[str, Any]:
    """Days to a tenth, shown without a trailing zero: `6`, `4.5` (not `6.0`)."""
    tenth = Decimal(str(value or 0)).quantize(Decimal("0.1"))
    return messages.number(tenth if tenth % 1 else tenth.quantize(Decimal(1)))


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
            late = _days((left or now) - facts.planned_departure)
            found.append(
                Finding(
                    ExceptionKind.LATE_DEPARTURE,
                    f"departed {late:.1f} days after the planned departure"
                    if left
                    else f"not departed {late:.1f} days after the planned departure",
                    {
                        "planned_departure": _iso(facts.planned_departure),
                        "departed_at": _iso(left),
                        "days_late": round(late, 1),
                        "grace_days": thresholds.departure_grace_days,
                    },
                )
            )
    if (
        facts.arrived_port_at is not None
        and facts.customs_cleared_at is None
        and facts.customs_hold_at is None
    ):
        dwell = _days(now - facts.arrived_port_at)
        if dwell > thresholds.port_dwell_days:
            found.append(
                Finding(
                    ExceptionKind.PORT_DWELL,
                    f"{dwell:.1f} days at the port without customs clearance",
                    {
                        "arrived_port_at": _iso(facts.arrived_port_at),
                        "dwell_days": round(dwell, 1),
                        "limit_days": thresholds.port_dwell_days,
                    },
                )
            )
    if facts.customs_hold_at is not None:
        end = facts.customs_cleared_at or now
        dwell = _days(end - facts.customs_hold_at)
        if dwell > thresholds.customs_dwell_days:
            found.append(
                Finding(
                    ExceptionKind.CUSTOMS_DWELL,
                    f"{dwell:.1f} days held in customs",
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
                    f"{missing} unit(s) short at the FC: "
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
        slip = _days(facts.predicted_arrival - facts.need_by)
        found.append(
            Finding(
                ExceptionKind.LATE_FOR_NEED_DATE,
                f"predicted to arrive {slip:.1f} days after the need date",
                {
                    "need_by": _iso(facts.need_by),
                    "predicted_arrival": _iso(facts.predicted_arrival),
                    "days_late": round(slip, 1),
                },
            )
        )
    return found


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class LineInput:
    sku: str
    quantity: int
    cartons: int
    unit_value: str | None = None
    currency: str | None = None
    net_weight_kg: str | None = None
    gross_weight_kg: str | None = None
    origin_country: str | None = None


@dataclass(frozen=True, slots=True)
class LegInput:
    mode: Mode
    origin: str
    destination: str
    carrier: str
    planned_departure: datetime | None = None
    planned_arrival: datetime | None = None


@dataclass(frozen=True, slots=True)
class EventInput:
    """One tracking event as a carrier or forwarder reports it."""

    event_id: str
    carrier: str
    reference: str
    status_code: str
    occurred_at: datetime
    location: str | None = None


class Outcome(StrEnum):
    APPLIED = "applied"  # moved the shipment forward
    LATE = "late"  # an earlier milestone reported after a later one: timeline only
    REPEAT = "repeat"  # the milestone was already recorded (another event id)
    DUPLICATE = "duplicate"  # the same event id again: ignored, not stored twice
    UNMATCHED = "unmatched"  # no shipment has that reference: stored, reported
    UNMAPPED = "unmapped"  # the carrier's status code means nothing known: stored, reported
    FLAGGED = "flagged"  # impossible (delivered before departed) or refused: stored, reported


@dataclass(frozen=True, slots=True)
class TransitInput:
    """One past transit on a lane (departed and arrived), for the lane history."""

    origin: str
    destination: str
    mode: Mode
    carrier: str
    departed_at: datetime
    arrived_at: datetime
    planned_arrival: datetime | None = None


# Default gateways for a shipment booked from a plan line (the seller edits the legs later):
# the origin port/airport near the Ningbo hub and the main port/airport of each destination
# country. UN/LOCODEs from the UNECE code list.
ORIGIN_GATEWAY: dict[Mode, str] = {
    Mode.OCEAN: "CNNGB",  # Ningbo-Zhoushan
    Mode.AIR: "CNPVG",  # Shanghai Pudong
    Mode.RAIL: "CNXIY",  # Xi'an (China - Europe trains)
    Mode.EXPRESS: "CNNGB",
    Mode.TRUCK: "CNNGB",
}
DESTINATION_GATEWAY: dict[tuple[Mode, str], str] = {
    (Mode.OCEAN, "DE"): "DEHAM",
    (Mode.OCEAN, "US"): "USLAX",
    (Mode.OCEAN, "GB"): "GBFXT",
    (Mode.OCEAN, "JP"): "JPTYO",
    (Mode.OCEAN, "FR"): "FRLEH",
    (Mode.OCEAN, "IT"): "ITGOA",
    (Mode.OCEAN, "ES"): "ESVLC",
    (Mode.OCEAN, "NL"): "NLRTM",
    (Mode.OCEAN, "CA"): "CAVAN",
    (Mode.OCEAN, "AU"): "AUSYD",
    (Mode.AIR, "DE"): "DEFRA",
    (Mode.AIR, "US"): "USLAX",
    (Mode.AIR, "GB"): "GBLHR",
    (Mode.AIR, "JP"): "JPNRT",
    (Mode.AIR, "FR"): "FRCDG",
    (Mode.AIR, "IT"): "ITMXP",
    (Mode.AIR, "ES"): "ESMAD",
    (Mode.AIR, "NL"): "NLAMS",
    (Mode.AIR, "CA"): "CAYVR",
    (Mode.AIR, "AU"): "AUSYD",
    (Mode.RAIL, "DE"): "DEDUI",
}
