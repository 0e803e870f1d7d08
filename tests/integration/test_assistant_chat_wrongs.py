"""Questions once answered confidently wrong are now said to be out of reach or asked back:
who bought (answered with the best-selling product), "除美国外" (answered for the US),
and a seller on one's own listing (answered with one's own sales). Two figures joined by "和",
once answered with one of them, are now each answered: test_assistant_joined_figures.py."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from globalsell.assistant import chat
from tests.factories import AT, make_member, make_product, make_seller


@pytest.mark.parametrize(
    ("question", "intent", "first"),
    [
        (
            "Who bought the most kitchen scales last month?",
            "unknown",
            "I can't give buyers and customers yet (your data here does not hold them), so I "
            "have not answered.",
        ),
        (
            "上个月谁买厨房秤买得最多",
            "unknown",
            "我还不能提供买家和客户的数据(你的数据里没有)，所以没有作答。",
        ),
        (
            "除美国外哪个站上个月卖得最好",
            "unknown",
            "我还不能提供排除部分数据后的数字(你的数据里没有)，所以没有作答。",
        ),
        ("跟卖我们水壶的卖家上个月卖了多少", "refuse", ""),
    ],
)
def test_a_confident_misreading_is_not_answered(
    session: Session, question: str, intent: str, first: str
) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(session, now=AT, actor=member.actor, question=question)
    assert reply.intent == intent
    assert first in reply.text.splitlines()[0]
