"""Offline HS classifier: lexical retrieval (BM25) over US HTS lines with their ancestor texts,
an exact-phrase lookup of HMRC product terms, a hand-written multilingual glossary, material and
parts rules, then a confidence score and an abstention with the question that would decide it.
No network, no configuration."""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from globalsell.core import messages as msg
from globalsell.core.messages import Message
from globalsell.customs import (
    articles,
    calibration,
    chemicals,
    choice,
    domain,
    glossary,
    memory,
    parts,
    platform,
    ranking,
    scopes,
    sub_articles,
)
from globalsell.customs.article_rules import APPAREL, ArticleRule
from globalsell.customs.hsindex import (
    SEMANTIC_POOL,
    SEMANTIC_REASON,
    Index,
    Semantic,
    best_under,
    group_best,
    index,
    semantic_scores,
    subheading_words,
)
from globalsell.customs.hsindex import embed as embed
from globalsell.customs.hsindex import semantic as load_semantic
from globalsell.customs.nomenclature import load
from globalsell.customs.query import (
    CHEMICAL,
    FOR_MAKING,
    FORM_QUERY,
    GARMENT,
    KNIT,
    MATERIAL_TOKENS,
    OCCASION_TOKENS,
    PARTS_QUERY,
    PLAITED,
    PRIMARY_HEADINGS,
    PRIMARY_PENALTY,
    PUT_UP_AS_SET,
    WOVEN,
    Parsed,
    detect_language,
    garment_factor,
    gender_factor,
    gendered,
    token_set,
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
    subheading: float = 0.0  # subheading-level match with its EU CN lines (ADR 0132: off)
    uk_terms: float = 0.5  # HMRC product terms added to the text of their subheading
    garment: float = 1.4  # knitted vs woven garments: chapter 61 vs 62 (chapter notes)
    not_chemical: float = 0.6  # chapters 28-29 for a text naming no chemical
    not_plaited: float = 0.5  # chapter 46 for a text naming no plaiting material (Ch. 46 Note 1)
    head_miss: float = 0.8  # a subheading none of whose texts names the article's noun
    phrase_words: int = 5  # longest head read as one noun phrase (longer: a keyword list)
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
    category_word: float = 0.6  # a word only the category path names (evidence, not the head)
    occasion: float = 0.4  # a word naming the occasion the goods suit (query.OCCASION_TOKENS)
    parts: float = 1.0  # a part of the machine the text says it serves: its parts heading (parts)
    # a category rule the title's own-heading good contradicts (articles.ArticleRule.own_heading)
    category_yields: float = 0.3
    garment_heading: float = 0.25  # share of a garment's rule for the headings naming it (CV)
    chemical: float = 2.0  # the headings a chemical's name or CAS number points to (ADR 0170)


PARAMS = Params()
LINES = 400  # best lines whose subheadings may become candidates
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
    evidence: ranking.Evidence | None = None  # what the re-ranker and confidence were read from
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
    pool: list[ranking.Evidence] = field(default_factory=list)  # what was re-ranked
    words: int = 0  # distinct content words known to the index
    # calibrated probability that the first candidate's heading is right (ADR 0144): the level
    # the classifier is sure of when the subheading is asked back
    heading_confidence: float = 0.0

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


# calibrated probability of the first candidate below which it asks (benchmarks/customs_cv.py)
ABSTAIN_BELOW = 0.3
OFF_SENSE = 0.2  # a heading reached only through a product term used in another sense
CHEMICAL_SUBHEADING = 0.5  # share of the chemical reading's weight for the subheading it decides
HEAD_TIE = 0.999  # lines scoring at least this share of the best are all the best (ADR 0168)


def classify(
    text: str,
    *,
    material: str | None = None,
    use: str | None = None,
    category: str | None = None,
    precedents: Sequence[memory.Precedent] = (),
    top_k: int = 5,
    params: Params = PARAMS,
    model: ranking.Model | None = None,
) -> Classification:
    """Ranked HS6 candidates (with the best US HTS line) for a product text and, when the
    platform has one, its category path ('Shoes > Women's Shoes > Pumps')."""
    with _LOADING:  # a page arriving during the start-up warm-up waits for it, never loads twice
        idx = index(params.uk_terms)
        load_semantic()
    nom = load()
    raw = " ".join(p for p in (text, material or "", use or "") if p).strip()
    category = (category or "").strip() or None
    if platform.names_no_article(category):  # a franchise's merchandise: no article named
        category = None
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
    counts = Counter(query_tokens)
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
        if t in OCCASION_TOKENS:
            weight *= params.occasion  # what the goods are used for, not what they are
        weights[idx.vocab[t]] = counts[t] * weight
    matches = articles.find(
        _matcher(),
        head=f"{parsed.head_text} {glossary.expand(parsed.head_text)[0]}",
        text=articles.without_occasions(f"{raw} {english}"),
        category=_translated(category),
        weights=(params.rule_category, params.rule_head, params.rule_rest),
        category_matcher=_category_matcher() if params.category_rules else None,
        category_yields=params.category_yields,
        title=raw,
    )
    matches = articles.with_apparel(matches, params.garment_heading)
    # the path's words name what an own-heading good serves ('Fishing Lures' for fly-tying
    # feathers) unless a category rule agrees with the title (ADR 0166)
    category_word = params.category_word
    if articles.category_contradicted(matches):
        category_word *= params.category_yields
    cat_tokens = set(tokens(category or "")) - set(query_tokens)
    for t in cat_tokens:
        if t in idx.vocab:
            known.append(t)
            weights[idx.vocab[t]] = category_word
    lexical = idx.leaves.score(weights)
    top_lex = float(lexical.max()) if known else 0.0
    fused = lexical / top_lex if top_lex > 0 else np.zeros(len(idx.codes))
    h_scores = c_scores = np.zeros(0)
    if top_lex > 0:
        h_scores = idx.heading_bm25.score(weights)
        c_scores = idx.chapter_bm25.score(weights)
        h_scores /= max(float(h_scores.max()), 1e-9)
        c_scores /= max(float(c_scores.max()), 1e-9)
    if top_lex > 0 and (params.heading or params.chapter or params.subheading):
        h_top, c_top = float(h_scores.max()), float(c_scores.max())
        if h_top > 0:
            fused = fused + params.heading * (h_scores / h_top)[idx.leaf_heading]
        if c_top > 0:
            fused = fused + params.chapter * (c_scores / c_top)[idx.leaf_chapter]
        s_scores = idx.subheading_bm25.score(weights) if params.subheading else np.zeros(1)
        s_top = float(s_scores.max())
        if s_top > 0:
            fused = fused + params.subheading * (s_scores / s_top)[idx.leaf_subheading]
        fused = fused / (1.0 + params.heading + params.chapter + params.subheading)
    method = "bm25+hierarchy"
    # exact HMRC product phrases in the query point to their HS6
    phrase_hits: dict[str, str] = {}
    qt = tuple(query_tokens)
    for size in range(min(5, len(qt)), 0, -1):
        for i in range(len(qt) - size + 1):
            key = qt[i : i + size]
            for hs6 in idx.uk_phrases.get(key, ()):
                phrase_hits.setdefault(hs6, " ".join(key))
    # a product term used in another sense is no evidence of its code, and its words in that
    # code's text are not either (GRI 1)
    off_sense = {h for h, t in phrase_hits.items() if not choice.term_in_sense(idx, t, parsed, h)}
    phrase_hits = {h: t for h, t in phrase_hits.items() if h not in off_sense}
    # nor is the term of a subheading whose own terms rule the article out (GRI 6: a 'relief
    # valve' term for 8481.40 when the text names a hydraulic valve of 8481.20)
    phrase_hits = {h: t for h, t in phrase_hits.items() if sub_articles.names_article(h, raw)}
    material_chapters = domain.material_chapters(f"{raw} {english}")
    if "electric" in query_tokens:
        # electrical appliances are classified by function (chapter 85), not by material
        material_chapters = set()
    wants_parts = bool(PARTS_QUERY.search(f"{raw} {english}"))
    names_form = bool(FORM_QUERY.search(f"{raw} {english}"))
    served = parts.match(text, _translated(category), matches, params.parts)
    if served is not None:
        matches.append(served)
    # a chemically defined compound: the headings its name or CAS number points to (ADR 0170)
    named_chemical = chemicals.read(raw) if params.chemical > 0 else None
    if named_chemical is not None:
        matches.append(
            articles.Match(named_chemical.rule, named_chemical.phrase, "text", params.chemical)
        )
        # the subheading its name decides within that heading (GRI 6)
        decided = chemicals.subheadings(
            named_chemical,
            {c: nom.hs_text(c) for c in _subheadings_of(named_chemical.targets[0])},
        )
        if decided:
            matches.append(
                articles.Match(
                    ArticleRule("chemical_subheading", (), decided, chemicals.SOURCE_SUBHEADING),
                    named_chemical.phrase,
                    "text",
                    params.chemical * CHEMICAL_SUBHEADING,
                )
            )
    apparel = any(m.rule.name in APPAREL for m in matches)
    # A rule naming an article's own heading outranks the material chapters, whose notes
    # exclude those articles (e.g. Chapter 39 Note 2, Chapter 40 Note 2 for Chapter 95 goods).
    article_heading = any(not m.rule.by_material and m.where != "text" for m in matches)
    # apparel of leather is heading 4203, not a textile garment (Chapter 62 Note 1)
    leather = any(m.rule.name == "leather_apparel" for m in matches)
    garment = (parsed.noun in GARMENT or apparel) and not leather
    gender = gender_of(f"{raw} {category or ''}") if apparel else None
    chemical = bool(CHEMICAL.search(raw)) or named_chemical is not None
    plaited = bool(PLAITED.search(f"{raw} {english}"))
    noun_words = _noun_words(parsed, params) if params.head_miss != 1.0 else frozenset()
    # a text with no English noun (宠物窝) names its article in the glossary's English ('pet
    # bed'): that noun says which chapters a purpose word reached (ADR 0188)
    scope_noun = parsed.noun or (parse(english).noun if english else None)
    not_its = scopes.outside(nom, scope_noun, query_tokens, known)  # a purpose word's chapters
    platform_chapters = platform.chapters(category)
    # an article of Chapter 95 named by the title or category: the material chapters whose
    # notes leave such articles out stand back (ADR 0189)
    chapter_95 = any(
        m.where != "text" and all(t.startswith("95") for t in m.rule.targets) for m in matches
    )
    knit = bool(KNIT.search(raw))
    waste = scopes.says_waste(raw)
    woven = bool(WOVEN.search(raw))
    order = _top_lines(fused, LINES)  # ties: lowest line first, on any numpy
    best: dict[str, tuple[float, int]] = {}
    lines = order[fused[order] > 0]  # the best lines scoring above 0, best first
    line_scores = fused[lines]
    if not wants_parts:  # a line for parts when the text asks for none
        line_scores = np.where(_part_lines(params.uk_terms)[lines], line_scores * 0.8, line_scores)
    for doc, score in zip(lines.tolist(), line_scores.tolist(), strict=True):
        hs6 = idx.codes[doc][:6]
        if hs6 not in best or best[hs6][0] < score:
            best[hs6] = (score, doc)

    for m in matches:
        for target in articles.targets(m, material_chapters):
            for doc in best_under(idx, fused, target):
                hs6 = idx.codes[doc][:6]
                if hs6 not in best:
                    best[hs6] = (float(fused[doc]), int(doc))
    if named_chemical is not None and len(named_chemical.targets) == 1:
        # one heading named by the compound's functional group: each of its subheadings (the
        # group's compounds are told apart by name, which the lexical search may not know)
        for hs6 in _subheadings_of(named_chemical.targets[0]):
            for doc in best_under(idx, fused, hs6, n=1):
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
    named_subheadings: set[str] = set()
    off_headings = {h[:4] for h in off_sense}
    rule_codes = articles.targeted(matches, material_chapters)
    text_codes = [(m, codes) for m, codes in rule_codes if m.where != "category"]
    category_codes = [(m, codes) for m, codes in rule_codes if m.where == "category"]
    for hs6, (score, _) in best.items():
        bonus = 1.0
        if hs6 in phrase_hits:
            bonus *= 1.0 + 0.15 * len(phrase_hits[hs6].split())
        if hs6[:4] in off_headings:
            bonus *= OFF_SENSE
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
        if not waste and hs6[:4] in scopes.WASTE_HEADINGS:
            bonus *= scopes.WASTE_PENALTY
        if hs6[:2] in not_its:
            bonus *= scopes.PENALTY
        if chapter_95 and hs6[:2] in scopes.NOT_CHAPTER_95:
            bonus *= scopes.CHAPTER_95_PENALTY
        if hs6[:2] == "46" and not plaited:
            bonus *= params.not_plaited
        rule_bonus = articles.factor_of(rule_codes, hs6)
        rule_hits[hs6] = (
            articles.factor_of(text_codes, hs6) > 1.0,
            articles.factor_of(category_codes, hs6) > 1.0,
        )
        if any(hs6 in codes for _, codes in rule_codes):
            named_subheadings.add(hs6)  # a rule names this subheading itself, not its heading
        if rule_bonus > 1.0:
            score = max(score, params.rule_floor)
        bonus *= rule_bonus
        if hs6[:2] in platform_chapters:
            bonus *= params.category_chapter
        if gender and hs6[:2] in ("61", "62"):
            # the subheading's text when the heading's is silent (6112.3x men's, 6112.4x women's)
            named = nom.hs_text(hs6[:4]) if gendered(nom.hs_text(hs6[:4])) else nom.hs_text(hs6)
            bonus *= gender_factor(named, gender, params.gender)
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
    refined = choice.refine_by_material(nom, scored, raw, params, frozenset(named_subheadings))
    if noun_words:  # after the material's sibling took its heading's lead: still an article
        for hs6 in scored:
            if not noun_words & subheading_words(hs6):
                scored[hs6] *= params.head_miss
    precedent_of: dict[str, memory.Precedent] = {}
    top_before = max(scored.values(), default=0.02)
    for p in precedents:
        hs6 = p.code[:6]
        if hs6 in nom.hs and hs6 not in precedent_of:
            lifted = top_before * (1.0 + params.precedent * p.similarity)
            scored[hs6] = max(scored.get(hs6, 0.0), lifted)
            precedent_of[hs6] = p
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])[: max(top_k, ranking.POOL)]
    n_words = len({t for t in query_tokens if t in idx.vocab} | cat_tokens)
    pool = [
        ranking.Evidence(
            hs6=hs6,
            score=score,
            lexical=_lexical(lexical, best.get(hs6, (0.0, -1))[1], top_lex),
            rule=rule_hits.get(hs6, (False, False))[0],
            category_rule=rule_hits.get(hs6, (False, False))[1],
            phrase=hs6 in phrase_hits,
            material=hs6 in refined,
            platform=hs6[:2] in platform_chapters,
            residual=_residual(nom.hs_text(hs6)),
            precedent=precedent_of[hs6].similarity if hs6 in precedent_of else 0.0,
            rule_subheading=hs6 in named_subheadings,
        )
        for hs6, score in ranked
        if score > 0 or hs6 in precedent_of
    ]
    against = choice.undecided_pairs(nom, [e.hs6 for e in pool], raw)
    pool = _with_search(pool, idx, h_scores, c_scores, semantic, against)
    pool = _with_head_reading(pool, idx, parsed)
    in_set, for_making = bool(PUT_UP_AS_SET.search(raw)), bool(FOR_MAKING.search(raw))
    if in_set or for_making:
        pool = [dataclasses.replace(e, in_set=in_set, for_making=for_making) for e in pool]
    reranked = ranking.rank(pool, n_words, model)
    candidates: list[Candidate] = []
    for pos in reranked.order[:top_k]:
        evidence = pool[pos]
        hs6, score = evidence.hs6, evidence.score
        probability = reranked.confidence[pos]
        if pos == reranked.order[0] and evidence.precedent:
            probability = max(probability, calibration.PRECEDENT_TRUST * evidence.precedent)
        doc = best[hs6][1] if hs6 in best and best[hs6][1] >= 0 else idx.first_leaf.get(hs6)
        line_code = idx.codes[doc] if doc is not None else hs6
        if hs6 in precedent_of and precedent_of[hs6].code in nom.us_lines:
            line_code = precedent_of[hs6].code
        line_obj = nom.us_lines.get(line_code)
        reasons = [precedent_of[hs6].reason] if hs6 in precedent_of else []
        said = [precedent_of[hs6].said] if hs6 in precedent_of else []
        line_words = _text_words(idx.texts[doc]) if doc is not None else frozenset()
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
        for m, codes in rule_codes:
            if hs6.startswith(codes):
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
                confidence=round(probability, 4),
                heading=heading,
                subheading=nom.hs_text(hs6),
                line=line_obj.description if line_obj else "",
                reasons=reasons,
                evidence=evidence,
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
        question, question_said = choice.question(
            # what the seller said, also in the glossary's English (纯棉 says cotton)
            nom,
            candidates,
            material_chapters,
            matches,
            f"{raw} {english} {category or ''}",
        )
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
        pool=pool,
        words=n_words,
        heading_confidence=round(max(reranked.heading_confidence, confidence), 4)
        if candidates
        else 0.0,
    )


