"""What an approval shows, by kind: a price change as before -> after with its margins, a plan as
a table of shipments, a listing as a preview per store, an HS change as declared -> proposed,
cost and attribute edits as one row each. Reads through the services; nothing here decides."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals.models import ChangeRequest
from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor
from globalsell.core.errors import DomainError
from globalsell.core.money import Money, is_currency
from globalsell.pricing import service as pricing
from globalsell.web.i18n import N_

PRICE = "pricing.price.set"
PLAN = "planning.plan.accept"
REPLENISH = "planning.replenishment.accept"  # the assistant's one-shipment restock
LISTING = "listings.listing.approve"
HS = "customs.classification.set"
# The one reason a price card gives (`expected_effect.why`, worded by the assistant), translated on
# the page with `|t`.
PRICE_REASONS = (
    N_("restore the target margin after fees and FX"),
    N_("meet the lowest competitor without going under the margin floor"),
)
PRODUCT_EDIT = "catalog.product.update"
ATTRIBUTE = "catalog.attribute.set"
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _money(value: Any) -> Money | None:
    """`{"amount": "685.38", "currency": "CNY"}` as Money, else None."""
    if not isinstance(value, Mapping):
        return None
    amount = _decimal(value.get("amount"))
    currency = value.get("currency")
    if amount is None or not isinstance(currency, str) or not is_currency(currency):
        return None
    return Money(amount, currency)


def names_for(
    session: Session, *, actor: Actor, changes: Iterable[ChangeRequest]
) -> dict[str, dict[str, str]]:
    """Who proposed and decided (`user:1` -> their name) and the product titles of the
    subjects, for a list of change requests."""
    rows = list(changes)
    who = {c.proposed_by for c in rows} | {c.decided_by for c in rows if c.decided_by}
    skus = [c.subject_id for c in rows if c.subject_type == "product"]
    return {
        "people": accounts.user_names(session, seller_id=actor.seller_id, names=who),
        "subject_names": catalog.titles_by_sku(session, actor=actor, skus=skus),
    }


def money_at_stake(change: ChangeRequest, *, home_currency: str) -> Money | None:
    """The money a change affects: what the assistant put at stake, or a plan's expected
    cost (in the seller's home currency)."""
    effect = change.expected_effect or {}
    stake = _money(effect.get("money_at_stake"))
    if stake is not None:
        return stake
    if change.kind in (PLAN, REPLENISH):
        cost = effect.get("expected_cost") or change.payload.get("expected_cost") or {}
        total = _decimal(cost.get("total")) if isinstance(cost, Mapping) else None
        if total is None:
            total = _decimal(change.payload.get("transport_cost"))
        if total is not None and is_currency(home_currency):
            return Money(total, home_currency)
    return None


@dataclass(frozen=True, slots=True)
class Total:
    """Money affected by several changes, in the seller's currency where a rate is known."""

    amount: Decimal
    currency: str
    unconverted: tuple[Money, ...] = ()
    counted: int = 0


def total_at_stake(
    session: Session,
    *,
    actor: Actor,
    changes: Iterable[ChangeRequest],
    home_currency: str,
    now: datetime,
) -> Total:
    """The sum of `money_at_stake` over `changes`, converted to `home_currency`."""
    table = pricing.fx_table(session, seller_id=actor.seller_id, now=now)
    amount = Decimal(0)
    left: list[Money] = []
    counted = 0
    for change in changes:
        stake = money_at_stake(change, home_currency=home_currency)
        if stake is None:
            continue
        counted += 1
        if stake.currency == home_currency:
            amount += stake.amount
            continue
        try:
            amount += table.convert(stake, home_currency).amount
        except DomainError:
            left.append(stake)
    return Total(amount, home_currency, tuple(left), counted)


@dataclass(frozen=True, slots=True)
class Card:
    """The kind-specific part of an approval page; `kind` picks the template block."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


def card_for(
    session: Session,
    *,
    change: ChangeRequest,
    actor: Actor,
    now: datetime,
    current: Mapping[str, Any] | None = None,
) -> Card:
    """The card of one change request against `current` (the data now, for an open change;
    else the data at proposal); `generic` for a kind without its own card."""
    builders = {
        PRICE: _price_card,
        PLAN: _plan_card,
        REPLENISH: _plan_card,
        LISTING: _listing_card,
        HS: _hs_card,
        PRODUCT_EDIT: _edit_card,
        ATTRIBUTE: _attribute_card,
    }
    build = builders.get(change.kind)
    if build is None:
        return Card("generic")
    state = dict(current if current is not None else (change.before or {}))
    return build(session, change=change, actor=actor, now=now, before=state)


def _price_card(
    session: Session, *, change: ChangeRequest, actor: Actor, now: datetime, before: dict[str, Any]
) -> Card:
    payload = change.payload
    currency = str(payload.get("currency") or "")
    sku, store = str(payload.get("sku") or ""), str(payload.get("store") or "")
    breakdown = payload.get("breakdown") or {}
    old = _decimal(before.get("amount"))
    margin_before = rate_before = None
    if old is not None:
        try:
            quoted = pricing.quote(
                session, sku=sku, store=store, actor=actor, now=now, target_price=old
            )
            margin_before = quoted.quote.margin.amount
            rate_before = quoted.quote.margin_rate
        except DomainError:
            pass
    after_margin = _money(breakdown.get("margin"))
    effect = change.expected_effect or {}
    return Card(
        "price",
        {
            "sku": sku,
            "store": store,
            "currency": currency,
            "before": old,
            "after": _decimal(payload.get("amount")),
            "margin_before": margin_before,
            "rate_before": rate_before,
            "margin_after": after_margin.amount if after_margin else None,
            "rate_after": _decimal(breakdown.get("margin_rate")),
            # landed-cost lines with no figure (freight, duty): the margins are incomplete
            "unknown": list((breakdown.get("landed_cost") or {}).get("unknown") or []),
            "why": effect.get("why"),
            "impact_note": effect.get("impact_note"),
        },
    )


def _plan_card(
    session: Session, *, change: ChangeRequest, actor: Actor, now: datetime, before: dict[str, Any]
) -> Card:
    rows: list[dict[str, Any]] = []
    for s in change.payload.get("shipments") or []:
        if not isinstance(s, Mapping):
            continue
        ship_by = s.get("ship_by")
        rows.append(
            {
                "sku": str(s.get("sku", "")),
                "from_location": str(s.get("from", "origin_hub")),
                "to_location": s.get("to_location"),
                "to_country": str(s.get("to_country", "")),
                "mode": str(s.get("mode", "")),
                "units": int(s.get("units", 0)),
                "ship_by": date.fromisoformat(ship_by) if isinstance(ship_by, str) else None,
                "ship_by_week": int(s.get("ship_by_week", 0)),
                "cost": _decimal(s.get("cost")) or Decimal(0),
            }
        )
    titles = catalog.titles_by_sku(session, actor=actor, skus=[r["sku"] for r in rows])
    service = {
        str(k): float(v)
        for k, v in (change.payload.get("service_level") or {}).items()
        if _decimal(v) is not None
    }
    cost = change.payload.get("expected_cost") or {}
    return Card(
        "plan",
        {
            "rows": rows,
            "titles": titles,
            "service": service,
            "units": sum(r["units"] for r in rows),
            "transport": _decimal(change.payload.get("transport_cost")),
            "total": _decimal(cost.get("total")) if isinstance(cost, Mapping) else None,
        },
    )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _listing_card(
    session: Session, *, change: ChangeRequest, actor: Actor, now: datetime, before: dict[str, Any]
) -> Card:
    stores = []
    for store, fields in sorted((change.payload.get("listings") or {}).items()):
        if not isinstance(fields, Mapping):
            continue
        bullets = fields.get("bullet_point") or []
        description = _text(fields.get("product_description"))
        stores.append(
            {
                "store": store,
                "title": _text(fields.get("item_name")),
                "brand": _text(fields.get("brand")),
                "bullets": [b for b in bullets if isinstance(b, str)],
                "paragraphs": [p.strip() for p in _BREAK.split(description) if p.strip()],
                "keywords": _text(fields.get("generic_keyword")),
            }
        )
    return Card("listing", {"stores": stores})


def _hs_card(
    session: Session, *, change: ChangeRequest, actor: Actor, now: datetime, before: dict[str, Any]
) -> Card:
    effect = change.expected_effect or {}
    return Card(
        "hs",
        {
            "sku": change.payload.get("sku"),
            "declared": before.get("code") or effect.get("declared"),
            "proposed": change.payload.get("code"),
        },
    )


def _edit_card(
    session: Session, *, change: ChangeRequest, actor: Actor, now: datetime, before: dict[str, Any]
) -> Card:
    after = change.payload.get("changes") or {}
    was = before.get("changes") or {}
    rows = [
        {"field": name, "before": was.get(name), "after": value}
        for name, value in sorted(after.items())
    ]
    currency = after.get("cost_currency") or was.get("cost_currency")
    if currency is None and change.subject_type == "product":
        try:
            currency = catalog.get_product(
                session, actor=actor, sku=change.subject_id
            ).cost_currency
        except DomainError:
            currency = None
    return Card("edit", {"rows": rows, "currency": currency})


def _attribute_card(
    session: Session, *, change: ChangeRequest, actor: Actor, now: datetime, before: dict[str, Any]
) -> Card:
    payload = change.payload
    return Card(
        "attribute",
        {
            "rows": [
                {
                    "field": payload.get("name"),
                    "before": before.get("value"),
                    "after": payload.get("value"),
                    "unit": payload.get("unit"),
                    "store": payload.get("marketplace"),
                }
            ]
        },
    )
