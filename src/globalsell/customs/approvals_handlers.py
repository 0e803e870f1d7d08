"""How customs changes go through approvals: `customs.classification.set`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals.registry import ApplierRegistry, Description
from globalsell.catalog.models import Product
from globalsell.core import messages
from globalsell.core.actor import Actor
from globalsell.core.errors import NotFound
from globalsell.customs import service
from globalsell.customs.domain import ClassificationStatus
from globalsell.customs.models import HsClassification


def _product(session: Session, seller_id: int, sku: Any) -> Product:
    product = session.scalar(
        select(Product).where(Product.seller_id == seller_id, Product.sku == str(sku))
    )
    if product is None:
        raise NotFound(f"product {sku!r} not found", field="sku")
    return product


class SetClassification:
    """`customs.classification.set`: {sku, code, classification_id?}."""

    kind = service.SET_KIND

    def validate(self, session: Session, *, seller_id: int, payload: dict[str, Any]) -> None:
        product = _product(session, seller_id, payload.get("sku"))
        service.valid_code(payload.get("code"))
        cid = payload.get("classification_id")
        if cid is not None:
            row = session.scalar(
                select(HsClassification).where(
                    HsClassification.id == int(cid),
                    HsClassification.seller_id == seller_id,
                    HsClassification.product_id == product.id,
                )
            )
            if row is None:
                raise NotFound(f"classification {cid} not found", field="classification_id")

    def describe(self, payload: dict[str, Any]) -> Description:
        sku = str(payload["sku"])
        return Description(
            "product",
            sku,
            f"{sku}: customs code -> {payload['code']}",
            messages.message("customs.code.set", sku=sku, code=str(payload["code"])),
        )

    def snapshot(
        self, session: Session, *, seller_id: int, payload: dict[str, Any]
    ) -> dict[str, Any]:
        product = _product(session, seller_id, payload.get("sku"))
        current = session.scalar(
            select(HsClassification).where(
                HsClassification.seller_id == seller_id,
                HsClassification.product_id == product.id,
                HsClassification.status == ClassificationStatus.ACCEPTED,
            )
        )
        return {"sku": product.sku, "code": None if current is None else current.code}

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        cid = payload.get("classification_id")
        row = service.set_classification(
            session,
            actor=actor,
            sku=str(payload["sku"]),
            code=str(payload["code"]),
            classification_id=None if cid is None else int(cid),
            decided_by=actor.name,
            now=now,
        )
        return {"classification_id": row.id, "code": row.code}


def register(registry: ApplierRegistry) -> None:
    registry.register(SetClassification())
