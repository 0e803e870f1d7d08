"""Submitting approved listings through the Listings Items API: a VALIDATION_PREVIEW first, the
real submit only when Amazon found no error, then the status and issues. Every call is kept as
the listing's submission history; content already accepted (same hash) is not sent again."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.core.marketplaces import marketplaces
from globalsell.listings import feed, feed_exchange, service
from globalsell.listings.domain import Issue, ListingStatus, Severity, check_transition
from globalsell.listings.models import Listing, ListingSubmission
from globalsell.listings.spapi import ChannelError, ListingsApi

PREVIEW, SUBMIT, STATUS = "preview", "submit", "status"
LIVE_STATES = ("BUYABLE",)


@dataclass
class SubmitReport:
    store: str
    previewed: list[str] = field(default_factory=list)
    invalid: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    submitted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    live: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    stopped: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "previewed": self.previewed,
            "invalid": self.invalid,
            "submitted": self.submitted,
            "unchanged": self.unchanged,
            "live": self.live,
            "rejected": self.rejected,
            "stopped": self.stopped,
        }


def request_body(
    session: Session, *, actor: Actor, listing: Listing, now: datetime
) -> dict[str, Any]:
    """The putListingsItem body: product type, LISTING requirements and the attributes the
    feed would carry (with the approved price as purchasable_offer when there is one)."""
    market = marketplaces().get(listing.marketplace)
    message = feed.update_message(0, listing.sku, listing.content, market)
    offer = feed_exchange.applied_offer(
        session, actor=actor, sku=listing.sku, store=market, now=now
    )
    if offer is not None:
        message["attributes"]["purchasable_offer"] = offer
    return {
        "productType": message["productType"],
        "requirements": message["requirements"],
        "attributes": message["attributes"],
    }


def content_hash(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def amazon_issues(raw: Any) -> list[Issue]:
    out: list[Issue] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        names = item.get("attributeNames") or []
        severity = {"ERROR": Severity.ERROR, "WARNING": Severity.WARNING}.get(
            str(item.get("severity")), Severity.INFO
        )
        out.append(
            Issue(
                f"amazon-{item.get('code', '')}",
                str(names[0]) if names else "amazon",
                str(item.get("message", "")),
                severity,
            )
        )
    return out


def history(session: Session, *, actor: Actor, listing_id: int) -> list[ListingSubmission]:
    return list(
        session.scalars(
            select(ListingSubmission)
            .where(
                ListingSubmission.seller_id == actor.seller_id,
                ListingSubmission.listing_id == listing_id,
            )
            .order_by(ListingSubmission.id)
        )
    )


def _accepted(session: Session, listing: Listing, digest: str) -> bool:
    return (
        session.scalar(
            select(ListingSubmission.id).where(
                ListingSubmission.listing_id == listing.id,
                ListingSubmission.operation == SUBMIT,
                ListingSubmission.outcome == "ACCEPTED",
                ListingSubmission.content_hash == digest,
            )
        )
        is not None
    )


def _record(
    session: Session,
    listing: Listing,
    *,
    operation: str,
    digest: str,
    outcome: str,
    answer: dict[str, Any],
    attempts: int,
    at: datetime,
) -> ListingSubmission:
    row = ListingSubmission(
        seller_id=listing.seller_id,
        listing_id=listing.id,
        sku=listing.sku,
        marketplace=listing.marketplace,
        operation=operation,
        content_hash=digest,
        outcome=outcome[:40],
        submission_id=(str(answer["submissionId"])[:100] if answer.get("submissionId") else None),
        issues=[i.as_json() for i in amazon_issues(answer.get("issues"))],
        attempts=attempts,
        created_at=at,
    )
    session.add(row)
    return row


def _record_failure(
    session: Session, listing: Listing, *, operation: str, digest: str, at: datetime
) -> None:
    """The call that Amazon never answered (the run stops there)."""
    _record(
        session,
        listing,
        operation=operation,
        digest=digest,
        outcome="ERROR",
        answer={"issues": []},
        attempts=0,
        at=at,
    )


def _attempts(api: ListingsApi) -> int:
    calls = getattr(api, "calls", None)
    return int(calls[-1].attempts) if calls else 1


def _put(
    session: Session,
    api: ListingsApi,
    listing: Listing,
    body: dict[str, Any],
    operation: str,
    digest: str,
    at: datetime,
) -> tuple[dict[str, Any], str, list[Issue]]:
    """One putListingsItem call (a VALIDATION_PREVIEW or the real submit), recorded in the
    listing's history: Amazon's answer, its status and its issues."""
    answer = api.put(listing.sku, body, preview=operation == PREVIEW)
    outcome = str(answer.get("status") or "UNKNOWN")
    _record(
        session,
        listing,
        operation=operation,
        digest=digest,
        outcome=outcome,
        answer=answer,
        attempts=_attempts(api),
        at=at,
    )
    return answer, outcome, amazon_issues(answer.get("issues"))


def _hold(listing: Listing, issues: list[Issue], at: datetime) -> None:
    """Amazon found errors: back to draft with its issues, for the seller to fix."""
    check_transition(listing.status, ListingStatus.DRAFT)
    listing.status = ListingStatus.DRAFT
    kept = [i for i in listing.issues if not str(i.get("code", "")).startswith("amazon-")]
    listing.issues = [*kept, *(i.as_json() for i in issues)]
    listing.updated_at = at


def submit(
    session: Session,
    *,
    actor: Actor,
    store: str,
    api: ListingsApi,
    now: datetime,
    skus: Sequence[str] | None = None,
    preview_only: bool = False,
) -> SubmitReport:
    """Preview, submit and read back the store's approved listings (or the given SKUs, which
    must be approved). A channel failure stops the run; what was done stays recorded."""
    actor.require(Role.OPERATOR, "submitting listings")
    market = marketplaces().get(store)
    if market.channel != "amazon":
        raise ValidationFailed(f"{market.code} is not an Amazon store", field="store")
    at = ensure_aware(now)
    rows = service.list_listings(session, actor=actor, store=market.code)
    if skus is not None:
        wanted = set(skus)
        rows = [r for r in rows if r.sku in wanted]
        missing = sorted(wanted - {r.sku for r in rows})
        if missing:
            raise NotFound(f"no listing in {market.code} for: {', '.join(missing)}", field="sku")
        not_approved = [r.sku for r in rows if r.status is not ListingStatus.APPROVED]
        if not_approved:
            raise ValidationFailed(
                f"only approved listings are submitted; not approved in {market.code}: "
                + ", ".join(not_approved),
                field="sku",
            )
    rows = [r for r in rows if r.status is ListingStatus.APPROVED]
    report = SubmitReport(store=market.code)
    for listing in rows:
        body = request_body(session, actor=actor, listing=listing, now=at)
        digest = content_hash(body)
        stage = PREVIEW
        try:
            if _accepted(session, listing, digest):
                report.unchanged.append(listing.sku)
                if not preview_only:
                    check_transition(listing.status, ListingStatus.SUBMITTED)
                    listing.status = ListingStatus.SUBMITTED
                    listing.updated_at = at
                continue
            answer, outcome, issues = _put(session, api, listing, body, PREVIEW, digest, at)
            report.previewed.append(listing.sku)
            if outcome != "VALID" or any(i.severity is Severity.ERROR for i in issues):
                _hold(listing, issues, at)
                report.invalid[listing.sku] = [i.as_json() for i in issues]
                continue
            if preview_only:
                continue
            stage = SUBMIT
            answer, outcome, issues = _put(session, api, listing, body, SUBMIT, digest, at)
            if outcome != "ACCEPTED":
                _hold(listing, issues, at)
                report.invalid[listing.sku] = [i.as_json() for i in issues]
                continue
            check_transition(listing.status, ListingStatus.SUBMITTED)
            listing.status = ListingStatus.SUBMITTED
            listing.submitted_at = at
            listing.channel_ref = f"sp-api:{answer.get('submissionId', '')}"[:200]
            listing.updated_at = at
            report.submitted.append(listing.sku)
            stage = STATUS
            _read_status(session, listing, api, digest, at, report)
        except ChannelError as exc:
            _record_failure(session, listing, operation=stage, digest=digest, at=at)
            report.stopped = exc.message
            break
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="listings.listing.submitted",
        subject_type="marketplace",
        subject_id=market.code,
        data={
            "preview_only": preview_only,
            "previewed": len(report.previewed),
            "invalid": sorted(report.invalid),
            "submitted": report.submitted,
            "unchanged": report.unchanged,
            "stopped": report.stopped,
        },
        now=at,
    )
    return report


def _read_status(
    session: Session,
    listing: Listing,
    api: ListingsApi,
    digest: str,
    at: datetime,
    report: SubmitReport,
) -> None:
    answer = api.get(listing.sku)
    summaries = [s for s in answer.get("summaries") or [] if isinstance(s, dict)]
    states = sorted({str(x) for s in summaries for x in s.get("status") or []})
    issues = amazon_issues(answer.get("issues"))
    _record(
        session,
        listing,
        operation=STATUS,
        digest=digest,
        outcome=",".join(states) or "PENDING",
        answer=answer,
        attempts=_attempts(api),
        at=at,
    )
    kept = [i for i in listing.issues if not str(i.get("code", "")).startswith("amazon-")]
    listing.issues = [*kept, *(i.as_json() for i in issues)]
    asin = next((str(s["asin"]) for s in summaries if s.get("asin")), None)
    if asin:
        listing.channel_ref = f"asin:{asin}"
    if any(i.severity is Severity.ERROR for i in issues):
        check_transition(listing.status, ListingStatus.REJECTED)
        listing.status = ListingStatus.REJECTED
        report.rejected.append(listing.sku)
    elif any(s in LIVE_STATES for s in states):
        check_transition(listing.status, ListingStatus.LIVE)
        listing.status = ListingStatus.LIVE
        report.live.append(listing.sku)
    listing.updated_at = at


def refresh_status(
    session: Session, *, actor: Actor, store: str, api: ListingsApi, now: datetime
) -> SubmitReport:
    """Read status and issues of the store's submitted listings back from Amazon."""
    actor.require(Role.OPERATOR, "reading listing status")
    market = marketplaces().get(store)
    at = ensure_aware(now)
    report = SubmitReport(store=market.code)
    for listing in service.list_listings(session, actor=actor, store=market.code):
        if listing.status is not ListingStatus.SUBMITTED:
            continue
        digest = content_hash(request_body(session, actor=actor, listing=listing, now=at))
        try:
            _read_status(session, listing, api, digest, at, report)
        except ChannelError as exc:
            _record_failure(session, listing, operation=STATUS, digest=digest, at=at)
            report.stopped = exc.message
            break
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="listings.listing.status_read",
        subject_type="marketplace",
        subject_id=market.code,
        data={"live": report.live, "rejected": report.rejected, "stopped": report.stopped},
        now=at,
    )
    return report
