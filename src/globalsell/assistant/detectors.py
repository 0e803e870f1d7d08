"""The detectors the catalogue and the approvals inbox support today. Pure: they read a
`Snapshot` and return `Finding`s; none touches the database."""

from __future__ import annotations

import math
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from globalsell.assistant import market, operations, operations_late
from globalsell.assistant.answer_words import counted
from globalsell.assistant.domain import (
    DetectorRegistry,
    Finding,
    ItemFacts,
    ProductFacts,
    Remedy,
    Severity,
    Snapshot,
    Thresholds,
)
from globalsell.core import formatting
from globalsell.core import messages as msg
from globalsell.core.money import Money, Rounding

# What an Amazon listing needs for every buyable item (shipping weight and dimensions, a GTIN
# unless exempted, the country of origin); parents of variation families need none of them.
LISTING_NEEDS = {
    "item_weight": "weight",
    "item_dimensions": "dimensions",
    "externally_assigned_product_identifier": "barcode (GTIN)",
    "country_of_origin": "country of origin",
}
NO_IMPACT_LISTING = (
    "not estimated: the listing cannot go live without it, but there are no sales data yet"
)


def _shown(amount: Decimal, currency: str) -> str:
    """Money as an English reason or title shows it: `CN¥3,800.00` (core.formatting)."""
    return formatting.money(amount.normalize(), currency, formatting.Display())


class CatalogueCompleteness:
    name = "catalog.completeness"
    summary = "Buyable items missing weight, dimensions, barcode or country of origin."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        origins = Counter(
            str(p.attributes["country_of_origin"])
            for p in snapshot.products
            if isinstance(p.attributes.get("country_of_origin"), str)
        )
        findings: list[Finding] = []
        for product in snapshot.products:
            missing: dict[str, list[str]] = {}
            for item in product.items:
                lacks = [
                    label for name, label in LISTING_NEEDS.items() if name not in item.attributes
                ]
                if lacks:
                    missing[item.sku] = lacks
            if not missing:
                continue
            labels = sorted({label for lacks in missing.values() for label in lacks})
            needs = [n for n, label in LISTING_NEEDS.items() if label in labels]
            skus = sorted(missing)
            shown = ", ".join(skus[:5]) + (f" and {len(skus) - 5} more" if len(skus) > 5 else "")
            findings.append(
                Finding(
                    detector=self.name,
                    subject=f"product:{product.sku}",
                    severity=Severity.WARNING,
                    reason=(
                        f"{product.sku} cannot be listed on Amazon yet: {', '.join(labels)} "
                        f"missing for {shown}."
                    ),
                    evidence={"sku": product.sku, "category": product.category, "missing": missing},
                    impact=None,
                    impact_note=NO_IMPACT_LISTING,
                    remedy=_origin_remedy(product, missing, origins),
                    message=msg.message(
                        "assistant.listing_blocked",
                        sku=product.sku,
                        missing=msg.items([msg.label("attribute", n) for n in needs]),
                        items=msg.items(skus[:5]),
                        more=max(len(skus) - 5, 0),
                    ),
                    impact_message=msg.message("assistant.impact.listing_no_sales"),
                )
            )
        return findings


def _origin_remedy(
    product: ProductFacts, missing: dict[str, list[str]], origins: Counter[str]
) -> Remedy | None:
    """Every item of the product lacks a country of origin, and every other product of this
    seller that has one (at least three) says the same country: propose it, as derived."""
    label = LISTING_NEEDS["country_of_origin"]
    if len(missing) != len(product.items) or any(label not in m for m in missing.values()):
        return None
    if len(origins) != 1:
        return None
    country, count = next(iter(origins.items()))
    if count < 3:
        return None
    return Remedy(
        kind="catalog.attribute.set",
        subject_type="product",
        subject_id=product.sku,
        title=f"Country of origin of {product.sku}: {country}",
        payload={
            "sku": product.sku,
            "name": "country_of_origin",
            "value": country,
            "provenance": "derived",
            "confidence": "0.9",
            "source": f"assistant:all {count} other products are made in {country}",
        },
        expected_effect={"listing_blockers_removed": ["country of origin"]},
    )


def _costed(items: list[tuple[str, Decimal, str]]) -> dict[str, list[tuple[str, Decimal]]]:
    by_currency: dict[str, list[tuple[str, Decimal]]] = {}
    for sku, cost, currency in items:
        by_currency.setdefault(currency, []).append((sku, cost))
    return by_currency


