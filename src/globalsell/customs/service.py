"""Customs use cases: classify text or a product, check the declared code, propose corrections
through approvals, accept a classification, quote landed cost. Keyword-only, scoped to the
actor's seller, flush and never commit."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.ai.protocols import TextGenerator
from globalsell.approvals import service as approvals
from globalsell.approvals.registry import ApplierRegistry
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, Product
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import Conflict, NotFound, ValidationFailed
from globalsell.core.money import Money, Rounding, is_currency
from globalsell.customs import classifier, domain, glossary, rerank
from globalsell.customs import declared as checks
from globalsell.customs.destinations import destinations
from globalsell.customs.domain import ClassificationStatus
from globalsell.customs.models import HsClassification
from globalsell.customs.national import EU_MEMBERS, eu_cn
from globalsell.customs.nomenclature import load
from globalsell.customs.schemas import (
    CandidateOut,
    ClassificationOut,
    CostLineOut,
    DeclaredCheckOut,
    FlagOut,
    LandedCostOut,
    LandedCostRequest,
    ProductCustomsOut,
    QuoteInputs,
)

SET_KIND = "customs.classification.set"
MAX_TEXT = 2000


def _check_text(text: str) -> str:
    clean = " ".join((text or "").split())
    if not clean:
        raise ValidationFailed("describe the product: the text is empty", field="text")
    if len(clean) > MAX_TEXT:
        raise ValidationFailed(f"text longer than {MAX_TEXT} characters", field="text")
    if any(ord(c) < 32 for c in clean):
        raise ValidationFailed("text contains control characters", field="text")
    return clean


def classify_text(
    text: str,
    *,
    material: str | None = None,
    use: str | None = None,
    top_k: int = 5,
    generator: TextGenerator | None = None,
) -> ClassificationOut:
    """Ranked candidates for a free text (no store needed); re-ranked by the LLM when a
    generator is configured."""
    result = guard(classifier.classify(_check_text(text), material=material, use=use, top_k=top_k))
    return to_out(rerank.rerank(result, generator))


NOT_A_PRODUCT = (
    "This does not read like a product description. What is the product, what is it made of "
    "and what is it used for?"
)


# Words of messages, not of product titles (greetings, pronouns, days): three of them, or two and
# a single matching word, mean the text is not a product description.
_CONVERSATION = frozenset(
    {"hello", "hi", "dear", "please", "thanks", "thank", "me", "you", "we", "us", "our", "your"}
    | {"my", "i", "tomorrow", "today", "yesterday", "call", "meeting", "invoice", "order"}
    | {"payment", "asap", "regards", "can", "could", "would", "send"}
)
_PLAIN_WORD = re.compile(r"[a-z]+")


def guard(result: classifier.Classification) -> classifier.Classification:
    """Abstain on text that is not about a product: when the best candidate rests on one word
    of a text that reads like a message ("please call me tomorrow" -> decoy calls), or of a
    long text none of whose words the glossary knows, the answer is a coincidence."""
    best = result.best
    if best is None or result.abstained:
        return result
    english, used = glossary.expand(result.text)
    words = set(classifier.tokens(f"{result.text} {english}"))
    described = set(classifier.tokens(f"{best.heading} {best.subheading} {best.line}"))
    matched = words & described
    chatty = len(set(_PLAIN_WORD.findall(result.text.lower())) & _CONVERSATION)
    if chatty >= 3 or (len(matched) <= 1 and (chatty >= 2 or (len(words) >= 6 and not used))):
        return dataclasses.replace(
            result,
            abstained=True,
            question=NOT_A_PRODUCT,
            notes=[
                *result.notes,
                f"only {len(matched)} of {len(words)} words match the best candidate {best.hs6}",
            ],
        )
    return result


def to_out(result: classifier.Classification) -> ClassificationOut:
    return ClassificationOut(
        text=result.text,
        language=result.language,
        candidates=[
            CandidateOut(
                hs6=c.hs6,
                national_code=c.national_code,
                confidence=c.confidence,
                heading=c.heading,
                subheading=c.subheading,
                line=c.line,
                reasons=c.reasons,
            )
            for c in result.candidates
        ],
        confidence=result.confidence,
        abstained=result.abstained,
        question=result.question,
        method=result.method,
        notes=result.notes,
    )


def product_text(session: Session, product: Product) -> tuple[str, str | None, str | None]:
    """Title (+ English title and category), material and declared code of a product."""
    attrs = {
        a.name: a.value
        for a in session.scalars(
            select(AttributeValue).where(
                AttributeValue.product_id == product.id, AttributeValue.variant_id.is_(None)
            )
        )
    }
    parts = [product.title]
    for name in ("item_name", "title_en"):
        if isinstance(attrs.get(name), str):
            parts.append(str(attrs[name]))
    if product.category:
        parts.append(product.category.replace(">", " "))
    material = attrs.get("material")
    declared = attrs.get("hs_code_declared")
    return (
        " ".join(parts),
        str(material) if material else None,
        str(declared) if declared is not None else None,
    )


# National schedules by destination: only the US HTS lines are shipped (see ARCHITECTURE).
SCHEDULE_NAMES = {
    "US": "US HTS",
    "GB": "UK tariff",
    "CA": "Canadian customs tariff",
    "AU": "Australian customs tariff",
    "JP": "Japanese customs tariff",
}


def schedule_for(destination: str) -> checks.Schedule:
    """The national schedule shipped for a destination: US HTS lines, EU CN 2023 (8 digits) for
    EU members, else none (national digits cannot be checked)."""
    if destination == "US":
        return checks.Schedule("US", "US HTS", frozenset(load().us_lines))
    if destination in EU_MEMBERS:
        cn = eu_cn()
        return checks.Schedule(destination, f"EU {cn.revision}", frozenset(cn.lines), line_digits=8)
    name = SCHEDULE_NAMES.get(destination, f"{destination} tariff")
    return checks.Schedule(destination=destination, name=name, lines=None)


def check_declared_code(
    code: str,
    *,
    text: str,
    prediction: classifier.Classification | None,
    destination: str = "US",
) -> checks.DeclaredCheck:
    """Check a seller-declared code for one destination against the shipped schedules, the
    materials the text names and (when given) the classifier's prediction."""
    return checks.check(
        code,
        hs_codes=load().hs.keys(),
        schedule=schedule_for(destination),
        text=text,
        prediction=(
            checks.prediction_of(
                [(c.hs6, c.confidence) for c in prediction.candidates],
                abstained=prediction.abstained,
            )
            if prediction is not None
            else None
        ),
    )


