"""Offline HS classifier: lexical retrieval (BM25) over US HTS lines with their ancestor texts,
an exact-phrase lookup of HMRC product terms, a hand-written multilingual glossary, material and
parts rules, then a confidence score and an abstention with the question that would decide it.
No network, no configuration."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from globalsell.customs import domain, glossary
from globalsell.customs.nomenclature import Nomenclature, load

_WORD = re.compile(r"[a-z][a-z\-]*[a-z]|[a-z]")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "to",
        "in",
        "on",
        "with",
        "without",
        "by",
        "from",
        "as",
        "at",
        "is",
        "are",
        "be",
        "its",
        "it",
        "this",
        "that",
        "used",
        "use",
        "which",
        "other",
        "not",
        "than",
        "more",
        "less",
        "over",
        "under",
        "into",
        "having",
        "whether",
        "other",
    ]
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_LATIN_NONASCII = re.compile(r"[àâäçéèêëîïôöùûüÿñßáíóúìò]")
_HEAD_SPLIT = re.compile(r",|;|\(| for | used | which | that | with | to be ", re.I)
HEAD_WEIGHT = 1.5  # words naming the article (before 'for', 'used', ',') count more
# Headings for materials in primary or semi-finished form; a query naming no such form is about an
# article, so these rank lower (materials vs articles, the first question of GIR 1 in practice).
_PRIMARY_HEADINGS = (
    [f"{h:04d}" for h in range(3901, 3916)]
    + [f"{h:04d}" for h in range(4001, 4009)]
    + [f"{h:04d}" for h in range(7001, 7009)]
    + [f"72{h:02d}" for h in range(1, 30)]
    + [f"{h:04d}" for h in range(7401, 7411)]
    + [f"{h:04d}" for h in range(7601, 7607)]
)
PRIMARY_HEADINGS = frozenset(_PRIMARY_HEADINGS)
_FORM_QUERY = re.compile(
    r"\b(bars?|rods?|sheets?|plates?|coils?|granules?|pellets?|resins?|powders?|ingots?|wire|"
    r"films?|foils?|strips?|tubes?|pipes?|profiles?|billets?|slabs?|blocks?|primary|"
    r"polymers?|copolymers?|sections?|angles?|flat-rolled|scrap|waste|unwrought|liquid|paste)\b",
    re.I,
)
PRIMARY_PENALTY = 0.6
MATERIAL_WEIGHT = 0.8
_PARTS_QUERY = re.compile(r"\b(parts?|accessor|component|spare)", re.I)


def stem(word: str) -> str:
    if len(word) <= 3:
        return word
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)] + repl
            break
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return [stem(w) for w in _WORD.findall(text) if w not in _STOP and len(w) > 1]


_MATERIAL_TOKENS = frozenset(
    t for words in domain.MATERIAL_WORDS.values() for w in words for t in tokens(w)
)


def detect_language(text: str) -> str:
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if _CJK.search(text):
        return "zh"
    if _LATIN_NONASCII.search(text.lower()):
        return "other-latin"
    return "en"


@dataclass
class _Index:
    codes: list[str]
    texts: list[str]
    vocab: dict[str, int]
    postings: list[tuple[np.ndarray, np.ndarray]]
    uk_phrases: dict[tuple[str, ...], set[str]]


K1, B = 1.5, 0.6


@lru_cache(maxsize=1)
def _index() -> _Index:
    nom = load()
    codes: list[str] = []
    texts: list[str] = []
    tf_rows: list[dict[int, float]] = []
    vocab: dict[str, int] = {}
    for code, line in nom.us_lines.items():
        if not line.leaf:
            continue
        chapter = nom.hs_text(code[:2])
        sub = nom.hs_text(code[:6])
        own = line.description.rstrip(":")
        text = f"{own} | {line.ancestors} | {sub} | {chapter}"
        counts: dict[int, float] = defaultdict(float)
        # the line's own words count double; ancestors and HS texts once; the chapter half.
        for weight, part in ((2.0, own), (1.0, line.ancestors), (1.0, sub), (0.5, chapter)):
            for t in tokens(part):
                counts[vocab.setdefault(t, len(vocab))] += weight
        codes.append(code)
        texts.append(text)
        tf_rows.append(counts)
    n = len(codes)
    lengths = np.array([sum(r.values()) for r in tf_rows], dtype=np.float64)
    avg = float(lengths.mean())
    by_term: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for doc, row in enumerate(tf_rows):
        for term, tf in row.items():
            by_term[term].append((doc, tf))
    postings: list[tuple[np.ndarray, np.ndarray]] = [
        (np.zeros(0, np.int32), np.zeros(0)) for _ in range(len(vocab))
    ]
    for term_id, plist in by_term.items():
        docs = np.array([d for d, _ in plist], dtype=np.int32)
        freqs = np.array([f for _, f in plist])
        idf = math.log(1 + (n - len(plist) + 0.5) / (len(plist) + 0.5))
        norm = freqs * (K1 + 1) / (freqs + K1 * (1 - B + B * lengths[docs] / avg))
        postings[term_id] = (docs, idf * norm)
    uk: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for phrase, uk_code in nom.uk_terms:
        key = tuple(tokens(phrase))
        if key:
            uk[key].add(uk_code[:6])
    return _Index(codes, texts, vocab, postings, dict(uk))


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

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


ABSTAIN_BELOW = 0.35
TEMPERATURE = 0.08


def classify(
    text: str,
    *,
    material: str | None = None,
    use: str | None = None,
    top_k: int = 5,
) -> Classification:
    """Ranked HS6 candidates (with the best US HTS line) for a product text."""
    idx = _index()
    nom = load()
    raw = " ".join(p for p in (text, material or "", use or "") if p).strip()
    language = detect_language(raw)
    english, used_terms = glossary.expand(raw)
    query_tokens = tokens(f"{raw} {english}")
    known = [t for t in query_tokens if t in idx.vocab]
    notes: list[str] = []
    if used_terms:
        notes.append("glossary: " + ", ".join(used_terms[:8]))
    head = set(tokens(_HEAD_SPLIT.split(text, maxsplit=1)[0]))
    material_only = set(tokens(material or "")) - set(tokens(text))
    lexical = np.zeros(len(idx.codes))
    for t in set(known):
        docs, weights = idx.postings[idx.vocab[t]]
        weight = HEAD_WEIGHT if t in head else 1.0
        if t in material_only or t in _MATERIAL_TOKENS:
            weight *= MATERIAL_WEIGHT  # what it is made of counts less than what it is
        lexical[docs] += weights * query_tokens.count(t) * weight
    top_lex = float(lexical.max()) if known else 0.0
    fused = lexical / top_lex if top_lex > 0 else np.zeros(len(idx.codes))
    method = "bm25"
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
    wants_parts = bool(_PARTS_QUERY.search(f"{raw} {english}"))
    names_form = bool(_FORM_QUERY.search(f"{raw} {english}"))
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
    scored: dict[str, float] = {}
    for hs6, (score, _) in best.items():
        bonus = 1.0
        if hs6 in phrase_hits:
            bonus *= 1.0 + 0.15 * len(phrase_hits[hs6].split())
        if not names_form and hs6[:4] in PRIMARY_HEADINGS:
            bonus *= PRIMARY_PENALTY
        if material_chapters and domain.is_material_chapter(hs6[:2]):
            bonus *= 1.2 if hs6[:2] in material_chapters else 0.8
        scored[hs6] = score * bonus
    for hs6 in phrase_hits:
        if hs6 not in scored and hs6 in nom.hs:
            scored[hs6] = max(scored.values(), default=0.02) * 0.9
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])[: max(top_k, 10)]
    probs = _softmax([s for _, s in ranked], temperature=TEMPERATURE)
    candidates: list[Candidate] = []
    for (hs6, score), prob in zip(ranked[:top_k], probs, strict=False):
        doc = best[hs6][1] if hs6 in best else None
        line_code = idx.codes[doc] if doc is not None else hs6
        line_obj = nom.us_lines.get(line_code)
        reasons = []
        overlap = sorted({t for t in known if doc is not None and t in tokens(idx.texts[doc])})
        if overlap:
            reasons.append("matched words: " + ", ".join(overlap[:8]))
        if hs6 in phrase_hits:
            reasons.append(f"HMRC product term '{phrase_hits[hs6]}' points to {hs6}")
        if material_chapters and hs6[:2] in material_chapters:
            reasons.append(f"material matches chapter {hs6[:2]} ({nom.hs_text(hs6[:2])[:60]})")
        heading = nom.hs_text(hs6[:4])
        reasons.append(f"heading {hs6[:4]}: {heading[:120]}")
        candidates.append(
            Candidate(
                hs6=hs6,
                national_code=line_code,
                score=round(score, 6),
                confidence=round(prob, 4),
                heading=heading,
                subheading=nom.hs_text(hs6),
                line=line_obj.description if line_obj else "",
                reasons=reasons,
            )
        )
    confidence = candidates[0].confidence if candidates else 0.0
    question = None
    content_words = [t for t in query_tokens if t in idx.vocab]
    if not candidates or len(set(content_words)) < 2 and not phrase_hits:
        question = (
            "What is the product, what is it made of and what is it used for? "
            "The description is too short to classify."
        )
    elif confidence < ABSTAIN_BELOW:
        question = _question(nom, candidates, material_chapters)
    return Classification(
        text=raw,
        language=language,
        candidates=candidates,
        confidence=round(confidence, 4),
        abstained=question is not None,
        question=question,
        method=method,
        notes=notes,
    )


def _question(nom: Nomenclature, cands: list[Candidate], materials: set[str]) -> str:
    a, b = cands[0], cands[1] if len(cands) > 1 else cands[0]
    if a.hs6[:2] != b.hs6[:2] and not materials:
        return (
            f"What is it mainly made of, and what is it for? It could be chapter {a.hs6[:2]} "
            f"({nom.hs_text(a.hs6[:2])[:70]}) or chapter {b.hs6[:2]} "
            f"({nom.hs_text(b.hs6[:2])[:70]})."
        )
    return f"Which fits better: {a.hs6} ({a.subheading[:80]}) or {b.hs6} ({b.subheading[:80]})?"


def _softmax(values: list[float], *, temperature: float) -> list[float]:
    if not values:
        return []
    top = max(values)
    exps = [math.exp((v - top) / temperature) for v in values]
    total = sum(exps)
    return [e / total for e in exps]