def _noun_words(parsed: Parsed, params: Params = PARAMS) -> frozenset[str]:
    """The article's noun and the nomenclature words the glossary gives for it ('sweater':
    pullover, jersey)."""
    # a title with no 'for', 'with', ',', 'made of' ... after the article ('TPE Yoga Mat Non-Slip
    # 6mm') gives no reliable noun; nor does a unit or a two-letter word
    if not parsed.noun or not parsed.bounded or len(parsed.noun) <= 2:
        return frozenset()
    # an English noun phrase names its article in a few words ('men's cotton sweater'); a
    # marketplace title's head of a dozen stacked keywords ('New SK7 Ultra Smart Watch
    # Bluetooth Call Men GPS NFC') ends with no word that is reliably the article
    if len(parsed.head_text.split()) > params.phrase_words:
        return frozenset()
    words = [w for w in parsed.head_text.lower().split() if stem(w.strip(",.;:'\"")) == parsed.noun]
    return frozenset({parsed.noun, *tokens(glossary.expand_english(" ".join(words)))})


def _translated(category: str | None) -> str | None:
    """Each level of a category path with the glossary's English words after it."""
    if not category:
        return None
    levels = [lvl.strip() for lvl in category.split(">")]
    return " > ".join(f"{lvl} {glossary.expand(lvl)[0]}".strip() for lvl in levels)


