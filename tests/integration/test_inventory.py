"""Inventory services: locations, the ledger, reservations, the pool, stock-out days, promises."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from globalsell.core.actor import Role
from globalsell.core.audit import AuditEntry
from globalsell.core.errors import (
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from globalsell.inventory import pool, reservations, service
from globalsell.inventory.domain import (
    DeliveryPromise,
    LocationKind,
    MoveLine,
    MoveReason,
    PoolPosition,
    PoolTotal,
    ReservationStatus,
)
from globalsell.inventory.models import StockLevel, StockMove
from tests.factories import (
    AT,
    Member,
    make_location,
    make_member,
    make_product,
    make_seller,
    receive_stock,
)


def _world(session: Session) -> Member:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    make_location(session, owner.actor, "FBA-US", LocationKind.FC, "US", marketplace="US")
    return owner


def _counts(session: Session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count(StockMove.id))) or 0,
        session.scalar(select(func.sum(StockLevel.on_hand))) or 0,
    )


def test_receive_transfer_and_arrival_show_in_positions_and_the_pool(session: Session) -> None:
    owner = _world(session)
    receive_stock(session, owner.actor, "CUP-1", "CN-NGB", 500)
    service.transfer(
        session,
        actor=owner.actor,
        sku="CUP-1",
        from_location="CN-NGB",
        to_location="FBA-DE",
        quantity=120,
        reference="SHIP-7",
        now=AT,
    )
    service.transfer(
        session,
        actor=owner.actor,
        sku="CUP-1",
        from_location="CN-NGB",
        to_location="FBA-US",
        quantity=80,
        reference="SHIP-8",
        now=AT,
    )
    service.receive_transfer(
        session,
        actor=owner.actor,
        sku="CUP-1",
        location="FBA-DE",
        quantity=100,
        reference="SHIP-7",
        now=AT,
    )

    positions = service.pool_positions(session, seller_id=owner.actor.seller_id, skus=None)

    assert positions == [
        PoolPosition("CUP-1", "CN-NGB", LocationKind.ORIGIN_HUB, "CN", 300, 0, 0),
        PoolPosition("CUP-1", "FBA-DE", LocationKind.FC, "DE", 100, 0, 20),
        PoolPosition("CUP-1", "FBA-US", LocationKind.FC, "US", 0, 0, 80),
    ]
    [entry] = pool.pool_view(session, actor=owner.actor)
    assert entry.total == PoolTotal(
        "CUP-1",
        on_hand=400,
        reserved=0,
        inbound=100,
        available=400,
        at_hub=300,
        in_transit=0,
        locations=3,
    )
    ledger = [
        (m.reason.value, m.bucket.value, m.quantity, code)
        for m, code in reversed(service.list_moves(session, actor=owner.actor, sku="CUP-1"))
    ]
    assert ledger == [
        ("received", "on_hand", 500, "CN-NGB"),
        ("transfer_out", "on_hand", -120, "CN-NGB"),
        ("transfer_dispatched", "inbound", 120, "FBA-DE"),
        ("transfer_out", "on_hand", -80, "CN-NGB"),
        ("transfer_dispatched", "inbound", 80, "FBA-US"),
        ("transfer_in", "inbound", -100, "FBA-DE"),
        ("transfer_in", "on_hand", 100, "FBA-DE"),
    ]


def test_a_batch_that_would_go_below_zero_writes_nothing(session: Session) -> None:
    owner = _world(session)
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 5)
    before = _counts(session)
    audits = session.scalar(select(func.count(AuditEntry.id)))

    with pytest.raises(ValidationFailed) as caught:
        service.post_moves(
            session,
            actor=owner.actor,
            moves=[
                MoveLine("CUP-1", "FBA-DE", 10, MoveReason.RECEIVED),
                MoveLine("CUP-1", "FBA-DE", -16, MoveReason.DAMAGED),
            ],
            now=AT,
        )

    assert [str(e) for e in caught.value.errors] == [
        "row 2, quantity: CUP-1 at FBA-DE: would take on hand below zero (15 on hand) (got '-16')"
    ]
    assert _counts(session) == before
    assert session.scalar(select(func.count(AuditEntry.id))) == audits


def test_unknown_sku_location_and_wrong_sign_are_listed_by_row(session: Session) -> None:
    owner = _world(session)
    before = _counts(session)

    with pytest.raises(ValidationFailed) as caught:
        service.post_moves(
            session,
            actor=owner.actor,
            moves=[
                MoveLine("CUP-1", "FBA-DE", 3, MoveReason.RECEIVED),
                MoveLine("NOPE-9", "FBA-DE", 3, MoveReason.RECEIVED),
                MoveLine("CUP-1", "FBA-XX", 3, MoveReason.RECEIVED),
                MoveLine("CUP-1", "FBA-DE", 3, MoveReason.SOLD),
                MoveLine("CUP-1", "FBA-DE", 0, MoveReason.COUNTED),
            ],
            now=AT,
        )

    assert sorted(str(e) for e in caught.value.errors) == [
        "row 2, sku: unknown SKU (got 'NOPE-9')",
        "row 3, location: unknown location (got 'FBA-XX')",
        "row 4, quantity: must be negative for reason sold (got '3')",
        "row 5, quantity: must not be 0 (got '0')",
    ]
    assert _counts(session) == before


def test_another_seller_cannot_see_or_move_the_stock(session: Session) -> None:
    owner = _world(session)
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 5)
    stranger = make_member(session, make_seller(session))
    before = _counts(session)

    with pytest.raises(NotFound):
        service.get_location(session, actor=stranger.actor, code="FBA-DE")
    assert service.pool_positions(session, seller_id=stranger.actor.seller_id, skus=None) == []
    with pytest.raises(ValidationFailed) as caught:
        service.post_moves(
            session,
            actor=stranger.actor,
            moves=[MoveLine("CUP-1", "FBA-DE", -1, MoveReason.DAMAGED)],
            now=AT,
        )
    assert sorted(e.field for e in caught.value.errors) == ["location", "sku"]
    assert _counts(session) == before


def test_viewer_write_is_denied(session: Session) -> None:
    seller = make_seller(session)
    owner = make_member(session, seller)
    viewer = make_member(session, seller, Role.VIEWER)
    make_product(session, owner.actor, sku="CUP-1")
    make_location(session, owner.actor, "FBA-DE")
    before = _counts(session)

    with pytest.raises(PermissionDenied):
        receive_stock(session, viewer.actor, "CUP-1", "FBA-DE", 5)
    with pytest.raises(PermissionDenied):
        make_location(session, viewer.actor, "FBA-FR", country="FR")

    assert _counts(session) == before


def test_reservations_hold_fulfil_and_release(session: Session) -> None:
    owner = _world(session)
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 5)

    first = reservations.reserve(
        session,
        actor=owner.actor,
        sku="CUP-1",
        location="FBA-DE",
        quantity=3,
        reference="302-1",
        now=AT,
    )
    with pytest.raises(Conflict) as caught:
        reservations.reserve(
            session,
            actor=owner.actor,
            sku="CUP-1",
            location="FBA-DE",
            quantity=3,
            reference="302-2",
            now=AT,
        )
    assert caught.value.message == "only 2 unit(s) of CUP-1 available at FBA-DE; 3 requested"
    with pytest.raises(ValidationFailed) as below:
        service.post_moves(
            session,
            actor=owner.actor,
            moves=[MoveLine("CUP-1", "FBA-DE", -3, MoveReason.DAMAGED)],
            now=AT,
        )
    assert below.value.errors[0].message == (
        "CUP-1 at FBA-DE: would leave 2 on hand, below the 3 units reserved for orders"
    )
    second = reservations.reserve(
        session,
        actor=owner.actor,
        sku="CUP-1",
        location="FBA-DE",
        quantity=2,
        reference="302-3",
        now=AT,
    )
    reservations.fulfil_reservation(session, actor=owner.actor, reservation_id=first.id, now=AT)
    reservations.release_reservation(session, actor=owner.actor, reservation_id=second.id, now=AT)

    assert (first.status, second.status) == (
        ReservationStatus.FULFILLED,
        ReservationStatus.RELEASED,
    )
    assert service.pool_positions(session, seller_id=owner.actor.seller_id, skus=["CUP-1"]) == [
        PoolPosition("CUP-1", "FBA-DE", LocationKind.FC, "DE", 2, 0, 0)
    ]
    with pytest.raises(InvalidTransition):
        reservations.release_reservation(
            session, actor=owner.actor, reservation_id=first.id, now=AT
        )
    sold = service.list_moves(session, actor=owner.actor, sku="CUP-1")[0][0]
    assert (sold.reason, sold.quantity, sold.reference) == (MoveReason.SOLD, -3, "302-1")


def test_stockout_days_come_from_the_ledger_and_reservations(session: Session) -> None:
    owner = _world(session)

    def at(day: int, hour: int) -> datetime:
        return datetime(2026, 11, day, hour, tzinfo=UTC)

    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 2, at=at(1, 9))
    service.post_moves(
        session,
        actor=owner.actor,
        moves=[
            MoveLine("CUP-1", "FBA-DE", -2, MoveReason.SOLD, at=at(4, 12)),
            MoveLine("CUP-1", "FBA-DE", 4, MoveReason.RECEIVED, at=at(6, 10)),
        ],
        now=AT,
    )

    days = pool.stockout_days(
        session,
        seller_id=owner.actor.seller_id,
        sku="CUP-1",
        location_code="FBA-DE",
        start=date(2026, 11, 2),
        end=date(2026, 11, 8),
    )

    assert days == [date(2026, 11, 4), date(2026, 11, 5), date(2026, 11, 6)]
    assert pool.stockout_days(
        session,
        seller_id=owner.actor.seller_id,
        sku="CUP-1",
        location_code="FBA-US",
        start=date(2026, 11, 2),
        end=date(2026, 11, 3),
    ) == [date(2026, 11, 2), date(2026, 11, 3)]
    with pytest.raises(NotFound):
        pool.stockout_days(
            session,
            seller_id=owner.actor.seller_id,
            sku="CUP-1",
            location_code="NOWHERE",
            start=date(2026, 11, 2),
            end=date(2026, 11, 3),
        )


def test_delivery_promise_follows_the_stock_position(session: Session) -> None:
    owner = _world(session)
    make_location(
        session, owner.actor, "FBA-UK", LocationKind.FC, "GB", marketplace="UK", same_day=True
    )
    make_product(session, owner.actor, sku="CUP-2")
    make_product(session, owner.actor, sku="CUP-3")
    receive_stock(session, owner.actor, "CUP-1", "FBA-DE", 5)
    receive_stock(session, owner.actor, "CUP-1", "FBA-UK", 5)
    receive_stock(session, owner.actor, "CUP-2", "CN-NGB", 5)

    promises = pool.delivery_promises(
        session,
        actor=owner.actor,
        skus=["CUP-1", "CUP-2", "CUP-3"],
        stores=["DE", "FR", "UK", "JP"],
    )

    assert promises == [
        ("CUP-1", "DE", DeliveryPromise.NEXT_DAY),
        ("CUP-1", "FR", DeliveryPromise.TWO_TO_FIVE_DAYS),
        ("CUP-1", "JP", DeliveryPromise.UNAVAILABLE),
        ("CUP-1", "UK", DeliveryPromise.SAME_DAY),
        ("CUP-2", "DE", DeliveryPromise.SHIPS_FROM_HUB),
        ("CUP-2", "FR", DeliveryPromise.SHIPS_FROM_HUB),
        ("CUP-2", "JP", DeliveryPromise.SHIPS_FROM_HUB),
        ("CUP-2", "UK", DeliveryPromise.SHIPS_FROM_HUB),
        ("CUP-3", "DE", DeliveryPromise.UNAVAILABLE),
        ("CUP-3", "FR", DeliveryPromise.UNAVAILABLE),
        ("CUP-3", "JP", DeliveryPromise.UNAVAILABLE),
        ("CUP-3", "UK", DeliveryPromise.UNAVAILABLE),
    ]


def test_location_rules(session: Session) -> None:
    owner = _world(session)
    with pytest.raises(Conflict):
        make_location(session, owner.actor, "FBA-DE")
    with pytest.raises(ValidationFailed) as hub:
        make_location(
            session, owner.actor, "HUB-2", LocationKind.ORIGIN_HUB, "CN", marketplace="DE"
        )
    assert hub.value.field == "marketplace"
    with pytest.raises(ValidationFailed) as code:
        make_location(session, owner.actor, "fba de")
    assert code.value.field == "code"
    assert [loc.code for loc in service.list_locations(session, actor=owner.actor)] == [
        "CN-NGB",
        "FBA-DE",
        "FBA-US",
    ]
