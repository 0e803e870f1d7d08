"""Detectors over the supply side of the running business: stock-out risk, excess and ageing
stock, and suspicious or low-confidence HS codes (shipments late against their ETA are in
`operations_late.py`). Pure: they
read the snapshot's facts (built through the owning domains' services) and return findings;
remedies are change requests the owning domain applies on approval. The market-side detectors
(expansion, prices, listings) are in `market.py`."""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from globalsell.assistant.answer_words import counted as count_of
from globalsell.assistant.domain import (
    Finding,
    HsFacts,
    Remedy,
    Severity,
    Snapshot,
    StockFacts,
    Thresholds,
)
from globalsell.core import messages as msg
from globalsell.core.money import Money, Rounding

# planning's approvals kind for a one-off shipment (planning.service.REPLENISH_KIND)
PLAN_KIND = "planning.replenishment.accept"
PRICE_KIND = "pricing.price.set"
HS_KIND = "customs.classification.set"
CENT = Decimal("0.01")


def money(amount: Decimal, currency: str) -> Money:
    return Money.of(amount, currency).quantize(Rounding.HALF_UP)


def num(value: Decimal, places: str = "0.1") -> str:
    return format(value.quantize(Decimal(places), ROUND_HALF_UP), "f")


# ---------------------------------------------------------------- stock-out risk


def velocity_bounds(units_30d: int) -> tuple[Decimal, Decimal]:
    """A plausible low and high daily rate behind `units_30d` sales (one Poisson standard
    deviation either side; the high end never below one sale a month), so thin sales histories
    do not raise alarms on noise."""
    n = Decimal(units_30d)
    spread = n.sqrt()
    return max(n - spread, Decimal(0)) / 30, (n + spread + 1) / 30


def stockout_day(
    s: StockFacts, today_offset: int, demand: Decimal | None = None
) -> tuple[Decimal, int | None, bool]:
    """Days until the store runs out, counting the next inbound only when it lands before the
    shelf is empty; the days until that inbound lands; whether the inbound was counted."""
    demand = s.daily_demand if demand is None else demand
    cover = Decimal(s.available) / demand
    arrival = today_offset if s.next_arrival is not None and s.inbound > 0 else None
    if arrival is not None and arrival <= cover:
        return Decimal(s.available + s.inbound) / demand, arrival, True
    return cover, arrival, False


def _empty_until(s: StockFacts, offset: int, demand: Decimal) -> tuple[Decimal, Decimal]:
    """When the shelf first empties and when it is empty for good (after a late inbound)."""
    out_in, arrival, counted = stockout_day(s, offset, demand)
    gap = (
        Decimal(arrival) - out_in
        if arrival is not None and not counted and arrival > out_in
        else Decimal(0)
    )
    return out_in, out_in + gap + (Decimal(s.inbound) / demand if gap > 0 else 0)


