"""Pure two-echelon planning: origin hub -> each country's fulfilment centre. How much to send
where, by which mode, and a network simulator that scores the plan. NumPy/SciPy only; no I/O.

The single-location lost-sales rule (critical ratio, order under lost sales, the replay
simulator) lives in `planning.lost_sales`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.planning.lost_sales import FloatArray


class Mode(StrEnum):
    OCEAN = "ocean"
    AIR = "air"


@dataclass(frozen=True)
class Lane:
    """How goods go from the hub to one country by one mode (seller-supplied figures)."""

    country: str
    mode: Mode
    lead_weeks: int
    cost_per_unit: float
    cost_per_m3: float


@dataclass(frozen=True)
class SkuCountry:
    """One SKU in one country: weekly demand forecast (mean, dispersion) and the stock there."""

    sku: str
    country: str
    weekly_mean: float
    dispersion: float
    on_hand: float
    inbound: float
    # Demand uplift the planner expects from the faster delivery promise stock in this country's
    # FC earns (0.2 = +20%, e.g. same day instead of two days): the forecast, learnt from sales
    # under the old promise, is scaled by 1 + uplift (docs/adr/0057).
    uplift: float = 0.0

    @property
    def planned_mean(self) -> float:
        return self.weekly_mean * (1.0 + self.uplift)


@dataclass(frozen=True)
class SkuTerms:
    sku: str
    unit_m3: float
    case_pack: int
    moq: int  # minimum units per shipment (0 = none)
    hub_on_hand: float
    holding_hub: float  # per unit per week
    holding_fc: float  # per unit per week
    lost_sale_cost: float  # per unit of demand not met (margin + goodwill)


@dataclass(frozen=True)
class Shipment:
    sku: str
    country: str
    mode: Mode
    units: int
    ship_by_week: int  # 0 = now
    cost: float


@dataclass(frozen=True)
class PlanResult:
    shipments: list[Shipment]
    targets: dict[tuple[str, str], float]
    expected_service: dict[tuple[str, str], float]
    transport_cost: float
    allocation: str  # "targets" or "milp" when hub stock or capacity bound


def _nb_cdf(k: float, mean: float, dispersion: float) -> float:
    """P(D <= k) for the negative binomial (Poisson at dispersion 1)."""
    if mean <= 0:
        return 1.0
    if k < 0:
        return 0.0
    total = 0.0
    if dispersion <= 1.0 + 1e-9:
        pmf = math.exp(-mean)
        for j in range(int(k) + 1):
            total += pmf
            pmf *= mean / (j + 1)
        return min(total, 1.0)
    p = 1.0 / dispersion
    r = mean * p / (1.0 - p)
    pmf = p**r
    for j in range(int(k) + 1):
        total += pmf
        pmf *= (j + r) / (j + 1) * (1.0 - p)
    return min(total, 1.0)


def _nb_quantile(mean: float, dispersion: float, q: float) -> float:
    if mean <= 0:
        return 0.0
    k = 0
    while _nb_cdf(k, mean, dispersion) < q and k < 1_000_000:
        k += 1
    return float(k)


def _round_up(units: float, case_pack: int, moq: int) -> int:
    if units <= 0:
        return 0
    cases = math.ceil(units / max(case_pack, 1))
    out = cases * max(case_pack, 1)
    if out < moq:
        out = math.ceil(moq / max(case_pack, 1)) * max(case_pack, 1)
    return out


def plan_shipments(
    items: Sequence[SkuCountry],
    terms: Sequence[SkuTerms],
    lanes: Sequence[Lane],
    *,
    review_weeks: int = 1,
    capacity_m3: dict[str, float] | None = None,
) -> PlanResult:
    """One planning round. Per SKU x country the target is the critical-ratio quantile of demand
    over lead time + review period of the cheapest lane that arrives in time, with the ratio
    p / (p + h_fc * cover weeks); what the FC holds and has inbound counts against it; the rest
    stays at the hub (postponement: it is committed only in a later round, once demand is seen).
    If air would land before ocean and the FC runs short before ocean can arrive, the shortfall
    goes by air. When hub stock or FC capacity cannot meet every target, the units are allocated
    by a MILP (HiGHS through scipy) that maximises expected lost-sales cost avoided."""
    by_sku = {t.sku: t for t in terms}
    lanes_by_country: dict[str, dict[Mode, Lane]] = {}
    for lane in lanes:
        lanes_by_country.setdefault(lane.country, {})[lane.mode] = lane
    errors: list[FieldError] = []
    for it in items:
        if it.sku not in by_sku:
            errors.append(FieldError("sku", "no shipping terms for this SKU", value=it.sku))
        if not math.isfinite(it.uplift) or it.uplift < 0:
            errors.append(FieldError("uplift", "must be a non-negative fraction", value=it.country))
        if Mode.OCEAN not in lanes_by_country.get(it.country, {}) and Mode.AIR not in (
            lanes_by_country.get(it.country, {})
        ):
            errors.append(FieldError("lanes", "no lead time configured", value=it.country))
    if errors:
        raise ValidationFailed("cannot plan", errors=errors)

    # item, lane, units wanted, (stock before these units, mean demand over the cover)
    wants: list[tuple[SkuCountry, Lane, float, tuple[float, float]]] = []
    targets: dict[tuple[str, str], float] = {}
    service: dict[tuple[str, str], float] = {}
    for it in items:
        t = by_sku[it.sku]
        country_lanes = lanes_by_country[it.country]
        mean = it.planned_mean
        main = country_lanes.get(Mode.OCEAN) or country_lanes[Mode.AIR]
        cover = main.lead_weeks + review_weeks
        ratio = t.lost_sale_cost / (t.lost_sale_cost + t.holding_fc * review_weeks)
        target = _nb_quantile(mean * cover, it.dispersion, ratio)
        targets[(it.sku, it.country)] = target
        position = it.on_hand + it.inbound
        air = country_lanes.get(Mode.AIR)
        if air is not None and air.lead_weeks < main.lead_weeks:
            # units needed before ocean can land, beyond what is there
            gap_need = _nb_quantile(mean * main.lead_weeks, it.dispersion, ratio)
            urgent = max(0.0, gap_need - position)
            if urgent > 0:
                wants.append((it, air, urgent, (position, mean * cover)))
                position += urgent
        rest = max(0.0, target - position)
        if rest > 0:
            wants.append((it, main, rest, (position, mean * cover)))
        service[(it.sku, it.country)] = _nb_cdf(max(position, target), mean * cover, it.dispersion)

    units = [_round_up(w, by_sku[it.sku].case_pack, by_sku[it.sku].moq) for it, _, w, _ in wants]
    hub_need: dict[str, float] = {}
    fc_need: dict[str, float] = {}
    for (it, _, _, _), u in zip(wants, units, strict=True):
        hub_need[it.sku] = hub_need.get(it.sku, 0.0) + u
        fc_need[it.country] = fc_need.get(it.country, 0.0) + u * by_sku[it.sku].unit_m3
    binds = any(hub_need[s] > by_sku[s].hub_on_hand for s in hub_need) or any(
        capacity_m3 is not None and c in capacity_m3 and fc_need[c] > capacity_m3[c] + 1e-9
        for c in fc_need
    )
    how = "targets"
    if binds:
        units = _allocate_milp(wants, by_sku, capacity_m3 or {})
        how = "milp"
    shipments = []
    for (it, lane, _, _), u in zip(wants, units, strict=True):
        if u <= 0:
            continue
        t = by_sku[it.sku]
        cost = u * (lane.cost_per_unit + lane.cost_per_m3 * t.unit_m3)
        shipments.append(Shipment(it.sku, it.country, lane.mode, int(u), 0, round(cost, 2)))
    return PlanResult(
        shipments=shipments,
        targets=targets,
        expected_service=service,
        transport_cost=round(sum(s.cost for s in shipments), 2),
        allocation=how,
    )


def _allocate_milp(
    wants: list[tuple[SkuCountry, Lane, float, tuple[float, float]]],
    terms: dict[str, SkuTerms],
    capacity_m3: dict[str, float],
) -> list[int]:
    """Whole cases per (SKU, country, lane) maximising sum of value of units sent: each case's
    value is lost_sale_cost x P(demand over cover exceeds the units already there), a concave
    piecewise-linear value, so the LP relaxation orders cases correctly; cases are integers."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    cols: list[tuple[int, int]] = []  # (want index, case number)
    values: list[float] = []
    for w, (it, lane, wanted, (base, cover_mean)) in enumerate(wants):
        t = terms[it.sku]
        pack = max(t.case_pack, 1)
        n_cases = math.ceil(max(wanted, t.moq) / pack)
        for k in range(n_cases):
            level = base + k * pack
            p_short = 1.0 - _nb_cdf(level, cover_mean, it.dispersion)
            unit_cost = lane.cost_per_unit + lane.cost_per_m3 * t.unit_m3
            cols.append((w, k))
            values.append(pack * (t.lost_sale_cost * p_short - unit_cost) + 1e-6 * (n_cases - k))
    if not cols:
        return [0] * len(wants)
    n = len(cols)
    rows: list[np.ndarray] = []
    ub: list[float] = []
    skus = sorted({wants[w][0].sku for w, _ in cols})
    for s in skus:
        row = np.array(
            [float(max(terms[s].case_pack, 1)) if wants[w][0].sku == s else 0.0 for w, _ in cols]
        )
        rows.append(row)
        ub.append(terms[s].hub_on_hand)
    for c, cap in capacity_m3.items():
        row = np.array(
            [
                max(terms[wants[w][0].sku].case_pack, 1) * terms[wants[w][0].sku].unit_m3
                if wants[w][0].country == c
                else 0.0
                for w, _ in cols
            ]
        )
        if row.any():
            rows.append(row)
            ub.append(cap)
    res = milp(
        c=-np.array(values),
        constraints=LinearConstraint(np.vstack(rows), -np.inf, np.array(ub)),
        integrality=np.ones(n),
        bounds=Bounds(0, 1),
    )
    if res.x is None:
        raise ValidationFailed("the allocation could not be solved", field="capacity")
    out = [0] * len(wants)
    for (w, _), x in zip(cols, res.x, strict=True):
        if x > 0.5:
            out[w] += max(terms[wants[w][0].sku].case_pack, 1)
    return out


