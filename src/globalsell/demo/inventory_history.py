"""The demo's global pool and a year of generated sales, so that forecasting and planning have
something to work on.

Everything here is synthetic and seeded (`SEED`); no number is a claim about real demand. The
process, per SKU x store, day by day over `DAYS` days that end yesterday (UTC):

- demand: Poisson with mean `base x store weight x weekly x yearly x noise`, where `base` is
  drawn once per SKU from [0.15, 2.0] units/day (small means give intermittent series with
  many zero days), the store weights are US 1.0, DE 0.6, UK 0.4, JP 0.3, the weekly factor is
  1.25 on Saturday and Sunday, the yearly factor is 1 + 0.35 cos(2 pi (day of year - 340) / 365)
  (a Q4 peak), and the noise is a Gamma(shape 4, scale 1/4) draw (mean 1) per day;
- stock: each FC opens with 30 days of mean demand; every 28 days a transfer leaves the Ningbo
  hub with an order-up-to quantity (70 days of mean demand minus what is on hand and inbound),
  scaled by a seeded factor in [0.5, 1.1] so some replenishments fall short, and arrives 35
  days later (ocean);
- sales = min(demand, stock on hand): demand while out of stock is lost and not recorded, so
  the history is censored exactly as a real one is, and `inventory.pool.stockout_days`
  finds those days from the ledger;
- every sold unit becomes a `Shipped` order line in an All Orders report that is imported
  through `orders.service.import_orders`; the day's units leave the FC as one `sold` move.
Finally a few `Unshipped` orders of today reserve stock at the FCs.

The same seed and the same `now` date give the same history, ledger and orders on every build
(tests/integration/test_plan_demo.py pins the totals). `demo.planning.plan_demo` then forecasts
this history and proposes the first plan (docs/adr/0056)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.catalog.models import Product, Variant
from globalsell.core.actor import Actor
from globalsell.inventory import pool
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.orders import service as orders

SEED = 20261125
DESIGN_WEEK = date(2026, 11, 23)  # a Monday: the week the demo's seasonality was drawn for
DAYS = 365
MAX_SKUS = 6
HUB = "CN-NGB"
LEAD_DAYS = 35
REVIEW_DAYS = 28
# code, name, kind, country, store served, same-day
LOCATIONS = (
    (HUB, "Ningbo origin hub (Beilun)", LocationKind.ORIGIN_HUB, "CN", None, False),
    ("FBA-US", "Amazon FC, United States", LocationKind.FC, "US", "US", False),
    ("FBA-DE", "Amazon FC, Germany", LocationKind.FC, "DE", "DE", True),
    ("FBA-UK", "Amazon FC, United Kingdom", LocationKind.FC, "GB", "UK", False),
    ("FBA-JP", "Amazon FC, Japan", LocationKind.FC, "JP", "JP", False),
    ("OCEAN-EU", "Ocean freight Ningbo - Hamburg", LocationKind.IN_TRANSIT, "CN", None, False),
)
STORES = {  # store -> (FC, weight, sales channel, currency, unit price)
    "US": ("FBA-US", 1.0, "Amazon.com", "USD", "24.99"),
    "DE": ("FBA-DE", 0.6, "Amazon.de", "EUR", "22.99"),
    "UK": ("FBA-UK", 0.4, "Amazon.co.uk", "GBP", "19.99"),
    "JP": ("FBA-JP", 0.3, "Amazon.co.jp", "JPY", "3280"),
}
HEADERS = [
    "amazon-order-id",
    "purchase-date",
    "order-status",
    "fulfillment-channel",
    "sales-channel",
    "sku",
    "quantity",
    "currency",
    "item-price",
]


@dataclass
class HistoryReport:
    skus: int
    locations: int
    days: int
    orders: int
    units_sold: int
    units_lost: int
    stockout_days: int
    reserved_lines: int


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method; fine for the small means used here."""
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def design_day(day: date, *, today: date) -> date:
    """The day of the design calendar whose weekly and yearly demand factors `day` gets: the
    demo is designed as of `DESIGN_WEEK` and every build lands on the design date of the same
    weekday, shifted by whole weeks. So a build on any date sees the same history (the same
    seeded draws, the same Monday-based weeks) relative to its today (docs/adr/0069)."""
    anchor = DESIGN_WEEK + timedelta(days=today.weekday())
    return day - (today - anchor)


def demo_skus(session: Session, *, seller_id: int) -> list[str]:
    """Buyable SKUs (variants, and products without variants): the first MAX_SKUS by SKU."""
    variants = set(session.scalars(select(Variant.sku).where(Variant.seller_id == seller_id)))
    parents = set(
        session.scalars(
            select(Product.sku)
            .join(Variant, Variant.product_id == Product.id)
            .where(Product.seller_id == seller_id)
        )
    )
    singles = set(session.scalars(select(Product.sku).where(Product.seller_id == seller_id)))
    return sorted(variants | (singles - parents))[:MAX_SKUS]


