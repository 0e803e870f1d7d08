"""The learned re-ranking of the offline classifier's candidate pool, and the calibrated
probability of each candidate.

The classifier's hand-tuned score finds a pool of HS6 candidates (the right one is among the
first 30 for about three items in four on the dev sets, but first for only one in three). Each
pool member is described by what the search saw (its score against the best, BM25 of its line,
heading and chapter, closeness in meaning of its subheading, heading and chapter, the article
rules and the platform's category pointing to it, the material subheading choice) and by the
evidence its heading and chapter collect from the whole pool (hierarchical: a heading whose
several subheadings are found is likelier than one lone line). A linear score over those
features orders the pool (a conditional-logit model: softmax over the pool). A candidate's
calibrated confidence is factored (ADR 0151): a logistic model gives the probability that its
heading is right (ADR 0144), and a second one the probability that it is the right subheading
when the heading is, from its share of the heading's probability, its lead over the next sibling
and independent readings (a subheading naming the material, the sentence encoder's cosine, and
what the article's own words alone find: ADR 0168).

Both models were fitted on the dev sets (ATLAS validation and the HSCodeComp dev half) by
`benchmarks/customs_cv.py --fit --write`, which also reports their 5-fold cross-validated figures;
no review data was used. Weights live in data/ranking.json. Pure: numbers in, numbers out."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

POOL = 30  # candidates the re-ranker orders
# An article rule named by the title (what the product is, GIR 1 and the chapter notes) is worth
# at least this much in the learned score, so that the words of a material in other headings
# cannot outweigh it again ('TPE yoga mat' is 9506, not plaited mats of 4601).
RULE_WEIGHT_MIN = 1.0  # 5-fold CV over 1, 2, 4: 1 (benchmarks/customs_cv.py, ADR 0131)
SHARE_TEMPERATURE = 0.08  # softmax of the hand-tuned scores, for the heading/chapter evidence

FEATURES = (
    "ratio",  # score / best score in the pool
    "first",  # first by the hand-tuned score
    "log_rank",  # log(1 + rank by the hand-tuned score)
    "lexical",  # BM25 of its best US line, / the best line's
    "heading_bm25",  # BM25 of all text under its heading, / the best heading's
    "chapter_bm25",  # the same for its chapter
    "semantic",  # cosine of the product text to the subheading text
    "heading_semantic",  # best cosine among the subheadings of its heading
    "chapter_semantic",  # best cosine among the subheadings of its chapter
    "rule",  # an article rule named in the title or text points to it
    "category_rule",  # an article rule named by the category path points to it
    "phrase",  # an HMRC product term points to it
    "material",  # its subheading names the product's material (customs.subheadings)
    "platform",  # the platform's top-level category covers its chapter
    "heading_mass",  # share of the pool's score held by its heading
    "chapter_mass",  # share of the pool's score held by its chapter
    "residual",  # an 'Other' subheading
    "precedent",  # similarity to a product the seller confirmed with this code
)
# The unfactored confidence (one logistic model over the candidate's probability): the neutral
# model's, and the hand-tuned baseline of benchmarks/customs_cv.py.
CONFIDENCE_FEATURES = (
    "bias",
    "probability",  # the re-ranker's softmax probability
    "logit",  # its log-odds
    "first",  # first after re-ranking
    "lead",  # probability less the next candidate's
    "heading_probability",  # the re-ranker's probability summed over its heading
    "words",  # log(1 + distinct content words known to the index)
    "material",  # its subheading names the product's material (an independent reading)
    "semantic",  # cosine of the product text to its subheading (the sentence encoder's view)
)
# The heading and unfactored models are fitted on each item's first CONFIDENCE_POOL candidates after
# re-ranking, where its answer is read; the far tail of the pool (easy negatives) taught it to
# separate the first from the 30th, not a right first from a wrong one. 5-fold CV over all 30,
# 3 and 1 (benchmarks/customs_cv.py, ADR 0144): 3.
CONFIDENCE_POOL = 3
# the confidence of a first candidate that one of the next two differs from only by a material the
# text does not state: below the classifier's abstention threshold (classifier.ABSTAIN_BELOW)
UNDECIDED = 0.25
# The HS6 confidence is factored (ADR 0151): P(heading) from the heading model times
# P(subheading | heading), read from how the re-ranker shares its heading's probability among
# the sibling subheadings in the pool and from the independent readings of the subheading.
SUBHEADING_FEATURES = (
    "bias",
    "share",  # its probability / its heading's summed probability
    "share_logit",  # the log-odds of that share
    "first",  # the likeliest subheading of its heading
    "lead",  # its share less the next sibling's in the pool
    "residual",  # an 'Other' subheading (what its siblings do not cover)
    "material",  # its subheading names the product's material
    "semantic",  # cosine of the product text to its subheading
    "head_words",  # BM25 of its subheading for the article's own words alone (ADR 0168)
    "rule",  # an article rule names this subheading itself (6 digits), not only its heading
)
HEADING_FEATURES = (
    "bias",
    "probability",  # the re-ranker's probability summed over the heading
    "logit",  # its log-odds
    "first",  # the heading of the first candidate
    "lead",  # its probability less the next heading's
    "words",  # log(1 + distinct content words known to the index)
    "semantic",  # best cosine of the product text among the heading's subheadings
    "material",  # one of its subheadings names the product's material
    "head_words",  # it holds the line the article's own words alone score best (ADR 0168)
    "rule",  # an article rule named in the title or text points into it
    "set",  # the text names goods put up in a set or kit (GRI 3(b): its essential character)
    "agree",  # it holds the hand-tuned score's first candidate (the two orders agree)
    "making",  # the text sells materials or components for making an article (ADR 0178)
)


@dataclass(frozen=True)
class Evidence:
    """What the search saw of one pool candidate (the classifier fills it)."""

    hs6: str
    score: float
    lexical: float = 0.0
    heading_bm25: float = 0.0
    chapter_bm25: float = 0.0
    semantic: float = 0.0
    heading_semantic: float = 0.0
    chapter_semantic: float = 0.0
    rule: bool = False
    category_rule: bool = False
    phrase: bool = False
    material: bool = False
    platform: bool = False
    residual: bool = False
    precedent: float = 0.0
    # the article's own words alone (the title's head: 'hydraulic relief valves'), read apart
    # from the rest of the text (ADR 0168): its heading holds the US line they score best, and
    # the BM25 of its subheading's document for them, / the best subheading's
    head_heading: bool = False
    head_subheading: float = 0.0
    # pool siblings told apart from it only by a material the text does not state
    undecided: frozenset[str] = frozenset()
    # the text names goods put up in a set or kit (the same for the whole pool): GRI 3(b)
    # classifies it by the component giving its essential character, which no word says
    in_set: bool = False
    # the text sells materials or components for making an article ('jewelry making', 'findings',
    # 'craft supplies'): classified by what they are, not as the article they make (GRI 1, 2(a))
    for_making: bool = False
    # an article rule names this subheading itself (6 digits), not only its heading
    rule_subheading: bool = False


@dataclass(frozen=True)
class Model:
    rerank: tuple[float, ...]  # one weight per FEATURES (all zero but 'ratio': the old order)
    confidence: tuple[float, ...]  # one per CONFIDENCE_FEATURES
    heading: tuple[float, ...] = ()  # one per HEADING_FEATURES (empty: the heading's own share)
    # one per SUBHEADING_FEATURES; with a heading model, a candidate's confidence is
    # P(heading) x P(subheading | heading) and `confidence` is not read (ADR 0151)
    subheading: tuple[float, ...] = ()


@dataclass(frozen=True)
class Ranked:
    order: list[int]  # pool positions, best first
    probability: list[float]  # re-ranker probability, by pool position
    confidence: list[float]  # calibrated probability, by pool position
    heading: str = ""  # the heading of the first candidate
    heading_confidence: float = 0.0  # calibrated probability that this heading is right


def matrix(pool: Sequence[Evidence]) -> np.ndarray:
    """The feature matrix of a pool ordered by the hand-tuned score (rows in that order)."""
    if not pool:
        return np.zeros((0, len(FEATURES)))
    top = max(pool[0].score, 1e-9)
    exps = [math.exp((e.score - pool[0].score) / SHARE_TEMPERATURE) for e in pool]
    total = sum(exps)
    heading: dict[str, float] = defaultdict(float)
    chapter: dict[str, float] = defaultdict(float)
    for e, x in zip(pool, exps, strict=True):
        heading[e.hs6[:4]] += x / total
        chapter[e.hs6[:2]] += x / total
    rows = [
        [
            e.score / top,
            float(i == 0),
            math.log1p(i),
            e.lexical,
            e.heading_bm25,
            e.chapter_bm25,
            e.semantic,
            e.heading_semantic,
            e.chapter_semantic,
            float(e.rule),
            float(e.category_rule),
            float(e.phrase),
            float(e.material),
            float(e.platform),
            heading[e.hs6[:4]],
            chapter[e.hs6[:2]],
            float(e.residual),
            e.precedent,
        ]
        for i, e in enumerate(pool)
    ]
    return np.array(rows, dtype=np.float64)


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    out: np.ndarray = e / e.sum()
    return out


def _log_odds(p: float) -> float:
    clipped = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(clipped / (1 - clipped))


def confidence_matrix(pool: Sequence[Evidence], probability: np.ndarray, words: int) -> np.ndarray:
    """Confidence features of each pool candidate, from the re-ranker's probabilities."""
    order = np.argsort(-probability, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    by_heading: dict[str, float] = defaultdict(float)
    for e, p in zip(pool, probability, strict=True):
        by_heading[e.hs6[:4]] += float(p)
    rows = []
    for i, e in enumerate(pool):
        p = float(probability[i])
        r = int(rank[i])
        after = float(probability[order[r + 1]]) if r + 1 < len(order) else 0.0
        rows.append(
            [
                1.0,
                p,
                _log_odds(p),
                float(r == 0),
                p - after,
                by_heading[e.hs6[:4]],
                math.log1p(words),
                float(e.material),
                e.semantic,
            ]
        )
    return np.array(rows, dtype=np.float64)


def heading_matrix(
    pool: Sequence[Evidence], probability: np.ndarray, words: int
) -> tuple[list[str], np.ndarray]:
    """The headings of the pool, likeliest first by the re-ranker's summed probability, and
    their features (HEADING_FEATURES)."""
    mass: dict[str, float] = defaultdict(float)
    cosine: dict[str, float] = {}
    material: dict[str, bool] = defaultdict(bool)
    head: dict[str, bool] = defaultdict(bool)
    rule: dict[str, bool] = defaultdict(bool)
    for e, p in zip(pool, probability, strict=True):
        h = e.hs6[:4]
        mass[h] += float(p)
        cosine[h] = max(cosine.get(h, e.heading_semantic), e.heading_semantic)
        material[h] |= e.material
        head[h] |= e.head_heading
        rule[h] |= e.rule
    in_set = float(any(e.in_set for e in pool))
    for_making = float(any(e.for_making for e in pool))
    heads = sorted(mass, key=lambda h: -mass[h])
    rows = [
        [
            1.0,
            mass[h],
            _log_odds(mass[h]),
            float(r == 0),
            mass[h] - (mass[heads[r + 1]] if r + 1 < len(heads) else 0.0),
            math.log1p(words),
            cosine[h],
            float(material[h]),
            float(head[h]),
            float(rule[h]),
            in_set,
            float(h == pool[0].hs6[:4]),
            for_making,
        ]
        for r, h in enumerate(heads)
    ]
    return heads, np.array(rows, dtype=np.float64).reshape(len(heads), len(HEADING_FEATURES))


def subheading_matrix(pool: Sequence[Evidence], probability: np.ndarray) -> np.ndarray:
    """Features of each pool candidate within its heading (SUBHEADING_FEATURES)."""
    siblings: dict[str, list[int]] = defaultdict(list)
    for i in np.argsort(-probability, kind="stable"):
        siblings[pool[int(i)].hs6[:4]].append(int(i))
    rows = np.zeros((len(pool), len(SUBHEADING_FEATURES)))
    for members in siblings.values():
        mass = max(float(probability[members].sum()), 1e-12)
        shares = [float(probability[i]) / mass for i in members]
        for r, i in enumerate(members):
            e = pool[i]
            after = shares[r + 1] if r + 1 < len(members) else 0.0
            rows[i] = [
                1.0,
                shares[r],
                _log_odds(shares[r]),
                float(r == 0),
                shares[r] - after,
                float(e.residual),
                float(e.material),
                e.semantic,
                e.head_subheading,
                float(e.rule_subheading),
            ]
    return rows


def _sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return out


def rank(pool: Sequence[Evidence], words: int, model: Model | None = None) -> Ranked:
    """The pool re-ordered by the model, with each candidate's calibrated probability."""
    model = model or shipped()
    if not pool:
        return Ranked([], [], [])
    probability = softmax(matrix(pool) @ np.array(model.rerank))
    order = [int(i) for i in np.argsort(-probability, kind="stable")]
    # the heading of the first candidate (its probability summed over the heading may make
    # another heading likelier, but the answer names the first candidate's)
    heads, hx = heading_matrix(pool, probability, words)
    first = pool[order[0]].hs6[:4]
    if model.heading:
        by_heading = dict(zip(heads, _sigmoid(hx @ np.array(model.heading)), strict=True))
    else:
        by_heading = dict(zip(heads, hx[:, HEADING_FEATURES.index("probability")], strict=True))
    if model.heading and model.subheading:
        within = _sigmoid(subheading_matrix(pool, probability) @ np.array(model.subheading))
        confidence = np.array([by_heading[e.hs6[:4]] for e in pool]) * within
    else:
        confidence = _sigmoid(
            confidence_matrix(pool, probability, words) @ np.array(model.confidence)
        )
    if any(pool[i].hs6 in pool[order[0]].undecided for i in order[1:3]):
        # the deciding fact is not in the text: the answer is asked back, not guessed (ADR 0149)
        confidence[order[0]] = min(confidence[order[0]], UNDECIDED)
    # a heading is at least as likely as its own first subheading
    sure = max(float(by_heading[first]), float(confidence[order[0]]))
    return Ranked(
        order,
        [float(p) for p in probability],
        [float(c) for c in confidence],
        heading=first,
        heading_confidence=sure,
    )


def fit_rerank(
    groups: Sequence[tuple[np.ndarray, np.ndarray]],
    *,
    l2: float = 1.0,
    start: Sequence[float] | None = None,
) -> np.ndarray:
    """Conditional-logit weights: maximise each item's pool probability of its right
    candidates, with an L2 penalty on the distance from `start` (default: the hand-tuned order,
    whose rules carry the chapter notes a few hundred dev items cannot teach). `groups` are
    (features, labels) per item; items without a right candidate in the pool are skipped."""
    w0 = np.array(start if start is not None else neutral().rerank, dtype=np.float64)
    from scipy.optimize import minimize

    used = [(x, y.astype(bool)) for x, y in groups if len(y) and y.any()]
    if not used:
        return w0
    x_all = np.vstack([x for x, _ in used])
    y_all = np.concatenate([y for _, y in used])
    ids = np.concatenate([np.full(len(y), i) for i, (_, y) in enumerate(used)])
    n = len(used)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x_all @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, ids, z)
        e = np.exp(z - top[ids])
        total = np.bincount(ids, e, minlength=n)
        right = np.bincount(ids, e * y_all, minlength=n)
        p = e / total[ids]
        q = e * y_all / right[ids]
        value = float(-np.log(right / total).sum()) + 0.5 * l2 * float((w - w0) @ (w - w0))
        grad = x_all.T @ (p - q) + l2 * (w - w0)
        return value, grad

    bounds = [(RULE_WEIGHT_MIN, None) if f == "rule" else (None, None) for f in FEATURES]
    start_at = np.maximum(w0, [b[0] if b[0] is not None else -np.inf for b in bounds])
    result = minimize(loss, start_at, jac=True, method="L-BFGS-B", bounds=bounds)
    out: np.ndarray = result.x
    return out


