"""`listings generate` with an LLM configured (the fake OpenAI-compatible server over real
HTTP): the report says how many content fields the model wrote, repaired or left offline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.support import BuiltDemo, run_cli
from tests.fake_servers import Recorded, chat_reply, serve


def test_generate_reports_llm_content(
    built_demo: BuiltDemo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = built_demo.copy_to(tmp_path)
    asked: list[str] = []

    def respond(recorded: Recorded) -> tuple[int, dict[str, str], Any]:
        system = recorded.body["messages"][0]["content"]
        asked.append("content" if system.startswith("You write one Amazon listing") else "other")
        if asked[-1] == "content":  # not JSON twice: every field keeps the offline text
            return 200, {}, chat_reply("Sorry, I cannot help with that.")
        return 200, {}, chat_reply(json.dumps({}))

    with serve(respond) as server:
        monkeypatch.setenv("GLOBALSELL_LLM_BASE_URL", f"{server.url}/v1")
        monkeypatch.setenv("GLOBALSELL_LLM_MODEL", "test-model")
        code, output = run_cli(db, "listings", "generate", "--sku", "NB-CL-002", "--store", "US")
    assert code == 0, output
    assert asked.count("content") == 2
    assert (
        "LLM content: 0 fields generated, 0 repaired, 4 fell back; 0 SKUs kept the offline "
        "content (provider errors); tokens: 0 prompt, 0 completion" in " ".join(output.split())
    )
