"""Inventory use cases: keyword-only, scoped to one seller, flush and never commit.

Concurrency rule (ADR 0026): a reservation is one conditional UPDATE
(`reserved = reserved + n WHERE on_hand - reserved >= n`), so two writers can never both take
the last unit; a batch of moves locks its stock rows in primary-key order (`SELECT ... FOR
UPDATE`) before it checks them. The CHECK constraints on `stock_levels` are the last line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, cast

from sqlalchemy import CursorResult, Table, select, update
from sqlalchemy.orm import Session

from globalsell.catalog.models import Product, Variant
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    Conflict,
    FieldError,
    InvalidTransition,
    NotFound,
    ValidationFailed,
)
from globalsell.core.marketplaces import marketplaces
from globalsell.inventory import domain
from globalsell.inventory.domain import (
    Balance,
    Bucket,
    DeliveryPromise,
    LocationKind,
    MoveLine,
    MoveReason,
    PoolPosition,
    ReservationStatus,
)
from globalsell.inventory.models import Location, Reservation, StockLevel, StockMove

_KIND_ORDER = {
    LocationKind.ORIGIN_HUB: 0,
    LocationKind.WAREHOUSE: 1,
    LocationKind.IN_TRANSIT: 2,
    LocationKind.FC: 3,
}

# ---------------------------------------------------------------- locations


def create_location(
    session: Session,
    *,
    actor: Actor,
    code: str,
    name: str,
    kind: LocationKind,
    country: str,
    marketplace: str | None = None,
    same_day: bool = False,
    now: datetime,
) -> Location:
    """Add a place that holds stock (origin hub, warehouse, fulfilment centre, in transit)."""
    actor.require(Role.OPERATOR, "adding locations")
    if not domain.LOCATION_CODE.match(code):
        raise ValidationFailed(
            "a location code is 2-30 upper-case letters, digits, '-' or '_'", field="code"
        )
    if len(country) != 2 or not country.isalpha() or not country.isupper():
        raise ValidationFailed("country is an ISO 3166 alpha-2 code such as GB", field="country")
    store = None
    if marketplace is not None:
        store = marketplaces().get(marketplace).code
    if store is not None and kind is not LocationKind.FC:
        raise ValidationFailed("only a fulfilment centre serves a store", field="marketplace")
    if same_day and kind is not LocationKind.FC:
        raise ValidationFailed("only a fulfilment centre ships same day", field="same_day")
    if _location(session, seller_id=actor.seller_id, code=code) is not None:
        raise Conflict(f"location {code!r} exists already", field="code")
    location = Location(
        seller_id=actor.seller_id,
        code=code,
        name=name.strip(),
        kind=kind,
        country=country,
        marketplace=store,
        same_day=same_day,
        created_at=ensure_aware(now),
    )
    session.add(location)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="inventory.location.created",
        subject_type="location",
        subject_id=code,
        data={
            "name": location.name,
            "kind": kind.value,
            "country": country,
            "marketplace": store,
            "same_day": same_day,
        },
        now=now,
    )
    return location


def list_locations(session: Session, *, actor: Actor) -> list[Location]:
    """The seller's locations: hubs first, then warehouses, in transit, fulfilment centres."""
    rows = session.scalars(select(Location).where(Location.seller_id == actor.seller_id))
    return sorted(rows, key=lambda loc: (_KIND_ORDER[loc.kind], loc.code))


def get_location(session: Session, *, actor: Actor, code: str) -> Location:
    """One location; another seller's code is 'not found'."""
    location = _location(session, seller_id=actor.seller_id, code=code)
    if location is None:
        raise NotFound(f"location {code!r} not found", field="location")
    return location


def _location(session: Session, *, seller_id: int, code: str) -> Location | None:
    return session.scalar(
        select(Location).where(Location.seller_id == seller_id, Location.code == code)
    )


def store_locations(session: Session, *, seller_id: int) -> dict[str, str]:
    """Store code -> the code of the fulfilment centre that fulfils (and reserves for) its
    orders: the FC named for the store, else the first FC by code in the store's country.
    Stores with no such FC are absent. Read-only; forecasting maps sales to stock with it."""
    centres = list(
        session.scalars(
            select(Location)
            .where(Location.seller_id == seller_id, Location.kind == LocationKind.FC)
            .order_by(Location.code)
        )
    )
    chosen: dict[str, str] = {}
    for store in marketplaces().items:
        named = [c for c in centres if c.marketplace == store.code]
        local = [c for c in centres if c.country == store.country]
        if named or local:
            chosen[store.code] = (named or local)[0].code
    return chosen