# --- two-echelon simulator -----------------------------------------------------------------------


class NetworkPolicy(StrEnum):
    UPFRONT = "upfront"  # ship all hub stock by ocean in week 0, split by forecast
    BASE_STOCK = "base_stock"  # per country, order up to a fixed level by ocean each week
    POSTPONE = "postpone"  # plan_shipments every week: hub keeps stock until demand is seen


@dataclass(frozen=True)
class NetworkScore:
    policy: str
    holding_hub: float
    holding_fc: float
    transport: float
    lost_units: float
    lost_cost: float
    fill_rate: float

    @property
    def total(self) -> float:
        return self.holding_hub + self.holding_fc + self.transport + self.lost_cost


def simulate_network(
    demand: dict[tuple[str, str], FloatArray],
    forecasts: dict[tuple[str, str], tuple[float, float]],
    terms: Sequence[SkuTerms],
    lanes: Sequence[Lane],
    *,
    policy: NetworkPolicy,
    capacity_m3: dict[str, float] | None = None,
) -> NetworkScore:
    """Replay weekly `demand` per (SKU, country) through hub -> FC with lost sales. Every FC
    starts empty, every hub with `hub_on_hand`; `forecasts` gives each policy the same (mean,
    dispersion) per week. Costs: holding per unit-week at hub and FC (end of week), transport per
    shipment, lost-sales cost per unit."""
    by_sku = {t.sku: t for t in terms}
    lane = {(ln.country, ln.mode): ln for ln in lanes}
    weeks = len(next(iter(demand.values())))
    keys = sorted(demand)
    hub = {t.sku: float(t.hub_on_hand) for t in terms}
    fc = dict.fromkeys(keys, 0.0)
    arriving: dict[tuple[str, str], dict[int, float]] = {k: {} for k in keys}
    hold_hub = hold_fc = transport = lost = lost_cost = 0.0
    total_demand = float(sum(float(d.sum()) for d in demand.values()))

    def ship(key: tuple[str, str], mode: Mode, units: float, week: int) -> None:
        nonlocal transport
        sku, country = key
        units = min(units, hub[sku])
        if units <= 0:
            return
        ln = lane.get((country, mode)) or lane[(country, Mode.OCEAN)]
        hub[sku] -= units
        arrive = week + ln.lead_weeks
        arriving[key][arrive] = arriving[key].get(arrive, 0.0) + units
        transport += units * (ln.cost_per_unit + ln.cost_per_m3 * by_sku[sku].unit_m3)

    static_target = {}
    for k in keys:
        mean, disp = forecasts[k]
        t = by_sku[k[0]]
        ocean = lane[(k[1], Mode.OCEAN)]
        ratio = t.lost_sale_cost / (t.lost_sale_cost + t.holding_fc)
        static_target[k] = _nb_quantile(mean * (ocean.lead_weeks + 1), disp, ratio)

    for week in range(weeks):
        if policy == NetworkPolicy.UPFRONT and week == 0:
            for sku in hub:
                ks = [k for k in keys if k[0] == sku]
                weights = np.array([forecasts[k][0] for k in ks]) + 1e-9
                split = np.floor(hub[sku] * weights / weights.sum())
                for k, u in zip(ks, split, strict=True):
                    ship(k, Mode.OCEAN, float(u), week)
        elif policy == NetworkPolicy.BASE_STOCK:
            for k in keys:
                pipeline = sum(arriving[k].values())
                ship(k, Mode.OCEAN, static_target[k] - fc[k] - pipeline, week)
        elif policy == NetworkPolicy.POSTPONE:
            items = [
                SkuCountry(
                    k[0], k[1], forecasts[k][0], forecasts[k][1], fc[k], sum(arriving[k].values())
                )
                for k in keys
            ]
            live_terms = [
                SkuTerms(
                    t.sku,
                    t.unit_m3,
                    t.case_pack,
                    t.moq,
                    hub[t.sku],
                    t.holding_hub,
                    t.holding_fc,
                    t.lost_sale_cost,
                )
                for t in terms
            ]
            result = plan_shipments(items, live_terms, lanes, capacity_m3=capacity_m3)
            for s in result.shipments:
                ship((s.sku, s.country), s.mode, float(s.units), week)
        for k in keys:
            fc[k] += arriving[k].pop(week, 0.0)
            d = float(demand[k][week])
            sold = min(fc[k], d)
            fc[k] -= sold
            lost += d - sold
            lost_cost += (d - sold) * by_sku[k[0]].lost_sale_cost
            hold_fc += fc[k] * by_sku[k[0]].holding_fc
        for sku, units in hub.items():
            hold_hub += units * by_sku[sku].holding_hub
    return NetworkScore(
        policy=policy.value,
        holding_hub=round(hold_hub, 2),
        holding_fc=round(hold_fc, 2),
        transport=round(transport, 2),
        lost_units=lost,
        lost_cost=round(lost_cost, 2),
        fill_rate=1.0 if total_demand == 0 else round(1.0 - lost / total_demand, 4),
    )