def _all_costs(product: ProductFacts) -> list[tuple[str, Decimal, str]]:
    out: list[tuple[str, Decimal, str]] = []
    for item in product.items:
        if item.unit_cost is not None and item.cost_currency:
            out.append((item.sku, item.unit_cost, item.cost_currency))
    return out


def _top_category(category: str | None) -> str:
    return category.split(">")[0].strip() if category else "(no category)"


_SLIPS = (Decimal(10), Decimal(100), Decimal(1000), Decimal("0.1"), Decimal("0.01"))
SLIP_RATIO = Decimal(8)  # a slipped decimal point is at least 10x off; allow some peer spread
# Below the outlier ratio, a cost still counts when moving its decimal point lands it close to
# the peers' median while it is at least this far off.
NEAR_SLIP_RATIO = Decimal(3)
FEW_PEERS = 2  # fewer peers than this: no comparison at all
FEW_PEERS_RATIO = Decimal(20)  # with fewer than `min_peers` peers, only a 20x gap counts
CLOSE = Decimal("1.5")


def _decimal_slip(cost: Decimal, mid: Decimal, within: Decimal = Decimal(4)) -> Decimal | None:
    """The cost with its decimal point moved to land closest to the peer median (within
    `within` times of it), or None when no such move exists."""
    best: tuple[float, Decimal] | None = None
    for factor in _SLIPS:
        fixed = cost / factor
        if not mid / within <= fixed <= mid * within:
            continue
        distance = abs(math.log(float(fixed / mid)))
        if best is None or distance < best[0]:
            best = (distance, fixed)
    if best is None:
        return None
    return best[1].quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()


class UnitCostOutlier:
    name = "catalog.cost_outlier"
    summary = "Unit costs far from their variant family or category peers (same currency)."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        findings: list[Finding] = []
        by_category: dict[str, list[tuple[str, Decimal, str]]] = {}
        owner: dict[str, ProductFacts] = {}
        for product in snapshot.products:
            costs = _all_costs(product)
            for sku, _, _ in costs:
                owner[sku] = product
            top = _top_category(product.category)
            # one representative per family, so a large family does not outvote its peers
            for currency, pairs in _costed(costs).items():
                mid = median(c for _, c in pairs)
                by_category.setdefault(top, []).append((product.sku, mid, currency))
            flagged = self._family(product, costs, thresholds)
            findings.extend(flagged)
        flagged_skus = {f.evidence["sku"] for f in findings}
        for top, entries in sorted(by_category.items()):
            for currency, pairs in _costed(entries).items():
                if len(pairs) < FEW_PEERS + 1:
                    continue
                # with only a few peers, only an unmistakable gap counts
                few = len(pairs) < thresholds.min_peers + 1
                for sku, cost in pairs:
                    peers = [c for s, c in pairs if s != sku]
                    product = owner.get(sku) or next(p for p in snapshot.products if p.sku == sku)
                    if sku in flagged_skus or len(product.items) > 1:
                        continue
                    finding = _outlier(
                        self.name,
                        product,
                        sku,
                        cost,
                        currency,
                        peers,
                        FEW_PEERS_RATIO if few else thresholds.cost_outlier_ratio,
                        f"category {top}",
                        msg.message("assistant.peers.category", name=top),
                    )
                    if finding is not None:
                        findings.append(finding)
        return findings

    def _family(
        self, product: ProductFacts, costs: list[tuple[str, Decimal, str]], thresholds: Thresholds
    ) -> list[Finding]:
        if len(product.items) < 3:
            return []
        found: list[Finding] = []
        for currency, pairs in _costed(costs).items():
            if len(pairs) < 3:
                continue
            for sku, cost in pairs:
                peers = [c for s, c in pairs if s != sku]
                finding = _outlier(
                    self.name,
                    product,
                    sku,
                    cost,
                    currency,
                    peers,
                    thresholds.family_outlier_ratio,
                    f"the {product.sku} family",
                    msg.message("assistant.peers.family", sku=product.sku),
                )
                if finding is not None:
                    found.append(finding)
        return found


