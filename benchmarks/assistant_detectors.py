"""Precision and recall of the assistant's detectors on seeded synthetic catalogues.

Each seed builds one seller's catalogue (families with variants, costs drawn per category from a
log-normal spread, complete attributes, well-formed HS codes, open proposals of various ages),
then plants known problems: missing listing attributes, malformed or zero-padded HS codes,
unit costs with a slipped decimal point, proposals left waiting. The detectors run on the
snapshot exactly as in production; a finding counts as a true positive when its detector and
subject match a planted problem. "in budget" is the share of planted problems that rank within
the daily alert budget (20). "remedy ok" is the share of found decimal slips whose proposed cost
is the original one.

    python benchmarks/assistant_detectors.py [--seeds 200]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from globalsell.assistant import detectors
from globalsell.assistant.domain import (
    DetectorRegistry,
    Finding,
    ItemFacts,
    ProductFacts,
    Profile,
    ProposalFacts,
    Snapshot,
    rank,
    run_detectors,
    thresholds_for,
)

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
        hs = rng.choice(HS6) + rng.choice(["", "", "10", "1090"])
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
    for _ in range(3):  # HS code problems
        i = next(picks)
        p = made[i]
        code = str(p.attributes["hs_code_declared"])[:6]
        bad = rng.choice(
            [
                code[:5],
                code + "0",
                code + "0000",
                code[:2] + "0000",
                "77" + code[2:],
                code[:4] + "-" + code[4:],
            ]
        )
        made[i] = replace(p, attributes={**p.attributes, "hs_code_declared": bad})
        planted.add(("catalog.hs_code", f"product:{p.sku}"))
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
    return (
        Snapshot(seller_id=1, now=NOW, products=tuple(made), open_proposals=tuple(proposals)),
        planted,
        true_cost,
    )


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
    for seed in range(1, args.seeds + 1):
        snapshot, planted, true_cost = generate(seed)
        found: list[Finding] = run_detectors(registry, snapshot, thresholds)
        seen = {(f.detector, f.subject) for f in found}
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
    share = remedy_ok / remedy_total if remedy_total else 0.0
    print(
        f"decimal-slip remedies restoring the original cost: {remedy_ok}/{remedy_total} "
        f"({share:.3f})"
    )


if __name__ == "__main__":
    main()