@lru_cache(maxsize=256)
def _subheadings_of(heading: str) -> tuple[str, ...]:
    """The HS6 codes under a 4-digit heading (none for a chapter)."""
    if len(heading) != 4:
        return ()
    return tuple(sorted(c for c in load().hs if len(c) == 6 and c.startswith(heading)))


@lru_cache(maxsize=4)
def _part_lines(uk_weight: float) -> np.ndarray:
    """Per index line: whether its own text is about parts ('Parts', 'Parts and accessories')."""
    nom = load()
    return np.array(
        ["part" in nom.us_lines[code].description.lower()[:12] for code in index(uk_weight).codes],
        dtype=bool,
    )


@lru_cache(maxsize=8192)
def _text_words(text: str) -> frozenset[str]:
    """The words of an index line's text, tokenised once per process."""
    return token_set(text)


@lru_cache(maxsize=1)
def _matcher() -> articles.Matcher:
    return articles.Matcher()


@lru_cache(maxsize=1)
def _category_matcher() -> articles.Matcher:
    return articles.Matcher(articles.CATEGORY_RULES)


def _top_lines(fused: np.ndarray, n: int) -> np.ndarray:
    """`np.argsort(-fused, kind="stable")[:n]` without sorting every line: the lines scoring at
    least the n-th best score (all of its ties), stably sorted."""
    if len(fused) <= n:
        return np.argsort(-fused, kind="stable")
    nth = np.partition(fused, len(fused) - n)[len(fused) - n]
    docs = np.flatnonzero(fused >= nth)
    return docs[np.argsort(-fused[docs], kind="stable")][:n]


