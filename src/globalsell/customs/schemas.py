"""API shapes of customs (kept apart from the ORM models)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from globalsell.customs.domain import ClassificationStatus


class ClassifyRequest(BaseModel):
    text: str = Field(min_length=1, max_length=2000)
    material: str | None = Field(default=None, max_length=200)
    use: str | None = Field(default=None, max_length=200)
    top_k: int = Field(default=5, ge=1, le=10)


class CandidateOut(BaseModel):
    hs6: str
    national_code: str
    confidence: float
    heading: str
    subheading: str
    line: str
    reasons: list[str]
    said: list[dict[str, Any]] = Field(
        default_factory=list, description="The reasons as message codes (ADR 0116)."
    )


class ClassificationOut(BaseModel):
    text: str
    language: str
    candidates: list[CandidateOut]
    confidence: float
    abstained: bool
    question: str | None
    method: str
    notes: list[str]
    question_said: dict[str, Any] | None = Field(
        default=None, description="The question as a message code (ADR 0116)."
    )
    notes_said: list[dict[str, Any]] = Field(
        default_factory=list, description="The notes as message codes, in their order."
    )
    heading_confidence: float = Field(
        default=0.0,
        description="Calibrated probability that the first candidate's heading (HS4) is right "
        "(ADR 0144).",
    )


class HsClassificationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    sku: str
    hs6: str | None
    code: str | None
    confidence: Decimal
    candidates: list[Any]
    reasons: list[Any]
    method: str
    question: str | None
    declared_code: str | None
    flags: list[Any]
    status: ClassificationStatus
    decided_by: str | None
    created_at: datetime
    decided_at: datetime | None


class ProductClassifyResult(BaseModel):
    classification: HsClassificationRead
    change_request_id: int | None


class LandedCostRequest(BaseModel):
    goods_value: Decimal = Field(gt=0, max_digits=18, decimal_places=6)
    currency: str = Field(min_length=3, max_length=3)
    freight: Decimal = Field(default=Decimal(0), ge=0, max_digits=18, decimal_places=6)
    insurance: Decimal = Field(default=Decimal(0), ge=0, max_digits=18, decimal_places=6)
    hs_code: str = Field(min_length=6, max_length=13)
    destinations: list[str] = Field(default_factory=lambda: ["US", "GB", "DE", "JP", "AU", "CA"])
    fx_rates: dict[str, Decimal] = Field(
        default_factory=dict,
        description="Units of each destination currency per one unit of `currency` "
        "(seller-supplied; globalsell fetches no rates)",
    )
    duty_rates: dict[str, str] = Field(
        default_factory=dict,
        description="Seller-supplied duty rate per destination, e.g. {'GB': '4%'}",
    )
    quantity: Decimal | None = Field(default=None, gt=0, description="for specific duties")


class CostLineOut(BaseModel):
    label: str
    amount: str | None
    basis: str
    said: dict[str, Any] | None = Field(
        default=None, description="The label as a message code (ADR 0116)."
    )
    basis_said: dict[str, Any] | None = Field(
        default=None, description="The basis as a message code (ADR 0116)."
    )


class LandedCostOut(BaseModel):
    destination: str
    currency: str
    lines: list[CostLineOut]
    total: str | None
    complete: bool
    duty_rate_source: str
    warnings: list[str]
    notes: list[str]
    sources: list[str]
    as_of: str
    said: dict[str, Any] = Field(
        default_factory=dict,
        description="The warnings and the duty rate source as message codes, by their text.",
    )


class FlagOut(BaseModel):
    flag: str
    reason: str
    said: dict[str, Any] | None = Field(
        default=None, description="The reason as a message code (ADR 0116)."
    )


class DeclaredCheckOut(BaseModel):
    """The declared code checked for one destination."""

    destination: str
    schedule: str
    schedule_shipped: bool
    code: str | None
    flags: list[FlagOut]
    notes: list[str]
    notes_said: list[dict[str, Any] | None] = Field(
        default_factory=list, description="Each note as a message code, when it has one."
    )


class QuoteInputs(BaseModel):
    """What the per-product landed cost was computed from."""

    hs_code: str | None
    hs_code_source: str
    quantity: Decimal
    unit_cost: str | None
    goods_value: str | None
    currency: str | None
    freight: str
    insurance: str
    fx_source: str


class ProductCustomsOut(BaseModel):
    """Everything customs knows about one product: candidates, the declared code and its check
    per destination, and the landed cost per destination."""

    sku: str
    title: str
    text: str
    material: str | None
    classification: ClassificationOut | None
    classification_problem: str | None
    accepted_code: str | None
    declared_code: str | None
    checks: list[DeclaredCheckOut]
    inputs: QuoteInputs
    landed_cost: list[LandedCostOut]
    problems: list[str]
    said: dict[str, Any] = Field(
        default_factory=dict,
        description="The problems and the quoted code's source as message codes, by their text.",
    )
