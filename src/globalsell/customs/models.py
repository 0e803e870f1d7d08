from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Enum, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from globalsell.customs.domain import ClassificationStatus
from globalsell.db.base import Base


class HsClassification(Base):
    """One classification of a product: the classifier's ranked candidates with reasons, the
    seller-declared code and what the check found, and who decided."""

    __tablename__ = "customs_classifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(40))
    hs6: Mapped[str | None] = mapped_column(String(6))
    code: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[Decimal] = mapped_column(Numeric(5, 4, asdecimal=True))
    candidates: Mapped[list[Any]]
    reasons: Mapped[list[Any]]
    method: Mapped[str] = mapped_column(String(40))
    question: Mapped[str | None] = mapped_column(Text)
    declared_code: Mapped[str | None] = mapped_column(String(40))
    flags: Mapped[list[Any]]
    status: Mapped[ClassificationStatus] = mapped_column(
        Enum(ClassificationStatus, native_enum=False, length=20, validate_strings=True)
    )
    decided_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    extra: Mapped[dict[str, Any]]
