"""The demo's forecasts and its first replenishment plan, filed through approvals.

After `inventory_history.seed_inventory` has written a year of sales, this runs
`forecasting.service.run_forecasts` over every SKU x store with sales, then
`planning.service.propose_plan` with the demo seller's own planning settings below (lanes with
lead times and costs per mode, per-SKU terms). The plan waits in the approvals inbox: nothing
moves until the seller approves it.

Every figure in `DEMO_PLAN_SETTINGS` is a fictional seller's input, not a market rate: a seller
replaces them with the quotes of its own forwarder and its own margins (docs/adr/0056)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from globalsell.approvals.registry import ApplierRegistry
from globalsell.core.actor import Actor
from globalsell.demo.inventory_history import demo_skus
from globalsell.forecasting import service as forecasting
from globalsell.planning import service as planning
from globalsell.planning.schemas import PlanSettings

# country, mode, lead weeks, cost per unit, cost per m3 (in the seller's planning currency, USD)
DEMO_LANES = (
    ("US", "ocean", 5, 0.35, 45.0),
    ("US", "air", 1, 1.90, 480.0),
    ("DE", "ocean", 6, 0.40, 50.0),
    ("DE", "air", 1, 2.10, 520.0),
    ("GB", "ocean", 6, 0.40, 52.0),
    ("GB", "air", 1, 2.10, 520.0),
    ("JP", "ocean", 3, 0.30, 40.0),
    ("JP", "air", 1, 1.60, 420.0),
)
# per SKU: volume of one unit packed, case pack, holding per unit-week at hub / FC, lost sale
DEMO_SKU_TERMS = {"unit_m3": 0.004, "case_pack": 6, "moq": 0, "holding_hub": 0.01}
DEMO_HOLDING_FC = 0.06
DEMO_LOST_SALE = 9.0
# The DE FC promises same day (its location has same_day); the seller values that promise at
# +20% demand over the two-day promise the history was mostly sold under (docs/adr/0057).
DEMO_PROMISE_UPLIFT = {"DE": 0.2}
DEMO_REVIEW_WEEKS = 2
# the currency of the lane costs above
DEMO_LANE_CURRENCY = "USD"
# the countries whose stock ships on another country's lane: the EU stores are served from the
# DE fulfilment centre (pan-EU), so their freight per unit is the DE lane's
DEMO_LANE_OF = {"FR": "DE", "IT": "DE", "ES": "DE", "UK": "GB"}


def demo_freight_per_unit(country: str) -> Decimal | None:
    """The demo seller's freight per unit to `country` for pricing: its own ocean lane's cost per
    unit plus its cost per m3 times the packed volume of one unit (DEMO_SKU_TERMS), in
    DEMO_LANE_CURRENCY; None when the seller has no lane to that country."""
    lane = DEMO_LANE_OF.get(country, country)
    for c, mode, _lead, unit, m3 in DEMO_LANES:
        if c == lane and mode == "ocean":
            volume = Decimal(str(DEMO_SKU_TERMS["unit_m3"]))
            return (Decimal(str(unit)) + Decimal(str(m3)) * volume).quantize(Decimal("0.01"))
    return None


def demo_plan_settings(skus: list[str]) -> dict[str, Any]:
    """The demo seller's planning settings as the JSON `globalsell plan --settings` reads."""
    return {
        "lanes": [
            {
                "country": c,
                "mode": m,
                "lead_weeks": lead,
                "cost_per_unit": unit,
                "cost_per_m3": m3,
            }
            for c, m, lead, unit, m3 in DEMO_LANES
        ],
        "skus": [
            {
                "sku": sku,
                **DEMO_SKU_TERMS,
                "holding_fc": DEMO_HOLDING_FC,
                "lost_sale_cost": DEMO_LOST_SALE,
            }
            for sku in skus
        ],
        "review_weeks": DEMO_REVIEW_WEEKS,
        "promise_uplift": DEMO_PROMISE_UPLIFT,
    }


@dataclass
class PlanningDemo:
    forecast_run: int = 0
    series: int = 0
    models: dict[str, int] = field(default_factory=dict)
    change_id: int = 0
    title: str = ""
    shipments: int = 0
    units: int = 0
    transport_cost: str = "0"
    expected_cost: str = "0"
    allocation: str = ""
    service_level: dict[str, float] = field(default_factory=dict)


def plan_demo(
    session: Session, *, actor: Actor, registry: ApplierRegistry, now: datetime
) -> PlanningDemo:
    """Forecast the demo history and propose the first plan (left open in the inbox)."""
    run = forecasting.run_forecasts(session, actor=actor, now=now, history_weeks=52)
    rows = forecasting.list_forecasts(session, actor=actor, run_id=run.id)
    models: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for r in rows:
        if (r.sku, r.marketplace) not in seen:
            seen.add((r.sku, r.marketplace))
            models[r.model] = models.get(r.model, 0) + 1
    settings = PlanSettings.model_validate(
        demo_plan_settings(demo_skus(session, seller_id=actor.seller_id))
    )
    change = planning.propose_plan(
        session, actor=actor, registry=registry, settings=settings, now=now
    )
    payload = change.payload
    return PlanningDemo(
        forecast_run=run.id,
        series=run.series_count,
        models=dict(sorted(models.items())),
        change_id=change.id,
        title=change.title,
        shipments=len(payload["shipments"]),
        units=sum(int(s["units"]) for s in payload["shipments"]),
        transport_cost=str(payload["transport_cost"]),
        expected_cost=str(payload["expected_cost"]["total"]),
        allocation=str(payload["allocation"]),
        service_level=dict(payload["service_level"]),
    )
