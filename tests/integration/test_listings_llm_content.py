"""Listing content written by a configured LLM, against the fake OpenAI-compatible server over
real HTTP: a field is used only when it passes every offline rule, a failing field gets one
repair call, else the offline field is kept; provider errors keep the offline content."""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy.orm import Session

from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient
from globalsell.bootstrap import build_registry
from globalsell.catalog import service as catalog
from globalsell.catalog.schemas import ProductCreate
from globalsell.core.actor import Actor
from globalsell.listings import service
from globalsell.listings.llm_content import PROMPT_VERSION
from globalsell.listings.service import GenerateReport
from tests.factories import AT, make_member, make_seller
from tests.fake_servers import Recorded, serve

SKU = "NB-BOTTLE-1"
DESCRIPTION = "Double-wall stainless steel water bottle, keeps drinks cold. Capacity 750 ml."
USAGE = {"prompt_tokens": 300, "completion_tokens": 120, "total_tokens": 420}


def answer(content: dict[str, Any] | str, usage: dict[str, int] = USAGE) -> tuple[int, Any]:
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    message = {"role": "assistant", "content": text}
    return 200, {"choices": [{"index": 0, "message": message}], "usage": usage}


def replies(answers: list[tuple[int, Any]]) -> Any:
    def respond(_: Recorded) -> tuple[int, dict[str, str], Any]:
        status, body = answers.pop(0)
        return status, {}, body

    return respond


def client(url: str, **config: Any) -> OpenAICompatibleClient:
    return OpenAICompatibleClient(
        LLMConfig(base_url=url, model="test-model", api_key="sk-test", **config),
        sleep=lambda s: None,
    )


def seller(session: Session) -> Actor:
    owner = make_member(session, make_seller(session)).actor
    catalog.create_product(
        session,
        actor=owner,
        data=ProductCreate(
            sku=SKU,
            title="Stainless Steel Water Bottle 750ml",
            brand="NINGVALE",
            description=DESCRIPTION,
        ),
        now=AT,
    )
    return owner


def run(session: Session, owner: Actor, store: str, writer: Any = None) -> GenerateReport:
    return service.generate(
        session,
        actor=owner,
        registry=build_registry(),
        now=AT,
        stores=[store],
        writer=writer,
        propose=False,
    )


def listing(session: Session, owner: Actor) -> Any:
    (row,) = service.list_listings(session, actor=owner)
    return row


GOOD = {
    "product_type": "BOTTLE",
    "item_name": "NINGVALE Water Bottle, Stainless Steel, 750 ml",
    "bullet_point": [
        "Double-wall stainless steel keeps drinks cold",
        "Capacity: 750 ml (25.4 fl oz)",
    ],
    "product_description": "A double-wall stainless steel water bottle that keeps drinks cold. "
    "It holds 750 ml.",
    "generic_keyword": "water bottle double wall cold drinks",
}
LLM = f"llm:openai-compatible:test-model@{PROMPT_VERSION}"
FIELDS = ("item_name", "bullet_point", "product_description", "generic_keyword")


def offline(session: Session, owner: Actor, store: str) -> dict[str, Any]:
    run(session, owner, store)
    return dict(listing(session, owner).content)


def test_a_good_answer_is_used_with_its_type_provenance_and_tokens(session: Session) -> None:
    owner = seller(session)
    with serve(replies([answer(GOOD)])) as server:
        report = run(session, owner, "US", client(server.url))
    row = listing(session, owner)
    assert (report.llm_generated, report.llm_repaired, report.llm_fell_back) == (4, 0, 0)
    assert (report.llm_prompt_tokens, report.llm_completion_tokens) == (300, 120)
    assert row.product_type == "BOTTLE"
    assert row.content["item_name"] == GOOD["item_name"]
    assert row.content["bullet_point"] == GOOD["bullet_point"]
    assert row.content["product_description"] == GOOD["product_description"]
    assert row.content["generic_keyword"] == GOOD["generic_keyword"]
    assert [row.sources[f] for f in (*FIELDS, "product_type")] == [LLM] * 5
    assert row.sources["llm"]["item_name"] == {
        "outcome": "generated",
        "provider": "openai-compatible:test-model",
        "prompt_version": PROMPT_VERSION,
        "prompt_tokens": 300,
        "completion_tokens": 120,
    }
    assert row.generator == "openai-compatible:test-model"
    (request,) = server.requests
    prompt = json.loads(request.body["messages"][-1]["content"])
    assert prompt["product_type_candidates"] == ["BOTTLE"]
    assert prompt["language"] == "en"
    assert prompt["seller_data"]["description"] == DESCRIPTION


def test_malformed_json_then_a_good_repair(session: Session) -> None:
    owner = seller(session)
    with serve(replies([answer('{"item_name": "NINGVALE Water'), answer(GOOD)])) as server:
        report = run(session, owner, "US", client(server.url))
    row = listing(session, owner)
    assert (report.llm_generated, report.llm_repaired, report.llm_fell_back) == (0, 4, 0)
    assert (report.llm_prompt_tokens, report.llm_completion_tokens) == (600, 240)
    assert row.content["item_name"] == GOOD["item_name"]
    assert row.sources["llm"]["bullet_point"]["outcome"] == "repaired"
    assert len(server.requests) == 2
    repair = server.requests[1].body["messages"][-1]["content"]
    assert repair.startswith("These fields cannot be published: ")
    assert "malformed JSON" in repair


