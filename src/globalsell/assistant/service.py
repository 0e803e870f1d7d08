"""Assistant use cases: build the snapshot through the domains' services, run the detectors,
rank within the daily alert budget, file remedies as proposals (never apply them), remember
findings so a rejected one is not proposed again until its data changes."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.assistant import domain, facts
from globalsell.assistant.domain import (
    Decision,
    DetectorRegistry,
    Finding,
    FindingStatus,
    ItemFacts,
    ProductFacts,
    Profile,
    ProposalFacts,
    Snapshot,
)
from globalsell.assistant.models import (
    AssistantFinding,
    AssistantRun,
    ChatMessage,
    SellerProfile,
)
from globalsell.assistant.schemas import ProfileRead, ProfileUpdate
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, Product
from globalsell.core import audit, messages
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import DomainError, NotFound, ValidationFailed
from globalsell.core.money import Money, Rounding, is_currency

ASSISTANT_NAME = "assistant"
DECIDED = {
    ChangeStatus.APPROVED: True,
    ChangeStatus.APPLIED: True,
    ChangeStatus.FAILED: True,
    ChangeStatus.REJECTED: False,
}


def assistant_actor(seller_id: int) -> Actor:
    """Who the assistant is in the audit trail: it may propose, never approve for itself."""
    return Actor(name=ASSISTANT_NAME, seller_id=seller_id, role=Role.OPERATOR)


# ---------------------------------------------------------------- profile


def _profile_row(session: Session, seller_id: int) -> SellerProfile | None:
    return session.scalar(select(SellerProfile).where(SellerProfile.seller_id == seller_id))


def get_profile(session: Session, *, actor: Actor) -> Profile:
    """The seller's profile, or the defaults when the seller has not given one."""
    row = _profile_row(session, actor.seller_id)
    if row is None:
        return Profile()
    return Profile(
        categories=tuple(str(c) for c in row.categories),
        price_tier=row.price_tier,
        risk_appetite=row.risk_appetite,
        service_level=row.service_level.normalize(),
        preferred_modes=tuple(str(m) for m in row.preferred_modes),
        base_currency=row.base_currency,
        daily_alert_budget=row.daily_alert_budget,
    )


def profile_read(profile: Profile) -> ProfileRead:
    return ProfileRead(
        categories=list(profile.categories),
        price_tier=profile.price_tier,
        risk_appetite=profile.risk_appetite,
        service_level=profile.service_level,
        preferred_modes=list(profile.preferred_modes),
        base_currency=profile.base_currency,
        daily_alert_budget=profile.daily_alert_budget,
    )


def update_profile(
    session: Session, *, actor: Actor, changes: ProfileUpdate, now: datetime
) -> Profile:
    """Change what the seller told the assistant about their business."""
    actor.require(Role.OPERATOR, "changing the assistant profile")
    given = changes.model_dump(exclude_none=True)
    if "base_currency" in given and not is_currency(given["base_currency"]):
        raise ValidationFailed(
            f"unknown currency {given['base_currency']!r}", field="base_currency"
        )
    before = profile_read(get_profile(session, actor=actor)).model_dump(mode="json")
    row = _profile_row(session, actor.seller_id)
    if row is None:
        base = Profile()
        row = SellerProfile(
            seller_id=actor.seller_id,
            categories=list(base.categories),
            price_tier=base.price_tier,
            risk_appetite=base.risk_appetite,
            service_level=base.service_level,
            preferred_modes=list(base.preferred_modes),
            base_currency=base.base_currency,
            daily_alert_budget=base.daily_alert_budget,
            updated_at=ensure_aware(now),
            updated_by=actor.name,
        )
        session.add(row)
    for key, value in given.items():
        setattr(row, key, value)
    row.updated_at = ensure_aware(now)
    row.updated_by = actor.name
    session.flush()
    profile = get_profile(session, actor=actor)
    audit.record(
        session,
        actor=actor,
        action="assistant.profile.updated",
        subject_type="seller_profile",
        subject_id=actor.seller_id,
        data={"before": before, "after": profile_read(profile).model_dump(mode="json")},
        now=now,
    )
    return profile


# ---------------------------------------------------------------- snapshot


def _usable(a: AttributeValue) -> bool:
    return a.marketplace is None and (a.provenance is Provenance.SELLER or bool(a.accepted))


