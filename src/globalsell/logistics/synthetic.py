"""A seeded, synthetic but realistic lane history: what a Ningbo seller's forwarder records
would look like. Used by the demo (lane history for ETAs) and by `benchmarks/eta_lanes.py`.

Nothing here is a claim about a real carrier. How a transit is generated, per lane x carrier:

- departures: one every `every_days` days (with +-2 days of jitter) over `days` days;
- the carrier's planned transit is its published schedule: a fixed number of days per lane and
  carrier (`planned`), so the planned arrival = departure + planned;
- the actual transit = `base` x carrier reliability factor + Gamma(shape 2, scale `spread`/2)
  days of ordinary delay, + congestion in the weeks around Chinese New Year (late Jan - Feb)
  and the Q4 peak (Oct - Nov) for ocean and rail (`peak` days x a uniform draw), + a rare
  disruption (probability `disruption_p`, 5-15 extra days for ocean/rail, 1-4 for air/express:
  a rolled sailing, a missed flight, a strike);
- schedules are optimistic: ocean carriers plan roughly `base` while the typical actual is
  longer, which is the bias the lane-history predictor learns and the plan does not.

Ranges follow public orders of magnitude: Ningbo - Hamburg port to port 30-40 days, Ningbo -
Los Angeles 15-20, China - Europe rail 16-22, Shanghai - Frankfurt air 1-3 days plus handling,
express 3-6 days."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from globalsell.logistics.domain import Mode, TransitInput

SEED = 20261125


@dataclass(frozen=True, slots=True)
class LaneSpec:
    origin: str
    destination: str
    mode: Mode
    carriers: tuple[tuple[str, float, float], ...]  # name, reliability factor, planned days
    base: float  # days
    spread: float  # days of ordinary delay (Gamma mean)
    peak: float  # extra days at the seasonal peaks (ocean/rail)
    disruption_p: float
    every_days: int


LANES: tuple[LaneSpec, ...] = (
    LaneSpec(
        "CNNGB",
        "DEHAM",
        Mode.OCEAN,
        (("MAERSK", 1.0, 31.0), ("COSCO", 1.04, 30.0), ("CMA CGM", 1.02, 32.0)),
        base=30.0,
        spread=3.0,
        peak=5.0,
        disruption_p=0.06,
        every_days=7,
    ),
    LaneSpec(
        "CNNGB",
        "USLAX",
        Mode.OCEAN,
        (("MAERSK", 1.0, 17.0), ("COSCO", 1.06, 16.0), ("EVERGREEN", 1.02, 17.0)),
        base=17.0,
        spread=2.5,
        peak=4.0,
        disruption_p=0.05,
        every_days=7,
    ),
    LaneSpec(
        "CNNGB",
        "GBFXT",
        Mode.OCEAN,
        (("MAERSK", 1.0, 33.0), ("MSC", 1.05, 32.0)),
        base=32.0,
        spread=3.0,
        peak=5.0,
        disruption_p=0.06,
        every_days=10,
    ),
    LaneSpec(
        "CNNGB",
        "JPTYO",
        Mode.OCEAN,
        (("ONE", 1.0, 4.0), ("COSCO", 1.1, 4.0)),
        base=4.0,
        spread=1.0,
        peak=1.5,
        disruption_p=0.04,
        every_days=10,
    ),
    LaneSpec(
        "CNXIY",
        "DEDUI",
        Mode.RAIL,
        (("DB CARGO", 1.0, 16.0), ("RZD", 1.08, 15.0)),
        base=17.0,
        spread=2.0,
        peak=3.0,
        disruption_p=0.05,
        every_days=10,
    ),
    LaneSpec(
        "CNPVG",
        "DEFRA",
        Mode.AIR,
        (("LUFTHANSA CARGO", 1.0, 2.0), ("CATHAY CARGO", 1.1, 2.0)),
        base=2.0,
        spread=0.8,
        peak=0.0,
        disruption_p=0.05,
        every_days=5,
    ),
    LaneSpec(
        "CNPVG",
        "USLAX",
        Mode.AIR,
        (("CHINA CARGO", 1.0, 2.0), ("ATLAS", 1.15, 2.0)),
        base=2.0,
        spread=0.9,
        peak=0.0,
        disruption_p=0.05,
        every_days=5,
    ),
    LaneSpec(
        "CNPVG",
        "GBLHR",
        Mode.AIR,
        (("CATHAY CARGO", 1.0, 2.0),),
        base=2.2,
        spread=0.8,
        peak=0.0,
        disruption_p=0.05,
        every_days=6,
    ),
    LaneSpec(
        "CNNGB",
        "GBLON",
        Mode.EXPRESS,
        (("DHL", 1.0, 4.0), ("UPS", 1.05, 4.0)),
        base=4.0,
        spread=1.0,
        peak=0.0,
        disruption_p=0.04,
        every_days=4,
    ),
)


def _peak_factor(at: datetime) -> float:
    """0..1: how deep in a seasonal congestion window a departure falls."""
    day = at.timetuple().tm_yday
    if 20 <= day <= 55:  # around Chinese New Year
        return 1.0
    if 275 <= day <= 335:  # Q4 peak season
        return 0.7
    return 0.0


def generate(
    *, start: datetime, days: int, seed: int = SEED, lanes: tuple[LaneSpec, ...] = LANES
) -> list[TransitInput]:
    """Every transit that departed in [start, start + days), ordered by departure."""
    rng = random.Random(seed)
    out: list[TransitInput] = []
    for lane in lanes:
        for carrier, factor, planned in lane.carriers:
            offset = rng.uniform(0, lane.every_days)
            while offset < days:
                departed = start + timedelta(days=offset + rng.uniform(-2, 2) * 0.5)
                transit = lane.base * factor + rng.gammavariate(2.0, lane.spread / 2)
                if lane.mode in (Mode.OCEAN, Mode.RAIL):
                    transit += lane.peak * _peak_factor(departed) * rng.uniform(0.3, 1.2)
                if rng.random() < lane.disruption_p:
                    heavy = lane.mode in (Mode.OCEAN, Mode.RAIL)
                    transit += rng.uniform(5, 15) if heavy else rng.uniform(1, 4)
                out.append(
                    TransitInput(
                        origin=lane.origin,
                        destination=lane.destination,
                        mode=lane.mode,
                        carrier=carrier,
                        departed_at=departed,
                        arrived_at=departed + timedelta(days=round(transit, 3)),
                        planned_arrival=departed + timedelta(days=planned),
                    )
                )
                offset += lane.every_days
    out.sort(key=lambda t: (t.departed_at, t.origin, t.destination, t.carrier))
    return out
