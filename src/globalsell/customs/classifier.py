"""Offline HS classifier: lexical retrieval (BM25) over US HTS lines with their ancestor texts,
an exact-phrase lookup of HMRC product terms, a hand-written multilingual glossary, material and
parts rules, then a confidence score and an abstention with the question that would decide it.
No network, no configuration."""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from globalsell.core import messages as msg
from globalsell.core.messages import Message
from globalsell.customs import (
    articles,
    calibration,
    domain,
    glossary,
    memory,
    platform,
    subheadings,
)
from globalsell.customs.hsindex import (
    SEMANTIC_POOL,
    SEMANTIC_REASON,
    best_under,
    index,
    semantic_scores,
)
from globalsell.customs.hsindex import embed as embed
from globalsell.customs.hsindex import semantic as load_semantic
from globalsell.customs.nomenclature import Nomenclature, load
from globalsell.customs.query import (
    CHEMICAL,
    FORM_QUERY,
    GARMENT,
    KNIT,
    MATERIAL_TOKENS,
    PARTS_QUERY,
    PRIMARY_HEADINGS,
    PRIMARY_PENALTY,
    WOVEN,
    detect_language,
    garment_factor,
    gender_factor,
)
from globalsell.customs.query import CHEMICAL_CHAPTERS as CHEMICAL_CHAPTERS
from globalsell.customs.query import gender as gender_of
from globalsell.customs.query import parse as parse
from globalsell.customs.query import stem as stem
from globalsell.customs.query import tokens as tokens


@dataclass(frozen=True)
class Params:
    """The scoring knobs (tuned on half the dev file, checked on the other half)."""

    head_noun: float = 1.5  # the article's own noun (last word before 'of', 'for', ',')
    head_word: float = 1.5  # other words naming the article
    material: float = 0.8  # what it is made of counts less than what it is
    heading: float = 0.0  # weight of the heading-level match (all text under a heading)
    chapter: float = 0.2  # weight of the chapter-level match
    uk_terms: float = 0.5  # HMRC product terms added to the text of their subheading
    garment: float = 1.4  # knitted vs woven garments: chapter 61 vs 62 (chapter notes)
    not_chemical: float = 0.6  # chapters 28-29 for a text naming no chemical
    semantic: float = 0.3  # cosine of multilingual sentence embeddings (USE-m3), 0 = off
    synonyms: bool = True  # add nomenclature words for trade words (glossary.EN_TERMS)
    hint: float = 0.5  # weight of the words the synonym table adds
    rule_category: float = 1.0  # an article rule named by the platform's category path
    rule_head: float = 1.0  # an article rule named by the title's head (before 'for', ...)
    rule_rest: float = 0.3  # an article rule named elsewhere in the text
    rule_floor: float = 0.4  # least score of a code an article rule points to
    gender: float = 1.3  # apparel: men's vs women's headings (Chapter 61 Note 9)
    precedent: float = 0.5  # a code the seller confirmed for a similar product
    sub_material: float = 1.3  # within a heading, the subheading naming the product's material
    sub_lead: float = 1.0  # share of its group's lead score that subheading takes (1 = all)
    category_chapter: float = 1.2  # a chapter the platform's top-level category covers
    category_rules: bool = True  # marketplace category names -> headings (category_rules)


PARAMS = Params()
_LOADING = threading.Lock()


@dataclass
class Candidate:
    hs6: str
    national_code: str
    score: float
    confidence: float
    heading: str
    subheading: str
    line: str
    reasons: list[str] = field(default_factory=list)
    signals: calibration.Signals | None = None  # what the calibrated confidence was read from
    said: list[Message] = field(default_factory=list)  # the reasons as message codes


@dataclass
class Classification:
    text: str
    language: str
    candidates: list[Candidate]
    confidence: float
    abstained: bool
    question: str | None
    method: str
    notes: list[str] = field(default_factory=list)
    question_said: Message | None = None  # the question as a message code
    notes_said: list[Message] = field(default_factory=list)  # the notes as message codes

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