WEIGHTS_FILE = "ranking.json"


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The weights fitted on the dev sets (data/ranking.json); without the file, the
    hand-tuned order and an uninformative confidence."""
    try:
        raw = resources.files("globalsell.customs").joinpath("data", WEIGHTS_FILE).read_text()
        data = json.loads(raw)
        rerank = tuple(float(data["rerank"][f]) for f in FEATURES)
        heading = tuple(float(data["heading"][f]) for f in HEADING_FEATURES)
        subheading = tuple(float(data["subheading"][f]) for f in SUBHEADING_FEATURES)
    except (FileNotFoundError, KeyError, ValueError):
        return neutral()
    return Model(rerank, neutral().confidence, heading, subheading)


def neutral() -> Model:
    """The hand-tuned order (a steep weight on the score ratio) and a plain logistic of the
    resulting probability."""
    rerank = tuple(12.5 if f == "ratio" else 0.0 for f in FEATURES)
    confidence = tuple({"bias": -1.0, "logit": 1.0}.get(f, 0.0) for f in CONFIDENCE_FEATURES)
    return Model(rerank, confidence)


def to_json(model: Model, *, note: str) -> str:
    return json.dumps(
        {
            "note": note,
            "rerank": {f: round(w, 4) for f, w in zip(FEATURES, model.rerank, strict=True)},
            "heading": {
                f: round(w, 4) for f, w in zip(HEADING_FEATURES, model.heading, strict=True)
            },
            "subheading": {
                f: round(w, 4) for f, w in zip(SUBHEADING_FEATURES, model.subheading, strict=True)
            },
        },
        indent=1,
    )
