"""Landed cost per destination: customs value, duty (ad valorem or specific, with its source and
date), VAT/GST on the right base and the de minimis thresholds, from sourced border rules."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from globalsell.core import messages as msg
from globalsell.core.errors import ValidationFailed
from globalsell.core.messages import Message
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
        said: dict[str, Message] = {}
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
                    warnings=[text := _no_rate(request.currency, rule.currency)],
                    notes=list(rule.notes),
                    sources=list(rule.sources),
                    as_of=rule.as_of,
                    said={
                        text: msg.message(
                            "customs.warning.no_rate", source=request.currency, to=rule.currency
                        ).to_json()
                    },
                )
            )
            continue

        def conv(amount: Decimal, cur: str = rule.currency, rate: Decimal = fx) -> Money:
            return Money.of(amount * rate, cur).quantize(Rounding.HALF_EVEN)

        duty, source = _duty_for(dest, code, request.duty_rates, warnings, said)
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
                        said=line.said.to_json() if line.said else None,
                        basis_said=line.basis_said.to_json() if line.basis_said else None,
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
                said={
                    **{text: m.to_json() for text, m in said.items()},
                    **{
                        line.basis: line.basis_said.to_json()
                        for line in quote.lines
                        if line.basis_said is not None and line.basis in quote.warnings
                    },
                },
            )
        )
    return out


def _no_rate(source: str, to: str) -> str:
    return f"give the exchange rate {source}->{to} (fx_rates): globalsell does not fetch rates"


def _duty_for(
    dest: str,
    code: str,
    seller_rates: dict[str, str],
    warnings: list[str],
    said: dict[str, Message],
) -> tuple[domain.DutyRate | None, str]:
    """The duty rate of `code` in `dest` and where it came from; `said` gets each warning's and
    the source's message code, by their text."""
    if dest in seller_rates:
        said["seller-supplied rate"] = msg.message("customs.source.seller")
        return parse_rate(seller_rates[dest]), "seller-supplied rate"
    if dest != "US":
        text = "no open per-code duty data shipped for this destination"
        said[text] = msg.message("customs.source.none")
        return None, text
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
            text = (
                f"{code} covers US lines with {len(rates)} different rates: give the 10-digit code"
                if rates
                else f"no US HTS general rate found for {code}"
            )
            warnings.append(text)
            said[text] = msg.message(
                "customs.warning.many_rates" if rates else "customs.warning.no_us_rate",
                code=code,
                rates=len(rates),
            )
            return None, "US HTS 2026 Rev. 10"
        line = matches[0]
    rate = domain.parse_us_rate(line.general_rate)
    if rate is None:
        text = f"US rate {line.general_rate!r} is compound: not computed"
        warnings.append(text)
        said[text] = msg.message("customs.warning.compound", rate=msg.quote(line.general_rate))
    source = f"US HTS 2026 Rev. 10, {line.code}, general rate {line.general_rate}"
    said[source] = msg.message(
        "customs.source.us_line", code=line.code, rate=msg.quote(line.general_rate)
    )
    return rate, source


# Customs destinations that stand for a whole customs union: an EU store pays the EU's duty,
# whose shipped rules are those of DE (destinations.json: "Other EU destinations share the duty
# rules"). UK stores are GB.
EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)


@dataclass(frozen=True, slots=True)
class PriceDuty:
    """The import duty of one HS code in one destination as pricing uses it: an ad valorem
    `rate` (a fraction) of the goods value, plus freight when the destination values CIF; or
    `rate` None when no figure is known (no open per-code data, a specific or compound rate, a
    code that covers lines with different rates). `source` says where the rate comes from, or
    why there is none."""

    destination: str
    code: str
    rate: Decimal | None
    on_freight: bool
    source: str


def destination_of(country: str) -> str | None:
    """The customs destination whose rules apply to goods imported into `country`."""
    upper = country.upper()
    if upper == "UK":
        upper = "GB"
    if upper in EU_MEMBERS:
        upper = "DE"
    return upper if upper in destinations() else None


@lru_cache(maxsize=4096)
def duty_for_price(hs_code: str, country: str) -> PriceDuty | None:
    """The duty rate pricing applies to a product with `hs_code` sold in `country`; None when
    the code is not an HS code or the country has no shipped border rules."""
    dest = destination_of(country)
    code = domain.normalise_code(hs_code)
    if dest is None or code is None or code[:6] not in load().hs:
        return None
    warnings: list[str] = []
    if dest == "US" and len(code) > 6 and not any(c.startswith(code) for c in load().us_lines):
        # a national code of another country (CN, EU): only its HS subheading means anything here
        warnings.append(f"{code} is not a US line: its HS subheading {code[:6]} is used")
        code = code[:6]
    rate, source = _duty_for(dest, code, {}, warnings, {})
    on_freight = destinations()[dest].valuation == "CIF"
    if rate is None:
        return PriceDuty(dest, code, None, on_freight, "; ".join([*warnings, source]))
    if rate.specific:
        why = f"specific duty {rate.text!r} is per quantity: not computed per unit price"
        return PriceDuty(dest, code, None, on_freight, "; ".join([*warnings, why, source]))
    return PriceDuty(dest, code, rate.ad_valorem / 100, on_freight, "; ".join([*warnings, source]))
