"""Locations, the stock ledger, reservations, the pool and delivery promises."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from globalsell.api.deps import ActorDep, NowDep, SessionDep
from globalsell.inventory import pool as stock_pool
from globalsell.inventory import reservations, service
from globalsell.inventory.domain import MoveLine
from globalsell.inventory.models import Location, Reservation, StockMove
from globalsell.inventory.schemas import (
    CODE_PATTERN,
    SKU_PATTERN,
    LocationCreate,
    LocationRead,
    MoveRead,
    MovesCreate,
    PoolRead,
    PositionRead,
    PromiseRead,
    ReservationCreate,
    ReservationRead,
    TransferCreate,
)

router = APIRouter(tags=["inventory"])
SkuQuery = Annotated[list[str] | None, Query(max_length=500)]
ReservationPath = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _reservation(reservation: Reservation) -> ReservationRead:
    return ReservationRead(
        id=reservation.id,
        sku=reservation.sku,
        location=reservation.location.code,
        quantity=reservation.quantity,
        reference=reservation.reference,
        status=reservation.status,
        created_at=reservation.created_at,
        closed_at=reservation.closed_at,
    )


def _move(move: StockMove, code: str) -> MoveRead:
    return MoveRead(
        id=move.id,
        sku=move.sku,
        location=code,
        bucket=move.bucket.value,
        quantity=move.quantity,
        reason=move.reason,
        reference=move.reference,
        note=move.note,
        actor=move.actor,
        at=move.at,
    )


def _written(session: SessionDep, actor: ActorDep, moves: list[StockMove]) -> list[MoveRead]:
    codes = {loc.id: loc.code for loc in service.list_locations(session, actor=actor)}
    return [_move(m, codes[m.location_id]) for m in moves]


@router.get("/locations", response_model=list[LocationRead])
def list_locations(session: SessionDep, actor: ActorDep) -> list[Location]:
    """Your locations: origin hubs, warehouses, in transit, fulfilment centres."""
    return service.list_locations(session, actor=actor)


@router.post("/locations", response_model=LocationRead, status_code=status.HTTP_201_CREATED)
def create_location(
    body: LocationCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> Location:
    """Add a location (operator)."""
    return service.create_location(session, actor=actor, now=now, **body.model_dump())


@router.get("/inventory/pool", response_model=list[PoolRead])
def pool(session: SessionDep, actor: ActorDep, sku: SkuQuery = None) -> list[PoolRead]:
    """Per SKU: the world total (on hand, reserved, inbound, available) and every location."""
    return [
        PoolRead(
            sku=entry.total.sku,
            on_hand=entry.total.on_hand,
            reserved=entry.total.reserved,
            inbound=entry.total.inbound,
            available=entry.total.available,
            at_hub=entry.total.at_hub,
            in_transit=entry.total.in_transit,
            positions=[
                PositionRead(
                    sku=p.sku,
                    location=p.location_code,
                    kind=p.location_kind,
                    country=p.country,
                    on_hand=p.on_hand,
                    reserved=p.reserved,
                    inbound=p.inbound,
                    available=p.available,
                )
                for p in entry.positions
            ],
        )
        for entry in stock_pool.pool_view(session, actor=actor, skus=sku)
    ]


@router.get("/inventory/moves", response_model=list[MoveRead])
def list_moves(
    session: SessionDep,
    actor: ActorDep,
    sku: Annotated[str | None, Query(pattern=SKU_PATTERN)] = None,
    location: Annotated[str | None, Query(pattern=CODE_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 200,
) -> list[MoveRead]:
    """The stock ledger, newest first."""
    return [
        _move(m, code)
        for m, code in service.list_moves(
            session, actor=actor, sku=sku, location=location, limit=limit
        )
    ]


@router.post("/inventory/moves", response_model=list[MoveRead], status_code=201)
def post_moves(
    body: MovesCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> list[MoveRead]:
    """Post stock moves, all or nothing: a move below zero, an unknown SKU or location, or a
    quantity signed against its reason answers 422 listing each move, and nothing is written."""
    lines = [
        MoveLine(m.sku, m.location, m.quantity, m.reason, m.reference, m.note, m.at)
        for m in body.moves
    ]
    written = service.post_moves(session, actor=actor, moves=lines, now=now)
    return _written(session, actor, written)


@router.post("/inventory/transfers", response_model=list[MoveRead], status_code=201)
def transfer(
    body: TransferCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> list[MoveRead]:
    """Dispatch goods: on hand leaves the origin, inbound grows at the destination."""
    written = service.transfer(session, actor=actor, now=now, **body.model_dump())
    return _written(session, actor, written)


@router.get("/inventory/reservations", response_model=list[ReservationRead])
def list_reservations(
    session: SessionDep,
    actor: ActorDep,
    reference: Annotated[str | None, Query(max_length=120)] = None,
    active: bool = False,
) -> list[ReservationRead]:
    """Reservations, newest first."""
    return [
        _reservation(r)
        for r in reservations.list_reservations(
            session, actor=actor, reference=reference, active_only=active
        )
    ]


@router.post("/inventory/reservations", response_model=ReservationRead, status_code=201)
def reserve(
    body: ReservationCreate, session: SessionDep, actor: ActorDep, now: NowDep
) -> ReservationRead:
    """Hold available units for an order; 409 when fewer are available (never oversold)."""
    reservation = reservations.reserve(session, actor=actor, now=now, **body.model_dump())
    return _reservation(reservation)


@router.post("/inventory/reservations/{reservation_id}/fulfil", response_model=ReservationRead)
def fulfil(
    reservation_id: ReservationPath, session: SessionDep, actor: ActorDep, now: NowDep
) -> ReservationRead:
    """The units shipped: on hand and reserved go down (a `sold` move)."""
    reservation = reservations.fulfil_reservation(
        session, actor=actor, reservation_id=reservation_id, now=now
    )
    return _reservation(reservation)


@router.post("/inventory/reservations/{reservation_id}/release", response_model=ReservationRead)
def release(
    reservation_id: ReservationPath, session: SessionDep, actor: ActorDep, now: NowDep
) -> ReservationRead:
    """The order no longer needs the units: reserved goes down."""
    reservation = reservations.release_reservation(
        session, actor=actor, reservation_id=reservation_id, now=now
    )
    return _reservation(reservation)


@router.get("/inventory/promises", response_model=list[PromiseRead])
def promises(
    session: SessionDep,
    actor: ActorDep,
    store: Annotated[list[str], Query(min_length=1, max_length=30)],
    sku: SkuQuery = None,
) -> list[PromiseRead]:
    """Per SKU x store: same day, next day, 2-5 days, ships from hub, or unavailable."""
    return [
        PromiseRead(sku=s, store=code, promise=promise)
        for s, code, promise in stock_pool.delivery_promises(
            session, actor=actor, skus=sku, stores=store
        )
    ]