def _facts(product: Product) -> ProductFacts:
    own = {a.name: a.value for a in product.attributes if a.variant_id is None and _usable(a)}
    items: list[ItemFacts] = []
    if product.variants:
        for variant in product.variants:
            names = set(own) | {
                a.name for a in product.attributes if a.variant_id == variant.id and _usable(a)
            }
            items.append(
                ItemFacts(
                    sku=variant.sku,
                    parent_sku=product.sku,
                    attributes=frozenset(names),
                    unit_cost=variant.unit_cost,
                    cost_currency=variant.cost_currency,
                )
            )
    else:
        items.append(
            ItemFacts(
                sku=product.sku,
                parent_sku=None,
                attributes=frozenset(own),
                unit_cost=product.unit_cost,
                cost_currency=product.cost_currency,
            )
        )
    return ProductFacts(
        sku=product.sku,
        title=product.title,
        category=product.category,
        unit_cost=product.unit_cost,
        cost_currency=product.cost_currency,
        attributes=own,
        items=tuple(items),
    )


def build_snapshot(
    session: Session, *, actor: Actor, now: datetime, base_currency: str = "CNY"
) -> Snapshot:
    """One seller's data as the detectors see it, read through the domains' services."""
    products = tuple(_facts(p) for p in catalog.products_with_details(session, actor=actor))
    open_changes = approvals.list_changes(session, actor=actor, limit=1000)
    business = facts.business_facts(
        session, actor=actor, now=ensure_aware(now), products=products, base=base_currency
    )
    return Snapshot(
        **business,
        seller_id=actor.seller_id,
        now=ensure_aware(now),
        products=products,
        open_proposals=tuple(
            ProposalFacts(
                id=c.id,
                kind=c.kind,
                title=c.title,
                subject=f"{c.subject_type}:{c.subject_id}",
                status=c.status.value,
                proposed_at=c.proposed_at,
                proposed_by=c.proposed_by,
                payload=dict(c.payload),
            )
            for c in open_changes
        ),
    )


def decision_history(session: Session, *, actor: Actor) -> list[Decision]:
    """How the seller decided the assistant's past proposals, per detector."""
    rows = session.scalars(
        select(ChangeRequest).where(
            ChangeRequest.seller_id == actor.seller_id,
            ChangeRequest.dedupe_key.like(f"{domain.KEY_PREFIX}:%"),
            ChangeRequest.status.in_(tuple(DECIDED)),
            ChangeRequest.decided_at.is_not(None),
        )
    )
    decisions: list[Decision] = []
    for change in rows:
        detector = domain.detector_of(change.dedupe_key or "")
        if detector is not None and change.decided_at is not None:
            decisions.append(Decision(detector, DECIDED[change.status], change.decided_at))
    return decisions


# ---------------------------------------------------------------- run


def get_run(session: Session, *, actor: Actor, run_id: int) -> AssistantRun:
    run = session.scalar(
        select(AssistantRun).where(
            AssistantRun.id == run_id, AssistantRun.seller_id == actor.seller_id
        )
    )
    if run is None:
        raise NotFound(f"assistant run {run_id} not found", field="run_id")
    return run


def latest_run(session: Session, *, actor: Actor) -> AssistantRun | None:
    return session.scalar(
        select(AssistantRun)
        .where(AssistantRun.seller_id == actor.seller_id)
        .order_by(AssistantRun.started_at.desc(), AssistantRun.id.desc())
        .limit(1)
    )


def list_findings(
    session: Session, *, actor: Actor, run_id: int | None = None
) -> list[AssistantFinding]:
    """The findings of one run (the latest by default), best first."""
    if run_id is None:
        latest = latest_run(session, actor=actor)
        if latest is None:
            return []
        run_id = latest.id
    else:
        get_run(session, actor=actor, run_id=run_id)
    return list(
        session.scalars(
            select(AssistantFinding)
            .where(AssistantFinding.seller_id == actor.seller_id, AssistantFinding.run_id == run_id)
            .order_by(AssistantFinding.rank)
        )
    )


def finding_for_change(
    session: Session, *, actor: Actor, change_id: int
) -> AssistantFinding | None:
    """The finding that led the assistant to file a change request, if it did."""
    return session.scalar(
        select(AssistantFinding)
        .where(
            AssistantFinding.seller_id == actor.seller_id,
            AssistantFinding.change_request_id == change_id,
        )
        .order_by(AssistantFinding.id)
        .limit(1)
    )