def _outlier(
    detector: str,
    product: ProductFacts,
    sku: str,
    cost: Decimal,
    currency: str,
    peers: list[Decimal],
    ratio: Decimal,
    against: str,
    peer_group: msg.Message,
) -> Finding | None:
    mid = Decimal(median(peers))
    if mid <= 0 or cost <= 0:
        return None
    off = cost / mid if cost >= mid else mid / cost
    near = off >= NEAR_SLIP_RATIO and ratio < FEW_PEERS_RATIO
    slip = _decimal_slip(cost, mid, within=CLOSE) if near else None
    if off < ratio and slip is None:
        return None
    direction = "above" if cost > mid else "below"
    impact = Money.of(abs(cost - mid), currency).quantize(Rounding.HALF_UP)
    remedy = None
    fixed = slip or (_decimal_slip(cost, mid) if off >= SLIP_RATIO else None)
    if fixed is not None and sku == product.sku:
        factor = (cost / fixed).normalize()
        remedy = Remedy(
            kind="catalog.product.update",
            subject_type="product",
            subject_id=sku,
            title=f"Correct the unit cost of {sku} to {_shown(fixed, currency)}",
            title_message=msg.message(
                "assistant.title.unit_cost",
                sku=sku,
                cost=msg.money(amount=fixed, currency=currency),
            ),
            payload={"sku": sku, "changes": {"unit_cost": format(fixed, "f")}},
            expected_effect={
                "unit_cost": format(fixed, "f"),
                "looks_like": f"a decimal slip (x{factor:f})",
            },
        )
    return Finding(
        detector=detector,
        subject=f"cost:{sku}",
        severity=Severity.WARNING if remedy is None else Severity.CRITICAL,
        reason=(
            f"The unit cost of {sku} ({_shown(cost, currency)}) is {off:.1f}x {direction} "
            f"the median of {against} ({_shown(mid, currency)}, {counted(len(peers), 'peer')})"
            + ("; it looks like a decimal slip." if remedy else "; check it with the factory.")
        ),
        evidence={
            "sku": sku,
            "category": product.category,
            "unit_cost": format(cost.normalize(), "f"),
            "currency": currency,
            "peer_median": format(mid.normalize(), "f"),
            "peers": len(peers),
            "against": against,
        },
        impact=impact,
        impact_note="per unit: the difference between this cost and the peer median",
        remedy=remedy,
        message=msg.message(
            "assistant.cost_outlier.slip" if remedy else "assistant.cost_outlier.check",
            sku=sku,
            cost=msg.money(amount=cost.normalize(), currency=currency),
            ratio=msg.number(off, digits=1),
            direction=msg.label("direction", direction),
            against=msg.nested(peer_group),
            median=msg.money(amount=mid.normalize(), currency=currency),
            peers=len(peers),
        ),
        impact_message=msg.message("assistant.impact.cost_per_unit"),
    )


class StaleProposals:
    name = "approvals.stale"
    summary = "Open proposals waiting longer than the seller's threshold."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        findings: list[Finding] = []
        for p in snapshot.open_proposals:
            age = (snapshot.now - p.proposed_at).days
            if age < thresholds.stale_after_days:
                continue
            findings.append(
                Finding(
                    detector=self.name,
                    subject=f"change_request:{p.id}",
                    severity=Severity.INFO
                    if age < 2 * thresholds.stale_after_days
                    else Severity.WARNING,
                    reason=(
                        f"Proposal {p.id} ({p.title}) has waited {counted(age, 'day')} "
                        "for a decision; "
                        "approve, edit or reject it."
                    ),
                    evidence={
                        "change_request_id": p.id,
                        "kind": p.kind,
                        "age_days": age,
                        "status": p.status,
                    },
                    impact=None,
                    impact_note="not estimated: the proposal itself states its effect",
                    message=msg.message(
                        "assistant.stale_proposal", id=p.id, title=p.title, days=age
                    ),
                    impact_message=msg.message("assistant.impact.proposal_states_effect"),
                )
            )
        return findings


def register(registry: DetectorRegistry) -> None:
    for detector in (
        CatalogueCompleteness(),
        UnitCostOutlier(),
        StaleProposals(),
        operations.StockOutRisk(),
        operations.ExcessStock(),
        market.Expansion(),
        market.PriceCheck(),
        market.ListingIssues(),
        operations.HsCodeCheck(),
        operations_late.LateShipments(),
    ):
        registry.register(detector)


__all__ = ["ItemFacts", "register"]
