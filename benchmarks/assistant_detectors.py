"""Precision and recall of the assistant's detectors on seeded synthetic sellers.

Each seed builds one seller's catalogue (families with variants, costs drawn per category from a
log-normal spread, complete attributes, declared HS codes that are real US tariff lines, open
proposals of various ages) and its business in four stores (US, DE, UK, JP with store sizes 1.0,
0.6, 0.4, 0.3): a true daily demand per SKU x store, stock and inbound at the FC, 30 days of
sales drawn from that demand (Poisson), active prices with margins, competitor prices, listings.
Then it plants known problems: missing listing attributes, HS codes customs' declared-code check
should reject (zero-padded, a reserved chapter, truncated, a subheading that does not exist),
unit costs with a slipped decimal point, proposals left waiting, a SKU x store whose stock runs
out before an ocean shipment could land (nothing inbound, or the inbound lands after the shelf
is empty), excess or ageing stock, a SKU selling well but not listed in a store, a price that
loses money after a fee change or sits 20-40% above the lowest competitor, a listing with a
banned character or untranslated or stale fields, a shipment predicted after its need date or
held by a late departure or a dwell at port or in customs (healthy shipments behind the
carrier's plan but in time, or short-received, are the distractors). Truth is set on the TRUE
demand; the detectors see only the observed 30-day velocity, exactly as in production (no
forecast), so noise can cost precision or recall. A finding counts as a true positive when its
detector and subject match a planted problem; every other finding is a false positive (healthy
SKUs must not be flagged). "in budget" is the share of planted problems ranked within the daily
alert budget (20). The "Amazon floor" row is the published stock-out rule (days of cover from
30-day velocity, flag under 21 days, inbound ignored) scored on the same stock-out truth.

    python benchmarks/assistant_detectors.py [--seeds 200]
"""

from __future__ import annotations

import argparse
import math
import random
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from globalsell.assistant import detectors, facts
from globalsell.assistant.domain import (
    DetectorRegistry,
    Finding,
    HsFacts,
    ItemFacts,
    ListingFacts,
    PriceFacts,
    ProductFacts,
    Profile,
    ProposalFacts,
    SalesFacts,
    ShipmentFacts,
    Snapshot,
    StockFacts,
    rank,
    run_detectors,
    thresholds_for,
)
from globalsell.assistant.operations import velocity_bounds
from globalsell.customs.nomenclature import load as load_nomenclature

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
ALL = frozenset(detectors.LISTING_NEEDS)
# Typical unit costs (CNY) per top-level category: synthetic medians for the generator only.
CATEGORIES = {
    "厨房用品": 20,
    "家用电器": 60,
    "家居日用": 15,
    "宠物用品": 18,
    "手机配件": 12,
    "家纺": 25,
    "玩具": 22,
    "运动户外": 30,
}
HS6 = [
    "392410",
    "961700",
    "701349",
    "441911",
    "732393",
    "851671",
    "850940",
    "630790",
    "940521",
    "854442",
    "950300",
    "950691",
    "610910",
    "630260",
]
SIGMA = 0.45  # log-normal spread of costs inside a category
US_LINES = frozenset(load_nomenclature().us_lines)
HS_CODES = frozenset(load_nomenclature().hs)
# real US tariff lines (10 digits) under each subheading: the healthy declared codes
LINES = {h: sorted(c for c in US_LINES if c.startswith(h) and len(c) == 10) for h in HS6}


def _cost(rng: random.Random, category: str) -> Decimal:
    value = CATEGORIES[category] * rng.lognormvariate(0, SIGMA)
    return Decimal(str(round(value, 1))).normalize()


