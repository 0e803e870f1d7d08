"""The listings quality report: per store and per field, fill rate, acceptance (approved
unchanged, edited, rejected), drafts and first-try validity."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.core.actor import Actor
from globalsell.listings import rules
from globalsell.listings.domain import ListingStatus
from globalsell.listings.service import APPROVE_KIND, list_listings


def quality_report(session: Session, *, actor: Actor) -> dict[str, Any]:
    """Per store and per field: fill rate (filled automatically), acceptance (approved unchanged
    / edited / rejected) and first-try validity."""
    rows = list_listings(session, actor=actor)
    rejected_skus = set(
        session.scalars(
            select(ChangeRequest.subject_id).where(
                ChangeRequest.seller_id == actor.seller_id,
                ChangeRequest.kind == APPROVE_KIND,
                ChangeRequest.status == ChangeStatus.REJECTED,
            )
        )
    )
    approved_skus = set(
        session.scalars(
            select(ChangeRequest.subject_id).where(
                ChangeRequest.seller_id == actor.seller_id,
                ChangeRequest.kind == APPROVE_KIND,
                ChangeRequest.status == ChangeStatus.APPLIED,
            )
        )
    )
    required = (*rules.REQUIRED, "material")
    per_store: dict[str, Any] = {}
    per_field: dict[str, dict[str, int]] = {}
    for row in rows:
        s = per_store.setdefault(
            row.marketplace,
            {
                "listings": 0,
                "first_try_valid": 0,
                "required": 0,
                "filled": 0,
                "approved_unchanged": 0,
                "approved_edited": 0,
                "rejected": 0,
                "needs_translation": 0,
                "drafts": 0,
                "drafts_after_approval": 0,
            },
        )
        s["listings"] += 1
        if row.status is ListingStatus.DRAFT:
            s["drafts"] += 1
            s["drafts_after_approval"] += row.sku in approved_skus
        typed = row.product_type not in ("", "PRODUCT")
        s["first_try_valid"] += row.first_try_valid and typed  # only listings with a real type
        s["needs_translation"] += bool(row.needs_translation)
        decided = row.status in (
            ListingStatus.APPROVED,
            ListingStatus.SUBMITTED,
            ListingStatus.LIVE,
            ListingStatus.REJECTED,
        )
        if decided:
            s["approved_edited" if row.edited_fields else "approved_unchanged"] += 1
        elif row.sku in rejected_skus:
            s["rejected"] += 1
        for name in required:
            f = per_field.setdefault(
                name,
                {"required": 0, "filled": 0, "first_try_valid": 0, "edited": 0, "decided": 0},
            )
            f["required"] += 1
            s["required"] += 1
            filled = row.generated_content.get(name) not in (None, "", [], {})
            f["filled"] += filled
            s["filled"] += filled
            has_issue = any(i["field"] == name and i["severity"] == "error" for i in row.issues)
            f["first_try_valid"] += filled and not has_issue
            if decided:
                f["decided"] += 1
                f["edited"] += name in row.edited_fields
    stores = {
        code: {
            "listings": s["listings"],
            "fill_rate": _rate(s["filled"], s["required"]),
            "first_try_validity": _rate(s["first_try_valid"], s["listings"]),
            "acceptance": {
                "approved_unchanged": s["approved_unchanged"],
                "approved_edited": s["approved_edited"],
                "rejected": s["rejected"],
                "rate_unchanged": _rate(
                    s["approved_unchanged"],
                    s["approved_unchanged"]
                    + s["approved_edited"]
                    + s["rejected"]
                    + s["drafts_after_approval"],
                ),
            },
            "needs_translation": s["needs_translation"],
            "drafts": s["drafts"],
            # approved by the seller but still drafts: blocking issues kept them back
            "drafts_after_approval": s["drafts_after_approval"],
        }
        for code, s in sorted(per_store.items())
    }
    fields = {
        name: {
            "fill_rate": _rate(f["filled"], f["required"]),
            "first_try_validity": _rate(f["first_try_valid"], f["required"]),
            "acceptance_unchanged": _rate(f["decided"] - f["edited"], f["decided"]),
        }
        for name, f in sorted(per_field.items())
    }
    total = sum(s["listings"] for s in per_store.values())
    return {
        "listings": total,
        "fill_rate": _rate(
            sum(s["filled"] for s in per_store.values()),
            sum(s["required"] for s in per_store.values()),
        ),
        "first_try_validity": _rate(sum(s["first_try_valid"] for s in per_store.values()), total),
        "stores": stores,
        "fields": fields,
    }


def _rate(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(part / whole, 4)
