"""Chat over the business: which SKUs may run out (from the latest check) and the margin of a
SKU in a store (from pricing), asked in Chinese and English, offline and over a fake LLM."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient
from globalsell.assistant import chat, service
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Actor
from globalsell.core.money import Rounding
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.orders import service as orders
from globalsell.pricing import policies as pricing_policies
from globalsell.pricing import service as pricing
from tests.factories import (
    AT,
    Member,
    make_location,
    make_member,
    make_priced_product,
    make_product,
    make_seller,
)
from tests.fake_llm import FakeLLM, serve, text, tool_call

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


def _import_orders(session: Session, actor: Actor, rows: list[list[str]]) -> None:
    orders.import_orders(
        session,
        actor=actor,
        table_headers=HEADERS,
        table_rows=rows,
        filename="all_orders.txt",
        dry_run=False,
        now=AT,
    )


@pytest.fixture
def owner(session: Session, runtime: Runtime) -> Member:
    """MUG-500 sells two a day on Amazon.de; 12 are left at the German FC and nothing is on its
    way. One assistant check has run."""
    member = make_member(session, make_seller(session))
    actor = member.actor
    make_product(session, actor, sku="MUG-500", unit_cost="23.50")
    make_location(session, actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
    make_location(session, actor, "FBA-DE", marketplace="DE")
    month_ago = AT - timedelta(days=31)
    inventory.post_moves(
        session,
        actor=actor,
        moves=[
            MoveLine("MUG-500", "CN-NGB", 500, MoveReason.RECEIVED, "PO-1", at=month_ago),
            MoveLine("MUG-500", "FBA-DE", 72, MoveReason.RECEIVED, "PO-1", at=month_ago),
            MoveLine("MUG-500", "FBA-DE", -60, MoveReason.SOLD, "orders", at=AT),
        ],
        now=AT,
    )
    rows = [
        [
            f"302-{day:04d}{n}-DE",
            (AT - timedelta(days=day, hours=2 + n)).isoformat(),
            "Shipped",
            "Amazon",
            "Amazon.de",
            "MUG-500",
            "1",
            "EUR",
            "19.99",
        ]
        for day in range(1, 31)
        for n in range(2)
    ]
    _import_orders(session, actor, rows)
    service.run(
        session,
        registry=runtime.registry,
        detectors=runtime.detectors,
        actor=service.assistant_actor(actor.seller_id),
        now=AT,
    )
    return member


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "下周德国哪些SKU会断货?",
            "DE 7 天内预计断货的SKU有 1 个(按可售库存和预测销量估算): MUG-500 DE: 6 天 (12 件可售)",
        ),
        (
            "which SKUs will run out in Germany next week?",
            "1 SKU may run out in DE within 7 days (an estimate from available stock and forecast "
            "sales): MUG-500 DE: 6 days (12 available)",
        ),
        (
            "which SKUs will run out in Japan next week?",
            "No SKU is expected to run out in JP within 7 days "
            "(checked 2026-11-25T09:00:00+00:00).",
        ),
        (
            "哪些SKU会在5天内断货",
            "所有店铺 5 天内没有预计断货的SKU (检查于 2026-11-25T09:00:00+00:00)。",
        ),
    ],
)
def test_stock_out_questions_answer_from_the_latest_check(
    session: Session, owner: Member, question: str, expected: str
) -> None:
    reply = chat.answer(session, now=AT, actor=owner.actor, question=question)
    assert (reply.intent, reply.via) == ("stockout_risk", "offline")
    assert reply.text == f"{expected}\n{chat.footer(question)}"


def test_margin_comes_from_pricing_in_both_languages(session: Session, owner: Member) -> None:
    actor = owner.actor
    make_priced_product(session, actor, sku="NB-PR-1")
    pricing_policies.set_policy(
        session, store="US", changes={"fulfilment_fee": "3.60"}, actor=actor, now=AT
    )
    quoted = pricing.quote(session, sku="NB-PR-1", store="US", actor=actor, now=AT)
    pricing.save_quote(session, quoted=quoted, sku="NB-PR-1", actor=actor, now=AT)
    q = quoted.quote
    margin = q.margin.quantize(Rounding.HALF_UP).format_plain()
    rate = (q.margin_rate * 100).quantize(Decimal("0.1"))
    en = chat.answer(
        session, now=AT, actor=actor, question="what is my margin on NB-PR-1 in the US?"
    )
    assert en.intent == "margin"
    assert en.text.startswith(
        f"NB-PR-1 in US: price {q.price.format_plain()}, margin {margin} a unit ({rate}%, "
        "at the saved quote"
    )
    zh = chat.answer(session, now=AT, actor=actor, question="NB-PR-1 在美国的毛利是多少?")
    assert f"每件毛利 {margin} ({rate}%，按最近报价)" in zh.text
    missing = chat.answer(
        session, now=AT, actor=actor, question="what is my margin on NB-PR-1 in Japan?"
    )
    assert missing.text.startswith("NB-PR-1 has no price or quote in JP")


def test_bad_tool_arguments_are_errors_not_exceptions(session: Session, owner: Member) -> None:
    assert chat.run_tool(session, owner.actor, "margin", '{"sku": "MUG-500"}') == {
        "error": "invalid arguments: store must be a non-empty string up to 20 characters"
    }
    assert chat.run_tool(session, owner.actor, "stockout_risk", '{"store": "../x"}') == {
        "error": "invalid arguments: store must be a store code such as DE, JP or US"
    }
    assert chat.run_tool(session, owner.actor, "stockout_risk", '{"days": 9999}') == {
        "error": "invalid arguments: days must be at most 365"
    }


def test_the_llm_path_calls_the_stock_out_tool_and_cites_it(
    session: Session, owner: Member
) -> None:
    fake = FakeLLM(
        [
            tool_call("stockout_risk", {"store": "DE", "days": 7}),
            text("MUG-500 runs out in Germany in 6 days (12 left)."),
        ]
    )
    with serve(fake) as url:
        client = OpenAICompatibleClient(LLMConfig(base_url=url, model="fake"))
        reply = chat.answer(
            session, now=AT, actor=owner.actor, question="下周德国哪些SKU会断货?", client=client
        )
        client.close()
    assert reply.via == "llm"
    [result] = reply.data.values()
    assert [(r["sku"], r["days_to_stockout"], r["available"]) for r in result["skus"]] == [
        ("MUG-500", "6", 12)
    ]
    # the tool result went back to the model as a tool message
    tool_messages = [m for m in fake.requests[1]["messages"] if m["role"] == "tool"]
    assert '"sku": "MUG-500"' in tool_messages[0]["content"]


# ---------------------------------------------------------------- the semantic layer


@pytest.mark.parametrize(
    ("question", "intent", "first_line"),
    [
        (
            "How many units of MUG-500 did I sell in DE over the last 30 days?",
            "units_sold",
            "MUG-500 sold 58 units in DE over the last 30 days (2026-10-27 to 2026-11-25), "
            "in 58 orders, revenue 1159.42 EUR (≈ 8617.51 CNY).",
        ),
        (
            "MUG-500在德国上个月卖了多少件？",
            "units_sold",
            "MUG-500 上个月(2026-10-01 至 2026-10-31)在 DE 卖出 12 件，12 个订单，"
            "销售额 239.88 EUR (≈ 1782.93 CNY)。",
        ),
        (
            "What was my best-selling product in Germany this week?",
            "units_sold",
            "Best-selling product in DE over this week (2026-11-23 to 2026-11-25): "
            "MUG-500 (4 units).",
        ),
        (
            "德国站最近7天的订单数",
            "orders",
            "你 最近7天 (2026-11-19 至 2026-11-25)在 DE 有 12 个订单，共 12 件，"
            "销售额 239.88 EUR (≈ 1782.93 CNY)。",
        ),
        ("MUG-500的采购成本是多少？", "unit_cost", "MUG-500 的采购成本: 23.50 CNY"),
        (
            "MUG-500 stock in Germany",
            "stock",
            "Stock of MUG-500 in DE: 12 on hand, 0 reserved, 12 available, 0 inbound.",
        ),
        (
            "how many units of MUG-50 did I sell?",
            "clarify",
            "I understood: SKU MUG-50. I don't find a product MUG-50 in your catalogue. "
            "Did you mean: MUG-500?",
        ),
        (
            "MUG-500 in DE",
            "clarify",
            "I understood: SKU MUG-500, store DE. I did not understand what you want to know "
            "about it. Did you mean: units sold / revenue / stock / price / unit cost / margin / "
            "HS code / listing status?",
        ),
        (
            "what's the HS code?",
            "clarify",
            "Which product do you mean for the HS code? "
            "Give its SKU (such as MUG-500) or its name.",
        ),
        (
            "how many mugs did other sellers sell?",
            "refuse",
            "I can only read your own business's data; I cannot show or estimate another "
            "seller's sales, prices or stock.",
        ),
    ],
)
def test_the_semantic_layer_answers_with_exact_numbers(
    session: Session, owner: Member, question: str, intent: str, first_line: str
) -> None:
    reply = chat.answer(session, now=AT, actor=owner.actor, question=question)
    assert (reply.intent, reply.text.splitlines()[0]) == (intent, first_line)


def test_an_answer_carries_its_filters_and_query(session: Session, owner: Member) -> None:
    reply = chat.answer(
        session, now=AT, actor=owner.actor, question="units of MUG-500 in DE last 30 days"
    )
    assert reply.data["filters"] == {
        "measure": "units_sold",
        "sku": "MUG-500",
        "store": "DE",
        "period": "2026-10-27 to 2026-11-25",
        "currency": "CNY",
    }
    assert reply.data["total"]["units"] == 58
    assert reply.data["query"] == (
        "SELECT sum(units), count(distinct order), sum(item_price) FROM orders WHERE day "
        "BETWEEN '2026-10-27' AND '2026-11-25' AND status != cancelled AND sku IN (MUG-500) "
        "AND store = 'DE' GROUP BY product"
    )


def test_another_sellers_sku_is_not_in_the_catalogue(session: Session, owner: Member) -> None:
    other = make_member(session, make_seller(session, slug="other"))
    make_product(session, other.actor, sku="THEIR-1")
    reply = chat.answer(session, now=AT, actor=owner.actor, question="units of THEIR-1 sold?")
    assert reply.intent == "clarify"
    assert "I don't find a product THEIR-1 in your catalogue." in reply.text


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ('{"measure": "units_sold", "seller_id": 2}', "unknown arguments ['seller_id']"),
        ('{"measure": "bank_balance"}', "measure must be one of"),
        ('{"measure": "units_sold", "start": "2026-11-20", "end": "2026-11-01"}', "end must be"),
        ('{"measure": "hs_code"}', "hs_code needs a sku"),
        ('{"measure": "units_sold", "sku": "THEIR-1"}', "SKU THEIR-1 is not in this seller"),
        ('["units_sold"]', "arguments must be a JSON object"),
    ],
)
def test_the_query_tool_refuses_bad_arguments(
    session: Session, owner: Member, arguments: str, error: str
) -> None:
    result = chat.run_tool(session, owner.actor, "query", arguments, now=AT)
    assert list(result) == ["error"]
    assert error in result["error"]


def test_the_llm_answers_from_the_query_tool(session: Session, owner: Member) -> None:
    args = {"measure": "units_sold", "sku": "MUG-500", "store": "DE"}
    fake = FakeLLM([tool_call("query", args), text("You sold 58 units of MUG-500 in DE.")])
    with serve(fake) as url:
        client = OpenAICompatibleClient(LLMConfig(base_url=url, model="fake"))
        reply = chat.answer(
            session, now=AT, actor=owner.actor, question="MUG-500 sales in DE?", client=client
        )
        client.close()
    assert (reply.via, reply.text.splitlines()[0]) == ("llm", "You sold 58 units of MUG-500 in DE.")
    assert reply.data["query#1"]["total"]["units"] == 58
    assert reply.data["query#1"]["filters"]["period"] == "2026-10-27 to 2026-11-25"


def test_days_of_cover_rank_follows_the_question(session: Session, owner: Member) -> None:
    """Fewest days first by default; 'most days of cover' puts the longest cover first (a SKU
    with stock and no sales counts as unbounded cover)."""
    actor = owner.actor
    make_product(session, actor, sku="JAR-200", unit_cost="8.00")
    inventory.post_moves(
        session,
        actor=actor,
        moves=[MoveLine("JAR-200", "FBA-DE", 40, MoveReason.RECEIVED, "PO-2", at=AT)],
        now=AT,
    )
    default = chat.answer(
        session, now=AT, actor=actor, question="days of cover in Germany for each SKU?"
    )
    most = chat.answer(
        session, now=AT, actor=actor, question="Which SKU has the most days of cover in Germany?"
    )
    mug = "MUG-500 at FBA-DE (DE,EBAY_DE): 6.2 days of cover (12 available, 58 sold in 30 days)"
    jar = "JAR-200 at FBA-DE (DE,EBAY_DE): no sales in 30 days (40 available, 0 sold in 30 days)"
    assert default.text.split("\n")[:2] == [mug, jar]
    assert most.text.split("\n")[:2] == [jar, mug]


def test_averages_of_sales_show_the_figures_they_divide(session: Session, owner: Member) -> None:
    aov = chat.answer(session, now=AT, actor=owner.actor, question="德国站最近30天的客单价是多少")
    assert aov.intent == "revenue"
    first = aov.text.splitlines()[0]
    assert first.endswith("在 DE 的客单价: 19.99 EUR (1159.42 EUR / 58 个订单)。")
    rate = chat.answer(
        session, now=AT, actor=owner.actor, question="how many MUG-500 a day do we sell in DE?"
    )
    assert rate.text.splitlines()[0].startswith("MUG-500 sold 1.9 units a day on average in DE ")
    assert rate.text.splitlines()[0].endswith("(58 units / 30 days).")
    ranked = chat.answer(
        session, now=AT, actor=owner.actor, question="which store has the highest AOV?"
    )
    assert ranked.intent == "unknown"


def test_the_query_tool_averages_and_checks_its_per(session: Session, owner: Member) -> None:
    start, end = (AT - timedelta(days=29)).date(), AT.date()
    args = {"measure": "revenue", "store": "DE", "start": str(start), "end": str(end)}
    got = chat.run_tool(session, owner.actor, "query", json.dumps(args | {"per": "unit"}), now=AT)
    assert got["filters"]["per"] == "unit"
    assert got["summary"].startswith("Average selling price in DE over ")
    assert got["summary"].endswith(": 19.99 EUR (1159.42 EUR / 58 units).")
    bad = chat.run_tool(session, owner.actor, "query", json.dumps(args | {"per": "year"}), now=AT)
    assert bad == {"error": "invalid arguments: per must be order, unit, day or week"}
    ranked = args | {"per": "order", "rank": "top"}
    assert chat.run_tool(session, owner.actor, "query", json.dumps(ranked), now=AT) == {
        "error": "invalid arguments: per averages a sales measure (units_sold, revenue, orders), "
        "unranked"
    }


def test_an_order_of_two_skus_counts_once(session: Session) -> None:
    member = make_member(session, make_seller(session))
    actor = member.actor
    make_product(session, actor, sku="MUG-1", unit_cost="10.00")
    make_product(session, actor, sku="CUP-1", unit_cost="5.00")
    day = (AT - timedelta(days=1)).isoformat()
    line = ["Shipped", "Amazon", "Amazon.de"]
    rows = [
        ["302-0000001-DE", day, *line, "MUG-1", "1", "EUR", "19.99"],
        ["302-0000001-DE", day, *line, "CUP-1", "2", "EUR", "9.98"],
        ["302-0000002-DE", day, *line, "MUG-1", "1", "EUR", "19.99"],
    ]
    _import_orders(session, actor, rows)
    reply = chat.answer(session, now=AT, actor=actor, question="how many orders in DE yesterday?")
    assert reply.text.splitlines()[0].startswith("You had 2 orders in DE over yesterday")
    aov = chat.answer(session, now=AT, actor=actor, question="AOV in DE yesterday")
    assert aov.text.splitlines()[0].endswith(": 24.98 EUR (49.96 EUR / 2 orders).")