def known_skus(session: Session, *, seller_id: int, skus: set[str]) -> set[str]:
    """Which of `skus` are products or variants in the seller's catalogue."""
    if not skus:
        return set()
    found = set(
        session.scalars(
            select(Product.sku).where(Product.seller_id == seller_id, Product.sku.in_(skus))
        )
    )
    found.update(
        session.scalars(
            select(Variant.sku).where(Variant.seller_id == seller_id, Variant.sku.in_(skus))
        )
    )
    return found


# ---------------------------------------------------------------- ledger


def post_moves(
    session: Session, *, actor: Actor, moves: Sequence[MoveLine], now: datetime
) -> list[StockMove]:
    """Post a batch of stock moves, all or nothing: every move is checked (known SKU and
    location, sign of its reason, never below zero or below what is reserved) before any is
    written; any problem raises ValidationFailed listing each move by its 1-based position."""
    actor.require(Role.OPERATOR, "moving stock")
    at_now = ensure_aware(now)
    if not moves:
        raise ValidationFailed("no moves given", field="moves")
    if len(moves) > domain.MAX_MOVES_PER_BATCH:
        raise ValidationFailed(
            f"{len(moves)} moves; the limit is {domain.MAX_MOVES_PER_BATCH}", field="moves"
        )
    errors: list[FieldError] = []
    for index, move in enumerate(moves):
        errors.extend(domain.check_move(index, move))
        if move.at is not None and move.at.year < domain.EARLIEST_MOVE_YEAR:
            errors.append(FieldError("at", f"is before {domain.EARLIEST_MOVE_YEAR}", row=index + 1))
        elif move.at is not None and ensure_aware(move.at) > at_now:
            errors.append(FieldError("at", "is in the future", row=index + 1))
    locations = {
        loc.code: loc
        for loc in session.scalars(
            select(Location).where(
                Location.seller_id == actor.seller_id,
                Location.code.in_({m.location_code for m in moves}),
            )
        )
    }
    skus = known_skus(session, seller_id=actor.seller_id, skus={m.sku for m in moves})
    for index, move in enumerate(moves):
        if move.location_code not in locations:
            errors.append(
                FieldError("location", "unknown location", row=index + 1, value=move.location_code)
            )
        if move.sku not in skus:
            errors.append(FieldError("sku", "unknown SKU", row=index + 1, value=move.sku))
    if errors:
        raise ValidationFailed(f"{len(errors)} problem(s); no move was posted", errors=errors)
    keys = {(m.sku, locations[m.location_code].id) for m in moves}
    levels = _lock_levels(session, seller_id=actor.seller_id, keys=keys)
    balances = {
        key: Balance(level.on_hand, level.reserved, level.inbound)
        if (level := levels.get(key))
        else Balance(0, 0, 0)
        for key in keys
    }
    order = sorted(range(len(moves)), key=lambda i: (ensure_aware(moves[i].at or at_now), i))
    ledger: list[tuple[int, MoveLine, Bucket, int]] = []
    for index in order:
        move = moves[index]
        key = (move.sku, locations[move.location_code].id)
        bucket, _ = domain.REASON_RULES[move.reason]
        steps = [(bucket, move.quantity)]
        if move.reason in domain.CONSUMES_INBOUND:
            steps.insert(0, (Bucket.INBOUND, -move.quantity))
        for step_bucket, quantity in steps:
            problem = domain.apply_to_balance(balances[key], step_bucket, quantity)
            if problem is not None:
                errors.append(
                    FieldError(
                        "quantity",
                        f"{move.sku} at {move.location_code}: {problem}",
                        row=index + 1,
                        value=str(move.quantity),
                    )
                )
                break
            ledger.append((index, move, step_bucket, quantity))
    if errors:
        errors.sort(key=lambda e: e.row or 0)
        raise ValidationFailed(f"{len(errors)} problem(s); no move was posted", errors=errors)
    for key, balance in balances.items():
        level = levels.get(key)
        if level is None:
            level = StockLevel(
                seller_id=actor.seller_id,
                sku=key[0],
                location_id=key[1],
                on_hand=0,
                reserved=0,
                inbound=0,
                updated_at=at_now,
            )
            session.add(level)
        level.on_hand = balance.on_hand
        level.inbound = balance.inbound
        level.updated_at = at_now
    written = [
        StockMove(
            seller_id=actor.seller_id,
            sku=move.sku,
            location_id=locations[move.location_code].id,
            bucket=bucket,
            quantity=quantity,
            reason=move.reason,
            reference=move.reference,
            note=move.note,
            actor=actor.name,
            at=ensure_aware(move.at or at_now),
            recorded_at=at_now,
        )
        for _, move, bucket, quantity in sorted(ledger, key=lambda item: item[0])
    ]
    session.add_all(written)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="inventory.stock.moved",
        subject_type="stock",
        subject_id=moves[0].sku if len({m.sku for m in moves}) == 1 else "batch",
        data={
            "moves": len(moves),
            "units_in": sum(m.quantity for m in moves if m.quantity > 0),
            "units_out": -sum(m.quantity for m in moves if m.quantity < 0),
            "skus": sorted({m.sku for m in moves})[:50],
            "reasons": sorted({m.reason.value for m in moves}),
        },
        now=now,
    )
    return written


