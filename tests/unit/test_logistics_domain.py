"""Pure logistics rules: the state machine, carrier code mapping, sequence checks, lane
quantiles and ETA prediction, exception rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from globalsell.logistics import domain, exception_rules, transit
from globalsell.logistics.domain import ALLOWED_TRANSITIONS, ExceptionKind, Milestone, Mode, Step
from globalsell.logistics.exception_rules import ShipmentFacts
from globalsell.logistics.transit import Lane, LaneHistory, LegPlan

T0 = datetime(2026, 11, 1, tzinfo=UTC)
LANE = Lane("CNNGB", "DEHAM", Mode.OCEAN, "MAERSK")


def test_every_state_is_in_the_machine_and_received_is_final() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(Milestone)
    assert ALLOWED_TRANSITIONS[Milestone.RECEIVED_AT_FC] == frozenset()
    for state, targets in ALLOWED_TRANSITIONS.items():
        for target in targets:
            assert domain.RANK[target] > domain.RANK[state]


@pytest.mark.parametrize(
    ("current", "target", "expected"),
    [
        (Milestone.BOOKED, Milestone.DEPARTED_ORIGIN, Step.ADVANCE),
        (Milestone.ARRIVED_PORT, Milestone.CUSTOMS_HOLD, Step.ADVANCE),
        (Milestone.DEPARTED_ORIGIN, Milestone.DELIVERED, Step.ADVANCE_WITH_GAP),
        (Milestone.DELIVERED, Milestone.DEPARTED_ORIGIN, Step.LATE),
        (Milestone.CUSTOMS_CLEARED, Milestone.CUSTOMS_HOLD, Step.LATE),
        (Milestone.CUSTOMS_HOLD, Milestone.CUSTOMS_HOLD, Step.LATE),
    ],
)
def test_step(current: Milestone, target: Milestone, expected: Step) -> None:
    assert domain.step(current, target) is expected


def test_skipped_lists_only_required_states() -> None:
    assert domain.skipped(Milestone.DEPARTED_ORIGIN, Milestone.DELIVERED) == [
        Milestone.ARRIVED_PORT,
        Milestone.CUSTOMS_CLEARED,
    ]


def test_carrier_codes_map_with_per_carrier_overrides() -> None:
    assert domain.map_status("MAERSK", "depa") is Milestone.DEPARTED_ORIGIN
    assert domain.map_status("any", "DEP") is Milestone.DEPARTED_ORIGIN
    assert domain.map_status("dhl", "OK") is Milestone.DELIVERED
    assert domain.map_status("UPS", "D") is Milestone.DELIVERED
    assert domain.map_status("MAERSK", "D") is None
    assert domain.map_status("x", "out for delivery") is Milestone.OUT_FOR_DELIVERY


def test_sequence_conflicts() -> None:
    departed = [(Milestone.DEPARTED_ORIGIN, T0 + timedelta(days=5))]
    assert domain.sequence_conflict(departed, Milestone.DELIVERED, T0) == (
        "delivered at 2026-11-01 00:00 UTC is before departed_origin at 2026-11-06 00:00 UTC"
    )
    assert domain.sequence_conflict(departed, Milestone.DELIVERED, T0 + timedelta(days=9)) is None
    assert domain.sequence_conflict(departed, Milestone.PICKED_UP, T0) is None


def test_quantile_interpolates_like_numpy() -> None:
    assert transit.quantile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert transit.quantile([1.0, 2.0, 3.0, 4.0], 0.1) == pytest.approx(1.3)
    assert transit.quantile([7.0], 0.9) == 7.0
    with pytest.raises(ValueError, match="no values"):
        transit.quantile([], 0.5)


def test_history_falls_back_from_carrier_to_route_to_prior() -> None:
    history = LaneHistory()
    for days in (28, 30, 31, 33, 35):
        history.add(LANE, days)
    other = Lane("CNNGB", "DEHAM", Mode.OCEAN, "COSCO")
    assert history.band(LANE).source == "lane+carrier"
    assert history.band(other).source == "lane"
    assert history.band(Lane("CNNGB", "USLAX", Mode.OCEAN, "X")).source == "mode prior"
    with pytest.raises(ValueError, match="negative transit"):
        history.add(LANE, -1)


def test_elapsed_time_moves_the_band() -> None:
    history = LaneHistory()
    for days in (28, 30, 31, 33, 35):
        history.add(LANE, days)
    fresh, late = history.band(LANE), history.band(LANE, elapsed_days=32)
    assert (fresh.p50, late.p50, late.samples) == (31, 34, 2)
    beyond = history.band(LANE, elapsed_days=40)
    assert (beyond.p10, beyond.p50, beyond.p90) == (40, 40.5, 42)


@given(st.lists(st.floats(min_value=0, max_value=90), min_size=5, max_size=60), st.floats(0, 60))
def test_bands_are_ordered_and_never_before_elapsed(values: list[float], elapsed: float) -> None:
    history = LaneHistory()
    for v in values:
        history.add(LANE, v)
    band = history.band(LANE, elapsed_days=elapsed)
    assert band.p10 <= band.p50 <= band.p90
    assert band.p10 >= elapsed  # never predicts an arrival before the time already spent


def test_predict_chains_legs_and_an_arrived_leg_is_actual() -> None:
    history = LaneHistory()
    for days in (28, 30, 31, 33, 35):
        history.add(LANE, days)
    truck = Lane("DEHAM", "FBA-DE", Mode.TRUCK, "DB SCHENKER")
    legs = [
        LegPlan(LANE, T0, T0 + timedelta(days=30), T0, None),
        LegPlan(truck, T0 + timedelta(days=32), T0 + timedelta(days=34), None, None),
    ]
    ocean, road = transit.predict(legs, history, now=T0 + timedelta(days=1))
    assert ocean.expected == T0 + timedelta(days=31)
    assert (road.source, road.expected) == ("carrier plan", T0 + timedelta(days=34))
    arrived = [LegPlan(LANE, T0, None, T0, T0 + timedelta(days=29))]
    [done] = transit.predict(arrived, history, now=T0 + timedelta(days=40))
    assert (done.source, done.expected) == ("actual", T0 + timedelta(days=29))


def _facts(**kw: object) -> ShipmentFacts:
    base: dict[str, object] = {
        "status": Milestone.BOOKED,
        "planned_departure": T0,
        "departed_at": None,
        "arrived_port_at": None,
        "customs_hold_at": None,
        "customs_cleared_at": None,
        "predicted_arrival": None,
        "need_by": None,
        "shipped": {"A": 10},
        "received": None,
    }
    base.update(kw)
    return ShipmentFacts(**base)  # type: ignore[arg-type]


def test_exception_rules() -> None:
    now = T0 + timedelta(days=10)
    kinds = [f.kind for f in exception_rules.find_exceptions(_facts(), now=now)]
    assert kinds == [ExceptionKind.LATE_DEPARTURE]
    on_time = _facts(departed_at=T0 + timedelta(days=1), arrived_port_at=T0 + timedelta(days=3))
    assert [f.kind for f in exception_rules.find_exceptions(on_time, now=now)] == [
        ExceptionKind.PORT_DWELL
    ]
    held = _facts(departed_at=T0, arrived_port_at=T0, customs_hold_at=T0 + timedelta(days=8))
    assert exception_rules.find_exceptions(held, now=now) == []
    short = _facts(departed_at=T0, received={"A": 9})
    [finding] = exception_rules.find_exceptions(short, now=now)
    assert (finding.kind, finding.evidence["missing_units"]) == (ExceptionKind.SHORT_RECEIPT, 1)
    assert finding.message == "1 unit short at the FC: A 9/10"
    late = _facts(
        departed_at=T0, predicted_arrival=T0 + timedelta(days=40), need_by=T0 + timedelta(days=35)
    )
    [finding] = exception_rules.find_exceptions(late, now=now)
    assert finding.message == "predicted to arrive 5 days after the need date"


def test_exception_messages_say_days_as_a_whole_number_or_a_tenth() -> None:
    now = T0 + timedelta(days=10)
    waiting = exception_rules.find_exceptions(_facts(), now=now)
    departed = exception_rules.find_exceptions(
        _facts(departed_at=T0 + timedelta(days=4, hours=12)), now=now
    )
    at_port = exception_rules.find_exceptions(
        _facts(departed_at=T0, arrived_port_at=T0 + timedelta(days=3, hours=23)), now=now
    )
    held = exception_rules.find_exceptions(
        _facts(departed_at=T0, arrived_port_at=T0, customs_hold_at=T0 + timedelta(days=6)),
        now=now,
    )
    assert [(f.kind, f.message) for f in [*waiting, *departed, *at_port, *held]] == [
        (ExceptionKind.LATE_DEPARTURE, "not departed 10 days after the planned departure"),
        (ExceptionKind.LATE_DEPARTURE, "departed 4.5 days after the planned departure"),
        (ExceptionKind.PORT_DWELL, "6 days at the port without customs clearance"),
        (ExceptionKind.CUSTOMS_DWELL, "4 days held in customs"),
    ]
    assert [exception_rules.days_text(v) for v in (1.0, 0.96, 6.0, 4.5, 3.04)] == [
        "1 day",
        "1 day",
        "6 days",
        "4.5 days",
        "3 days",
    ]
