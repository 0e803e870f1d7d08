"""A logout ends the session on the server (a copied cookie stops working), failed logins are
throttled per account and per client address, and password hashing is bounded."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.accounts.throttle import LoginThrottle
from globalsell.api import errors as api_errors
from globalsell.core.errors import TooManyAttempts
from tests.factories import PASSWORD, make_member, make_seller
from tests.web.test_pages import csrf_of, log_in, open_page, sign_in


def test_a_cookie_copied_before_logout_no_longer_works(
    client: TestClient, session: Session
) -> None:
    member = make_member(session, make_seller(session))
    sign_in(client, member)
    copied = dict(client.cookies)
    page = open_page(client, "/")

    client.post("/logout", data={"csrf_token": csrf_of(page)}, follow_redirects=False)
    client.cookies.clear()
    client.cookies.update(copied)
    replayed = client.get("/", follow_redirects=False)

    assert (replayed.status_code, replayed.headers["location"]) == (303, "/login")


def test_logging_in_again_after_a_logout_works(client: TestClient, session: Session) -> None:
    member = make_member(session, make_seller(session))
    sign_in(client, member)
    client.post("/logout", data={"csrf_token": csrf_of(open_page(client, "/"))})
    sign_in(client, member)
    assert client.get("/", follow_redirects=False).status_code == 200


def test_five_wrong_passwords_lock_the_account_with_retry_after(
    client: TestClient, session: Session
) -> None:
    member = make_member(session, make_seller(session))
    wrong = [log_in(client, member.user.email, "not the password").status_code for _ in range(5)]
    locked = log_in(client, member.user.email)  # even the right password waits

    assert wrong == [401] * 5
    assert locked.status_code == 429
    assert locked.headers["retry-after"] == "900"
    assert "too many failed logins; try again later" in locked.text


def test_the_throttle_counts_per_account_and_per_address() -> None:
    at = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    throttle = LoginThrottle(per_account=3, per_address=5, window=timedelta(minutes=10))
    for n in range(5):
        throttle.failed(throttle.keys(email=f"u{n}@example.com", address="10.0.0.1"), now=at)
    with pytest.raises(TooManyAttempts) as refused:
        throttle.check(throttle.keys(email="fresh@example.com", address="10.0.0.1"), now=at)
    assert refused.value.retry_after == 600
    throttle.check(throttle.keys(email="fresh@example.com", address="10.0.0.2"), now=at)
    throttle.check(
        throttle.keys(email="fresh@example.com", address="10.0.0.1"),
        now=at + timedelta(minutes=10),
    )


def test_a_correct_password_clears_the_accounts_count() -> None:
    at = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    throttle = LoginThrottle(per_account=2, per_address=100)
    keys = throttle.keys(email="a@example.com", address="10.0.0.1")
    throttle.failed(keys, now=at)
    throttle.succeeded(keys)
    throttle.failed(keys, now=at)
    throttle.check(keys, now=at)


def test_passwords_are_hashed_with_owasp_argon2id_parameters_and_rehashed_at_login(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the suite hashes cheaply (tests/conftest.py); this is the production hasher's own test
    monkeypatch.setattr(accounts, "_hasher", accounts.PRODUCTION_HASHER)
    member = make_member(session, make_seller(session))
    old = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash(PASSWORD)
    member.user.password_hash = old
    session.flush()

    user = accounts.authenticate_password(session, email=member.user.email, password=PASSWORD)

    assert user.password_hash is not None
    assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert (
        accounts.authenticate_password(session, email=member.user.email, password=PASSWORD).id
        == user.id
    )


def test_password_hashing_refuses_when_too_many_attempts_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full = threading.BoundedSemaphore(1)
    assert full.acquire(blocking=False)
    monkeypatch.setattr(accounts, "_waiting", full)
    with pytest.raises(TooManyAttempts) as refused:
        accounts.hash_password("a long enough password")
    assert refused.value.retry_after == 5


def test_password_hashing_refuses_after_waiting_too_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    monkeypatch.setattr(accounts, "HASHING_WAIT_SECONDS", 0.05)
    blockers = [accounts._hashing.submit(release.wait) for _ in range(2)]  # both hashing threads
    try:
        with pytest.raises(TooManyAttempts):
            accounts.hash_password("a long enough password")
    finally:
        release.set()
        for blocker in blockers:
            blocker.result()


def test_hashing_runs_on_two_dedicated_threads() -> None:
    names = {accounts._bounded(lambda: threading.current_thread().name) for _ in range(6)}
    assert all(name.startswith("password-hash") for name in names)
    assert len(names) <= 2


def test_a_throttled_api_answer_says_when_to_retry() -> None:
    answer = asyncio.run(
        api_errors._domain_error(None, TooManyAttempts("slow down", retry_after=7))  # type: ignore[arg-type]
    )
    assert (answer.status_code, answer.headers["retry-after"]) == (429, "7")
