"""tracking webhook secrets are stored sealed (encrypted under the secret key)

Revision ID: 5ec0a1b2c3d6
Revises: 5ec0a1b2c3d5
Create Date: 2026-12-06 02:00:00

Plaintext secrets written by older versions are sealed here when the secret key is known (as it
is when `globalsell` upgrades the schema); otherwise they stay unusable until the owner rotates
the secret (`globalsell shipments webhook-secret rotate`).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

from globalsell.core import sealing

revision: str = "5ec0a1b2c3d6"
down_revision: str | None = "5ec0a1b2c3d5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PURPOSE = "tracking-webhook-secret"  # logistics.tracking.WEBHOOK_PURPOSE, frozen here
secrets_table = sa.table(
    "tracking_webhook_secrets", sa.column("id", sa.Integer), sa.column("secret", sa.String)
)


def upgrade() -> None:
    with op.batch_alter_table("tracking_webhook_secrets") as batch:
        batch.alter_column(
            "secret", existing_type=sa.String(length=80), type_=sa.String(length=400)
        )
    key = context.config.attributes.get("secret_key")
    if not key:
        return
    connection = op.get_bind()
    for row_id, stored in connection.execute(sa.select(secrets_table.c.id, secrets_table.c.secret)):
        if not sealing.is_sealed(stored):
            connection.execute(
                secrets_table.update()
                .where(secrets_table.c.id == row_id)
                .values(secret=sealing.seal(key, stored, purpose=PURPOSE))
            )


def downgrade() -> None:
    key = context.config.attributes.get("secret_key")
    connection = op.get_bind()
    for row_id, stored in connection.execute(sa.select(secrets_table.c.id, secrets_table.c.secret)):
        plain = sealing.unseal(key, stored, purpose=PURPOSE) if key else None
        if plain is None:
            connection.execute(secrets_table.delete().where(secrets_table.c.id == row_id))
        else:
            connection.execute(
                secrets_table.update().where(secrets_table.c.id == row_id).values(secret=plain)
            )
    with op.batch_alter_table("tracking_webhook_secrets") as batch:
        batch.alter_column(
            "secret", existing_type=sa.String(length=400), type_=sa.String(length=80)
        )
