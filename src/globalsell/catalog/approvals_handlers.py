"""How catalogue changes go through approvals: validate (guard rails), snapshot, apply."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.approvals.domain import shown
from globalsell.approvals.registry import ApplierRegistry, Description
from globalsell.catalog import service
from globalsell.catalog.domain import Provenance, has_control_characters
from globalsell.catalog.models import Product
from globalsell.core import messages
from globalsell.core.actor import Actor
from globalsell.core.errors import GuardRailViolation, NotFound, ValidationFailed
from globalsell.core.marketplaces import marketplaces

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,99}$")
MAX_VALUE_CHARS = 20_000


def _product(session: Session, seller_id: int, sku: Any) -> Product:
    product = session.scalar(
        select(Product).where(Product.seller_id == seller_id, Product.sku == str(sku))
    )
    if product is None:
        raise NotFound(f"product {sku!r} not found", field="sku")
    return product


class SetAttribute:
    """`catalog.attribute.set`: {sku, name, value, unit?, language?, marketplace?, provenance,
    confidence?, source}."""

    kind = "catalog.attribute.set"

    def validate(self, session: Session, *, seller_id: int, payload: dict[str, Any]) -> None:
        product = _product(session, seller_id, payload.get("sku"))
        name = payload.get("name")
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise ValidationFailed("name must be a snake_case attribute name", field="name")
        if "value" not in payload or payload["value"] in (None, "", [], {}):
            raise ValidationFailed("value must not be empty", field="value")
        if has_control_characters(payload["value"]):
            raise ValidationFailed("value contains control characters", field="value")
        if len(str(payload["value"])) > MAX_VALUE_CHARS:
            raise GuardRailViolation(
                f"value longer than {MAX_VALUE_CHARS} characters", field="value"
            )
        try:
            provenance = Provenance(str(payload.get("provenance")))
        except ValueError as exc:
            raise ValidationFailed(
                "provenance must be seller, generated, translated or derived", field="provenance"
            ) from exc
        if payload.get("marketplace") is not None:
            marketplaces().get(str(payload["marketplace"]))
        if payload.get("confidence") is not None:
            try:
                confidence = Decimal(str(payload["confidence"]))
            except InvalidOperation as exc:
                raise ValidationFailed("confidence must be a number", field="confidence") from exc
            if not Decimal(0) <= confidence <= Decimal(1):
                raise ValidationFailed("confidence must be between 0 and 1", field="confidence")
        if name in ("item_weight", "item_dimensions"):
            numbers = (
                payload["value"].values()
                if isinstance(payload["value"], dict)
                else [payload["value"]]
            )
            for number in numbers:
                try:
                    if Decimal(str(number)) <= 0:
                        raise GuardRailViolation(f"{name} must be positive", field="value")
                except InvalidOperation as exc:
                    raise ValidationFailed(f"{name} must be numeric", field="value") from exc
        existing = service.find_attribute(
            session,
            product=product,
            name=name,
            language=payload.get("language"),
            marketplace=payload.get("marketplace"),
        )
        if (
            existing is not None
            and existing.provenance is Provenance.SELLER
            and (provenance is not Provenance.SELLER)
        ):
            raise GuardRailViolation(
                f"{name} was entered by the seller; a {provenance} value never replaces it",
                field="name",
            )

    def describe(self, payload: dict[str, Any]) -> Description:
        sku, name = str(payload["sku"]), str(payload["name"])
        where = "".join(
            f" ({k} {payload[k]})" for k in ("language", "marketplace") if payload.get(k)
        )
        unit = f" {payload['unit']}" if payload.get("unit") else ""
        return Description(
            "product",
            sku,
            f"Set {name}{where} of {sku} to {shown(payload['value'])}{unit}",
            messages.message(
                "catalog.attribute.set",
                name=messages.label("attribute", name),
                sku=sku,
                value=messages.nested(
                    messages.message(
                        "catalog.attribute.value_unit",
                        value=shown(payload["value"]),
                        unit=messages.label("unit", str(payload["unit"])),
                    )
                )
                if payload.get("unit")
                else shown(payload["value"]),
            ),
        )

    def snapshot(
        self, session: Session, *, seller_id: int, payload: dict[str, Any]
    ) -> dict[str, Any]:
        product = _product(session, seller_id, payload.get("sku"))
        existing = service.find_attribute(
            session,
            product=product,
            name=str(payload.get("name")),
            language=payload.get("language"),
            marketplace=payload.get("marketplace"),
        )
        state: dict[str, Any] = {
            k: payload[k] for k in ("sku", "name", "language", "marketplace") if k in payload
        }
        if existing is not None:
            current = {
                "value": existing.value,
                "unit": existing.unit,
                "provenance": existing.provenance.value,
                "confidence": None if existing.confidence is None else str(existing.confidence),
                "source": existing.source,
            }
            state.update({k: v for k, v in current.items() if k in payload or v is not None})
        return state

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        confidence = payload.get("confidence")
        attribute = service.set_attribute(
            session,
            actor=actor,
            sku=str(payload["sku"]),
            name=str(payload["name"]),
            value=payload["value"],
            unit=payload.get("unit"),
            language=payload.get("language"),
            marketplace=payload.get("marketplace"),
            provenance=Provenance(payload["provenance"]),
            confidence=None if confidence is None else Decimal(str(confidence)),
            source=str(payload.get("source") or "approvals"),
            now=now,
            accepted=True,
        )
        return {"attribute_id": attribute.id}


class UpdateProduct:
    """`catalog.product.update`: {sku, changes: {title?, brand?, category?, description?,
    unit_cost?, cost_currency?}}."""

    kind = "catalog.product.update"

    def validate(self, session: Session, *, seller_id: int, payload: dict[str, Any]) -> None:
        _product(session, seller_id, payload.get("sku"))
        changes = payload.get("changes")
        if not isinstance(changes, dict) or not changes:
            raise ValidationFailed("changes must be a non-empty object", field="changes")
        service.check_product_changes(changes)

    def describe(self, payload: dict[str, Any]) -> Description:
        sku = str(payload["sku"])
        changes = ", ".join(
            f"{k} -> {shown(v, 40)}" for k, v in sorted(dict(payload["changes"]).items())
        )
        fields = [
            messages.nested(
                messages.message(
                    "catalog.product.field",
                    field=messages.label("attribute", k),
                    value=shown(v, 40),
                )
            )
            for k, v in sorted(dict(payload["changes"]).items())
        ]
        return Description(
            "product",
            sku,
            shown(f"Update {sku}: {changes}", 300),
            messages.message("catalog.product.update", sku=sku, changes=messages.items(fields)),
        )

    def snapshot(
        self, session: Session, *, seller_id: int, payload: dict[str, Any]
    ) -> dict[str, Any]:
        product = _product(session, seller_id, payload.get("sku"))
        changes = payload.get("changes") if isinstance(payload.get("changes"), dict) else {}
        current = {k: getattr(product, k) for k in service.PRODUCT_FIELDS if k in (changes or {})}
        return {
            "sku": product.sku,
            "changes": {
                k: (format(v.normalize(), "f") if isinstance(v, Decimal) else v)
                for k, v in current.items()
            },
        }

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        product = service.update_product(
            session, actor=actor, sku=str(payload["sku"]), changes=dict(payload["changes"]), now=now
        )
        return {"product_id": product.id, "changed": sorted(payload["changes"])}


def register(registry: ApplierRegistry) -> None:
    registry.register(SetAttribute())
    registry.register(UpdateProduct())