_SCHEDULE_FLAGS = frozenset({domain.Flag.ZERO_PADDED, domain.Flag.NOT_IN_SCHEDULE})


def correction_for(
    check: checks.DeclaredCheck, *, text: str, prediction: classifier.Classification
) -> tuple[str, str] | None:
    """The code to propose for a flagged declared code, and why; None when there is no answer
    good enough to put in front of the seller.

    A subheading that exists but whose national line does not (padded or mistyped) keeps its
    subheading: the US line under it that shares most words with the description is proposed,
    or the classifier's line when it is one of them. Otherwise the classifier's best line is
    proposed when it answered (no abstention) and passes the same check itself."""
    kinds = {flag for flag, _ in check.flags}
    code = check.code
    if code is not None and kinds <= _SCHEDULE_FLAGS and code[:6] in load().hs:
        lines = _lines_under(code)
        if not lines:
            return None
        best = prediction.best
        if best is not None and best.national_code in lines:
            return best.national_code, f"the classifier's line under the declared {code[:6]}"
        words = set(classifier.tokens(text))
        scored = sorted(
            (
                len(words & set(classifier.tokens(f"{ln.description} {ln.ancestors}"))),
                ln.code,
            )
            for ln in lines.values()
        )
        if len(scored) == 1:
            return scored[0][1], f"the only US HTS line under {code[:6]}"
        if scored[-1][0] > 0 and scored[-1][0] > scored[-2][0]:
            return scored[-1][1], f"the US HTS line under {code[:6]} closest to the description"
        residual = [c for n, c in scored if n == 0 and lines[c].description.strip() == "Other"]
        if scored[-1][0] == 0 and len(residual) == 1:
            return residual[0], (
                f"no specific US HTS line under {code[:6]} names the product: the residual "
                "line 'Other'"
            )
        return None
    best = prediction.best
    if best is None or prediction.abstained:
        return None
    own = checks.check(
        best.national_code,
        hs_codes=load().hs.keys(),
        schedule=schedule_for("US"),
        text=text,
    )
    if own.flags or checks.contradicts_materials(best.hs6[:2], text):
        return None
    why = best.reasons[0] if best.reasons else f"heading {best.hs6[:4]}"
    return best.national_code, f"the classifier's answer ({why})"


def _lines_under(code: str) -> dict[str, Any]:
    """Leaf US lines under the longest prefix of `code` (8 then 6 digits) that has any."""
    lines = load().us_lines
    for size in (8, 6):
        prefix = code[:size]
        found = {c: ln for c, ln in lines.items() if c.startswith(prefix) and ln.leaf}
        if found:
            return found
    return {}


