"""Choices the offline classifier makes around its search: whether an HMRC product term is used
in its code's sense, within a heading the subheading that names the product's material
(customs.subheadings), and, when it is unsure, the question that would decide between its first
two candidates."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from globalsell.core import messages as msg
from globalsell.core.messages import Message
from globalsell.customs import articles, sub_articles, sub_terms, subheadings
from globalsell.customs.nomenclature import Nomenclature, load
from globalsell.customs.query import MATERIAL_TOKENS, Parsed, gender

if TYPE_CHECKING:
    from globalsell.customs.classifier import Candidate, Params
    from globalsell.customs.hsindex import Index


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


def materials_of(raw: str) -> frozenset[str]:
    """The product's materials: a 'Material:' attribute when there is one, else the text's."""
    declared = subheadings.declared_materials(raw)
    return declared if declared is not None else subheadings.product_materials(raw)


def deciding_materials(raw: str) -> frozenset[str]:
    """The materials that decide a subheading: two or more fibres without their shares decide
    nothing, since the fibre that predominates by weight does (Section XI Note 2(A))."""
    materials = materials_of(raw)
    if len(materials & subheadings.FIBRES) > 1:
        return materials - subheadings.FIBRES
    return materials


def undecided(nom: Nomenclature, first: str, second: str, materials: frozenset[str]) -> bool:
    """Whether two subheadings of one group are told apart by a material (of the upper, for
    footwear) of which the text names none of the kind that decides (subheadings.KINDS)."""
    if first == second or group_of(first) != group_of(second):
        return False
    told = subheadings.told_apart(nom.hs_text(first), nom.hs_text(second))
    if told is None:
        return False
    upper, named = told
    names = frozenset(named)
    if upper:
        deciding = frozenset(subheadings.UPPER_ORDER)
    elif names & subheadings.FIBRES:  # Section XI: the fibre decides, 'textile' does not
        deciding = subheadings.FIBRES
    else:  # a material of another kind rules the named one out (a silicone strap is not gold)
        return not materials
    return not (materials | subheadings.implied(materials)) & deciding


def undecided_pairs(
    nom: Nomenclature, codes: list[str], raw: str, among: int = 8
) -> dict[str, frozenset[str]]:
    """For each of the first `among` codes, the others among them it is undecided against
    (the re-ranker reorders the pool, so more than the first two are read)."""
    materials = deciding_materials(raw)
    head = codes[:among]
    unknit = not _KNIT_OR_WOVEN.search(raw)
    return {
        a: frozenset(
            b for b in head if undecided(nom, a, b, materials) or unknit and knit_or_woven(a, b)
        )
        for a in head
    }


def knit_or_woven(first: str, second: str) -> bool:
    """Whether two garment subheadings are told apart by knitting alone: one of chapter 61
    (knitted or crocheted) and one of chapter 62 (not knitted; Chapter 61 Note 1, Chapter 62
    Note 1), a question only a text that says neither knitted nor woven leaves open."""
    return {first[:2], second[:2]} == {"61", "62"}


def refine_by_material(
    nom: Nomenclature,
    scored: dict[str, float],
    raw: str,
    params: Params,
    chosen: frozenset[str] = frozenset(),
) -> dict[str, tuple[str, Message]]:
    """Within each heading (or chapter of headings by material), subheadings that name the
    product's material keep their score and the siblings that name another material, or
    exclude it, lose (subheadings.factor); the group's best member sets the scale, so the
    choice between groups is left alone. A 'Material:' attribute, when there is one, is the
    product's material. Where an article rule has `chosen` some subheadings of a group (swimwear:
    6211.11/6211.12), the material chooses among those only (GRI 6: subheadings are compared
    at the same level, so the article's subheading comes before the material's)."""
    if params.sub_material == 1.0:
        return {}
    declared = subheadings.declared_materials(raw)
    materials = materials_of(raw)
    if not materials and not any(
        h in sub_articles.RULED or sub_terms.ruled(nom.hs_text(h)) for h in scored
    ):
        return {}
    group = {h: group_of(h) for h in scored}
    ruled = {group[h] for h in chosen if h in group}  # groups an article rule chose within
    lead: dict[str, float] = {}
    for hs6, score in scored.items():
        lead[group[hs6]] = max(lead.get(group[hs6], 0.0), score)
    for g in sorted(lead, key=lambda g: -lead[g])[:SIBLING_HEADINGS]:
        for sibling in _members(g):
            named, _ = subheadings.code_materials(nom.hs_text(sibling))
            if g in ruled and sibling not in chosen:
                continue  # the rule's subheadings are the group's candidates
            if sibling not in scored and (
                named & (materials | subheadings.implied(materials))
                or _other_than(nom.hs_text(sibling), materials)
            ):
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
        if not sub_terms.states(nom.hs_text(hs6), raw):  # 'enamelled', 'linear acting'
            factors[hs6] /= weight
    top: dict[str, float] = {}
    top_named: dict[str, float] = {}
    for hs6, f in factors.items():
        top[group[hs6]] = max(top.get(group[hs6], 0.0), f)
        if hs6 in chosen:
            top_named[group[hs6]] = max(top_named.get(group[hs6], 0.0), f)
    # the best-scored member naming the material takes the group's lead; the others step back
    leader: dict[str, str] = {}
    for hs6, f in sorted(factors.items(), key=lambda kv: -scored[kv[0]]):
        g = group[hs6]
        if g in ruled and hs6 not in chosen:
            continue
        best = top_named[g] if g in ruled else top[g]
        if f == best > 1.0 or _left(nom, hs6, f, factors, group, materials):
            leader.setdefault(g, hs6)
    for hs6, f in factors.items():
        g = group[hs6]
        if leader.get(g) == hs6:
            scored[hs6] = max(scored[hs6], lead[g] * params.sub_lead)
        elif g in ruled and hs6 in chosen:
            scored[hs6] *= f / max(top_named[g], 1.0)
        else:
            scored[hs6] *= f / top[g]
    return {
        h: (
            subheadings.reason(h, nom.hs_text(h), materials),
            subheadings.reason_said(h, nom.hs_text(h), materials),
        )
        for h in leader.values()
    }


def _other_than(text: str, materials: frozenset[str]) -> bool:
    """Whether a subheading 'of other than' some class is the one for the product's material:
    it excludes a class of the same kind as that material, and not the material itself."""
    _, excludes = subheadings.code_materials(text)
    if not excludes or excludes & (materials | subheadings.implied(materials)):
        return False
    return any(kind & excludes and kind & materials for kind in subheadings.KINDS)


def _left(
    nom: Nomenclature,
    hs6: str,
    f: float,
    factors: dict[str, float],
    group: dict[str, str],
    materials: frozenset[str],
) -> bool:
    """Whether hs6 is the subheading left once its siblings are ruled out by material (GRI 6):
    none of the group names the product's material, hs6 is the one 'of other than' the
    materials its siblings name, and each sibling naming such a material was ruled out."""
    if f != 1.0 or not materials:
        return False
    _, excludes = subheadings.code_materials(nom.hs_text(hs6))
    if not excludes or excludes & (materials | subheadings.implied(materials)):
        return False
    siblings = [h for h in factors if group[h] == group[hs6] and h != hs6]
    if any(factors[h] > 1.0 for h in siblings):
        return False
    ruled = [h for h in siblings if subheadings.code_materials(nom.hs_text(h))[0] & excludes]
    return bool(ruled) and all(factors[h] < 1.0 for h in ruled)


def term_in_sense(idx: Index, term: str, parsed: Parsed, hs6: str) -> bool:
    """Whether an HMRC product term is used in the sense of its code: a word is evidence of
    the article only in the sense the description uses it (GRI 1, the terms of the headings).
    A one-word term inside the words naming the article, not the article's noun, qualifies
    the words after it ('mandolin slicer'); when those words (material words aside) are known
    to the index but none occurs in any line of the term's chapter (its US lines, HS texts
    and HMRC terms), the article is not of that chapter (a kitchen slicer, not a chapter 92
    instrument) and the term is taken in another sense."""
    doc = idx.first_leaf.get(hs6)
    head = list(parsed.head)
    if doc is None or " " in term or term == parsed.noun or term not in head:
        return True
    after = head[head.index(term) + 1 :]
    others = [idx.vocab[w] for w in after if w not in MATERIAL_TOKENS and w in idx.vocab]
    if not others:
        return True
    found = idx.leaves.score(dict.fromkeys(others, 1.0))
    return bool(found[idx.leaf_chapter == idx.leaf_chapter[doc]].max() > 0)


# Facts a description can state, whole words only; a question about a stated fact is not asked.
_KNIT_OR_WOVEN = re.compile(
    r"\b(?:knit|knits|knitted|knitting|knitwear|crochet|crocheted|jersey|fleece|woven|weave|"
    r"denim|twill|poplin|chiffon|satin|organza|taffeta|tulle)\b|针织|梭织",
    re.I,
)
_POWER = re.compile(
    r"\b(?:electric|electrical|electronic|electrically|battery|batteries|usb|rechargeable|"
    r"cordless|plug-in|motori[sz]ed|powered|manual|manually|hand-operated|hand-held manual|"
    r"non-electric)\b|电动|手动",
    re.I,
)
_GENDER = re.compile(
    r"\b(?:men|mens|men's|man(?!-made)|boys?|boys'|male|gentlemen|women|womens|women's|woman|"
    r"ladies|lady|girls?|girls'|female|maternity|unisex)\b|男|女",
    re.I,
)
ELECTRIC_CHAPTERS = ("84", "85")


def stated(text: str) -> frozenset[str]:
    """What the description already says: 'knit' (knitted or woven), 'gender', 'power'
    (electric or not), 'material'."""
    out = set()
    if _KNIT_OR_WOVEN.search(text):
        out.add("knit")
    if _GENDER.search(text):
        out.add("gender")
    if _POWER.search(text):
        out.add("power")
    if subheadings.product_materials(text):
        out.add("material")
    return frozenset(out)


def _rule_topic(question: str) -> str | None:
    """The fact a rule's question asks about."""
    low = question.lower()
    if "knitted" in low:
        return "knit"
    if "electric" in low:
        return "power"
    if "made of" in low or "precious metal" in low:
        return "material"
    return None


