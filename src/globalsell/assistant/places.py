"""Which of the seller's stock locations a stock question names: the origin hub by kind ("the
hub", "国内仓"), any location by its code or a distinctive word of its name; and a warehouse
the question names that is none of them ("宁波仓" when no location is known by that name), which
the caller asks back about rather than answer for every location. Pure: the locations are
passed in as (code, name, kind) triples."""

from __future__ import annotations

import re
from collections.abc import Iterable

from globalsell.assistant.vocabulary import STORE_WORDS

HUB_KIND = "origin_hub"
_HUB_EN = (
    "hub",
    "origin hub",
    "origin warehouse",
    "china warehouse",
    "warehouse in china",
    "domestic warehouse",
    "factory warehouse",
    "home warehouse",
)
_HUB_ZH = ("国内仓", "中国仓", "国内的仓", "发货仓", "工厂仓", "源头仓", "国内库存", "在国内")
# words of location names that name no one place
_GENERIC = frozenset(
    [
        "amazon",
        "fulfilment",
        "fulfillment",
        "centre",
        "center",
        "united",
        "states",
        "kingdom",
        "freight",
        "ocean",
        "origin",
        "warehouse",
        "transit",
        "express",
        "hamburg",
        "rotterdam",
        "felixstowe",
        "hub",
    ]
)
# what may stand before 仓 without naming a place: "海外仓", "亚马逊仓", "哪个仓", "各仓"
_BEFORE_DEPOT = (
    "海外",
    "马逊",
    "哪个",
    "哪些",
    "个",
    "各",
    "所有",
    "全部",
    "国内",
    "中国",
    "发货",
    "目的",
    "本地",
    "工厂",
    "头程",
    "中转",
    "的",
    "在",
    "里",
    "这个",
    "那个",
    "清",
    "进",
    "入",
    "出",
    "平",
    "云",
)
# a country or store word names a store (its warehouse follows from the store), not a location
_STORE_EN = frozenset(w for english, _ in STORE_WORDS.values() for p in english for w in p.split())
# Chinese names of the cities and districts a seller's depots and ports are in, read as the
# romanised words their location names use ("宁波仓": the location named "Ningbo ...")
CITY_ZH = {
    "宁波": "ningbo",
    "北仑": "beilun",
    "舟山": "zhoushan",
    "义乌": "yiwu",
    "金华": "jinhua",
    "杭州": "hangzhou",
    "上海": "shanghai",
    "苏州": "suzhou",
    "深圳": "shenzhen",
    "广州": "guangzhou",
    "东莞": "dongguan",
    "佛山": "foshan",
    "中山": "zhongshan",
    "厦门": "xiamen",
    "福州": "fuzhou",
    "青岛": "qingdao",
    "天津": "tianjin",
    "香港": "hong kong",
    "汉堡": "hamburg",
    "鹿特丹": "rotterdam",
}
_DEPOT = re.compile(r"([\u4e00-\u9fff]{1,2})(?=仓(?!位|储费))")


# English words that name the seller's own depots, for the caller's unknown-name check
PLACE_WORDS = frozenset(w for phrase in _HUB_EN for w in phrase.split()) | frozenset(
    w for en in CITY_ZH.values() for w in en.split()
)


def _has(low: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", low) is not None


# every place at once, the hub counted in ("across all locations incl the hub", "含国内仓"):
# no one location is the filter
_EVERY_PLACE = re.compile(
    r"(?<![a-z])(?:all|every|each)\s+(?:of\s+(?:our|my|the)\s+)?(?:locations?|warehouses?|"
    r"depots?|sites)(?![a-z])"
    r"|(?<![a-z])(?:incl\.?|including|plus|as well as|together with)\s+(?:the\s+|our\s+)?"
    r"(?:[a-z]+\s+)?(?:hub|warehouse|depot)(?![a-z])"
    r"|(?:所有|全部|各个?)(?:的)?(?:仓|库位|地点)|(?:含|包括|连同)[\u4e00-\u9fff]{0,4}仓"
)


def named_places(
    text: str, locations: Iterable[tuple[str, str, str]]
) -> tuple[tuple[str, ...], str | None]:
    """(codes of the locations the text names, a warehouse word it names that none is)."""
    low = text.lower()
    if _EVERY_PLACE.search(low):
        return (), None
    cities = " ".join(en for zh, en in CITY_ZH.items() if zh in low)
    found: list[str] = []
    by_name: dict[str, str] = {}  # code -> kind, of locations named only by a word of their name
    hub = any(_has(low, w) for w in _HUB_EN) or any(w in low for w in _HUB_ZH)
    for code, name, kind in locations:
        words = {w for w in re.findall(r"[a-z]{4,}", name.lower()) if w not in _GENERIC | _STORE_EN}
        if (hub and kind == HUB_KIND) or _has(low, code.lower()):
            found.append(code)
        elif any(_has(low, w) or _has(cities, w) for w in words):
            found.append(code)
            by_name[code] = kind
    if any(by_name.get(c) != "in_transit" for c in found):  # "Ningbo": the depot, not the route
        found = [c for c in found if by_name.get(c) != "in_transit"]
    if found:
        return tuple(dict.fromkeys(found)), None
    known = [w for _, zh in STORE_WORDS.values() for w in zh] + list(_BEFORE_DEPOT)
    for m in _DEPOT.finditer(low):
        before = low[: m.end()]
        if any(before + "仓" == low[: m.end() + 1] and (before[-1:] + "仓") in w for w in known):
            continue  # "德仓", "美仓": the store's warehouse, read as the store
        if not any(before.endswith(w) for w in known):
            return (), m.group(1)[-2:] + "仓"
    return (), None