def _lock_levels(
    session: Session, *, seller_id: int, keys: set[tuple[str, int]]
) -> dict[tuple[str, int], StockLevel]:
    """The stock rows for (sku, location id) pairs, locked in primary-key order and re-read."""
    skus = {sku for sku, _ in keys}
    location_ids = {loc for _, loc in keys}
    rows = session.scalars(
        select(StockLevel)
        .where(
            StockLevel.seller_id == seller_id,
            StockLevel.sku.in_(skus),
            StockLevel.location_id.in_(location_ids),
        )
        .order_by(StockLevel.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {(r.sku, r.location_id): r for r in rows if (r.sku, r.location_id) in keys}


def transfer(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    from_location: str,
    to_location: str,
    quantity: int,
    reference: str | None,
    now: datetime,
) -> list[StockMove]:
    """Dispatch goods from one location to another: on hand leaves the origin and becomes
    inbound at the destination, until `receive_transfer` books it on hand there."""
    if from_location == to_location:
        raise ValidationFailed("a transfer needs two different locations", field="to_location")
    if quantity <= 0:
        raise ValidationFailed("a transfer moves a positive quantity", field="quantity")
    return post_moves(
        session,
        actor=actor,
        moves=[
            MoveLine(sku, from_location, -quantity, MoveReason.TRANSFER_OUT, reference),
            MoveLine(sku, to_location, quantity, MoveReason.TRANSFER_DISPATCHED, reference),
        ],
        now=now,
    )


def receive_transfer(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    location: str,
    quantity: int,
    reference: str | None,
    now: datetime,
) -> list[StockMove]:
    """Book inbound goods as arrived: inbound down, on hand up by the same quantity."""
    return post_moves(
        session,
        actor=actor,
        moves=[MoveLine(sku, location, quantity, MoveReason.TRANSFER_IN, reference)],
        now=now,
    )


def list_moves(
    session: Session,
    *,
    actor: Actor,
    sku: str | None = None,
    location: str | None = None,
    limit: int = 200,
) -> list[tuple[StockMove, str]]:
    """The ledger, newest first, with each move's location code."""
    query = (
        select(StockMove, Location.code)
        .join(Location, Location.id == StockMove.location_id)
        .where(StockMove.seller_id == actor.seller_id)
    )
    if sku is not None:
        query = query.where(StockMove.sku == sku)
    if location is not None:
        query = query.where(Location.code == location)
    query = query.order_by(StockMove.at.desc(), StockMove.id.desc()).limit(limit)
    return [(move, code) for move, code in session.execute(query)]


# ---------------------------------------------------------------- reservations


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
    level = _lock_levels(
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


# ---------------------------------------------------------------- positions and the pool


def pool_positions(
    session: Session, *, seller_id: int, skus: list[str] | None
) -> list[PoolPosition]:
    """Every stock row of the seller (or of `skus`): on hand, reserved and inbound per SKU x
    location, sorted by SKU, then hub / warehouse / in transit / FC, then location code.
    Read-only; used by forecasting and planning as the current stock position."""
    query = (
        select(StockLevel, Location)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.seller_id == seller_id)
    )
    if skus is not None:
        query = query.where(StockLevel.sku.in_(skus))
    positions = [
        PoolPosition(
            sku=level.sku,
            location_code=loc.code,
            location_kind=loc.kind,
            country=loc.country,
            on_hand=level.on_hand,
            reserved=level.reserved,
            inbound=level.inbound,
        )
        for level, loc in session.execute(query)
    ]
    positions.sort(key=lambda p: (p.sku, _KIND_ORDER[p.location_kind], p.location_code))
    return positions


@dataclass(frozen=True, slots=True)
class PoolEntry:
    """One SKU's world total with the positions it sums."""

    total: domain.PoolTotal
    positions: list[PoolPosition]


def pool_view(session: Session, *, actor: Actor, skus: list[str] | None = None) -> list[PoolEntry]:
    """The pool: per SKU, the world total and every location holding or expecting it."""
    positions = pool_positions(session, seller_id=actor.seller_id, skus=skus)
    by_sku: dict[str, list[PoolPosition]] = {}
    for p in positions:
        by_sku.setdefault(p.sku, []).append(p)
    return [PoolEntry(total, by_sku[total.sku]) for total in domain.pool_totals(positions)]


def stockout_days(
    session: Session,
    *,
    seller_id: int,
    sku: str,
    location_code: str,
    start: date,
    end: date,
) -> list[date]:
    """UTC days in [start, end] on which `sku` had 0 available at `location_code` at some
    moment (from the ledger and the reservations); demand on those days is censored.
    An unknown location raises NotFound; a SKU never stocked there is out every day."""
    if end < start:
        raise ValidationFailed("end is before start", field="end")
    location = _location(session, seller_id=seller_id, code=location_code)
    if location is None:
        raise NotFound(f"location {location_code!r} not found", field="location")
    opening_at = datetime.combine(start, time(0), tzinfo=UTC)
    moves = session.execute(
        select(StockMove.at, StockMove.quantity).where(
            StockMove.seller_id == seller_id,
            StockMove.sku == sku,
            StockMove.location_id == location.id,
            StockMove.bucket == Bucket.ON_HAND,
        )
    ).all()
    held = session.execute(
        select(Reservation.created_at, Reservation.closed_at, Reservation.quantity).where(
            Reservation.seller_id == seller_id,
            Reservation.sku == sku,
            Reservation.location_id == location.id,
        )
    ).all()
    changes: list[tuple[datetime, int]] = [(at, qty) for at, qty in moves]
    changes += [(created, -qty) for created, _, qty in held]
    changes += [(closed, qty) for _, closed, qty in held if closed is not None]
    opening = sum(qty for at, qty in changes if at < opening_at)
    later = [(at, qty) for at, qty in changes if at >= opening_at]
    return domain.stockout_calendar(opening=opening, changes=later, start=start, end=end)


def delivery_promises(
    session: Session, *, actor: Actor, skus: list[str] | None, stores: list[str]
) -> list[tuple[str, str, DeliveryPromise]]:
    """For each SKU x store, the fastest delivery the current stock supports."""
    positions = pool_positions(session, seller_id=actor.seller_id, skus=skus)
    same_day = frozenset(
        session.scalars(
            select(Location.code).where(
                Location.seller_id == actor.seller_id, Location.same_day.is_(True)
            )
        )
    )
    by_sku: dict[str, list[PoolPosition]] = {}
    for p in positions:
        by_sku.setdefault(p.sku, []).append(p)
    wanted = sorted(set(skus)) if skus is not None else sorted(by_sku)
    out: list[tuple[str, str, DeliveryPromise]] = []
    for store_code in stores:
        store = marketplaces().get(store_code)
        if store.country is None:
            raise ValidationFailed(f"store {store.code} has no country", field="store")
        for sku in wanted:
            promise = domain.promise_for(
                by_sku.get(sku, []),
                country=store.country,
                region_countries=domain.neighbours(store.country),
                same_day_locations=same_day,
            )
            out.append((sku, store.code, promise))
    out.sort(key=lambda row: (row[0], row[1]))
    return out
