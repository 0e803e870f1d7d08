"""Which providers a process uses: the configured LLM server, else the offline glossary."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from globalsell.ai.offline import GlossaryTranslator
from globalsell.ai.openai_compatible import LLMConfig, LLMTranslator, OpenAICompatibleClient
from globalsell.ai.protocols import TextGenerator, Translator


@dataclass(frozen=True)
class Providers:
    translator: Translator
    generator: TextGenerator | None  # None on the offline path

    @property
    def offline(self) -> bool:
        return self.generator is None


def from_env(
    env: Mapping[str, str], glossary: Mapping[str, Mapping[str, str]] | None = None
) -> Providers:
    """The LLM provider when GLOBALSELL_LLM_BASE_URL is set, else offline (no configuration)."""
    config = LLMConfig.from_env(env)
    if config is None:
        return Providers(translator=GlossaryTranslator(glossary or {}), generator=None)
    client = OpenAICompatibleClient(config)
    return Providers(translator=LLMTranslator(client), generator=client)