def classify_product(
    session: Session,
    *,
    actor: Actor,
    registry: ApplierRegistry,
    sku: str,
    now: datetime,
    generator: TextGenerator | None = None,
) -> tuple[HsClassification, int | None]:
    """Classify one product, check its declared code, store the classification and, when the
    declared code is flagged and the classifier has an answer, propose the correction."""
    actor.require(Role.OPERATOR, "classifying products")
    product = catalog.get_product(session, actor=actor, sku=sku)
    text, material, declared = product_text(session, product)
    result = rerank.rerank(guard(classifier.classify(text, material=material)), generator)
    check = (
        check_declared_code(declared, text=f"{text} {material or ''}", prediction=result)
        if declared
        else None
    )
    at = ensure_aware(now)
    for old in session.scalars(
        select(HsClassification).where(
            HsClassification.seller_id == actor.seller_id,
            HsClassification.product_id == product.id,
            HsClassification.status == ClassificationStatus.PROPOSED,
        )
    ):
        old.status = ClassificationStatus.SUPERSEDED
    best = result.best
    row = HsClassification(
        seller_id=actor.seller_id,
        product_id=product.id,
        sku=product.sku,
        hs6=best.hs6 if best else None,
        code=best.national_code if best else None,
        confidence=Decimal(str(result.confidence)).quantize(Decimal("0.0001")),
        candidates=[c.model_dump() for c in to_out(result).candidates],
        reasons=list(best.reasons) if best else [],
        method=result.method,
        question=result.question,
        declared_code=declared,
        flags=[{"flag": f.value, "reason": r} for f, r in (check.flags if check else [])],
        status=ClassificationStatus.PROPOSED,
        decided_by=None,
        created_at=at,
        decided_at=None,
        extra={
            "language": result.language,
            "notes": result.notes,
            "check_notes": check.notes if check else [],
        },
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="customs.classification.created",
        subject_type="product",
        subject_id=product.sku,
        data={"hs6": row.hs6, "declared": declared, "flags": row.flags, "method": row.method},
        now=now,
    )
    change_id: int | None = None
    correction = (
        correction_for(check, text=f"{text} {material or ''}", prediction=result)
        if check is not None and check.flags
        else None
    )
    if check is not None and correction is not None:
        code, why = correction
        reasons = "; ".join(r for _, r in check.flags)
        change = approvals.propose(
            session,
            registry=registry,
            kind=SET_KIND,
            subject_type="product",
            subject_id=product.sku,
            title=f"{product.sku}: customs code {declared} -> {code}",
            payload={"sku": product.sku, "classification_id": row.id, "code": code},
            reason=f"declared code flagged: {reasons}. Proposed: {why}",
            actor=actor,
            now=now,
            expected_effect={"hs_code": code, "declared": declared},
            dedupe_key=f"customs:{product.sku}:{code}",
        )
        change_id = change.id
    return row, change_id


def list_classifications(session: Session, *, actor: Actor, sku: str) -> list[HsClassification]:
    product = catalog.get_product(session, actor=actor, sku=sku)
    return list(
        session.scalars(
            select(HsClassification)
            .where(
                HsClassification.seller_id == actor.seller_id,
                HsClassification.product_id == product.id,
            )
            .order_by(HsClassification.id.desc())
        )
    )


def valid_code(raw: Any) -> str:
    code = domain.normalise_code(str(raw or ""))
    if code is None or len(code) < 6:
        raise ValidationFailed("code must be 6, 8 or 10 digits", field="code")
    nom = load()
    if code[:6] not in nom.hs:
        raise ValidationFailed(f"{code[:6]} is not an HS 2022 subheading", field="code")
    if len(code) > 6 and code not in nom.us_lines:
        raise ValidationFailed(f"{code} is not a US HTS line", field="code")
    return code


