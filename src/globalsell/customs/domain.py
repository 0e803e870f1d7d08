"""Customs rules with no I/O: code normalisation, material words and the declared-code flags (the
check itself is `declared.py`), evaluation scoring and the landed-cost arithmetic."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from globalsell.core import messages as msg
from globalsell.core.messages import Message
from globalsell.core.money import Money, Rounding


class ClassificationStatus(StrEnum):
    PROPOSED = "proposed"  # made by the classifier, not yet decided
    ACCEPTED = "accepted"  # the seller approved it (directly or through approvals)
    SUPERSEDED = "superseded"  # a newer classification replaced it


ALLOWED_TRANSITIONS: dict[ClassificationStatus, frozenset[ClassificationStatus]] = {
    ClassificationStatus.PROPOSED: frozenset(
        {ClassificationStatus.ACCEPTED, ClassificationStatus.SUPERSEDED}
    ),
    ClassificationStatus.ACCEPTED: frozenset({ClassificationStatus.SUPERSEDED}),
    ClassificationStatus.SUPERSEDED: frozenset(),
}


def can_move(source: ClassificationStatus, target: ClassificationStatus) -> bool:
    return target in ALLOWED_TRANSITIONS[source]


_CODE_CHARS = re.compile(r"[\s.\-]")


def normalise_code(raw: str) -> str | None:
    """Digits of an HS/HTS code written with dots, spaces or dashes; None if it is not one."""
    code = _CODE_CHARS.sub("", raw or "")
    if not code.isdigit() or len(code) not in (2, 4, 6, 8, 10):
        return None
    return code


# Chapters defined by their material, and the words that name each material.
MATERIAL_WORDS: dict[str, tuple[str, ...]] = {
    # Chapter 39 Note 1: "plastics" include the silicones of heading 3910
    "39": (
        "plastic",
        "polyethylene",
        "polypropylene",
        "pvc",
        "polyvinyl",
        "abs",
        "acrylic",
        "silicone",
        "tpe",
        "resin",
        "eva foam",
        "pp",
        "pe",
    ),
    "40": ("rubber", "silicone rubber", "latex"),
    # made-up textile articles (heading 6307) are what a fabric box or cover is made of
    "63": ("fabric", "textile", "nonwoven", "non-woven", "felt", "canvas", "oxford cloth"),
    "67": ("feather",),  # Chapter 67 Note 1: articles of feathers (heading 6701)
    "42": ("leather",),
    "44": ("wood", "wooden", "bamboo", "plywood"),
    "48": ("paper", "paperboard", "cardboard"),
    "52": ("cotton",),
    "69": ("ceramic", "porcelain", "stoneware"),
    "70": ("glass", "borosilicate"),
    "73": ("steel", "stainless", "iron"),
    "74": ("copper", "brass"),
    "76": ("aluminium", "aluminum"),
    "79": ("zinc", "zinc alloy"),
}
MATERIAL_CHAPTERS = frozenset(MATERIAL_WORDS)
# silicone kitchenware is classified with plastics (3924) or rubber (4016/4014) - both count
_ALSO = {"40": {"39"}, "39": {"40"}, "44": {"46"}}


# one whole-word alternation per chapter (a word, or its plural in -s)
_MATERIAL_PATTERNS = {
    chapter: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")
    for chapter, words in MATERIAL_WORDS.items()
}


def material_chapters(text: str) -> set[str]:
    """Chapters whose material the text names ("stainless steel" -> 73)."""
    lowered = f" {text.lower()} "
    found: set[str] = set()
    for chapter, pattern in _MATERIAL_PATTERNS.items():
        if pattern.search(lowered):
            found.add(chapter)
            found |= _ALSO.get(chapter, set())
    return found


def is_material_chapter(chapter: str) -> bool:
    return chapter in MATERIAL_CHAPTERS


class Flag(StrEnum):
    INVALID = "invalid"
    NOT_IN_SCHEDULE = "not_in_schedule"
    ZERO_PADDED = "zero_padded"
    WRONG_CHAPTER = "wrong_chapter"
    WRONG_MATERIAL = "wrong_material"


# ---------------------------------------------------------------- evaluation


LEVELS = (2, 4, 6, 8, 10)


def hits_at(predicted: Sequence[str], gold: Sequence[str], level: int, k: int) -> bool:
    """Any of the first k distinct `level`-digit prefixes of `predicted` equals a gold prefix."""
    golds = {g[:level] for g in gold if len(g) >= level}
    seen: list[str] = []
    for code in predicted:
        if len(code) < level:
            continue
        prefix = code[:level]
        if prefix not in seen:
            seen.append(prefix)
        if len(seen) >= k:
            break
    return bool(golds.intersection(seen))


@dataclass
class EvalTally:
    n: int = 0
    abstained: int = 0
    top1: dict[int, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    top3: dict[int, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    total: dict[int, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    answered_top1: dict[int, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    answered_total: dict[int, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))

    def add(self, predicted: Sequence[str], gold: Sequence[str], *, abstained: bool) -> None:
        self.n += 1
        self.abstained += int(abstained)
        longest = max((len(g) for g in gold), default=0)
        for level in LEVELS:
            if level > longest:
                continue
            self.total[level] += 1
            one = hits_at(predicted, gold, level, 1)
            self.top1[level] += int(one)
            self.top3[level] += int(hits_at(predicted, gold, level, 3))
            if not abstained:
                self.answered_total[level] += 1
                self.answered_top1[level] += int(one)

    def report(self) -> dict[str, object]:
        def frac(num: dict[int, int], den: dict[int, int]) -> dict[str, float]:
            return {str(lv): round(num[lv] / den[lv], 4) for lv in LEVELS if den[lv]}

        return {
            "n": self.n,
            "abstained": round(self.abstained / self.n, 4) if self.n else 0.0,
            "top1": frac(self.top1, self.total),
            "top3": frac(self.top3, self.total),
            "top1_answered": frac(self.answered_top1, self.answered_total),
        }


# ---------------------------------------------------------------- landed cost


@dataclass(frozen=True)
class DutyRate:
    """A parsed duty rate: ad valorem percent, and/or a specific amount per unit."""

    ad_valorem: Decimal = Decimal(0)
    specific: Decimal = Decimal(0)  # in the destination currency
    specific_unit: str | None = None
    text: str = ""

    @property
    def is_free(self) -> bool:
        return self.ad_valorem == 0 and self.specific == 0


_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_CENTS = re.compile(r"(\d+(?:\.\d+)?)\s*¢\s*/\s*([a-z.]+)")
_DOLLARS = re.compile(r"\$\s*(\d+(?:\.\d+)?)\s*/\s*([a-z.]+)")


def parse_us_rate(text: str) -> DutyRate | None:
    """US HTS column-1 general rate text: 'Free', '4.8%', '2.5¢/kg', '$1.35/kg + 3%'. None when
    the text is empty or not understood (a compound we cannot read is never guessed)."""
    raw = " ".join((text or "").split())
    if not raw:
        return None
    if raw.lower().startswith("free"):
        return DutyRate(text=raw)
    rest = raw
    ad = Decimal(0)
    spec = Decimal(0)
    unit: str | None = None
    if m := _CENTS.search(rest):
        spec, unit = Decimal(m.group(1)) / 100, m.group(2)
        rest = rest.replace(m.group(0), "")
    elif m := _DOLLARS.search(rest):
        spec, unit = Decimal(m.group(1)), m.group(2)
        rest = rest.replace(m.group(0), "")
    if m := _PCT.search(rest):
        ad = Decimal(m.group(1))
        rest = rest.replace(m.group(0), "")
    if re.search(r"\d", rest):
        return None
    return DutyRate(ad_valorem=ad, specific=spec, specific_unit=unit, text=raw)


@dataclass(frozen=True)
class DestinationRules:
    code: str
    name: str
    currency: str
    valuation: str  # "FOB" or "CIF": what the duty is charged on
    vat_name: str
    vat_rate: Decimal
    vat_includes_freight: bool
    duty_de_minimis: Decimal  # goods at or below this customs value pay no duty (local currency)
    tax_de_minimis: Decimal  # ... and no import VAT/GST at the border
    tax_collected_at_sale: bool  # below the duty threshold, VAT is charged by the seller instead
    sources: tuple[str, ...]
    as_of: str
    notes: tuple[str, ...] = ()


@dataclass
class CostLine:
    label: str
    amount: Money | None
    basis: str
    said: Message | None = None  # the label as a message code
    basis_said: Message | None = None  # the basis as a message code


@dataclass
class LandedCost:
    destination: str
    currency: str
    lines: list[CostLine]
    total: Money | None
    duty_rate_source: str
    complete: bool
    warnings: list[str]
    sources: tuple[str, ...]
    as_of: str


def landed_cost(
    rules: DestinationRules,
    *,
    goods: Money,
    freight: Money,
    insurance: Money,
    duty: DutyRate | None,
    duty_source: str,
    quantity_for_specific: Decimal | None = None,
) -> LandedCost:
    """Customs value, duty, VAT/GST and total for one consignment in the destination currency.
    Duty is rounded UP (never understate what is owed), VAT HALF_UP on its base including duty."""
    cur = rules.currency
    for m in (goods, freight, insurance):
        if m.currency != cur:
            raise ValueError(f"amounts must be in {cur}, got {m.currency}")
        if m.amount < 0:
            raise ValueError("amounts must not be negative")
    warnings: list[str] = []
    cif = goods + freight + insurance
    customs_value = (cif if rules.valuation == "CIF" else goods).quantize(Rounding.HALF_UP)
    lines = [
        CostLine(
            "goods",
            goods,
            "seller price",
            msg.message("customs.line.goods"),
            msg.message("customs.basis.seller_price"),
        ),
        CostLine("freight", freight, "", msg.message("customs.line.freight")),
        CostLine("insurance", insurance, "", msg.message("customs.line.insurance")),
        CostLine(
            "customs value",
            customs_value,
            rules.valuation,
            msg.message("customs.line.customs_value"),
            msg.message("customs.basis.valuation", method=rules.valuation),
        ),
    ]
    duty_amount: Money | None
    basis_said: Message | None = None
    if customs_value.amount <= rules.duty_de_minimis:
        duty_amount = Money.zero(cur)
        basis = f"at or below the duty de minimis {rules.duty_de_minimis} {cur}"
        basis_said = msg.message(
            "customs.basis.duty_de_minimis",
            limit=msg.money(amount=rules.duty_de_minimis, currency=cur),
        )
    elif duty is None:
        duty_amount = None
        basis = "duty rate unknown for this code and destination: give it to complete the quote"
        basis_said = msg.message("customs.basis.duty_unknown")
        warnings.append(basis)
    else:
        specific = Money.zero(cur)
        if duty.specific:
            if quantity_for_specific is None:
                duty_amount = None
                basis = f"specific duty {duty.text}: give the quantity in {duty.specific_unit}"
                warnings.append(basis)
                lines.append(
                    CostLine(
                        "duty",
                        None,
                        basis,
                        msg.message("customs.line.duty"),
                        msg.message(
                            "customs.basis.specific",
                            rate=msg.quote(duty.text),
                            unit=msg.quote(duty.specific_unit or ""),
                        ),
                    )
                )
                return _finish(rules, lines, cif, None, warnings, duty_source)
            specific = Money.of(duty.specific * quantity_for_specific, cur)
        ad = customs_value * (duty.ad_valorem / Decimal(100))
        duty_amount = (ad + specific).quantize(Rounding.UP)
        basis = f"{duty.text or 'free'} on {_plain(customs_value)} {cur}"
        basis_said = msg.message(
            "customs.basis.duty_rate" if duty.text else "customs.basis.duty_free",
            rate=msg.quote(duty.text),
            value=msg.money(customs_value),
        )
    lines.append(CostLine("duty", duty_amount, basis, msg.message("customs.line.duty"), basis_said))
    return _finish(rules, lines, cif, duty_amount, warnings, duty_source)


def _plain(money: Money) -> str:
    return str(money.quantize(Rounding.HALF_UP).amount)


def plain(money: Money | None) -> str | None:
    """The amount at its minor units, without the currency (None stays None)."""
    return None if money is None else _plain(money)


def _finish(
    rules: DestinationRules,
    lines: list[CostLine],
    cif: Money,
    duty_amount: Money | None,
    warnings: list[str],
    duty_source: str,
) -> LandedCost:
    cur = rules.currency
    goods = lines[0].amount
    assert goods is not None
    customs_value = lines[3].amount
    assert customs_value is not None
    vat: Money | None
    tax = msg.label("tax", rules.vat_name)
    if rules.vat_rate == 0:
        vat = Money.zero(cur)
        vat_basis = f"no national {rules.vat_name} at the border"
        vat_said = msg.message("customs.basis.no_tax", tax=tax)
    elif customs_value.amount <= rules.tax_de_minimis:
        vat = Money.zero(cur)
        vat_basis = f"at or below the tax de minimis {rules.tax_de_minimis} {cur}"
        vat_said = msg.message(
            "customs.basis.tax_de_minimis",
            limit=msg.money(amount=rules.tax_de_minimis, currency=cur),
        )
    elif duty_amount is None:
        vat = None
        vat_basis = f"{rules.vat_name} needs the duty first"
        vat_said = msg.message("customs.basis.tax_needs_duty", tax=tax)
    else:
        base = (cif if rules.vat_includes_freight else customs_value) + duty_amount
        vat = (base * (rules.vat_rate / Decimal(100))).quantize(Rounding.HALF_UP)
        vat_basis = f"{rules.vat_rate}% of {_plain(base)} {cur}"
        vat_said = msg.message(
            "customs.basis.tax_rate", rate=msg.number(rules.vat_rate), base=msg.money(base)
        )
    if (
        rules.tax_collected_at_sale
        and customs_value.amount <= rules.duty_de_minimis
        and rules.vat_rate
    ):
        sale_vat = (goods * (rules.vat_rate / Decimal(100))).quantize(Rounding.HALF_UP)
        lines.append(
            CostLine(
                f"{rules.vat_name} at sale",
                sale_vat,
                "low-value goods: charged by the seller",
                msg.message("customs.line.tax_at_sale", tax=tax),
                msg.message("customs.basis.low_value"),
            )
        )
        vat = Money.zero(cur)
        vat_basis = "collected at the point of sale, not at the border"
        vat_said = msg.message("customs.basis.at_sale")
    lines.append(
        CostLine(
            f"import {rules.vat_name}",
            vat,
            vat_basis,
            msg.message("customs.line.import_tax", tax=tax),
            vat_said,
        )
    )
    complete = all(line.amount is not None for line in lines)
    total: Money | None = None
    if complete:
        total = cif
        for line in lines[4:]:
            assert line.amount is not None
            total = total + line.amount
        total = total.quantize(Rounding.HALF_UP)
    return LandedCost(
        destination=rules.code,
        currency=cur,
        lines=lines,
        total=total,
        duty_rate_source=duty_source,
        complete=complete,
        warnings=warnings,
        sources=rules.sources,
        as_of=rules.as_of,
    )
