"""The Listings Items API (v2021-08-01) through python-amazon-sp-api: putListingsItem (with
VALIDATION_PREVIEW) and getListingsItem, behind a token bucket and a retry loop for 429/5xx.

The library does the LWA token exchange and the HTTP; this module only points it at the
configured endpoints (real Amazon by default, a local server in tests), paces the calls and
turns its exceptions into `DomainError`s. Secrets are never put in messages or logs."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx
from pydantic import SecretStr
from sp_api.api.listings_items.listings_items_2021_08_01 import ListingsItemsV20210801
from sp_api.auth import AccessTokenClient
from sp_api.auth.exceptions import AuthorizationError
from sp_api.base import Marketplaces
from sp_api.base.exceptions import (
    SellingApiException,
    SellingApiGatewayTimeoutException,
    SellingApiRequestThrottledException,
    SellingApiServerException,
    SellingApiTemporarilyUnavailableException,
)

from globalsell.config import Settings
from globalsell.core.clock import Clock
from globalsell.core.errors import DomainError, ValidationFailed
from globalsell.listings.throttle import TokenBucket, backoff, header_rate

# The library logs request headers (the access token among them) at DEBUG: never let that out.
logging.getLogger("sp_api").setLevel(logging.WARNING)
logging.getLogger("sp_api.base.client").setLevel(logging.WARNING)

RETRYABLE = (
    SellingApiRequestThrottledException,
    SellingApiServerException,
    SellingApiTemporarilyUnavailableException,
    SellingApiGatewayTimeoutException,
)
PREVIEW = "VALIDATION_PREVIEW"


class ChannelError(DomainError):
    """Amazon refused or could not be reached (after the retries)."""

    code = "channel_error"
    http_status = 502


class ChannelNotConfigured(DomainError):
    code = "channel_not_configured"
    http_status = 409


@dataclass(frozen=True)
class SpApiCredentials:
    """LWA app and seller authorisation. `repr` never shows the secrets."""

    seller_id: str  # the merchant token the listings belong to
    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)
    endpoint: str | None = None  # overrides the store's regional endpoint (tests, sandbox)
    lwa_token_url: str | None = None  # overrides https://api.amazon.com/auth/o2/token

    def __post_init__(self) -> None:
        for name, setting in (
            ("seller_id", "GLOBALSELL_AMAZON_MERCHANT_ID"),
            ("client_id", "GLOBALSELL_AMAZON_LWA_CLIENT_ID"),
            ("client_secret", "GLOBALSELL_AMAZON_LWA_CLIENT_SECRET"),
            ("refresh_token", "GLOBALSELL_AMAZON_LWA_REFRESH_TOKEN"),
        ):
            if not getattr(self, name):
                raise ChannelNotConfigured(f"SP-API {name} is not set ({setting})", field=name)


def credentials_from(settings: Settings) -> SpApiCredentials:
    """The SP-API credentials of GLOBALSELL_AMAZON_* settings (a clear error naming the first
    missing one)."""

    def secret(value: SecretStr | None) -> str:
        return value.get_secret_value() if value is not None else ""

    return SpApiCredentials(
        seller_id=settings.amazon_merchant_id or "",
        client_id=settings.amazon_lwa_client_id or "",
        client_secret=secret(settings.amazon_lwa_client_secret),
        refresh_token=secret(settings.amazon_lwa_refresh_token),
        endpoint=settings.amazon_sp_api_endpoint,
        lwa_token_url=settings.amazon_lwa_token_url,
    )


class ListingsApi(Protocol):
    """What submission needs from Amazon (the real client below, or another implementation)."""

    seller_id: str

    def put(self, sku: str, body: dict[str, Any], *, preview: bool) -> dict[str, Any]: ...

    def get(self, sku: str) -> dict[str, Any]: ...


def _token_client_class(url: str | None) -> Any:
    if not url:
        return AccessTokenClient
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationFailed("the LWA token URL must be an http(s) URL", field="lwa_token_url")

    class ConfiguredAccessTokenClient(AccessTokenClient):  # type: ignore[misc]
        scheme = f"{parts.scheme}://"
        host = parts.netloc
        path = parts.path or "/"

    return ConfiguredAccessTokenClient


class _Client(ListingsItemsV20210801):  # type: ignore[misc]
    """The library's client with the Host header taken from the configured endpoint."""

    @property
    def headers(self) -> dict[str, str]:
        headers: dict[str, str] = dict(super().headers)
        headers["host"] = urlsplit(self.endpoint).netloc
        return headers


@dataclass
class Call:
    operation: str
    sku: str
    attempts: int
    waited: float


