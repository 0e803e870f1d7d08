"""`globalsell shipments` on the demo store: list, import-events (idempotent, encoding errors
named), exceptions, documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.support import BuiltDemo, run_cli
from tests.conftest import DEMO_DATE


@pytest.fixture(scope="module")
def demo_db(built_demo: BuiltDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert "5 shipments, 474 units in transit" in built_demo.output
    return built_demo.copy_to(tmp_path_factory.mktemp("shipments"))


def test_the_demo_has_ocean_and_air_in_flight_with_etas_and_exceptions(demo_db: Path) -> None:
    code, out = run_cli(demo_db, "shipments", "list", "--in-flight", "--json")
    assert code == 0, out
    rows = {r["code"]: r for r in json.loads(out)}
    assert sorted(rows) == [
        "SHP-2610-US-OC",
        "SHP-2611-DE-AIR",
        "SHP-2611-DE-OC",
        "SHP-2611-UK-AIR",
    ]
    assert rows["SHP-2611-DE-OC"]["modes"] == ["truck", "ocean", "truck"]
    assert rows["SHP-2611-DE-OC"]["status"] == "departed_origin"
    assert rows["SHP-2611-DE-OC"]["eta_source"] == "carrier plan, lane+carrier"  # trucks: plan
    assert rows["SHP-2611-UK-AIR"]["modes"] == ["air", "truck"]
    assert rows["SHP-2610-US-OC"]["status"] == "customs_hold"
    for row in rows.values():
        assert row["predicted_earliest"] <= row["predicted_arrival"] <= row["predicted_latest"]
    code, out = run_cli(demo_db, "shipments", "exceptions", "--json")
    kinds = sorted((e["shipment"], e["kind"]) for e in json.loads(out))
    assert kinds == [
        ("SHP-2610-UK-EXP", "short_receipt"),
        ("SHP-2610-US-OC", "customs_dwell"),
        ("SHP-2611-DE-AIR", "late_departure"),
    ]
    # --json keeps the stored English message: days as a whole number or a tenth, as worded
    said = {e["kind"]: e["message"] for e in json.loads(out) if e["kind"] != "short_receipt"}
    assert said == {
        "customs_dwell": "6 days held in customs",
        "late_departure": "not departed 4 days after the planned departure",
    }
    code, out = run_cli(demo_db, "inventory", "pool", "--json")
    pool = json.loads(out)
    fba_de = [p for e in pool for p in e["positions"] if p["location"] == "FBA-DE"]
    assert sum(p["inbound"] for p in fba_de) >= 216


def test_import_events_twice_and_a_wrong_encoding(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    db.write_bytes(demo_db.read_bytes())
    csv_file = tmp_path / "maersk.csv"
    csv_file.write_text(
        "event_id,carrier,reference,status,occurred_at,location\n"
        f"MAEU-10,MAERSK,MSKU7312045,ARRI,{DEMO_DATE}T06:00:00Z,DEHAM\n"
        f"MAEU-11,MAERSK,MSKU9999999,ARRI,{DEMO_DATE}T06:00:00Z,DEHAM\n",
        encoding="utf-8",
    )
    code, out = run_cli(db, "shipments", "import-events", str(csv_file), "--json")
    assert code == 0, out
    assert json.loads(out)["outcomes"] == {"applied": 1, "unmatched": 1}
    code, out = run_cli(db, "shipments", "import-events", str(csv_file), "--json")
    assert json.loads(out)["outcomes"] == {"duplicate": 2}
    code, out = run_cli(db, "shipments", "import-events", str(csv_file))
    assert "maersk.csv: 2 events: 2 duplicate" in out
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(
        "event_id,carrier,reference,status,occurred_at,location\n"
        f"G1,中远,COSU1,DEPA,{DEMO_DATE}T06:00:00Z,宁波\n".encode("gbk")
    )
    code, out = run_cli(db, "shipments", "import-events", str(gbk))
    assert code == 1
    assert "gbk.csv is not UTF-8: byte 0xd6 on line 2 cannot be decoded" in out


def test_documents_are_written(demo_db: Path, tmp_path: Path) -> None:
    code, out = run_cli(
        demo_db, "shipments", "documents", "SHP-2611-DE-OC", "--out", str(tmp_path), "--json"
    )
    assert code == 0, out
    names = sorted(Path(item["file"]).name for item in json.loads(out))
    assert names == [
        "SHP-2611-DE-OC-carton-labels.pdf",
        "SHP-2611-DE-OC-commercial-invoice.csv",
        "SHP-2611-DE-OC-commercial-invoice.pdf",
        "SHP-2611-DE-OC-packing-list.csv",
        "SHP-2611-DE-OC-packing-list.pdf",
    ]
    code, out = run_cli(demo_db, "shipments", "documents", "NOPE-1", "--out", str(tmp_path))
    assert (code, "shipment 'NOPE-1' not found" in out) == (1, True)


def test_import_lanes_adds_history_once_and_names_bad_lines(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "lanes.db"
    db.write_bytes(demo_db.read_bytes())
    lanes = tmp_path / "lanes.csv"
    lanes.write_text(
        "origin,destination,mode,carrier,departed_at,arrived_at,planned_arrival\n"
        "CNSHA,NLRTM,ocean,HAPAG,2026-06-01T00:00:00Z,2026-07-04T00:00:00Z,2026-07-01T00:00:00Z\n"
        "CNSHA,NLRTM,ocean,HAPAG,2026-06-08T00:00:00Z,2026-07-10T00:00:00Z,\n",
        encoding="utf-8",
    )
    code, out = run_cli(db, "shipments", "import-lanes", str(lanes))
    assert code == 0, out
    assert "lanes.csv: 2 transits, 2 added to the lane history (0 already known)" in out
    code, out = run_cli(db, "shipments", "import-lanes", str(lanes))
    assert "2 transits, 0 added to the lane history (2 already known)" in out
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "origin,destination,mode,carrier,departed_at,arrived_at\n"
        "CNSHA,NLRTM,boat,HAPAG,2026-06-01T00:00:00,2026-07-04T00:00:00Z\n",
        encoding="utf-8",
    )
    code, out = run_cli(db, "shipments", "import-lanes", str(bad))
    assert code == 1
    assert "row 2, departed_at: has no timezone (got '2026-06-01T00:00:00')" in out
    assert "row 2, mode: ocean, air, rail, truck or express (got 'boat')" in out