# calibrated probability of the first candidate below which it asks (benchmarks/customs_cv.py)
ABSTAIN_BELOW = 0.3
TEMPERATURE = 0.08


def classify(
    text: str,
    *,
    material: str | None = None,
    use: str | None = None,
    category: str | None = None,
    precedents: Sequence[memory.Precedent] = (),
    top_k: int = 5,
    params: Params = PARAMS,
) -> Classification:
    """Ranked HS6 candidates (with the best US HTS line) for a product text and, when the
    platform has one, its category path ('Shoes > Women's Shoes > Pumps')."""
    with _LOADING:  # a page arriving during the start-up warm-up waits for it, never loads twice
        idx = index(params.uk_terms)
        load_semantic()
    nom = load()
    raw = " ".join(p for p in (text, material or "", use or "") if p).strip()
    category = (category or "").strip() or None
    language = detect_language(raw)
    english, used_terms = glossary.expand(raw)
    hints = glossary.expand_english(f"{raw} {english}") if params.synonyms else ""
    hint_only = set(tokens(hints)) - set(tokens(f"{raw} {english}"))
    query_tokens = tokens(f"{raw} {english} {hints}")
    known = [t for t in query_tokens if t in idx.vocab]
    notes: list[str] = []
    notes_said: list[Message] = []
    if used_terms:
        notes.append("glossary: " + ", ".join(used_terms[:8]))
        notes_said.append(
            msg.message("customs.note.glossary", terms=msg.quote(", ".join(used_terms[:8])))
        )
    parsed = parse(text)
    material_only = set(tokens(material or "")) - set(tokens(text))
    weights: dict[int, float] = {}
    for t in set(known):
        if t == parsed.noun:
            weight = params.head_noun
        elif t in parsed.head:
            weight = params.head_word
        else:
            weight = 1.0
        if t in material_only or t in MATERIAL_TOKENS:
            weight = min(weight, 1.0) * params.material
        if t in hint_only:
            weight *= params.hint  # a trade-word hint, not the seller's own word
        weights[idx.vocab[t]] = query_tokens.count(t) * weight
    cat_tokens = set(tokens(category or "")) - set(query_tokens)
    for t in cat_tokens:
        if t in idx.vocab:
            known.append(t)
            weights[idx.vocab[t]] = params.head_word
    lexical = idx.leaves.score(weights)
    top_lex = float(lexical.max()) if known else 0.0
    fused = lexical / top_lex if top_lex > 0 else np.zeros(len(idx.codes))
    if top_lex > 0 and (params.heading or params.chapter):
        h_scores = idx.heading_bm25.score(weights)
        c_scores = idx.chapter_bm25.score(weights)
        h_top, c_top = float(h_scores.max()), float(c_scores.max())
        if h_top > 0:
            fused = fused + params.heading * (h_scores / h_top)[idx.leaf_heading]
        if c_top > 0:
            fused = fused + params.chapter * (c_scores / c_top)[idx.leaf_chapter]
        fused = fused / (1.0 + params.heading + params.chapter)
    method = "bm25+hierarchy"
    # exact HMRC product phrases in the query point to their HS6
    phrase_hits: dict[str, str] = {}
    qt = tuple(query_tokens)
    for size in range(min(5, len(qt)), 0, -1):
        for i in range(len(qt) - size + 1):
            key = qt[i : i + size]
            for hs6 in idx.uk_phrases.get(key, ()):
                phrase_hits.setdefault(hs6, " ".join(key))
    material_chapters = domain.material_chapters(f"{raw} {english}")
    if "electric" in query_tokens:
        # electrical appliances are classified by function (chapter 85), not by material
        material_chapters = set()
    wants_parts = bool(PARTS_QUERY.search(f"{raw} {english}"))
    names_form = bool(FORM_QUERY.search(f"{raw} {english}"))
    matches = articles.find(
        _matcher(),
        head=f"{parsed.head_text} {glossary.expand(parsed.head_text)[0]}",
        text=f"{raw} {english}",
        category=_translated(category),
        weights=(params.rule_category, params.rule_head, params.rule_rest),
        category_matcher=_category_matcher() if params.category_rules else None,
    )
    apparel = any(m.rule.name == "apparel" for m in matches)
    # A rule naming an article's own heading outranks the material chapters, whose notes
    # exclude those articles (e.g. Chapter 39 Note 2, Chapter 40 Note 2 for Chapter 95 goods).
    article_heading = any(not m.rule.by_material and m.where != "text" for m in matches)
    # apparel of leather is heading 4203, not a textile garment (Chapter 62 Note 1)
    leather = any(m.rule.name == "leather_apparel" for m in matches)
    garment = (parsed.noun in GARMENT or apparel) and not leather
    gender = gender_of(f"{raw} {category or ''}") if apparel else None
    chemical = bool(CHEMICAL.search(raw))
    platform_chapters = platform.chapters(category)
    knit = bool(KNIT.search(raw))
    woven = bool(WOVEN.search(raw))
    order = np.argsort(-fused, kind="stable")[:400]  # ties: lowest line first, on any numpy
    best: dict[str, tuple[float, int]] = {}
    for doc in order:
        score = float(fused[doc])
        if score <= 0:
            break
        code = idx.codes[doc]
        line = nom.us_lines[code]
        is_parts = "part" in line.description.lower()[:12]
        if is_parts and not wants_parts:
            score *= 0.8
        hs6 = code[:6]
        if hs6 not in best or best[hs6][0] < score:
            best[hs6] = (score, int(doc))

    for m in matches:
        for target in articles.targets(m, material_chapters):
            for doc in best_under(idx, fused, target):
                hs6 = idx.codes[doc][:6]
                if hs6 not in best:
                    best[hs6] = (float(fused[doc]), int(doc))
    semantic = semantic_scores(raw) if params.semantic > 0 else None
    if semantic is not None:
        sem, cosines = semantic
        method += "+use-m3"
        for i in np.argsort(-cosines)[:SEMANTIC_POOL]:
            code = sem.codes[int(i)]
            if code not in best and code in nom.hs:
                best[code] = (0.0, -1)
    scored: dict[str, float] = {}
    rules: dict[str, str] = {}
    rule_hits: dict[str, tuple[bool, bool]] = {}  # hs6 -> (title/text rule, category rule)
    for hs6, (score, _) in best.items():
        bonus = 1.0
        if hs6 in phrase_hits:
            bonus *= 1.0 + 0.15 * len(phrase_hits[hs6].split())
        if (not names_form or article_heading) and hs6[:4] in PRIMARY_HEADINGS:
            bonus *= PRIMARY_PENALTY
            if article_heading:  # a named article is not its material in primary form
                bonus *= PRIMARY_PENALTY * PRIMARY_PENALTY
        if material_chapters and domain.is_material_chapter(hs6[:2]) and not article_heading:
            bonus *= 1.2 if hs6[:2] in material_chapters else 0.8
        if not chemical and hs6[:2] in CHEMICAL_CHAPTERS:
            bonus *= params.not_chemical
            if article_heading:  # an article, not a separate chemically defined compound
                bonus *= 0.1
        rule_bonus = articles.factor(matches, hs6, material_chapters)
        rule_hits[hs6] = (
            articles.factor([m for m in matches if m.where != "category"], hs6, material_chapters)
            > 1.0,
            articles.factor([m for m in matches if m.where == "category"], hs6, material_chapters)
            > 1.0,
        )
        if rule_bonus > 1.0:
            score = max(score, params.rule_floor)
        bonus *= rule_bonus
        if hs6[:2] in platform_chapters:
            bonus *= params.category_chapter
        if gender and hs6[:2] in ("61", "62"):
            bonus *= gender_factor(nom.hs_text(hs6[:4]), gender, params.gender)
        if garment:
            bonus *= garment_factor(hs6[:2], knit=knit, woven=woven, factor=params.garment)
            if hs6[:2] in ("61", "62"):
                what = f"'{parsed.noun}'" if parsed.noun else "the product"
                rules[hs6] = (
                    f"{what} is a garment: chapter 61 if knitted or crocheted, "
                    "chapter 62 if not (chapter notes)"
                )
        if semantic is not None and hs6 in semantic[0].position:
            score += params.semantic * max(float(semantic[1][semantic[0].position[hs6]]), 0.0)
        scored[hs6] = score * bonus
    for hs6 in phrase_hits:
        compound = hs6[:2] in CHEMICAL_CHAPTERS and not chemical and article_heading
        if hs6 not in scored and hs6 in nom.hs and not compound:
            scored[hs6] = max(scored.values(), default=0.02) * 0.9
    refined = _refine_by_material(nom, scored, raw, params)
    precedent_of: dict[str, memory.Precedent] = {}
    top_before = max(scored.values(), default=0.02)
    for p in precedents:
        hs6 = p.code[:6]
        if hs6 in nom.hs and hs6 not in precedent_of:
            lifted = top_before * (1.0 + params.precedent * p.similarity)
            scored[hs6] = max(scored.get(hs6, 0.0), lifted)
            precedent_of[hs6] = p
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])[: max(top_k, 10)]
    probs = _softmax([s for _, s in ranked], temperature=TEMPERATURE)
    candidates: list[Candidate] = []
    top_score = ranked[0][1] if ranked and ranked[0][1] > 0 else 1.0
    n_words = len({t for t in query_tokens if t in idx.vocab} | cat_tokens)
    for i, ((hs6, score), prob) in enumerate(zip(ranked[:top_k], probs, strict=False)):
        after = ranked[i + 1][1] if i + 1 < len(ranked) else 0.0
        cos = 0.0
        if semantic is not None and hs6 in semantic[0].position:
            cos = float(semantic[1][semantic[0].position[hs6]])
        signals = calibration.Signals(
            precedent=precedent_of[hs6].similarity if hs6 in precedent_of else 0.0,
            share=prob,
            ratio=score / top_score,
            first=i == 0,
            gap=(score - after) / top_score,
            rule=rule_hits.get(hs6, (False, False))[0],
            category_rule=rule_hits.get(hs6, (False, False))[1],
            semantic=cos,
            phrase=hs6 in phrase_hits,
            words=n_words,
            material=hs6 in refined,
        )
        doc = best[hs6][1] if hs6 in best and best[hs6][1] >= 0 else idx.first_leaf.get(hs6)
        line_code = idx.codes[doc] if doc is not None else hs6
        if hs6 in precedent_of and precedent_of[hs6].code in nom.us_lines:
            line_code = precedent_of[hs6].code
        line_obj = nom.us_lines.get(line_code)
        reasons = [precedent_of[hs6].reason] if hs6 in precedent_of else []
        said = [precedent_of[hs6].said] if hs6 in precedent_of else []
        line_words = set(tokens(idx.texts[doc])) if doc is not None else set()
        overlap = sorted({t for t in known if t in line_words})
        if overlap:
            reasons.append("matched words: " + ", ".join(overlap[:8]))
            said.append(
                msg.message("customs.reason.words", words=msg.quote(", ".join(overlap[:8])))
            )
        if hs6 in phrase_hits:
            reasons.append(f"HMRC product term '{phrase_hits[hs6]}' points to {hs6}")
            said.append(
                msg.message("customs.reason.uk_term", term=msg.quote(phrase_hits[hs6]), code=hs6)
            )
        if material_chapters and hs6[:2] in material_chapters:
            reasons.append(f"material matches chapter {hs6[:2]} ({nom.hs_text(hs6[:2])[:60]})")
            said.append(
                msg.message(
                    "customs.reason.material",
                    chapter=hs6[:2],
                    text=msg.quote(nom.hs_text(hs6[:2])[:60]),
                )
            )
        if hs6 in rules:
            reasons.append(rules[hs6])
            said.append(
                msg.message("customs.reason.garment", noun=msg.quote(parsed.noun))
                if parsed.noun
                else msg.message("customs.reason.garment_product")
            )
        if hs6[:2] in platform_chapters and params.category_chapter > 1.0:
            reasons.append(f"the platform's top-level category covers chapter {hs6[:2]}")
            said.append(msg.message("customs.reason.platform_chapter", chapter=hs6[:2]))
        if hs6 in refined:
            reasons.append(refined[hs6][0])
            said.append(refined[hs6][1])
        for m in matches:
            if any(hs6.startswith(t) for t in articles.targets(m, material_chapters)):
                reasons.append(f"the {m.where} names '{m.phrase}': {m.rule.source}")
                said.append(
                    msg.message(
                        "customs.reason.article",
                        where=msg.label("text_part", m.where),
                        phrase=msg.quote(m.phrase),
                        source=msg.quote(m.rule.source),
                    )
                )
        if semantic is not None and hs6 in semantic[0].position:
            cosine = float(semantic[1][semantic[0].position[hs6]])
            if cosine >= SEMANTIC_REASON:
                reasons.append(f"close in meaning to the subheading text (cosine {cosine:.2f})")
                said.append(
                    msg.message("customs.reason.meaning", share=msg.number(round(cosine * 100)))
                )
        heading = nom.hs_text(hs6[:4])
        reasons.append(f"heading {hs6[:4]}: {heading[:120]}")
        said.append(
            msg.message("customs.reason.heading", heading=hs6[:4], text=msg.quote(heading[:120]))
        )
        candidates.append(
            Candidate(
                hs6=hs6,
                national_code=line_code,
                score=round(score, 6),
                confidence=round(calibration.probability(signals), 4),
                heading=heading,
                subheading=nom.hs_text(hs6),
                line=line_obj.description if line_obj else "",
                reasons=reasons,
                signals=signals,
                said=said,
            )
        )
    confidence = candidates[0].confidence if candidates else 0.0
    question = None
    question_said = None
    content_words = [t for t in query_tokens if t in idx.vocab]
    if not candidates or len(set(content_words)) < 2 and not phrase_hits:
        question = (
            "What is the product, what is it made of and what is it used for? "
            "The description is too short to classify."
        )
        question_said = msg.message("customs.question.too_short")
    elif confidence < ABSTAIN_BELOW:
        question, question_said = _question(nom, candidates, material_chapters, matches)
    return Classification(
        text=raw,
        language=language,
        candidates=candidates,
        confidence=round(confidence, 4),
        abstained=question is not None,
        question=question,
        method=method,
        notes=notes,
        question_said=question_said,
        notes_said=notes_said,
    )


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