# --- what a plan is expected to cost and deliver ------------------------------------------------


@dataclass(frozen=True)
class PlanOutcome:
    """Per SKU x country after the plan's shipments land: P(demand over the cover is met), the
    expected units lost and left over; and the round's expected costs (docs/adr/0056)."""

    service: dict[tuple[str, str], float]
    lost_units: dict[tuple[str, str], float]
    leftover_units: dict[tuple[str, str], float]
    transport: float
    holding_fc: float
    lost_sales: float

    @property
    def total(self) -> float:
        return round(self.transport + self.holding_fc + self.lost_sales, 2)


def _nb_partial(position: float, mean: float, dispersion: float) -> tuple[float, float]:
    """(P(D <= position), E[(position - D)+]) for the negative binomial (Poisson at 1); pmf in
    log space (scipy), so large means do not underflow."""
    from scipy import stats

    x = max(position, 0.0)
    if mean <= 0:
        return 1.0, x
    ks = np.arange(0, int(math.floor(x)) + 1, dtype=np.float64)
    if dispersion <= 1.0 + 1e-9:
        pmf = stats.poisson.pmf(ks, mean)
    else:
        p = 1.0 / dispersion
        pmf = stats.nbinom.pmf(ks, mean * p / (1.0 - p), p)
    return min(float(pmf.sum()), 1.0), float(((x - ks) * pmf).sum())


