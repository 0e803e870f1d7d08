"""ETA accuracy on a seeded synthetic lane history: the lane-history predictor (median of the
transit times seen on the lane and carrier before departure) against the carrier's planned
arrival, mean absolute error in days per mode, plus the P10-P90 band's coverage.

Data: `globalsell.logistics.synthetic.generate` (seed 20261125; its docstring says how every
transit is drawn): two years of departures on 9 lanes (ocean, rail, air, express) from
2024-11-25. Evaluated: every transit departing in the last 180 days. The predictor only sees
transits that had *arrived* before the evaluated one departed (no look-ahead). "Overdue" re-
predicts for the transits still underway on their planned arrival date, conditioning on the time
already spent (the band moves as time passes without an arrival milestone); there the carrier's
plan can only say "today".

    python benchmarks/eta_lanes.py
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from globalsell.logistics.domain import Mode
from globalsell.logistics.synthetic import SEED, generate
from globalsell.logistics.transit import Lane, LaneHistory, LegPlan, predict

START = datetime(2024, 11, 25, tzinfo=UTC)
DAYS = 730
TEST_DAYS = 180


def _days(delta: timedelta) -> float:
    return delta.total_seconds() / 86_400


def run() -> dict[Mode, dict[str, float]]:
    transits = generate(start=START, days=DAYS, seed=SEED)
    cutoff = START + timedelta(days=DAYS - TEST_DAYS)
    by_arrival = sorted(transits, key=lambda t: t.arrived_at)
    tests = [t for t in transits if t.departed_at >= cutoff]
    history = LaneHistory()
    known = 0
    sums: dict[Mode, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for t in tests:
        while known < len(by_arrival) and by_arrival[known].arrived_at < t.departed_at:
            h = by_arrival[known]
            history.add(
                Lane(h.origin, h.destination, h.mode, h.carrier),
                _days(h.arrived_at - h.departed_at),
            )
            known += 1
        lane = Lane(t.origin, t.destination, t.mode, t.carrier)
        assert t.planned_arrival is not None
        leg = LegPlan(lane, t.departed_at, t.planned_arrival, t.departed_at, None)
        [eta] = predict([leg], history, now=t.departed_at)
        s = sums[t.mode]
        s["n"] += 1
        s["plan"] += abs(_days(t.planned_arrival - t.arrived_at))
        s["predictor"] += abs(_days(eta.expected - t.arrived_at))
        s["covered"] += eta.earliest <= t.arrived_at <= eta.latest
        midway = t.planned_arrival  # the planned date passed and the goods are not there
        if t.arrived_at > midway:
            [mid] = predict([leg], history, now=midway)
            s["n_mid"] += 1
            s["mid"] += abs(_days(mid.expected - t.arrived_at))
            s["plan_mid"] += abs(_days(max(t.planned_arrival, midway) - t.arrived_at))
    return {mode: dict(values) for mode, values in sums.items()}


def main() -> None:
    results = run()
    print(f"ETA mean absolute error (days), seed {SEED}, {TEST_DAYS} test days")  # noqa: T201
    header = (
        "| mode | transits | carrier plan | predictor at departure | P10-P90 coverage "
        "| overdue: n | overdue: plan | overdue: predictor |"
    )
    print(header)  # noqa: T201
    print("|---|---|---|---|---|---|---|---|")  # noqa: T201
    total: dict[str, float] = defaultdict(float)
    for mode in Mode:
        s = results.get(mode)
        if not s:
            continue
        for key, value in s.items():
            total[key] += value
        print(  # noqa: T201
            f"| {mode.value} | {int(s['n'])} | {s['plan'] / s['n']:.2f} | "
            f"{s['predictor'] / s['n']:.2f} | {s['covered'] / s['n']:.0%} | "
            f"{int(s['n_mid'])} | {s['plan_mid'] / max(s['n_mid'], 1):.2f} | "
            f"{s['mid'] / max(s['n_mid'], 1):.2f} |"
        )
    print(  # noqa: T201
        f"| all | {int(total['n'])} | {total['plan'] / total['n']:.2f} | "
        f"{total['predictor'] / total['n']:.2f} | {total['covered'] / total['n']:.0%} | "
        f"{int(total['n_mid'])} | {total['plan_mid'] / total['n_mid']:.2f} | "
        f"{total['mid'] / total['n_mid']:.2f} |"
    )


if __name__ == "__main__":
    main()
