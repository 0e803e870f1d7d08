"""API shapes of assistant runs, findings, the seller profile and chat."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from globalsell.assistant.domain import FindingStatus, PriceTier, RiskAppetite, Severity
from globalsell.core import formatting


class FindingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    run_id: int
    rank: int
    key: str
    detector: str
    subject: str
    severity: Severity
    status: FindingStatus
    reason: str
    evidence: dict[str, Any]
    impact_amount: Decimal | None
    impact_currency: str | None
    impact_note: str
    duplicates: int
    change_request_id: int | None
    messages: dict[str, Any] | None = Field(
        default=None,
        description="The reason and impact note as message codes with parameters, for clients "
        "that word them in another language (ADR 0116).",
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def impact_display(self) -> str:
        """The money at stake as a person reads it (`¥1,234.50`); empty when not estimated."""
        if self.impact_amount is None:
            return ""
        return formatting.money(self.impact_amount, self.impact_currency, formatting.Display())


class RunRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slot: str
    started_at: datetime
    finished_at: datetime | None
    run_by: str
    detectors: list[str]
    findings_count: int
    proposals_count: int
    summary: dict[str, Any]


class RunReport(BaseModel):
    run: RunRead
    findings: list[FindingRead]
    proposals: list[int] = Field(description="change requests filed by this run")


class ProfileRead(BaseModel):
    categories: list[str]
    price_tier: PriceTier
    risk_appetite: RiskAppetite
    service_level: Decimal
    preferred_modes: list[str]
    base_currency: str
    daily_alert_budget: int


class ProfileUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    categories: list[str] | None = Field(default=None, max_length=50)
    price_tier: PriceTier | None = None
    risk_appetite: RiskAppetite | None = None
    service_level: Decimal | None = Field(default=None, ge=Decimal("0.5"), le=Decimal("0.999"))
    preferred_modes: list[str] | None = Field(default=None, max_length=10)
    base_currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    daily_alert_budget: int | None = Field(default=None, ge=1, le=500)


class AskBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=2000)


class AnswerRead(BaseModel):
    answer: str
    intent: str
    via: str = Field(description="offline router or llm")
    data: dict[str, Any]