def generate(
    seed: int, products: int = 60
) -> tuple[Snapshot, set[tuple[str, str]], dict[str, Decimal]]:
    """A catalogue with planted problems, the set of (detector, subject) planted, and the true
    cost of each slipped SKU."""
    rng = random.Random(seed)
    made: list[ProductFacts] = []
    for n in range(products):
        category = rng.choice(list(CATEGORIES))
        sku = f"S{seed}-{n:03d}"
        hs = rng.choice(LINES[rng.choice(HS6)])
        family = rng.random() < 0.25
        if family:
            base = _cost(rng, category)
            items = tuple(
                ItemFacts(
                    f"{sku}-{v}",
                    sku,
                    ALL,
                    (base * Decimal(str(round(rng.uniform(0.8, 1.3), 2)))).normalize(),
                    "CNY",
                )
                for v in range(rng.randint(2, 5))
            )
            cost = None
        else:
            cost = _cost(rng, category)
            items = (ItemFacts(sku, None, ALL, cost, "CNY"),)
        made.append(
            ProductFacts(
                sku=sku,
                title=sku,
                category=f"{category}>x",
                unit_cost=cost,
                cost_currency="CNY",
                attributes={"country_of_origin": "CN", "hs_code_declared": hs},
                items=items,
            )
        )
    planted: set[tuple[str, str]] = set()
    true_cost: dict[str, Decimal] = {}
    order = list(range(products))
    rng.shuffle(order)
    picks = iter(order)
    for _ in range(4):  # missing listing attributes
        i = next(picks)
        p = made[i]
        item = rng.choice(p.items)
        drop = frozenset(rng.sample(sorted(ALL), rng.randint(1, 2)))
        items = tuple(
            replace(it, attributes=it.attributes - drop) if it is item else it for it in p.items
        )
        attributes = dict(p.attributes)
        if "country_of_origin" in drop and len(p.items) == 1:
            attributes.pop("country_of_origin")
        made[i] = replace(p, items=items, attributes=attributes)
        planted.add(("catalog.completeness", f"product:{p.sku}"))
    for _ in range(3):  # HS code problems customs' check should reject
        i = next(picks)
        p = made[i]
        code = str(p.attributes["hs_code_declared"])[:6]
        padded = code + "0000"
        options = [code[:5], "77" + code[2:], code + "1"]
        if code[:4] + "98" not in HS_CODES:
            options.append(code[:4] + "98")
        if padded not in US_LINES:
            options.append(padded)
        bad = rng.choice(options)
        made[i] = replace(p, attributes={**p.attributes, "hs_code_declared": bad})
        planted.add(("customs.hs_code", f"hs:{p.sku}"))
    slipped = 0
    while slipped < 3:  # decimal slips on single products
        i = next(picks)
        p = made[i]
        if len(p.items) != 1 or p.unit_cost is None:
            continue
        factor = rng.choice([Decimal(10), Decimal(100), Decimal("0.01")])
        wrong = (p.unit_cost * factor).normalize()
        made[i] = replace(p, unit_cost=wrong, items=(replace(p.items[0], unit_cost=wrong),))
        planted.add(("catalog.cost_outlier", f"cost:{p.sku}"))
        true_cost[p.sku] = p.unit_cost
        slipped += 1
    proposals = []
    for n in range(8):
        age = rng.choice([0, 1, 2, 3, 5]) if n >= 2 else rng.choice([8, 12, 30])
        proposals.append(
            ProposalFacts(
                n + 1,
                "catalog.product.update",
                f"p{n}",
                "product:x",
                "proposed",
                NOW - timedelta(days=age, hours=1),
                "x",
            )
        )
        if age >= 7:
            planted.add(("approvals.stale", f"change_request:{n + 1}"))
    extra = business(rng, made, planted)
    return (
        Snapshot(
            seller_id=1, now=NOW, products=tuple(made), open_proposals=tuple(proposals), **extra
        ),
        planted,
        true_cost,
    )


STORES = {"US": 1.0, "DE": 0.6, "UK": 0.4, "JP": 0.3}
CURRENCY = {"US": ("USD", 7.1), "DE": ("EUR", 7.7), "UK": ("GBP", 9.0), "JP": ("JPY", 0.048)}
OCEAN, AIR, REVIEW = 35, 7, 28
TODAY = NOW.date()