def _previous_filings(
    session: Session, seller_id: int, keys: list[str]
) -> dict[str, tuple[str, ChangeRequest]]:
    """For each key, the newest finding that filed a change request: its fingerprint and CR."""
    out: dict[str, tuple[str, ChangeRequest]] = {}
    if not keys:
        return out
    rows = session.execute(
        select(AssistantFinding.key, AssistantFinding.fingerprint, ChangeRequest)
        .join(ChangeRequest, ChangeRequest.id == AssistantFinding.change_request_id)
        .where(AssistantFinding.seller_id == seller_id, AssistantFinding.key.in_(keys))
        .order_by(AssistantFinding.id.desc())
    )
    for key, fingerprint, change in rows:
        out.setdefault(key, (fingerprint, change))
    return out


def run(
    session: Session,
    *,
    registry: ApplierRegistry,
    detectors: DetectorRegistry,
    actor: Actor,
    now: datetime,
    slot: str | None = None,
) -> AssistantRun:
    """Run every detector once for the actor's seller. With a `slot` (a schedule slot), a second
    run for the same slot returns the first one instead of running again."""
    actor.require(Role.OPERATOR, "running the assistant")
    at = ensure_aware(now)
    slot = slot or f"manual:{at.isoformat()}:{uuid.uuid4().hex[:8]}"
    existing = session.scalar(
        select(AssistantRun).where(
            AssistantRun.seller_id == actor.seller_id, AssistantRun.slot == slot
        )
    )
    if existing is not None:
        return existing
    profile = get_profile(session, actor=actor)
    history = domain.learn(decision_history(session, actor=actor), now=at)
    thresholds = domain.thresholds_for(profile)
    snapshot = build_snapshot(session, actor=actor, now=at, base_currency=profile.base_currency)
    ranked = domain.rank(
        domain.run_detectors(detectors, snapshot, thresholds), profile=profile, history=history
    )
    record = AssistantRun(
        seller_id=actor.seller_id,
        slot=slot,
        started_at=at,
        finished_at=None,
        run_by=actor.name,
        detectors=detectors.names(),
        findings_count=len(ranked),
        proposals_count=0,
        summary={},
    )
    session.add(record)
    session.flush()
    open_by_key = {
        c.dedupe_key: c
        for c in approvals.list_changes(session, actor=actor, limit=10_000)
        if c.dedupe_key
    }
    previous = _previous_filings(session, actor.seller_id, [r.finding.key for r in ranked])
    counts: dict[str, int] = {s.value: 0 for s in FindingStatus}
    refused: list[dict[str, str]] = []
    shown = 0
    for position, item in enumerate(ranked, start=1):
        finding = item.finding
        change_id: int | None = None
        before = previous.get(finding.key)
        kind_history = history.get(finding.detector)
        if finding.key in open_by_key:
            status = FindingStatus.OPEN
            change_id = open_by_key[finding.key].id
        elif (
            finding.remedy is not None
            and before is not None
            and before[1].status in (ChangeStatus.REJECTED, ChangeStatus.APPLIED)
            and before[0] == finding.fingerprint
        ):
            status = FindingStatus.MUTED
            change_id = before[1].id
        elif finding.remedy is not None and kind_history is not None and kind_history.muted:
            status = FindingStatus.LEARNED
        elif shown >= profile.daily_alert_budget:
            status = FindingStatus.OVER_BUDGET
        else:
            shown += 1
            status = FindingStatus.SHOWN
            if finding.remedy is not None:
                try:
                    with session.begin_nested():
                        change = _file(session, registry, finding, actor=actor, now=at)
                except DomainError as exc:
                    refused.append({"key": finding.key, "error": f"{exc.code}: {exc.message}"})
                else:
                    status = FindingStatus.PROPOSED
                    change_id = change.id
        cited = finding.evidence.get("proposal_id")  # another domain's open proposal it cites
        if change_id is None and isinstance(cited, int):
            change_id = cited
        counts[status.value] += 1
        row = AssistantFinding(
            seller_id=actor.seller_id,
            run_id=record.id,
            rank=position,
            key=finding.key,
            detector=finding.detector,
            subject=finding.subject,
            severity=finding.severity,
            status=status,
            reason=finding.reason,
            evidence=finding.evidence,
            fingerprint=finding.fingerprint,
            impact_amount=None if finding.impact is None else finding.impact.amount,
            impact_currency=None if finding.impact is None else finding.impact.currency,
            impact_note=finding.impact_note,
            messages=messages.stored(
                {"reason": finding.message, "impact_note": finding.impact_message}
            ),
            duplicates=item.duplicates,
            change_request_id=change_id,
            created_at=at,
        )
        session.add(row)
        session.flush()
        if status in (FindingStatus.PROPOSED, FindingStatus.MUTED):
            audit.record(
                session,
                actor=actor,
                action=f"assistant.finding.{status.value}",
                subject_type="assistant_finding",
                subject_id=row.id,
                data={
                    "key": finding.key,
                    "change_request_id": change_id,
                    "fingerprint": finding.fingerprint,
                },
                now=at,
            )
    record.proposals_count = counts[FindingStatus.PROPOSED.value]
    record.summary = {
        "by_status": {k: v for k, v in counts.items() if v},
        "by_detector": _by_detector(ranked),
        "budget": profile.daily_alert_budget,
        "remedies_refused": refused,
    }
    record.finished_at = at
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="assistant.run.completed",
        subject_type="assistant_run",
        subject_id=record.id,
        data={"slot": slot, "findings": len(ranked), **record.summary},
        now=at,
    )
    return record


