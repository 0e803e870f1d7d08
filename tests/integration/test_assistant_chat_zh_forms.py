"""Chinese as sellers write it: traditional characters read as simplified, a product phrase
that names nothing asked back (never every product), another seller's shop refused, "票" as
the counter of shipments; a shipment named by its code is answered whatever its state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from globalsell.assistant import chat
from globalsell.inventory.domain import LocationKind
from globalsell.logistics.domain import Mode
from tests.factories import (
    AT,
    Member,
    declare_hs_code,
    make_location,
    make_member,
    make_product,
    make_seller,
    make_shipment,
    receive_stock,
)


@pytest.fixture
def owner(session: Session) -> Member:
    member = make_member(session, make_seller(session))
    actor = member.actor
    cup = make_product(session, actor, sku="CUP-1", title="不锈钢保温杯 500ml")
    make_product(session, actor, sku="PAN-1", title="陶瓷不粘煎锅")
    declare_hs_code(session, actor, cup, "9617001000")
    make_location(session, actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, actor, "FBA-DE", LocationKind.FC, "DE", marketplace="DE")
    receive_stock(session, actor, "CUP-1", "CN-NGB", 500)
    receive_stock(session, actor, "PAN-1", "CN-NGB", 500)
    make_shipment(session, actor, "SHP-OC-1", lines=(("CUP-1", 120, 12),))
    make_shipment(session, actor, "SHP-AIR-2", lines=(("PAN-1", 30, 3),), mode=Mode.AIR, days=6)
    return member


def ask(session: Session, owner: Member, question: str) -> chat.Answer:
    return chat.answer(session, now=AT + timedelta(days=5), actor=owner.actor, question=question)


def test_traditional_characters_are_read(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "保溫杯的海關編碼是什麼")
    assert reply.intent == "hs_code"
    assert "9617001000" in reply.text


def test_a_mistyped_name_is_asked_back(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "煎锚最近30天卖了多少")  # 锚 typed for 锅
    assert reply.intent == "clarify"
    assert "我没有找到叫「煎锚」的产品。 你是指: PAN-1 陶瓷不粘煎锅？" in reply.text


def test_a_name_of_no_product_is_said(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "电饭煲最近30天卖了多少")
    assert reply.intent == "clarify"
    assert "你的产品目录里没有叫「电饭煲」的产品。" in reply.text


@pytest.mark.parametrize(
    "question",
    ["隔壁那家卖保温杯的一个月能卖多少", "隔壁宁波那家卖煎锅的卖多少钱", "同行的保温杯卖多少钱"],
)
def test_another_sellers_shop_is_refused(session: Session, owner: Member, question: str) -> None:
    assert ask(session, owner, question).intent == "refuse"


def test_piao_counts_shipments(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "现在在路上的货有哪几票")
    assert reply.intent == "shipments"
    assert "SHP-OC-1" in reply.text
    assert "SHP-AIR-2" in reply.text


def test_a_named_shipment_is_answered_whatever_the_filter(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "SHP-OC-1 到哪了，空运的吗，什么时候到港")
    assert reply.intent == "shipments"
    assert reply.text.startswith("SHP-OC-1 发往 FBA-DE")


def test_an_emptied_list_names_its_filter(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "which express shipments are in transit?")
    assert reply.text.splitlines()[0] == "No shipment in flight matches: by express."


def test_two_stores_compared_are_both_understood(session: Session, owner: Member) -> None:
    reply = ask(session, owner, "煎锚上个月德国跟英国比哪个卖得多")
    assert reply.intent == "clarify"
    assert reply.text.startswith("我理解的是: 店铺 DE, UK, 上个月(")


def test_a_traditional_title_is_matched(session: Session, owner: Member) -> None:
    make_product(session, owner.actor, sku="KET-1", title="不鏽鋼電熱水壺", unit_cost="88.00")
    reply = ask(session, owner, "電熱水壺的採購成本是多少")
    assert reply.intent == "unit_cost"
    assert "KET-1" in reply.text
