"""Who is looking at the dashboard: the signed cookie session (user, chosen seller, CSRF token),
the viewer built from it through the accounts service, and safe redirect targets."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from fastapi import Request
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.core.actor import Actor
from globalsell.core.errors import PermissionDenied

USER_KEY = "user_id"
SELLER_KEY = "seller_id"
LABEL_KEY = "user_label"
GENERATION_KEY = "generation"
CSRF_KEY = "csrf"
FLASH_KEY = "flash"
CSRF_FIELD = "csrf_token"


class LoginRequired(Exception):
    """Nobody (or nobody with access any more) is signed in; the answer is the login page."""

    def __init__(self, next_path: str | None) -> None:
        super().__init__("login required")
        self.next_path = next_path


class CsrfRejected(Exception):
    """A POST without the session's CSRF token: refused before anything is read or changed."""


@dataclass(frozen=True, slots=True)
class SellerChoice:
    seller_id: int
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class Viewer:
    """The signed-in user as the pages need them: plain values, usable after the session closed."""

    user_id: int
    label: str
    actor: Actor
    seller_name: str
    sellers: tuple[SellerChoice, ...]

    @property
    def can_write(self) -> bool:
        return self.actor.can_write


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get(CSRF_KEY)
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        request.session[CSRF_KEY] = token
    return token


def check_csrf(request: Request, sent: str) -> None:
    """Refuse a form whose token is missing or is not this session's."""
    expected = request.session.get(CSRF_KEY)
    if (
        not isinstance(expected, str)
        or not sent
        or not secrets.compare_digest(expected.encode(), sent.encode())
    ):
        raise CsrfRejected


def safe_next(value: str | None) -> str:
    """A redirect target after login: a path on this site, never another host."""
    if not value or not value.startswith("/") or value.startswith(("//", "/\\")):
        return "/"
    if any(ch == "\\" or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return "/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return "/"
    return value


def login_url(next_path: str | None) -> str:
    if not next_path or next_path == "/":
        return "/login"
    return "/login?next=" + quote(next_path, safe="/")


def requested_path(request: Request) -> str | None:
    """Where to come back to after logging in (GET pages only; a form POST cannot be replayed)."""
    if request.method != "GET":
        return None
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def sign_in(request: Request, *, user_id: int, seller_id: int, label: str, generation: int) -> None:
    """Start a fresh session (a new CSRF token too): nothing from before the login survives.
    The user's session generation is kept in it: a logout bumps it and ends this session."""
    request.session.clear()
    request.session[USER_KEY] = user_id
    request.session[GENERATION_KEY] = generation
    request.session[SELLER_KEY] = seller_id
    request.session[LABEL_KEY] = label
    csrf_token(request)


def sign_out(request: Request) -> None:
    request.session.clear()


def choose_seller(request: Request, seller_id: int) -> None:
    request.session[SELLER_KEY] = seller_id


def current_viewer(request: Request, session: Session) -> Viewer:
    """The viewer behind the session cookie, checked against the accounts service on every
    request: a user who was deactivated or lost every role is signed out."""
    user_id = request.session.get(USER_KEY)
    if not isinstance(user_id, int):
        raise LoginRequired(requested_path(request))
    generation = request.session.get(GENERATION_KEY)
    if generation != accounts.session_generation(session, user_id=user_id):
        sign_out(request)  # signed out (elsewhere, or this cookie was copied before a logout)
        raise LoginRequired(requested_path(request))
    memberships = accounts.memberships_of(session, user_id=user_id)
    if not memberships:
        sign_out(request)
        raise LoginRequired(requested_path(request))
    wanted = request.session.get(SELLER_KEY)
    seller = next((s for _, s in memberships if s.id == wanted), memberships[0][1])
    try:
        actor = accounts.actor_for(session, user_id=user_id, seller_id=seller.id)
    except PermissionDenied as exc:
        sign_out(request)
        raise LoginRequired(requested_path(request)) from exc
    choose_seller(request, seller.id)
    label = request.session.get(LABEL_KEY)
    viewer = Viewer(
        user_id=user_id,
        label=label if isinstance(label, str) else f"user {user_id}",
        actor=actor,
        seller_name=seller.name,
        sellers=tuple(SellerChoice(s.id, s.name, m.role.value) for m, s in memberships),
    )
    request.state.viewer = viewer
    return viewer


def flash(request: Request, level: str, text: str) -> None:
    """A message shown once on the next page (after a redirect)."""
    messages = request.session.get(FLASH_KEY)
    queue = list(messages) if isinstance(messages, list) else []
    queue.append([level, text])
    request.session[FLASH_KEY] = queue[-5:]


def take_flashes(request: Request) -> list[tuple[str, str]]:
    messages = request.session.pop(FLASH_KEY, None)
    if not isinstance(messages, list):
        return []
    return [(str(m[0]), str(m[1])) for m in messages if isinstance(m, list) and len(m) == 2]