_KNIT_QUALIFIER = re.compile(r"[;,]?\s*\(?(?:not )?knitted or crocheted\)?", re.I)
KIND_CHARS = 70


def _kind(heading_text: str) -> str:
    """The articles a heading names, without the knitted-or-not qualifier, cut at a word."""
    text = _KNIT_QUALIFIER.sub("", heading_text).strip().rstrip(",.;")
    if len(text) <= KIND_CHARS:
        return text
    return text[:KIND_CHARS].rsplit(" ", 1)[0].rstrip(",;") + "..."


def question(
    nom: Nomenclature,
    cands: list[Candidate],
    materials: set[str],
    matches: list[articles.Match],
    text: str = "",
) -> tuple[str, Message]:
    """The question that separates the first two candidates (what differs between their
    texts: knitted or woven, men's or women's, electric or not, the material, the article
    the heading names), in English and as a message code; never one the description already
    answers (GRI 1: the terms of the headings and the notes decide, so the question asks for
    the term that tells the two headings apart)."""
    a, b = cands[0], cands[1] if len(cands) > 1 else cands[0]
    known = stated(text)
    pair = {"a": a.hs6, "b": b.hs6, "a_text": msg.quote(a.subheading[:80])}
    b_text = msg.quote(b.subheading[:80])
    chapters = {a.hs6[:2], b.hs6[:2]}
    garments = chapters <= {"61", "62"}  # told apart by knitting and gender, not material
    if chapters == {"61", "62"} and "knit" not in known:  # Chapter 61 Note 1 / Chapter 62 Note 1
        return (
            "Is it knitted or crocheted (chapter 61) or woven (chapter 62)? "
            f"It could be {a.hs6} ({a.subheading[:60]}) or {b.hs6}.",
            msg.message("customs.question.knit", **pair),
        )
    genders = {gender(nom.hs_text(a.hs6[:4])), gender(nom.hs_text(b.hs6[:4]))}
    if garments and genders == {"men", "women"} and "gender" not in known:
        return (  # Chapter 61 Note 9 / Chapter 62 Note 8
            "Is it for men or boys, or for women or girls? "
            f"It could be {a.hs6} ({a.subheading[:60]}) or {b.hs6}.",
            msg.message("customs.question.gender", **pair),
        )
    for m in matches:
        topic = _rule_topic(m.rule.question) if m.rule.question else None
        both = all(any(c.hs6.startswith(t) for t in m.rule.targets) for c in (a, b))
        if (
            m.rule.question
            and topic != "knit"
            and topic not in known
            and both
            and a.hs6[:4] != b.hs6[:4]
        ):
            return (
                f"{m.rule.question} It could be {a.hs6} ({a.subheading[:60]}) or {b.hs6}.",
                msg.message("customs.question.rule", question=msg.quote(m.rule.question), **pair),
            )
    shares = len(materials_of(text) & subheadings.FIBRES) > 1  # named, shares not given
    asked = subheadings.question(a.subheading, b.subheading, by_weight=shares)
    asked_said = subheadings.question_said(a.subheading, b.subheading, by_weight=shares)
    unknown = "material" not in known or undecided(nom, a.hs6, b.hs6, deciding_materials(text))
    if asked and asked_said and group_of(a.hs6) == group_of(b.hs6) and unknown:
        return (
            f"{asked} It could be {a.hs6} ({a.subheading[:60]}) or {b.hs6}.",
            msg.message("customs.question.sub_material", question=msg.nested(asked_said), **pair),
        )
    electric = {a.hs6[:2] in ELECTRIC_CHAPTERS, b.hs6[:2] in ELECTRIC_CHAPTERS}
    if len(electric) == 2 and "power" not in known:
        return (
            f"Is it electric (chapter 84/85) or not? It could be {a.hs6} "
            f"({a.subheading[:60]}) or {b.hs6} ({b.subheading[:60]}).",
            msg.message("customs.question.electric", b_text=b_text, **pair),
        )
    if a.hs6[:2] != b.hs6[:2] and not materials and "material" not in known and not garments:
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
    if a.hs6[:4] != b.hs6[:4]:
        a_kind, b_kind = _kind(nom.hs_text(a.hs6[:4])), _kind(nom.hs_text(b.hs6[:4]))
        if a_kind.lower() != b_kind.lower():
            return (
                f"Is it one of: {a_kind} ({a.hs6[:4]}), or one of: {b_kind} ({b.hs6[:4]})? "
                f"It could be {a.hs6} or {b.hs6}.",
                msg.message(
                    "customs.question.article",
                    a=a.hs6,
                    b=b.hs6,
                    a_heading=a.hs6[:4],
                    b_heading=b.hs6[:4],
                    a_kind=msg.quote(a_kind),
                    b_kind=msg.quote(b_kind),
                ),
            )
    return (
        f"Which fits better: {a.hs6} ({a.subheading[:80]}) or {b.hs6} ({b.subheading[:80]})?",
        msg.message("customs.question.which", b_text=b_text, **pair),
    )
