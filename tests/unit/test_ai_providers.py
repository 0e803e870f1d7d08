"""The OpenAI-compatible client against a fake server over real HTTP, and the offline path."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from globalsell.ai.offline import GlossaryTranslator
from globalsell.ai.openai_compatible import (
    LLMConfig,
    LLMTranslator,
    OpenAICompatibleClient,
    protect,
    restore,
)
from globalsell.ai.protocols import ProviderError
from globalsell.ai.providers import from_env
from tests.fake_servers import Recorded, chat_reply, serve


class Title(BaseModel):
    title: str
    words: int


def scripted(replies: list[tuple[int, Any]]) -> Any:
    queue = list(replies)

    def respond(_: Recorded) -> tuple[int, dict[str, str], Any]:
        status, payload = queue.pop(0)
        return status, {}, payload

    return respond


def client_for(url: str, sleeps: list[float], **kw: Any) -> OpenAICompatibleClient:
    config = LLMConfig(base_url=url, model="test-model", api_key="sk-test", **kw)
    return OpenAICompatibleClient(config, sleep=sleeps.append)


def test_structured_output_is_parsed_and_the_key_and_model_are_sent() -> None:
    replies = [(200, chat_reply('{"title": "Edelstahl Trinkflasche", "words": 2}'))]
    sleeps: list[float] = []
    with serve(scripted(replies)) as server:
        client = client_for(server.url, sleeps)
        result = client.generate(system="s", prompt="p", schema=Title)
    assert result == Title(title="Edelstahl Trinkflasche", words=2)
    (request,) = server.requests
    assert request.path == "/chat/completions"
    assert request.headers["Authorization"] == "Bearer sk-test"
    assert request.body["model"] == "test-model"
    assert request.body["response_format"] == {"type": "json_object"}
    assert sleeps == []


def test_429_and_500_are_retried_with_exponential_backoff() -> None:
    replies = [
        (429, {"error": "slow down"}),
        (500, {"error": "boom"}),
        (200, chat_reply('```json\n{"title": "x", "words": 1}\n```')),
    ]
    sleeps: list[float] = []
    with serve(scripted(replies)) as server:
        result = client_for(server.url, sleeps, backoff_seconds=0.25).generate(
            system="s", prompt="p", schema=Title
        )
    assert result.title == "x"
    assert len(server.requests) == 3
    assert sleeps == [0.25, 0.5]


def test_invalid_output_is_asked_again_with_the_errors() -> None:
    replies = [
        (200, chat_reply('{"title": "x"}')),
        (200, chat_reply('{"title": "x", "words": 1}')),
    ]
    with serve(scripted(replies)) as server:
        result = client_for(server.url, []).generate(system="s", prompt="p", schema=Title)
    assert result.words == 1
    second = server.requests[1].body["messages"]
    assert second[-1]["role"] == "user"
    assert "did not fit the schema" in second[-1]["content"]
    assert second[-2] == {"role": "assistant", "content": '{"title": "x"}'}


def test_output_that_never_fits_raises_provider_error() -> None:
    replies = [(200, chat_reply("not json"))] * 3
    with serve(scripted(replies)) as server, pytest.raises(ProviderError, match="did not fit"):
        client_for(server.url, [], max_invalid=2).generate(system="s", prompt="p", schema=Title)
    assert len(server.requests) == 3


def test_persistent_503_gives_up_after_max_attempts() -> None:
    replies = [(503, {"error": "down"})] * 3
    sleeps: list[float] = []
    with serve(scripted(replies)) as server, pytest.raises(ProviderError, match="HTTP 503"):
        client_for(server.url, sleeps, max_attempts=3).generate(
            system="s", prompt="p", schema=Title
        )
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_400_is_not_retried() -> None:
    with serve(scripted([(400, {"error": "bad"})])) as server, pytest.raises(ProviderError):
        client_for(server.url, []).generate(system="s", prompt="p", schema=Title)
    assert len(server.requests) == 1


def test_timeout_is_retried_then_reported() -> None:
    with pytest.raises(ProviderError, match="gave up"):
        # Nothing listens on port 9 of loopback: a transport error on every try.
        client_for("http://127.0.0.1:9", [], max_attempts=2, timeout_seconds=0.5).generate(
            system="s", prompt="p", schema=Title
        )


def test_llm_translator_keeps_do_not_translate_terms() -> None:
    def respond(request: Recorded) -> tuple[int, dict[str, str], Any]:
        texts = json.loads(request.body["messages"][1]["content"])["texts"]
        assert texts == ["⟦0⟧ Trinkflasche ⟦1⟧", "Deckel"]
        reply = {"translations": ["⟦0⟧ water bottle ⟦1⟧", "lid"]}
        return 200, {}, chat_reply(json.dumps(reply))

    with serve(respond) as server:
        translator = LLMTranslator(client_for(server.url, []))
        out = translator.translate(
            ["NINGVALE Trinkflasche NV-500", "Deckel"],
            source="de",
            target="en",
            keep=["NINGVALE", "NV-500"],
        )
    assert out == ["NINGVALE water bottle NV-500", "lid"]


def test_a_dropped_placeholder_means_not_translated() -> None:
    text, terms = protect("NINGVALE Flasche", ["NINGVALE"])
    assert text == "⟦0⟧ Flasche"
    assert restore("bottle", terms) is None
    assert restore("⟦0⟧ bottle", terms) == "NINGVALE bottle"


def test_offline_translator_knows_only_glossary_terms() -> None:
    translator = GlossaryTranslator({"硅胶": {"de": "Silikon", "en": "Silicone"}})
    out = translator.translate(
        ["硅胶", "食品级硅胶，无BPA", "NINGVALE"], source="zh", target="de", keep=["NINGVALE"]
    )
    assert out == ["Silikon", None, "NINGVALE"]


def test_from_env_is_offline_without_configuration() -> None:
    providers = from_env({})
    assert providers.offline is True
    assert providers.translator.name == "offline-glossary"
    configured = from_env(
        {"GLOBALSELL_LLM_BASE_URL": "http://127.0.0.1:1/v1/", "GLOBALSELL_LLM_MODEL": "qwen"}
    )
    assert configured.offline is False
    assert configured.translator.name == "llm-translator:openai-compatible:qwen"
