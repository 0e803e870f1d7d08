"""Secrets the server must read back (webhook signing secrets) are stored sealed: encrypted and
authenticated (Fernet: AES-128-CBC + HMAC-SHA256) under a key derived from the settings' secret
key, so a copy of the database alone neither reveals them nor lets anyone forge a signature."""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SEALED_PREFIX = "v1:"


def _fernet(secret_key: str, purpose: str) -> Fernet:
    derived = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"globalsell/{purpose}/v1".encode(),
    ).derive(secret_key.encode("utf-8"))
    return Fernet(base64.urlsafe_b64encode(derived))


def seal(secret_key: str, plaintext: str, *, purpose: str) -> str:
    """The stored form of `plaintext` (ASCII, about 2.7x longer)."""
    token = _fernet(secret_key, purpose).encrypt(plaintext.encode("utf-8"))
    return SEALED_PREFIX + token.decode("ascii")


def is_sealed(stored: str) -> bool:
    return stored.startswith(SEALED_PREFIX)


def unseal(secret_key: str, stored: str, *, purpose: str) -> str | None:
    """The plaintext of a sealed value, or None when it was sealed under another key (or is not
    a sealed value at all)."""
    if not is_sealed(stored):
        return None
    try:
        plain = _fernet(secret_key, purpose).decrypt(stored[len(SEALED_PREFIX) :].encode("ascii"))
    except (InvalidToken, ValueError):
        return None
    return plain.decode("utf-8")
