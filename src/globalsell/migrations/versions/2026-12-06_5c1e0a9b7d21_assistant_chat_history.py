"""assistant chat history

Revision ID: 5c1e0a9b7d21
Revises: 5e1d0a7c3b21
Create Date: 2026-12-06 02:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import globalsell.db.base

revision: str = "5c1e0a9b7d21"
down_revision: str | None = "5e1d0a7c3b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assistant_chat_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seller_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("intent", sa.String(length=40), nullable=False),
        sa.Column("link", sa.String(length=200), nullable=True),
        sa.Column("asked_at", globalsell.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["seller_id"],
            ["sellers.id"],
            name=op.f("fk_assistant_chat_messages_seller_id_sellers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_assistant_chat_messages_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistant_chat_messages")),
    )
    op.create_index(
        "ix_assistant_chat_messages_user",
        "assistant_chat_messages",
        ["seller_id", "user_id", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_assistant_chat_messages_user", table_name="assistant_chat_messages")
    op.drop_table("assistant_chat_messages")
