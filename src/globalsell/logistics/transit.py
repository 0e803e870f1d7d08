"""Pure lane rules: transit-time distributions per lane (history, falling back to the route and
then to an assumed band per mode) and the ETA band of each leg of a shipment.

No Session, no I/O: plain values only, so the benchmark and the demo reuse the same code."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from globalsell.logistics.domain import Mode


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


def in_days(delta: timedelta) -> float:
    """A duration in (fractional) days."""
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
            elapsed = max(0.0, in_days(now - leg.actual_departure))
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
            planned_days = in_days(leg.planned_arrival - leg.planned_departure)
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
