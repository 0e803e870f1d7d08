"""The command-line contract reviewers' scripts rely on."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from globalsell.demo import builder
from tests.cli.support import BuiltDemo, run_cli
from tests.conftest import DEMO_DATE


@pytest.fixture(scope="module")
def demo_db(built_demo: BuiltDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert "demo built" in built_demo.output
    assert "ningbo_catalogue_messy.xlsx was rejected with 11 errors" in built_demo.output
    assert "globalsell serve" in built_demo.output
    return built_demo.copy_to(tmp_path_factory.mktemp("demo"))


def test_catalog_list_json_has_the_contract_keys(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "catalog", "list", "--json")
    assert code == 0
    products = json.loads(output)
    assert len(products) == 47
    assert {"sku", "title", "source_language"} <= set(products[0])
    kettle = next(p for p in products if p["sku"] == "NB-AP-001")
    assert (kettle["title"], kettle["source_language"]) == ("1.7L不锈钢电热水壶", "zh")


def test_demo_refuses_to_replace_a_file_that_is_not_its_own(tmp_path: Path) -> None:
    db = tmp_path / "globalsell.db"
    db.write_bytes(b"not a database")
    code, output = run_cli(tmp_path / "unused.db", "demo", "--db", str(db))
    assert code == 1
    assert f"{db} was not replaced: it is not a SQLite store" in output
    assert db.read_bytes() == b"not a database"


def test_demo_refuses_a_store_the_seller_changed_and_replaces_a_plain_demo(
    demo_db: Path, tmp_path: Path
) -> None:
    assert builder.overwrite_refusal(demo_db) is None
    assert builder.overwrite_refusal(tmp_path / "missing.db") is None
    own = tmp_path / "own.db"
    own.write_bytes(demo_db.read_bytes())
    sheet = tmp_path / "one.csv"
    sheet.write_text("sku,title,brand,source_language\nMY-1,My own kettle,Mine,en\n")
    code, output = run_cli(own, "catalog", "import", str(sheet))
    assert code == 0, output
    assert builder.overwrite_refusal(own) == (
        f"{own} was not replaced: 2 change(s) to its products, stock or orders came after the "
        "demo. Build the demo into another file (--db demo.db) or pass --force to delete it."
    )
    code, output = run_cli(own, "demo", "--db", str(own))
    assert code == 1
    code, output = run_cli(own, "catalog", "list", "--json")
    assert (code, len(json.loads(output))) == (0, 48)


def test_demo_force_replaces_anything(tmp_path: Path) -> None:
    (tmp_path / "demo.db").write_bytes(b"not a database")
    code, output = run_cli(
        tmp_path / "demo.db",
        "demo",
        "--db",
        str(tmp_path / "demo.db"),
        "--force",
        "--today",
        DEMO_DATE.isoformat(),
    )
    assert code == 0, output
    code, output = run_cli(tmp_path / "demo.db", "catalog", "list", "--json")
    assert (code, len(json.loads(output))) == (0, 47)


def test_inbox_from_the_terminal(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "inbox.db"
    db.write_bytes(demo_db.read_bytes())
    code, output = run_cli(db, "approvals", "list", "--json")
    # the catalogue's own proposals (customs code corrections are tested in test_customs_cli)
    changes = [c for c in json.loads(output) if c["kind"].startswith("catalog.")]
    assert [c["status"] for c in changes] == ["proposed"] * 5
    first = changes[-1]["id"]
    code, output = run_cli(db, "approvals", "approve", str(first), "--yes")
    assert (code, output.strip().splitlines()[-1]) == (0, f"change {first}: applied")
    code, output = run_cli(db, "approvals", "approve", str(first), "--yes")
    assert code == 1
    assert "cannot go from applied to approved" in output
    code, output = run_cli(db, "approvals", "reject", str(changes[0]["id"]), "--reason", "later")
    assert (code, output.strip()) == (0, f"change {changes[0]['id']}: rejected")


def test_a_rejected_import_exits_1_and_lists_rows(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "import.db"
    db.write_bytes(demo_db.read_bytes())
    bad = tmp_path / "bad.csv"
    bad.write_text("SKU,产品名称,重量\nX-1,杯子,很轻\n", encoding="gb18030")
    code, output = run_cli(db, "catalog", "import", str(bad))
    assert code == 1
    assert "row 2, weight: expected a number and a unit, like 850g or 1.2kg (got '很轻')" in output
    code, output = run_cli(db, "catalog", "list", "--json", "--search", "X-1")
    assert json.loads(output) == []


def test_export_and_jobs(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, output = run_cli(demo_db, "catalog", "export", str(target))
    assert (code, output.strip()) == (0, f"wrote 71 rows to {target}")
    assert target.read_bytes().startswith("\ufeff父SKU,SKU,产品名称".encode())
    code, output = run_cli(demo_db, "jobs", "run", "approvals.expire")
    assert (code, json.loads(output)) == (0, {"expired": 0})


def test_unknown_seller_is_a_clear_error(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "catalog", "list", "--seller", "nobody")
    assert code == 1
    assert "seller 'nobody' not found" in output


def test_price_quote_json_contract(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "price", "quote", "NB-AP-001", "--store", "JP", "--json")
    assert code == 0, output
    quote = json.loads(output)
    assert (quote["sku"], quote["store"], quote["currency"]) == ("NB-AP-001", "JP", "JPY")
    # the storage fee (and so the price) follows the season of the clock; the FBA fee does not
    assert quote["price"]["amount"].endswith("80")
    assert quote["fees"]["fulfilment"] == {"amount": "514", "currency": "JPY"}
    assert set(quote["landed_cost"]) >= {"product", "freight", "duty", "import_vat", "total"}
    assert Decimal(quote["margin_rate"]) >= Decimal("0.25")
    code, output = run_cli(demo_db, "price", "quote", "NB-AP-001", "--store", "XX", "--json")
    assert code == 1
    assert "unknown marketplace 'XX'" in output


def test_inventory_pool_and_promises_from_the_terminal(demo_db: Path) -> None:
    code, output = run_cli(demo_db, "inventory", "pool", "--json")
    assert code == 0
    pool = json.loads(output)
    assert [p["sku"] for p in pool] == [
        "NB-AP-001",
        "NB-AP-002",
        "NB-AP-003",
        "NB-AP-004",
        "NB-AP-005",
        "NB-BT-001",
    ]
    assert [p["location"] for p in pool[0]["positions"]] == [
        "CN-NGB",
        "FBA-DE",
        "FBA-JP",
        "FBA-UK",
        "FBA-US",
    ]
    for entry in pool:
        assert entry["on_hand"] == sum(p["on_hand"] for p in entry["positions"])
    code, output = run_cli(demo_db, "inventory", "promise", "--store", "DE", "--json")
    assert (code, len(json.loads(output))) == (0, 6)


def test_orders_import_is_idempotent_from_the_terminal(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "orders.db"
    db.write_bytes(demo_db.read_bytes())
    report = tmp_path / "All Orders.txt"
    report.write_text(
        "amazon-order-id\tpurchase-date\torder-status\tsales-channel\tsku\tquantity\n"
        "303-0000001-0000001\t2026-11-24T10:00:00+00:00\tShipped\tAmazon.de\tNB-AP-001\t2\n"
        "303-0000002-0000002\t2026-11-24T11:00:00+00:00\tShipped\tAmazon.de\tNB-AP-001\t1\n",
        encoding="utf-8",
    )
    code, output = run_cli(db, "orders", "import", str(report))
    assert code == 0, output
    assert "orders +2 ~0 =0" in output
    code, output = run_cli(db, "orders", "import", str(report))
    assert "orders +0 ~0 =2" in output
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "order-id,purchase-date,status,marketplace,sku,quantity\n"
        "X-1,2026-11-24T10:00:00+00:00,Shipped,DE,GHOST-SKU,1\n",
        encoding="utf-8",
    )
    code, output = run_cli(db, "orders", "import", str(bad))
    assert code == 1
    assert "row 2, sku: unknown SKU (not in the catalogue) (got 'GHOST-SKU')" in output