def _poisson(rng: random.Random, mean: float) -> int:
    if mean > 50:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def business(
    rng: random.Random, made: list[ProductFacts], planted: set[tuple[str, str]]
) -> dict[str, object]:
    """Stock, sales, prices, listings and HS facts for the catalogue, with planted problems.
    Healthy values keep a margin from every threshold on the TRUE demand; what the detectors
    see is the observed 30-day velocity."""
    skus = [p.sku for p in made]
    true_rate: dict[tuple[str, str], float] = {}
    for sku in skus:
        base = rng.uniform(1.0, 6.0)
        for store, size in STORES.items():
            true_rate[(sku, store)] = base * size
    picks = iter(rng.sample(range(len(skus)), len(skus)))
    # skip the products the catalogue part planted on (the first 10 picks of its own shuffle
    # are independent of ours; collisions only mean two problems on one SKU, both counted)
    out_sku = {skus[next(picks)]: rng.choice(list(STORES)) for _ in range(3)}
    late_sku = {skus[next(picks)]: rng.choice(list(STORES)) for _ in range(1)}
    excess_sku = {skus[next(picks)]: rng.choice(list(STORES)) for _ in range(2)}
    unlisted_good = {skus[next(picks)]: rng.choice(["DE", "UK"]) for _ in range(1)}
    unlisted_weak = {skus[next(picks)]: rng.choice(["DE", "UK"]) for _ in range(2)}
    loss_sku = {skus[next(picks)]: rng.choice(list(STORES)) for _ in range(2)}
    dear_sku = {skus[next(picks)]: rng.choice(list(STORES)) for _ in range(1)}
    listing_bad = {skus[next(picks)]: rng.choice(list(STORES)) for _ in range(2)}
    for sku in unlisted_weak:
        for st in STORES:  # a weak seller: even its best store sells under 5 a month
            true_rate[(sku, st)] = rng.uniform(0.02, 0.1) * STORES[st]
    stock: list[StockFacts] = []
    sales: list[SalesFacts] = []
    prices: list[PriceFacts] = []
    listings: list[ListingFacts] = []
    for product in made:
        sku = product.sku
        cost = product.unit_cost or (product.items[0].unit_cost or Decimal(20))
        for store in STORES:
            rate = true_rate[(sku, store)]
            sold = _poisson(rng, rate * 30)
            listed = not (sku in unlisted_good and unlisted_good[sku] == store) and not (
                sku in unlisted_weak and unlisted_weak[sku] == store
            )
            currency, to_cny = CURRENCY[store]
            value = Decimal(str(round(float(cost) * rng.uniform(2.5, 4.0), 2)))
            sales.append(
                SalesFacts(sku, store, product.category, listed, sold if listed else 0, value, cost)
            )
            if sku in unlisted_good and unlisted_good[sku] == store:
                planted.add(("listings.expansion", f"expand:{sku}@{store}"))
            if not listed:
                continue
            # stock: healthy cover 75-150 days of true demand (on hand + inbound in time)
            inbound, arrival = 0, None
            oldest = rng.randint(10, 120)
            hub = rng.randint(200, 2000)
            if sku in out_sku and out_sku[sku] == store:
                available = round(rate * rng.uniform(1, 25))
                planted.add(("inventory.stockout", f"stock:{sku}@{store}"))
            elif sku in late_sku and late_sku[sku] == store:
                cover = rng.uniform(2, 12)
                available = round(rate * cover)
                inbound = round(rate * rng.uniform(20, 40))
                arrival = TODAY + timedelta(days=round(cover + rng.uniform(12, 25)))
                planted.add(("inventory.stockout", f"stock:{sku}@{store}"))
            elif sku in excess_sku and excess_sku[sku] == store:
                if rng.random() < 0.5:
                    available = round(rate * rng.uniform(320, 600))
                else:
                    available = round(rate * rng.uniform(60, 120)) + 30
                    oldest = rng.randint(240, 500)
                planted.add(("inventory.excess", f"stock:{sku}@{store}"))
            else:
                cover = rng.uniform(75, 150)
                if rng.random() < 0.4:  # part of it still on the water, landing in time
                    on_shelf = rng.uniform(25, 45)
                    available = round(rate * on_shelf)
                    inbound = round(rate * (cover - on_shelf))
                    arrival = TODAY + timedelta(days=round(on_shelf * rng.uniform(0.3, 0.7)))
                else:
                    available = round(rate * cover)
            stock.append(
                StockFacts(
                    sku=sku,
                    store=store,
                    country=store if store != "UK" else "GB",
                    category=product.category,
                    available=available,
                    inbound=inbound,
                    next_arrival=arrival,
                    daily_demand=Decimal(sold) / 30,
                    demand_low=velocity_bounds(sold)[0],
                    demand_high=velocity_bounds(sold)[1],
                    demand_source="velocity_30d",
                    hub_available=hub,
                    unit_cost=cost,
                    unit_value=value,
                    oldest_days=oldest,
                    air_days=AIR,
                    ocean_days=OCEAN,
                )
            )
            # prices: healthy margin 15-35% (floor 10%), competitor within 5%
            local = (value / Decimal(str(to_cny))).quantize(Decimal("0.01"))
            margin_rate = Decimal(str(round(rng.uniform(0.15, 0.35), 4)))
            competitor: Decimal | None = (local * Decimal(str(rng.uniform(0.96, 1.08)))).quantize(
                Decimal("0.01")
            )
            competitive: Decimal | None = None
            if sku in loss_sku and loss_sku[sku] == store:
                margin_rate = Decimal(str(round(rng.uniform(-0.2, 0.08), 4)))
                planted.add(("pricing.price", f"price:{sku}@{store}"))
            elif sku in dear_sku and dear_sku[sku] == store:
                competitor = (local / Decimal(str(rng.uniform(1.2, 1.4)))).quantize(Decimal("0.01"))
                competitive = competitor
                planted.add(("pricing.price", f"price:{sku}@{store}"))
            elif rng.random() < 0.5:
                competitor = None
            net = local / Decimal("1.2")
            prices.append(
                PriceFacts(
                    sku=sku,
                    store=store,
                    category=product.category,
                    currency=currency,
                    price=local,
                    margin=(net * margin_rate).quantize(Decimal("0.01")),
                    margin_rate=margin_rate,
                    floor=Decimal("0.10"),
                    target_price=(
                        local * (1 + max(Decimal("0.25") - margin_rate, Decimal(0)))
                    ).quantize(Decimal("0.01")),
                    target_margin_rate=Decimal("0.25"),
                    competitor_low=competitor,
                    competitive_price=competitive,
                    units_30d=sold,
                    to_base=Decimal(str(to_cny)),
                )
            )
            errors: tuple[str, ...] = ()
            untranslated: tuple[str, ...] = ()
            stale: tuple[str, ...] = ()
            if sku in listing_bad and listing_bad[sku] == store:
                kind = rng.randrange(3)
                if kind == 0:
                    errors = ("item_name: contains a character the store bans",)
                elif kind == 1:
                    untranslated = ("bullet_point",)
                else:
                    stale = ("item_name", "product_description")
                planted.add(("listings.issues", f"listing:{sku}@{store}"))
            listings.append(
                ListingFacts(
                    sku, store, product.category, "live", errors, untranslated, stale, sold, value
                )
            )
    hs: list[HsFacts] = [
        facts.hs_fact(
            sku=p.sku,
            category=p.category,
            declared=str(p.attributes["hs_code_declared"]),
            text="",
            classification=None,
        )
        for p in made
        if "hs_code_declared" in p.attributes
    ]
    return {
        "stock": tuple(stock),
        "sales": tuple(sales),
        "prices": tuple(prices),
        "listings": tuple(listings),
        "hs": tuple(hs),
        "shipments": shipments(rng, planted),
    }