def set_classification(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    code: str,
    classification_id: int | None,
    decided_by: str,
    now: datetime,
) -> HsClassification:
    """Accept a code for a product: the classification becomes accepted (earlier accepted ones
    are superseded) and the product's `hs_code` attribute is set."""
    actor.require(Role.OPERATOR, "setting customs codes")
    clean = valid_code(code)
    product = catalog.get_product(session, actor=actor, sku=sku)
    at = ensure_aware(now)
    row: HsClassification | None = None
    if classification_id is not None:
        row = session.scalar(
            select(HsClassification).where(
                HsClassification.id == int(classification_id),
                HsClassification.seller_id == actor.seller_id,
                HsClassification.product_id == product.id,
            )
        )
        if row is None:
            raise NotFound(f"classification {classification_id} not found", field="id")
        if not domain.can_move(row.status, ClassificationStatus.ACCEPTED):
            raise Conflict(f"classification {row.id} is {row.status}", field="status")
    for old in session.scalars(
        select(HsClassification).where(
            HsClassification.seller_id == actor.seller_id,
            HsClassification.product_id == product.id,
            HsClassification.status == ClassificationStatus.ACCEPTED,
        )
    ):
        old.status = ClassificationStatus.SUPERSEDED
    if row is None:
        row = HsClassification(
            seller_id=actor.seller_id,
            product_id=product.id,
            sku=product.sku,
            confidence=Decimal(1),
            candidates=[],
            reasons=["set by the seller"],
            method="manual",
            question=None,
            declared_code=None,
            flags=[],
            created_at=at,
            extra={},
        )
        session.add(row)
    row.hs6 = clean[:6]
    row.code = clean
    row.status = ClassificationStatus.ACCEPTED
    row.decided_by = decided_by[:200]
    row.decided_at = at
    session.flush()
    catalog.set_attribute(
        session,
        actor=actor,
        sku=product.sku,
        name="hs_code",
        value=clean,
        unit=None,
        language=None,
        marketplace=None,
        provenance=Provenance.DERIVED if row.method != "manual" else Provenance.SELLER,
        confidence=row.confidence if row.method != "manual" else None,
        source=f"customs:{row.method}",
        now=now,
        accepted=True,
    )
    audit.record(
        session,
        actor=actor,
        action="customs.classification.accepted",
        subject_type="product",
        subject_id=product.sku,
        data={"code": clean, "classification_id": row.id, "decided_by": row.decided_by},
        now=now,
    )
    return row


# ---------------------------------------------------------------- landed cost


def _parse_rate(text: str) -> domain.DutyRate:
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
        return _parse_rate(seller_rates[dest]), "seller-supplied rate"
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


# ---------------------------------------------------------------- one product, every destination


def _amount(value: Decimal, field: str, *, positive: bool = False) -> Decimal:
    if not value.is_finite() or value < 0 or (positive and value == 0):
        need = "more than 0" if positive else "0 or more"
        raise ValidationFailed(f"{field} must be a number {need}, got {value}", field=field)
    return value


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
        _parse_rate(rate)  # refuse a bad rate even where the de minimis makes it unused
    product = catalog.get_product(session, actor=actor, sku=sku)
    text, material, declared_code = product_text(session, product)
    problems: list[str] = []
    result: classifier.Classification | None = None
    classification: ClassificationOut | None = None
    classification_problem: str | None = None
    try:
        result = guard(classifier.classify(_check_text(text), material=material))
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
                    flags=[FlagOut(flag=f.value, reason=r) for f, r in checked.flags],
                    notes=checked.notes,
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
    code, source = _code_to_quote(accepted_code, declared_code, checks_out, result, correction)
    currency = product.cost_currency
    unit_cost = product.unit_cost
    goods: Decimal | None = None
    quotes: list[LandedCostOut] = []
    if code is None:
        problems.append(source)
    elif unit_cost is None or currency is None:
        problems.append("no unit cost on the product: set its cost to quote landed costs")
    else:
        goods = (unit_cost * quantity).quantize(Decimal("0.000001"))
        if goods <= 0:
            problems.append("the unit cost is 0: nothing to quote")
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
) -> tuple[str | None, str]:
    """Which code the landed cost uses: the accepted one, else the declared one (if it is a real
    HS subheading), else the classifier's answer; or None and why."""
    hs = load().hs
    if accepted:
        clean = domain.normalise_code(accepted)
        if clean and clean[:6] in hs:
            return clean, "accepted code"
    if declared:
        clean = domain.normalise_code(declared)
        invalid = any(f.flag == domain.Flag.INVALID.value for c in checks_out[:1] for f in c.flags)
        if clean and len(clean) >= 6 and clean[:6] in hs and not invalid:
            us = next((c for c in checks_out if c.destination == "US"), None)
            if us is not None and us.flags and len(clean) > 6:
                if correction is not None and correction[0][:6] == clean[:6]:
                    return correction[0], f"US line proposed for the flagged {clean}"
                # a padded or unknown national line: quote on its subheading instead
                return clean[:6], f"declared subheading {clean[:6]} ({clean} is flagged)"
            return clean, "declared code"
    if result is not None and result.best is not None and not result.abstained:
        return result.best.national_code, "classifier's best candidate (not yet accepted)"
    return None, "no code to quote: accept or declare a customs code first"
