"""The one client for any server that speaks the OpenAI chat-completions protocol (OpenAI,
DeepSeek, Qwen, vLLM, Ollama, llama.cpp server), used by listings, customs and the assistant.
Timeouts, retries with exponential backoff on 429, 5xx and transport errors; chat turns with tool
calls (`complete`); and structured output (`generate`): the reply must parse as JSON and validate
against a Pydantic schema, else the model is asked again with the validation errors."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import BaseModel, ValidationError

from globalsell.ai.protocols import ProviderError, T

PROMPT_VERSION = "listings-2026-11-25"
RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class LLMConfig:
    base_url: str
    model: str
    api_key: str | None = None
    timeout_seconds: float = 30.0
    max_attempts: int = 4  # transport/HTTP retries per call
    max_invalid: int = 2  # extra asks when the output does not fit the schema
    backoff_seconds: float = 0.5

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LLMConfig | None:
        """GLOBALSELL_LLM_BASE_URL / _API_KEY / _MODEL; None when no base URL is set."""
        base = env.get("GLOBALSELL_LLM_BASE_URL", "").strip()
        if not base:
            return None
        return cls(
            base_url=base.rstrip("/"),
            model=env.get("GLOBALSELL_LLM_MODEL", "").strip() or "default",
            api_key=env.get("GLOBALSELL_LLM_API_KEY") or None,
        )


class OpenAICompatibleClient:
    """TextGenerator over HTTP."""

    def __init__(
        self,
        config: LLMConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self.name = f"openai-compatible:{config.model}"
        headers = {"Content-Type": "application/json"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        self._http = httpx.Client(
            base_url=config.base_url,
            headers=headers,
            timeout=httpx.Timeout(config.timeout_seconds),
            transport=transport,
        )
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def generate(self, *, system: str, prompt: str, schema: type[T]) -> T:
        """One object of `schema`; asks again (with the errors) when the reply does not fit."""
        shape = json.dumps(schema.model_json_schema(), ensure_ascii=False)
        messages: list[dict[str, str]] = [
            {
                "role": "system",
                "content": f"{system}\nAnswer with one JSON object that fits this JSON Schema:"
                f"\n{shape}",
            },
            {"role": "user", "content": prompt},
        ]
        last_error = ""
        for _ in range(self.config.max_invalid + 1):
            content = self._complete(messages)
            try:
                return schema.model_validate_json(_strip_fences(content))
            except ValidationError as exc:
                last_error = exc.json(include_url=False)
            messages = [
                *messages,
                {"role": "assistant", "content": content},
                {
                    "role": "user",
                    "content": "That reply did not fit the schema. Errors: "
                    f"{last_error}\nAnswer again with only the JSON object.",
                },
            ]
        raise ProviderError(f"{self.name}: output did not fit {schema.__name__}: {last_error}")

    def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        tools: Sequence[Mapping[str, Any]] = (),
        json_mode: bool = False,
    ) -> ChatReply:
        """One chat turn: the model's text and the tools it asks to call. Retries 429, 5xx and
        transport errors with backoff; raises ProviderError when it gives up or gets garbage."""
        body: dict[str, Any] = {
            "model": self.config.model,
            "messages": list(messages),
            "temperature": 0,
        }
        if tools:
            body["tools"] = list(tools)
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        problem = ""
        for attempt in range(self.config.max_attempts):
            if attempt:
                self._sleep(self.config.backoff_seconds * 2 ** (attempt - 1))
            try:
                response = self._http.post("/chat/completions", json=body)
            except httpx.TimeoutException:
                problem = f"no answer within {self.config.timeout_seconds:g} s"
                continue
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__}: {exc}"
                continue
            if response.status_code in RETRY_STATUSES:
                problem = f"HTTP {response.status_code}"
                retry_after = response.headers.get("retry-after", "")
                if retry_after.isdigit():
                    self._sleep(min(float(retry_after), 30.0))
                continue
            if response.status_code >= 400:
                raise ProviderError(f"{self.name}: HTTP {response.status_code}: {response.text}")
            try:
                data = response.json()
            except ValueError as exc:
                raise ProviderError(f"{self.name}: the answer is not JSON") from exc
            return parse_reply(data, provider=self.name)
        raise ProviderError(
            f"{self.name}: gave up after {self.config.max_attempts} tries: {problem}"
        )

    def _complete(self, messages: list[dict[str, str]]) -> str:
        reply = self.complete(messages, json_mode=True)
        if reply.content is None:
            raise ProviderError(f"{self.name}: the answer has no text")
        return reply.content


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text as the model wrote it (may be invalid)


@dataclass(frozen=True, slots=True)
class ChatReply:
    content: str | None
    tool_calls: list[ToolCall] = field(default_factory=list)
    usage: dict[str, int] = field(default_factory=dict)  # prompt/completion tokens, if given

    def as_message(self) -> dict[str, Any]:
        """The reply as the assistant message to send back with the tool results."""
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


def parse_reply(data: Any, *, provider: str = "the language model") -> ChatReply:
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
        raise ProviderError(f"{provider}: the answer is not a chat completion") from exc
    if content is not None and not isinstance(content, str):
        raise ProviderError(f"{provider}: the answer has no text content")
    raw_usage = data.get("usage") if isinstance(data, dict) else None
    usage = {
        key: int(value)
        for key, value in (raw_usage.items() if isinstance(raw_usage, dict) else ())
        if key in ("prompt_tokens", "completion_tokens") and isinstance(value, int)
    }
    return ChatReply(content=content, tool_calls=calls, usage=usage)


_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def _strip_fences(content: str) -> str:
    match = _FENCE.match(content.strip())
    return match.group(1) if match else content


class Translations(BaseModel):
    translations: list[str]


class LLMTranslator:
    """Translator through a TextGenerator; protected terms are swapped for placeholders so the
    model cannot change them, and a reply that loses a placeholder counts as not translated."""

    def __init__(self, generator: OpenAICompatibleClient) -> None:
        self._generator = generator
        self.name = f"llm-translator:{generator.name}"

    def translate(
        self,
        texts: Sequence[str],
        *,
        source: str,
        target: str,
        keep: Sequence[str] = (),
    ) -> list[str | None]:
        if not texts:
            return []
        if source == target:
            return list(texts)
        masked = [protect(text, keep) for text in texts]
        prompt = json.dumps(
            {"source_language": source, "target_language": target, "texts": [m[0] for m in masked]},
            ensure_ascii=False,
        )
        reply = self._generator.generate(
            system="You translate e-commerce product text. Keep every ⟦n⟧ placeholder exactly. "
            "Return the translations in the same order.",
            prompt=prompt,
            schema=Translations,
        )
        if len(reply.translations) != len(texts):
            return [None] * len(texts)
        return [restore(text, m[1]) for text, m in zip(reply.translations, masked, strict=True)]


def protect(text: str, keep: Sequence[str]) -> tuple[str, list[str]]:
    """Replace each do-not-translate term with ⟦n⟧ (longest first)."""
    found: list[str] = []
    for term in sorted({k for k in keep if k}, key=len, reverse=True):
        if term in text:
            text = text.replace(term, f"⟦{len(found)}⟧")
            found.append(term)
    return text, found


def restore(text: str, terms: list[str]) -> str | None:
    """Put the protected terms back; None when the model dropped or duplicated a placeholder."""
    for index, term in enumerate(terms):
        marker = f"⟦{index}⟧"
        if text.count(marker) != 1:
            return None
        text = text.replace(marker, term)
    return None if "⟦" in text else text
