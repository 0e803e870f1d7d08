"""`globalsell listings submit --store DE [--preview-only] [--json]` against the fake SP-API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from globalsell.bootstrap import build_runtime, upgrade
from globalsell.cli.main import app
from globalsell.config import Settings, sqlite_url
from globalsell.db.session import unit_of_work
from globalsell.listings import service
from tests.factories import make_member, make_seller
from tests.fake_servers import FakeServer, Recorded, serve
from tests.integration.test_listings_service import AT, approve, bottle

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "submit.db"
    rt = build_runtime(Settings(database_url=sqlite_url(path)))
    upgrade(rt.engine)
    with unit_of_work(rt.session_factory) as session:
        owner = make_member(session, make_seller(session, slug="ningbo")).actor
        bottle(session, owner)
        (change_id,) = service.generate(
            session, actor=owner, registry=rt.registry, now=AT, stores=["DE"]
        ).proposals
        approve(session, rt.registry, owner, change_id)
    rt.engine.dispose()
    return path


@pytest.fixture
def servers() -> Iterator[tuple[FakeServer, FakeServer]]:
    def token(request: Recorded) -> tuple[int, dict[str, str], Any]:
        return 200, {}, {"access_token": "Atza|cli", "token_type": "bearer", "expires_in": 3600}

    holder: list[FakeServer] = []

    def sp_requests() -> list[Recorded]:
        return holder[0].requests

    def amazon(request: Recorded) -> tuple[int, dict[str, str], Any]:
        query = parse_qs(urlsplit(request.path).query)
        if request.method == "GET":
            reads = sum(r.method == "GET" for r in sp_requests())
            states = ["DISCOVERABLE"] if reads == 1 else ["BUYABLE", "DISCOVERABLE"]
            summary = {"marketplaceId": "A1PA6795UKMFR9", "status": states}
            return 200, {}, {"sku": "NB-KT-002", "summaries": [summary], "issues": []}
        status = "VALID" if query.get("mode") == ["VALIDATION_PREVIEW"] else "ACCEPTED"
        return 200, {}, {"sku": "NB-KT-002", "status": status, "submissionId": "s-1", "issues": []}

    with serve(token) as lwa, serve(amazon) as sp:
        holder.append(sp)
        yield lwa, sp


def env(db: Path, lwa: FakeServer, sp: FakeServer, refresh: str) -> dict[str, str]:
    return {
        "GLOBALSELL_DATABASE_URL": sqlite_url(db),
        "GLOBALSELL_AMAZON_MERCHANT_ID": "A2MERCHANT",
        "GLOBALSELL_AMAZON_LWA_CLIENT_ID": "client-id",
        "GLOBALSELL_AMAZON_LWA_CLIENT_SECRET": "cli-secret-value",
        "GLOBALSELL_AMAZON_LWA_REFRESH_TOKEN": refresh,
        "GLOBALSELL_AMAZON_SP_API_ENDPOINT": sp.url,
        "GLOBALSELL_AMAZON_LWA_TOKEN_URL": f"{lwa.url}/auth/o2/token",
        "COLUMNS": "200",
    }


def test_preview_only_then_submit_as_json(db: Path, servers: tuple[FakeServer, FakeServer]) -> None:
    lwa, sp = servers
    environment = env(db, lwa, sp, "Atzr|cli-1")
    result = runner.invoke(
        app, ["listings", "submit", "--store", "de", "--preview-only", "--json"], env=environment
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["previewed"] == ["NB-KT-002"]
    assert [r.method for r in sp.requests] == ["PUT"]

    result = runner.invoke(app, ["listings", "submit", "--store", "DE", "--json"], env=environment)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["submitted"] == ["NB-KT-002"]
    assert data["live"] == []  # DISCOVERABLE but not yet BUYABLE: stays submitted
    assert [r.method for r in sp.requests] == ["PUT", "PUT", "PUT", "GET"]
    assert "cli-secret-value" not in result.output

    # Nothing approved is left: a second run sends nothing.
    result = runner.invoke(app, ["listings", "submit", "--store", "DE", "--json"], env=environment)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["submitted"] == []
    assert len(sp.requests) == 4

    # Later, the status read finds it buyable.
    result = runner.invoke(app, ["listings", "status", "--store", "DE", "--json"], env=environment)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "store": "DE",
        "live": ["NB-KT-002"],
        "rejected": [],
        "stopped": None,
    }
    assert [r.method for r in sp.requests] == ["PUT", "PUT", "PUT", "GET", "GET"]


def test_missing_credentials_name_the_setting(db: Path) -> None:
    result = runner.invoke(
        app,
        ["listings", "submit", "--store", "DE"],
        env={"GLOBALSELL_DATABASE_URL": sqlite_url(db), "GLOBALSELL_AMAZON_MERCHANT_ID": ""},
    )
    assert result.exit_code == 1
    assert "GLOBALSELL_AMAZON_MERCHANT_ID" in result.output
