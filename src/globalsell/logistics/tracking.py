"""Tracking events in: CSV, JSON and the signed webhook all go through `ingest_events`, which
stores each event once per id with its outcome and applies it to the shipments it names."""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.accounts.models import Seller
from globalsell.core import audit, sealing
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    FieldError,
    Unauthenticated,
    ValidationFailed,
)
from globalsell.logistics import domain, eta
from globalsell.logistics.domain import EventInput, Milestone, Outcome
from globalsell.logistics.milestones import Applied, apply_milestone
from globalsell.logistics.models import (
    Shipment,
    TrackingEvent,
    WebhookSecret,
)
from globalsell.logistics.service import (
    SIGNATURE_PREFIX,
    WEBHOOK_WINDOW,
    find_by_reference,
    load_shipments,
)

# ---------------------------------------------------------------- tracking events


@dataclass
class EventReport:
    received: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    # event id, outcome, detail: everything that was not simply applied
    notes: list[tuple[str, str, str]] = field(default_factory=list)


def check_events(rows: Sequence[EventInput], *, now: datetime) -> list[FieldError]:
    """Shape rules of a batch: ids, references and codes present, aware times not in the future."""
    errors: list[FieldError] = []
    if not rows:
        errors.append(FieldError("events", "no events given"))
    if len(rows) > domain.MAX_EVENTS_PER_BATCH:
        errors.append(FieldError("events", f"at most {domain.MAX_EVENTS_PER_BATCH} per batch"))
    for row, event in enumerate(rows, start=1):
        for name, limit in (
            ("event_id", 120),
            ("carrier", 60),
            ("reference", 60),
            ("status_code", 40),
        ):
            value = getattr(event, name)
            if not value or not value.strip():
                errors.append(FieldError(name, "is required", row=row))
            elif len(value) > limit:
                errors.append(
                    FieldError(name, f"at most {limit} characters", row=row, value=value[:40])
                )
        when = event.occurred_at
        if when.tzinfo is None or when.utcoffset() is None:
            errors.append(
                FieldError(
                    "occurred_at",
                    "has no timezone; send an offset (2026-11-20T08:30:00+08:00) or Z",
                    row=row,
                    value=when.isoformat(),
                )
            )
        elif when > now + domain.FUTURE_SKEW:
            errors.append(
                FieldError("occurred_at", "is in the future", row=row, value=when.isoformat())
            )
        if event.location is not None and len(event.location) > 30:
            errors.append(FieldError("location", "at most 30 characters", row=row))
    return errors


def ingest_events(
    session: Session,
    *,
    actor: Actor,
    events: Sequence[EventInput],
    channel: str,
    now: datetime,
) -> EventReport:
    """Take carrier events in: a malformed batch is refused whole (each row listed); otherwise
    every event is stored once per event id with its outcome (applied, late, repeat, unmatched,
    unmapped, flagged) and duplicates are counted and skipped. Events apply in time order, so a
    batch that arrives shuffled ends in the same state as one in order."""
    actor.require(Role.OPERATOR, "importing tracking events")
    now = ensure_aware(now)
    errors = check_events(events, now=now)
    if errors:
        raise ValidationFailed(f"{len(errors)} problem(s); no event was imported", errors=errors)
    report = EventReport(received=len(events))
    ids = {e.event_id.strip() for e in events}
    # One batch per seller at a time: the seller row is locked before the known event ids are
    # read, so two deliveries of the same ids (even for a reference no shipment has, where there
    # is no shipment row to lock) run one after the other and the second counts duplicates.
    session.execute(select(Seller.id).where(Seller.id == actor.seller_id).with_for_update())
    # Lock every shipment the batch names, in primary-key order, before reading which event ids
    # are known and whether stock was posted: the second delivery sees the first's work (ADR
    # 0058, 0060).
    matched = {
        ref: find_by_reference(session, seller_id=actor.seller_id, reference=ref)
        for ref in {e.reference.strip() for e in events}
    }
    locked = sorted({s.id for found in matched.values() for s in found})
    if locked:
        session.scalars(
            load_shipments(actor.seller_id)
            .where(Shipment.id.in_(locked))
            .order_by(Shipment.id)
            .with_for_update(of=Shipment)
            .execution_options(populate_existing=True)
        ).all()
    existing = set(
        session.scalars(
            select(TrackingEvent.event_id).where(
                TrackingEvent.seller_id == actor.seller_id, TrackingEvent.event_id.in_(ids)
            )
        )
    )
    history = eta.lane_history(session, seller_id=actor.seller_id)
    touched: dict[int, Shipment] = {}
    ordered = sorted(
        events,
        key=lambda e: (
            ensure_aware(e.occurred_at),
            domain.RANK.get(domain.map_status(e.carrier, e.status_code) or Milestone.BOOKED, 0),
        ),
    )
    for event in ordered:
        event_id = event.event_id.strip()
        if event_id in existing:
            report.outcomes[Outcome.DUPLICATE] += 1
            continue
        existing.add(event_id)
        at = ensure_aware(event.occurred_at)
        milestone = domain.map_status(event.carrier, event.status_code)
        shipments = matched[event.reference.strip()]
        location = event.location.strip().upper() if event.location else None
        if not shipments:
            result = Applied(Outcome.UNMATCHED, f"no shipment has reference {event.reference!r}")
        elif milestone is None:
            result = Applied(
                Outcome.UNMAPPED,
                f"status {event.status_code!r} of {event.carrier!r} is not in the mapping table",
            )
        else:
            results = []
            for one in shipments:
                results.append(
                    apply_milestone(
                        session,
                        actor=actor,
                        shipment=one,
                        milestone=milestone,
                        at=at,
                        location=location,
                        source=f"{channel} event {event_id}",
                        now=now,
                    )
                )
                touched[one.id] = one
            result = results[0]
            if len(shipments) > 1:
                result = Applied(
                    result.outcome,
                    "; ".join(
                        f"{one.code}: {r.outcome}" + (f" ({r.detail})" if r.detail else "")
                        for one, r in zip(shipments, results, strict=True)
                    ),
                )
        shipment = shipments[0] if shipments else None
        session.add(
            TrackingEvent(
                seller_id=actor.seller_id,
                event_id=event_id,
                channel=channel,
                carrier=event.carrier.strip().upper(),
                reference=event.reference.strip(),
                status_code=event.status_code.strip(),
                milestone=milestone,
                occurred_at=at,
                location=location,
                shipment_id=shipment.id if shipment else None,
                outcome=result.outcome.value,
                detail=result.detail[:500] if result.detail else None,
                received_at=now,
            )
        )
        report.outcomes[result.outcome] += 1
        if result.outcome is not Outcome.APPLIED or result.detail:
            report.notes.append((event_id, result.outcome.value, result.detail or ""))
    session.flush()
    for shipment in touched.values():
        eta.refresh(session, shipment=shipment, history=history, now=now)
    audit.record(
        session,
        actor=actor,
        action="logistics.events.imported",
        subject_type="tracking_events",
        subject_id=channel,
        data={"received": report.received, **dict(sorted(report.outcomes.items()))},
        now=now,
    )
    return report


