"""The listings command-line contract: generate --all, export, report --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from globalsell.listings import feed
from globalsell.listings.domain import STORES
from tests.cli.support import BuiltDemo, run_cli


@pytest.fixture(scope="module")
def demo(built_demo: BuiltDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert "listings: 923 generated for 13 stores, 923 passed every rule" in built_demo.output
    path = built_demo.copy_to(tmp_path_factory.mktemp("listings"))
    document = json.loads((built_demo.path.parent / "demo-feeds" / "DE.json").read_text())
    assert feed.feed_errors(document) == []
    assert len(document["messages"]) == 68
    return path


def test_generate_all_export_all_and_report(demo: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(demo.read_bytes())
    code, output = run_cli(db, "listings", "generate", "--all")
    assert code == 0, output
    # Approved listings whose content did not change are left alone; the three SKUs still in
    # the inbox are regenerated but not proposed twice.
    assert output.strip() == (
        "71 SKUs, 39 listings: 39 passed every rule, 0 need translation, 0 seller edits kept; "
        "0 change requests in the inbox"
    )
    out = tmp_path / "feeds"
    code, output = run_cli(
        db,
        "listings",
        "export",
        "--store",
        "all",
        "--format",
        "amazon-json-feed",
        "--out",
        str(out),
    )
    assert code == 0, output
    written = sorted(p.name for p in out.iterdir())
    # the demo wrote DE's feed too, but writing a file is not a submission: DE is exported again
    assert written == sorted(f"{s}.json" for s in STORES)
    for path in out.iterdir():
        assert feed.feed_errors(json.loads(path.read_text())) == []
    code, output = run_cli(db, "listings", "report", "--json")
    assert code == 0
    data = json.loads(output)
    assert data["listings"] == 923
    assert set(data["stores"]) == set(STORES)
    assert data["stores"]["DE"]["acceptance"]["approved_unchanged"] == 68
    assert sorted(data["fields"]) == [
        "brand",
        "bullet_point",
        "country_of_origin",
        "item_name",
        "item_type_keyword",
        "material",
        "product_description",
    ]


def test_export_one_store_to_a_file(demo: Path, tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    db.write_bytes(demo.read_bytes())
    target = tmp_path / "fr.json"
    code, output = run_cli(
        db,
        "listings",
        "export",
        "--store",
        "FR",
        "--format",
        "amazon-json-feed",
        "--out",
        str(target),
    )
    assert code == 0, output
    document = json.loads(target.read_text())
    assert document["header"]["issueLocale"] == "fr_FR"
    assert len(document["messages"]) == 68
    code, output = run_cli(
        db, "listings", "export", "--store", "FR", "--format", "csv", "--out", str(target)
    )
    assert code == 2


def test_generate_needs_all_or_sku(demo: Path) -> None:
    code, _ = run_cli(demo, "listings", "generate")
    assert code == 2
