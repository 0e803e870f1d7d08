"""The pricing page of one product: stores x (cost, fees, duty, VAT, price, margin) and a
server-rendered SVG chart of each store's cost stack."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from fastapi import APIRouter, Request, Response

from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core.errors import DomainError
from globalsell.db.session import unit_of_work
from globalsell.pricing import policies as pricing_policies
from globalsell.pricing import service as pricing
from globalsell.web import auth
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, render

router = APIRouter(route_class=WebRoute)
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
    with unit_of_work(runtime.session_factory) as session:
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
