"""Two forwarder feeds deliver the same departure at the same moment, each in its own
transaction and connection, on PostgreSQL: the stock leaves the hub once (ADR 0058). Deliveries
under other event ids (`repeat`) and the same ids (`duplicate`) are both covered. SQLite
serialises writers, so the race cannot happen there and the test is skipped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine

from globalsell.accounts import service as accounts
from globalsell.accounts.models import Seller
from globalsell.catalog import service as catalog
from globalsell.catalog.schemas import ProductCreate
from globalsell.core.actor import Actor, Role
from globalsell.db.session import make_engine, make_session_factory, unit_of_work
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.inventory.models import StockLevel, StockMove
from globalsell.logistics import service as logistics
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.domain import EventInput, Incoterm, LegInput, LineInput, Mode
from globalsell.logistics.models import TrackingEvent

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
FEEDS = 8

pytestmark = pytest.mark.postgres


@pytest.fixture
def booked(engine: Engine) -> Iterator[Actor]:
    if engine.dialect.name != "postgresql":
        pytest.skip("needs PostgreSQL (GLOBALSELL_TEST_DATABASE_URL)")
    factory = make_session_factory(engine)
    with unit_of_work(factory) as session:
        seller = accounts.create_seller(session, name="Feeds", slug="feed-race", by="t", now=AT)
        actor = Actor(name="test", seller_id=seller.id, role=Role.OWNER)
        catalog.create_product(
            session, actor=actor, data=ProductCreate(sku="RACE-1", title="Race cup"), now=AT
        )
        for code, kind, country in (
            ("CN-NGB", LocationKind.ORIGIN_HUB, "CN"),
            ("FBA-DE", LocationKind.FC, "DE"),
        ):
            inventory.create_location(
                session, actor=actor, code=code, name=code, kind=kind, country=country, now=AT
            )
        inventory.post_moves(
            session,
            actor=actor,
            moves=[MoveLine("RACE-1", "CN-NGB", 1000, MoveReason.RECEIVED)],
            now=AT,
        )
        logistics.create_shipment(
            session,
            actor=actor,
            code="SHP-RACE",
            origin="CN-NGB",
            destination="FBA-DE",
            incoterm=Incoterm.FOB,
            lines=[LineInput("RACE-1", 100, 10)],
            legs=[LegInput(Mode.OCEAN, "CNNGB", "DEHAM", "MAERSK")],
            transport_doc="MAEU-RACE",
            now=AT,
        )
    yield actor
    with unit_of_work(factory) as session:
        session.execute(delete(Seller).where(Seller.id == actor.seller_id))


@pytest.mark.parametrize("same_ids", [False, True])
def test_concurrent_feeds_move_the_stock_once(
    engine: Engine, booked: Actor, same_ids: bool
) -> None:
    wide = make_engine(engine.url.render_as_string(hide_password=False), pool_size=FEEDS)
    factory = make_session_factory(wide)
    barrier = threading.Barrier(FEEDS)
    failures: list[str] = []

    def feed(n: int) -> None:
        event_id = "DEPA-1" if same_ids else f"DEPA-{n}"
        event = EventInput(
            event_id, "MAERSK", "MAEU-RACE", "DEPA", AT - timedelta(hours=1), "CNNGB"
        )
        try:
            with unit_of_work(factory) as session:
                # take the shipment lock only after every feed has its transaction open
                barrier.wait(timeout=30)
                logistics_tracking.ingest_events(
                    session, actor=booked, events=[event], channel="webhook", now=AT
                )
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            failures.append(type(exc).__name__)

    threads = [threading.Thread(target=feed, args=(n,)) for n in range(FEEDS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    wide.dispose()
    with unit_of_work(make_session_factory(engine)) as session:
        moves = session.scalar(
            select(func.count())
            .select_from(StockMove)
            .where(StockMove.seller_id == booked.seller_id, StockMove.reason != MoveReason.RECEIVED)
        )
        hub = session.scalars(
            select(StockLevel.on_hand).where(
                StockLevel.seller_id == booked.seller_id, StockLevel.inbound == 0
            )
        ).all()
    assert failures == []
    assert moves == 2  # transfer_out at the hub + transfer_dispatched at the FC, once
    assert hub == [900]


def test_concurrent_deliveries_of_an_unknown_reference_store_it_once(
    engine: Engine, booked: Actor
) -> None:
    wide = make_engine(engine.url.render_as_string(hide_password=False), pool_size=FEEDS)
    factory = make_session_factory(wide)
    barrier = threading.Barrier(FEEDS)
    failures: list[str] = []
    event = EventInput("GHOST-1", "MAERSK", "NO-SUCH-BL", "DEPA", AT - timedelta(hours=1), "CNNGB")
    outcomes: list[dict[str, int]] = []

    def feed() -> None:
        try:
            with unit_of_work(factory) as session:
                barrier.wait(timeout=30)
                report = logistics_tracking.ingest_events(
                    session, actor=booked, events=[event], channel="webhook", now=AT
                )
                outcomes.append({str(k): v for k, v in report.outcomes.items()})
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            failures.append(type(exc).__name__)

    threads = [threading.Thread(target=feed) for _ in range(FEEDS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    wide.dispose()
    with unit_of_work(make_session_factory(engine)) as session:
        stored = session.scalars(
            select(TrackingEvent.outcome).where(TrackingEvent.seller_id == booked.seller_id)
        ).all()
    assert failures == []
    assert stored == ["unmatched"]
    assert sorted(o.get("unmatched", 0) for o in outcomes) == [0] * (FEEDS - 1) + [1]
