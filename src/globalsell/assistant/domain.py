"""Pure assistant rules: the typed snapshot detectors read, findings, the detector interface and
registry, the evidence fingerprint (no nagging), ranking within a daily alert budget, and the
personal thresholds learned from a seller's profile and approve/reject history."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from globalsell.core.messages import Message
from globalsell.core.money import Money

KEY_PREFIX = "assistant"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}


class FindingStatus(StrEnum):
    """What a run did with a finding."""

    PROPOSED = "proposed"  # a change request was filed for its remedy
    OPEN = "open"  # a change request for the same finding is still open
    SHOWN = "shown"  # within the budget, no remedy: the seller reads it
    MUTED = "muted"  # the seller rejected this finding and its data has not changed
    LEARNED = "learned"  # the seller keeps rejecting this kind: not proposed for now
    OVER_BUDGET = "over_budget"  # ranked below the daily alert budget


class RiskAppetite(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class PriceTier(StrEnum):
    BUDGET = "budget"
    MID = "mid"
    PREMIUM = "premium"


# ---------------------------------------------------------------- snapshot


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """One buyable item (a product without variants, or one variant) with the attributes that
    apply to it (its own over its parent's)."""

    sku: str
    parent_sku: str | None
    attributes: frozenset[str]
    unit_cost: Decimal | None
    cost_currency: str | None


@dataclass(frozen=True, slots=True)
class ProductFacts:
    sku: str
    title: str
    category: str | None
    unit_cost: Decimal | None
    cost_currency: str | None
    attributes: dict[str, Any]  # product-level values, seller-entered or accepted
    items: tuple[ItemFacts, ...]  # the buyable items (the product itself when no variants)


@dataclass(frozen=True, slots=True)
class ProposalFacts:
    id: int
    kind: str
    title: str
    subject: str
    status: str
    proposed_at: datetime
    proposed_by: str
    payload: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Decision:
    """One decided assistant proposal: which detector, approved or not, when."""

    detector: str
    approved: bool
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class StockFacts:
    """One SKU in one store's fulfilment centre(s): what is there, what is on its way, how fast
    it sells, and what a unit is worth (all money in the seller's base currency)."""

    sku: str
    store: str
    country: str
    category: str | None
    available: int  # on hand minus reserved at the store's FCs
    inbound: int  # dispatched to those FCs, not yet arrived
    next_arrival: date | None  # when the earliest outstanding inbound is expected
    daily_demand: Decimal  # units per day
    demand_source: str  # "forecast" (next week's mean) or "velocity_30d"
    hub_available: int  # at the origin hub, what a replenishment can draw on
    unit_cost: Decimal | None  # base currency
    unit_value: Decimal | None  # selling price per unit, base currency
    oldest_days: int | None  # age of the oldest unit on hand (first in, first out)
    air_days: int = 7
    ocean_days: int = 35
    demand_low: Decimal | None = None  # plausible low and high daily demand (None: the point)
    demand_high: Decimal | None = None


@dataclass(frozen=True, slots=True)
class SalesFacts:
    """Thirty days of one SKU in one store, and whether it is listed there."""

    sku: str
    store: str
    category: str | None
    listed: bool
    units_30d: int
    unit_value: Decimal | None  # price per unit in base currency (None when not priced)
    unit_cost: Decimal | None  # base currency


@dataclass(frozen=True, slots=True)
class PriceFacts:
    """The active price of one SKU in one store and what pricing says about it now (after the
    current fees and exchange rates). Money in the store's currency; `to_base` converts."""

    sku: str
    store: str
    category: str | None
    currency: str
    price: Decimal
    margin: Decimal  # per unit at the current price, after fees, FX and landed cost
    margin_rate: Decimal
    floor: Decimal  # the seller's margin floor
    target_price: Decimal | None  # the price pricing quotes at the target margin
    target_margin_rate: Decimal | None
    competitor_low: Decimal | None  # lowest recent competitor price
    competitive_price: Decimal | None  # at or below the competitor, above the floor, if any
    units_30d: int
    to_base: Decimal  # one unit of `currency` in the base currency
    breakdown: dict[str, Any] = field(default_factory=dict)  # of the suggested price
    competitive_breakdown: dict[str, Any] = field(default_factory=dict)
    # landed-cost lines with no figure, counted as 0 (ADR 0138): the margin is overstated
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ListingFacts:
    sku: str
    store: str
    category: str | None
    status: str
    errors: tuple[str, ...]  # "field: message" of every error-severity issue
    needs_translation: tuple[str, ...]  # fields still in the source language
    stale_fields: tuple[str, ...]  # translated fields whose source changed since
    units_30d: int = 0
    unit_value: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ShipmentFacts:
    """A shipment in flight (from logistics): where it goes, when it should land, and the open
    exceptions logistics recorded for it (kind, message)."""

    code: str
    destination: str
    status: str
    modes: str  # e.g. "ocean+truck"
    units: int
    goods_value: Decimal | None  # units at unit cost, base currency
    planned_arrival: date | None  # the carrier's plan for the last leg
    predicted_arrival: date | None  # logistics' ETA (P50)
    need_by: date | None
    exceptions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class HsFacts:
    """A declared HS code as customs checks it, and customs' own classification of the item."""

    sku: str
    category: str | None
    declared: str | None
    flags: tuple[tuple[str, str], ...]  # (flag, reason) from customs' declared-code check
    suggested: str | None  # customs' code for the item
    confidence: Decimal | None
    abstained: bool
    question: str | None
    classification_id: int | None


@dataclass(frozen=True, slots=True)
class Snapshot:
    seller_id: int
    now: datetime
    products: tuple[ProductFacts, ...]
    open_proposals: tuple[ProposalFacts, ...] = ()
    stock: tuple[StockFacts, ...] = ()
    sales: tuple[SalesFacts, ...] = ()
    prices: tuple[PriceFacts, ...] = ()
    listings: tuple[ListingFacts, ...] = ()
    hs: tuple[HsFacts, ...] = ()
    shipments: tuple[ShipmentFacts, ...] = ()
    base_currency: str = "CNY"


# ---------------------------------------------------------------- findings


@dataclass(frozen=True, slots=True)
class Remedy:
    """A change request the finding suggests, in the shape `approvals.service.propose` takes."""

    kind: str
    subject_type: str
    subject_id: str
    title: str
    payload: dict[str, Any]
    expected_effect: dict[str, Any] = field(default_factory=dict)
    title_message: Message | None = None  # the title as a code and parameters (any language)


@dataclass(frozen=True, slots=True)
class Finding:
    detector: str
    subject: str  # what it is about, e.g. "product:NB-KT-001"
    severity: Severity
    reason: str  # plain language, shown to the seller
    evidence: dict[str, Any]  # the data behind it (JSON)
    impact: Money | None  # estimated money at stake
    impact_note: str  # how the impact was estimated, or why there is none
    remedy: Remedy | None = None
    message: Message | None = None  # the reason as a code and parameters (any language)
    impact_message: Message | None = None  # the impact note likewise

    @property
    def key(self) -> str:
        """Stable across runs: the same problem on the same subject has the same key."""
        return f"{KEY_PREFIX}:{self.detector}:{self.subject}"

    @property
    def fingerprint(self) -> str:
        """Changes when the data behind the finding changes (then a rejected finding may be
        proposed again)."""
        return evidence_fingerprint(self.evidence)


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def evidence_fingerprint(evidence: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(evidence).encode("utf-8")).hexdigest()


def detector_of(key: str) -> str | None:
    """The detector name inside a finding key (`assistant:<detector>:<subject>`)."""
    parts = key.split(":", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    return parts[1]


# ---------------------------------------------------------------- profile and thresholds


@dataclass(frozen=True, slots=True)
class Profile:
    """What the seller told us about their business (seller-supplied; defaults otherwise)."""

    categories: tuple[str, ...] = ()
    price_tier: PriceTier = PriceTier.MID
    risk_appetite: RiskAppetite = RiskAppetite.MEDIUM
    service_level: Decimal = Decimal("0.95")
    preferred_modes: tuple[str, ...] = ()
    base_currency: str = "CNY"
    daily_alert_budget: int = 20


@dataclass(frozen=True, slots=True)
class Thresholds:
    cost_outlier_ratio: Decimal  # a cost this many times off its peers' median is an outlier
    family_outlier_ratio: Decimal  # same, against sibling variants
    stale_after_days: int  # an open proposal older than this is stale
    min_peers: int = 4
    warning_slack_days: int = 14  # stock-out this long after an ocean lead: still a warning
    review_days: int = 28  # a replenishment covers its lead time plus this
    excess_cover_days: int = 180  # stock (with inbound) beyond this many days of demand
    ageing_days: int = 180  # units older than this are ageing
    min_excess_units: int = 20
    expansion_units_30d: int = 10  # estimated monthly units that make a store worth listing
    uncompetitive_ratio: Decimal = Decimal("0.10")  # above the lowest competitor by this share
    hs_low_confidence: Decimal = Decimal("0.6")
    preferred_modes: tuple[str, ...] = ()


_COST_RATIO = {RiskAppetite.LOW: "4", RiskAppetite.MEDIUM: "5", RiskAppetite.HIGH: "8"}
_FAMILY_RATIO = {RiskAppetite.LOW: "2.5", RiskAppetite.MEDIUM: "3", RiskAppetite.HIGH: "4"}
_STALE_DAYS = {RiskAppetite.LOW: 3, RiskAppetite.MEDIUM: 7, RiskAppetite.HIGH: 14}


_SLACK_DAYS = {RiskAppetite.LOW: 21, RiskAppetite.MEDIUM: 14, RiskAppetite.HIGH: 7}
_EXCESS_DAYS = {RiskAppetite.LOW: 150, RiskAppetite.MEDIUM: 180, RiskAppetite.HIGH: 240}


def thresholds_for(profile: Profile) -> Thresholds:
    """A cautious seller hears about smaller deviations and sooner; a higher service-level
    target widens the stock-out warning band."""
    slack = _SLACK_DAYS[profile.risk_appetite]
    if profile.service_level >= Decimal("0.98"):
        slack += 7
    return Thresholds(
        cost_outlier_ratio=Decimal(_COST_RATIO[profile.risk_appetite]),
        family_outlier_ratio=Decimal(_FAMILY_RATIO[profile.risk_appetite]),
        stale_after_days=_STALE_DAYS[profile.risk_appetite],
        warning_slack_days=slack,
        excess_cover_days=_EXCESS_DAYS[profile.risk_appetite],
        preferred_modes=profile.preferred_modes,
    )


@dataclass(frozen=True, slots=True)
class KindHistory:
    approvals: float  # decayed counts
    rejections: float

    @property
    def muted(self) -> bool:
        """Stop proposing a kind the seller keeps rejecting: three recent rejections (2.5 after
        decay) and under one approval in five."""
        total = self.approvals + self.rejections
        return self.rejections >= 2.5 and self.approvals / total < 0.2

    @property
    def weight(self) -> float:
        """A ranking factor in [0.5, 1.5]: kinds the seller accepts rise, rejected kinds sink."""
        total = self.approvals + self.rejections
        if total == 0:
            return 1.0
        return 0.5 + (self.approvals + 1.0) / (total + 2.0)


HALF_LIFE_DAYS = 30.0


def learn(
    decisions: Iterable[Decision], *, now: datetime, half_life_days: float = HALF_LIFE_DAYS
) -> dict[str, KindHistory]:
    """Decayed approve/reject counts per detector: a decision `half_life_days` old counts half,
    so a muted kind is proposed again once the old rejections fade."""
    sums: dict[str, list[float]] = {}
    for d in decisions:
        age = max((now - d.decided_at).total_seconds() / 86400.0, 0.0)
        w = math.pow(0.5, age / half_life_days)
        pair = sums.setdefault(d.detector, [0.0, 0.0])
        pair[0 if d.approved else 1] += w
    return {k: KindHistory(approvals=v[0], rejections=v[1]) for k, v in sums.items()}


# ---------------------------------------------------------------- ranking


@dataclass(frozen=True, slots=True)
class Ranked:
    finding: Finding
    score: Decimal
    duplicates: int  # findings folded into this one (same key)


def _in_categories(finding: Finding, categories: Sequence[str]) -> bool:
    category = finding.evidence.get("category")
    return isinstance(category, str) and any(category.startswith(c) for c in categories)


def rank(
    findings: Iterable[Finding],
    *,
    profile: Profile,
    history: dict[str, KindHistory] | None = None,
) -> list[Ranked]:
    """Group duplicates (same key: keep the most severe), then order by money impact in the
    seller's base currency, weighted by severity, the seller's focus categories and what the
    seller has accepted before. Findings without a money estimate follow, by severity. A
    critical finding about a loss happening now (a shelf already empty: evidence
    `stocked_out`) comes first whatever its money estimate: it is the most urgent. Among
    findings alike in money and severity, the sooner loss comes first (evidence
    `days_to_stockout`: a shelf empty in a day before one empty in a month)."""
    history = history or {}
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.key, []).append(f)
    ranked: list[Ranked] = []
    for group in groups.values():
        best = max(group, key=lambda f: (SEVERITY_RANK[f.severity], _amount(f, profile)))
        score = _amount(best, profile) * Decimal(1 + SEVERITY_RANK[best.severity])
        weight = Decimal(str(round(history.get(best.detector, KindHistory(0, 0)).weight, 4)))
        if _in_categories(best, profile.categories):
            weight *= Decimal("1.5")
        ranked.append(Ranked(best, score * weight, len(group) - 1))
    ranked.sort(
        key=lambda r: (
            not happening_now(r.finding),
            -r.score,
            -SEVERITY_RANK[r.finding.severity],
            _days_left(r.finding),
            r.finding.key,
        )
    )
    return ranked


def happening_now(finding: Finding) -> bool:
    """A critical finding whose loss is happening now, not ahead (an empty shelf)."""
    return finding.severity is Severity.CRITICAL and finding.evidence.get("stocked_out") is True


def _days_left(finding: Finding) -> Decimal:
    """Days until the finding's loss begins, when its evidence says (else after every dated one)."""
    raw = finding.evidence.get("days_to_stockout")
    try:
        return Decimal(str(raw)) if raw is not None else Decimal(10**6)
    except ArithmeticError:
        return Decimal(10**6)


def _amount(finding: Finding, profile: Profile) -> Decimal:
    if finding.impact is None or finding.impact.currency != profile.base_currency:
        return Decimal(0)
    return abs(finding.impact.amount)


# ---------------------------------------------------------------- detectors


class Detector(Protocol):
    """A pure check over one seller's snapshot. Detectors from other domains plug in by
    registering at start-up (`globalsell.bootstrap.build_detectors`)."""

    name: str  # dotted, stable: part of every finding key
    summary: str

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]: ...


class DetectorRegistry:
    def __init__(self) -> None:
        self._detectors: dict[str, Detector] = {}

    def register(self, detector: Detector) -> None:
        if detector.name in self._detectors:
            raise ValueError(f"a detector named {detector.name!r} is registered already")
        self._detectors[detector.name] = detector

    def all(self) -> list[Detector]:
        return [self._detectors[n] for n in sorted(self._detectors)]

    def names(self) -> list[str]:
        return sorted(self._detectors)


def run_detectors(
    registry: DetectorRegistry, snapshot: Snapshot, thresholds: Thresholds
) -> list[Finding]:
    found: list[Finding] = []
    for detector in registry.all():
        found.extend(detector.detect(snapshot, thresholds))
    return found
