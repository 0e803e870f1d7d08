"""Chat list answers over a small business: what is out of stock now (not what may run out),
which products have no HS code, orders not shipped yet, two stores side by side; and the
questions it must ask back about instead of answering over a default period."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from globalsell.assistant import chat
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.orders import service as orders
from tests.factories import (
    AT,
    Member,
    declare_hs_code,
    make_location,
    make_member,
    make_product,
    make_seller,
)

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


@pytest.fixture
def owner(session: Session) -> Member:
    """MUG-500: 0 available at FBA-DE, 5 at FBA-US (one reserved by an unshipped US order);
    CUP-200: 7 at FBA-DE and no declared HS code. Sales: MUG-500 3 in DE, 2 in US."""
    member = make_member(session, make_seller(session))
    actor = member.actor
    mug = make_product(session, actor, sku="MUG-500", title="陶瓷马克杯")
    make_product(session, actor, sku="CUP-200", title="玻璃水杯")
    declare_hs_code(session, actor, mug, "691200")
    make_location(session, actor, "FBA-DE", marketplace="DE")
    make_location(session, actor, "FBA-US", LocationKind.FC, "US", marketplace="US")
    week_ago = AT - timedelta(days=7)
    inventory.post_moves(
        session,
        actor=actor,
        moves=[
            MoveLine("MUG-500", "FBA-DE", 3, MoveReason.RECEIVED, "PO-1", at=week_ago),
            MoveLine("MUG-500", "FBA-DE", -3, MoveReason.SOLD, "orders", at=week_ago),
            MoveLine("MUG-500", "FBA-US", 6, MoveReason.RECEIVED, "PO-1", at=week_ago),
            MoveLine("MUG-500", "FBA-US", -1, MoveReason.SOLD, "orders", at=week_ago),
            MoveLine("CUP-200", "FBA-DE", 7, MoveReason.RECEIVED, "PO-1", at=week_ago),
        ],
        now=AT,
    )
    rows = [
        [
            f"302-000{n}-DE",
            (AT - timedelta(days=n + 1)).isoformat(),
            "Shipped",
            "Amazon",
            "Amazon.de",
            "MUG-500",
            "1",
            "EUR",
            "19.99",
        ]
        for n in range(3)
    ] + [
        [
            "111-0001-US",
            (AT - timedelta(days=2)).isoformat(),
            "Shipped",
            "Amazon",
            "Amazon.com",
            "MUG-500",
            "1",
            "USD",
            "21.99",
        ],
        [
            "111-0002-US",
            (AT - timedelta(hours=3)).isoformat(),
            "Unshipped",
            "Amazon",
            "Amazon.com",
            "MUG-500",
            "1",
            "USD",
            "21.99",
        ],
    ]
    orders.import_orders(
        session,
        actor=actor,
        table_headers=HEADERS,
        table_rows=rows,
        filename="all_orders.txt",
        dry_run=False,
        now=AT,
    )
    return member


def ask(session: Session, owner: Member, question: str) -> chat.Answer:
    return chat.answer(session, actor=owner.actor, question=question, now=AT)


def first_lines(reply: chat.Answer, n: int) -> list[str]:
    return reply.text.splitlines()[:n]


def test_out_of_stock_lists_what_has_nothing_available_now(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "what's out of stock in Germany right now?")
    assert reply.intent == "out_of_stock"
    assert first_lines(reply, 2) == [
        "1 SKU is out of stock in DE now (nothing available):",
        "MUG-500 (DE, FBA-DE): 0 available, 0 inbound",
    ]
    assert "CUP-200" not in reply.text
    zh = ask(session, owner, "美国站现在断货了吗")
    assert first_lines(zh, 1) == ["US 现在没有断货的SKU。"]


def test_a_named_sku_out_of_stock_says_where_it_is_still_in_stock(
    session: Session, owner: Member
) -> None:
    reply = ask(session, owner, "is MUG-500 out of stock?")
    assert first_lines(reply, 3) == [
        "MUG-500 is out of stock in 1 warehouse now (nothing available):",
        "MUG-500 (DE, EBAY_DE, FBA-DE): 0 available, 0 inbound",
        "MUG-500 is in stock in EBAY_US, US: 4 available",
    ]


def test_products_without_an_hs_code(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "Which products have no HS code?")
    assert (reply.intent, first_lines(reply, 2)) == (
        "hs_missing",
        ["1 product has no declared HS code on file:", "CUP-200 玻璃水杯"],
    )
    zh = ask(session, owner, "哪些产品没有海关编码？")
    assert first_lines(zh, 2) == ["1 个产品没有备案的HS编码:", "CUP-200 玻璃水杯"]


def test_orders_not_shipped_yet(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "How many orders are still unshipped?")
    assert (reply.intent, first_lines(reply, 2)) == (
        "open_orders",
        [
            "1 order is not shipped yet (pending or unshipped), 1 unit.",
            "111-0002-US US awaiting shipment 2026-11-25: MUG-500 x1",
        ],
    )


def test_two_stores_side_by_side(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "MUG-500 sales US vs DE last 30 days")
    assert reply.intent == "units_sold"
    assert first_lines(reply, 2)[1] == "DE 3 units; US 2 units"
    assert reply.data["filters"]["stores"] == "US, DE"


def test_time_words_it_cannot_date_are_asked_back(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "旺季德国卖了多少件")
    assert reply.intent == "clarify"
    assert first_lines(reply, 1) == [
        "我理解的是: 店铺 DE。我不确定「旺季」指哪段日期，所以没有作答。 你是指: 最近30天 / 本月 / "
        "上个月 / 2026-11-01 至 2026-11-25？"
    ]


def test_future_sales_are_refused_as_a_prediction(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "What will MUG-500 sell next Christmas?")
    assert reply.intent == "refuse"
    assert first_lines(reply, 1) == [
        "I understood: SKU MUG-500. I can't predict that: I answer from what has already "
        "happened, and future sales are a forecast (see the Forecasts page). I can give you the "
        "units sold over the last 30 days or in the same period last year."
    ]
    zh = ask(session, owner, "MUG-500下个月能卖多少？")
    assert zh.intent == "refuse"
    assert first_lines(zh, 1) == [
        "我理解的是: SKU MUG-500。我无法预测未来的销量：我只根据已经发生的数据回答"
        "(需求预测见「预测」页面)。我可以告诉你最近30天或去年同期的销量。"
    ]


def test_products_a_warehouse_never_held_are_counted_apart(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "what's out of stock?")
    assert first_lines(reply, 3) == [
        "1 SKU is out of stock in any store now (nothing available):",
        "MUG-500 (DE, EBAY_DE, FBA-DE): 0 available, 0 inbound",
        "(Products with no stock record at all in that warehouse are not counted: FBA-US 1)",
    ]
