"""A scripted OpenAI-compatible model for tests and benchmarks, served over real HTTP on 127.0.0.1
by tests/fake_servers.py: each POST /chat/completions gets the next scripted reply."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests import fake_servers
from tests.fake_servers import Recorded

Reply = dict[str, Any] | str  # a message dict, or raw text sent as the body ("garbage")


def tool_call(name: str, arguments: dict[str, Any] | str, call_id: str = "call_1") -> Reply:
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": call_id, "type": "function", "function": {"name": name, "arguments": args}}
        ],
    }


def tool_calls(*calls: tuple[str, dict[str, Any] | str]) -> Reply:
    """Several tool calls in one reply."""
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": f"call_{i}",
                "type": "function",
                "function": {
                    "name": name,
                    "arguments": args if isinstance(args, str) else json.dumps(args),
                },
            }
            for i, (name, args) in enumerate(calls, start=1)
        ],
    }


def text(content: str) -> Reply:
    return {"role": "assistant", "content": content}


class FakeLLM:
    """The responder behind `serve`: pops the next scripted reply for each request."""

    def __init__(self, script: list[Reply], delay_seconds: float = 0.0) -> None:
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self.delay_seconds = delay_seconds

    def respond(self, recorded: Recorded) -> tuple[int, dict[str, str], Any]:
        self.requests.append(recorded.body if isinstance(recorded.body, dict) else {})
        if self.delay_seconds:
            time.sleep(self.delay_seconds)
        reply = self.script.pop(0) if self.script else text("(script exhausted)")
        if isinstance(reply, str):
            return 200, {}, reply.encode()
        body = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": reply, "finish_reason": "stop"}],
        }
        return 200, {}, body


@contextmanager
def serve(fake: FakeLLM) -> Iterator[str]:
    """The scripted model behind a real loopback HTTP server; yields its /v1 base URL."""
    with fake_servers.serve(fake.respond) as server:
        yield f"{server.url}/v1"
