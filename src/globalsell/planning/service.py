"""Plan use cases: from the latest forecast run and the pool positions, compute one planning
round (hub -> FCs) and propose it through approvals; nothing moves until it is approved."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import FieldError, NotFound, ValidationFailed
from globalsell.forecasting import service as forecasting
from globalsell.forecasting.models import Forecast, ForecastRun
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind
from globalsell.planning import domain
from globalsell.planning.schemas import PlanRead, PlanSettings, ShipmentRead

PLAN_KIND = "planning.plan.accept"
# A one-off shipment the assistant proposes to bridge a stock-out: not a plan of a forecast run,
# so it has its own kind and never shows as "the latest plan".
REPLENISH_KIND = "planning.replenishment.accept"


MAX_FORECAST_AGE_DAYS = 14


def compute_plan(
    session: Session, *, actor: Actor, settings: PlanSettings, now: datetime | None = None
) -> tuple[domain.PlanResult, int]:
    """One planning round from the latest forecast run (its first week's mean and dispersion)
    and the current pool; returns the plan and the forecast run id. With `now`, a run whose
    first forecast week began two weeks or more before it is refused as stale."""
    result, run_id, _ = _plan_round(session, actor=actor, settings=settings, now=now)
    return result, run_id


def _plan_round(
    session: Session, *, actor: Actor, settings: PlanSettings, now: datetime | None
) -> tuple[domain.PlanResult, int, domain.PlanOutcome]:
    """`compute_plan` and the expected outcome of its shipments."""
    if not settings.lanes:
        raise ValidationFailed("no lead times configured: give at least one lane", field="lanes")
    unknown = sorted(
        {t.sku for t in settings.skus}
        - inventory.known_skus(
            session, seller_id=actor.seller_id, skus={t.sku for t in settings.skus}
        )
    )
    if unknown:
        raise ValidationFailed(
            "planning terms name SKUs that are not in the catalogue",
            errors=[FieldError("skus", "unknown SKU", value=s) for s in unknown],
        )
    run = forecasting.latest_run(session, actor=actor)
    if now is not None:
        age = (ensure_aware(now).date() - (run.history_end + timedelta(days=1))).days
        if age >= MAX_FORECAST_AGE_DAYS:
            raise ValidationFailed(
                f"the latest forecast run ({run.id}) starts {age} days ago: run the forecast "
                "again before planning",
                field="forecast_run",
            )
    rows = forecasting.list_forecasts(session, actor=actor, run_id=run.id)
    _check_no_gaps(run, rows)
    first: dict[tuple[str, str], tuple[float, float]] = {}
    for r in rows:
        country = forecasting.country_of(r.marketplace)
        key = (r.sku, country or "")
        if country and key not in first:  # rows come by week, the first is next week
            first[key] = (float(r.mean), float(r.dispersion))
    terms_in = {t.sku: t for t in settings.skus}
    missing = sorted({sku for sku, _ in first} - set(terms_in))
    if missing:
        raise ValidationFailed(
            "planning terms missing for some SKUs",
            errors=[
                FieldError("skus", "no case pack, volume and costs given", value=s) for s in missing
            ],
        )
    hub: dict[str, float] = defaultdict(float)
    fc_stock: dict[tuple[str, str], float] = defaultdict(float)
    fc_inbound: dict[tuple[str, str], float] = defaultdict(float)
    for p in inventory.pool_positions(session, seller_id=actor.seller_id, skus=sorted(terms_in)):
        if p.location_kind == LocationKind.ORIGIN_HUB:
            hub[p.sku] += p.on_hand - p.reserved
        elif p.location_kind == LocationKind.FC:
            fc_stock[(p.sku, p.country)] += p.on_hand - p.reserved
            fc_inbound[(p.sku, p.country)] += p.inbound
    items = [
        domain.SkuCountry(
            sku,
            c,
            mean,
            disp,
            fc_stock[(sku, c)],
            fc_inbound[(sku, c)],
            settings.promise_uplift.get(c, 0.0),
        )
        for (sku, c), (mean, disp) in sorted(first.items())
    ]
    terms = [
        domain.SkuTerms(
            t.sku,
            t.unit_m3,
            t.case_pack,
            t.moq,
            hub[t.sku],
            t.holding_hub,
            t.holding_fc,
            t.lost_sale_cost,
        )
        for t in settings.skus
    ]
    lanes = [
        domain.Lane(ln.country, ln.mode, ln.lead_weeks, ln.cost_per_unit, ln.cost_per_m3)
        for ln in settings.lanes
    ]
    result = domain.plan_shipments(
        items, terms, lanes, review_weeks=settings.review_weeks, capacity_m3=settings.capacity_m3
    )
    outcome = domain.plan_outcome(
        items, terms, lanes, result.shipments, review_weeks=settings.review_weeks
    )
    return result, run.id, outcome


def _check_no_gaps(run: ForecastRun, rows: list[Forecast]) -> None:
    """Every series of the run must cover its weeks one after the other from the run's first
    week: a series with a missing week would be planned from the wrong week."""
    first_week = run.history_end + timedelta(days=1)
    weeks: dict[tuple[str, str], list[date]] = defaultdict(list)
    for r in rows:
        weeks[(r.sku, r.marketplace)].append(r.week_start)
    errors = []
    for (sku, store), got in sorted(weeks.items()):
        want = [first_week + timedelta(weeks=k) for k in range(len(got))]
        if sorted(got) != want:
            gap = next(
                (w for w in want if w not in set(got)), first_week + timedelta(weeks=len(got))
            )
            errors.append(
                FieldError(
                    "forecast",
                    f"the series {sku} x {store} has no forecast for the week of {gap}",
                    value=f"{sku}/{store}",
                )
            )
    if errors:
        raise ValidationFailed(
            f"forecast run {run.id} has series with gaps: run the forecast again",
            errors=errors,
        )


def _endpoints(session: Session, *, actor: Actor) -> tuple[str, dict[str, str]]:
    """The origin hub goods leave from and the FC per country they go to (first by code)."""
    hub = "origin_hub"
    fcs: dict[str, str] = {}
    for loc in inventory.list_locations(session, actor=actor):
        if loc.kind == LocationKind.ORIGIN_HUB and hub == "origin_hub":
            hub = loc.code
        elif loc.kind == LocationKind.FC:
            fcs.setdefault(loc.country, loc.code)
    return hub, fcs


def plan_payload(
    result: domain.PlanResult,
    run_id: int,
    *,
    now: datetime | None = None,
    hub: str = "origin_hub",
    fcs: dict[str, str] | None = None,
    promise_uplift: dict[str, float] | None = None,
    outcome: domain.PlanOutcome | None = None,
) -> dict[str, Any]:
    """The change request payload; with `now`, each shipment also says by which UTC day it
    must leave the hub (`ship_by_week` weeks from today; week 0 is today); with `outcome`, the
    expected cost of the round and the service level once the shipments have landed."""
    today = None if now is None else ensure_aware(now).date()
    service = result.expected_service if outcome is None else outcome.service
    extra: dict[str, Any] = {}
    if outcome is not None:
        extra["expected_cost"] = {
            "transport": f"{outcome.transport:.2f}",
            "holding_fc": f"{outcome.holding_fc:.2f}",
            "lost_sales": f"{outcome.lost_sales:.2f}",
            "total": f"{outcome.total:.2f}",
        }
        extra["expected_lost_units"] = {
            f"{sku}/{c}": round(v, 2) for (sku, c), v in sorted(outcome.lost_units.items())
        }
    return {
        **extra,
        "forecast_run": run_id,
        "allocation": result.allocation,
        "transport_cost": f"{result.transport_cost:.2f}",
        "promise_uplift": dict(sorted((promise_uplift or {}).items())),
        "shipments": [
            {
                "sku": s.sku,
                "from": hub,
                "to_country": s.country,
                "to_location": (fcs or {}).get(s.country),
                "mode": s.mode.value,
                "units": s.units,
                "ship_by_week": s.ship_by_week,
                **(
                    {}
                    if today is None
                    else {"ship_by": (today + timedelta(weeks=s.ship_by_week)).isoformat()}
                ),
                "cost": f"{s.cost:.2f}",
            }
            for s in result.shipments
        ],
        "service_level": {f"{sku}/{c}": round(v, 4) for (sku, c), v in sorted(service.items())},
    }


def propose_plan(
    session: Session,
    *,
    actor: Actor,
    registry: ApplierRegistry,
    settings: PlanSettings,
    now: datetime,
) -> ChangeRequest:
    """Compute a plan and propose it; the seller approves it in the inbox."""
    actor.require(Role.OPERATOR, "proposing plans")
    result, run_id, outcome = _plan_round(session, actor=actor, settings=settings, now=now)
    hub, fcs = _endpoints(session, actor=actor)
    payload = plan_payload(
        result,
        run_id,
        now=now,
        hub=hub,
        fcs=fcs,
        promise_uplift=settings.promise_uplift,
        outcome=outcome,
    )
    units = sum(s.units for s in result.shipments)
    return approvals.propose(
        session,
        registry=registry,
        kind=PLAN_KIND,
        subject_type="plan",
        subject_id=f"forecast-run-{run_id}",
        title=f"Ship {units} units in {len(result.shipments)} shipments from the hub",
        payload=payload,
        reason="critical-ratio targets over lead time + review period; rest stays at the hub",
        actor=actor,
        now=now,
        expected_effect={
            "transport_cost": payload["transport_cost"],
            "expected_cost": payload["expected_cost"],
            "service_level": payload["service_level"],
        },
    )


def record_accepted_plan(
    session: Session,
    *,
    actor: Actor,
    payload: dict[str, Any],
    now: datetime,
    kind: str = PLAN_KIND,
) -> dict[str, Any]:
    """The accepted plan (or one-off replenishment) is recorded in the audit trail; moving stock
    stays with inventory."""
    actor.require(Role.OPERATOR, "accepting plans")
    shipments = payload.get("shipments", [])
    one_off = kind == REPLENISH_KIND
    audit.record(
        session,
        actor=actor,
        action="planning.replenishment.accepted" if one_off else "planning.plan.accepted",
        subject_type="plan",
        subject_id=(
            "replenish-" + "+".join(f"{s['sku']}-{s['to_country']}" for s in shipments)
            if one_off
            else f"forecast-run-{payload.get('forecast_run')}"
        ),
        data=payload,
        now=now,
    )
    return {"shipments": len(shipments), "units": sum(int(s["units"]) for s in shipments)}


def latest_plan(session: Session, *, actor: Actor) -> ChangeRequest:
    """The newest plan change request of the seller, whatever its status."""
    change = session.scalar(
        select(ChangeRequest)
        .where(ChangeRequest.seller_id == actor.seller_id, ChangeRequest.kind == PLAN_KIND)
        .order_by(ChangeRequest.proposed_at.desc(), ChangeRequest.id.desc())
        .limit(1)
    )
    if change is None:
        raise NotFound("no plan has been proposed yet", field="plan")
    return change


def overall_service_level(payload: dict[str, Any]) -> float | None:
    """The plain mean of the per SKU x country service levels of a plan payload."""
    levels = [float(v) for v in payload.get("service_level", {}).values()]
    return None if not levels else round(sum(levels) / len(levels), 4)


def plan_read(change: ChangeRequest) -> PlanRead:
    """A plan change request as the API and the web page show it."""
    payload = change.payload
    return PlanRead(
        change_id=change.id,
        status=change.status.value,
        title=change.title,
        proposed_at=ensure_aware(change.proposed_at),
        forecast_run=int(payload.get("forecast_run", 0)),
        allocation=str(payload.get("allocation", "")),
        transport_cost=Decimal(str(payload.get("transport_cost", "0"))),
        service_level={k: float(v) for k, v in payload.get("service_level", {}).items()},
        mean_service_level=overall_service_level(payload),
        expected_cost={k: Decimal(str(v)) for k, v in payload.get("expected_cost", {}).items()},
        expected_lost_units={
            k: float(v) for k, v in payload.get("expected_lost_units", {}).items()
        },
        promise_uplift={k: float(v) for k, v in payload.get("promise_uplift", {}).items()},
        shipments=[
            ShipmentRead(
                sku=s["sku"],
                from_location=s.get("from", "origin_hub"),
                to_country=s["to_country"],
                to_location=s.get("to_location"),
                mode=s["mode"],
                units=int(s["units"]),
                ship_by_week=int(s.get("ship_by_week", 0)),
                ship_by=s.get("ship_by"),
                cost=Decimal(str(s["cost"])),
            )
            for s in payload.get("shipments", [])
        ],
    )
