"""Builders for test data through the real services (factories over mocks)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.accounts.models import Seller, User
from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import Product
from globalsell.catalog.schemas import ProductCreate
from globalsell.core.actor import Actor, Role
from globalsell.db.session import make_session_factory, unit_of_work
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.inventory.models import Location
from globalsell.logistics import service as logistics
from globalsell.logistics.domain import Incoterm, LegInput, LineInput, Mode
from globalsell.logistics.models import Shipment

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"
_seq = itertools.count(1)


@dataclass(frozen=True)
class Member:
    user: User
    actor: Actor
    token: str


def make_seller(session: Session, *, slug: str | None = None, name: str = "Test Seller") -> Seller:
    return accounts.create_seller(
        session, name=name, slug=slug or f"seller-{next(_seq)}", by="test", now=AT
    )


def make_member(
    session: Session,
    seller: Seller,
    role: Role = Role.OWNER,
    *,
    email: str | None = None,
    password: str | None = PASSWORD,
) -> Member:
    user = accounts.create_user(
        session,
        email=email or f"user{next(_seq)}@example.com",
        display_name="Test User",
        password=password,
        by="test",
        now=AT,
    )
    accounts.grant_role(session, seller_id=seller.id, user_id=user.id, role=role, by="test", now=AT)
    issued = accounts.issue_token_unchecked(
        session, user_id=user.id, seller_id=seller.id, name="test", by="test", now=AT
    )
    actor = accounts.actor_for(session, user_id=user.id, seller_id=seller.id)
    return Member(user=user, actor=actor, token=issued.plaintext)


def make_product(
    session: Session,
    actor: Actor,
    *,
    sku: str | None = None,
    title: str = "不锈钢保温杯 500ml",
    unit_cost: str | None = "23.50",
    cost_currency: str | None = "CNY",
) -> Product:
    data = ProductCreate(
        sku=sku or f"SKU-{next(_seq)}",
        title=title,
        brand="NINGVALE",
        unit_cost=Decimal(unit_cost) if unit_cost else None,
        cost_currency=cost_currency if unit_cost else None,
    )
    return catalog.create_product(session, actor=actor, data=data, now=AT)


def propose_cost_change(
    session: Session,
    registry: ApplierRegistry,
    actor: Actor,
    product: Product,
    unit_cost: str = "21.00",
) -> ChangeRequest:
    return approvals.propose(
        session,
        registry=registry,
        kind="catalog.product.update",
        subject_type="product",
        subject_id=product.sku,
        title=f"Lower the unit cost of {product.sku}",
        payload={"sku": product.sku, "changes": {"unit_cost": unit_cost}},
        reason="The factory quoted a lower price.",
        actor=actor,
        now=AT,
    )


def auth(member: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member.token}"}


def make_priced_product(
    session: Session,
    actor: Actor,
    *,
    sku: str | None = None,
    unit_cost: str = "45.00",
    weight_grams: str = "400",
    dimensions_cm: tuple[str, str, str] = ("20", "15", "5"),
    category: str = "home_kitchen",
) -> Product:
    """A product with weight, dimensions and a fee category, ready to be priced."""
    product = make_product(session, actor, sku=sku, unit_cost=unit_cost)
    for name, value, unit in (
        ("item_weight", weight_grams, "grams"),
        (
            "item_dimensions",
            dict(zip(("length", "width", "height"), dimensions_cm, strict=True)),
            "centimeters",
        ),
        ("fee_category", category, None),
    ):
        set_seller_attribute(session, actor, product.sku, name, value, unit=unit)
    return product


def set_seller_attribute(
    session: Session,
    actor: Actor,
    sku: str,
    name: str,
    value: object,
    *,
    unit: str | None = None,
    now: datetime = AT,
) -> None:
    """One attribute as the seller entered it (no language or marketplace)."""
    catalog.set_attribute(
        session,
        actor=actor,
        sku=sku,
        name=name,
        value=value,
        unit=unit,
        language=None,
        marketplace=None,
        provenance=Provenance.SELLER,
        confidence=None,
        source="test",
        now=now,
    )


def declare_hs_code(session: Session, actor: Actor, product: Product, code: str) -> None:
    """The seller's declared customs code, as the catalogue import stores it."""
    set_seller_attribute(session, actor, product.sku, "hs_code_declared", code)


