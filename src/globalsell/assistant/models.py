from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from globalsell.assistant.domain import FindingStatus, PriceTier, RiskAppetite, Severity
from globalsell.db.base import Base


def _enum(cls: type[Any]) -> Enum:
    return Enum(cls, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class AssistantRun(Base):
    """One run of the detectors for one seller; `slot` makes scheduled runs idempotent."""

    __tablename__ = "assistant_runs"
    __table_args__ = (UniqueConstraint("seller_id", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    slot: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    run_by: Mapped[str] = mapped_column(String(120))
    detectors: Mapped[list[Any]]
    findings_count: Mapped[int] = mapped_column(Integer, default=0)
    proposals_count: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AssistantFinding(Base):
    __tablename__ = "assistant_findings"
    __table_args__ = (Index("ix_assistant_findings_seller_key", "seller_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("assistant_runs.id", ondelete="CASCADE"), index=True
    )
    rank: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(200))
    detector: Mapped[str] = mapped_column(String(80))
    subject: Mapped[str] = mapped_column(String(120))
    severity: Mapped[Severity] = mapped_column(_enum(Severity))
    status: Mapped[FindingStatus] = mapped_column(_enum(FindingStatus))
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]]
    fingerprint: Mapped[str] = mapped_column(String(64))
    impact_amount: Mapped[Decimal | None]
    impact_currency: Mapped[str | None] = mapped_column(String(3))
    impact_note: Mapped[str] = mapped_column(Text)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    # what it says as message codes (`core.messages`), by slot: reason, impact_note, title
    messages: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    change_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_requests.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime]


class SellerProfile(Base):
    """What the seller told the assistant about their business; it tunes thresholds and ranking."""

    __tablename__ = "seller_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(
        ForeignKey("sellers.id", ondelete="CASCADE"), unique=True
    )
    categories: Mapped[list[Any]]
    price_tier: Mapped[PriceTier] = mapped_column(_enum(PriceTier))
    risk_appetite: Mapped[RiskAppetite] = mapped_column(_enum(RiskAppetite))
    service_level: Mapped[Decimal]
    preferred_modes: Mapped[list[Any]]
    base_currency: Mapped[str] = mapped_column(String(3))
    daily_alert_budget: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(120))


class ChatMessage(Base):
    """One question a user asked the assistant on the dashboard and the answer shown: the
    conversation history, per user."""

    __tablename__ = "assistant_chat_messages"
    __table_args__ = (Index("ix_assistant_chat_messages_user", "seller_id", "user_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    intent: Mapped[str] = mapped_column(String(40))
    link: Mapped[str | None] = mapped_column(String(200))
    asked_at: Mapped[datetime]
