"""Benchmark: quote N SKUs x 12 stores with the pure price engine, on 1 and 2 worker processes.

    python benchmarks/pricing_quote.py [--skus 10000] [--workers 2]

Synthetic SKUs (seeded): unit cost 5-200 CNY, home & kitchen. Stores without a bundled referral
table (CA, MX, NL, SE, PL) use a seller-supplied 15 % rate, and every store a seller-supplied
fulfilment fee of 3 units, so the run measures the engine, not the data coverage.
"""

from __future__ import annotations

import argparse
import random
import time
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal

from globalsell.core.errors import NotFound
from globalsell.core.marketplaces import marketplaces
from globalsell.core.money import Money
from globalsell.pricing import domain, tables
from globalsell.pricing.domain import FeeMode, LandedCostInputs, ReferralRule, StoreRules, Tier

STORES = ("US", "CA", "MX", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "JP")
SELLER_RATE = ReferralRule(
    "seller", FeeMode.WHOLE, (Tier(None, Decimal("0.15")),), status="seller-supplied"
)


def store_rules(code: str) -> StoreRules:
    market = marketplaces().get(code)
    try:
        fees = tables.referral_fees(code)
        referral, gross = fees.rules.get("home_kitchen", SELLER_RATE), fees.fee_base_gross
    except NotFound:  # a store without a bundled referral table
        referral, gross = SELLER_RATE, market.prices_include_vat
    vat = (tables.vat_rate(code) or Decimal(0)) if market.prices_include_vat else Decimal(0)
    return StoreRules(
        store=code,
        currency=market.currency,
        locale=market.default_language_tag,
        prices_include_vat=market.prices_include_vat,
        vat_rate=vat,
        fee_base_gross=gross,
        referral=referral,
        fulfilment_fee=Money(
            Decimal(3) if market.currency != "JPY" else Decimal(400), market.currency
        ),
        fulfilment_source="seller-supplied",
        storage_fee=Money.zero(market.currency),
        endings=tables.endings(market.currency),
    )


def work(chunk: list[str]) -> int:
    fx = tables.ecb_snapshot()
    rules = [store_rules(code) for code in STORES]
    margin = Decimal("0.25")
    count = 0
    for cost in chunk:
        inputs = LandedCostInputs(unit_cost=Money(Decimal(cost), "CNY"), duty_rate=Decimal("0.027"))
        for r in rules:
            landed = domain.landed_cost(inputs, r.currency, fx)
            domain.quote_for_margin(r, landed, margin)
            count += 1
    return count


def run(costs: list[str], workers: int) -> tuple[int, float]:
    started = time.perf_counter()
    if workers == 1:
        done = work(costs)
    else:
        size = (len(costs) + workers - 1) // workers
        chunks = [costs[i : i + size] for i in range(0, len(costs), size)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = sum(pool.map(work, chunks))
    return done, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skus", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(7)
    costs = [f"{rng.randint(500, 20000) / 100:.2f}" for _ in range(args.skus)]
    print(f"{args.skus} SKUs x {len(STORES)} stores ({', '.join(STORES)}), target margin 25 %")
    print(f"{'workers':>8} {'quotes':>8} {'seconds':>9} {'quotes/s':>10} {'us/quote':>9}")
    for workers in sorted({1, args.workers}):
        done, seconds = run(costs, workers)
        rate, each = done / seconds, seconds / done * 1e6
        print(f"{workers:>8} {done:>8} {seconds:>9.2f} {rate:>10.0f} {each:>9.1f}")


if __name__ == "__main__":
    main()
