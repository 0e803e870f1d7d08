"""The Today page a seller opens every morning: sales, units, orders and margin per store for
yesterday / 7 / 30 days against the period before (in the seller's currency, with a server-drawn
chart), and one action list merging the assistant's findings, open proposals, shipment problems
and tracking feeds that could not be read: losses happening now first (a SKU stocked out now, its
sales lost a day at the current demand rate as its money), then by money at stake and urgency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.assistant import service as assistant
from globalsell.assistant.domain import FindingStatus
from globalsell.assistant.models import AssistantFinding
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core import formatting
from globalsell.core.actor import Actor
from globalsell.core.errors import DomainError
from globalsell.core.money import Money, is_currency
from globalsell.logistics import eta as logistics_eta
from globalsell.logistics import tracking as logistics_tracking
from globalsell.pricing import changes as price_changes
from globalsell.pricing import service as pricing
from globalsell.reporting import service as reporting
from globalsell.web import approval_cards, assistant_views, auth, i18n
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, display_for, exception_text, page_unit, render, said

router = APIRouter(route_class=WebRoute)

URGENCY = {"critical": 3, "warning": 2, "info": 1}
LOSING_NOW = 4  # a loss happening today (a SKU stocked out now): the most urgent
SHOWN_FINDINGS = {FindingStatus.PROPOSED, FindingStatus.OPEN, FindingStatus.SHOWN}
MAX_ACTIONS = 12
CHART_WIDTH, CHART_HEIGHT = 640, 160


@dataclass(frozen=True, slots=True)
class Action:
    """One thing to do: what (`source` names its list), how much money, how urgent, where."""

    source: str  # a label msgid: Proposal, Finding, Shipment problem, Tracking feed
    text: str
    money: Decimal | None  # in the seller's currency
    urgency: int
    link: str
    link_label: str  # a msgid
    topic: tuple[str, str] | None = None  # (code, label group): the kind of problem
    money_note: str | None = None  # a msgid after the amount: "lost a day"


def rank(found: list[Action]) -> list[Action]:
    """Losses happening now first (most money a day first), then the rest by money at stake,
    then by urgency."""
    return sorted(
        found,
        key=lambda a: (a.urgency < LOSING_NOW, -(a.money or Decimal(0)), -a.urgency, a.text),
    )


def _home(table: Any, amount: Decimal | None, currency: str | None, home: str) -> Decimal | None:
    if amount is None or not currency or not is_currency(currency):
        return None
    if currency == home:
        return amount
    try:
        converted: Decimal = table.convert(Money(amount, currency), home).amount
    except (DomainError, KeyError, ValueError):
        return None
    return converted


def _finding_link(finding: AssistantFinding) -> str:
    """A proposal's card, else the page where the seller fixes it, else the findings list."""
    if finding.change_request_id:
        return f"/approvals/{finding.change_request_id}"
    return assistant_views.fix_link(finding) or "/assistant"


def _stocked_out(finding: AssistantFinding) -> tuple[str, str, Decimal] | None:
    """(sku, store, units a day) of a finding about a SKU out of stock now."""
    evidence = finding.evidence or {}
    if evidence.get("stocked_out") is not True:
        return None
    try:
        rate = Decimal(str(evidence.get("daily_demand")))
    except ArithmeticError:
        return None
    if not rate.is_finite() or rate <= 0:
        return None
    return str(evidence.get("sku")), str(evidence.get("store")), rate


def _lost_a_day(
    session: Session, *, actor: Actor, findings: list[AssistantFinding], home: str, table: Any
) -> dict[int, Decimal]:
    """Sales lost a day by each finding about a SKU out of stock now: its demand rate times
    what a unit sells for in that store, in the seller's currency."""
    gaps = {f.id: gap for f in findings if (gap := _stocked_out(f)) is not None}
    prices = price_changes.selling_prices(
        session, actor=actor, pairs={(sku, store) for sku, store, _ in gaps.values()}
    )
    lost: dict[int, Decimal] = {}
    for finding_id, (sku, store, rate) in gaps.items():
        price = prices.get((sku, store))
        each = _home(table, price.amount, price.currency, home) if price else None
        if each is not None:
            lost[finding_id] = (each * rate).quantize(Decimal("0.01"))
    return lost


