"""Pure logistics rules: modes, incoterms, the milestone state machine, tracking-event checks,
carrier status codes, exception kinds and the inputs of the services. Lane transit times and
ETAs are in `transit`, the exception rules in `exception_rules`.

No Session, no I/O: plain values only, so the benchmark and the demo reuse the same code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

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


# ---------------------------------------------------------------- exception kinds


class ExceptionKind(StrEnum):
    LATE_DEPARTURE = "late_departure"
    PORT_DWELL = "port_dwell"
    CUSTOMS_DWELL = "customs_dwell"
    SHORT_RECEIPT = "short_receipt"
    LATE_FOR_NEED_DATE = "late_for_need_date"
    IMPOSSIBLE_SEQUENCE = "impossible_sequence"


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
