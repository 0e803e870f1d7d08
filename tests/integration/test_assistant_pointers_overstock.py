"""A product pointed at but never named ("this product", "that SKU", "这款", "它") is asked back,
never answered for every product; "overstocked" ranks by days of cover, never the stock total."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient
from globalsell.assistant import chat
from globalsell.assistant.question import Measure, Rank, parse
from tests.factories import AT, make_member, make_product, make_seller
from tests.fake_llm import FakeLLM, serve, text, tool_call


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "how many units of this item are inbound?",
            "Which product do you mean? 'this item' points to a product named earlier, but I "
            "answer each question on its own, so I have not answered. Give its SKU or its name.",
        ),
        (
            "What did that SKU sell last week",
            "Which product do you mean? 'that SKU' points to a product named earlier, but I "
            "answer each question on its own, so I have not answered. Give its SKU or its name.",
        ),
        (
            "这个商品还有多少库存",
            "你指哪个产品？「这个商品」指的是之前提到的产品，但我每个问题单独回答，所以没有作答。"
            "请给出SKU或产品名称。",
        ),
        (
            "它上个月卖了几件",
            "你指哪个产品？「它」指的是之前提到的产品，但我每个问题单独回答，所以没有作答。"
            "请给出SKU或产品名称。",
        ),
        (
            "那款的毛利是多少",
            "你指哪个产品？「那款」指的是之前提到的产品，但我每个问题单独回答，所以没有作答。"
            "请给出SKU或产品名称。",
        ),
    ],
)
def test_a_pointer_without_a_product_is_asked_back(
    session: Session, question: str, first: str
) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(session, now=AT, actor=member.actor, question=question)
    assert reply.intent == "clarify"
    assert reply.text.splitlines()[0] == first


@pytest.mark.parametrize(
    "question", ["NB-KT-001 这个产品库存多少", "how much stock of this product NB-KT-001"]
)
def test_a_pointer_with_its_product_named_is_answered(session: Session, question: str) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(session, now=AT, actor=member.actor, question=question)
    assert reply.intent == "stock"


@pytest.mark.parametrize("text", ["其它产品卖了多少", "this month's sales", "这个月卖了多少"])
def test_no_pointer(text: str) -> None:
    assert parse(text, today=AT.date()).pointer is None


@pytest.mark.parametrize(
    "text",
    [
        "which SKUs are overstocked in the US",
        "any excess inventory in Germany?",
        "哪些产品库存积压",
        "滞销的货有哪些",
    ],
)
def test_overstock_ranks_by_days_of_cover(text: str) -> None:
    p = parse(text, today=AT.date())
    assert (p.measure, p.rank, p.overstock) == (Measure.DAYS_OF_COVER, Rank.TOP, True)


def test_overstock_answer_says_what_the_check_flags(session: Session) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(session, now=AT, actor=member.actor, question="what is overstocked?")
    assert reply.intent == "days_of_cover"
    assert reply.text.splitlines()[0].startswith(
        "The assistant's latest check flags nothing as overstocked. Most days of cover first:"
    )


def test_a_named_product_with_no_stock_is_zero_not_nothing(session: Session) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    zh = chat.answer(session, now=AT, actor=member.actor, question="NB-KT-001库存多少")
    assert zh.text.splitlines()[0] == (
        "NB-KT-001在所有店铺库存: 在库 0 件，预留 0 件，可售 0 件，在途 0 件。 (没有库存记录)"
    )
    en = chat.answer(session, now=AT, actor=member.actor, question="how much NB-KT-001 is inbound")
    assert en.text.splitlines()[0] == (
        "Stock of NB-KT-001 in all stores: 0 units inbound. (no stock on record)"
    )


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("how much did the seller next door sell last month?", "refuse"),
        ("这款在美国卖了多少", "clarify"),
    ],
)
def test_the_model_never_sees_what_is_refused_or_asked_back(
    session: Session, question: str, intent: str
) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    fake = FakeLLM([tool_call("query", {"measure": "units_sold"}), text("You sold 5 units.")])
    with serve(fake) as url:
        client = OpenAICompatibleClient(LLMConfig(base_url=url, model="fake"))
        reply = chat.answer(session, now=AT, actor=member.actor, question=question, client=client)
        client.close()
    assert fake.requests == []
    assert (reply.via, reply.intent) == ("offline", intent)


@pytest.mark.parametrize(
    ("text", "measure", "about"),
    [
        ("what code did customs put on the lamp?", Measure.HS_CODE, None),
        ("Which products are missing a customs code?", Measure.HS_MISSING, None),
        ("customs wants to change which codes?", Measure.PROPOSALS, "hs"),
    ],
)
def test_customs_with_a_code_is_the_hs_code(text: str, measure: Measure, about: str | None) -> None:
    p = parse(text, today=AT.date())
    assert (p.measure, p.about) == (measure, about)
