"""An OpenAI-compatible chat-completions client with tool calling (OpenAI, DeepSeek, Qwen, vLLM,
Ollama...). Configured by GLOBALSELL_LLM_BASE_URL / _API_KEY / _MODEL, read by the edges."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx


class ChatProviderError(Exception):
    """The provider timed out, refused, or answered something that is not a chat completion."""


@dataclass(frozen=True, slots=True)
class ChatSettings:
    base_url: str
    model: str
    api_key: str = ""
    timeout_seconds: float = 30.0

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> ChatSettings | None:
        """The provider named by the environment, or None when none is configured."""
        base = env.get("GLOBALSELL_LLM_BASE_URL", "").strip()
        model = env.get("GLOBALSELL_LLM_MODEL", "").strip()
        if not base or not model:
            return None
        return cls(
            base_url=base.rstrip("/"), model=model, api_key=env.get("GLOBALSELL_LLM_API_KEY", "")
        )


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text as the model wrote it (may be invalid)


@dataclass(frozen=True, slots=True)
class ChatReply:
    content: str | None
    tool_calls: list[ToolCall] = field(default_factory=list)

    def as_message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": self.content}
        if self.tool_calls:
            message["tool_calls"] = [
                {
                    "id": c.id,
                    "type": "function",
                    "function": {"name": c.name, "arguments": c.arguments},
                }
                for c in self.tool_calls
            ]
        return message


class ChatClient:
    def __init__(self, settings: ChatSettings, *, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._http = httpx.Client(
            base_url=settings.base_url,
            headers=headers,
            timeout=settings.timeout_seconds,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def complete(
        self, messages: list[dict[str, Any]], *, tools: list[dict[str, Any]] | None = None
    ) -> ChatReply:
        """One chat completion; raises ChatProviderError on timeouts, HTTP errors and garbage."""
        body: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "temperature": 0,
        }
        if tools:
            body["tools"] = tools
        try:
            response = self._http.post("/chat/completions", json=body)
            response.raise_for_status()
            data = response.json()
        except httpx.TimeoutException as exc:
            raise ChatProviderError("the language model did not answer in time") from exc
        except httpx.HTTPStatusError as exc:
            raise ChatProviderError(
                f"the language model answered HTTP {exc.response.status_code}"
            ) from exc
        except (httpx.HTTPError, json.JSONDecodeError) as exc:
            raise ChatProviderError(f"the language model could not be reached: {exc}") from exc
        return parse_reply(data)


def parse_reply(data: Any) -> ChatReply:
    """The first choice of a chat completion, checked field by field."""
    try:
        message = data["choices"][0]["message"]
        content = message.get("content")
        calls = []
        for raw in message.get("tool_calls") or []:
            function = raw["function"]
            arguments = function.get("arguments") or "{}"
            if not isinstance(arguments, str):
                arguments = json.dumps(arguments)
            calls.append(
                ToolCall(id=str(raw.get("id", "")), name=str(function["name"]), arguments=arguments)
            )
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise ChatProviderError("the language model's answer is not a chat completion") from exc
    if content is not None and not isinstance(content, str):
        raise ChatProviderError("the language model's answer has no text content")
    return ChatReply(content=content, tool_calls=calls)
