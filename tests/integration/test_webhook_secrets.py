"""Webhook signing secrets are sealed at rest: a database reader cannot sign a delivery, a secret
sealed under another key is refused, and plaintext secrets of older versions are sealed by the
migration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from globalsell.bootstrap import Runtime, alembic_config, upgrade
from globalsell.cli.main import app as cli
from globalsell.core import sealing
from globalsell.db.session import make_engine
from globalsell.logistics import tracking
from globalsell.logistics.models import WebhookSecret
from tests.factories import auth, make_member, make_seller

URL = "/api/v1/webhooks/tracking/sealed"
BODY = json.dumps({"events": []}).encode()


def _post(client: TestClient, runtime: Runtime, secret: str) -> int:
    stamp = str(int(runtime.clock.now().timestamp()))
    return client.post(
        URL,
        content=BODY,
        headers={
            "Content-Type": "application/json",
            "X-Globalsell-Timestamp": stamp,
            "X-Globalsell-Signature": tracking.sign(secret, timestamp=stamp, body=BODY),
        },
    ).status_code


def test_the_stored_secret_is_sealed_and_cannot_sign(
    client: TestClient, session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session, slug="sealed"))
    secret = client.post("/api/v1/shipments/webhook-secret", headers=auth(owner)).json()["secret"]
    stored = session.scalar(
        select(WebhookSecret.secret).where(WebhookSecret.seller_id == owner.actor.seller_id)
    )
    assert stored is not None
    assert stored.startswith("v1:")
    assert secret not in stored
    assert _post(client, runtime, secret) == 422  # signed: past the gate (an empty batch)
    assert _post(client, runtime, stored) == 401  # what a database reader has


def test_a_secret_sealed_under_another_key_is_refused(
    client: TestClient, session: Session, runtime: Runtime
) -> None:
    owner = make_member(session, make_seller(session, slug="sealed"))
    tracking.rotate_webhook_secret(
        session, actor=owner.actor, sealing_key="another-key-" + "x" * 32, now=runtime.clock.now()
    )
    row = session.scalar(
        select(WebhookSecret).where(WebhookSecret.seller_id == owner.actor.seller_id)
    )
    assert row is not None
    plain = sealing.unseal("another-key-" + "x" * 32, row.secret, purpose=tracking.WEBHOOK_PURPOSE)
    assert plain is not None
    assert _post(client, runtime, plain) == 401


def test_the_migration_seals_plaintext_secrets(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    config = alembic_config(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "5ec0a1b2c3d5")
        conn.execute(
            text(
                "INSERT INTO sellers (id, slug, name, created_at) "
                "VALUES (1, 'old', 'Old', '2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO tracking_webhook_secrets (seller_id, secret, created_at) "
                "VALUES (1, 'whsec_plain', '2026-01-01 00:00:00')"
            )
        )
    key = "k" * 48
    upgrade(engine, secret_key=key)
    with engine.connect() as conn:
        stored = conn.scalar(text("SELECT secret FROM tracking_webhook_secrets"))
    engine.dispose()
    assert stored.startswith("v1:")
    assert sealing.unseal(key, stored, purpose=tracking.WEBHOOK_PURPOSE) == "whsec_plain"


def test_the_cli_rotates_the_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("GLOBALSELL_DATABASE_URL", url)
    monkeypatch.setenv("GLOBALSELL_SECRET_KEY", "c" * 48)
    runner = CliRunner()
    assert runner.invoke(cli, ["accounts", "create-seller", "cli-seller", "CLI"]).exit_code == 0

    result = runner.invoke(cli, ["shipments", "webhook-secret", "rotate"])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "new secret for /api/v1/webhooks/tracking/cli-seller (shown once):"
    assert lines[1].startswith("whsec_")
    engine = make_engine(url)
    with engine.connect() as conn:
        stored = conn.scalar(text("SELECT secret FROM tracking_webhook_secrets"))
    engine.dispose()
    assert sealing.unseal("c" * 48, stored, purpose=tracking.WEBHOOK_PURPOSE) == lines[1]
