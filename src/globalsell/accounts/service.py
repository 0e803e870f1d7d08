"""Account use cases. Keyword-only, take `now` and an actor, flush and never commit."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from globalsell.accounts import domain
from globalsell.accounts.models import ApiToken, Membership, Seller, User
from globalsell.core import audit, formatting
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    TooManyAttempts,
    Unauthenticated,
    ValidationFailed,
)

# OWASP's argon2id recommendation (19 MiB, 2 passes, 1 lane): a login costs 19 MiB, not 64.
# Hashes made with other parameters still verify and are re-hashed at the next login.
PRODUCTION_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_hasher = PRODUCTION_HASHER
# Hashes are computed on two dedicated threads: the allocator keeps a freed 19 MiB block in the
# arena of the thread that used it, so hashing on every request thread (40 of them) would keep
# 40 x 19 MiB; at most _QUEUED attempts wait for them, the rest (and any waiting longer than
# HASHING_WAIT_SECONDS) are refused with 429.
_hashing = ThreadPoolExecutor(max_workers=2, thread_name_prefix="password-hash")
_QUEUED = 32
_waiting = threading.BoundedSemaphore(_QUEUED)
HASHING_WAIT_SECONDS = 10.0
_T = TypeVar("_T")


def hash_password(password: str) -> str:
    """The one place passwords are hashed (tests may swap `_hasher` for a cheap one)."""
    return _bounded(lambda: _hasher.hash(password))


def _bounded(work: Callable[[], _T]) -> _T:
    busy = TooManyAttempts("the server is busy checking passwords; try again", retry_after=5)
    if not _waiting.acquire(blocking=False):
        raise busy
    try:
        future = _hashing.submit(work)
        try:
            return future.result(timeout=HASHING_WAIT_SECONDS)
        except FutureTimeout:
            future.cancel()
            raise busy from None
    finally:
        _waiting.release()


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: ApiToken
    plaintext: str


def _check_country(country: str | None) -> None:
    if country is None:
        return
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        raise ValidationFailed(f"country {country!r} is not a two-letter code", field="country")


def create_seller(
    session: Session,
    *,
    name: str,
    slug: str,
    by: str,
    now: datetime,
    country: str | None = None,
) -> Seller:
    """Create a seller (tenant); `by` names who did it for the audit trail. `country` (ISO
    alpha-2) gives the time zone every date is shown in."""
    domain.check_slug(slug)
    if session.scalar(select(Seller).where(Seller.slug == slug)) is not None:
        raise Conflict(f"seller {slug!r} exists already", field="slug")
    if country is not None and (
        len(country) != 2 or not country.isascii() or not country.isalpha()
    ):
        raise ValidationFailed(f"country {country!r} is not a two-letter code", field="country")
    seller = Seller(
        slug=slug,
        name=name.strip(),
        country=country.upper() if country else None,
        created_at=ensure_aware(now),
    )
    session.add(seller)
    session.flush()
    audit.record(
        session,
        actor=None,
        actor_name=by,
        seller_id=seller.id,
        action="accounts.seller.created",
        subject_type="seller",
        subject_id=seller.id,
        data={"slug": slug, "name": seller.name, "country": seller.country},
        now=now,
    )
    return seller


def create_user(
    session: Session,
    *,
    email: str,
    display_name: str,
    password: str | None,
    by: str,
    now: datetime,
) -> User:
    """Create a user; a password is needed only for the web login."""
    address = domain.normalise_email(email)
    if session.scalar(select(User).where(User.email == address)) is not None:
        raise Conflict(f"user {address} exists already", field="email")
    hashed = hash_password(domain.check_password(password)) if password is not None else None
    user = User(
        email=address,
        display_name=display_name.strip() or address,
        password_hash=hashed,
        is_active=True,
        created_at=ensure_aware(now),
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor=None,
        actor_name=by,
        action="accounts.user.created",
        subject_type="user",
        subject_id=user.id,
        data={"email": address},
        now=now,
    )
    return user


def grant_role(
    session: Session,
    *,
    seller_id: int,
    user_id: int,
    role: Role,
    by: str,
    now: datetime,
    actor: Actor | None = None,
) -> Membership:
    """Give a user a role at a seller (or change it). Through the API only an owner may."""
    if actor is not None:
        actor.require(Role.OWNER, "granting roles")
        if actor.seller_id != seller_id:
            raise NotFound("seller not found", field="seller_id")
    if session.get(User, user_id) is None:
        raise NotFound(f"user {user_id} not found", field="user_id")
    membership = session.scalar(
        select(Membership).where(Membership.user_id == user_id, Membership.seller_id == seller_id)
    )
    before = membership.role.value if membership else None
    if membership is None:
        membership = Membership(
            user_id=user_id, seller_id=seller_id, role=role, created_at=ensure_aware(now)
        )
        session.add(membership)
    else:
        membership.role = role
    session.flush()
    audit.record(
        session,
        actor=actor,
        actor_name=None if actor else by,
        seller_id=seller_id,
        action="accounts.membership.granted",
        subject_type="user",
        subject_id=user_id,
        data={"role": role.value, "before": before},
        now=now,
    )
    return membership


def second_person_required(session: Session, seller_id: int) -> bool:
    """Whether a change must be approved by someone other than its proposer: the seller's own
    choice, or by default whenever more than one person (operator or owner) can approve."""
    seller = session.get(Seller, seller_id)
    if seller is None:
        return False
    if seller.separation_of_duties is not None:
        return seller.separation_of_duties
    approvers = session.scalar(
        select(func.count())
        .select_from(Membership)
        .join(User, User.id == Membership.user_id)
        .where(
            Membership.seller_id == seller_id,
            Membership.role.in_([Role.OWNER, Role.OPERATOR]),
            User.is_active.is_(True),
        )
    )
    return (approvers or 0) > 1


def set_separation_of_duties(
    session: Session, *, seller_id: int, enabled: bool | None, by: str, now: datetime
) -> Seller:
    """Choose whether a proposer may approve their own changes (None: the default rule)."""
    seller = session.get(Seller, seller_id)
    if seller is None:
        raise NotFound(f"seller {seller_id} not found", field="seller_id")
    before = seller.separation_of_duties
    seller.separation_of_duties = enabled
    session.flush()
    audit.record(
        session,
        actor=None,
        actor_name=by,
        seller_id=seller_id,
        action="accounts.seller.separation_of_duties_set",
        subject_type="seller",
        subject_id=seller_id,
        data={"enabled": enabled, "before": before},
        now=now,
    )
    return seller


def get_seller_by_slug(session: Session, *, slug: str) -> Seller:
    seller = session.scalar(select(Seller).where(Seller.slug == slug))
    if seller is None:
        raise NotFound(f"seller {slug!r} not found", field="seller")
    return seller


def user_by_email(session: Session, *, email: str) -> User:
    user = session.scalar(select(User).where(User.email == domain.normalise_email(email)))
    if user is None:
        raise NotFound(f"user {email!r} not found", field="email")
    return user


def list_sellers(session: Session) -> list[Seller]:
    return list(session.scalars(select(Seller).order_by(Seller.id)))


def memberships_of(session: Session, *, user_id: int) -> list[tuple[Membership, Seller]]:
    rows = session.execute(
        select(Membership, Seller)
        .join(Seller, Seller.id == Membership.seller_id)
        .where(Membership.user_id == user_id)
        .order_by(Seller.id)
    )
    return [(m, s) for m, s in rows]


def actor_for(session: Session, *, user_id: int, seller_id: int) -> Actor:
    """The actor a user is at a seller; refuses users without a role there."""
    user = session.get(User, user_id)
    membership = session.scalar(
        select(Membership).where(Membership.user_id == user_id, Membership.seller_id == seller_id)
    )
    if user is None or not user.is_active or membership is None:
        raise PermissionDenied("no access to this seller")
    return Actor(name=f"user:{user.id}", seller_id=seller_id, role=membership.role, user_id=user.id)


def issue_token(
    session: Session,
    *,
    actor: Actor,
    name: str,
    now: datetime,
    user_id: int | None = None,
    expires_at: datetime | None = None,
) -> IssuedToken:
    """Issue an API token for a member of the actor's seller; the plaintext is shown once."""
    owner_id = user_id if user_id is not None else actor.user_id
    if owner_id is None:
        raise PermissionDenied("a token belongs to a user; name one with user_id")
    if owner_id != actor.user_id:
        actor.require(Role.OWNER, "issuing tokens for other users")
    target = actor_for(session, user_id=owner_id, seller_id=actor.seller_id)
    plaintext, prefix, token_hash = domain.new_token()
    token = ApiToken(
        user_id=owner_id,
        seller_id=actor.seller_id,
        name=name.strip()[:100] or "token",
        prefix=prefix,
        token_hash=token_hash,
        created_at=ensure_aware(now),
        expires_at=ensure_aware(expires_at) if expires_at else None,
    )
    session.add(token)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="accounts.api_token.issued",
        subject_type="api_token",
        subject_id=token.id,
        data={"name": token.name, "user": target.name, "prefix": prefix},
        now=now,
    )
    return IssuedToken(token=token, plaintext=plaintext)


