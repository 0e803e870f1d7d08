"""Customs use cases: classify text or a product, check the declared code, propose corrections
through approvals, accept a classification, quote landed cost. Keyword-only, scoped to the
actor's seller, flush and never commit."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.ai.protocols import TextGenerator
from globalsell.approvals import service as approvals
from globalsell.approvals.registry import ApplierRegistry
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, Product
from globalsell.core import audit, messages
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import Conflict, NotFound, ValidationFailed
from globalsell.customs import classifier, domain, glossary, memory, rerank
from globalsell.customs import declared as checks
from globalsell.customs.domain import ClassificationStatus
from globalsell.customs.models import HsClassification
from globalsell.customs.national import EU_MEMBERS, eu_cn
from globalsell.customs.nomenclature import load
from globalsell.customs.schemas import (
    CandidateOut,
    ClassificationOut,
)

SET_KIND = "customs.classification.set"
MAX_TEXT = 2000


def check_text(text: str) -> str:
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
    result = guard(classifier.classify(check_text(text), material=material, use=use, top_k=top_k))
    return to_out(rerank.rerank(result, generator))


NOT_A_PRODUCT = (
    "This does not read like a product description. What is the product, what is it made of "
    "and what is it used for?"
)

FEW_WORDS = (
    "Few words of the description meet {code} ({text}): is that what it is? If not, what is "
    "the product, what is it made of and what is it used for?"
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
    """Abstain on text whose best candidate is likely a coincidence: a text that reads like a
    message ("please call me tomorrow" -> decoy calls) is said not to be a product; a long
    product title of which at most one word meets the best candidate's texts, and none the
    glossary knows, is asked to be confirmed (it is a product, its code is not supported)."""
    best = result.best
    if best is None:
        return result
    english, used = glossary.expand(result.text)
    words = set(classifier.tokens(f"{result.text} {english}"))
    described = set(classifier.tokens(f"{best.heading} {best.subheading} {best.line}"))
    matched = words & described
    chatty = len(set(_PLAIN_WORD.findall(result.text.lower())) & _CONVERSATION)
    # an article rule named by the title ("... Lock for Hyundai" -> heading 8301) reads the text
    # as a product: one word is enough when that word names the article
    named = best.evidence is not None and best.evidence.rule
    thin = len(matched) <= 1 and not named
    message_like = chatty >= 3 or (thin and chatty >= 2)
    if not message_like and not (thin and len(words) >= 6 and not used):
        return result
    if message_like:
        question, said = NOT_A_PRODUCT, messages.message("customs.question.not_a_product")
    else:
        text = best.subheading
        if len(text) > 60:  # cut at a word, never inside one
            text = text[:60].rsplit(" ", 1)[0].rstrip(",;") + "..."
        question = FEW_WORDS.format(code=best.hs6, text=text)
        said = messages.message(
            "customs.question.few_words", a=best.hs6, a_text=messages.quote(text)
        )
    return dataclasses.replace(
        result,
        abstained=True,
        question=question,
        question_said=said,
        notes=[
            *result.notes,
            f"only {len(matched)} of {len(words)} words match the best candidate {best.hs6}",
        ],
        notes_said=[
            *result.notes_said,
            messages.message(
                "customs.note.few_words", matched=len(matched), words=len(words), code=best.hs6
            ),
        ],
    )


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
                said=[m.to_json() for m in c.said],
            )
            for c in result.candidates
        ],
        confidence=result.confidence,
        abstained=result.abstained,
        question=result.question,
        method=result.method,
        notes=result.notes,
        question_said=result.question_said.to_json() if result.question_said else None,
        notes_said=[m.to_json() for m in result.notes_said],
        heading_confidence=result.heading_confidence,
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
    known = seller_precedents(session, actor=actor, product=product)
    result = rerank.rerank(
        guard(
            classifier.classify(
                text, material=material, category=product.category, precedents=known
            )
        ),
        generator,
    )
    # A declared code is judged on the description's own evidence: a confirmed precedent of a
    # similar product may lead the proposal, but it is not proof that the declaration is wrong.
    evidence = (
        guard(classifier.classify(text, material=material, category=product.category))
        if declared and known
        else result
    )
    check = (
        check_declared_code(declared, text=f"{text} {material or ''}", prediction=evidence)
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
            messages={
                "title": messages.message(
                    "customs.code.change", sku=product.sku, declared=declared, code=code
                )
            },
        )
        change_id = change.id
    return row, change_id


MEMORY_LIMIT = 5000  # the seller's most recent confirmed codes that are compared


def seller_precedents(
    session: Session, *, actor: Actor, product: Product
) -> list[memory.Precedent]:
    """The seller's accepted codes on products like this one (same category path and close in
    meaning, or very close), as candidates "like SKU X that you confirmed on DATE"."""
    vector = classifier.embed(product.title)
    if vector is None:
        return []
    rows = session.execute(
        select(
            HsClassification.sku,
            HsClassification.code,
            HsClassification.decided_at,
            Product.title,
            Product.category,
        )
        .join(Product, Product.id == HsClassification.product_id)
        .where(
            HsClassification.seller_id == actor.seller_id,
            HsClassification.status == ClassificationStatus.ACCEPTED,
            HsClassification.product_id != product.id,
            HsClassification.code.is_not(None),
        )
        .order_by(HsClassification.decided_at.desc(), HsClassification.id.desc())
        .limit(MEMORY_LIMIT)
    ).all()
    confirmed = []
    for sku, code, decided_at, title, category in rows:
        other = classifier.embed(title)
        if other is not None and code and decided_at is not None:
            confirmed.append(
                memory.Confirmed(sku, code, category, ensure_aware(decided_at).date(), other)
            )
    return memory.precedents(confirmed, vector=vector, category=product.category)


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