class StockOutRisk:
    name = "inventory.stockout"
    summary = "SKU x store running out before a replenishment can land (days of cover)."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        findings: list[Finding] = []
        today = snapshot.now.date()
        for s in snapshot.stock:
            if s.daily_demand <= 0:
                continue
            offset = (s.next_arrival - today).days if s.next_arrival is not None else 0
            out_in, arrival, counted = stockout_day(s, max(offset, 0))
            horizon = s.ocean_days + thresholds.warning_slack_days
            # days with an empty shelf before the inbound lands (when it lands too late)
            gap = (
                Decimal(arrival) - out_in
                if arrival is not None and not counted and arrival > out_in
                else Decimal(0)
            )
            # raise it only if the shelf empties in time even at the low end of plausible demand
            low = s.daily_demand if s.demand_low is None else min(s.demand_low, s.daily_demand)
            if low <= 0:
                continue  # a sale or two a month: no evidence the shelf will empty
            first, last = _empty_until(s, max(offset, 0), low)
            if first >= horizon and last >= horizon:
                continue
            # A gap only air can shorten, or a stock-out before an ocean shipment could land:
            # critical, by air; a stock-out an ocean shipment sent now still prevents: warning.
            critical = out_in < s.ocean_days and (
                gap == 0 or arrival is None or arrival > s.air_days
            )
            mode = "air" if out_in < s.ocean_days else "ocean"
            # a seller whose preferred modes leave out air gets ocean, told what air would save
            no_air = bool(thresholds.preferred_modes) and "air" not in thresholds.preferred_modes
            if no_air:
                mode = "ocean"
            lead = s.air_days if mode == "air" else s.ocean_days
            need = s.daily_demand * (lead + thresholds.review_days)
            short = need - s.available - s.inbound
            if arrival is not None and arrival > lead:
                # an inbound landing after this shipment would: bridge the shelf until it lands
                left = max(s.available - s.daily_demand * lead, Decimal(0))
                short = max(short, s.daily_demand * (Decimal(arrival) - lead) - left)
            units = int(short.to_integral_value(ROUND_CEILING))
            units = max(units, 0)
            if units == 0 and gap == 0:
                continue  # what is on hand and inbound covers the lead time and a review
            severity = Severity.CRITICAL if critical and units > 0 else Severity.WARNING
            sendable = min(units, s.hub_available)
            # without action: the gap before the inbound, or the days lost if the seller
            # waits one review period and then ships by ocean
            lost_days = (
                gap
                if gap > 0
                else max(Decimal(s.ocean_days + thresholds.review_days) - out_in, Decimal(0))
            )
            lost_units = (lost_days * s.daily_demand).quantize(Decimal(1), ROUND_HALF_UP)
            actionable = units > 0
            stocked_out = s.available <= 0 and s.daily_demand > 0
            impact = (
                money(lost_units * s.unit_value, snapshot.base_currency)
                if s.unit_value is not None and actionable
                else None
            )
            if not actionable:
                # nothing can land before the inbound, but sales are lost until it does: a shelf
                # empty now is the most urgent; a gap still ahead is a warning
                severity = (
                    Severity.CRITICAL
                    if stocked_out
                    else Severity.WARNING
                    if gap > 0
                    else Severity.INFO
                )
            inbound_text = (
                f"{count_of(s.inbound, 'unit')} inbound, expected {s.next_arrival.isoformat()}"
                + (" (in time)" if counted else " (too late)")
                if s.next_arrival is not None and s.inbound > 0
                else "nothing inbound"
            )
            reason = (
                (
                    f"{s.sku} in {s.store} is out of stock now "
                    if stocked_out
                    else f"{s.sku} in {s.store} runs out in about "
                    f"{count_of(num(out_in, '1'), 'day')} "
                )
                + f"({s.available} available, selling {num(s.daily_demand, '0.01')}/day from the "
                f"{'forecast' if s.demand_source == 'forecast' else '30-day velocity'}; "
                f"{inbound_text}). Ocean takes {count_of(s.ocean_days, 'day')}, air {s.air_days}."
                + (
                    " Air is not among your preferred modes, so ocean is proposed."
                    if no_air and out_in < s.ocean_days
                    else ""
                )
            )
            said = msg.message(
                "assistant.stockout.now" if stocked_out else "assistant.stockout",
                sku=s.sku,
                store=s.store,
                days=msg.number(num(out_in, "1")),
                available=s.available,
                demand=msg.number(num(s.daily_demand, "0.01"), digits=2),
                source=msg.nested(
                    msg.message(
                        "assistant.demand.forecast"
                        if s.demand_source == "forecast"
                        else "assistant.demand.velocity"
                    )
                ),
                inbound=msg.nested(
                    msg.message(
                        "assistant.inbound.in_time" if counted else "assistant.inbound.too_late",
                        units=s.inbound,
                        date=msg.day(s.next_arrival),
                    )
                    if s.next_arrival is not None and s.inbound > 0
                    else msg.message("assistant.inbound.none")
                ),
                ocean=s.ocean_days,
                air=s.air_days,
            )
            advice = (
                msg.message("assistant.stockout.no_air")
                if no_air and out_in < s.ocean_days
                else None
            )
            remedy = None
            if sendable > 0:
                remedy = Remedy(
                    kind=PLAN_KIND,
                    subject_type="plan",
                    subject_id=f"replenish-{s.sku}-{s.store}",
                    title=(
                        f"Send {sendable} unit{'' if sendable == 1 else 's'} of {s.sku} "
                        f"by {mode} to {s.store}"
                    ),
                    payload={
                        "source": "assistant",
                        "transport_cost": "0",
                        "shipments": [
                            {
                                "sku": s.sku,
                                "from": "origin_hub",
                                "to_country": s.country,
                                "mode": mode,
                                "units": sendable,
                                "ship_by_week": 0,
                                "cost": "0",
                            }
                        ],
                        "service_level": {},
                    },
                    expected_effect={
                        "days_of_cover_after_arrival": num(
                            Decimal(s.available + s.inbound + sendable) / s.daily_demand - lead,
                            "1",
                        ),
                        "arrives_in_days": lead,
                    },
                )
            elif units > 0:
                reason += " The hub has no stock to send: reorder from the factory."
                advice = msg.message("assistant.stockout.reorder")
            else:
                reason += " Nothing sent now would land before that inbound: expect the gap."
                advice = msg.message("assistant.stockout.expect_gap")
            findings.append(
                Finding(
                    detector=self.name,
                    subject=f"stock:{s.sku}@{s.store}",
                    severity=severity,
                    reason=reason,
                    evidence={
                        "sku": s.sku,
                        "store": s.store,
                        "category": s.category,
                        "available": s.available,
                        "inbound": s.inbound,
                        "next_arrival": s.next_arrival.isoformat() if s.next_arrival else None,
                        "daily_demand": num(s.daily_demand, "0.01"),
                        "demand_source": s.demand_source,
                        "days_to_stockout": num(out_in, "1"),
                        "stocked_out": stocked_out,
                        "lead_days": {"air": s.air_days, "ocean": s.ocean_days},
                        "hub_available": s.hub_available,
                    },
                    impact=impact,
                    impact_note=(
                        f"sales lost without action: {count_of(lost_units, 'unit')} x unit price"
                        if impact is not None
                        else f"not counted: about {count_of(lost_units, 'unit')} of sales are lost "
                        "whatever "
                        "is done now"
                        if not actionable
                        else "not estimated: no price for this store"
                    ),
                    remedy=remedy,
                    message=msg.sentences(said, advice),
                    impact_message=msg.message(
                        "assistant.impact.lost_sales"
                        if impact is not None
                        else "assistant.impact.lost_anyway"
                        if not actionable
                        else "assistant.impact.no_price",
                        units=int(lost_units),
                    ),
                )
            )
        return findings


