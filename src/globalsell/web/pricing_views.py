"""The pricing page of one product: stores x (cost, fees, duty, VAT, price, margin) and a
server-rendered SVG chart of each store's cost stack."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from globalsell.approvals.domain import ChangeStatus
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core.errors import DomainError, ValidationFailed
from globalsell.pricing import changes as price_changes
from globalsell.pricing import policies as pricing_policies
from globalsell.pricing import service as pricing
from globalsell.web import auth
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, page_unit, redirect, render, translate

router = APIRouter(route_class=WebRoute)
FormText = Annotated[str, Form()]
MAX_REASON = 500
BAR_WIDTH = 560
# Cost-stack segments in drawing order: (key, label, colour).
SEGMENTS = (
    ("cost", N_("landed cost"), "#4c72b0"),
    ("duty", N_("duty"), "#8172b3"),
    ("fees", N_("Amazon fees"), "#dd8452"),
    ("vat", N_("VAT"), "#937860"),
    ("margin", N_("margin"), "#55a868"),
)


@dataclass(frozen=True)
class Row:
    store: str
    display: str
    currency: str
    cost: Decimal
    duty: Decimal
    fees: Decimal
    vat: Decimal
    price: Decimal
    margin: Decimal
    margin_rate: Decimal
    fulfilment_source: str
    bars: list[tuple[str, str, float, float]]  # label, colour, x, width
    unknown: tuple[str, ...] = ()  # landed-cost lines with no figure: the row is incomplete


def _bars(values: dict[str, Decimal], price: Decimal) -> list[tuple[str, str, float, float]]:
    out, x = [], 0.0
    for key, label, colour in SEGMENTS:
        share = float(max(values[key], Decimal(0)) / price) if price else 0.0
        width = round(share * BAR_WIDTH, 1)
        out.append((label, colour, round(x, 1), width))
        x += width
    return out


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.web_runtime
    return runtime


@router.get("/products/{sku}/pricing")
def product_pricing(request: Request, sku: str) -> Response:
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        product = catalog.get_product(session, actor=viewer.actor, sku=sku)
        now = runtime.clock.now()
        rows: list[Row] = []
        problems: list[tuple[str, DomainError]] = []
        for store in pricing_policies.priced_stores():
            try:
                quoted = pricing.quote(session, sku=sku, store=store, actor=viewer.actor, now=now)
            except DomainError as exc:
                problems.append((store, exc))
                continue
            q = quoted.quote
            values = {
                "cost": (q.landed.cost - q.landed.duty).amount,
                "duty": q.landed.duty.amount,
                "fees": q.fees.amount,
                "vat": q.vat.amount,
                "margin": q.margin.amount,
            }
            rows.append(
                Row(
                    store=store,
                    display=quoted.breakdown()["display"],
                    currency=q.currency,
                    price=q.price.amount,
                    margin_rate=q.margin_rate,
                    fulfilment_source=quoted.fulfilment_source,
                    bars=_bars(values, q.price.amount),
                    unknown=q.landed.unknown,
                    **values,
                )
            )
        return render(
            request,
            "pricing.html",
            {
                "product": product,
                "rows": rows,
                "problems": problems,
                "segments": SEGMENTS,
                "bar_width": BAR_WIDTH,
            },
        )


def _amount(text: str) -> Decimal:
    """A price typed by the seller: digits with one decimal point (thousands commas dropped)."""
    clean = text.strip().replace(",", "")
    try:
        amount = Decimal(clean)
    except ArithmeticError as exc:
        raise ValidationFailed(f"price: {text[:20]!r} is not a number", field="price") from exc
    if not amount.is_finite() or amount <= 0:
        raise ValidationFailed("price: must be above 0", field="price")
    return amount


@router.post("/products/{sku}/price")
def propose_price(
    request: Request,
    sku: str,
    store: FormText = "",
    price: FormText = "",
    reason: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    """A price typed on the pricing page becomes a price change request (the pricing service
    checks the margin floor; a small move within the 24-hour guard is applied at once, as the
    service does for every price)."""
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        if store not in pricing_policies.priced_stores():
            raise ValidationFailed(f"store: {store[:10]!r} is not a priced store", field="store")
        if len(reason) > MAX_REASON:
            raise ValidationFailed(f"reason: at most {MAX_REASON} characters", field="reason")
        change = price_changes.propose_price(
            session,
            registry=runtime.registry,
            sku=sku,
            store=store,
            actor=viewer.actor,
            now=runtime.clock.now(),
            price=_amount(price),
            reason=reason.strip(),
        )
        number, applied = change.id, change.status == ChangeStatus.APPLIED
    message = (
        N_("The price was within the daily limit and is applied.")
        if applied
        else N_("Proposed; approve it below.")
    )
    auth.flash(request, "success" if applied else "info", translate(request, message))
    return redirect(f"/approvals/{number}")
