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

    @property
    def approval_ttl(self) -> timedelta:
        return timedelta(minutes=self.approval_ttl_minutes)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
