"""Detectors over the market side of the running business: stores where a SKU could sell,
loss-making or uncompetitive prices, and listings with rule issues or stale translations. Pure,
like `operations.py`, whose helpers they share."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from globalsell.assistant.answer_words import counted
from globalsell.assistant.domain import (
    Finding,
    PriceFacts,
    Remedy,
    Severity,
    Snapshot,
    Thresholds,
)
from globalsell.assistant.operations import PRICE_KIND, money, num
from globalsell.core import formatting
from globalsell.core import messages as msg

# ---------------------------------------------------------------- expansion


class Expansion:
    name = "listings.expansion"
    summary = "Stores where a SKU is not listed but similar stores sell it."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        by_store: dict[str, list[int]] = defaultdict(list)
        by_sku: dict[str, dict[str, int]] = defaultdict(dict)
        unlisted: dict[str, list[str]] = defaultdict(list)
        facts = {(s.sku, s.store): s for s in snapshot.sales}
        for s in snapshot.sales:
            if s.listed:
                by_store[s.store].append(s.units_30d)
                by_sku[s.sku][s.store] = s.units_30d
            else:
                unlisted[s.sku].append(s.store)
        # a store's size: median monthly units of a SKU listed there (at least three)
        size = {
            store: Decimal(str(median(units)))
            for store, units in by_store.items()
            if len(units) >= 3 and median(units) > 0
        }
        findings: list[Finding] = []
        for sku, stores in sorted(unlisted.items()):
            sold = {st: u for st, u in by_sku.get(sku, {}).items() if st in size and u > 0}
            if not sold:
                continue
            for target in sorted(stores):
                if target not in size:
                    continue
                estimates = [Decimal(u) * size[target] / size[st] for st, u in sold.items()]
                estimate = Decimal(str(median(estimates))).quantize(Decimal(1), ROUND_HALF_UP)
                if estimate < thresholds.expansion_units_30d:
                    continue
                fact = facts[(sku, target)]
                value = fact.unit_value
                if value is None:
                    values = [
                        facts[(sku, st)].unit_value
                        for st in sold
                        if facts[(sku, st)].unit_value is not None
                    ]
                    value = Decimal(str(median(values))) if values else None  # type: ignore[type-var]
                margin = (
                    value - fact.unit_cost
                    if value is not None and fact.unit_cost is not None
                    else value
                )
                impact = (
                    money(estimate * margin, snapshot.base_currency)
                    if margin is not None and margin > 0
                    else None
                )
                findings.append(
                    Finding(
                        detector=self.name,
                        subject=f"expand:{sku}@{target}",
                        severity=Severity.INFO,
                        reason=(
                            f"{sku} is not listed in {target}, yet it sells "
                            + ", ".join(f"{u}/month in {st}" for st, u in sorted(sold.items()))
                            + f"; scaled by store size, {target} could sell about {estimate} "
                            "a month. Generate a listing for it."
                        ),
                        evidence={
                            "sku": sku,
                            "store": target,
                            "category": fact.category,
                            "sold_30d": dict(sorted(sold.items())),
                            "store_size": {st: str(size[st]) for st in sorted(size)},
                            "estimated_units_30d": int(estimate),
                        },
                        impact=impact,
                        impact_note=(
                            "a month's gross margin at the estimated units"
                            if impact is not None
                            else "not estimated: no price or cost"
                        ),
                        message=msg.message(
                            "assistant.expand",
                            sku=sku,
                            store=target,
                            sold=msg.items(
                                [
                                    msg.nested(
                                        msg.message("assistant.expand.sold", units=u, store=st)
                                    )
                                    for st, u in sorted(sold.items())
                                ]
                            ),
                            units=int(estimate),
                        ),
                        impact_message=msg.message(
                            "assistant.impact.expand_margin"
                            if impact is not None
                            else "assistant.impact.no_price_or_cost"
                        ),
                    )
                )
        return findings


# ---------------------------------------------------------------- prices


def _amount(value: Decimal, currency: str) -> str:
    return format(money(value, currency).amount, "f")


def _shown(value: Decimal, currency: str) -> str:
    """An amount as the English title shows it: `¥1,580`, `€17.99` (core.formatting)."""
    return formatting.money(money(value, currency).amount, currency, formatting.Display())


def _price_remedy(
    snapshot: Snapshot, p: PriceFacts, amount: Decimal, breakdown: dict[str, object], why: str
) -> Remedy:
    return Remedy(
        kind=PRICE_KIND,
        subject_type="product",
        subject_id=p.sku,
        title=(
            f"Set the {p.store} price of {p.sku}: {_shown(p.price, p.currency)} → "
            f"{_shown(amount, p.currency)}"
        ),
        title_message=msg.message(
            "assistant.title.price",
            store=p.store,
            sku=p.sku,
            before=msg.money(money(p.price, p.currency)),
            after=msg.money(money(amount, p.currency)),
        ),
        payload={
            "sku": p.sku,
            "store": p.store,
            "price_type": "regular",
            "amount": format(amount, "f"),
            "currency": p.currency,
            "starts_at": snapshot.now.isoformat(),
            "ends_at": None,
            "breakdown": breakdown,
        },
        expected_effect={
            "price": {"amount": format(amount, "f"), "currency": p.currency},
            "why": why,
        },
    )


def _incomplete_text(p: PriceFacts) -> str:
    """ADR 0138: a quote with a landed-cost line unknown is incomplete, its margin overstated."""
    if not p.unknown:
        return ""
    lines = " and ".join(p.unknown)
    return f" The quote is incomplete: {lines} unknown, counted as 0, so the true margin is lower."


def _incomplete_message(p: PriceFacts) -> msg.Message | None:
    if not p.unknown:
        return None
    lines = [msg.nested(msg.message(f"customs.line.{line}")) for line in p.unknown]
    return msg.message("assistant.price.incomplete", lines=msg.items(lines))


class PriceCheck:
    name = "pricing.price"
    summary = "Prices that lose money or miss the margin floor after fees and FX, or sit far "
    summary += "above the lowest competitor."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        findings: list[Finding] = []
        for p in snapshot.prices:
            finding = self._loss(p, snapshot) or self._uncompetitive(p, snapshot, thresholds)
            if finding is not None:
                findings.append(finding)
        return findings

    def _evidence(self, p: PriceFacts) -> dict[str, object]:
        return {
            "sku": p.sku,
            "store": p.store,
            "category": p.category,
            "price": _amount(p.price, p.currency),
            "currency": p.currency,
            "margin": _amount(p.margin, p.currency),
            "margin_rate": format(p.margin_rate, "f"),
            "floor": format(p.floor, "f"),
            "competitor_low": None if p.competitor_low is None else format(p.competitor_low, "f"),
        }

    def _loss(self, p: PriceFacts, snapshot: Snapshot) -> Finding | None:
        if p.margin_rate >= p.floor:
            return None
        losing = p.margin < 0
        monthly = max(p.units_30d, 1)
        if p.target_price is not None and p.target_price > p.price:
            gap = p.target_price - p.price
        else:
            gap = -p.margin if losing else Decimal(0)
        impact = money(gap * monthly * p.to_base, snapshot.base_currency)
        remedy = None
        if p.target_price is not None and p.target_price > p.price:
            remedy = _price_remedy(
                snapshot,
                p,
                p.target_price,
                p.breakdown,
                "restore the target margin after fees and FX",
            )
        return Finding(
            detector=self.name,
            subject=f"price:{p.sku}@{p.store}",
            severity=Severity.CRITICAL if losing else Severity.WARNING,
            reason=(
                f"{p.sku} in {p.store} at {_shown(p.price, p.currency)} "
                + (
                    f"loses {_shown(-p.margin, p.currency)} a unit"
                    if losing
                    else f"earns {num(p.margin_rate * 100)}%, under the {num(p.floor * 100)}% floor"
                )
                + " with today's cost, fees and exchange rate"
                + (
                    f"; at {_shown(p.target_price, p.currency)} it meets the target margin."
                    if remedy and p.target_price is not None
                    else "."
                )
                + _incomplete_text(p)
            ),
            evidence=self._evidence(p),
            impact=impact,
            impact_note=f"margin missing on {counted(monthly, 'unit')} a month (30-day sales)",
            remedy=remedy,
            message=msg.sentences(
                msg.message(
                    "assistant.price.loses",
                    sku=p.sku,
                    store=p.store,
                    price=msg.money(money(p.price, p.currency)),
                    loss=msg.money(money(-p.margin, p.currency)),
                )
                if losing
                else msg.message(
                    "assistant.price.under_floor",
                    sku=p.sku,
                    store=p.store,
                    price=msg.money(money(p.price, p.currency)),
                    rate=msg.number(num(p.margin_rate * 100)),
                    floor=msg.number(num(p.floor * 100)),
                ),
                msg.message(
                    "assistant.price.target", price=msg.money(money(p.target_price, p.currency))
                )
                if remedy and p.target_price is not None
                else None,
                _incomplete_message(p),
            ),
            impact_message=msg.message("assistant.impact.margin_missing", units=monthly),
        )

    def _uncompetitive(
        self, p: PriceFacts, snapshot: Snapshot, thresholds: Thresholds
    ) -> Finding | None:
        if p.competitor_low is None or p.competitor_low <= 0:
            return None
        if p.price <= p.competitor_low * (1 + thresholds.uncompetitive_ratio):
            return None
        above = (p.price / p.competitor_low - 1) * 100
        remedy = None
        if p.competitive_price is not None and p.competitive_price < p.price:
            remedy = _price_remedy(
                snapshot,
                p,
                p.competitive_price,
                p.competitive_breakdown,
                "meet the lowest competitor without going under the margin floor",
            )
        monthly = max(p.units_30d, 1)
        impact = money(
            (p.price - (p.competitive_price or p.competitor_low)) * monthly * p.to_base,
            snapshot.base_currency,
        )
        return Finding(
            detector=self.name,
            subject=f"price:{p.sku}@{p.store}",
            severity=Severity.WARNING,
            reason=(
                f"{p.sku} in {p.store} at {_shown(p.price, p.currency)} is "
                f"{num(above)}% above the "
                f"lowest competitor ({_shown(p.competitor_low, p.currency)})"
                + (
                    f"; {_shown(p.competitive_price, p.currency)} still meets the margin floor."
                    if remedy and p.competitive_price is not None
                    else "; matching it would break the margin floor, so no price is proposed."
                )
                + _incomplete_text(p)
            ),
            evidence=self._evidence(p),
            impact=impact,
            impact_note=f"price gap on {counted(monthly, 'unit')} a month "
            "(a rough size of the risk)",
            remedy=remedy,
            message=msg.sentences(
                msg.message(
                    "assistant.price.above_competitor",
                    sku=p.sku,
                    store=p.store,
                    price=msg.money(money(p.price, p.currency)),
                    above=msg.number(num(above)),
                    lowest=msg.money(money(p.competitor_low, p.currency)),
                ),
                msg.message(
                    "assistant.price.competitive",
                    price=msg.money(money(p.competitive_price, p.currency)),
                )
                if remedy and p.competitive_price is not None
                else msg.message("assistant.price.no_competitive"),
                _incomplete_message(p),
            ),
            impact_message=msg.message("assistant.impact.price_gap", units=monthly),
        )


# ---------------------------------------------------------------- listings


class ListingIssues:
    name = "listings.issues"
    summary = "Listings breaking a store rule, untranslated, or translated from an older text."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        findings: list[Finding] = []
        for item in snapshot.listings:
            if not (item.errors or item.needs_translation or item.stale_fields):
                continue
            parts = []
            if item.errors:
                parts.append("breaks store rules: " + "; ".join(item.errors[:3]))
            if item.needs_translation:
                parts.append("untranslated: " + ", ".join(item.needs_translation))
            if item.stale_fields:
                parts.append(
                    "the source text changed after translation: " + ", ".join(item.stale_fields)
                )
            live = item.status in ("approved", "submitted", "live")
            impact = (
                money(Decimal(item.units_30d) * item.unit_value, snapshot.base_currency)
                if live and item.errors and item.unit_value is not None and item.units_30d
                else None
            )
            findings.append(
                Finding(
                    detector=self.name,
                    subject=f"listing:{item.sku}@{item.store}",
                    severity=Severity.CRITICAL if live and item.errors else Severity.WARNING,
                    reason=f"The {item.store} listing of {item.sku} ({item.status}) "
                    + "; ".join(parts)
                    + ". Fix it on the listings page.",
                    evidence={
                        "sku": item.sku,
                        "store": item.store,
                        "category": item.category,
                        "status": item.status,
                        "errors": list(item.errors),
                        "needs_translation": list(item.needs_translation),
                        "stale_fields": list(item.stale_fields),
                    },
                    impact=impact,
                    impact_note=(
                        "a month of sales the store may suppress"
                        if impact is not None
                        else "not estimated: the listing is not selling yet"
                    ),
                    message=msg.message(
                        "assistant.listing_issues",
                        sku=item.sku,
                        store=item.store,
                        status=msg.label("listing", item.status),
                        parts=msg.items(
                            [
                                *(
                                    [
                                        msg.nested(
                                            msg.message(
                                                "assistant.listing.rules",
                                                count=len(item.errors),
                                            )
                                        )
                                    ]
                                    if item.errors
                                    else []
                                ),
                                *(
                                    [
                                        msg.nested(
                                            msg.message(
                                                "assistant.listing.untranslated",
                                                fields=msg.items(
                                                    [
                                                        msg.label("attribute", f)
                                                        for f in item.needs_translation
                                                    ]
                                                ),
                                            )
                                        )
                                    ]
                                    if item.needs_translation
                                    else []
                                ),
                                *(
                                    [
                                        msg.nested(
                                            msg.message(
                                                "assistant.listing.stale",
                                                fields=msg.items(
                                                    [
                                                        msg.label("attribute", f)
                                                        for f in item.stale_fields
                                                    ]
                                                ),
                                            )
                                        )
                                    ]
                                    if item.stale_fields
                                    else []
                                ),
                            ]
                        ),
                    ),
                    impact_message=msg.message(
                        "assistant.impact.suppressed"
                        if impact is not None
                        else "assistant.impact.not_selling"
                    ),
                )
            )
        return findings