def actions(session: Session, *, actor: Actor, home: str, now: datetime) -> list[Action]:
    """Everything waiting for the seller: losses happening now first, then most money at
    stake, then most urgent."""
    table = pricing.fx_table(session, seller_id=actor.seller_id, now=now)
    found: list[Action] = []
    covered: set[int] = set()
    findings = [
        f for f in assistant.list_findings(session, actor=actor) if f.status in SHOWN_FINDINGS
    ]
    lost = _lost_a_day(session, actor=actor, findings=findings, home=home, table=table)
    for f in findings:
        if f.change_request_id is not None:
            covered.add(f.change_request_id)
        money = _home(table, f.impact_amount, f.impact_currency, home)
        per_day = money is None and f.id in lost
        found.append(
            Action(
                source=N_("Assistant finding"),
                topic=(f.detector, "detector"),
                text=said(f, "reason"),
                money=lost[f.id] if per_day else money,
                money_note=N_("lost a day") if per_day else None,
                urgency=LOSING_NOW
                if _stocked_out(f) is not None
                else URGENCY.get(f.severity.value, 1),
                link=_finding_link(f),
                link_label=(
                    N_("Review the fix")
                    if f.change_request_id
                    else N_("Fill in what is missing")
                    if assistant_views.fix_link(f)
                    else N_("Look at it")
                ),
            )
        )
    for change in approvals.list_changes(
        session, actor=actor, status=ChangeStatus.PROPOSED, limit=200
    ):
        if change.id in covered:
            continue
        stake = approval_cards.money_at_stake(change, home_currency=home)
        found.append(
            Action(
                source=N_("Proposal"),
                topic=(change.kind, "kind"),
                text=said(change, "title"),
                money=_home(table, stake.amount, stake.currency, home) if stake else None,
                urgency=1,
                link=f"/approvals/{change.id}",
                link_label=N_("Decide"),
            )
        )
    exceptions = logistics_eta.list_exceptions(session, actor=actor)
    values = _goods_values(session, actor=actor, exceptions=exceptions, home=home, table=table)
    for e in exceptions:
        found.append(
            Action(
                source=N_("Shipment problem"),
                topic=(e.kind.value, "exception"),
                text=f"{e.shipment.code}: {exception_text(e)}",
                money=values.get(e.shipment.code),
                urgency=3 if e.kind.value in ("customs_dwell", "late_for_need_date") else 2,
                link=f"/shipments/{e.shipment.code}",
                link_label=N_("Open the shipment"),
            )
        )
    for outcome in ("unmatched", "unmapped"):
        for event in logistics_tracking.list_events(
            session, actor=actor, outcome=outcome, limit=20
        ):
            found.append(
                Action(
                    source=N_("Tracking feed"),
                    text=f"{event.carrier} {event.reference}",
                    money=None,
                    urgency=1,
                    link="/shipments#unmatched",
                    link_label=N_("See the update"),
                )
            )
    return rank(found)


def _goods_values(
    session: Session, *, actor: Actor, exceptions: list[Any], home: str, table: Any
) -> dict[str, Decimal]:
    """The cost value of the goods on each shipment with a problem, in the seller's currency."""
    skus = {line.sku for e in exceptions for line in e.shipment.lines}
    costs = catalog.unit_costs(session, actor=actor, skus=skus)
    values: dict[str, Decimal] = {}
    for e in exceptions:
        total = Decimal(0)
        for line in e.shipment.lines:
            unit = costs.get(line.sku)
            each = _home(table, unit[0], unit[1], home) if unit else None
            total += (each or Decimal(0)) * line.quantity
        values[e.shipment.code] = total
    return values


def chart(daily: list[tuple[Any, Decimal]], display: formatting.Display) -> dict[str, Any]:
    """Bars of revenue per day, scaled into the SVG box (drawn by the template)."""
    top = max((v for _, v in daily), default=Decimal(0))
    width = CHART_WIDTH / max(len(daily), 1)
    bars = []
    for i, (day, value) in enumerate(daily):
        height = float(value / top) * (CHART_HEIGHT - 20) if top else 0.0
        bars.append(
            {
                "x": round(i * width + 1, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "w": round(max(width - 2, 1), 1),
                "h": round(height, 1),
                "day": day,
                "value": value,
            }
        )
    return {"bars": bars, "top": top, "width": CHART_WIDTH, "height": CHART_HEIGHT}


@router.get("/")
def today_page(request: Request, all: str = "") -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        display = display_for(request)
        now = runtime.clock.now()
        today = formatting.local(now, display).date()
        sales = reporting.overview(
            session, actor=viewer.actor, today=today, currency=display.currency, now=now
        )
        with i18n.rendering(i18n.language(display)):  # the actions' texts are worded here
            todo = actions(session, actor=viewer.actor, home=display.currency, now=now)
        return render(
            request,
            "today.html",
            {
                "sales": sales,
                "chart": chart(sales.daily, display),
                "actions": todo if all == "1" else todo[:MAX_ACTIONS],
                "action_total": len(todo),
                "open_count": approvals.count_open(session, actor=viewer.actor),
                "product_count": catalog.count_products(session, actor=viewer.actor),
            },
        )