class SpApiListings:
    """One store's Listings Items API, paced by `bucket`, retrying 429 and 5xx."""

    def __init__(
        self,
        credentials: SpApiCredentials,
        store_code: str,
        *,
        clock: Clock,
        sleep: Callable[[float], None] = time.sleep,
        bucket: TokenBucket | None = None,
        max_attempts: int = 5,
        timeout: float = 30.0,
    ) -> None:
        try:
            market = Marketplaces[store_code]
        except KeyError as exc:
            raise ValidationFailed(
                f"{store_code} is not an Amazon store SP-API knows", field="store"
            ) from exc
        self.seller_id = credentials.seller_id
        self.marketplace_id = market.marketplace_id
        self.clock = clock
        self.sleep = sleep
        self.bucket = bucket or TokenBucket()
        self.max_attempts = max_attempts
        self.calls: list[Call] = []
        self._client = _Client(
            market,
            refresh_token=credentials.refresh_token,
            credentials={
                "lwa_app_id": credentials.client_id,
                "lwa_client_secret": credentials.client_secret,
            },
            timeout=timeout,
            version="2021-08-01",
            auth_token_client_class=_token_client_class(credentials.lwa_token_url),
        )
        if credentials.endpoint:
            parts = urlsplit(credentials.endpoint)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValidationFailed(
                    "the SP-API endpoint must be an http(s) URL", field="endpoint"
                )
            self._client.endpoint = credentials.endpoint.rstrip("/")

    def close(self) -> None:
        self._client.close()

    def put(self, sku: str, body: dict[str, Any], *, preview: bool) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "body": body,
            "marketplaceIds": [self.marketplace_id],
            "issueLocale": "en_US",
        }
        if preview:
            kwargs["mode"] = PREVIEW
        return self._call(
            "putListingsItem" + (" (preview)" if preview else ""),
            sku,
            lambda: self._client.put_listings_item(self.seller_id, sku, **kwargs),
        )

    def get(self, sku: str) -> dict[str, Any]:
        return self._call(
            "getListingsItem",
            sku,
            lambda: self._client.get_listings_item(
                self.seller_id,
                sku,
                marketplaceIds=[self.marketplace_id],
                includedData=["summaries", "issues"],
                issueLocale="en_US",
            ),
        )

    def _pace(self) -> float:
        """Wait for a token. Time is the clock's, but never less than the time slept (a clock
        that does not move while we sleep must not stall the bucket)."""
        now = self.clock.now()
        start = max(now, self.bucket.stamp) if self.bucket.stamp is not None else now
        waited = 0.0
        while (
            wait := self.bucket.take(max(self.clock.now(), start + timedelta(seconds=waited)))
        ) > 0:
            self.sleep(wait)
            waited += wait
        return waited

    def _call(self, operation: str, sku: str, send: Callable[[], Any]) -> dict[str, Any]:
        waited = 0.0
        for attempt in range(1, self.max_attempts + 1):
            waited += self._pace()
            try:
                response = send()
            except AuthorizationError as exc:
                raise ChannelError(
                    f"Login with Amazon refused the credentials ({exc.status_code})",
                    field="credentials",
                ) from None
            except RETRYABLE as exc:
                headers = exc.headers or {}
                rate = headers.get("x-amzn-RateLimit-Limit")
                announced = header_rate(rate)
                if announced is not None:
                    self.bucket.slow_down(announced)
                if attempt == self.max_attempts:
                    raise ChannelError(
                        f"{operation} {sku}: Amazon still answered {exc.code} after "
                        f"{attempt} attempts",
                        field="sku",
                    ) from None
                wait = backoff(
                    attempt,
                    now=self.clock.now(),
                    retry_after=headers.get("Retry-After"),
                    rate_limit=rate,
                )
                self.sleep(wait)
                waited += wait
                continue
            except SellingApiException as exc:
                message = getattr(exc, "message", None) or "request refused"
                raise ChannelError(
                    f"{operation} {sku}: Amazon answered {exc.code}: {message}", field="sku"
                ) from None
            except httpx.TransportError as exc:
                if attempt == self.max_attempts:
                    raise ChannelError(
                        f"{operation} {sku}: Amazon could not be reached ({type(exc).__name__})",
                        field="sku",
                    ) from None
                wait = backoff(attempt, now=self.clock.now())
                self.sleep(wait)
                waited += wait
                continue
            self.calls.append(Call(operation, sku, attempt, waited))
            payload = response.payload
            return dict(payload) if isinstance(payload, dict) else {"payload": payload}
        raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def connect(settings: Settings, store_code: str, *, clock: Clock) -> Iterator[SpApiListings]:
    """One store's Listings Items API from the GLOBALSELL_AMAZON_* settings (credentials,
    endpoints, rate and burst), closed when the block ends."""
    api = SpApiListings(
        credentials_from(settings),
        store_code,
        clock=clock,
        bucket=TokenBucket(settings.amazon_sp_api_rate, settings.amazon_sp_api_burst),
    )
    try:
        yield api
    finally:
        api.close()
