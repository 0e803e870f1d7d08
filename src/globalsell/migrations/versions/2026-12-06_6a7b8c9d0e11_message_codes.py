"""findings and change requests keep what they say as message codes with parameters

Revision ID: 6a7b8c9d0e11
Revises: 7d1a5e0c2b18
Create Date: 2026-12-06 05:00:00

Rows written before this revision have no messages: the dashboard shows their stored English text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "6a7b8c9d0e11"
down_revision: str | None = "7d1a5e0c2b18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("assistant_findings", "change_requests")


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("messages", _json(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("messages")
