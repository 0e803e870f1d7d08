"""National schedules shipped besides the US HTS (which nomenclature.py loads): the EU Combined
Nomenclature 2023 at 8 digits (data/eu_cn_2023.json.gz, built by scripts/build_eu_cn.py; source
and licence in its header). No UK, Canadian, Australian or Japanese lines are shipped: no open copy
of them is available offline (see docs/ARCHITECTURE.md)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from globalsell.customs.nomenclature import DataSource, load

# Destinations whose import schedule is the EU Combined Nomenclature.
EU_MEMBERS = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"}
    | {"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}
)


@dataclass(frozen=True)
class CombinedNomenclature:
    lines: dict[str, str]  # 8-digit code -> description
    source: str
    revision: str
    licence: str


@lru_cache(maxsize=1)
def eu_cn() -> CombinedNomenclature:
    blob = (
        resources.files("globalsell.customs").joinpath("data").joinpath("eu_cn_2023.json.gz")
    ).read_bytes()
    raw = json.loads(gzip.decompress(blob))
    return CombinedNomenclature(
        lines={str(code): str(text) for code, text in raw["lines"]},
        source=str(raw["source"]),
        revision=str(raw["revision"]),
        licence=str(raw["licence"]),
    )


def data_sources() -> list[DataSource]:
    """Every nomenclature shipped: those nomenclature.py loads, then the EU CN."""
    cn = eu_cn()
    return [*load().sources, DataSource("EU CN", cn.source, cn.revision, cn.licence)]
