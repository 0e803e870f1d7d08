"""What the chat reads a question as, and says so: a hyphenated phrase ("on-hand") is the
phrase, written Cantonese question words are question words, an input-method slip of a business
word (段货) and a misspelt product name ("kettel") are read only when unique and named in the
answer, a SKU that is no product is said to be none whatever is asked, a prediction is refused
plainly (a shipment's future with its dates as estimates)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from globalsell.assistant import chat
from globalsell.inventory.domain import LocationKind
from tests.factories import (
    AT,
    Member,
    make_location,
    make_member,
    make_product,
    make_seller,
    make_shipment,
    receive_stock,
    set_seller_attribute,
)


@pytest.fixture
def owner(session: Session) -> Member:
    member = make_member(session, make_seller(session))
    actor = member.actor
    make_product(session, actor, sku="KT-500", title="不锈钢电热水壶")
    make_product(session, actor, sku="HB-200", title="手持料理棒")
    set_seller_attribute(session, actor, "KT-500", "title_en", "Stainless Electric Kettle")
    set_seller_attribute(session, actor, "HB-200", "title_en", "Hand Blender")
    make_location(session, actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, actor, "KT-500", "FBA-DE", 40)
    receive_stock(session, actor, "HB-200", "CN-NGB", 300)
    make_shipment(session, actor, "SHP-OC-1", lines=(("KT-500", 120, 12),))
    return member


def ask(session: Session, owner: Member, question: str) -> chat.Answer:
    return chat.answer(session, now=AT + timedelta(days=5), actor=owner.actor, question=question)


@pytest.mark.parametrize(
    ("question", "intent", "first"),
    [
        # "hand" in "on-hand" names no Hand Blender: the stock on hand, never units sold
        (
            "On-hand units in DE",
            "stock",
            "Stock of All SKUs in DE: 40 on hand, 0 reserved, 40 available, 0 inbound.",
        ),
        (
            "on-hand stock of kettle",
            "stock",
            "Stock of KT-500 in all stores: 40 on hand, 0 reserved, 40 available, 0 inbound.",
        ),
        # Cantonese "which one": a question word, not a product name
        ("邊隻賣得最好", "units_sold", "最近30天 (2026-11-01 至 2026-11-30)在所有店铺没有销售。"),
        (
            "邊隻產品賣得最好",
            "units_sold",
            "最近30天 (2026-11-01 至 2026-11-30)在所有店铺没有销售。",
        ),
        # 段 typed for 断 (both duan): read, and said so
        (
            "段货的产品有哪些",
            "out_of_stock",
            "（「段货」按「断货」理解）所有店铺现在没有断货的SKU。",
        ),
        (
            "kettel stock",
            "stock",
            "Reading 'kettel' as KT-500 Stainless Electric Kettle: Stock of KT-500 in all stores: "
            "40 on hand, 0 reserved, 40 available, 0 inbound.",
        ),
    ],
)
def test_what_a_question_was_read_as(
    session: Session, owner: Member, question: str, intent: str, first: str
) -> None:
    reply = ask(session, owner, question)
    assert (reply.intent, reply.text.splitlines()[0]) == (intent, first)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "KT-501 stock?",
            "I understood: SKU KT-501. I don't find a product KT-501 in your catalogue. "
            "Did you mean: KT-500?",
        ),
        (
            "KT-599在美国卖了多少",
            "我理解的是: SKU KT-599, 店铺 US。你的产品目录里没有找到产品 KT-599。",
        ),
        # whatever is asked about it: never the findings or proposals of every product
        (
            "KT-599 findings",
            "I understood: SKU KT-599. I don't find a product KT-599 in your catalogue.",
        ),
        (
            "is KT-599 late",
            "I understood: SKU KT-599. I don't find a product KT-599 in your catalogue.",
        ),
    ],
)
def test_a_sku_that_is_no_product_is_said_to_be_none(
    session: Session, owner: Member, question: str, first: str
) -> None:
    reply = ask(session, owner, question)
    assert (reply.intent, reply.text.splitlines()[0]) == ("clarify", first)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "how much will I sell at Christmas",
            "I can't predict that: I answer from what has already happened, and future sales "
            "are a forecast (see the Forecasts page). I can give you the units sold over the "
            "last 30 days or in the same period last year.",
        ),
        # next year's Singles' Day: never read back as this year's past one
        (
            "明年双十一能卖多少",
            "我无法预测未来的销量：我只根据已经发生的数据回答(需求预测见「预测」页面)。"
            "我可以告诉你最近30天或去年同期的销量。",
        ),
        (
            "Will SHP-OC-1 clear customs by Friday?",
            "I can't promise that: whether it happens is a prediction, not a fact in your data. "
            "What the data shows now (the expected dates are estimates): SHP-OC-1 to FBA-DE: "
            "booked, expected 2026-12-27 (between 2026-12-27 and 2027-01-03)",
        ),
        (
            "SHP-OC-1周五前能清关吗",
            "我无法保证这件事会不会发生：这是对未来的预测，不是你数据里的事实。目前的数据"
            "(预计日期只是估计): SHP-OC-1 发往 FBA-DE，已订舱，预计 2026-12-27 到达 "
            "(区间 2026-12-27 至 2027-01-03)",
        ),
    ],
)
def test_a_prediction_is_refused_plainly(
    session: Session, owner: Member, question: str, first: str
) -> None:
    reply = ask(session, owner, question)
    assert (reply.intent, reply.text.splitlines()[0]) == ("refuse", first)


def test_a_shipment_question_about_now_is_answered(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "When will SHP-OC-1 arrive?")
    assert (reply.intent, reply.text.splitlines()[0]) == (
        "shipments",
        "SHP-OC-1 to FBA-DE: booked, expected 2026-12-27 (between 2026-12-27 and 2027-01-03)",
    )


def test_a_stock_out_question_gets_the_date_its_cover_implies(
    session: Session, owner: Member
) -> None:
    # "before Christmas" is a deadline, never a past period asked back about
    reply = ask(session, owner, "will the kettle run out before Christmas?")
    assert reply.intent == "days_of_cover"
    # 40 on the shelf and no sales: no date to imply, so no estimate line
    assert reply.text.splitlines()[0] == (
        "KT-500 at FBA-DE (DE,EBAY_DE): no sales in 30 days (40 available, 0 sold in 30 days)"
    )
