"""A platform export from import to approval at the terminal: `catalog import` as it comes,
`listings list --json` (the contract reviewers' scripts read), `approvals approve --all --kind`
that says which stores stay drafts, paging on `approvals list`, and `listings eval`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from globalsell.listings.domain import STORES
from tests.cli.support import run_cli

EXPORT = Path(__file__).parent.parent / "fixtures" / "catalog" / "platform_export.csv"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("real") / "real.db"
    code, output = run_cli(db, "accounts", "create-seller", "px", "PX Trading")
    assert code == 0, output
    code, output = run_cli(db, "catalog", "import", str(EXPORT))
    assert code == 0, output
    assert "3 rows imported; products +3" in output
    assert "read as a aliexpress export" in output
    code, output = run_cli(db, "listings", "generate", "--all")
    assert code == 0, output
    assert output.strip() == (
        "3 SKUs, 39 listings: 26 passed every rule, 0 need translation, 0 seller edits kept; "
        "3 change requests in the inbox"
    )
    return db


def test_list_json_contract(store: Path) -> None:
    code, output = run_cli(store, "listings", "list", "--json", "--store", "DE")
    assert code == 0, output
    rows = json.loads(output)
    assert [r["sku"] for r in rows] == ["PX-1", "PX-2", "PX-3"]
    for row in rows:
        assert set(row) >= {"sku", "store", "status", "product_type", "title", "bullets", "issues"}
        assert row["store"] == "DE"
        assert isinstance(row["bullets"], list)
        for issue in row["issues"]:
            assert set(issue) >= {"code", "severity", "field"}
            assert issue["severity"] in ("error", "warning", "info")
        blocking = [i for i in row["issues"] if i["severity"] == "error"]
        assert (row["status"] == "draft") == bool(blocking)
        if row["product_type"] == "PRODUCT":
            assert "needs-product-type" in [i["code"] for i in blocking]
    code, output = run_cli(store, "listings", "list", "--json")
    assert len(json.loads(output)) == 3 * len(STORES)


def test_approve_all_reports_drafts_and_paging(store: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(store.read_bytes())
    code, output = run_cli(db, "approvals", "list", "--json", "--limit", "2")
    assert code == 0, output
    assert len(json.loads(output)) == 2
    code, output = run_cli(db, "approvals", "list", "--json", "--limit", "2", "--all")
    assert len(json.loads(output)) == 3
    code, output = run_cli(
        db, "approvals", "approve", "--all", "--kind", "listings.listing.approve", "--json"
    )
    assert code == 0, output
    results = json.loads(output)
    assert [r["status"] for r in results] == ["applied"] * 3
    listed = json.loads(run_cli(db, "listings", "list", "--json")[1])
    drafts = {(r["sku"], r["store"]) for r in listed if r["status"] == "draft"}
    held = {(r["subject_id"], store) for r in results for store in r["held"]}
    assert held == drafts
    code, output = run_cli(db, "listings", "report", "--json")
    report = json.loads(output)
    de = report["stores"]["DE"]
    assert de["drafts"] == de["drafts_after_approval"] == sum(s == "DE" for _, s in drafts)
    assert de["acceptance"]["approved_unchanged"] == 3 - de["drafts"]


def test_eval_on_a_catalogue_file() -> None:
    code, output = run_cli(Path("unused.db"), "listings", "eval", str(EXPORT), "--json")
    assert code == 0, output
    data = json.loads(output)
    assert (data["skus"], data["listings"]) == (3, 39)
    assert data["titles_present"]["US"] == 1.0
    assert data["spam_titles"] == 0
    assert [row["sku"] for row in data["sample"]] == ["PX-1", "PX-2", "PX-3"]
