"""How generated listings go through approvals: one change request per SKU carries its content
for every store; an approver may edit any store's content before approving."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from globalsell.approvals.registry import ApplierRegistry, Description
from globalsell.catalog.domain import has_control_characters
from globalsell.core import messages
from globalsell.core.actor import Actor
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.core.marketplaces import marketplaces
from globalsell.listings import service


class ApproveListings:
    """`listings.listing.approve`: {sku, listings: {store code: content}}."""

    kind = service.APPROVE_KIND

    def validate(self, session: Session, *, seller_id: int, payload: dict[str, Any]) -> None:
        sku = payload.get("sku")
        listings = payload.get("listings")
        if not isinstance(sku, str) or not sku:
            raise ValidationFailed("sku is required", field="sku")
        if not isinstance(listings, dict) or not listings:
            raise ValidationFailed("listings must map store codes to content", field="listings")
        known = {
            row.marketplace for row in service.listings_for(session, seller_id=seller_id, sku=sku)
        }
        for code, content in listings.items():
            store = marketplaces().get(str(code))
            if store.code not in known:
                raise NotFound(
                    f"no listing of {sku} in {code}; generate it first", field="listings"
                )
            if not isinstance(content, dict):
                raise ValidationFailed(f"content for {code} must be an object", field="listings")
            if has_control_characters(content):
                raise ValidationFailed(
                    f"content for {code} has control characters", field="listings"
                )

    def describe(self, payload: dict[str, Any]) -> Description:
        sku = str(payload["sku"])
        stores = sorted(str(code) for code in dict(payload["listings"]))
        return Description(
            "product",
            sku,
            f"Publish {sku} in {len(stores)} stores ({', '.join(stores)})",
            messages.message("listings.publish", sku=sku, stores=messages.items(list(stores))),
        )

    def snapshot(
        self, session: Session, *, seller_id: int, payload: dict[str, Any]
    ) -> dict[str, Any]:
        rows = service.listings_for(session, seller_id=seller_id, sku=str(payload.get("sku")))
        wanted = payload.get("listings") if isinstance(payload.get("listings"), dict) else {}
        return {
            "sku": payload.get("sku"),
            "listings": {
                r.marketplace: r.content
                for r in rows
                if r.marketplace in (wanted or {})
                and r.status.value in ("approved", "submitted", "live")
            },
        }

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        return service.approve(
            session,
            actor=actor,
            sku=str(payload["sku"]),
            listings=dict(payload["listings"]),
            now=now,
        )


def register(registry: ApplierRegistry) -> None:
    registry.register(ApproveListings())
