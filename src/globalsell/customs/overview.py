"""One product, every destination: its HS candidates with reasons, the declared-code check and the
landed-cost breakdown per destination, read-only (the customs page and its API)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.orm import Session

from globalsell.catalog import service as catalog
from globalsell.core import messages as msg
from globalsell.core.actor import Actor
from globalsell.core.errors import ValidationFailed
from globalsell.core.messages import Message
from globalsell.customs import classifier, domain
from globalsell.customs.destinations import destinations
from globalsell.customs.landed import parse_rate, quote_landed_cost
from globalsell.customs.nomenclature import load
from globalsell.customs.schemas import (
    ClassificationOut,
    DeclaredCheckOut,
    FlagOut,
    LandedCostOut,
    LandedCostRequest,
    ProductCustomsOut,
    QuoteInputs,
)
from globalsell.customs.service import (
    check_declared_code,
    check_text,
    correction_for,
    guard,
    product_text,
    schedule_for,
    to_out,
)


def _amount(value: Decimal, field: str, *, positive: bool = False) -> Decimal:
    if not value.is_finite() or value < 0 or (positive and value == 0):
        need = "more than 0" if positive else "0 or more"
        raise ValidationFailed(f"{field} must be a number {need}, got {value}", field=field)
    return value


def _said(message: Message | None) -> dict[str, Any] | None:
    return message.to_json() if message is not None else None


def product_customs(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    now: datetime,
    quantity: Decimal = Decimal(100),
    freight: Decimal = Decimal(0),
    insurance: Decimal = Decimal(0),
    duty_rates: dict[str, str] | None = None,
    fx_rates: dict[str, Decimal] | None = None,
    fx_source: str = "",
) -> ProductCustomsOut:
    """Candidates (offline, not stored), the declared code checked for every destination and the
    landed cost of `quantity` units (goods at the product's unit cost, plus `freight` and
    `insurance` for the whole consignment, in the product's cost currency) per destination. Read
    only: nothing is written."""
    quantity = _amount(quantity, "quantity", positive=True)
    freight = _amount(freight, "freight")
    insurance = _amount(insurance, "insurance")
    rules = destinations()
    for dest in duty_rates or {}:
        if dest not in rules:
            raise ValidationFailed(f"unknown destination {dest!r} in duty rates", field="duty")
    for rate in (duty_rates or {}).values():
        parse_rate(rate)  # refuse a bad rate even where the de minimis makes it unused
    product = catalog.get_product(session, actor=actor, sku=sku)
    text, material, declared_code = product_text(session, product)
    problems: list[str] = []
    result: classifier.Classification | None = None
    classification: ClassificationOut | None = None
    classification_problem: str | None = None
    try:
        result = guard(
            classifier.classify(check_text(text), material=material, category=product.category)
        )
        classification = to_out(result)
    except ValidationFailed as exc:
        classification_problem = exc.message
    checks_out: list[DeclaredCheckOut] = []
    if declared_code:
        for dest in rules:
            checked = check_declared_code(
                declared_code, text=f"{text} {material or ''}", prediction=result, destination=dest
            )
            schedule = schedule_for(dest)
            checks_out.append(
                DeclaredCheckOut(
                    destination=dest,
                    schedule=schedule.name,
                    schedule_shipped=schedule.lines is not None,
                    code=checked.code,
                    flags=[
                        FlagOut(flag=f.value, reason=r, said=_said(checked.said.get(r)))
                        for f, r in checked.flags
                    ],
                    notes=checked.notes,
                    notes_said=[_said(checked.said.get(n)) for n in checked.notes],
                )
            )
    accepted = catalog.find_attribute(session, product=product, name="hs_code")
    accepted_code = str(accepted.value) if accepted is not None and accepted.accepted else None
    correction = None
    if declared_code and result is not None:
        us_check = check_declared_code(
            declared_code, text=f"{text} {material or ''}", prediction=result, destination="US"
        )
        if us_check.flags:
            correction = correction_for(
                us_check, text=f"{text} {material or ''}", prediction=result
            )
    code, source, source_said = _code_to_quote(
        accepted_code, declared_code, checks_out, result, correction
    )
    said: dict[str, Any] = {source: source_said.to_json()}
    currency = product.cost_currency
    unit_cost = product.unit_cost
    goods: Decimal | None = None
    quotes: list[LandedCostOut] = []
    if code is None:
        problems.append(source)
    elif unit_cost is None or currency is None:
        text = "no unit cost on the product: set its cost to quote landed costs"
        problems.append(text)
        said[text] = msg.message("customs.problem.no_cost").to_json()
    else:
        goods = (unit_cost * quantity).quantize(Decimal("0.000001"))
        if goods <= 0:
            text = "the unit cost is 0: nothing to quote"
            problems.append(text)
            said[text] = msg.message("customs.problem.zero_cost").to_json()
        else:
            try:
                request = LandedCostRequest(
                    goods_value=goods,
                    currency=currency,
                    freight=freight,
                    insurance=insurance,
                    hs_code=code,
                    destinations=list(rules),
                    fx_rates=fx_rates or {},
                    duty_rates=duty_rates or {},
                    quantity=quantity,
                )
            except PydanticValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "input"
                raise ValidationFailed(f"{where}: {first['msg']}", field=where) from exc
            quotes = quote_landed_cost(request)
    return ProductCustomsOut(
        sku=product.sku,
        title=product.title,
        text=text,
        material=material,
        classification=classification,
        classification_problem=classification_problem,
        accepted_code=accepted_code,
        declared_code=declared_code,
        checks=checks_out,
        inputs=QuoteInputs(
            hs_code=code,
            hs_code_source=source if code else "",
            quantity=quantity,
            unit_cost=None if unit_cost is None else _plain_number(unit_cost),
            goods_value=None if goods is None else _plain_number(goods),
            currency=currency,
            freight=_plain_number(freight),
            insurance=_plain_number(insurance),
            fx_source=fx_source,
        ),
        landed_cost=quotes,
        problems=problems,
        said=said,
    )


def _plain_number(value: Decimal) -> str:
    """8.200000 -> 8.2, 820.000000 -> 820 (no exponent)."""
    return format(value.normalize(), "f")


def _code_to_quote(
    accepted: str | None,
    declared: str | None,
    checks_out: list[DeclaredCheckOut],
    result: classifier.Classification | None,
    correction: tuple[str, str] | None = None,
) -> tuple[str | None, str, Message]:
    """Which code the landed cost uses: the accepted one, else the declared one (if it is a real
    HS subheading), else the classifier's answer; or None and why."""
    hs = load().hs
    if accepted:
        clean = domain.normalise_code(accepted)
        if clean and clean[:6] in hs:
            return clean, "accepted code", msg.message("customs.code_source.accepted")
    if declared:
        clean = domain.normalise_code(declared)
        invalid = any(f.flag == domain.Flag.INVALID.value for c in checks_out[:1] for f in c.flags)
        if clean and len(clean) >= 6 and clean[:6] in hs and not invalid:
            us = next((c for c in checks_out if c.destination == "US"), None)
            if us is not None and us.flags and len(clean) > 6:
                if correction is not None and correction[0][:6] == clean[:6]:
                    return (
                        correction[0],
                        f"US line proposed for the flagged {clean}",
                        msg.message("customs.code_source.correction", code=clean),
                    )
                # a padded or unknown national line: quote on its subheading instead
                return (
                    clean[:6],
                    f"declared subheading {clean[:6]} ({clean} is flagged)",
                    msg.message("customs.code_source.subheading", code=clean, hs6=clean[:6]),
                )
            return clean, "declared code", msg.message("customs.code_source.declared")
    if result is not None and result.best is not None and not result.abstained:
        return (
            result.best.national_code,
            "classifier's best candidate (not yet accepted)",
            msg.message("customs.code_source.classifier"),
        )
    return (
        None,
        "no code to quote: accept or declare a customs code first",
        msg.message("customs.code_source.none"),
    )
