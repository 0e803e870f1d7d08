"""Two choices the offline classifier makes after its search: within a heading, the subheading
that names the product's material (customs.subheadings), and, when it is unsure, the question
that would decide between its first two candidates."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from globalsell.core import messages as msg
from globalsell.core.messages import Message
from globalsell.customs import articles, subheadings
from globalsell.customs.nomenclature import Nomenclature, load

if TYPE_CHECKING:
    from globalsell.customs.classifier import Candidate, Params


SIBLING_HEADINGS = 3  # headings whose subheadings naming the product's material join the ranking


def _members(group: str) -> tuple[str, ...]:
    """The subheadings of a heading, or of a chapter's headings by material."""
    heads = subheadings.BY_MATERIAL_HEADINGS.get(group, (group,))
    by_heading = _subheadings_by_heading()
    return tuple(c for h in heads for c in by_heading.get(h, ()))


@lru_cache(maxsize=1)
def _subheadings_by_heading() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for code in load().hs:
        if len(code) == 6:
            out.setdefault(code[:4], []).append(code)
    return {h: tuple(codes) for h, codes in out.items()}


def group_of(hs6: str) -> str:
    """Where the choice by material is made: the heading, or the chapter when its headings
    split by material (subheadings.BY_MATERIAL_HEADINGS)."""
    headings = subheadings.BY_MATERIAL_HEADINGS.get(hs6[:2], ())
    return hs6[:2] if hs6[:4] in headings else hs6[:4]


def refine_by_material(
    nom: Nomenclature, scored: dict[str, float], raw: str, params: Params
) -> dict[str, tuple[str, Message]]:
    """Within each heading (or chapter of headings by material), subheadings that name the
    product's material keep their score and the siblings that name another material, or
    exclude it, lose (subheadings.factor); the group's best member sets the scale, so the
    choice between groups is left alone. A 'Material:' attribute, when there is one, is the
    product's material."""
    if params.sub_material == 1.0:
        return {}
    declared = subheadings.declared_materials(raw)
    materials = declared if declared is not None else subheadings.product_materials(raw)
    if not materials and not any(h in subheadings.NARROW for h in scored):
        return {}
    group = {h: group_of(h) for h in scored}
    lead: dict[str, float] = {}
    for hs6, score in scored.items():
        lead[group[hs6]] = max(lead.get(group[hs6], 0.0), score)
    for g in sorted(lead, key=lambda g: -lead[g])[:SIBLING_HEADINGS]:
        for sibling in _members(g):
            named, _ = subheadings.code_materials(nom.hs_text(sibling))
            if sibling not in scored and named & (materials | subheadings.implied(materials)):
                scored[sibling] = lead[g]
                group[sibling] = g
    weight = params.sub_material
    factors = {
        h: subheadings.factor(nom.hs_text(h), materials, weight, declared=declared is not None)
        for h in scored
    }
    for hs6 in factors:
        if not subheadings.names_article(hs6, raw):
            factors[hs6] /= weight
    top: dict[str, float] = {}
    for hs6, f in factors.items():
        top[group[hs6]] = max(top.get(group[hs6], 0.0), f)
    # the best-scored member naming the material takes the group's lead; the others step back
    leader: dict[str, str] = {}
    for hs6, f in sorted(factors.items(), key=lambda kv: -scored[kv[0]]):
        if f == top[group[hs6]] > 1.0:
            leader.setdefault(group[hs6], hs6)
    for hs6, f in factors.items():
        g = group[hs6]
        if leader.get(g) == hs6:
            scored[hs6] = max(scored[hs6], lead[g] * params.sub_lead)
        else:
            scored[hs6] *= f / top[g]
    return {
        h: (
            subheadings.reason(h, nom.hs_text(h), materials),
            subheadings.reason_said(h, nom.hs_text(h), materials),
        )
        for h in leader.values()
    }


def question(
    nom: Nomenclature,
    cands: list[Candidate],
    materials: set[str],
    matches: list[articles.Match],
) -> tuple[str, Message]:
    """The deciding question, in English and as a message code."""
    a, b = cands[0], cands[1] if len(cands) > 1 else cands[0]
    pair = {"a": a.hs6, "b": b.hs6, "a_text": msg.quote(a.subheading[:80])}
    for m in matches:
        covering = [t for t in m.rule.targets if a.hs6.startswith(t) or b.hs6.startswith(t)]
        if m.rule.question and len(covering) >= 1 and a.hs6[:4] != b.hs6[:4]:
            return (
                f"{m.rule.question} It could be {a.hs6} ({a.subheading[:60]}) or {b.hs6}.",
                msg.message("customs.question.rule", question=msg.quote(m.rule.question), **pair),
            )
    asked = subheadings.question(a.subheading, b.subheading)
    asked_said = subheadings.question_said(a.subheading, b.subheading)
    if asked and asked_said and group_of(a.hs6) == group_of(b.hs6):
        return (
            f"{asked} It could be {a.hs6} ({a.subheading[:60]}) or {b.hs6}.",
            msg.message("customs.question.sub_material", question=msg.nested(asked_said), **pair),
        )
    b_text = msg.quote(b.subheading[:80])
    electric = {a.hs6[:2] in ("84", "85"), b.hs6[:2] in ("84", "85")}
    if len(electric) == 2:
        return (
            f"Is it electric (chapter 84/85) or not? It could be {a.hs6} "
            f"({a.subheading[:60]}) or {b.hs6} ({b.subheading[:60]}).",
            msg.message("customs.question.electric", b_text=b_text, **pair),
        )
    if a.hs6[:2] != b.hs6[:2] and not materials:
        return (
            f"What is it mainly made of, and what is it for? It could be chapter {a.hs6[:2]} "
            f"({nom.hs_text(a.hs6[:2])[:70]}) or chapter {b.hs6[:2]} "
            f"({nom.hs_text(b.hs6[:2])[:70]}).",
            msg.message(
                "customs.question.material",
                a=a.hs6[:2],
                b=b.hs6[:2],
                a_text=msg.quote(nom.hs_text(a.hs6[:2])[:70]),
                b_text=msg.quote(nom.hs_text(b.hs6[:2])[:70]),
            ),
        )
    return (
        f"Which fits better: {a.hs6} ({a.subheading[:80]}) or {b.hs6} ({b.subheading[:80]})?",
        msg.message("customs.question.which", b_text=b_text, **pair),
    )