def issue_token_unchecked(
    session: Session, *, user_id: int, seller_id: int, name: str, by: str, now: datetime
) -> IssuedToken:
    """Issue a token from the local CLI (whoever holds the database is its administrator)."""
    owner = actor_for(session, user_id=user_id, seller_id=seller_id)
    admin = Actor(name=by, seller_id=seller_id, role=Role.OWNER, user_id=owner.user_id)
    return issue_token(session, actor=admin, name=name, now=now, user_id=user_id)


def revoke_token(session: Session, *, actor: Actor, token_id: int, now: datetime) -> ApiToken:
    """Revoke a token of the actor's seller: its own, or any if the actor is an owner."""
    token = session.get(ApiToken, token_id)
    if token is None or token.seller_id != actor.seller_id:
        raise NotFound(f"token {token_id} not found", field="token_id")
    if token.user_id != actor.user_id:
        actor.require(Role.OWNER, "revoking other users' tokens")
    if token.revoked_at is None:
        token.revoked_at = ensure_aware(now)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="accounts.api_token.revoked",
            subject_type="api_token",
            subject_id=token.id,
            data={"prefix": token.prefix},
            now=now,
        )
    return token


def list_tokens(session: Session, *, actor: Actor) -> list[ApiToken]:
    query = select(ApiToken).where(ApiToken.seller_id == actor.seller_id)
    if actor.role != Role.OWNER:
        query = query.where(ApiToken.user_id == actor.user_id)
    return list(session.scalars(query.order_by(ApiToken.id)))


