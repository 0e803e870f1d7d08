"""How a question is read before parsing: hyphenated phrases, written Cantonese, input-method
slips of business words, misspelt product names read only when they fit one product; and the
English counts of finding reasons, singular for one."""

from __future__ import annotations

from datetime import date

from globalsell.assistant import operations, operations_late
from globalsell.assistant.answer_words import counted
from globalsell.assistant.answers_render import runout_estimate
from globalsell.assistant.names import Named, match_products, misspelt_readings
from globalsell.assistant.question import Measure, parse
from globalsell.assistant.question_cues import FUTURE_OUTCOME
from globalsell.assistant.readings import read_slips, slip_note, stockout_as_cover
from globalsell.assistant.script import cantonese_as_mandarin, to_simplified
from tests.unit.test_assistant_operations import T, shipment, snap, stock

TODAY = date(2026, 11, 25)


def test_a_hyphenated_phrase_is_the_phrase() -> None:
    assert parse("On-hand units in DE", today=TODAY).measure is Measure.STOCK
    assert "hand" not in parse("on-hand stock of the kettle", today=TODAY).rest
    # a product's own compound keeps its hyphen
    assert parse("stock of the non-stick pan", today=TODAY).rest.count("non-stick") == 1


def test_written_cantonese_question_words_are_mandarin() -> None:
    assert cantonese_as_mandarin(to_simplified("邊隻產品賣得最好")) == "哪个产品卖得最好"
    assert cantonese_as_mandarin(to_simplified("點解日本冇貨")) == "为什么日本没有货"
    assert cantonese_as_mandarin(to_simplified("電熱水壺賣咗幾多")) == "电热水壶卖了多少"
    # 边 ending a place word is no "which"
    assert cantonese_as_mandarin("这边只卖了多少") == "这边只卖了多少"


def test_an_input_method_slip_is_read_and_said() -> None:
    assert read_slips("段货的产品有哪些") == ("断货的产品有哪些", (("段货", "断货"),))
    assert read_slips("断货的产品有哪些") == ("断货的产品有哪些", ())
    assert slip_note((("段货", "断货"),), True) == "（「段货」按「断货」理解）"


ITEMS = [
    Named("K-1", "不锈钢电热水壶", ("Stainless Electric Kettle",), ("K-1",)),
    Named("B-1", "不锈钢保温杯", ("Stainless Vacuum Bottle",), ("B-1",)),
    Named("H-1", "手持料理棒", ("Hand Blender",), ("H-1",)),
]


def test_a_misspelt_name_is_read_only_when_it_fits_one_product() -> None:
    assert [(w, n.sku) for w, n in misspelt_readings(ITEMS, "kettel stock")] == [("kettel", "K-1")]
    assert [(w, n.sku) for w, n in misspelt_readings(ITEMS, "hand blendr")] == [("blendr", "H-1")]
    # "stainles" is close to a word two products carry: asked back, never one of them
    matched, ask_back = match_products(ITEMS, "stainles stock")
    assert (matched, [n.sku for n in ask_back]) == ([], ["K-1", "B-1"])
    assert misspelt_readings(ITEMS, "stainles stock") == []


def test_a_future_outcome_is_told_from_a_fact() -> None:
    assert FUTURE_OUTCOME.search("will shp-1 clear customs by friday?")
    assert FUTURE_OUTCOME.search("shp-1周五前能清关吗")
    assert not FUTURE_OUTCOME.search("when will shp-1 arrive?")
    assert not FUTURE_OUTCOME.search("shp-1什么时候到")


def test_counts_of_one_are_singular_in_finding_reasons() -> None:
    assert (counted(1, "unit"), counted(4, "unit"), counted("1", "day")) == (
        "1 unit",
        "4 units",
        "1 day",
    )
    late = shipment(units=1, predicted_arrival=date(2026, 12, 24), need_by=date(2026, 12, 20))
    [f] = operations_late.LateShipments().detect(snap(shipments=(late,)), T)
    assert f.reason.startswith("Shipment SHP-1 (ocean, 1 unit to FBA-DE, departed origin)")
    gap = stock(available=20, inbound=1, next_arrival=date(2026, 12, 15))
    [g] = operations.StockOutRisk().detect(snap(stock=(gap,)), T)
    assert "; 1 unit inbound, expected 2026-12-15 (too late))" in g.reason


def test_a_stock_out_question_is_its_cover_with_the_deadline_it_names() -> None:
    p, deadline = stockout_as_cover(parse("will the kettle run out before Christmas?", today=TODAY))
    assert (p.measure, deadline, "christmas" in p.text.lower()) == (
        Measure.DAYS_OF_COVER,
        "christmas",
        False,
    )


def test_the_run_out_date_is_worded_as_an_estimate() -> None:
    rows = [
        {"sku": "K-1", "location": "FBA-DE", "available": 8, "days_of_cover": "6.7"},
        {"sku": "K-1", "location": "FBA-US", "available": 0, "days_of_cover": "0.0"},
        {"sku": "K-1", "location": "FBA-JP", "available": 5, "days_of_cover": None},
    ]
    assert runout_estimate(rows, TODAY, "christmas", False) == (
        "I could not place 'christmas' on the calendar; compare it with these dates. Estimated "
        "run-out at the last 30 days' sales rate (not a promise): K-1 at FBA-DE: around "
        "2026-12-01; K-1 at FBA-US: out of stock now.\n"
    )
    assert runout_estimate(rows, TODAY, None, True) == (
        "按最近30天的销售速度估算(不是保证): K-1 在 FBA-DE 约 2026-12-01 断货；"
        "K-1 在 FBA-US 现已断货。\n"
    )
    assert runout_estimate(rows[2:], TODAY, None, False) == ""
