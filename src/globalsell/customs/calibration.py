"""Calibrated confidence: the probability that a candidate is the right HS6 subheading. The
classifier's re-ranker (customs.ranking) orders its candidate pool with a softmax over learned
weights; the confidence is the product of two logistic models over what the pool shows (ADR
0151): the probability that the candidate's heading is right (ADR 0144) and the probability that
it is the right subheading of a right heading (its share of the heading's probability, its lead
over the next sibling, an 'Other' subheading, a subheading naming the material, the cosine to
the subheading, the BM25 of the subheading for the article's own words alone: ADR 0168).
Both were fitted on the dev sets only, by `benchmarks/customs_cv.py --fit --write`, which also
reports the 5-fold cross-validated reliability. Numpy only."""

from __future__ import annotations

import numpy as np

# A candidate a confirmed precedent put first is trusted at least as much as its similarity
# says: it is the seller's own decision on a near-identical product.
PRECEDENT_TRUST = 1.0


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 100) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty (not on the bias, column 0)."""
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
