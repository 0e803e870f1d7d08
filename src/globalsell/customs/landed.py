"""Landed cost per destination: customs value, duty (ad valorem or specific, with its source and
date), VAT/GST on the right base and the de minimis thresholds, from sourced border rules."""

from __future__ import annotations

from decimal import Decimal

from globalsell.core.errors import ValidationFailed
from globalsell.core.money import Money, Rounding, is_currency
from globalsell.customs import domain
from globalsell.customs.destinations import destinations
from globalsell.customs.nomenclature import load
from globalsell.customs.schemas import (
    CostLineOut,
    LandedCostOut,
    LandedCostRequest,
)


def parse_rate(text: str) -> domain.DutyRate:
    rate = domain.parse_us_rate(text)
    words = text.strip().lower()
    if rate is not None and not words.startswith("free") and not any(c.isdigit() for c in words):
        rate = None  # text without a number (e.g. "four") is not a free rate
    if rate is None or rate.specific:
        raise ValidationFailed(
            f"duty rate {text!r}: give a percentage such as '4%' or 'Free'", field="duty_rates"
        )
    return rate


def quote_landed_cost(request: LandedCostRequest) -> list[LandedCostOut]:
    """Landed cost per destination in its currency. Exchange rates and non-US duty rates are
    seller input; a missing one is said in the result, never guessed."""
    if not is_currency(request.currency):
        raise ValidationFailed(f"unknown currency {request.currency!r}", field="currency")
    code = domain.normalise_code(request.hs_code)
    if code is None or code[:6] not in load().hs:
        raise ValidationFailed(f"{request.hs_code!r} is not an HS 2022 code", field="hs_code")
    rules = destinations()
    unknown = [d for d in request.destinations if d not in rules]
    if unknown or not request.destinations:
        raise ValidationFailed(
            f"destinations must be among {', '.join(rules)}", field="destinations"
        )
    out: list[LandedCostOut] = []
    for dest in request.destinations:
        rule = rules[dest]
        warnings: list[str] = []
        if rule.currency == request.currency:
            fx = Decimal(1)
        elif rule.currency in request.fx_rates:
            fx = request.fx_rates[rule.currency]
            if not fx.is_finite() or fx <= 0:
                raise ValidationFailed("exchange rates must be positive", field="fx_rates")
        else:
            out.append(
                LandedCostOut(
                    destination=dest,
                    currency=rule.currency,
                    lines=[],
                    total=None,
                    complete=False,
                    duty_rate_source="",
                    warnings=[
                        f"give the exchange rate {request.currency}->{rule.currency} "
                        "(fx_rates): globalsell does not fetch rates"
                    ],
                    notes=list(rule.notes),
                    sources=list(rule.sources),
                    as_of=rule.as_of,
                )
            )
            continue

        def conv(amount: Decimal, cur: str = rule.currency, rate: Decimal = fx) -> Money:
            return Money.of(amount * rate, cur).quantize(Rounding.HALF_EVEN)

        duty, source = _duty_for(dest, code, request.duty_rates, warnings)
        try:
            quote = domain.landed_cost(
                rule,
                goods=conv(request.goods_value),
                freight=conv(request.freight),
                insurance=conv(request.insurance),
                duty=duty,
                duty_source=source,
                quantity_for_specific=request.quantity,
            )
        except ValueError as exc:
            raise ValidationFailed(str(exc), field="goods_value") from exc
        out.append(
            LandedCostOut(
                destination=dest,
                currency=quote.currency,
                lines=[
                    CostLineOut(
                        label=line.label,
                        amount=domain.plain(line.amount),
                        basis=line.basis,
                    )
                    for line in quote.lines
                ],
                total=domain.plain(quote.total),
                complete=quote.complete,
                duty_rate_source=quote.duty_rate_source,
                warnings=warnings + quote.warnings,
                notes=list(rule.notes),
                sources=list(quote.sources),
                as_of=quote.as_of,
            )
        )
    return out


def _duty_for(
    dest: str, code: str, seller_rates: dict[str, str], warnings: list[str]
) -> tuple[domain.DutyRate | None, str]:
    if dest in seller_rates:
        return parse_rate(seller_rates[dest]), "seller-supplied rate"
    if dest != "US":
        return None, "no open per-code duty data shipped for this destination"
    lines = load().us_lines
    if code in lines and lines[code].general_rate:
        line = lines[code]
    else:
        matches = [
            line
            for c, line in lines.items()
            if c.startswith(code) and line.leaf and line.general_rate
        ]
        rates = {line.general_rate for line in matches}
        if len(rates) != 1:
            warnings.append(
                f"{code} covers US lines with {len(rates)} different rates: give the 10-digit code"
                if rates
                else f"no US HTS general rate found for {code}"
            )
            return None, "US HTS 2026 Rev. 10"
        line = matches[0]
    rate = domain.parse_us_rate(line.general_rate)
    if rate is None:
        warnings.append(f"US rate {line.general_rate!r} is compound: not computed")
    return rate, f"US HTS 2026 Rev. 10, {line.code}, general rate {line.general_rate}"