LATE_EXCEPTIONS = {
    "late_departure": "not departed {d}.0 days after the planned departure",
    "port_dwell": "{d}.0 days at the port",
    "customs_dwell": "{d}.0 days held in customs",
}


def shipments(rng: random.Random, planted: set[tuple[str, str]]) -> tuple[ShipmentFacts, ...]:
    """Eight shipments in flight. Healthy ones land by their need date, some behind the
    carrier's plan and some with a short receipt (neither is lateness); planted ones are predicted
    after the need date or held by a late departure or a dwell at port or in customs."""
    out: list[ShipmentFacts] = []
    for n in range(8):
        code = f"SHP-{n + 1:03d}"
        mode = rng.choice(("ocean", "air", "ocean+truck"))
        planned = TODAY + timedelta(days=rng.randint(2, 40))
        predicted = planned + timedelta(days=rng.randint(-2, 6))
        need = predicted + timedelta(days=rng.randint(0, 20))
        exceptions: tuple[tuple[str, str], ...] = ()
        if rng.random() < 0.15:
            exceptions = (("short_receipt", "2 unit(s) short at the FC"),)
        if rng.random() < 0.35:
            kind = rng.randrange(4)
            if kind == 0:
                need = predicted - timedelta(days=rng.randint(1, 12))
            else:
                name = ("late_departure", "port_dwell", "customs_dwell")[kind - 1]
                message = LATE_EXCEPTIONS[name].format(d=rng.randint(3, 9))
                exceptions = (*exceptions, (name, message))
            planted.add(("logistics.late", f"shipment:{code}"))
        out.append(
            ShipmentFacts(
                code=code,
                destination=rng.choice(("FBA-DE", "FBA-US", "FBA-UK", "FBA-JP")),
                status="departed_origin",
                modes=mode,
                units=rng.randint(20, 400),
                goods_value=Decimal(rng.randint(500, 20_000)),
                planned_arrival=planned,
                predicted_arrival=predicted,
                need_by=need,
                exceptions=exceptions,
            )
        )
    return tuple(out)


