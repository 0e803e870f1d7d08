"""Orders asked about as 'still open' are the open orders, a request to create a record in
Chinese is a write (refused), and asking what waits for approval is the inbox."""

from __future__ import annotations

from datetime import date

import pytest

from globalsell.assistant.question import Measure, Refusal, parse

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "which FR orders are still open",
        "How many orders are still pending?",
        "list unfulfilled orders in Japan",
    ],
)
def test_orders_still_open_are_open_orders(text: str) -> None:
    p = parse(text, today=SUNDAY)
    assert (p.measure, p.refusal) == (Measure.OPEN_ORDERS, None)


@pytest.mark.parametrize(
    "text",
    ["给日本仓新建一个补货单，水壶50个", "帮我创建一票去英国的空运", "建个货件发美国"],
)
def test_creating_a_record_in_chinese_is_refused(text: str) -> None:
    assert parse(text, today=SUNDAY).refusal is Refusal.WRITE


@pytest.mark.parametrize("text", ["这个货件的创建时间是哪天", "新建的货件有哪些"])
def test_a_creation_date_or_new_records_are_not_a_write(text: str) -> None:
    assert parse(text, today=SUNDAY).refusal is None


@pytest.mark.parametrize(
    "text", ["is there anything that needs my sign off?", "what is waiting for approval"]
)
def test_waiting_for_approval_is_the_inbox(text: str) -> None:
    p = parse(text, today=SUNDAY)
    assert (p.measure, p.refusal) == (Measure.PROPOSALS, None)


def test_deleting_in_chinese_is_refused() -> None:
    assert parse("把法国站的锅铲listing删掉", today=SUNDAY).refusal is Refusal.WRITE


@pytest.mark.parametrize("text", ["最近有什么货晚了", "日本那边的货晚了没有"])
def test_goods_running_late_are_shipments(text: str) -> None:
    assert parse(text, today=SUNDAY).measure is Measure.SHIPMENTS


@pytest.mark.parametrize(
    ("text", "store"),
    [
        ("us sales last week", "US"),
        ("how is us stock looking", "US"),
        ("can you send us the sales of last week", None),
        ("tell us the orders of last week", None),
    ],
)
def test_lower_case_us_before_a_store_noun_is_the_us_store(text: str, store: str | None) -> None:
    assert parse(text, today=SUNDAY).store == store
