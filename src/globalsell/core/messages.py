"""What the engine tells a person, as data: a message code and typed parameters, never a sentence
in one language. Domain code builds a `Message` next to the English text it has always stored
(API and CLI contracts keep that text); the dashboard renders the message in the viewer's
language through its gettext catalogue and the formatting helpers.

Parameters are JSON values, so a message is stored as it is (a finding's or a change request's
`messages` column). A value that needs formatting carries its type: `money(...)`, `day(...)`,
`count(...)`, `label(...)` (a code with a human name, such as a transport mode), or a nested
message; plain strings (SKUs, store codes, shipment codes) and integers are shown as they are."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # errors carry messages, and money raises errors
    from globalsell.core.money import Money

TYPE = "t"


@dataclass(frozen=True, slots=True)
class Message:
    """`code` names a sentence (`assistant.stockout.reason`); `params` fill its placeholders."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params}

    @staticmethod
    def from_json(value: Any) -> Message | None:
        """The stored form back; None for anything that is not a stored message."""
        if not isinstance(value, dict) or not isinstance(value.get("code"), str):
            return None
        params = value.get("params")
        return Message(value["code"], params if isinstance(params, dict) else {})


def message(code: str, /, **params: Any) -> Message:
    return Message(code, dict(params))


def money(value: Money | None = None, *, amount: Decimal | None = None, currency: str = "") -> Any:
    """A money parameter: shown with the currency's symbol in the viewer's locale."""
    if value is not None:
        amount, currency = value.amount, value.currency
    if amount is None:
        return None
    return {TYPE: "money", "amount": str(amount), "currency": currency}


def number(value: Decimal | float | int | str, *, digits: int | None = None) -> dict[str, Any]:
    """A number shown with the locale's grouping (and `digits` decimals when given)."""
    return {TYPE: "number", "value": str(value), "digits": digits}


def day(value: date | datetime) -> dict[str, Any]:
    """A calendar day (a moment is shown on its day in the seller's zone)."""
    return {TYPE: "day", "value": value.isoformat()}


def label(group: str, code: str) -> dict[str, Any]:
    """A code with a human name in the dashboard's labels (`mode`/`ocean` -> Sea, 海运)."""
    return {TYPE: "label", "group": group, "code": code}


def nested(inner: Message) -> dict[str, Any]:
    """A message inside another (a shipment's exception inside a finding's reason)."""
    return {TYPE: "message", **inner.to_json()}


def items(values: list[Any]) -> dict[str, Any]:
    """A list shown joined in the viewer's language (`a, b` / `a、b`)."""
    return {TYPE: "list", "values": values}


def stored(messages: Mapping[str, Message | dict[str, Any] | None]) -> dict[str, Any]:
    """The `messages` column of a row: each slot's message in its stored form (a slot already
    stored is kept as it is; an empty slot is left out)."""
    return {
        slot: m.to_json() if isinstance(m, Message) else m
        for slot, m in messages.items()
        if m is not None
    }


def sentences(*parts: Message | None) -> Message:
    """Several messages shown one after the other (a reason and its advice)."""
    return Message("sentences", {"parts": [nested(p) for p in parts if p is not None]})


def quote(text: str) -> dict[str, Any]:
    """Words quoted as they were written (a product's words, a tariff's or a rule's text): shown
    as they are, marked as not to be translated."""
    return {TYPE: "quote", "text": text}


# Which parameters of a sentence are counts, and of what: the edges word them "1 day",
# "4 days", "4 天" (web.messages, assistant.message_words).
COUNTED: dict[str, dict[str, str]] = {
    "assistant.cost_outlier.slip": {"peers": "peer"},
    "assistant.cost_outlier.check": {"peers": "peer"},
    "assistant.stale_proposal": {"days": "day"},
    "assistant.stockout": {"days": "day", "ocean": "day"},
    "assistant.stockout.now": {"ocean": "day"},
    "assistant.inbound.in_time": {"units": "unit"},
    "assistant.inbound.too_late": {"units": "unit"},
    "assistant.excess.over": {"held": "unit", "target": "day", "excess": "unit"},
    "assistant.excess.cover": {"days": "day"},
    "assistant.excess.ageing": {"days": "day"},
    "assistant.late_shipment": {"units": "unit"},
    "assistant.late.after_need": {"days": "day"},
    "assistant.late.slip": {"days": "day"},
    "assistant.impact.lost_sales": {"units": "unit"},
    "assistant.impact.lost_anyway": {"units": "unit"},
    "assistant.impact.margin_missing": {"units": "unit"},
    "assistant.impact.price_gap": {"units": "unit"},
    "planning.plan": {"units": "unit", "shipments": "shipment"},
    "planning.plan.named": {"units": "unit", "shipments": "shipment"},
    "logistics.exception.late_departure.departed": {"days": "day"},
    "logistics.exception.late_departure.waiting": {"days": "day"},
    "logistics.exception.port_dwell": {"days": "day"},
    "logistics.exception.customs_dwell": {"days": "day"},
    "logistics.exception.short_receipt": {"units": "unit"},
    "logistics.exception.late_for_need_date": {"days": "day"},
}
