"""Alembic environment: runs on the connection handed in by `bootstrap.upgrade`, or on the URL
from GLOBALSELL_DATABASE_URL / the alembic config when run as `alembic upgrade head`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from globalsell.bootstrap import metadata
from globalsell.config import get_settings, resolve_secret_key
from globalsell.db.session import make_engine

config = context.config
target_metadata = metadata()


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    settings = get_settings()
    url = config.get_main_option("sqlalchemy.url") or settings.database_url
    config.attributes.setdefault("secret_key", resolve_secret_key(settings))
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported; run against a database")
run()
