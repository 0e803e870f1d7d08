"""display preferences: a seller's country and time zone, a user's dashboard language

Revision ID: 5e1d0a7c3b21
Revises: 5ec0a1b2c3d6
Create Date: 2026-12-06 01:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e1d0a7c3b21"
down_revision: str | None = "5ec0a1b2c3d6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sellers") as batch:
        batch.add_column(sa.Column("country", sa.String(length=2), nullable=True))
        batch.add_column(sa.Column("timezone", sa.String(length=64), nullable=True))
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("locale", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("locale")
    with op.batch_alter_table("sellers") as batch:
        batch.drop_column("timezone")
        batch.drop_column("country")
