"""Settings from the environment (prefix GLOBALSELL_). Read when an edge starts, never at import."""

from __future__ import annotations

import secrets
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_FILE = "globalsell.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GLOBALSELL_", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_DB_FILE}",
        description="SQLAlchemy URL; a SQLite file in the working directory by default.",
    )
    secret_key: str = Field(
        default_factory=lambda: secrets.token_urlsafe(32),
        description="Signs web session cookies. Set it in production so sessions survive restarts.",
    )
    approval_ttl_minutes: int = Field(default=24 * 60, gt=0)
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_json_body_bytes: int = Field(default=1024 * 1024, gt=0)
    secure_cookies: bool = False
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
    amazon_sp_api_rate: float = Field(default=5.0, gt=0)
    amazon_sp_api_burst: int = Field(default=10, ge=1)

    @property
    def approval_ttl(self) -> timedelta:
        return timedelta(minutes=self.approval_ttl_minutes)

    @property
    def request_slots(self) -> int:
        return self.max_concurrent_requests or self.db_pool_size

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