# ---------------------------------------------------------------- excess and ageing


class ExcessStock:
    name = "inventory.excess"
    summary = "Stock far beyond the demand it has to cover, or units ageing on the shelf."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        findings: list[Finding] = []
        for s in snapshot.stock:
            held = s.available + s.inbound
            if held <= 0:
                continue
            # too much even if demand sits at the high end of what the sales plausibly show
            high = max(s.demand_high or s.daily_demand, s.daily_demand)
            target = high * thresholds.excess_cover_days
            excess = (Decimal(held) - target).quantize(Decimal(1), ROUND_HALF_UP)
            over = excess >= thresholds.min_excess_units
            ageing = (
                s.oldest_days is not None
                and s.oldest_days > thresholds.ageing_days
                and s.available >= thresholds.min_excess_units
            )
            if not over and not ageing:
                continue
            cover = (
                "no sales at all"
                if s.daily_demand <= 0
                else f"{num(Decimal(held) / s.daily_demand, '1')} days of demand"
            )
            parts = []
            if over:
                parts.append(
                    f"{count_of(held, 'unit')} ({cover}) against a target of "
                    f"{count_of(thresholds.excess_cover_days, 'day')}: "
                    f"about {count_of(excess, 'unit')} too many"
                )
            if ageing:
                parts.append(f"the oldest units have waited {count_of(s.oldest_days, 'day')}")
            units = excess if over else Decimal(s.available)
            impact = (
                money(units * s.unit_cost, snapshot.base_currency)
                if s.unit_cost is not None
                else None
            )
            findings.append(
                Finding(
                    detector=self.name,
                    subject=f"stock:{s.sku}@{s.store}",
                    severity=Severity.WARNING if over and ageing else Severity.INFO,
                    reason=(
                        f"{s.sku} in {s.store}: " + "; ".join(parts) + ". Consider a promotion, "
                        "moving units to a store that sells it, or pausing replenishment."
                    ),
                    evidence={
                        "sku": s.sku,
                        "store": s.store,
                        "category": s.category,
                        "available": s.available,
                        "inbound": s.inbound,
                        "daily_demand": num(s.daily_demand, "0.01"),
                        "excess_units": int(excess) if over else 0,
                        "oldest_days": s.oldest_days,
                    },
                    impact=impact,
                    impact_note=(
                        "capital tied up: excess units x unit cost"
                        if impact is not None
                        else "not estimated: no unit cost"
                    ),
                    message=msg.message(
                        "assistant.excess",
                        sku=s.sku,
                        store=s.store,
                        parts=msg.items(
                            [
                                *(
                                    [
                                        msg.nested(
                                            msg.message(
                                                "assistant.excess.over",
                                                held=held,
                                                cover=msg.nested(
                                                    msg.message("assistant.excess.no_sales")
                                                    if s.daily_demand <= 0
                                                    else msg.message(
                                                        "assistant.excess.cover",
                                                        days=msg.number(
                                                            num(Decimal(held) / s.daily_demand, "1")
                                                        ),
                                                    )
                                                ),
                                                target=thresholds.excess_cover_days,
                                                excess=int(excess),
                                            )
                                        )
                                    ]
                                    if over
                                    else []
                                ),
                                *(
                                    [
                                        msg.nested(
                                            msg.message(
                                                "assistant.excess.ageing", days=s.oldest_days
                                            )
                                        )
                                    ]
                                    if ageing
                                    else []
                                ),
                            ]
                        ),
                    ),
                    impact_message=msg.message(
                        "assistant.impact.capital"
                        if impact is not None
                        else "assistant.impact.no_cost"
                    ),
                )
            )
        return findings


