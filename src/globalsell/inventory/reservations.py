"""Reservations: units held for an order (one conditional UPDATE, so two writers never both
take the last unit; ADR 0026), then shipped (`fulfil`) or given back (`release`). Keyword-only,
scoped to one seller, flush and never commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Table, select, update
from sqlalchemy.orm import Session

from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from globalsell.inventory import domain
from globalsell.inventory.domain import Bucket, MoveReason, ReservationStatus
from globalsell.inventory.models import Reservation, StockLevel, StockMove
from globalsell.inventory.service import get_location, known_skus, lock_levels


def reserve(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    location: str,
    quantity: int,
    reference: str,
    now: datetime,
) -> Reservation:
    """Hold `quantity` available units for an order; Conflict when fewer are available.
    One conditional UPDATE, so concurrent writers never oversell (ADR 0026)."""
    actor.require(Role.OPERATOR, "reserving stock")
    if quantity <= 0:
        raise ValidationFailed("reserve a positive quantity", field="quantity")
    place = get_location(session, actor=actor, code=location)
    at = ensure_aware(now)
    table = cast(Table, StockLevel.__table__)
    result = cast(
        "CursorResult[Any]",
        session.execute(
            update(table)
            .where(
                table.c.seller_id == actor.seller_id,
                table.c.sku == sku,
                table.c.location_id == place.id,
                table.c.on_hand - table.c.reserved >= quantity,
            )
            .values(reserved=table.c.reserved + quantity, updated_at=at)
        ),
    )
    if result.rowcount != 1:
        if not known_skus(session, seller_id=actor.seller_id, skus={sku}):
            raise NotFound(f"SKU {sku!r} not found", field="sku")
        available = session.scalar(
            select(StockLevel.on_hand - StockLevel.reserved).where(
                StockLevel.seller_id == actor.seller_id,
                StockLevel.sku == sku,
                StockLevel.location_id == place.id,
            )
        )
        raise Conflict(
            f"only {available or 0} unit(s) of {sku} available at {location}; {quantity} requested",
            field="quantity",
        )
    _expire_level(session, seller_id=actor.seller_id, sku=sku, location_id=place.id)
    reservation = Reservation(
        seller_id=actor.seller_id,
        sku=sku,
        location_id=place.id,
        quantity=quantity,
        reference=reference,
        status=ReservationStatus.ACTIVE,
        created_at=at,
        closed_at=None,
    )
    session.add(reservation)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="inventory.reservation.created",
        subject_type="reservation",
        subject_id=reservation.id,
        data={"sku": sku, "location": location, "quantity": quantity, "reference": reference},
        now=now,
    )
    return reservation


def _expire_level(session: Session, *, seller_id: int, sku: str, location_id: int) -> None:
    """Forget a stock row the session holds after a core UPDATE changed it underneath."""
    for obj in list(session.identity_map.values()):
        if (
            isinstance(obj, StockLevel)
            and obj.seller_id == seller_id
            and obj.sku == sku
            and obj.location_id == location_id
        ):
            session.expire(obj)


def get_reservation(session: Session, *, actor: Actor, reservation_id: int) -> Reservation:
    """One reservation of the actor's seller."""
    reservation = session.scalar(
        select(Reservation).where(
            Reservation.seller_id == actor.seller_id, Reservation.id == reservation_id
        )
    )
    if reservation is None:
        raise NotFound(f"reservation {reservation_id} not found", field="reservation")
    return reservation


def list_reservations(
    session: Session, *, actor: Actor, reference: str | None = None, active_only: bool = False
) -> list[Reservation]:
    """Reservations, newest first, optionally for one reference (an order id)."""
    query = select(Reservation).where(Reservation.seller_id == actor.seller_id)
    if reference is not None:
        query = query.where(Reservation.reference == reference)
    if active_only:
        query = query.where(Reservation.status == ReservationStatus.ACTIVE)
    return list(session.scalars(query.order_by(Reservation.id.desc())))


def fulfil_reservation(
    session: Session, *, actor: Actor, reservation_id: int, now: datetime
) -> Reservation:
    """The reserved units were shipped: on hand and reserved both go down (a `sold` move)."""
    return _close(session, actor=actor, reservation_id=reservation_id, shipped=True, now=now)


def release_reservation(
    session: Session, *, actor: Actor, reservation_id: int, now: datetime
) -> Reservation:
    """The order no longer needs the units (cancelled): reserved goes down, on hand stays."""
    return _close(session, actor=actor, reservation_id=reservation_id, shipped=False, now=now)


def _close(
    session: Session, *, actor: Actor, reservation_id: int, shipped: bool, now: datetime
) -> Reservation:
    actor.require(Role.OPERATOR, "closing reservations")
    at = ensure_aware(now)
    reservation = session.scalar(
        select(Reservation)
        .where(Reservation.seller_id == actor.seller_id, Reservation.id == reservation_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if reservation is None:
        raise NotFound(f"reservation {reservation_id} not found", field="reservation")
    target = ReservationStatus.FULFILLED if shipped else ReservationStatus.RELEASED
    if target not in domain.RESERVATION_TRANSITIONS[reservation.status]:
        raise InvalidTransition(
            f"reservation {reservation_id} is {reservation.status}; it cannot become {target}",
            field="status",
        )
    level = lock_levels(
        session,
        seller_id=actor.seller_id,
        keys={(reservation.sku, reservation.location_id)},
    )[(reservation.sku, reservation.location_id)]
    level.reserved -= reservation.quantity
    if shipped:
        level.on_hand -= reservation.quantity
        session.add(
            StockMove(
                seller_id=actor.seller_id,
                sku=reservation.sku,
                location_id=reservation.location_id,
                bucket=Bucket.ON_HAND,
                quantity=-reservation.quantity,
                reason=MoveReason.SOLD,
                reference=reservation.reference,
                note=None,
                actor=actor.name,
                at=at,
                recorded_at=at,
            )
        )
    level.updated_at = at
    reservation.status = target
    reservation.closed_at = at
    session.flush()
    audit.record(
        session,
        actor=actor,
        action=f"inventory.reservation.{target.value}",
        subject_type="reservation",
        subject_id=reservation.id,
        data={
            "sku": reservation.sku,
            "quantity": reservation.quantity,
            "reference": reservation.reference,
        },
        now=now,
    )
    return reservation
