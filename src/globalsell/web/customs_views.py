"""The customs page of one product: HS candidates with confidence and reasons, the declared code
checked for every destination, and the landed-cost breakdown per destination. Read only."""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

from fastapi import APIRouter, Request, Response

from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core.errors import DomainError
from globalsell.customs import overview as customs_overview
from globalsell.customs.destinations import destinations
from globalsell.pricing import service as pricing
from globalsell.web import auth
from globalsell.web.rendering import WebRoute, page_unit, render

router = APIRouter(route_class=WebRoute)
MAX_AMOUNT = Decimal(10) ** 9
MAX_QUANTITY = Decimal(10) ** 6
STEP = Decimal("0.000001")


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.web_runtime
    return runtime


def _number(
    raw: str | None, default: Decimal, name: str, errors: list[str], limit: Decimal = MAX_AMOUNT
) -> Decimal:
    """A number typed in the form (to 6 decimals); the default (and a message) when it is not
    one."""
    if raw is None or not raw.strip():
        return default
    try:
        value = Decimal(raw.strip().replace(",", ""))
    except InvalidOperation:
        errors.append(f"{name}: {raw[:30]!r} is not a number; {default} used")
        return default
    if not value.is_finite() or value < 0 or value > limit:
        errors.append(f"{name}: {raw[:30]!r} must be between 0 and {limit}; {default} used")
        return default
    return value.quantize(STEP)


@router.get("/products/{sku}/customs")
def product_customs(request: Request, sku: str) -> Response:
    runtime = _runtime(request)
    params = request.query_params
    errors: list[str] = []
    quantity = _number(params.get("quantity"), Decimal(100), "quantity", errors, MAX_QUANTITY)
    if quantity == 0:
        errors.append("quantity: must be more than 0; 100 used")
        quantity = Decimal(100)
    freight = _number(params.get("freight"), Decimal(0), "freight", errors)
    insurance = _number(params.get("insurance"), Decimal(0), "insurance", errors)
    rules = destinations()
    duty_inputs = {d: (params.get(f"duty_{d}") or "").strip()[:40] for d in rules}
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        product = catalog.get_product(session, actor=viewer.actor, sku=sku)
        now = runtime.clock.now()
        rates, fx_source = pricing.rates_from(
            session,
            seller_id=product.seller_id,
            currency=product.cost_currency,
            to=[rule.currency for rule in destinations().values()],
            now=now,
        )
        duty_rates = {d: r for d, r in duty_inputs.items() if r}
        quote = functools.partial(
            customs_overview.product_customs,
            session,
            actor=viewer.actor,
            sku=sku,
            now=now,
            quantity=quantity,
            freight=freight,
            insurance=insurance,
            fx_rates=rates,
            fx_source=fx_source,
        )
        try:
            overview = quote(duty_rates=duty_rates)
        except DomainError as exc:
            errors.append(f"{exc.field or 'input'}: {exc.message}; seller duty rates ignored")
            overview = quote()
        return render(
            request,
            "customs.html",
            {
                "product": product,
                "o": overview,
                "errors": errors,
                "duty_inputs": duty_inputs,
                "rules": rules,
            },
        )