def _group(hs6: str) -> str:
    """Where the choice by material is made: the heading, or the chapter when its headings
    split by material (subheadings.BY_MATERIAL_HEADINGS)."""
    headings = subheadings.BY_MATERIAL_HEADINGS.get(hs6[:2], ())
    return hs6[:2] if hs6[:4] in headings else hs6[:4]


def _refine_by_material(
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
    group = {h: _group(h) for h in scored}
    lead: dict[str, float] = {}
    for hs6, score in scored.items():
        lead[group[hs6]] = max(lead.get(group[hs6], 0.0), score)
    for g in sorted(lead, key=lambda g: -lead[g])[:SIBLING_HEADINGS]:
        for sibling in _members(g):
            named, _ = subheadings.code_materials(nom.hs_text(sibling))
            if sibling not in scored and named & materials:
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


def _translated(category: str | None) -> str | None:
    """Each level of a category path with the glossary's English words after it."""
    if not category:
        return None
    levels = [lvl.strip() for lvl in category.split(">")]
    return " > ".join(f"{lvl} {glossary.expand(lvl)[0]}".strip() for lvl in levels)


@lru_cache(maxsize=1)
def _matcher() -> articles.Matcher:
    return articles.Matcher()


@lru_cache(maxsize=1)
def _category_matcher() -> articles.Matcher:
    return articles.Matcher(articles.CATEGORY_RULES)


def _question(
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
    if asked and asked_said and _group(a.hs6) == _group(b.hs6):
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


def _softmax(values: list[float], *, temperature: float) -> list[float]:
    if not values:
        return []
    top = max(values)
    exps = [math.exp((v - top) / temperature) for v in values]
    total = sum(exps)
    return [e / total for e in exps]
