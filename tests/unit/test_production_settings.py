"""Production refuses to run on guessable defaults; development keeps one secret key on disk so
sessions survive restarts and every worker signs alike."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from globalsell.config import ConfigError, Settings, prepared, resolve_secret_key


def test_production_without_a_secret_key_refuses_to_start(tmp_path: Path) -> None:
    settings = Settings(env="production", database_url=f"sqlite:///{tmp_path / 'g.db'}")
    with pytest.raises(ConfigError) as refused:
        prepared(settings)
    assert str(refused.value).startswith("GLOBALSELL_ENV=production needs GLOBALSELL_SECRET_KEY")
    assert list(tmp_path.iterdir()) == []


def test_production_refuses_a_short_secret_key() -> None:
    with pytest.raises(ConfigError):
        resolve_secret_key(Settings(env="production", secret_key="short"))


def test_production_sets_secure_cookies_unless_told_otherwise() -> None:
    key = "k" * 48
    assert Settings(env="production", secret_key=key).cookies_secure is True
    assert Settings(env="development").cookies_secure is False
    assert Settings(env="development", secure_cookies=True).cookies_secure is True


def test_development_keeps_one_secret_key_next_to_the_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'globalsell.db'}"
    first = prepared(Settings(database_url=url)).secret_key
    second = prepared(Settings(database_url=url)).secret_key  # a restart, or another worker
    kept = tmp_path / "globalsell.db.secret"
    assert first == second
    assert kept.read_text().strip() == first
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert len(first or "") == 64


def test_a_configured_secret_key_is_used_as_is(tmp_path: Path) -> None:
    key = "x" * 40
    url = f"sqlite:///{tmp_path / 'g.db'}"
    assert prepared(Settings(database_url=url, secret_key=key)).secret_key == key
    assert list(tmp_path.iterdir()) == []
