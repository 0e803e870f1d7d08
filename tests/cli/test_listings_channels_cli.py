"""`listings export --store shopify --format shopify-csv` and `--store EBAY_DE --format
ebay-inventory`, next to the unchanged Amazon feed contract."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from globalsell.bootstrap import build_runtime, upgrade
from globalsell.config import Settings, sqlite_url
from globalsell.db.session import unit_of_work
from tests.cli.support import run_cli
from tests.integration.test_listings_channels import SETTINGS, priced


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "channels.db"
    rt = build_runtime(Settings(database_url=sqlite_url(path)))
    upgrade(rt.engine)
    with unit_of_work(rt.session_factory) as session:
        priced(session, rt.registry, {"US": "19.99", "DE": "17.99"})
    rt.engine.dispose()
    return path


def test_shopify_csv_and_ebay_requests_from_the_cli(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shopify.csv"
    code, output = run_cli(
        db, "listings", "export", "--store", "shopify", "--format", "shopify-csv", "--out", str(out)
    )
    assert code == 0, output
    assert output.strip() == f"shopify: 1 products, 1 variant rows -> {out}"
    with out.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["Variant Price"], row["Price / Germany"]) == ("19.99", "17.99")

    settings = tmp_path / "ebay.json"
    settings.write_text(json.dumps(SETTINGS), "utf-8")
    target = tmp_path / "ebay-de.json"
    code, output = run_cli(
        db,
        "listings",
        "export",
        "--store",
        "EBAY_DE",
        "--format",
        "ebay-inventory",
        "--ebay-settings",
        str(settings),
        "--out",
        str(target),
    )
    assert code == 0, output
    assert output.strip() == f"EBAY_DE: 1 SKUs, 2 requests -> {target}"
    document = json.loads(target.read_text("utf-8"))
    assert [r["method"] for r in document["requests"]] == ["PUT", "POST"]

    # The Amazon contract is unchanged: the approved DE listing goes out as a feed.
    feed = tmp_path / "de.json"
    code, output = run_cli(
        db,
        "listings",
        "export",
        "--store",
        "DE",
        "--format",
        "amazon-json-feed",
        "--out",
        str(feed),
    )
    assert code == 0, output
    assert json.loads(feed.read_text("utf-8"))["header"]["version"] == "2.0"


def test_formats_and_stores_must_match(db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x")
    code, output = run_cli(
        db, "listings", "export", "--store", "DE", "--format", "shopify-csv", "--out", out
    )
    assert code == 2
    assert "shopify-csv is written for --store shopify" in output
    code, output = run_cli(
        db, "listings", "export", "--store", "EBAY_DE", "--format", "ebay-inventory", "--out", out
    )
    assert code == 2
    assert "--ebay-settings" in output
    code, output = run_cli(
        db, "listings", "export", "--store", "EBAY_DE", "--format", "amazon-json-feed", "--out", out
    )
    assert code == 2
    assert not Path(out).exists()
