"""A question joining two figures ("售价和采购成本", "the unit cost and the price") gets each
figure answered on its own, one after the other, never one of them alone; when one of them
cannot be answered, the question is asked back whole (ADR 0191)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from globalsell.assistant import chat
from tests.factories import AT, make_member, make_product, make_seller


def test_two_joined_figures_are_both_answered(session: Session) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(session, now=AT, actor=member.actor, question="NB-KT-001的售价和采购成本")
    assert reply.intent == "price+unit_cost"
    assert reply.text.splitlines()[:5] == [
        "NB-KT-001在所有店铺没有生效的售价。",
        "条件: measure=price, sku=NB-KT-001",
        "查询: active regular price WHERE sku IN (NB-KT-001)",
        "",
        "NB-KT-001 的采购成本: 18.50 CNY",
    ]
    english = chat.answer(
        session,
        now=AT,
        actor=member.actor,
        question="what are the unit cost and price of NB-KT-001?",
    )
    assert english.intent == "unit_cost+price"
    assert english.text.splitlines()[0] == "Unit cost of NB-KT-001: 18.50 CNY"


def test_joined_figures_with_one_unanswerable_are_asked_back(session: Session) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(
        session, now=AT, actor=member.actor, question="unit cost and stock of the gizmo"
    )
    assert reply.intent == "clarify"


def test_two_periods_compared_are_each_answered(session: Session) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(
        session,
        now=AT,
        actor=member.actor,
        question="NB-KT-001 units sold this month compared with last month",
    )
    assert reply.intent == "units_sold"
    firsts = [block.splitlines()[0] for block in reply.text.split("\n\n")]
    assert len(firsts) == 2
    assert firsts[0].startswith("NB-KT-001 sold 0 units in all stores over this month")
    assert firsts[1].startswith("NB-KT-001 sold 0 units in all stores over last month")


def test_a_unit_cost_asked_for_a_store_says_it_is_the_same_everywhere(session: Session) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(
        session, now=AT, actor=member.actor, question="unit cost of NB-KT-001 in Germany"
    )
    assert reply.text.splitlines()[:2] == [
        "Unit cost of NB-KT-001: 18.50 CNY (the purchase cost, the same for every store; for a"
        " store's cost with freight and duty, ask for its landed cost)",
        "Filters: measure=unit_cost, sku=NB-KT-001",
    ]
    chinese = chat.answer(session, now=AT, actor=member.actor, question="NB-KT-001在德国的采购成本")
    assert chinese.text.splitlines()[:2] == [
        "NB-KT-001 的采购成本: 18.50 CNY（采购成本各站点相同；含头程和关税的成本请问落地成本）",
        "条件: measure=unit_cost, sku=NB-KT-001",
    ]


def test_a_greeting_then_two_questions_one_of_the_whole_business(session: Session) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(
        session,
        now=AT,
        actor=member.actor,
        question="Hi, I'm new here and still finding my way around. How many products are in "
        "our catalogue altogether, and what is the unit cost of NB-KT-001?",
    )
    blocks = reply.text.split("\n\n")
    assert blocks[0] == "You have 1 product."
    assert blocks[1].splitlines()[0] == "Unit cost of NB-KT-001: 18.50 CNY"
    # a sentence before the question that names the product is the question's subject
    kept = chat.answer(
        session,
        now=AT,
        actor=member.actor,
        question="I'm looking at NB-KT-001. What is its unit cost?",
    )
    assert kept.text.splitlines()[0] == "Unit cost of NB-KT-001: 18.50 CNY"
