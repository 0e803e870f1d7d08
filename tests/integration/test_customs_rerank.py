"""The optional LLM re-ranker over real HTTP against a local fake OpenAI-compatible server: a
usable answer re-orders the offline candidates; anything else leaves the offline order."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient
from globalsell.customs import classifier, rerank, service
from tests.factories import auth, make_member, make_seller
from tests.fake_llm import FakeLLM, serve, text

PRODUCT = "stainless steel vacuum insulated drinking bottle 500 ml"


def _client(url: str) -> OpenAICompatibleClient:
    return OpenAICompatibleClient(
        LLMConfig(base_url=url, model="fake", api_key="k", max_attempts=1, max_invalid=0)
    )


def _offline() -> classifier.Classification:
    return classifier.classify(PRODUCT)


def test_a_valid_answer_reorders_the_offline_candidates() -> None:
    offline = _offline()
    codes = [c.hs6 for c in offline.candidates]
    assert len(codes) >= 3
    answer = {
        "order": [codes[2], codes[0]],
        "reason": "a vacuum flask, heading 9617",
        "note": "heading 9617",
    }
    fake = FakeLLM([text(json.dumps(answer))])
    with serve(fake) as url:
        client = _client(url)
        result = rerank.rerank(offline, client)
        client.close()
    assert [c.hs6 for c in result.candidates] == [codes[2], codes[0], codes[1], *codes[3:]]
    assert result.method == f"{offline.method}+llm-rerank"
    assert result.candidates[0].reasons[0] == (
        "re-ranked first by openai-compatible:fake: a vacuum flask, heading 9617 "
        "(relied on: heading 9617)"
    )
    assert result.confidence == offline.candidates[2].confidence
    assert result.notes[-1] == (
        f"LLM re-rank by openai-compatible:fake: {codes[2]} first (offline first was {codes[0]})"
    )
    (request,) = fake.requests
    assert request["response_format"] == {"type": "json_object"}
    prompt = request["messages"][1]["content"]
    assert prompt.startswith(f"Product: {PRODUCT}")
    assert all(f" - {code}: heading" in prompt for code in codes[:5])
    assert '"order"' in request["messages"][0]["content"]  # the JSON Schema is sent
    assert '"note"' in request["messages"][0]["content"]  # it must cite what it relied on


def test_the_prompt_carries_the_legal_source_of_each_candidate() -> None:
    offline = classifier.classify("Magnetic Tiles Building Blocks 3D Toys for Kids")
    prompt = rerank.prompt_for(offline, offline.candidates[:5])
    assert (
        "   legal source: heading 9503 (other toys, reduced-size models, puzzles); "
        "Chapter 95 Note 1"
    ) in prompt


def test_an_answer_without_the_note_it_relied_on_is_ignored() -> None:
    offline = _offline()
    codes = [c.hs6 for c in offline.candidates]
    fake = FakeLLM([text(json.dumps({"order": [codes[1]], "reason": "fits best"}))])
    with serve(fake) as url:
        client = _client(url)
        result = rerank.rerank(offline, client)
        client.close()
    assert [c.hs6 for c in result.candidates] == codes
    assert result.notes[-1].endswith("; offline order kept")


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        (
            json.dumps({"order": ["999999"], "reason": "x", "note": "GIR 1"}),
            "the model named '999999'",
        ),
        ("not json at all", "openai-compatible:fake did not answer"),
        (
            json.dumps({"order": [], "reason": "x", "note": "GIR 1"}),
            "openai-compatible:fake did not answer",
        ),
    ],
)
def test_unusable_answers_keep_the_offline_order(reply: str, why: str) -> None:
    offline = _offline()
    fake = FakeLLM([text(reply)])
    with serve(fake) as url:
        client = _client(url)
        result = rerank.rerank(offline, client)
        client.close()
    assert [c.hs6 for c in result.candidates] == [c.hs6 for c in offline.candidates]
    assert result.method == offline.method
    assert result.notes[-1].startswith(f"LLM re-rank ignored: {why}")
    assert result.notes[-1].endswith("; offline order kept")


def test_a_repeated_code_is_ignored() -> None:
    offline = _offline()
    first = offline.candidates[0].hs6
    fake = FakeLLM([text(json.dumps({"order": [first, first], "reason": "x", "note": "GIR 1"}))])
    with serve(fake) as url:
        client = _client(url)
        result = rerank.rerank(offline, client)
        client.close()
    assert result.notes[-1] == (
        f"LLM re-rank ignored: the model named {first} twice; offline order kept"
    )


def test_without_a_generator_nothing_changes() -> None:
    offline = _offline()
    assert rerank.rerank(offline, None) is offline
    out = service.classify_text(PRODUCT, generator=None)
    assert out.method == offline.method


def test_the_api_uses_the_configured_llm(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    viewer = make_member(session, make_seller(session))
    codes = [c.hs6 for c in _offline().candidates]
    fake = FakeLLM(
        [text(json.dumps({"order": [codes[1]], "reason": "fits best", "note": "GIR 1"}))]
    )
    with serve(fake) as url:
        monkeypatch.setenv("GLOBALSELL_LLM_BASE_URL", url)
        monkeypatch.setenv("GLOBALSELL_LLM_MODEL", "fake")
        response = client.post(
            "/api/v1/customs/classify", headers=auth(viewer), json={"text": PRODUCT}
        )
    assert response.status_code == 200
    body = response.json()
    assert [c["hs6"] for c in body["candidates"]][:2] == [codes[1], codes[0]]
    assert body["method"].endswith("+llm-rerank")
    assert len(fake.requests) == 1


def test_the_cli_uses_the_configured_llm_and_survives_a_broken_one() -> None:
    from typer.testing import CliRunner

    from globalsell.cli.main import app

    codes = [c.hs6 for c in _offline().candidates]
    fake = FakeLLM(
        [text(json.dumps({"order": [codes[1]], "reason": "fits best", "note": "GIR 1"}))]
    )
    runner = CliRunner()
    with serve(fake) as url:
        env = {"GLOBALSELL_LLM_BASE_URL": url, "GLOBALSELL_LLM_MODEL": "fake"}
        result = runner.invoke(app, ["customs", "classify", PRODUCT, "--json"], env=env)
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert [c["hs6"] for c in body["candidates"]][:2] == [codes[1], codes[0]]
    # a server that answers garbage: the offline order, and a note
    broken = FakeLLM([text("garbage")] * 3)
    with serve(broken) as url:
        env = {"GLOBALSELL_LLM_BASE_URL": url, "GLOBALSELL_LLM_MODEL": "fake"}
        result = runner.invoke(app, ["customs", "classify", PRODUCT, "--json"], env=env)
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert [c["hs6"] for c in body["candidates"]] == codes
    assert body["notes"][-1].startswith("LLM re-rank ignored: openai-compatible:fake did not")
