"""The demo's listings: every store generated and validated for the demo seller, all but a
few SKUs approved, and the DE JSON_LISTINGS_FEED written to a folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from globalsell.approvals import service as approvals
from globalsell.bootstrap import Runtime
from globalsell.db.session import unit_of_work
from globalsell.demo.builder import demo_owner
from globalsell.listings import feed_exchange
from globalsell.listings import service as listings


@dataclass
class ListingsDemo:
    listings: int = 0
    validated: int = 0
    needs_translation: int = 0
    approved_skus: int = 0
    left_in_inbox: int = 0
    feed_file: str = ""
    feed_messages: int = 0


def build_listings_demo(
    runtime: Runtime, *, feed_dir: Path, leave_in_inbox: int = 3
) -> ListingsDemo:
    """Generate and validate listings for every store, approve all but a few SKUs, and write
    the DE JSON_LISTINGS_FEED (checked against Amazon's schema) into `feed_dir`."""
    result = ListingsDemo()
    now = runtime.clock.now()
    with unit_of_work(runtime.session_factory) as session:
        owner = demo_owner(session)
        generated = listings.generate(session, actor=owner, registry=runtime.registry, now=now)
        result.listings = generated.listings
        result.validated = generated.validated
        result.needs_translation = generated.needs_translation
        to_approve = generated.proposals[: max(len(generated.proposals) - leave_in_inbox, 0)]
        for change_id in to_approve:
            view = approvals.inspect(
                session, registry=runtime.registry, change_id=change_id, actor=owner
            )
            approvals.approve_and_apply(
                session,
                registry=runtime.registry,
                change_id=change_id,
                seen_fingerprint=view.fingerprint,
                actor=owner,
                now=now,
                ttl=runtime.settings.approval_ttl,
            )
        result.approved_skus = len(to_approve)
        result.left_in_inbox = len(generated.proposals) - len(to_approve)
        documents = feed_exchange.export_feed(
            session, actor=owner, store="DE", merchant_id=f"SELLER-{owner.seller_id}", now=now
        )
    feed_dir.mkdir(parents=True, exist_ok=True)
    path = feed_dir / "DE.json"
    if documents:
        path.write_text(json.dumps(documents[0], ensure_ascii=False, indent=1), "utf-8")
        result.feed_messages = len(documents[0]["messages"])
        result.feed_file = str(path)
    return result
