"""product images

Revision ID: 7d1a5e0c2b18
Revises: 5c1e0a9b7d21
Create Date: 2026-12-06 04:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import globalsell.db.base

revision: str = "7d1a5e0c2b18"
down_revision: str | None = "5c1e0a9b7d21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "product_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seller_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=20), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=120), nullable=False),
        sa.Column("uploaded_at", globalsell.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_images_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seller_id"],
            ["sellers.id"],
            name=op.f("fk_product_images_seller_id_sellers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_images")),
        sa.UniqueConstraint("product_id", name=op.f("uq_product_images_product_id")),
    )
    op.create_index(
        op.f("ix_product_images_seller_id"), "product_images", ["seller_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_product_images_seller_id"), table_name="product_images")
    op.drop_table("product_images")