def test_a_wrong_language_answer_falls_back(session: Session) -> None:
    owner = seller(session)
    expected = offline(session, owner, "JP")
    english = {**GOOD, "product_type": None}
    with serve(replies([answer(english), answer(english)])) as server:
        report = run(session, owner, "JP", client(server.url))
    row = listing(session, owner)
    assert (report.llm_generated, report.llm_repaired, report.llm_fell_back) == (0, 0, 4)
    assert row.content == expected
    # Title head noun and embedding agree offline: the Japanese title is the type's name.
    assert row.product_type == "BOTTLE"
    assert row.sources["llm"]["item_name"]["outcome"] == "fell-back"
    assert row.content["item_name"] == expected["item_name"]
    assert row.needs_translation == []
    repair = server.requests[1].body["messages"][-1]["content"]
    assert "wrong-language: not Japanese (no kana, mostly Latin letters)" in repair


def test_an_invented_fact_is_refused_and_the_repair_used(session: Session) -> None:
    owner = seller(session)
    invented = {**GOOD, "item_name": "NINGVALE Water Bottle, Stainless Steel, 500 ml"}
    with serve(replies([answer(invented), answer(GOOD)])) as server:
        report = run(session, owner, "US", client(server.url))
    row = listing(session, owner)
    assert (report.llm_generated, report.llm_repaired, report.llm_fell_back) == (3, 1, 0)
    assert row.content["item_name"] == GOOD["item_name"]
    repair = server.requests[1].body["messages"][-1]["content"]
    failing = json.loads(repair.split("\n")[0].removeprefix("These fields cannot be published: "))
    assert failing == {"item_name": ["invented-fact: number 500 is not in the seller's data"]}


def test_an_invented_material_and_a_shipping_promise_fall_back(session: Session) -> None:
    owner = seller(session)
    bad = {
        **GOOD,
        "bullet_point": ["Bamboo lid, stainless steel body", "Free shipping"],
        "product_description": "A stainless steel water bottle. Free shipping on every order.",
    }
    with serve(replies([answer(bad), answer(bad)])) as server:
        report = run(session, owner, "US", client(server.url))
    row = listing(session, owner)
    assert (report.llm_generated, report.llm_repaired, report.llm_fell_back) == (2, 0, 2)
    assert row.content["item_name"] == GOOD["item_name"]
    assert row.content["bullet_point"] != bad["bullet_point"]
    assert row.content["product_description"] != bad["product_description"]
    assert "free shipping" not in json.dumps(row.content).lower()
    failing = json.loads(
        server.requests[1]
        .body["messages"][-1]["content"]
        .split("\n")[0]
        .removeprefix("These fields cannot be published: ")
    )
    assert failing == {
        "bullet_point": [
            "shipping-promise: shipping promises are not allowed",
            "invented-fact: material 'bamboo' is not in the seller's data",
        ],
        "product_description": ["shipping-promise: shipping promises are not allowed"],
    }


def test_a_type_outside_the_candidates_is_ignored(session: Session) -> None:
    owner = seller(session)
    with serve(replies([answer({**GOOD, "product_type": "DRINKING_CUP"})])) as server:
        report = run(session, owner, "US", client(server.url))
    row = listing(session, owner)
    assert report.llm_generated == 4
    assert row.product_type == "BOTTLE"  # the offline type, not the model's outside pick
    assert row.sources["product_type"] == "classifier"
    assert row.content["item_name"] == GOOD["item_name"]


def test_a_time_out_and_a_429_keep_the_offline_content(session: Session) -> None:
    owner = seller(session)
    expected = offline(session, owner, "US")

    def slow(_: Recorded) -> tuple[int, dict[str, str], Any]:
        time.sleep(0.5)
        return answer(GOOD)[0], {}, answer(GOOD)[1]

    with serve(slow) as server:
        report = run(session, owner, "US", client(server.url, timeout_seconds=0.1, max_attempts=1))
    assert (report.llm_content_failed, report.llm_generated, report.llm_fell_back) == (1, 0, 0)
    assert listing(session, owner).content == expected
    assert "llm" not in listing(session, owner).sources

    limited = [(429, {"error": {"message": "rate limited"}})] * 2
    with serve(replies(limited)) as server:
        report = run(session, owner, "US", client(server.url, max_attempts=2))
    assert (report.llm_content_failed, report.llm_generated, report.llm_fell_back) == (1, 0, 0)
    assert len(server.requests) == 2
    assert listing(session, owner).content == expected


def test_a_japanese_answer_fills_the_title_the_offline_path_cannot_write(
    session: Session,
) -> None:
    owner = seller(session)
    japanese = {
        "product_type": "BOTTLE",
        "item_name": "NINGVALE ステンレス製 ウォーターボトル 750 ml",
        "bullet_point": ["二重構造のステンレス製で飲み物を冷たく保ちます", "容量: 750 ml"],
        "product_description": "飲み物を冷たく保つ二重構造のステンレス製ウォーターボトルです。"
        "容量は750 mlです。",
        "generic_keyword": "ウォーターボトル ステンレス 水筒",
    }
    with serve(replies([answer(japanese)])) as server:
        report = run(session, owner, "JP", client(server.url))
    row = listing(session, owner)
    assert (report.llm_generated, report.llm_repaired, report.llm_fell_back) == (4, 0, 0)
    assert row.content["item_name"] == japanese["item_name"]
    assert row.content["bullet_point"] == japanese["bullet_point"]
    assert row.product_type == "BOTTLE"
    assert row.needs_translation == []