def list_events(
    session: Session,
    *,
    actor: Actor,
    outcome: str | None = None,
    shipment_id: int | None = None,
    limit: int = 500,
) -> list[TrackingEvent]:
    """Received tracking events, newest first (e.g. `outcome='unmatched'` to fix references)."""
    query = select(TrackingEvent).where(TrackingEvent.seller_id == actor.seller_id)
    if outcome is not None:
        query = query.where(TrackingEvent.outcome == outcome)
    if shipment_id is not None:
        query = query.where(TrackingEvent.shipment_id == shipment_id)
    return list(
        session.scalars(
            query.order_by(TrackingEvent.received_at.desc(), TrackingEvent.id.desc()).limit(limit)
        )
    )


# ---------------------------------------------------------------- webhook


WEBHOOK_PURPOSE = "tracking-webhook-secret"


def rotate_webhook_secret(
    session: Session, *, actor: Actor, sealing_key: str, now: datetime
) -> str:
    """A new signing secret for the seller's tracking webhook (shown once; the old one stops).
    Stored sealed under `sealing_key` (the settings' secret key)."""
    actor.require(Role.OWNER, "setting the tracking webhook secret")
    secret = "whsec_" + secrets.token_hex(32)
    sealed = sealing.seal(sealing_key, secret, purpose=WEBHOOK_PURPOSE)
    row = session.scalar(select(WebhookSecret).where(WebhookSecret.seller_id == actor.seller_id))
    if row is None:
        session.add(
            WebhookSecret(seller_id=actor.seller_id, secret=sealed, created_at=ensure_aware(now))
        )
    else:
        row.secret = sealed
        row.created_at = ensure_aware(now)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="logistics.webhook_secret.rotated",
        subject_type="seller",
        subject_id=actor.seller_id,
        now=now,
    )
    return secret


def sign(secret: str, *, timestamp: str, body: bytes) -> str:
    """The signature header value for a body: `sha256=` + hex HMAC-SHA256 of `timestamp.body`."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return SIGNATURE_PREFIX + mac.hexdigest()


def webhook_actor(
    session: Session,
    *,
    seller_slug: str,
    body: bytes,
    timestamp: str | None,
    signature: str | None,
    sealing_key: str,
    now: datetime,
) -> Actor:
    """The actor a signed webhook delivery acts as; Unauthenticated when the seller has no
    secret, the signature does not match, or the timestamp is outside the replay window."""
    if not timestamp or not signature:
        raise Unauthenticated("send X-Globalsell-Timestamp and X-Globalsell-Signature headers")
    row = session.execute(
        select(Seller.id, WebhookSecret.secret)
        .join(WebhookSecret, WebhookSecret.seller_id == Seller.id)
        .where(Seller.slug == seller_slug)
    ).first()
    if row is None:
        raise Unauthenticated("signature does not match")
    seller_id, stored = row
    secret = sealing.unseal(sealing_key, stored, purpose=WEBHOOK_PURPOSE)
    if secret is None:  # sealed under another secret key: the owner must rotate it
        raise Unauthenticated("signature does not match")
    expected = sign(secret, timestamp=timestamp, body=body)
    sent_signature = signature.strip()
    # compare_digest refuses non-ASCII str; any such byte is simply a wrong signature.
    if not sent_signature.isascii() or not hmac.compare_digest(expected, sent_signature):
        raise Unauthenticated("signature does not match")
    try:
        sent = float(timestamp)
    except ValueError:
        raise Unauthenticated("X-Globalsell-Timestamp is Unix seconds") from None
    if not math.isfinite(sent):
        raise Unauthenticated("X-Globalsell-Timestamp is Unix seconds")
    if abs(ensure_aware(now).timestamp() - sent) > WEBHOOK_WINDOW.total_seconds():
        raise Unauthenticated("timestamp outside the 5-minute window (replayed or clock skew)")
    return Actor(name="webhook:tracking", seller_id=seller_id, role=Role.OPERATOR)
