"""Pure inventory rules: location kinds, move reasons, stock positions, the pool view, the
delivery promise a stock position supports, and the stock-out calendar from a ledger.

No Session, no I/O: everything here works on plain values so that forecasting, planning and the
simulator can reuse it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from globalsell.core.errors import FieldError

LOCATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_\-]{1,29}$")
MAX_MOVE_QUANTITY = 10_000_000
MAX_MOVES_PER_BATCH = 100_000
MAX_UNITS = 1_000_000_000  # per SKU x location and bucket: fits a 32-bit column with room
EARLIEST_MOVE_YEAR = 2000


class LocationKind(StrEnum):
    ORIGIN_HUB = "origin_hub"  # the seller's warehouse near the factory (Ningbo)
    WAREHOUSE = "warehouse"  # any other own or 3PL warehouse (a regional pool, AWD)
    FC = "fc"  # a marketplace fulfilment centre serving one store's country
    IN_TRANSIT = "in_transit"  # goods on a vessel, plane or truck, counted as a place


class Bucket(StrEnum):
    """Which quantity a move changes: goods on the shelf, or goods on their way to the place."""

    ON_HAND = "on_hand"
    INBOUND = "inbound"


class MoveReason(StrEnum):
    RECEIVED = "received"  # goods arrive from a supplier or factory (on hand +)
    TRANSFER_OUT = "transfer_out"  # goods leave for another location (on hand -)
    TRANSFER_DISPATCHED = "transfer_dispatched"  # goods on their way here (inbound +)
    TRANSFER_IN = "transfer_in"  # goods on their way here arrived (inbound -, on hand +)
    SOLD = "sold"  # shipped to a customer (on hand -)
    RETURNED = "returned"  # customer return put back to stock (on hand +)
    DAMAGED = "damaged"  # written off (on hand -)
    COUNTED = "counted"  # stock count correction (on hand + or -)
    CANCELLED = "cancelled"  # an inbound shipment that will not arrive (inbound -)


# Which sign each reason may carry, and on which bucket.
REASON_RULES: dict[MoveReason, tuple[Bucket, int]] = {
    MoveReason.RECEIVED: (Bucket.ON_HAND, +1),
    MoveReason.TRANSFER_OUT: (Bucket.ON_HAND, -1),
    MoveReason.TRANSFER_DISPATCHED: (Bucket.INBOUND, +1),
    MoveReason.TRANSFER_IN: (Bucket.ON_HAND, +1),  # and inbound - the same quantity
    MoveReason.SOLD: (Bucket.ON_HAND, -1),
    MoveReason.RETURNED: (Bucket.ON_HAND, +1),
    MoveReason.DAMAGED: (Bucket.ON_HAND, -1),
    MoveReason.COUNTED: (Bucket.ON_HAND, 0),
    MoveReason.CANCELLED: (Bucket.INBOUND, -1),
}


# Reasons whose units were counted as inbound before they arrive on hand.
CONSUMES_INBOUND = frozenset({MoveReason.TRANSFER_IN})


class ReservationStatus(StrEnum):
    ACTIVE = "active"
    FULFILLED = "fulfilled"
    RELEASED = "released"


RESERVATION_TRANSITIONS: dict[ReservationStatus, frozenset[ReservationStatus]] = {
    ReservationStatus.ACTIVE: frozenset({ReservationStatus.FULFILLED, ReservationStatus.RELEASED}),
    ReservationStatus.FULFILLED: frozenset(),
    ReservationStatus.RELEASED: frozenset(),
}


class DeliveryPromise(StrEnum):
    """What a store can promise a buyer, best first."""

    SAME_DAY = "same_day"
    NEXT_DAY = "next_day"
    TWO_TO_FIVE_DAYS = "two_to_five_days"
    SHIPS_FROM_HUB = "ships_from_hub"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True, slots=True)
class PoolPosition:
    """One SKU at one location: on hand, reserved for orders, and inbound (on its way)."""

    sku: str
    location_code: str
    location_kind: LocationKind
    country: str
    on_hand: int
    reserved: int
    inbound: int

    @property
    def available(self) -> int:
        """On hand and not reserved: what a new order can take."""
        return self.on_hand - self.reserved


@dataclass(frozen=True, slots=True)
class PoolTotal:
    """One SKU summed over the world, with the part held at origin hubs and in transit."""

    sku: str
    on_hand: int
    reserved: int
    inbound: int
    available: int
    at_hub: int
    in_transit: int
    locations: int


def pool_totals(positions: Iterable[PoolPosition]) -> list[PoolTotal]:
    """Sum positions per SKU (sorted by SKU). Inbound is counted once, at its destination."""
    sums: dict[str, list[int]] = {}
    for p in positions:
        s = sums.setdefault(p.sku, [0, 0, 0, 0, 0, 0, 0])
        s[0] += p.on_hand
        s[1] += p.reserved
        s[2] += p.inbound
        s[3] += p.available
        s[4] += p.on_hand if p.location_kind is LocationKind.ORIGIN_HUB else 0
        s[5] += p.on_hand if p.location_kind is LocationKind.IN_TRANSIT else 0
        s[6] += 1
    return [PoolTotal(sku, *values) for sku, values in sorted(sums.items())]


@dataclass(frozen=True, slots=True)
class MoveLine:
    """One requested change to a bucket of one SKU at one location (signed quantity)."""

    sku: str
    location_code: str
    quantity: int
    reason: MoveReason
    reference: str | None = None
    note: str | None = None
    at: datetime | None = None


def check_move(index: int, move: MoveLine) -> list[FieldError]:
    """Shape rules of one move: quantity non-zero and signed as its reason demands."""
    errors: list[FieldError] = []
    row = index + 1
    if move.quantity == 0:
        errors.append(FieldError("quantity", "must not be 0", row=row, value="0"))
    elif abs(move.quantity) > MAX_MOVE_QUANTITY:
        errors.append(
            FieldError(
                "quantity", f"at most {MAX_MOVE_QUANTITY} units", row=row, value=str(move.quantity)
            )
        )
    _, sign = REASON_RULES[move.reason]
    if sign and move.quantity and (move.quantity > 0) != (sign > 0):
        word = "positive" if sign > 0 else "negative"
        errors.append(
            FieldError(
                "quantity",
                f"must be {word} for reason {move.reason.value}",
                row=row,
                value=str(move.quantity),
            )
        )
    return errors


@dataclass(slots=True)
class Balance:
    """Running quantities of one SKU at one location while a batch is checked."""

    on_hand: int
    reserved: int
    inbound: int
    touched: bool = field(default=False)


def apply_to_balance(balance: Balance, bucket: Bucket, quantity: int) -> str | None:
    """Apply a signed quantity to a balance; the reason it is refused, or None when it fits."""
    if bucket is Bucket.ON_HAND:
        after = balance.on_hand + quantity
        if after > MAX_UNITS:
            return f"would hold more than {MAX_UNITS} units"
        if after < balance.reserved:
            if balance.reserved:
                return (
                    f"would leave {after} on hand, below the {balance.reserved} units "
                    "reserved for orders"
                )
            return f"would take on hand below zero ({balance.on_hand} on hand)"
        balance.on_hand = after
    else:
        after = balance.inbound + quantity
        if after > MAX_UNITS:
            return f"would expect more than {MAX_UNITS} units"
        if after < 0:
            return f"would take inbound below zero ({balance.inbound} inbound)"
        balance.inbound = after
    balance.touched = True
    return None


# Countries whose fulfilment centres serve each other's buyers in a few days: Amazon's Pan-European
# FBA covers DE, FR, IT, ES, NL, PL, SE, BE and IE (the UK left it in 2021); North America Remote
# Fulfillment ships US stock to buyers in Canada and Mexico (treated here as symmetric). Public
# programme descriptions on sellercentral.amazon.com / sell.amazon.com.
CROSS_BORDER_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"DE", "FR", "IT", "ES", "NL", "PL", "SE", "BE", "IE"}),
    frozenset({"US", "CA", "MX"}),
)


def neighbours(country: str) -> frozenset[str]:
    """Countries whose stock can reach a buyer in `country` in 2-5 days (itself excluded)."""
    for group in CROSS_BORDER_GROUPS:
        if country in group:
            return group - {country}
    return frozenset()


def promise_for(
    positions: Sequence[PoolPosition],
    *,
    country: str,
    region_countries: frozenset[str],
    same_day_locations: frozenset[str] = frozenset(),
) -> DeliveryPromise:
    """The fastest promise the stock supports for a store in `country`:
    same day from a same-day FC in the country, next day from any FC or warehouse in the
    country, 2-5 days from stock elsewhere in the store's region (EU cross-border, NA), ships
    from hub when only an origin hub holds it, unavailable otherwise. Available = on hand -
    reserved; inbound and in-transit stock promise nothing yet."""
    best = DeliveryPromise.UNAVAILABLE
    order = list(DeliveryPromise)
    for p in positions:
        if p.available <= 0 or p.location_kind is LocationKind.IN_TRANSIT:
            continue
        if p.location_kind is LocationKind.ORIGIN_HUB:
            found = DeliveryPromise.SHIPS_FROM_HUB
        elif p.country == country:
            found = (
                DeliveryPromise.SAME_DAY
                if p.location_code in same_day_locations
                else DeliveryPromise.NEXT_DAY
            )
        elif p.country in region_countries:
            found = DeliveryPromise.TWO_TO_FIVE_DAYS
        else:
            continue
        if order.index(found) < order.index(best):
            best = found
    return best


def stockout_calendar(
    *,
    opening: int,
    changes: Sequence[tuple[datetime, int]],
    start: date,
    end: date,
) -> list[date]:
    """Days in [start, end] on which the available quantity was 0 at some moment.

    `opening` is the available quantity at the start of `start` (00:00 UTC); `changes` are
    signed changes of the available quantity (on-hand moves and reservation changes) with
    their UTC time, in any order. A day counts as out of stock when it opened at 0 or below,
    or when any change during the day left 0 or below: demand seen on that day is censored."""
    by_day: dict[date, list[tuple[datetime, int]]] = {}
    for at, delta in changes:
        by_day.setdefault(at.date(), []).append((at, delta))
    days: list[date] = []
    level = opening
    day = start
    while day <= end:
        out = level <= 0
        for _, delta in sorted(by_day.get(day, []), key=lambda c: c[0]):
            level += delta
            if level <= 0:
                out = True
        if out:
            days.append(day)
        day += timedelta(days=1)
    return days