def seed_inventory(session: Session, *, actor: Actor, now: datetime) -> HistoryReport:
    """Locations, a year of ledger moves and shipped orders, and today's open orders."""
    rng = random.Random(SEED)
    for code, name, kind, country, store, same_day in LOCATIONS:
        inventory.create_location(
            session,
            actor=actor,
            code=code,
            name=name,
            kind=kind,
            country=country,
            marketplace=store,
            same_day=same_day,
            now=now,
        )
    skus = demo_skus(session, seller_id=actor.seller_id)
    first = now.date() - timedelta(days=DAYS)
    moves: list[MoveLine] = []
    rows: list[list[str]] = []
    sold_total = lost_total = 0
    serial = 0
    hub_moves: list[MoveLine] = []
    for sku in skus:
        base = rng.uniform(0.15, 2.0)
        for store, (fc, weight, channel, currency, price) in STORES.items():
            mean = base * weight
            on_hand = math.ceil(30 * mean) + 1
            pipeline: dict[date, int] = {}
            opening = datetime.combine(first, time(0), tzinfo=UTC)
            moves.append(MoveLine(sku, fc, on_hand, MoveReason.RECEIVED, "opening", at=opening))
            for offset in range(DAYS):
                day = first + timedelta(days=offset)
                arriving = pipeline.pop(day, 0)
                if arriving:
                    at = datetime.combine(day, time(6), tzinfo=UTC)
                    moves.append(
                        MoveLine(sku, fc, arriving, MoveReason.TRANSFER_IN, "ocean", at=at)
                    )
                    on_hand += arriving
                if offset % REVIEW_DAYS == 0:
                    target = 70 * mean - on_hand - sum(pipeline.values())
                    quantity = max(0, round(target * rng.uniform(0.5, 1.1)))
                    if quantity:
                        at = datetime.combine(day, time(2), tzinfo=UTC)
                        reference = f"SHIP-{fc}-{day:%Y%m%d}"
                        hub_moves.append(
                            MoveLine(sku, HUB, -quantity, MoveReason.TRANSFER_OUT, reference, at=at)
                        )
                        moves.append(
                            MoveLine(
                                sku, fc, quantity, MoveReason.TRANSFER_DISPATCHED, reference, at=at
                            )
                        )
                        pipeline[day + timedelta(days=LEAD_DAYS)] = quantity
                seasonal = design_day(day, today=now.date())
                weekly = 1.25 if seasonal.weekday() >= 5 else 1.0
                yearly = 1 + 0.35 * math.cos(
                    2 * math.pi * (seasonal.timetuple().tm_yday - 340) / 365
                )
                demand = _poisson(rng, mean * weekly * yearly * rng.gammavariate(4, 0.25))
                sold = min(demand, on_hand)
                lost_total += demand - sold
                if not sold:
                    continue
                on_hand -= sold
                sold_total += sold
                at = datetime.combine(day, time(23), tzinfo=UTC)
                moves.append(MoveLine(sku, fc, -sold, MoveReason.SOLD, f"orders {day}", at=at))
                left = sold
                while left:
                    units = min(left, rng.choice((1, 1, 1, 2)))
                    left -= units
                    serial += 1
                    minute = rng.randrange(0, 23 * 60)
                    placed = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=UTC)
                    amount = str(Decimal(price) * units)
                    rows.append(
                        [
                            f"D{serial:03d}-{serial * 7919 % 10_000_000:07d}-{store}",
                            placed.isoformat(),
                            "Shipped",
                            "Amazon",
                            channel,
                            sku,
                            str(units),
                            currency,
                            amount,
                        ]
                    )
    # The hub received production batches before the first transfer left, plus a reserve.
    batch_at = datetime.combine(first, time(0), tzinfo=UTC)
    for sku in skus:
        share = sum(-m.quantity for m in hub_moves if m.sku == sku) + 300
        moves.append(MoveLine(sku, HUB, share, MoveReason.RECEIVED, "PO-2025-001", at=batch_at))
    inventory.post_moves(session, actor=actor, moves=moves + hub_moves, now=now)
    orders.import_orders(
        session,
        actor=actor,
        table_headers=HEADERS,
        table_rows=rows,
        filename="demo_all_orders_last_365_days.txt",
        dry_run=False,
        now=now,
    )
    open_rows = [
        [
            f"OPEN-{i:03d}-{store}",
            (now - timedelta(hours=i + 1)).isoformat(),
            "Unshipped",
            "Amazon",
            STORES[store][2],
            skus[i % len(skus)],
            "1",
            STORES[store][3],
            STORES[store][4],
        ]
        for i, store in enumerate(("US", "DE", "UK", "US", "JP", "DE"))
    ]
    opened = orders.import_orders(
        session,
        actor=actor,
        table_headers=HEADERS,
        table_rows=open_rows,
        filename="demo_open_orders.txt",
        dry_run=False,
        now=now,
    )
    yesterday = now.date() - timedelta(days=1)
    out_days = sum(
        len(
            pool.stockout_days(
                session,
                seller_id=actor.seller_id,
                sku=sku,
                location_code=fc,
                start=first,
                end=yesterday,
            )
        )
        for sku in skus
        for fc, *_ in STORES.values()
    )
    return HistoryReport(
        skus=len(skus),
        locations=len(LOCATIONS),
        days=DAYS,
        orders=len({r[0] for r in rows}) + len(open_rows),
        units_sold=sold_total,
        units_lost=lost_total,
        stockout_days=out_days,
        reserved_lines=opened.lines_reserved,
    )