def _by_detector(ranked: list[domain.Ranked]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in ranked:
        out[item.finding.detector] = out.get(item.finding.detector, 0) + 1
    return dict(sorted(out.items()))


def _file(
    session: Session,
    registry: ApplierRegistry,
    finding: Finding,
    *,
    actor: Actor,
    now: datetime,
) -> ChangeRequest:
    remedy = finding.remedy
    assert remedy is not None
    effect: dict[str, Any] = dict(remedy.expected_effect)
    if finding.impact is not None:
        effect["money_at_stake"] = finding.impact.to_json()
    effect["impact_note"] = finding.impact_note
    return approvals.propose(
        session,
        registry=registry,
        kind=remedy.kind,
        subject_type=remedy.subject_type,
        subject_id=remedy.subject_id,
        title=remedy.title,
        payload=remedy.payload,
        reason=f"{finding.reason} (found by the assistant's {finding.detector} check)",
        actor=actor,
        now=now,
        expected_effect=effect,
        dedupe_key=finding.key,
        messages={
            "reason": finding.message,
            "impact_note": finding.impact_message,
            **({"title": remedy.title_message} if remedy.title_message else {}),
        },
    )


def impact_text(amount: Decimal | None, currency: str | None) -> str:
    """A money impact as shown to the seller, in the currency's minor units; '-' for none."""
    if amount is None or currency is None:
        return "-"
    return f"{Money.of(amount, currency).quantize(Rounding.HALF_UP).amount:f} {currency}"


HISTORY = 20  # exchanges shown on the dashboard


def record_chat(
    session: Session,
    *,
    actor: Actor,
    question: str,
    answer: str,
    intent: str,
    link: str | None,
    now: datetime,
) -> ChatMessage:
    """Keep one question and its answer in the asking user's conversation history."""
    if actor.user_id is None:
        raise ValidationFailed("only a signed-in user has a conversation history", field="user")
    message = ChatMessage(
        seller_id=actor.seller_id,
        user_id=actor.user_id,
        question=question,
        answer=answer,
        intent=intent[:40],
        link=link[:200] if link else None,
        asked_at=ensure_aware(now),
    )
    session.add(message)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="assistant.chat.asked",
        subject_type="chat_message",
        subject_id=message.id,
        data={"intent": message.intent},
        now=now,
    )
    return message


def chat_history(session: Session, *, actor: Actor, limit: int = HISTORY) -> list[ChatMessage]:
    """The asking user's latest exchanges in this seller, oldest first."""
    if actor.user_id is None:
        return []
    rows = session.scalars(
        select(ChatMessage)
        .where(ChatMessage.seller_id == actor.seller_id, ChatMessage.user_id == actor.user_id)
        .order_by(ChatMessage.id.desc())
        .limit(limit)
    )
    return list(reversed(list(rows)))
