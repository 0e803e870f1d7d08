"""separation of duties: a seller setting (None means the default rule)

Revision ID: 5ec0a1b2c3d4
Revises: d377a0481d86
Create Date: 2026-12-06 01:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5ec0a1b2c3d4"
down_revision: str | None = "d377a0481d86"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sellers") as batch:
        batch.add_column(sa.Column("separation_of_duties", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sellers") as batch:
        batch.drop_column("separation_of_duties")
