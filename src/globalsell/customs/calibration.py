"""Calibrated confidence: the probability that a candidate is the right HS6 subheading, from
what the classifier saw (its score against the others, whether an article rule or the category
path points to it, closeness in meaning, word coverage).

A logistic model over those signals. The coefficients below were fitted on the dev sets (ATLAS
validation and the HSCodeComp dev half, 5 candidates per item) with
`benchmarks/customs_cv.py --fit`, which also reports the 5-fold cross-validated figures; no
review data was used. Numpy only."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

FEATURES = (
    "bias",
    "share",  # softmax share of the candidate among the ranked ones
    "ratio",  # score / best score
    "first",  # 1 for the first candidate
    "gap",  # (score - next score) / best score
    "rule",  # an article rule named in the title or text points to it
    "category_rule",  # an article rule named by the category path points to it
    "semantic",  # cosine to the subheading text
    "phrase",  # an HMRC product term points to it
    "words",  # log(1 + distinct content words known to the index)
    "material",  # its subheading names the product's material (customs.subheadings)
)
# A candidate a confirmed precedent put first is trusted at least as much as its similarity
# says: it is the seller's own decision on a near-identical product.
PRECEDENT_TRUST = 1.0


@dataclass(frozen=True)
class Signals:
    share: float
    ratio: float
    first: bool
    gap: float
    rule: bool
    category_rule: bool
    semantic: float
    phrase: bool
    words: int
    precedent: float = 0.0  # similarity to a product the seller confirmed with this code
    material: bool = False  # its subheading names the product's material

    def vector(self) -> list[float]:
        return [
            1.0,
            self.share,
            self.ratio,
            float(self.first),
            self.gap,
            float(self.rule),
            float(self.category_rule),
            self.semantic,
            float(self.phrase),
            math.log1p(self.words),
            float(self.material),
        ]


# fitted by benchmarks/customs_cv.py --fit (both dev sets, all rows); order of FEATURES
COEFFICIENTS = (-4.799, 1.278, 1.771, 0.642, 1.865, 0.183, 0.108, 1.73, -0.262, -0.092, 0.714)


def probability(signals: Signals, coefficients: Sequence[float] = COEFFICIENTS) -> float:
    z = float(np.dot(signals.vector(), coefficients))
    p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
    if signals.first and signals.precedent:
        p = max(p, PRECEDENT_TRUST * signals.precedent)
    return p


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty (not on the bias)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return w
