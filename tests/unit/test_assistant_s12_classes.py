"""The failure classes of ADR 0191: a kind noun ("lamps") that several products are called by,
one way or another, is asked back with all of them; a preposition is no product name ("units of
across all locations"); every location at once ("incl the hub", "含宁波仓") is no place filter,
and the hub named by kind is the depot, not the route out of its town; Cantonese 隔籬 / 嗰 are
read as 隔壁 / 那; two figures joined are each read on their own. Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import date

from globalsell.assistant.names import Named, match_products, unknown_product_word
from globalsell.assistant.places import named_places
from globalsell.assistant.question import Measure, Refusal, parse
from globalsell.assistant.script import cantonese_as_mandarin, to_simplified

TODAY = date(2026, 12, 7)

ITEMS = [
    Named("L-1", "护眼台灯", ("LED Desk Lamp, Eye-Caring",), ("L-1",)),
    Named("L-2", "人体感应小夜灯", ("Motion Sensor Night Light, 2 pieces",), ("L-2",)),
    Named("L-3", "太阳能草坪灯", ("Solar Pathway Lights, Outdoor",), ("L-3",)),
    Named("K-1", "电热水壶", ("Electric Kettle 1.7 L",), ("K-1",)),
    Named("W-1", "真空保温杯", ("Vacuum Insulated Water Bottle, 500 ml",), ("W-1",)),
    Named("M-1", "瑜伽垫", ("Yoga Mat 6mm",), ("M-1",)),
]


def _found(text: str) -> tuple[list[str], list[str]]:
    matched, vague = match_products(ITEMS, text)
    return [n.sku for n in matched], [n.sku for n in vague]


def test_a_kind_noun_several_products_are_called_by_is_asked_back_with_all() -> None:
    assert _found("how many lamps did I sell last month?") == ([], ["L-1", "L-2", "L-3"])
    assert _found("lights sold in november") == ([], ["L-1", "L-2", "L-3"])


def test_a_kind_noun_with_a_word_of_its_own_product_is_that_product() -> None:
    assert _found("how many desk lamps did I sell last month?") == (["L-1"], [])
    assert _found("stock of the night lights in the US") == (["L-2"], [])
    assert _found("yoga mat sales") == (["M-1"], [])


def test_a_flask_is_the_bottle_and_a_boiler_offers_the_kettle() -> None:
    assert _found("how many flasks in the hub") == ([], ["W-1"])
    assert _found("how many water boiler still sit in ningbo hub") == ([], ["K-1", "W-1"])


def test_a_preposition_after_of_is_no_product_name() -> None:
    text = "which sku do we hold the most units of across all locations incl the hub"
    assert unknown_product_word(ITEMS, text) is None
    assert unknown_product_word(ITEMS, "how many widgets did we sell") == "widgets"


LOCATIONS = [
    ("CN-NGB", "Ningbo origin hub (Beilun)", "origin_hub"),
    ("FBA-US", "Amazon FC, United States", "fc"),
    ("OCEAN-EU", "Ocean freight Ningbo - Hamburg", "in_transit"),
]


def test_every_location_at_once_is_no_place_filter() -> None:
    assert named_places("most units across all locations incl the hub", LOCATIONS) == ((), None)
    assert named_places("total stock including the ningbo hub", LOCATIONS) == ((), None)
    assert named_places("哪个SKU库存最多，含宁波仓", LOCATIONS) == ((), None)
    assert named_places("所有仓库加起来有多少水壶", LOCATIONS) == ((), None)


def test_the_hub_by_kind_is_the_depot_not_the_route_from_its_town() -> None:
    assert named_places("how many kettles at the ningbo hub", LOCATIONS) == (("CN-NGB",), None)
    assert named_places("stock at ocean-eu", LOCATIONS) == (("OCEAN-EU",), None)


def test_cantonese_next_door_and_that_are_read_as_mandarin() -> None:
    text = cantonese_as_mandarin(to_simplified("隔籬嗰間賣家上個月喺美國賣咗幾多"))
    assert text == "隔壁那家卖家上个月在美国卖了多少"
    assert parse(text, today=TODAY).refusal is Refusal.OTHER_SELLER
    assert cantonese_as_mandarin(to_simplified("嗰個水壺")) == "那个水壶"


def test_two_joined_figures_are_each_read_on_their_own() -> None:
    q = "What's the unit cost and the landed cost of the kitchen scale in the US?"
    p = parse(q, today=TODAY)
    assert (p.measure, p.joined) == (None, (Measure.UNIT_COST, Measure.LANDED_COST))
    assert parse(q, today=TODAY, measure_of=Measure.LANDED_COST).measure is Measure.LANDED_COST
    tie = parse("price and stock of the kettle in DE", today=TODAY)
    assert (tie.measure, set(tie.joined)) == (None, {Measure.PRICE, Measure.STOCK})
    assert parse("kettle stock in DE", today=TODAY).joined == ()
