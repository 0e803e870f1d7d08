"""The production password hasher: Argon2id at argon2-cffi's RFC 9106 low-memory profile (the
test suite swaps in a cheap one, see tests/conftest.py)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from globalsell.accounts import service
from globalsell.core.errors import Unauthenticated
from tests.conftest import NOW


def test_a_password_is_stored_as_argon2id_at_production_cost(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "_hasher", PasswordHasher())
    user = service.create_user(
        session,
        email="Strong@Example.com",
        display_name="Strong",
        password="correct horse battery staple",
        by="test",
        now=NOW,
    )
    assert user.password_hash is not None
    assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "correct horse" not in user.password_hash
    found = service.authenticate_password(
        session, email="strong@example.com", password="correct horse battery staple"
    )
    assert found.id == user.id
    with pytest.raises(Unauthenticated):
        service.authenticate_password(session, email="strong@example.com", password="wrong horse")