# ---------------------------------------------------------------- inventory and orders


def make_location(
    session: Session,
    actor: Actor,
    code: str,
    kind: LocationKind = LocationKind.FC,
    country: str = "DE",
    *,
    marketplace: str | None = None,
    same_day: bool = False,
) -> Location:
    return inventory.create_location(
        session,
        actor=actor,
        code=code,
        name=f"Location {code}",
        kind=kind,
        country=country,
        marketplace=marketplace,
        same_day=same_day,
        now=AT,
    )


def receive_stock(
    session: Session,
    actor: Actor,
    sku: str,
    location: str,
    quantity: int,
    *,
    at: datetime | None = None,
) -> None:
    inventory.post_moves(
        session,
        actor=actor,
        moves=[MoveLine(sku, location, quantity, MoveReason.RECEIVED, "PO-1", at=at)],
        now=AT,
    )


ORDER_HEADERS = [
    "amazon-order-id",
    "merchant-order-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "fulfillment-channel",
    "sales-channel",
    "sku",
    "asin",
    "quantity",
    "currency",
    "item-price",
]


def order_row(
    order_id: str,
    sku: str,
    quantity: int = 1,
    *,
    status: str = "Shipped",
    channel: str = "Amazon.de",
    purchased: str = "2026-11-20T08:30:00+00:00",
    price: str = "19.99",
    currency: str = "EUR",
) -> list[str]:
    return [
        order_id,
        "",
        purchased,
        purchased,
        status,
        "Amazon",
        channel,
        sku,
        "B000000000",
        str(quantity),
        currency,
        price,
    ]


# ---------------------------------------------------------------- logistics


def make_shipment(
    session: Session,
    actor: Actor,
    code: str = "SHP-1",
    *,
    origin: str = "CN-NGB",
    destination: str = "FBA-DE",
    lines: tuple[tuple[str, int, int], ...] = (("CUP-1", 100, 10),),
    mode: Mode = Mode.OCEAN,
    carrier: str = "MAERSK",
    route: tuple[str, str] = ("CNNGB", "DEHAM"),
    departs: datetime | None = None,
    days: int = 30,
    need_by: datetime | None = None,
    **refs: str,
) -> Shipment:
    """A one-leg shipment booked at AT, leaving at `departs` (AT + 2 days by default)."""
    start = departs or AT + timedelta(days=2)
    return logistics.create_shipment(
        session,
        actor=actor,
        code=code,
        origin=origin,
        destination=destination,
        incoterm=Incoterm.FOB,
        lines=[LineInput(sku, qty, cartons) for sku, qty, cartons in lines],
        legs=[
            LegInput(mode, route[0], route[1], carrier, start, start + timedelta(days=days)),
        ],
        need_by=need_by,
        now=AT,
        **refs,
    )


@contextmanager
def committed_stocked_seller(
    engine: Engine, *, slug: str, sku: str, stock: int, now: datetime
) -> Iterator[Actor]:
    """A seller committed for tests that race several connections: `stock` units of one SKU
    received at its German FC (`FBA-DE`); the seller and all it owns are removed afterwards."""
    factory = make_session_factory(engine)
    with unit_of_work(factory) as session:
        seller = accounts.create_seller(session, name="Race", slug=slug, by="test", now=now)
        actor = Actor(name="test", seller_id=seller.id, role=Role.OWNER)
        catalog.create_product(
            session, actor=actor, data=ProductCreate(sku=sku, title="Race cup"), now=now
        )
        inventory.create_location(
            session,
            actor=actor,
            code="FBA-DE",
            name="FC",
            kind=LocationKind.FC,
            country="DE",
            now=now,
        )
        inventory.post_moves(
            session,
            actor=actor,
            moves=[MoveLine(sku, "FBA-DE", stock, MoveReason.RECEIVED)],
            now=now,
        )
    try:
        yield actor
    finally:
        with unit_of_work(factory) as session:
            session.execute(delete(Seller).where(Seller.id == actor.seller_id))
