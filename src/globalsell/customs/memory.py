"""Learning from the seller's confirmed codes: products the seller has approved or corrected are
precedents for their similar products (same category path and close in meaning, or very close
in meaning), offered as candidates with the reason "like SKU X that you confirmed on DATE".
Pure: vectors in, precedents out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from globalsell.core import messages
from globalsell.core.messages import Message

SAME_CATEGORY_MIN = 0.65  # title cosine, confirmed product in the same category path
ANY_CATEGORY_MIN = 0.72  # title cosine, confirmed product in another category or none


@dataclass(frozen=True)
class Confirmed:
    """A code the seller approved or set for one of their products."""

    sku: str
    code: str  # 6-10 digits
    category: str | None
    confirmed_on: date
    vector: np.ndarray  # L2-normalised embedding of the product text


@dataclass(frozen=True)
class Precedent:
    sku: str
    code: str
    confirmed_on: date
    similarity: float
    same_category: bool

    @property
    def said(self) -> Message:
        """The reason as a message code and parameters."""
        return messages.message(
            "customs.reason.precedent_same_category"
            if self.same_category
            else "customs.reason.precedent",
            sku=self.sku,
            day=messages.day(self.confirmed_on),
            share=messages.number(round(self.similarity * 100)),
        )

    @property
    def reason(self) -> str:
        where = "in the same category, " if self.same_category else ""
        return (
            f"like SKU {self.sku} that you confirmed on {self.confirmed_on.isoformat()} "
            f"({where}similarity {self.similarity:.2f})"
        )


def _norm(category: str | None) -> str:
    return " > ".join(p.strip().lower() for p in (category or "").split(">") if p.strip())


def precedents(
    confirmed: Sequence[Confirmed],
    *,
    vector: np.ndarray,
    category: str | None,
    limit: int = 3,
) -> list[Precedent]:
    """The seller's confirmed products most like this one, one per HS6, most similar first."""
    if not confirmed:
        return []
    sims = np.stack([c.vector for c in confirmed]) @ vector
    mine = _norm(category)
    found: list[Precedent] = []
    for i in np.argsort(-sims, kind="stable"):
        c = confirmed[int(i)]
        sim = float(sims[int(i)])
        same = bool(mine) and _norm(c.category) == mine
        if sim < (SAME_CATEGORY_MIN if same else ANY_CATEGORY_MIN):
            continue
        if any(p.code[:6] == c.code[:6] for p in found):
            continue
        found.append(Precedent(c.sku, c.code, c.confirmed_on, round(sim, 4), same))
        if len(found) >= limit:
            break
    return found
