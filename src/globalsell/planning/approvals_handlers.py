"""How a plan goes through approvals: `planning.plan.accept` records the accepted plan,
`planning.replenishment.accept` an assistant's one-off shipment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from globalsell.approvals.registry import ApplierRegistry, Description
from globalsell.core import messages
from globalsell.core.actor import Actor
from globalsell.core.errors import GuardRailViolation, ValidationFailed
from globalsell.planning import service
from globalsell.planning.domain import Mode

MAX_SHIPMENTS = 10_000


class AcceptPlan:
    """`planning.plan.accept`: {forecast_run, allocation, transport_cost, shipments: [{sku,
    from, to_country, mode, units, ship_by_week, cost}], service_level}."""

    kind = service.PLAN_KIND

    def validate(self, session: Session, *, seller_id: int, payload: dict[str, Any]) -> None:
        shipments = payload.get("shipments")
        if not isinstance(shipments, list):
            raise ValidationFailed("shipments must be a list", field="shipments")
        if len(shipments) > MAX_SHIPMENTS:
            raise GuardRailViolation(f"more than {MAX_SHIPMENTS} shipments", field="shipments")
        for s in shipments:
            if not isinstance(s, dict) or not isinstance(s.get("units"), int) or s["units"] <= 0:
                raise ValidationFailed("every shipment needs positive whole units", field="units")
            if s.get("mode") not in {m.value for m in Mode}:
                raise ValidationFailed("mode must be ocean or air", field="mode")

    def describe(self, payload: dict[str, Any]) -> Description:
        shipments = list(payload["shipments"])
        units = sum(int(s["units"]) for s in shipments)
        skus = sorted({str(s.get("sku")) for s in shipments})
        named = f" of {', '.join(skus)}" if 0 < len(skus) <= 3 else ""
        return Description(
            "plan",
            None,
            f"Ship {units} units{named} in {len(shipments)} shipments",
            messages.message(
                "planning.plan.named" if named else "planning.plan",
                units=units,
                skus=messages.items(list(skus)),
                shipments=len(shipments),
            ),
        )

    def snapshot(
        self, session: Session, *, seller_id: int, payload: dict[str, Any]
    ) -> dict[str, Any]:
        return {"shipments": []}

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        return service.record_accepted_plan(session, actor=actor, payload=payload, now=now)


class AcceptReplenishment(AcceptPlan):
    """`planning.replenishment.accept`: one shipment the assistant proposes to bridge a
    stock-out; the same shipment lines as a plan, without a forecast run."""

    kind = service.REPLENISH_KIND

    def apply(
        self, session: Session, *, payload: dict[str, Any], actor: Actor, now: datetime
    ) -> dict[str, Any]:
        return service.record_accepted_plan(
            session, actor=actor, payload=payload, now=now, kind=self.kind
        )


def register(registry: ApplierRegistry) -> None:
    registry.register(AcceptPlan())
    registry.register(AcceptReplenishment())
