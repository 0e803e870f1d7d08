"""Pure account rules: token format, slugs, e-mail shape."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from globalsell.core.errors import ValidationFailed

TOKEN_PREFIX = "gs"
_TOKEN_RE = re.compile(r"^gs_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")
_SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$")
_EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def new_token() -> tuple[str, str, str]:
    """A fresh API token: (plaintext shown once, lookup prefix, sha256 hash stored)."""
    prefix = secrets.token_hex(6)
    plaintext = f"{TOKEN_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    return plaintext, prefix, hash_token(plaintext)


def hash_token(plaintext: str) -> str:
    """Tokens carry 256 random bits, so a fast hash is enough (unlike passwords)."""
    return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()


def parse_token(plaintext: str) -> str | None:
    """The lookup prefix of a well-formed token, or None."""
    match = _TOKEN_RE.match(plaintext)
    return match.group(1) if match else None


def token_matches(plaintext: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_token(plaintext), stored_hash)


def check_slug(slug: str) -> str:
    if not _SLUG_RE.match(slug):
        raise ValidationFailed(
            f"slug {slug!r} must be 1-60 lowercase letters, digits or inner hyphens", field="slug"
        )
    return slug


def normalise_email(email: str) -> str:
    value = email.strip().lower()
    if not _EMAIL_RE.match(value):
        raise ValidationFailed(f"{email!r} is not an e-mail address", field="email")
    return value


def check_password(password: str) -> str:
    if len(password) < 10:
        raise ValidationFailed("password must have at least 10 characters", field="password")
    if len(password) > 256:
        raise ValidationFailed("password must have at most 256 characters", field="password")
    return password