def amazon_floor(snapshot: Snapshot) -> set[tuple[str, str]]:
    """Amazon's published rule: days of cover from 30-day velocity under 21 (critical < 7,
    warning 7-21), inbound ignored."""
    return {
        ("inventory.stockout", f"stock:{s.sku}@{s.store}")
        for s in snapshot.stock
        if s.daily_demand > 0 and Decimal(s.available) / s.daily_demand < 21
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=200)
    parser.add_argument("--budget", type=int, default=20)
    args = parser.parse_args()
    registry = DetectorRegistry()
    detectors.register(registry)
    profile = Profile(daily_alert_budget=args.budget)
    thresholds = thresholds_for(profile)
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    in_budget: dict[str, int] = defaultdict(int)
    remedy_ok = remedy_total = 0
    floor = {"tp": 0, "fp": 0, "fn": 0}
    pairs = flagged_healthy = 0
    for seed in range(1, args.seeds + 1):
        snapshot, planted, true_cost = generate(seed)
        found: list[Finding] = run_detectors(registry, snapshot, thresholds)
        seen = {(f.detector, f.subject) for f in found}
        amazon = amazon_floor(snapshot)
        truth = {k for k in planted if k[0] == "inventory.stockout"}
        floor["tp"] += len(amazon & truth)
        floor["fp"] += len(amazon - truth)
        floor["fn"] += len(truth - amazon)
        sick = {k[1].split(":", 1)[1].split("@")[0] for k in planted if "@" in k[1]}
        sick |= {k[1].split(":", 1)[1] for k in planted if "@" not in k[1]}
        flagged = {
            f.subject.split(":", 1)[1].split("@")[0]
            for f in found
            if f.detector != "approvals.stale"
        }
        healthy = {p.sku for p in snapshot.products} - sick
        pairs += len(healthy)
        flagged_healthy += len(healthy & flagged)
        shown = {
            (r.finding.detector, r.finding.subject)
            for r in rank(found, profile=profile)[: args.budget]
        }
        for key in seen:
            if key in planted:
                tp[key[0]] += 1
            else:
                fp[key[0]] += 1
        for key in planted:
            if key not in seen:
                fn[key[0]] += 1
            if key in shown:
                in_budget[key[0]] += 1
        for f in found:
            sku = f.subject.removeprefix("cost:")
            if f.detector == "catalog.cost_outlier" and sku in true_cost:
                remedy_total += 1
                if f.remedy and Decimal(f.remedy.payload["changes"]["unit_cost"]) == true_cost[sku]:
                    remedy_ok += 1
    print(f"assistant detectors: {args.seeds} seeds, 60 products each, budget {args.budget}/day")
    print(
        f"{'detector':<24}{'planted':>9}{'TP':>7}{'FP':>6}{'FN':>6}{'precision':>11}"
        f"{'recall':>9}{'in budget':>11}"
    )
    for name in registry.names():
        planted_n = tp[name] + fn[name]
        precision = tp[name] / (tp[name] + fp[name]) if tp[name] + fp[name] else 1.0
        recall = tp[name] / planted_n if planted_n else 1.0
        budget_share = in_budget[name] / planted_n if planted_n else 1.0
        print(
            f"{name:<24}{planted_n:>9}{tp[name]:>7}{fp[name]:>6}{fn[name]:>6}"
            f"{precision:>11.3f}{recall:>9.3f}{budget_share:>11.3f}"
        )
    n = floor["tp"] + floor["fn"]
    p = floor["tp"] / (floor["tp"] + floor["fp"]) if floor["tp"] + floor["fp"] else 1.0
    print(
        f"{'  Amazon floor (<21 d)':<24}{n:>9}{floor['tp']:>7}{floor['fp']:>6}{floor['fn']:>6}"
        f"{p:>11.3f}{floor['tp'] / n if n else 1.0:>9.3f}{'-':>11}"
    )
    print(
        f"healthy SKUs (no planted problem) flagged by any detector: {flagged_healthy} of "
        f"{pairs} ({flagged_healthy / pairs if pairs else 0:.4f})"
    )
    share = remedy_ok / remedy_total if remedy_total else 0.0
    print(
        f"decimal-slip remedies restoring the original cost: {remedy_ok}/{remedy_total} "
        f"({share:.3f})"
    )


if __name__ == "__main__":
    main()
