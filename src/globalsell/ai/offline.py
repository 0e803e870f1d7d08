"""The provider that needs no configuration: exact glossary look-ups and nothing else. Whatever
is not in the glossary comes back as None, so the caller marks it "needs translation" instead
of shipping the source text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class GlossaryTranslator:
    """Translates a text only when the whole text (trimmed, case-folded) is a glossary term."""

    name = "offline-glossary"

    def __init__(self, glossary: Mapping[str, Mapping[str, str]]) -> None:
        # term -> {language: text}
        self._terms = {term.strip().casefold(): dict(v) for term, v in glossary.items()}

    def translate(
        self,
        texts: Sequence[str],
        *,
        source: str,
        target: str,
        keep: Sequence[str] = (),
    ) -> list[str | None]:
        out: list[str | None] = []
        protected = {k.casefold() for k in keep}
        for text in texts:
            key = text.strip().casefold()
            if source == target or key in protected:
                out.append(text.strip())
            else:
                out.append(self._terms.get(key, {}).get(target))
        return out
