"""Inventory use cases: keyword-only, scoped to one seller, flush and never commit.

Concurrency rule (ADR 0026): a reservation is one conditional UPDATE
(`reserved = reserved + n WHERE on_hand - reserved >= n`), so two writers can never both take
the last unit; a batch of moves locks its stock rows in primary-key order (`SELECT ... FOR
UPDATE`) before it checks them. The CHECK constraints on `stock_levels` are the last line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.catalog.models import Product, Variant
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    Conflict,
    FieldError,
    NotFound,
    ValidationFailed,
)
from globalsell.core.marketplaces import marketplaces
from globalsell.inventory import domain
from globalsell.inventory.domain import (
    Balance,
    Bucket,
    LocationKind,
    MoveLine,
    MoveReason,
    PoolPosition,
)
from globalsell.inventory.models import Location, StockLevel, StockMove

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
    if find_location(session, seller_id=actor.seller_id, code=code) is not None:
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
    location = find_location(session, seller_id=actor.seller_id, code=code)
    if location is None:
        raise NotFound(f"location {code!r} not found", field="location")
    return location


def find_location(session: Session, *, seller_id: int, code: str) -> Location | None:
    """One location of the seller, or None."""
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
    levels = lock_levels(session, seller_id=actor.seller_id, keys=keys)
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


def lock_levels(
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