def _residual(text: str) -> bool:
    """A subheading for what its siblings do not cover ('Other', 'n.e.c.')."""
    low = text.lower()
    return low.startswith("other") or "; other" in low or "n.e.c" in low


def _lexical(lexical: np.ndarray, doc: int, top: float) -> float:
    return float(lexical[doc]) / top if doc >= 0 and top > 0 else 0.0


def _with_head_reading(
    pool: list[ranking.Evidence], idx: Index, parsed: Parsed
) -> list[ranking.Evidence]:
    """The pool with what the article's own words alone (the title's head, with the glossary's
    English for it) find: whether a candidate's heading holds the US line they score best, and
    the BM25 of its subheading's document for them, / the best (confidence evidence, ADR 0168)."""
    words = {
        t
        for t in tokens(f"{parsed.head_text} {glossary.expand(parsed.head_text)[0]}")
        if t in idx.vocab and not t.isdigit()
    }
    if not words or not pool:
        return pool
    weights = {idx.vocab[t]: 1.0 for t in words}
    lines = idx.leaves.score(weights)
    top = float(lines.max())
    subheadings = idx.subheading_bm25.score(weights)
    top_sub = float(subheadings.max())
    if top <= 0:
        return pool
    best = {idx.codes[int(d)][:4] for d in np.flatnonzero(lines >= HEAD_TIE * top)}
    out = []
    for e in pool:
        doc = idx.first_leaf.get(e.hs6)
        sub = float(subheadings[idx.leaf_subheading[doc]]) if doc is not None else 0.0
        out.append(
            dataclasses.replace(
                e,
                head_heading=e.hs6[:4] in best,
                head_subheading=sub / top_sub if top_sub > 0 else 0.0,
            )
        )
    return out


