"""Optional LLM re-ranker: when an `ai/` text generator is configured, it orders the offline
classifier's top-k candidates (never adds codes). An answer that does not fit the schema, names a
code that was not offered, or fails to arrive is ignored and the offline order stands, with a note.
Nothing here is needed for classification: without a generator the offline result is returned."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from pydantic import BaseModel, ConfigDict, Field

from globalsell.ai.protocols import ProviderError, TextGenerator
from globalsell.ai.providers import from_env
from globalsell.customs.classifier import Candidate, Classification

RERANK_TOP_K = 5
SYSTEM = (
    "You are a customs classification expert applying the General Interpretative Rules of the "
    "Harmonized System. You are given a product and candidate HS 2022 subheadings found by a "
    "search. Order the candidates from most to least likely, using only the codes given. Decide "
    "by what the article is and does (GIR 1, section and chapter notes), then by its material. "
    "Cite the heading text, note or rule you relied on. Never invent a code."
)


class RerankAnswer(BaseModel):
    """What the model must return."""

    model_config = ConfigDict(extra="forbid")

    order: list[str] = Field(
        min_length=1,
        max_length=10,
        description="The candidate 6-digit codes, most likely first; only codes from the list.",
    )
    reason: str = Field(
        min_length=1,
        max_length=400,
        description="One or two sentences: why the first code fits better than the others.",
    )
    note: str = Field(
        min_length=1,
        max_length=300,
        description="The heading text, section or chapter note or GIR relied on, as given.",
    )


def prompt_for(result: Classification, candidates: list[Candidate]) -> str:
    lines = [f"Product: {result.text}", "", "Candidates:"]
    for c in candidates:
        line = f" - {c.hs6}: heading {c.hs6[:4]} '{c.heading[:160]}'; subheading '{c.subheading}'"
        if c.line:
            line += f"; US line {c.national_code} '{c.line[:120]}'"
        lines.append(line)
        for source in _legal_sources(c):
            lines.append(f"   legal source: {source}")
    lines.append("")
    lines.append('Answer as {"order": [codes, best first], "reason": "...", "note": "..."}.')
    return "\n".join(lines)


def _legal_sources(c: Candidate) -> list[str]:
    """The notes and rules the offline classifier applied to a candidate (customs.articles)."""
    return [r.split(": ", 1)[1] for r in c.reasons if " names '" in r and ": " in r][:2]


def _valid_order(answer: RerankAnswer, offered: list[str]) -> list[str] | str:
    """The model's order completed with the codes it left out (offline order), or the problem."""
    seen: list[str] = []
    for raw in answer.order:
        code = raw.replace(".", "").strip()
        if code not in offered:
            return f"the model named {raw!r}, which was not a candidate"
        if code in seen:
            return f"the model named {code} twice"
        seen.append(code)
    return seen + [c for c in offered if c not in seen]


def rerank(
    result: Classification, generator: TextGenerator | None, *, top_k: int = RERANK_TOP_K
) -> Classification:
    """The classification with its top-k candidates re-ordered by the model, or unchanged (with a
    note) when there is no generator, too few candidates, or an answer we cannot use."""
    if generator is None or len(result.candidates) < 2:
        return result
    head = result.candidates[:top_k]
    offered = [c.hs6 for c in head]
    try:
        answer = generator.generate(
            system=SYSTEM, prompt=prompt_for(result, head), schema=RerankAnswer
        )
    except ProviderError as exc:
        return _ignored(result, f"{generator.name} did not answer ({str(exc)[:160]})")
    order = _valid_order(answer, offered)
    if isinstance(order, str):
        return _ignored(result, order)
    by_code = {c.hs6: c for c in head}
    reordered: list[Candidate] = []
    for rank, code in enumerate(order):
        cand = by_code[code]
        reasons = list(cand.reasons)
        if rank == 0:
            reasons = [
                f"re-ranked first by {generator.name}: {answer.reason} (relied on: {answer.note})",
                *reasons,
            ]
        reordered.append(dataclasses.replace(cand, reasons=reasons))
    moved = order[0] != offered[0]
    note = f"LLM re-rank by {generator.name}: {order[0]} first" + (
        f" (offline first was {offered[0]})" if moved else " (same as offline)"
    )
    return dataclasses.replace(
        result,
        candidates=reordered + list(result.candidates[top_k:]),
        confidence=reordered[0].confidence,
        heading_confidence=result.heading_confidence
        if order[0][:4] == offered[0][:4]
        else reordered[0].confidence,
        method=f"{result.method}+llm-rerank",
        notes=[*result.notes, note],
    )


def _ignored(result: Classification, why: str) -> Classification:
    return dataclasses.replace(
        result, notes=[*result.notes, f"LLM re-rank ignored: {why}; offline order kept"]
    )


@contextmanager
def configured_generator(env: Mapping[str, str]) -> Iterator[TextGenerator | None]:
    """The LLM configured in `env` (GLOBALSELL_LLM_BASE_URL ...), or None; closed afterwards."""
    generator = from_env(env).generator
    try:
        yield generator
    finally:
        close = getattr(generator, "close", None)
        if callable(close):
            close()
