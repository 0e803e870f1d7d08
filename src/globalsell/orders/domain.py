"""Pure order rules: statuses and their transitions, the column map of Seller Central order
reports (tab-separated "All Orders" flat files) and CSV, row parsing, grouping rows into orders,
and the daily-sales shape that forecasting reads."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from globalsell.core.errors import FieldError, InvalidTransition
from globalsell.core.marketplaces import Marketplace

MAX_ROWS = 200_000
MAX_LINE_QUANTITY = 100_000
ORDER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,49}$")
SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$")


class OrderStatus(StrEnum):
    PENDING = "pending"  # payment not yet authorised; Amazon does not reserve stock for it yet
    UNSHIPPED = "unshipped"  # paid, waiting to ship
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


ALLOWED_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.PENDING: frozenset(
        {OrderStatus.UNSHIPPED, OrderStatus.SHIPPED, OrderStatus.CANCELLED}
    ),
    OrderStatus.UNSHIPPED: frozenset({OrderStatus.SHIPPED, OrderStatus.CANCELLED}),
    OrderStatus.SHIPPED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

# Statuses whose lines hold stock (reserved) until shipped or cancelled.
OPEN_STATUSES = frozenset({OrderStatus.PENDING, OrderStatus.UNSHIPPED})


def check_transition(current: OrderStatus, target: OrderStatus) -> None:
    """Refuse any status change the map does not allow."""
    if target not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransition(f"an order that is {current} cannot become {target}")


# Status words in Amazon order reports (and common CSV spellings) -> status.
STATUS_WORDS: dict[str, OrderStatus] = {
    "pending": OrderStatus.PENDING,
    "pendingavailability": OrderStatus.PENDING,
    "unshipped": OrderStatus.UNSHIPPED,
    "partiallyshipped": OrderStatus.UNSHIPPED,
    "shipping": OrderStatus.UNSHIPPED,
    "shipped": OrderStatus.SHIPPED,
    "complete": OrderStatus.SHIPPED,
    "invoiceunconfirmed": OrderStatus.SHIPPED,
    "cancelled": OrderStatus.CANCELLED,
    "canceled": OrderStatus.CANCELLED,
}

# Column names of the "All Orders" flat file (amazon-order-id, purchase-date, order-status,
# sales-channel, sku, quantity, currency, item-price...) and of a plain CSV, compared folded.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "order_id": ("amazon-order-id", "order-id", "order_id", "orderid", "order id"),
    "purchased_at": ("purchase-date", "purchase_date", "purchased_at", "date", "order date"),
    "status": ("order-status", "order_status", "status"),
    "channel": ("sales-channel", "sales_channel", "marketplace", "store"),
    "sku": ("sku", "seller-sku", "seller_sku"),
    "quantity": ("quantity", "quantity-purchased", "qty", "units"),
    "item_price": ("item-price", "item_price", "price"),
    "currency": ("currency",),
    "fulfilment": ("fulfillment-channel", "fulfilment-channel", "fulfillment_channel"),
}
REQUIRED = ("order_id", "purchased_at", "status", "channel", "sku", "quantity")


def _fold(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", text).strip().lower())


_ALIASES = {_fold(alias): canon for canon, names in HEADER_ALIASES.items() for alias in names}


@dataclass(frozen=True, slots=True)
class HeaderMap:
    columns: dict[int, str]  # cell index -> canonical column


def map_headers(headers: list[str]) -> tuple[HeaderMap, list[FieldError]]:
    """Map report headers to canonical columns; unknown columns are ignored (the All Orders
    report has about 30), missing required ones and repeats are errors."""
    columns: dict[int, str] = {}
    errors: list[FieldError] = []
    seen: dict[str, str] = {}
    for index, header in enumerate(headers):
        canon = _ALIASES.get(_fold(header))
        if canon is None:
            continue
        if canon in seen:
            errors.append(
                FieldError(canon, f"two columns for {canon}: {seen[canon]!r} and {header!r}", row=1)
            )
            continue
        seen[canon] = header
        columns[index] = canon
    for canon in REQUIRED:
        if canon not in seen:
            errors.append(FieldError(canon, f"missing column ({HEADER_ALIASES[canon][0]})", row=1))
    return HeaderMap(columns), errors


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One line of an order report (one SKU of one order)."""

    row: int
    order_id: str
    purchased_at: datetime
    status: OrderStatus
    marketplace: str
    sku: str
    quantity: int
    item_price: Decimal | None
    currency: str | None
    fulfilment: str | None


def channel_lookup(stores: tuple[Marketplace, ...]) -> dict[str, str]:
    """Folded sales-channel names, domains, codes and marketplace ids -> store code."""
    lookup: dict[str, str] = {}
    for store in stores:
        for name in (store.name, store.domain, store.code, store.marketplace_id):
            if name:
                lookup[name.strip().lower()] = store.code
    lookup["gb"] = "UK"
    return lookup


