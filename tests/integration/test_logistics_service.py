"""Shipments through the real services: booking, tracking events (CSV rows), stock through the
ledger exactly once, ETAs and exceptions."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.accounts.models import Seller
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
from globalsell.core.errors import InvalidTransition, PermissionDenied, ValidationFailed
from globalsell.core.job_runs import JobStatus
from globalsell.inventory import pool
from globalsell.inventory.domain import LocationKind
from globalsell.inventory.models import StockMove
from globalsell.jobs.scheduler import Scheduler
from globalsell.logistics import eta as logistics_eta
from globalsell.logistics import milestones as logistics_milestones
from globalsell.logistics import service as logistics
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.domain import (
    EventInput,
    ExceptionKind,
    Incoterm,
    LegInput,
    LineInput,
    Milestone,
    Mode,
)
from globalsell.logistics.models import ShipmentException, TrackingEvent
from tests.factories import (
    AT,
    Member,
    make_location,
    make_member,
    make_product,
    make_seller,
    make_shipment,
    receive_stock,
)

NOW = AT + timedelta(days=40)


@pytest.fixture
def owner(session: Session) -> Member:
    member = make_member(session, make_seller(session, slug="ningvale"))
    for sku in ("CUP-1", "CUP-2"):
        make_product(session, member.actor, sku=sku)
    make_location(session, member.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, member.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, member.actor, "CUP-1", "CN-NGB", 500)
    receive_stock(session, member.actor, "CUP-2", "CN-NGB", 500)
    return member


def _event(event_id: str, status: str, days: float, ref: str = "MAEU123", **kw: str) -> EventInput:
    return EventInput(
        event_id,
        kw.get("carrier", "MAERSK"),
        ref,
        status,
        AT + timedelta(days=days),
        kw.get("location"),
    )


def _level(session: Session, owner: Member, sku: str, code: str) -> tuple[int, int]:
    for entry in pool.pool_view(session, actor=owner.actor, skus=[sku]):
        for p in entry.positions:
            if p.location_code == code:
                return p.on_hand, p.inbound
    return 0, 0


JOURNEY = [
    _event("E1", "GTIN", 1.5, location="CNNGB"),
    _event("E2", "DEPA", 2.2, location="CNNGB"),
    _event("E3", "ARRI", 31.0, location="DEHAM"),
    _event("E4", "RELS", 32.0, location="DEHAM"),
    _event("E5", "DELIVERED", 34.0, location="FBA-DE"),
    _event("E6", "RECEIVED_AT_FC", 35.0, location="FBA-DE"),
]


def test_a_journey_moves_stock_once_at_departure_and_once_at_receipt(
    session: Session, owner: Member
) -> None:
    shipment = make_shipment(
        session,
        owner.actor,
        lines=(("CUP-1", 120, 12), ("CUP-2", 60, 6)),
        transport_doc="MAEU123",
    )
    assert shipment.status is Milestone.BOOKED
    assert _level(session, owner, "CUP-1", "CN-NGB") == (500, 0)

    report = logistics_tracking.ingest_events(
        session, actor=owner.actor, events=JOURNEY[:2], channel="csv", now=NOW
    )
    assert dict(report.outcomes) == {"applied": 2}
    assert shipment.status is Milestone.DEPARTED_ORIGIN
    assert _level(session, owner, "CUP-1", "CN-NGB") == (380, 0)
    assert _level(session, owner, "CUP-1", "FBA-DE") == (0, 120)
    assert shipment.legs[0].actual_departure == AT + timedelta(days=2.2)

    logistics_tracking.ingest_events(
        session, actor=owner.actor, events=JOURNEY[2:], channel="csv", now=NOW
    )
    assert shipment.status is Milestone.RECEIVED_AT_FC
    assert _level(session, owner, "CUP-1", "FBA-DE") == (120, 0)
    assert _level(session, owner, "CUP-2", "FBA-DE") == (60, 0)
    assert shipment.legs[0].actual_arrival == AT + timedelta(days=31)  # at DEHAM
    assert shipment.predicted_arrival == AT + timedelta(days=35)
    assert [m.milestone.value for m in shipment.milestones] == [
        "booked",
        "picked_up",
        "departed_origin",
        "arrived_port",
        "customs_cleared",
        "delivered",
        "received_at_fc",
    ]


def test_replaying_the_same_events_twice_moves_stock_once(session: Session, owner: Member) -> None:
    make_shipment(session, owner.actor, transport_doc="MAEU123")
    first = logistics_tracking.ingest_events(
        session, actor=owner.actor, events=JOURNEY, channel="csv", now=NOW
    )
    moves = session.scalar(select(func.count()).select_from(StockMove))
    again = logistics_tracking.ingest_events(
        session, actor=owner.actor, events=JOURNEY, channel="csv", now=NOW
    )
    # the same milestones under new event ids (a second forwarder feed) move nothing either
    renamed = [
        EventInput(
            "B-" + e.event_id, e.carrier, e.reference, e.status_code, e.occurred_at, e.location
        )
        for e in JOURNEY
    ]
    third = logistics_tracking.ingest_events(
        session, actor=owner.actor, events=renamed, channel="webhook", now=NOW
    )
    assert dict(first.outcomes) == {"applied": 6}
    assert dict(again.outcomes) == {"duplicate": 6}
    assert dict(third.outcomes) == {"repeat": 6}
    assert session.scalar(select(func.count()).select_from(StockMove)) == moves
    assert session.scalar(select(func.count()).select_from(TrackingEvent)) == 12
    assert _level(session, owner, "CUP-1", "CN-NGB") == (400, 0)
    assert _level(session, owner, "CUP-1", "FBA-DE") == (100, 0)


def test_shuffled_events_end_in_the_same_state(session: Session, owner: Member) -> None:
    shipment = make_shipment(session, owner.actor, transport_doc="MAEU123")
    shuffled = list(JOURNEY[:4])
    random.Random(7).shuffle(shuffled)
    for event in shuffled:  # one event per delivery, out of order
        logistics_tracking.ingest_events(
            session, actor=owner.actor, events=[event], channel="webhook", now=NOW
        )
    assert shipment.status is Milestone.CUSTOMS_CLEARED
    assert sorted(m.milestone.value for m in shipment.milestones) == sorted(
        ["booked", "picked_up", "departed_origin", "arrived_port", "customs_cleared"]
    )
    assert _level(session, owner, "CUP-1", "FBA-DE") == (0, 100)


def test_unknown_references_unmapped_codes_and_impossible_sequences_are_kept_and_reported(
    session: Session, owner: Member
) -> None:
    shipment = make_shipment(session, owner.actor, container="MSKU1234565")
    logistics_tracking.ingest_events(
        session,
        actor=owner.actor,
        events=[_event("D1", "DEPA", 10.0, ref="MSKU1234565")],
        channel="csv",
        now=NOW,
    )
    report = logistics_tracking.ingest_events(
        session,
        actor=owner.actor,
        events=[
            _event("X1", "DEPA", 3.0, ref="NOPE-999"),
            _event("X2", "ZZZ", 4.0, ref="MSKU1234565"),
            _event("X3", "DELIVERED", 5.0, ref="MSKU1234565"),  # before it departed (day 10)
        ],
        channel="csv",
        now=NOW,
    )
    assert dict(report.outcomes) == {"unmatched": 1, "unmapped": 1, "flagged": 1}
    assert [(n[0], n[1]) for n in report.notes] == [
        ("X1", "unmatched"),
        ("X2", "unmapped"),
        ("X3", "flagged"),
    ]
    assert "delivered at 2026-11-30 09:00 UTC is before departed_origin" in report.notes[2][2]
    assert shipment.status is Milestone.DEPARTED_ORIGIN
    stored = {
        e.event_id: e.outcome for e in logistics_tracking.list_events(session, actor=owner.actor)
    }
    assert stored == {"D1": "applied", "X1": "unmatched", "X2": "unmapped", "X3": "flagged"}
    kinds = [e.kind for e in logistics_eta.list_exceptions(session, actor=owner.actor)]
    assert ExceptionKind.IMPOSSIBLE_SEQUENCE in kinds


def test_a_malformed_batch_is_refused_whole(session: Session, owner: Member) -> None:
    make_shipment(session, owner.actor, transport_doc="MAEU123")
    naive = EventInput("N1", "MAERSK", "MAEU123", "DEPA", datetime(2026, 11, 27, 8, 0))  # noqa: DTZ001
    future = _event("F1", "ARRI", 400.0)
    with pytest.raises(ValidationFailed) as caught:
        logistics_tracking.ingest_events(
            session, actor=owner.actor, events=[JOURNEY[0], naive, future], channel="csv", now=NOW
        )
    assert [str(e) for e in caught.value.errors] == [
        "row 2, occurred_at: has no timezone; send an offset (2026-11-20T08:30:00+08:00) or Z "
        "(got '2026-11-27T08:00:00')",
        "row 3, occurred_at: is in the future (got '2027-12-30T09:00:00+00:00')",
    ]
    assert session.scalar(select(func.count()).select_from(TrackingEvent)) == 0


def test_booking_lists_every_problem_and_writes_nothing(session: Session, owner: Member) -> None:
    with pytest.raises(ValidationFailed) as caught:
        logistics.create_shipment(
            session,
            actor=owner.actor,
            code="bad code",
            origin="CN-NGB",
            destination="FBA-XX",
            incoterm=Incoterm.FOB,
            lines=[LineInput("CUP-9", 0, 1), LineInput("CUP-1", 10, 20)],
            legs=[
                LegInput(Mode.OCEAN, "CNNGB", "DEHAM", "MAERSK", AT, AT - timedelta(days=1)),
                LegInput(Mode.TRUCK, "NLRTM", "FBA-DE", "DHL"),
            ],
            now=AT,
        )
    assert [str(e) for e in caught.value.errors] == [
        "code: 2-40 upper-case letters, digits, '-' or '_' (got 'bad code')",
        "destination: unknown location (got 'FBA-XX')",
        "row 1, sku: unknown SKU (got 'CUP-9')",
        "row 1, quantity: 1 to 10,000,000 units (got '0')",
        "row 2, cartons: at least 1 and no more than the units (got '20')",
        "row 1, planned_arrival: is before the planned departure (got '2026-11-24T09:00:00+00:00')",
        "row 2, origin: must be where leg 1 ends (DEHAM) (got 'NLRTM')",
    ]
    assert logistics.list_shipments(session, actor=owner.actor) == []


def test_manual_milestones_follow_the_state_machine_and_viewers_cannot_write(
    session: Session, owner: Member
) -> None:
    make_shipment(session, owner.actor)
    with pytest.raises(InvalidTransition) as caught:
        logistics_milestones.record_milestone(
            session,
            actor=owner.actor,
            code="SHP-1",
            milestone=Milestone.DELIVERED,
            at=AT + timedelta(days=3),
            now=NOW,
        )
    assert caught.value.message == (
        "shipment SHP-1 is booked; next can be departed_origin, picked_up, not delivered"
    )
    viewer = make_member(session, session.get_one(Seller, owner.actor.seller_id), Role.VIEWER)
    with pytest.raises(PermissionDenied):
        logistics_milestones.record_milestone(
            session,
            actor=viewer.actor,
            code="SHP-1",
            milestone=Milestone.PICKED_UP,
            at=AT + timedelta(days=1),
            now=NOW,
        )
    shipment = logistics_milestones.record_milestone(
        session,
        actor=owner.actor,
        code="SHP-1",
        milestone=Milestone.PICKED_UP,
        at=AT + timedelta(days=1),
        now=NOW,
    )
    assert shipment.status is Milestone.PICKED_UP


def test_short_receipt_books_what_arrived_and_opens_an_exception(
    session: Session, owner: Member
) -> None:
    make_shipment(
        session, owner.actor, lines=(("CUP-1", 120, 12), ("CUP-2", 60, 6)), transport_doc="MAEU123"
    )
    logistics_tracking.ingest_events(
        session, actor=owner.actor, events=JOURNEY[:5], channel="csv", now=NOW
    )
    shipment = logistics_milestones.receive_shipment(
        session,
        actor=owner.actor,
        code="SHP-1",
        received={"CUP-1": 114, "CUP-2": 60},
        at=AT + timedelta(days=35),
        now=NOW,
    )
    assert shipment.status is Milestone.RECEIVED_AT_FC
    assert _level(session, owner, "CUP-1", "FBA-DE") == (114, 0)
    assert _level(session, owner, "CUP-2", "FBA-DE") == (60, 0)
    [short] = logistics_eta.list_exceptions(session, actor=owner.actor)
    assert short.kind is ExceptionKind.SHORT_RECEIPT
    assert short.message == "6 units short at the FC: CUP-1 114/120"
    assert short.evidence == {
        "lines": [{"sku": "CUP-1", "shipped": 120, "received": 114}],
        "missing_units": 6,
    }


def test_late_departure_and_customs_dwell_open_and_resolve(session: Session, owner: Member) -> None:
    make_shipment(session, owner.actor, transport_doc="MAEU123")
    logistics.scan(session, actor=owner.actor, now=AT + timedelta(days=6))
    [late] = logistics_eta.list_exceptions(session, actor=owner.actor)
    assert (late.kind, late.evidence["days_late"]) == (ExceptionKind.LATE_DEPARTURE, 4.0)
    assert late.message == "not departed 4 days after the planned departure"
    logistics_tracking.ingest_events(
        session,
        actor=owner.actor,
        events=[_event("A", "DEPA", 3.0), _event("B", "ARRI", 30.0), _event("C", "INSP", 30.5)],
        channel="csv",
        now=AT + timedelta(days=36),
    )
    open_kinds = {e.kind for e in logistics_eta.list_exceptions(session, actor=owner.actor)}
    # departed one day late: inside the two-day grace, so the late-departure exception resolves
    assert open_kinds == {ExceptionKind.CUSTOMS_DWELL}
    resolved = session.scalars(
        select(ShipmentException.kind).where(ShipmentException.status == "resolved")
    ).all()
    assert resolved == [ExceptionKind.LATE_DEPARTURE]


def test_eta_comes_from_lane_history_and_a_slip_past_the_need_date_is_an_exception(
    session: Session, owner: Member
) -> None:
    for i, days in enumerate((28, 30, 31, 33, 35)):
        make_shipment(
            session,
            owner.actor,
            f"OLD-{i}",
            departs=AT - timedelta(days=80),
            transport_doc=f"OLD{i}",
            lines=(("CUP-2", 10, 1),),
        )
        logistics_tracking.ingest_events(
            session,
            actor=owner.actor,
            events=[
                _event(f"O{i}a", "DEPA", -80, ref=f"OLD{i}"),
                _event(f"O{i}b", "ARRI", -80 + days, ref=f"OLD{i}"),
            ],
            channel="csv",
            now=AT,
        )
    shipment = make_shipment(
        session,
        owner.actor,
        transport_doc="MAEU123",
        days=25,
        need_by=AT + timedelta(days=30),
    )
    leg = shipment.legs[0]
    assert leg.predicted_arrival == AT + timedelta(days=2 + 31)
    assert (leg.predicted_earliest, leg.predicted_latest) == (
        AT + timedelta(days=2 + 28.8),
        AT + timedelta(days=2 + 34.2),
    )
    assert shipment.eta_source == "lane+carrier"
    [late] = [
        e
        for e in logistics_eta.list_exceptions(session, actor=owner.actor)
        if e.shipment.code == "SHP-1"
    ]
    assert late.kind is ExceptionKind.LATE_FOR_NEED_DATE
    assert late.evidence["days_late"] == 3.0
    # 32 days at sea: only the slow tail of the history is left (33, 35)
    logistics_tracking.ingest_events(
        session,
        actor=owner.actor,
        events=[_event("N1", "DEPA", 2.0)],
        channel="csv",
        now=AT + timedelta(days=34),
    )
    assert shipment.legs[0].predicted_arrival == AT + timedelta(days=2 + 34)


def test_a_shipment_departing_without_stock_at_origin_is_flagged_not_half_moved(
    session: Session, owner: Member
) -> None:
    make_shipment(session, owner.actor, lines=(("CUP-1", 900, 90),), transport_doc="MAEU123")
    report = logistics_tracking.ingest_events(
        session, actor=owner.actor, events=[JOURNEY[1]], channel="csv", now=NOW
    )
    assert dict(report.outcomes) == {"flagged": 1}
    assert report.notes[0][2].startswith("stock could not leave CN-NGB")
    assert _level(session, owner, "CUP-1", "CN-NGB") == (500, 0)


def test_events_at_a_utc_offset_are_stored_in_utc(session: Session, owner: Member) -> None:
    shipment = make_shipment(session, owner.actor, transport_doc="MAEU123")
    shanghai = timezone(timedelta(hours=8))
    logistics_tracking.ingest_events(
        session,
        actor=owner.actor,
        events=[
            EventInput(
                "T1",
                "MAERSK",
                "MAEU123",
                "DEPA",
                datetime(2026, 11, 27, 17, 0, tzinfo=shanghai),
                "CNNGB",
            )
        ],
        channel="csv",
        now=NOW,
    )
    assert shipment.legs[0].actual_departure == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_the_scan_job_refreshes_every_sellers_shipments(
    session: Session, runtime: Runtime, owner: Member
) -> None:
    make_shipment(session, owner.actor)
    session.flush()
    tick = Scheduler(runtime, {"logistics.scan": "0 * * * *"}).tick()
    assert [(r.job, r.status, r.result) for r in tick.ran] == [
        ("logistics.scan", JobStatus.SUCCEEDED, {"shipments": {"ningvale": 1}})
    ]
    # the runtime's clock (2026-11-25 10:00 UTC) is before the planned departure: nothing late
    assert logistics_eta.list_exceptions(session, actor=owner.actor) == []


def test_a_consolidated_containers_events_move_every_shipment_in_it(
    session: Session, owner: Member
) -> None:
    first = make_shipment(session, owner.actor, "SHP-A", container="MSKU1111111")
    second = make_shipment(
        session, owner.actor, "SHP-B", container="MSKU1111111", lines=(("CUP-2", 40, 4),)
    )
    report = logistics_tracking.ingest_events(
        session,
        actor=owner.actor,
        events=[_event("C1", "DEPA", 2.0, ref="MSKU1111111")],
        channel="csv",
        now=NOW,
    )
    assert dict(report.outcomes) == {"applied": 1}
    assert report.notes == [("C1", "applied", "SHP-A: applied; SHP-B: applied")]
    assert (first.status, second.status) == (Milestone.DEPARTED_ORIGIN, Milestone.DEPARTED_ORIGIN)
    assert _level(session, owner, "CUP-1", "FBA-DE") == (0, 100)
    assert _level(session, owner, "CUP-2", "FBA-DE") == (0, 40)
