"""Settings from the environment (prefix GLOBALSELL_). Read when an edge starts, never at import."""

from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_FILE = "globalsell.db"
DEFAULT_SECRET_FILE = "globalsell.secret"
MIN_SECRET_KEY_CHARS = 32


class ConfigError(RuntimeError):
    """The settings cannot run safely (e.g. production without a secret key)."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GLOBALSELL_", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_DB_FILE}",
        description="SQLAlchemy URL; a SQLite file in the working directory by default.",
    )
    env: Literal["development", "production"] = Field(
        default="development",
        description="production refuses to start without GLOBALSELL_SECRET_KEY and sets Secure "
        "cookies.",
    )
    secret_key: str | None = Field(
        default=None,
        description="Signs web session cookies and seals webhook secrets. Required in "
        "production; in development it is made once and kept in secret_key_file.",
    )
    secret_key_file: Path | None = Field(
        default=None,
        description="Where development keeps its secret key (default: next to the SQLite file, "
        "or ./globalsell.secret).",
    )
    now: datetime | None = Field(
        default=None,
        description=(
            "GLOBALSELL_NOW: pins 'now' (ISO 8601 with an offset) for every edge: commands, the "
            "server, jobs and the demo. Unset: the system clock."
        ),
    )
    approval_ttl_minutes: int = Field(default=24 * 60, gt=0)
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_json_body_bytes: int = Field(default=1024 * 1024, gt=0)
    secure_cookies: bool | None = Field(
        default=None, description="Secure cookie flag; on by default in production."
    )
    # Concurrency (ADR 0075). Requests in flight are capped at the pool's size, so a request
    # that holds a connection never waits for a worker thread held by one that waits for a
    # connection; the rest queue without a thread and get 503 after `request_queue_seconds`.
    db_pool_size: int = Field(default=20, ge=1, le=500)
    db_max_overflow: int = Field(default=10, ge=0, le=500)
    db_pool_timeout_seconds: float = Field(default=10.0, gt=0)
    db_lock_timeout_ms: int = Field(
        default=5000, ge=1, description="PostgreSQL lock_timeout; SQLite busy_timeout."
    )
    sqlite_writer_gate: bool = Field(
        default=True, description="Queue this process's SQLite writers on one lock (ADR 0075)."
    )
    db_statement_timeout_ms: int = Field(default=30_000, ge=1)
    max_concurrent_requests: int | None = Field(
        default=None, ge=1, description="Requests served at once; the pool size by default."
    )
    request_queue_seconds: float = Field(default=10.0, gt=0)
    retry_after_seconds: int = Field(default=2, ge=1)
    # Amazon Selling Partner API (listings submission). Secrets are SecretStr: never printed.
    amazon_merchant_id: str | None = None
    amazon_lwa_client_id: str | None = None
    amazon_lwa_client_secret: SecretStr | None = None
    amazon_lwa_refresh_token: SecretStr | None = None
    amazon_sp_api_endpoint: str | None = Field(
        default=None, description="Overrides the store's regional SP-API endpoint (sandbox, tests)."
    )
    amazon_lwa_token_url: str | None = Field(
        default=None, description="Overrides https://api.amazon.com/auth/o2/token."
    )
    amazon_ptd_dir: Path | None = Field(
        default=None,
        description="Folder of Amazon product-type definitions (PRODUCT_TYPE.MARKETPLACE_ID.json); "
        "listings of those types are checked against them.",
    )
    amazon_sp_api_rate: float = Field(default=5.0, gt=0)
    amazon_sp_api_burst: int = Field(default=10, ge=1)

    @field_validator("now")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and (value.tzinfo is None or value.utcoffset() is None):
            raise ValueError(
                f"GLOBALSELL_NOW={value.isoformat()} has no UTC offset: write it as "
                "2026-11-25T10:00:00+00:00"
            )
        return value

    @property
    def approval_ttl(self) -> timedelta:
        return timedelta(minutes=self.approval_ttl_minutes)

    @property
    def request_slots(self) -> int:
        return self.max_concurrent_requests or self.db_pool_size

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def cookies_secure(self) -> bool:
        return self.secure_cookies if self.secure_cookies is not None else self.is_production


def _secret_file(settings: Settings) -> Path | None:
    if settings.secret_key_file is not None:
        return settings.secret_key_file
    if settings.is_sqlite:
        database = (
            settings.database_url.split(":///", 1)[-1] if ":///" in settings.database_url else ""
        )
        if not database or database == ":memory:":
            return None  # an in-memory store lives as long as the process; so may its key
        path = Path(database)
        return path.with_name(path.name + ".secret")
    return Path(DEFAULT_SECRET_FILE)


def _kept_secret(path: Path) -> str:
    """The key in `path`, made (readable by its owner only) if it does not exist yet; every
    worker that starts at once reads the one the first of them wrote."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):
            key = path.read_text(encoding="ascii").strip()
            if key:
                return key
            os.sched_yield()
        raise ConfigError(f"{path} is empty; delete it or set GLOBALSELL_SECRET_KEY") from None
    key = secrets.token_urlsafe(48)
    with os.fdopen(handle, "w", encoding="ascii") as out:
        out.write(key + "\n")
    return key


def resolve_secret_key(settings: Settings) -> str:
    """The secret key to run with: the configured one; in production nothing else; in
    development one made once and kept in a file, so sessions survive restarts and every worker
    signs alike."""
    if settings.secret_key:
        if settings.is_production and len(settings.secret_key) < MIN_SECRET_KEY_CHARS:
            raise ConfigError(
                f"GLOBALSELL_SECRET_KEY must have at least {MIN_SECRET_KEY_CHARS} characters"
            )
        return settings.secret_key
    if settings.is_production:
        raise ConfigError(
            "GLOBALSELL_ENV=production needs GLOBALSELL_SECRET_KEY (at least "
            f"{MIN_SECRET_KEY_CHARS} random characters, e.g. from "
            "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`)"
        )
    path = _secret_file(settings)
    return secrets.token_urlsafe(48) if path is None else _kept_secret(path)


def sealing_key(settings: Settings) -> str:
    """The key secrets at rest are sealed with: the secret key, resolved as at start-up."""
    return resolve_secret_key(settings)


def prepared(settings: Settings) -> Settings:
    """Settings ready to run: the secret key resolved (refused in production when missing)."""
    return settings.model_copy(update={"secret_key": resolve_secret_key(settings)})


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
