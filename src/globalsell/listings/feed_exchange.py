"""The Amazon feed file exchange: the store's approved listings written as
JSON_LISTINGS_FEED documents (with the approved price as the offer), and the processing report
Amazon returns for them put back onto the listings. Keyword-only, scoped to the actor's seller,
flush and never commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.core.marketplaces import Marketplace, marketplaces
from globalsell.listings import feed
from globalsell.listings.domain import Issue, ListingStatus, Severity, check_transition
from globalsell.listings.models import Listing
from globalsell.listings.service import list_listings
from globalsell.pricing import changes as pricing_changes


def _load(session: Session, seller_id: int, sku: str, store: str) -> Listing | None:
    return session.scalar(
        select(Listing).where(
            Listing.seller_id == seller_id, Listing.sku == sku, Listing.marketplace == store
        )
    )


def export_feed(
    session: Session,
    *,
    actor: Actor,
    store: str,
    merchant_id: str,
    now: datetime,
    chunk: int = feed.MAX_MESSAGES,
) -> list[dict[str, Any]]:
    """JSON_LISTINGS_FEED documents for the store's approved listings (UPDATE messages), each
    checked against Amazon's schema. Writing a file is not a submission: the listings stay
    `approved`, with the feed message as their channel reference, until Amazon's processing
    report (or an SP-API submission) says what happened."""
    actor.require(Role.OPERATOR, "exporting listings")
    market = marketplaces().get(store)
    rows = [
        row
        for row in list_listings(session, actor=actor, store=market.code)
        if row.status is ListingStatus.APPROVED
    ]
    messages = [feed.update_message(0, row.sku, row.content, market) for row in rows]
    for message in messages:
        offer = _applied_offer(session, actor=actor, sku=message["sku"], store=market, now=now)
        if offer is not None:
            message["attributes"]["purchasable_offer"] = offer
    documents = feed.documents(merchant_id, market, messages, size=chunk)
    for number, document in enumerate(documents, start=1):
        errors = feed.feed_errors(document)
        if errors:
            raise ValidationFailed(
                f"feed document {number} does not fit Amazon's schema: {errors[0]}",
                field="feed",
            )
    at = ensure_aware(now)
    index = 0
    for number, document in enumerate(documents, start=1):
        for message in document["messages"]:
            row = rows[index]
            index += 1
            row.channel_ref = f"feed:{number}:{message['messageId']}"
            row.updated_at = at
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="listings.feed.exported",
        subject_type="marketplace",
        subject_id=market.code,
        data={"documents": len(documents), "messages": len(rows)},
        now=now,
    )
    return documents


def applied_offer(
    session: Session, *, actor: Actor, sku: str, store: Marketplace, now: datetime
) -> list[dict[str, Any]] | None:
    """The approved price of `sku` in `store` as Amazon's `purchasable_offer`, or None."""
    return _applied_offer(session, actor=actor, sku=sku, store=store, now=now)


def _applied_offer(
    session: Session, *, actor: Actor, sku: str, store: Marketplace, now: datetime
) -> list[dict[str, Any]] | None:
    """The `purchasable_offer` of the price the seller approved for this SKU and store (amounts
    as JSON numbers, as Amazon's schema wants them), or None when no price was applied yet."""
    try:
        offer = pricing_changes.purchasable_offer(
            session, sku=sku, store=store.code, actor=actor, now=now
        )
    except NotFound:
        return None
    return [_numbers(entry) for entry in offer]


def _numbers(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: feed.number(item) if key.startswith("value") else _numbers(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_numbers(item) for item in value]
    return value


def apply_processing_report(
    session: Session, *, actor: Actor, store: str, report: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Put a feed processing report onto the store's submitted listings: accepted -> live,
    ERROR issues -> rejected with the issues; SKUs we never sent are reported, not guessed."""
    actor.require(Role.OPERATOR, "recording feed results")
    market = marketplaces().get(store)
    outcome = feed.parse_report(report)
    if outcome.schema_errors:
        raise ValidationFailed(
            "not a listings feed processing report (v2)",
            field="report",
            errors=[],
        )
    at = ensure_aware(now)
    # A processing report proves the exported feed was uploaded: its listings are submitted.
    for row in list_listings(session, actor=actor, store=market.code):
        if row.status is ListingStatus.APPROVED and (row.channel_ref or "").startswith("feed:"):
            check_transition(row.status, ListingStatus.SUBMITTED)
            row.status = ListingStatus.SUBMITTED
            row.submitted_at = at
            row.updated_at = at
    live: list[str] = []
    rejected: list[str] = []
    unknown: list[str] = []
    for sku, issues in [*outcome.accepted.items(), *outcome.rejected.items()]:
        listing = _load(session, actor.seller_id, sku, market.code)
        if listing is None or listing.status is not ListingStatus.SUBMITTED:
            unknown.append(sku)
            continue
        ok = sku in outcome.accepted
        target = ListingStatus.LIVE if ok else ListingStatus.REJECTED
        check_transition(listing.status, target)
        listing.status = target
        listing.issues = [
            *listing.issues,
            *(
                Issue(
                    f"amazon-{i.get('code', '')}",
                    str(i.get("attributeName") or "amazon"),
                    str(i.get("message", "")),
                    Severity.ERROR if i.get("severity") == "ERROR" else Severity.WARNING,
                ).as_json()
                for i in issues
            ),
        ]
        listing.updated_at = at
        (live if ok else rejected).append(sku)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="listings.feed.report_applied",
        subject_type="marketplace",
        subject_id=market.code,
        data={"live": live, "rejected": rejected, "unknown_skus": unknown},
        now=now,
    )
    return {"live": live, "rejected": rejected, "unknown_skus": unknown}