# ---------------------------------------------------------------- HS codes

_CRITICAL_FLAGS = frozenset({"invalid", "not_in_schedule", "wrong_chapter"})


class HsCodeCheck:
    name = "customs.hs_code"
    summary = "Declared HS codes customs flags, and classifications too unsure to rely on."

    def detect(self, snapshot: Snapshot, thresholds: Thresholds) -> list[Finding]:
        open_subjects = {p.subject for p in snapshot.open_proposals if p.kind == HS_KIND}
        owned = {  # customs owns the answer: its open proposal is the one the finding cites
            p.subject.removeprefix("product:"): p
            for p in snapshot.open_proposals
            if p.kind == HS_KIND and isinstance(p.payload.get("code"), str)
        }
        findings: list[Finding] = []
        for h in snapshot.hs:
            if h.sku in owned:
                h = replace(h, suggested=str(owned[h.sku].payload["code"]))
            proposal = owned[h.sku].id if h.sku in owned else None
            finding = self._one(h, thresholds, open_subjects, proposal)
            if finding is not None and h.sku in owned:
                finding = replace(
                    finding,
                    # the finding links to customs' proposal: one proposal per problem, counted
                    evidence={**finding.evidence, "proposal_id": owned[h.sku].id},
                    reason=finding.reason.replace(
                        f"Customs classifies it as {h.suggested}; confirm before the next "
                        "declaration.",
                        f"Customs proposes {h.suggested} (proposal #{owned[h.sku].id}); approve "
                        "or reject it in the inbox.",
                    ),
                )
            if finding is not None:
                findings.append(finding)
        return findings

    def _one(
        self, h: HsFacts, thresholds: Thresholds, open_subjects: set[str], proposal: int | None
    ) -> Finding | None:
        unsure = h.confidence is not None and h.confidence < thresholds.hs_low_confidence
        evidence: dict[str, object] = {
            "sku": h.sku,
            "category": h.category,
            "hs_code_declared": h.declared,
            "flags": [list(f) for f in h.flags],
            "customs_code": h.suggested,
            "confidence": None if h.confidence is None else format(h.confidence, "f"),
        }
        if h.flags and h.declared is not None:
            names = {f for f, _ in h.flags}
            severity = Severity.CRITICAL if names & _CRITICAL_FLAGS else Severity.WARNING
            remedy = None
            confident = h.suggested is not None and not h.abstained and not unsure
            if (
                confident
                and h.suggested is not None
                and h.suggested != h.declared
                and f"product:{h.sku}" not in open_subjects
            ):
                payload: dict[str, object] = {"sku": h.sku, "code": h.suggested}
                if h.classification_id is not None:
                    payload["classification_id"] = h.classification_id
                remedy = Remedy(
                    kind=HS_KIND,
                    subject_type="product",
                    subject_id=h.sku,
                    title=f"HS code of {h.sku}: {h.declared} -> {h.suggested}",
                    title_message=msg.message(
                        "customs.code.change", sku=h.sku, declared=h.declared, code=h.suggested
                    ),
                    payload=payload,
                    expected_effect={"hs_code": h.suggested},
                )
            return Finding(
                detector=self.name,
                subject=f"hs:{h.sku}",
                severity=severity,
                reason=(
                    f"The HS code declared for {h.sku} ({h.declared}) looks wrong: "
                    + "; ".join(r for _, r in h.flags)
                    + (
                        f". Customs classifies it as {h.suggested}; confirm before the next "
                        "declaration."
                        if h.suggested
                        else ". Confirm it before the next declaration."
                    )
                ),
                evidence=evidence,
                impact=None,
                impact_note="not estimated: a wrong code risks holds and back-duty, not a price",
                remedy=remedy,
                message=msg.sentences(
                    msg.message(
                        "assistant.hs.wrong",
                        sku=h.sku,
                        declared=h.declared,
                        flags=msg.items([msg.label("flag", f) for f, _ in h.flags]),
                    ),
                    msg.message("assistant.hs.proposed", code=h.suggested, id=proposal)
                    if proposal is not None
                    else msg.message("assistant.hs.classifies", code=h.suggested)
                    if h.suggested
                    else msg.message("assistant.hs.confirm"),
                ),
                impact_message=msg.message("assistant.impact.hs_risk"),
            )
        if h.declared is None and h.suggested is None and h.abstained and h.question:
            return Finding(
                detector=self.name,
                subject=f"hs:{h.sku}",
                severity=Severity.INFO,
                reason=(
                    f"{h.sku} has no HS code and customs cannot classify it without an answer: "
                    f"{h.question}"
                ),
                evidence=evidence,
                impact=None,
                impact_note="not estimated: the item cannot be declared until answered",
                message=msg.message("assistant.hs.question", sku=h.sku, question=h.question),
                impact_message=msg.message("assistant.impact.hs_unanswered"),
            )
        if h.declared is None and unsure and h.suggested is not None:
            return Finding(
                detector=self.name,
                subject=f"hs:{h.sku}",
                severity=Severity.INFO,
                reason=(
                    f"{h.sku} has no declared HS code and customs' best guess ({h.suggested}) "
                    f"is only {num(Decimal(h.confidence or 0) * 100, '1')}% sure; confirm it."
                ),
                evidence=evidence,
                impact=None,
                impact_note="not estimated: the item cannot be declared until confirmed",
                message=msg.message(
                    "assistant.hs.unsure",
                    sku=h.sku,
                    code=h.suggested,
                    percent=msg.number(num(Decimal(h.confidence or 0) * 100, "1")),
                ),
                impact_message=msg.message("assistant.impact.hs_unconfirmed"),
            )
        return None
