"""Submission through python-amazon-sp-api against a fake SP-API and LWA server on 127.0.0.1
(real HTTP, the library unmocked): preview, submit, a throttled 429 then success, status."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy.orm import Session

from globalsell.approvals.registry import ApplierRegistry
from globalsell.bootstrap import build_registry
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import FixedClock
from globalsell.core.errors import PermissionDenied, ValidationFailed
from globalsell.listings import service, submission
from globalsell.listings.domain import ListingStatus
from globalsell.listings.models import Listing
from globalsell.listings.spapi import (
    ChannelError,
    ChannelNotConfigured,
    SpApiCredentials,
    SpApiListings,
)
from globalsell.listings.throttle import TokenBucket
from tests.factories import AT, make_member, make_seller
from tests.fake_servers import FakeServer, Recorded, serve
from tests.integration.test_listings_service import approve, bottle

_tokens = itertools.count(1)
DE_ID = "A1PA6795UKMFR9"
SECRET = "lwa-secret-do-not-log"


@pytest.fixture
def registry() -> ApplierRegistry:
    return build_registry()


@pytest.fixture
def lwa() -> Iterator[FakeServer]:
    def answer(request: Recorded) -> tuple[int, dict[str, str], Any]:
        form = parse_qs(str(request.body))
        if form.get("client_secret") != [SECRET]:
            return 401, {}, {"error": "invalid_client", "error_description": "bad secret"}
        return (
            200,
            {},
            {
                "access_token": "Atza|fake-access",
                "refresh_token": form["refresh_token"][0],
                "token_type": "bearer",
                "expires_in": 3600,
            },
        )

    with serve(answer) as server:
        yield server


class Amazon:
    """A scripted Listings Items API: a queue of answers per operation."""

    def __init__(self) -> None:
        self.script: dict[str, list[tuple[int, dict[str, str], Any]]] = {
            "preview": [],
            "put": [],
            "get": [],
        }

    def __call__(self, request: Recorded) -> tuple[int, dict[str, str], Any]:
        query = parse_qs(urlsplit(request.path).query)
        if request.headers.get("x-amz-access-token") != "Atza|fake-access":
            return 403, {}, {"errors": [{"code": "Unauthorized", "message": "no token"}]}
        if request.method == "PUT":
            key = "preview" if query.get("mode") == ["VALIDATION_PREVIEW"] else "put"
        else:
            key = "get"
        return self.script[key].pop(0)


def accepted(sku: str, status: str, submission_id: str) -> tuple[int, dict[str, str], Any]:
    return (
        200,
        {"x-amzn-RateLimit-Limit": "5.0"},
        {
            "sku": sku,
            "status": status,
            "submissionId": submission_id,
            "issues": [],
        },
    )


def buyable(sku: str) -> tuple[int, dict[str, str], Any]:
    return (
        200,
        {},
        {
            "sku": sku,
            "summaries": [
                {
                    "marketplaceId": DE_ID,
                    "asin": "B0TEST1234",
                    "productType": "BOTTLE",
                    "status": ["BUYABLE", "DISCOVERABLE"],
                    "itemName": "Thermosflasche",
                }
            ],
            "issues": [],
        },
    )


@pytest.fixture
def amazon() -> Iterator[tuple[Amazon, FakeServer]]:
    script = Amazon()
    with serve(script) as server:
        yield script, server


def approved_de(session: Session, registry: ApplierRegistry, sku: str = "NB-KT-002") -> Actor:
    seller = make_seller(session)
    owner = make_member(session, seller).actor
    bottle(session, owner, sku)
    (change_id,) = service.generate(
        session, actor=owner, registry=registry, now=AT, stores=["DE"]
    ).proposals
    assert approve(session, registry, owner, change_id).result["approved"] == ["DE"]
    return owner


def client(
    lwa: FakeServer, sp: FakeServer, clock: FixedClock, sleeps: list[float]
) -> SpApiListings:
    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.advance(timedelta(seconds=seconds))

    credentials = SpApiCredentials(
        seller_id="A2MERCHANT",
        client_id="amzn1.application-oa2-client.test",
        client_secret=SECRET,
        refresh_token=f"Atzr|refresh-{next(_tokens)}",  # one per test: tokens are cached
        endpoint=sp.url,
        lwa_token_url=f"{lwa.url}/auth/o2/token",
    )
    return SpApiListings(credentials, "DE", clock=clock, sleep=sleep)


def test_preview_submit_throttled_retry_and_status_end_to_end(
    session: Session,
    registry: ApplierRegistry,
    lwa: FakeServer,
    amazon: tuple[Amazon, FakeServer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    owner = approved_de(session, registry)
    script, sp = amazon
    script.script["preview"].append(accepted("NB-KT-002", "VALID", "preview-1"))
    script.script["put"] += [
        (
            429,
            {"x-amzn-RateLimit-Limit": "2.0", "Retry-After": "3"},
            {"errors": [{"code": "QuotaExceeded", "message": "You exceeded your quota"}]},
        ),
        accepted("NB-KT-002", "ACCEPTED", "sub-42"),
    ]
    script.script["get"].append(buyable("NB-KT-002"))
    clock, sleeps = FixedClock(AT), []
    api = client(lwa, sp, clock, sleeps)

    report = submission.submit(session, actor=owner, store="DE", api=api, now=AT)

    assert report.as_json() == {
        "store": "DE",
        "previewed": ["NB-KT-002"],
        "invalid": {},
        "submitted": ["NB-KT-002"],
        "unchanged": [],
        "live": ["NB-KT-002"],
        "rejected": [],
        "stopped": None,
    }
    # One LWA exchange, with the refresh token grant.
    assert len(lwa.requests) == 1
    form = parse_qs(str(lwa.requests[0].body))
    assert form["grant_type"] == ["refresh_token"]
    assert form["client_id"] == ["amzn1.application-oa2-client.test"]
    # preview, throttled submit, submit again, status: in that order, on the Listings Items API.
    calls = [
        (r.method, urlsplit(r.path).path, parse_qs(urlsplit(r.path).query)) for r in sp.requests
    ]
    assert [(m, p) for m, p, _ in calls] == [
        ("PUT", "/listings/2021-08-01/items/A2MERCHANT/NB-KT-002"),
        ("PUT", "/listings/2021-08-01/items/A2MERCHANT/NB-KT-002"),
        ("PUT", "/listings/2021-08-01/items/A2MERCHANT/NB-KT-002"),
        ("GET", "/listings/2021-08-01/items/A2MERCHANT/NB-KT-002"),
    ]
    assert calls[0][2]["mode"] == ["VALIDATION_PREVIEW"]
    assert "mode" not in calls[1][2]
    assert "mode" not in calls[2][2]
    assert all(q["marketplaceIds"] == [DE_ID] for _, _, q in calls)
    assert calls[3][2]["includedData"] == ["summaries,issues"]
    body = sp.requests[0].body
    assert body["productType"] == "BOTTLE"
    assert body["requirements"] == "LISTING"
    assert body["attributes"]["item_name"][0]["language_tag"] == "de_DE"
    assert body["attributes"]["item_name"][0]["marketplace_id"] == DE_ID
    assert sp.requests[0].headers["host"] == urlsplit(sp.url).netloc
    # Retry-After was honoured and the announced lower rate adopted.
    assert sleeps == [3.0]
    assert api.bucket.rate == 2.0

    listing = session.query(Listing).filter_by(seller_id=owner.seller_id, sku="NB-KT-002").one()
    assert listing.status is ListingStatus.LIVE
    assert listing.channel_ref == "asin:B0TEST1234"
    assert listing.submitted_at == AT
    rows = submission.history(session, actor=owner, listing_id=listing.id)
    assert [(r.operation, r.outcome, r.submission_id, r.attempts) for r in rows] == [
        ("preview", "VALID", "preview-1", 1),
        ("submit", "ACCEPTED", "sub-42", 2),
        ("status", "BUYABLE,DISCOVERABLE", None, 1),
    ]
    assert len({r.content_hash for r in rows}) == 1
    # The secrets never reach the logs.
    assert SECRET not in caplog.text
    assert "Atzr|refresh" not in caplog.text
    assert "Atza|fake-access" not in caplog.text

    # Approved again with the same content: already accepted, so no call at all.
    listing.status = ListingStatus.VALIDATED
    listing.status = ListingStatus.APPROVED
    again = submission.submit(session, actor=owner, store="DE", api=api, now=AT)
    assert again.unchanged == ["NB-KT-002"]
    assert again.previewed == []
    assert len(sp.requests) == 4
    assert listing.status is ListingStatus.SUBMITTED


def test_preview_errors_hold_the_listing_and_nothing_is_submitted(
    session: Session, registry: ApplierRegistry, lwa: FakeServer, amazon: tuple[Amazon, FakeServer]
) -> None:
    owner = approved_de(session, registry)
    script, sp = amazon
    script.script["preview"].append(
        (
            200,
            {},
            {
                "sku": "NB-KT-002",
                "status": "INVALID",
                "submissionId": "p-1",
                "issues": [
                    {
                        "code": "90220",
                        "message": "'externally_assigned_product_identifier' is required",
                        "severity": "ERROR",
                        "attributeNames": ["externally_assigned_product_identifier"],
                    }
                ],
            },
        )
    )
    report = submission.submit(
        session, actor=owner, store="DE", api=client(lwa, sp, FixedClock(AT), []), now=AT
    )
    assert report.invalid == {
        "NB-KT-002": [
            {
                "code": "amazon-90220",
                "field": "externally_assigned_product_identifier",
                "message": "'externally_assigned_product_identifier' is required",
                "severity": "error",
            }
        ]
    }
    assert report.submitted == []
    assert len(sp.requests) == 1
    listing = session.query(Listing).filter_by(seller_id=owner.seller_id).one()
    assert listing.status is ListingStatus.DRAFT
    assert listing.issues[-1]["code"] == "amazon-90220"


def test_preview_only_calls_preview_and_keeps_the_listing_approved(
    session: Session, registry: ApplierRegistry, lwa: FakeServer, amazon: tuple[Amazon, FakeServer]
) -> None:
    owner = approved_de(session, registry)
    script, sp = amazon
    script.script["preview"].append(accepted("NB-KT-002", "VALID", "p-1"))
    report = submission.submit(
        session,
        actor=owner,
        store="DE",
        api=client(lwa, sp, FixedClock(AT), []),
        now=AT,
        preview_only=True,
    )
    assert report.previewed == ["NB-KT-002"]
    assert report.submitted == []
    assert len(sp.requests) == 1
    assert session.query(Listing).filter_by(seller_id=owner.seller_id).one().status is (
        ListingStatus.APPROVED
    )


def test_server_errors_are_retried_with_backoff_then_the_run_stops(
    session: Session, registry: ApplierRegistry, lwa: FakeServer, amazon: tuple[Amazon, FakeServer]
) -> None:
    owner = approved_de(session, registry)
    script, sp = amazon
    error = (503, {}, {"errors": [{"code": "ServiceUnavailable", "message": "try later"}]})
    script.script["preview"] += [error] * 5
    sleeps: list[float] = []
    report = submission.submit(
        session, actor=owner, store="DE", api=client(lwa, sp, FixedClock(AT), sleeps), now=AT
    )
    assert report.stopped == (
        "putListingsItem (preview) NB-KT-002: Amazon still answered 503 after 5 attempts"
    )
    assert sleeps == [0.5, 1.0, 2.0, 4.0]
    assert len(sp.requests) == 5
    listing = session.query(Listing).filter_by(seller_id=owner.seller_id).one()
    assert listing.status is ListingStatus.APPROVED
    (row,) = submission.history(session, actor=owner, listing_id=listing.id)
    assert (row.operation, row.outcome) == ("preview", "ERROR")


def test_wrong_client_secret_is_a_clear_error_without_the_secret(
    session: Session, registry: ApplierRegistry, lwa: FakeServer, amazon: tuple[Amazon, FakeServer]
) -> None:
    owner = approved_de(session, registry)
    _, sp = amazon
    credentials = SpApiCredentials(
        seller_id="A2MERCHANT",
        client_id="amzn1.application-oa2-client.test",
        client_secret="wrong-secret",
        refresh_token=f"Atzr|refresh-{next(_tokens)}",  # one per test: tokens are cached
        endpoint=sp.url,
        lwa_token_url=f"{lwa.url}/auth/o2/token",
    )
    api = SpApiListings(credentials, "DE", clock=FixedClock(AT), sleep=lambda s: None)
    report = submission.submit(session, actor=owner, store="DE", api=api, now=AT)
    assert report.stopped == "Login with Amazon refused the credentials (401)"
    assert "wrong-secret" not in repr(credentials)
    assert sp.requests == []


def test_only_approved_listings_are_submitted_and_viewers_cannot(
    session: Session, registry: ApplierRegistry, lwa: FakeServer, amazon: tuple[Amazon, FakeServer]
) -> None:
    owner = approved_de(session, registry)
    bottle(session, owner, "NB-KT-003")
    service.generate(
        session, actor=owner, registry=registry, now=AT, stores=["DE"], skus=["NB-KT-003"]
    )
    _, sp = amazon
    api = client(lwa, sp, FixedClock(AT), [])
    with pytest.raises(ValidationFailed, match="not approved in DE: NB-KT-003"):
        submission.submit(session, actor=owner, store="DE", api=api, now=AT, skus=["NB-KT-003"])
    viewer = Actor(name="user:viewer", seller_id=owner.seller_id, role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        submission.submit(session, actor=viewer, store="DE", api=api, now=AT)
    assert sp.requests == []


def test_credentials_must_all_be_set() -> None:
    with pytest.raises(ChannelNotConfigured, match="refresh_token"):
        SpApiCredentials(seller_id="A2", client_id="id", client_secret="s", refresh_token="")


def test_token_bucket_allows_a_burst_then_paces_at_the_rate() -> None:
    bucket = TokenBucket(rate=5.0, burst=10)
    assert [bucket.take(AT) for _ in range(10)] == [0.0] * 10
    assert bucket.take(AT) == pytest.approx(0.2)
    assert bucket.take(AT + timedelta(seconds=0.2)) == 0.0
    assert bucket.take(AT + timedelta(seconds=0.2)) == pytest.approx(0.2)
    assert bucket.take(AT + timedelta(seconds=10)) == 0.0  # refilled, capped at the burst
    assert bucket.tokens == pytest.approx(9.0)


def test_channel_error_is_a_bad_gateway() -> None:
    assert ChannelError("x").http_status == 502


def test_twelve_calls_take_the_burst_then_wait_one_interval_each(
    lwa: FakeServer, amazon: tuple[Amazon, FakeServer]
) -> None:
    script, sp = amazon
    script.script["get"] += [buyable("NB-KT-002")] * 12
    sleeps: list[float] = []
    clock = FixedClock(AT)
    credentials = SpApiCredentials(
        seller_id="A2MERCHANT",
        client_id="amzn1.application-oa2-client.test",
        client_secret=SECRET,
        refresh_token=f"Atzr|refresh-{next(_tokens)}",
        endpoint=sp.url,
        lwa_token_url=f"{lwa.url}/auth/o2/token",
    )
    # A clock that does not move while we sleep (as under a frozen test clock) still paces.
    api = SpApiListings(credentials, "DE", clock=clock, sleep=sleeps.append)
    for _ in range(12):
        api.get("NB-KT-002")
    assert sleeps == [pytest.approx(0.2), pytest.approx(0.2)]
    assert len(sp.requests) == 12


def test_refresh_status_reads_submitted_listings_back(
    session: Session, registry: ApplierRegistry, lwa: FakeServer, amazon: tuple[Amazon, FakeServer]
) -> None:
    owner = approved_de(session, registry)
    script, sp = amazon
    script.script["preview"].append(accepted("NB-KT-002", "VALID", "p-1"))
    script.script["put"].append(accepted("NB-KT-002", "ACCEPTED", "s-1"))
    pending = (200, {}, {"sku": "NB-KT-002", "summaries": [], "issues": []})
    rejected = (
        200,
        {},
        {
            "sku": "NB-KT-002",
            "summaries": [{"marketplaceId": DE_ID, "status": []}],
            "issues": [
                {
                    "code": "18027",
                    "message": "The product is restricted",
                    "severity": "ERROR",
                    "attributeNames": [],
                }
            ],
        },
    )
    script.script["get"] += [pending, rejected]
    api = client(lwa, sp, FixedClock(AT), [])
    first = submission.submit(session, actor=owner, store="DE", api=api, now=AT)
    assert first.submitted == ["NB-KT-002"]
    assert first.live == []
    listing = session.query(Listing).filter_by(seller_id=owner.seller_id).one()
    assert listing.status is ListingStatus.SUBMITTED

    later = submission.refresh_status(session, actor=owner, store="DE", api=api, now=AT)
    assert later.rejected == ["NB-KT-002"]
    assert listing.status is ListingStatus.REJECTED
    assert listing.issues[-1]["code"] == "amazon-18027"
    assert listing.issues[-1]["field"] == "amazon"
    outcomes = [r.outcome for r in submission.history(session, actor=owner, listing_id=listing.id)]
    assert outcomes == ["VALID", "ACCEPTED", "PENDING", "PENDING"]
