"""LLM attribute completion through the OpenAI-compatible client against a fake server over
real HTTP: it fills what the rules missed, only with values the seller's text states."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient
from globalsell.bootstrap import build_registry
from globalsell.catalog import service as catalog
from globalsell.catalog.schemas import ProductCreate
from globalsell.listings import llm_extract, service
from globalsell.listings.extract import MasterText, complete
from globalsell.listings.glossary import glossary
from tests.factories import AT, make_member, make_seller, set_seller_attribute
from tests.fake_servers import Recorded, chat_reply, serve

DESCRIPTION = "杯身采用不锈钢材质，颜色：红色，净重 350 克。"
GUESS = {
    "material": ["不锈钢"],
    "color": "红色",
    "size": "XL",  # not in the text: must be refused
    "capacity_ml": None,
    "item_weight_g": "350",
    "wattage_w": "1200",  # not in the text: must be refused
    "battery_capacity_mah": None,
    "number_of_items": None,
}


def replies(answers: list[tuple[int, Any]]) -> Any:
    def respond(_: Recorded) -> tuple[int, dict[str, str], Any]:
        status, body = answers.pop(0)
        return status, {}, body

    return respond


def client(url: str) -> OpenAICompatibleClient:
    return OpenAICompatibleClient(
        LLMConfig(base_url=url, model="test-model", api_key="sk-test"), sleep=lambda s: None
    )


def master() -> MasterText:
    return MasterText(
        title="真空保温杯 500ml",
        title_en=None,
        category="保温杯",
        description=DESCRIPTION,
        bullets=(),
        keywords=(),
        attributes={},
    )


def test_only_stated_values_are_added_below_rule_confidence() -> None:
    facts = complete(master(), glossary())
    assert "material" not in facts
    assert "capacity" in facts  # the rules found 500 ml in the title
    with serve(replies([(200, chat_reply(json.dumps(GUESS)))])) as server:
        out, added = llm_extract.complete_with(client(server.url), master(), facts)
    assert added == ["material", "color", "item_weight"]
    assert out["material"].value == ["不锈钢"]
    assert out["color"].value == "红色"
    assert out["item_weight"].value == {"value": "350", "unit": "grams"}
    assert str(out["material"].confidence) == "0.6"
    assert out["material"].source == "llm:openai-compatible:test-model"
    assert out["capacity"] == facts["capacity"]  # a rule value is never replaced
    (request,) = server.requests
    prompt = request.body["messages"][-1]["content"]
    assert DESCRIPTION in prompt


def test_generate_uses_the_llm_and_falls_back_to_rules_on_provider_errors(
    session: Session,
) -> None:
    owner = make_member(session, make_seller(session)).actor
    catalog.create_product(
        session,
        actor=owner,
        data=ProductCreate(
            sku="NB-LLM-1", title="真空保温杯 500ml", brand="NINGVALE", description=DESCRIPTION
        ),
        now=AT,
    )
    set_seller_attribute(session, owner, "NB-LLM-1", "country_of_origin", "CN", now=AT)
    with serve(replies([(200, chat_reply(json.dumps(GUESS)))])) as server:
        report = service.generate(
            session,
            actor=owner,
            registry=build_registry(),
            now=AT,
            stores=["DE"],
            generator=client(server.url),
            propose=False,
        )
    (listing,) = service.list_listings(session, actor=owner)
    assert report.llm_failed == 0
    assert listing.content["material"] == ["Edelstahl"]
    assert listing.sources["material"] == "glossary"

    # A server that keeps failing: the rules' attributes are used, nothing crashes.
    failing = [(500, {"error": "down"})] * 10
    with serve(replies(failing)) as server:
        report = service.generate(
            session,
            actor=owner,
            registry=build_registry(),
            now=AT,
            stores=["DE"],
            generator=client(server.url),
            propose=False,
        )
    assert report.llm_failed == 1
    assert report.llm_filled == 0
