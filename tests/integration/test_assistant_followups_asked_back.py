"""A follow-up that points back to a period or subject the CLI was never given is asked back,
never answered over the default 30 days."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from globalsell.assistant import chat
from tests.factories import AT, make_member, make_product, make_seller


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "and how many did Germany sell in that period?",
            "I understood: store DE. Which period do you mean? 'in that period' points back to an "
            "earlier question, but I answer each question on its own, so I have not answered. "
            "Did you mean: the last 30 days / this month / last month / ",
        ),
        (
            "那段时间德国卖了多少",
            "我理解的是: 店铺 DE。你指哪段时间？「那段时间」指的是之前的问题，"
            "但我每个问题单独回答，所以没有作答。 你是指: 最近30天 / 本月 / 上个月 / ",
        ),
        (
            "同期",
            "你指哪段时间、哪个数字？「同期」指的是之前的问题，但我每个问题单独回答，所以没有作答。",
        ),
        (
            "and then?",
            "Which period and which figure do you mean? 'then?' points back to an earlier "
            "question, but I answer each question on its own, so I have not answered.",
        ),
    ],
)
def test_a_follow_up_is_asked_back(session: Session, question: str, first: str) -> None:
    member = make_member(session, make_seller(session))
    make_product(session, member.actor, sku="NB-KT-001", unit_cost="18.50")
    reply = chat.answer(session, now=AT, actor=member.actor, question=question)
    assert reply.intent == "clarify"
    assert reply.text.splitlines()[0].startswith(first)
