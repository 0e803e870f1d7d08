"""How command-line tables show money, numbers and times: through `core.formatting`, the same
helper the dashboard uses, in English and in the seller's time zone (ADR 0117); stored codes and
engine messages in the dashboard's English words (ADR 0137). JSON output (`--json`) keeps its raw
fields."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.core import formatting
from globalsell.core.actor import Actor
from globalsell.core.messages import Message
from globalsell.web import labels
from globalsell.web import messages as web_messages


def for_seller(session: Session, actor: Actor) -> formatting.Display:
    """English, in the zone of the seller the command works for."""
    return formatting.Display(
        locale="en", timezone=accounts.seller_timezone(session, seller_id=actor.seller_id)
    )


def person(session: Session, actor: Actor, name: str | None) -> str:
    """An audit name as a person reads it: a member's display name for `user:N`."""
    if not name:
        return "-"
    return accounts.user_names(session, seller_id=actor.seller_id, names=[name]).get(name, name)


def money(amount: Decimal | str | None, currency: str | None, d: formatting.Display) -> str:
    """`€4.86`, `¥3,781.50`, `JP¥1,580`; `-` for none."""
    if amount is None or amount == "":
        return "-"
    return formatting.money(Decimal(str(amount)), currency, d)


def when(at: datetime | None, d: formatting.Display) -> str:
    """`Nov 25, 2026, 18:00` in the seller's zone; empty for none."""
    return formatting.when(at, d) if at is not None else ""


def day(at: datetime | None, d: formatting.Display) -> str:
    """`Nov 25, 2026` in the seller's zone; empty for none."""
    return formatting.day(at, d) if at is not None else ""


def zone(d: formatting.Display) -> str:
    """The column note for times: `Asia/Shanghai`."""
    return d.timezone


def label(code: str, group: str) -> str:
    """A stored code in the seller's words, the dashboard's English label: `received_at_fc` ->
    `Received at FBA warehouse` (group `milestone`)."""
    return labels.label(code, group)


def sentence(message: Message) -> str:
    """An engine message worded as the dashboard's English page words it, as plain text."""
    return web_messages.word(message).striptags()