def plan_outcome(
    items: Sequence[SkuCountry],
    terms: Sequence[SkuTerms],
    lanes: Sequence[Lane],
    shipments: Sequence[Shipment],
    *,
    review_weeks: int = 1,
) -> PlanOutcome:
    """Score a round the way its targets were set: demand over lead time (main lane) + review
    period, with the same uplifted mean and dispersion; stock = on hand + inbound + shipped.
    Holding is h_fc x review weeks per unit left over, lost sales p per unit short: the
    newsvendor cost the critical ratio p / (p + h_fc x review) minimises."""
    by_sku = {t.sku: t for t in terms}
    modes: dict[str, dict[Mode, Lane]] = {}
    for lane in lanes:
        modes.setdefault(lane.country, {})[lane.mode] = lane
    sent: dict[tuple[str, str], float] = {}
    for s in shipments:
        sent[(s.sku, s.country)] = sent.get((s.sku, s.country), 0.0) + s.units
    service: dict[tuple[str, str], float] = {}
    lost: dict[tuple[str, str], float] = {}
    left: dict[tuple[str, str], float] = {}
    holding = shortage = 0.0
    for it in items:
        key = (it.sku, it.country)
        country = modes.get(it.country, {})
        main = country.get(Mode.OCEAN) or country.get(Mode.AIR)
        if main is None or it.sku not in by_sku:
            raise ValidationFailed(
                "cannot score the plan",
                errors=[FieldError("lanes", "no lead time or terms", value=it.country)],
            )
        mean = it.planned_mean * (main.lead_weeks + review_weeks)
        position = it.on_hand + it.inbound + sent.get(key, 0.0)
        cdf, over = _nb_partial(position, mean, it.dispersion)
        short = max(0.0, mean - position + over)  # E[(D - x)+] = E[D] - x + E[(x - D)+]
        service[key], lost[key], left[key] = cdf, short, over
        t = by_sku[it.sku]
        holding += t.holding_fc * review_weeks * over
        shortage += t.lost_sale_cost * short
    return PlanOutcome(
        service=service,
        lost_units=lost,
        leftover_units=left,
        transport=round(sum(s.cost for s in shipments), 2),
        holding_fc=round(holding, 2),
        lost_sales=round(shortage, 2),
    )