def parse_purchase_date(text: str) -> datetime:
    """ISO 8601 with a UTC offset (`2026-03-01T14:05:09+00:00`, `...Z`); naive is refused."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("needs a UTC offset such as +00:00")
    if not 2000 <= value.year <= 2100:
        raise ValueError("outside 2000-2100")
    return value.astimezone(UTC)


def parse_row(
    number: int, values: dict[str, str], *, channels: dict[str, str]
) -> tuple[OrderRow | None, list[FieldError]]:
    """Check one report row; the parsed line, or the errors naming row and column."""
    errors: list[FieldError] = []

    def err(column: str, message: str, value: str | None = None) -> None:
        errors.append(FieldError(column, message, row=number, value=value))

    order_id = values.get("order_id", "").strip()
    if not ORDER_ID.match(order_id):
        err("order_id", "1-50 letters, digits, '-' or '_'", order_id)
    raw_date = values.get("purchased_at", "").strip()
    purchased_at: datetime | None = None
    try:
        purchased_at = parse_purchase_date(raw_date)
    except ValueError:
        err(
            "purchased_at", "an ISO 8601 time with offset, e.g. 2026-03-01T14:05:09+00:00", raw_date
        )
    raw_status = values.get("status", "").strip()
    status = STATUS_WORDS.get(_fold(raw_status))
    if status is None:
        err("status", "unknown order status", raw_status)
    raw_channel = values.get("channel", "").strip()
    marketplace = channels.get(raw_channel.lower())
    if marketplace is None:
        err("channel", "unknown sales channel", raw_channel)
    sku = values.get("sku", "").strip()
    if not SKU.match(sku):
        err("sku", "1-40 letters, digits, '.', '_' or '-'", sku)
    raw_qty = values.get("quantity", "").strip()
    quantity = 0
    if not raw_qty.isdigit() or not 0 < int(raw_qty) <= MAX_LINE_QUANTITY:
        err("quantity", f"a whole number from 1 to {MAX_LINE_QUANTITY}", raw_qty)
    else:
        quantity = int(raw_qty)
    raw_price = values.get("item_price", "").strip()
    price: Decimal | None = None
    if raw_price:
        try:
            price = Decimal(raw_price)
        except InvalidOperation:
            err("item_price", "not a number", raw_price)
        else:
            if not price.is_finite() or price < 0 or price.as_tuple().exponent < -6:  # type: ignore[operator]
                err("item_price", "a non-negative amount with at most 6 decimals", raw_price)
                price = None
    currency = values.get("currency", "").strip().upper() or None
    if currency is not None and not re.fullmatch(r"[A-Z]{3}", currency):
        err("currency", "an ISO 4217 code such as EUR", currency)
    if price is not None and currency is None:
        err("currency", "give the currency of the item price")
    fulfilment = values.get("fulfilment", "").strip() or None
    if errors or purchased_at is None or status is None or marketplace is None:
        return None, errors
    return (
        OrderRow(
            row=number,
            order_id=order_id,
            purchased_at=purchased_at,
            status=status,
            marketplace=marketplace,
            sku=sku,
            quantity=quantity,
            item_price=price,
            currency=currency,
            fulfilment=fulfilment,
        ),
        [],
    )


def group_orders(rows: list[OrderRow]) -> tuple[dict[str, list[OrderRow]], list[FieldError]]:
    """Rows with one order id are the lines of one order (a multi-item order): they must agree
    on time, status and store, and a SKU may appear once per order. Anything else is an error."""
    orders: dict[str, list[OrderRow]] = {}
    errors: list[FieldError] = []
    for row in rows:
        lines = orders.setdefault(row.order_id, [])
        if lines:
            first = lines[0]
            if (first.purchased_at, first.status, first.marketplace) != (
                row.purchased_at,
                row.status,
                row.marketplace,
            ):
                errors.append(
                    FieldError(
                        "order_id",
                        f"repeats order {row.order_id} of row {first.row} with a different "
                        "purchase date, status or sales channel",
                        row=row.row,
                        value=row.order_id,
                    )
                )
                continue
            if any(line.sku == row.sku for line in lines):
                errors.append(
                    FieldError(
                        "order_id",
                        f"duplicate line: order {row.order_id} already has {row.sku} "
                        f"(row {next(li.row for li in lines if li.sku == row.sku)})",
                        row=row.row,
                        value=row.order_id,
                    )
                )
                continue
        lines.append(row)
    return orders, errors


@dataclass(frozen=True, slots=True)
class DailySales:
    """Units of one SKU sold in one store on one UTC day (cancelled orders excluded)."""

    sku: str
    marketplace: str
    day: date
    units: int


@dataclass(frozen=True, slots=True)
class SalesTotal:
    """One SKU's sales in one store over a period, per currency the orders were paid in
    (cancelled orders excluded): units, distinct orders and revenue (the sum of the lines'
    item prices, which are line totals as in Amazon's order reports; `priced_units` of the
    units carried a price)."""

    sku: str
    marketplace: str
    currency: str | None
    units: int
    orders: int
    revenue: Decimal
    priced_units: int
