"""The listings part of the product page: every store's listing of the product (and of its
variants) with status, rule issues and the last call to Amazon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from globalsell.catalog.models import Product
from globalsell.core.actor import Actor
from globalsell.listings import service, submission
from globalsell.listings.domain import STORES


@dataclass(frozen=True)
class ListingRow:
    sku: str
    store: str
    status: str  # a ListingStatus value, or "missing" when none was generated
    title: str
    issues: list[dict[str, Any]]
    needs_translation: list[str]
    last_call: str


def listing_rows(session: Session, *, actor: Actor, product: Product) -> dict[str, Any]:
    """For the product page: one row per SKU and store (every store listings are generated
    for, plus any other store that has a listing)."""
    rows = service.product_listings(session, actor=actor, sku=product.sku)
    by_key = {(r.sku, r.marketplace): r for r in rows}
    skus = [product.sku, *(v.sku for v in product.variants)] if rows else []
    stores = list(STORES) + sorted({r.marketplace for r in rows} - set(STORES))
    out: list[ListingRow] = []
    for sku in skus:
        for store in stores:
            row = by_key.get((sku, store))
            if row is None:
                out.append(ListingRow(sku, store, "missing", "", [], [], ""))
                continue
            history = submission.history(session, actor=actor, listing_id=row.id)
            last = history[-1] if history else None
            out.append(
                ListingRow(
                    sku=sku,
                    store=store,
                    status=row.status.value,
                    title=str(row.content.get("item_name") or ""),
                    issues=[i for i in row.issues if i.get("severity") != "info"],
                    needs_translation=list(row.needs_translation),
                    last_call=f"{last.operation}: {last.outcome}" if last else "",
                )
            )
    return {
        "listing_rows": out,
        "listing_stores": stores,
        "listing_counts": {
            status: sum(1 for r in out if r.status == status)
            for status in sorted({r.status for r in out})
        },
    }