TOKEN_TOUCH_INTERVAL = timedelta(minutes=1)


def authenticate_token(session: Session, *, plaintext: str, now: datetime) -> Actor:
    """The actor behind a bearer token; refuses malformed, unknown, revoked and expired ones.
    Writes nothing: the token's last use is recorded apart, by `touch_token`."""
    return authenticate_token_read(session, plaintext=plaintext, now=now)[0]


def token_needs_touch(token: ApiToken, *, now: datetime) -> bool:
    """True when the token's recorded last use is missing or over a minute old."""
    last = token.last_used_at
    return last is None or last <= ensure_aware(now) - TOKEN_TOUCH_INTERVAL


def touch_token(session: Session, *, token_id: int, now: datetime) -> bool:
    """Record a token's last use, at most once a minute, without waiting for a lock someone
    else holds on its row (PostgreSQL: SKIP LOCKED). Runs in its own short transaction, after
    the request's; False when nothing was written."""
    at = ensure_aware(now)
    stale = or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at <= at - TOKEN_TOUCH_INTERVAL)
    target = select(ApiToken.id).where(ApiToken.id == token_id, stale)
    if session.get_bind().dialect.name == "postgresql":
        target = target.with_for_update(skip_locked=True)
    result = session.execute(
        update(ApiToken)
        .where(ApiToken.id.in_(target))
        .values(last_used_at=at)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


def authenticate_token_read(
    session: Session, *, plaintext: str, now: datetime
) -> tuple[Actor, ApiToken]:
    """The actor behind a bearer token and the token; refuses malformed, unknown, revoked and
    expired ones."""
    prefix = domain.parse_token(plaintext)
    token = session.scalar(select(ApiToken).where(ApiToken.prefix == prefix)) if prefix else None
    if token is None or not domain.token_matches(plaintext, token.token_hash):
        raise Unauthenticated("invalid API token")
    if token.revoked_at is not None:
        raise Unauthenticated("API token revoked")
    if token.expires_at is not None and token.expires_at <= ensure_aware(now):
        raise Unauthenticated("API token expired")
    try:
        actor = actor_for(session, user_id=token.user_id, seller_id=token.seller_id)
    except PermissionDenied as exc:
        raise Unauthenticated("API token's user has no access any more") from exc
    return actor, token


def authenticate_password(session: Session, *, email: str, password: str) -> User:
    """The user for an e-mail and password; one message for every failure."""
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    failure = Unauthenticated("wrong e-mail or password")
    if user is None or user.password_hash is None or not user.is_active:
        hash_password("timing-equaliser")
        raise failure
    stored = user.password_hash
    try:
        _bounded(lambda: _hasher.verify(stored, password))
    except (VerificationError, InvalidHashError) as exc:
        raise failure from exc
    if _hasher.check_needs_rehash(stored):
        user.password_hash = hash_password(password)
        session.flush()
    return user


def end_sessions(session: Session, *, user_id: int, by: str, now: datetime) -> int:
    """Sign the user out everywhere: every web session made before this stops working."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found", field="user_id")
    user.session_generation += 1
    session.flush()
    audit.record(
        session,
        actor=None,
        actor_name=by,
        action="accounts.user.signed_out",
        subject_type="user",
        subject_id=user_id,
        data={"generation": user.session_generation},
        now=now,
    )
    return user.session_generation


def session_generation(session: Session, *, user_id: int) -> int | None:
    """The generation a web session of this user must carry to be valid (None: no such user)."""
    user = session.get(User, user_id)
    return None if user is None else user.session_generation


# ------------------------------------------------------------------ display preferences


@dataclass(frozen=True, slots=True)
class Preferences:
    """What shapes a page for one user at one seller: the chosen language (None: the
    browser's) and the seller's time zone."""

    locale: str | None
    timezone: str


def preferences(session: Session, *, user_id: int, seller_id: int) -> Preferences:
    """The user's language and the seller's zone (its own, else its country's main zone)."""
    user = session.get(User, user_id)
    seller = session.get(Seller, seller_id)
    if user is None or seller is None:
        raise NotFound("user or seller not found", field="user_id")
    zone = seller.timezone or formatting.timezone_for_country(seller.country)
    return Preferences(locale=user.locale, timezone=zone)


def seller_timezone(session: Session, *, seller_id: int) -> str:
    """The zone a seller's dates are shown in: its own, else its country's main zone."""
    seller = session.get(Seller, seller_id)
    if seller is None:
        raise NotFound(f"seller {seller_id} not found", field="seller_id")
    return seller.timezone or formatting.timezone_for_country(seller.country)


def set_language(session: Session, *, user_id: int, locale: str, now: datetime) -> User:
    """Remember the dashboard language a user chose (`en` or `zh_CN`)."""
    if locale not in formatting.LOCALES:
        raise ValidationFailed(f"unknown language {locale[:20]!r}", field="locale")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found", field="user_id")
    before = user.locale
    user.locale = locale
    session.flush()
    audit.record(
        session,
        actor=None,
        actor_name=f"user:{user.id}",
        seller_id=None,
        action="accounts.user.language_set",
        subject_type="user",
        subject_id=user.id,
        data={"before": before, "after": locale},
        now=now,
    )
    return user


def set_seller_place(
    session: Session, *, actor: Actor, country: str | None, timezone: str | None, now: datetime
) -> Seller:
    """Set where the seller is: its country and, optionally, a time zone other than the
    country's main one. Owners only."""
    actor.require(Role.OWNER, "changing the seller's country or time zone")
    if country is not None and (
        len(country) != 2 or not country.isascii() or not country.isalpha()
    ):
        raise ValidationFailed(f"country {country!r} is not a two-letter code", field="country")
    if timezone and formatting.zone(timezone) is formatting.UTC and timezone != "UTC":
        raise ValidationFailed(f"unknown time zone {timezone[:64]!r}", field="timezone")
    seller = session.get(Seller, actor.seller_id)
    if seller is None:
        raise NotFound("seller not found", field="seller_id")
    before = {"country": seller.country, "timezone": seller.timezone}
    seller.country = country.upper() if country else None
    seller.timezone = timezone or None
    session.flush()
    audit.record(
        session,
        actor=actor,
        seller_id=seller.id,
        action="accounts.seller.place_set",
        subject_type="seller",
        subject_id=seller.id,
        data={"before": before, "after": {"country": seller.country, "timezone": seller.timezone}},
        now=now,
    )
    return seller


def user_names(session: Session, *, seller_id: int, names: Iterable[str]) -> dict[str, str]:
    """Display names of the audit names `user:N` among `names`, for users who are members of
    `seller_id` (others are left out)."""
    ids = {int(n[5:]) for n in names if n.startswith("user:") and n[5:].isdigit()}
    if not ids:
        return {}
    rows = session.execute(
        select(User.id, User.display_name)
        .join(Membership, Membership.user_id == User.id)
        .where(User.id.in_(sorted(ids)), Membership.seller_id == seller_id)
    )
    return {f"user:{uid}": name for uid, name in rows}
