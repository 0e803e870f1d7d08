"""Stock locations a question names, and a warehouse it names that is none of them."""

from __future__ import annotations

from globalsell.assistant.places import named_places

LOCATIONS = [
    ("CN-NGB", "Ningbo origin hub (Beilun)", "origin_hub"),
    ("FBA-US", "Amazon FC, United States", "fc"),
    ("OCEAN-EU", "Ocean freight Ningbo - Hamburg", "in_transit"),
]


def test_the_hub_is_named_by_kind_code_or_name() -> None:
    assert named_places("国内仓还有多少电热水壶", LOCATIONS) == (("CN-NGB",), None)
    assert named_places("how many kettles are in the hub", LOCATIONS) == (("CN-NGB",), None)
    assert named_places("stock at cn-ngb", LOCATIONS) == (("CN-NGB",), None)


def test_a_store_warehouse_is_no_place_filter() -> None:
    assert named_places("美国仓电热水壶库存", LOCATIONS) == ((), None)
    assert named_places("海外仓还有多少库存", LOCATIONS) == ((), None)


def test_an_unknown_warehouse_is_returned_to_ask_about() -> None:
    assert named_places("深圳仓里还有多少个奶泡器", LOCATIONS) == ((), "深圳仓")


def test_a_depot_is_named_by_its_city_in_chinese() -> None:
    depots = [
        ("CN-SZX", "Shenzhen bonded depot (Futian)", "origin_hub"),
        ("SEA-1", "Sea freight Shenzhen - Rotterdam", "in_transit"),
        ("FBA-US", "Amazon FC, United States", "fc"),
    ]
    assert named_places("深圳仓还剩几件台灯", depots) == (("CN-SZX",), None)
    assert named_places("福田仓还剩几件台灯", depots) == ((), "福田仓")
    assert named_places("lamps in the shenzhen depot", depots) == (("CN-SZX",), None)


def test_the_sellers_own_places_are_no_stranger_in_a_question() -> None:
    from datetime import date

    from globalsell.assistant.answers import unknown_name
    from globalsell.assistant.question import parse

    day = date(2030, 3, 3)
    names = ("Shenzhen bonded depot (Futian)", "Amazon FC, United States")
    assert unknown_name(parse("lamps left at the China hub?", today=day), [], names) is None
    assert unknown_name(parse("lamps left in Futian?", today=day), [], names) is None
    assert unknown_name(parse("lamps left in Lisbon?", today=day), [], names) == "Lisbon"
