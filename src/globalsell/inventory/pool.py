"""The global pool read as a seller sees it: per SKU the world total and its positions, the days
a SKU was out of stock at a location (censored demand), and the fastest delivery the stock
supports per store. Read-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.core.actor import Actor
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.core.marketplaces import marketplaces
from globalsell.inventory import domain
from globalsell.inventory.domain import Bucket, DeliveryPromise, PoolPosition
from globalsell.inventory.models import Location, Reservation, StockMove
from globalsell.inventory.service import find_location, pool_positions


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
    location = find_location(session, seller_id=seller_id, code=location_code)
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