def _with_search(
    pool: list[ranking.Evidence],
    idx: Index,
    h_scores: np.ndarray,
    c_scores: np.ndarray,
    semantic: tuple[Semantic, np.ndarray] | None,
    against: dict[str, frozenset[str]],
) -> list[ranking.Evidence]:
    """The pool with the heading and chapter BM25, the closeness in meaning of each
    candidate's subheading, heading and chapter, and the codes it is undecided `against`."""
    out = []
    best_of: dict[str, float] = {}  # heading or chapter -> its best cosine (many share one)
    for e in pool:
        doc = idx.first_leaf.get(e.hs6)
        h = float(h_scores[idx.leaf_heading[doc]]) if doc is not None and len(h_scores) else 0.0
        c = float(c_scores[idx.leaf_chapter[doc]]) if doc is not None and len(c_scores) else 0.0
        cos = heading_cos = chapter_cos = 0.0
        if semantic is not None:
            sem, cosines = semantic
            if e.hs6 in sem.position:
                cos = float(cosines[sem.position[e.hs6]])
            for prefix in (e.hs6[:4], e.hs6[:2]):
                if prefix not in best_of:
                    best_of[prefix] = group_best(sem, cosines, prefix)
            heading_cos, chapter_cos = best_of[e.hs6[:4]], best_of[e.hs6[:2]]
        out.append(
            dataclasses.replace(
                e,
                heading_bm25=h,
                chapter_bm25=c,
                semantic=cos,
                heading_semantic=heading_cos,
                chapter_semantic=chapter_cos,
                undecided=against.get(e.hs6, frozenset()),
            )
        )
    return out
