"""Build the customs nomenclature files shipped inside the package (run once by a developer).

    python scripts/build_customs_data.py \
        --hts ../shared/data/nomenclature/us_hts/hts_2026_rev_10.json.gz \
        --uk ../shared/data/nomenclature/uk_tariff_search_references/search_references.json

Writes src/globalsell/customs/data/us_hts.json.gz (every coded US HTS line outside chapters
98/99 with its ancestor texts, general duty rate and units) and uk_search_references.json.gz
(product term -> UK commodity code). Each file carries its source, revision and licence.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "globalsell" / "customs" / "data"


def build_hts(path: Path) -> dict[str, Any]:
    rows = json.loads(gzip.decompress(path.read_bytes()))
    lines: list[list[Any]] = []
    stack: list[str] = []
    rate_stack: list[str] = []
    for i, row in enumerate(rows):
        indent = int(row.get("indent") or 0)
        text = " ".join(str(row.get("description") or "").split())
        del stack[indent:]
        del rate_stack[indent:]
        code = str(row.get("htsno") or "").replace(".", "")
        general = str(row.get("general") or "").strip()
        inherited = general or next((r for r in reversed(rate_stack) if r), "")
        path_text = " > ".join(s for s in stack if s)
        if code and code[:2] not in ("98", "99") and code.isdigit():
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            leaf = nxt is None or int(nxt.get("indent") or 0) <= indent
            units = [str(u) for u in (row.get("units") or [])]
            lines.append([code, text, path_text, inherited, units, leaf])
        stack.append(text.rstrip(":"))
        rate_stack.append(general)
    return {
        "source": "USITC Harmonized Tariff Schedule of the United States, JSON export",
        "revision": "2026 HTS Revision 10",
        "licence": "Public domain (work of the US Government, 17 U.S.C. 105)",
        "fields": ["code", "description", "ancestors", "general_rate", "units", "leaf"],
        "note": "Chapters 98 and 99 (US special provisions) dropped; 10-digit lines inherit the "
        "general rate of their 8-digit tariff line.",
        "lines": lines,
    }


def build_uk(path: Path) -> dict[str, Any]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    items = raw.items() if isinstance(raw, dict) else ((r["title"], r["code"]) for r in raw)
    terms = sorted({(str(t).strip().lower(), str(c)) for t, c in items if str(c).isdigit()})
    return {
        "source": "HMRC Online Trade Tariff search references "
        "(github.com/trade-tariff/trade-tariff-lambdas-fpo-search, reference_data/, "
        "commit a7bda30dd79016217e4d6c2719d05a203009d5c4)",
        "revision": "2026-07-24",
        "licence": "MIT, Copyright (C) 2023 Crown Copyright (HMRC Online Trade Tariff)",
        "terms": [[t, c] for t, c in terms],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hts", type=Path, required=True)
    parser.add_argument("--uk", type=Path, required=True)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (
        ("us_hts", build_hts(args.hts)),
        ("uk_search_references", build_uk(args.uk)),
    ):
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        (OUT / f"{name}.json.gz").write_bytes(gzip.compress(blob, 9, mtime=0))
        print(name, len(data.get("lines") or data.get("terms") or []))


if __name__ == "__main__":
    main()
