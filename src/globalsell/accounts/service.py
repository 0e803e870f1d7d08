"""Account use cases. Keyword-only, take `now` and an actor, flush and never commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from globalsell.accounts import domain
from globalsell.accounts.models import ApiToken, Membership, Seller, User
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import Conflict, NotFound, PermissionDenied, Unauthenticated

_hasher = PasswordHasher()


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: ApiToken
    plaintext: str


def create_seller(session: Session, *, name: str, slug: str, by: str, now: datetime) -> Seller:
    """Create a seller (tenant); `by` names who did it for the audit trail."""
    domain.check_slug(slug)
    if session.scalar(select(Seller).where(Seller.slug == slug)) is not None:
        raise Conflict(f"seller {slug!r} exists already", field="slug")
    seller = Seller(slug=slug, name=name.strip(), created_at=ensure_aware(now))
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
        data={"slug": slug, "name": seller.name},
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
    hashed = _hasher.hash(domain.check_password(password)) if password is not None else None
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
        _hasher.hash("timing-equaliser")
        raise failure
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        raise failure from exc
    return user
