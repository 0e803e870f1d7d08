"""Country of origin as ISO 3166 alpha-2 from what sellers and platforms write: ISO codes and
names through pycountry, plus the aliases below ("Mainland China", "CN(Origin)"). Pure."""

from __future__ import annotations

import re
import unicodedata

import pycountry

# Country names sellers and platforms write that are not ISO names (folded text -> ISO code).
COUNTRY_ALIASES = {
    "mainland china": "CN",
    "china mainland": "CN",
    "china (mainland)": "CN",
    "china": "CN",
    "prc": "CN",
    "中国": "CN",
    "中国大陆": "CN",
    "hong kong": "HK",
    "hong kong sar": "HK",
    "taiwan": "TW",
    "中国台湾": "TW",
    "korea": "KR",
    "south korea": "KR",
    "usa": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "russia": "RU",
    "vietnam": "VN",
    "turkey": "TR",
    "越南": "VN",
    "印度": "IN",
    "泰国": "TH",
    "马来西亚": "MY",
    "印度尼西亚": "ID",
    "孟加拉国": "BD",
    "美国": "US",
    "日本": "JP",
    "德国": "DE",
}
_ORIGIN_SUFFIX = re.compile(r"\s*\((?:origin|产地)\)\s*$", re.IGNORECASE)


def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 for a country name, code or platform alias ("Mainland China",
    "CN(Origin)"); None when unknown or when a list names different countries."""
    found: set[str] = set()
    for part in re.split(r"[,;/、，]", text):
        cleaned = _ORIGIN_SUFFIX.sub("", unicodedata.normalize("NFKC", part)).strip()
        if not cleaned:
            continue
        code = COUNTRY_ALIASES.get(cleaned.casefold())
        if code is None:
            try:
                code = pycountry.countries.lookup(cleaned).alpha_2
            except LookupError:
                return None
        found.add(code)
    return found.pop() if len(found) == 1 else None
