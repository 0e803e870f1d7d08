"""What the rest of globalsell asks of a model: structured text generation and translation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)


class ProviderError(Exception):
    """A provider could not answer (network, HTTP status, or output that never fit the schema)."""


class TextGenerator(Protocol):
    """Generates one object of a Pydantic schema from a system and a user prompt."""

    name: str

    def generate(self, *, system: str, prompt: str, schema: type[T]) -> T: ...


class Translator(Protocol):
    """Translates texts; `None` for each text it cannot translate (never the source text)."""

    name: str

    def translate(
        self,
        texts: Sequence[str],
        *,
        source: str,
        target: str,
        keep: Sequence[str] = (),
    ) -> list[str | None]: ...
