"""A scripted OpenAI-compatible chat server on 127.0.0.1 (real HTTP, in a thread) for tests and
benchmarks: each POST /chat/completions gets the next scripted reply and is recorded."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

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
    def __init__(self, script: list[Reply], delay_seconds: float = 0.0) -> None:
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self.delay_seconds = delay_seconds

    def next_body(self, request: dict[str, Any]) -> bytes:
        self.requests.append(request)
        if self.delay_seconds:
            time.sleep(self.delay_seconds)
        reply = self.script.pop(0) if self.script else text("(script exhausted)")
        if isinstance(reply, str):
            return reply.encode()
        body = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": reply, "finish_reason": "stop"}],
        }
        return json.dumps(body).encode()


@contextmanager
def serve(fake: FakeLLM) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", "0"))
            request = json.loads(self.rfile.read(length) or b"{}")
            try:
                body = fake.next_body(request)
            except BrokenPipeError:
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
