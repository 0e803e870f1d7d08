"""Models and migrations agree (no drift), and the chain upgrades and downgrades cleanly."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from globalsell.bootstrap import alembic_config, is_current, metadata, script_heads, upgrade
from tests.conftest import fresh_database


def _url(tmp_path: Path) -> str:
    base = os.environ.get("GLOBALSELL_TEST_DATABASE_URL")
    if base:
        # A second database, named after the suite's own, keeps that schema untouched and
        # keeps parallel runs against other databases apart.
        return base + "_migrations"
    return f"sqlite:///{tmp_path / 'migrations.db'}"


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    url = _url(tmp_path)
    engine = fresh_database(url)
    upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata()) == []
    engine.dispose()


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    url = _url(tmp_path)
    engine = fresh_database(url)
    upgrade(engine)
    config = alembic_config(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) == set(metadata().tables) | {"alembic_version"}
    engine.dispose()


def test_the_quick_head_check_agrees_with_alembic(tmp_path: Path) -> None:
    url = _url(tmp_path)
    engine = fresh_database(url)
    assert is_current(engine) is False
    upgrade(engine)
    heads = ScriptDirectory.from_config(alembic_config(url)).get_heads()
    assert script_heads() == frozenset(heads)
    assert is_current(engine) is True
    config = alembic_config(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "-1")
    assert is_current(engine) is False
    engine.dispose()
