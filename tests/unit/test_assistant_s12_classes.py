"""The failure classes of ADRs 0191 and 0192: a kind noun ("lamps") that several products
are called by, one way or another, is asked back with all of them; a preposition is no product
name ("units of across all locations"); every location at once ("incl the hub", "含宁波仓") is
no place filter, and the hub named by kind is the depot, not the route out of its town;
Cantonese 隔籬 / 嗰 are read as 隔壁 / 那; two figures joined are each read on their own; what a
question sets aside, its purpose and the background after it are not read; formal and dictated
wording. Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import UTC, date, datetime

from globalsell.assistant.compound import clauses, two_periods
from globalsell.assistant.names import Named, match_products, unknown_product_word
from globalsell.assistant.places import named_places
from globalsell.assistant.question import Measure, Parsed, Rank, Refusal, normalise, parse
from globalsell.assistant.readings import read_sku_forms
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


def _p(question: str) -> Parsed:
    return parse(question, today=TODAY)


def _span_of(question: str) -> tuple[date, date] | None:
    period = _p(question).period
    return None if period is None else (period.start, period.end)


def test_what_the_question_sets_aside_or_adds_as_context_is_not_read() -> None:
    assert (
        normalise("the total revenue, rather than the price per unit, of the hand blender")
        == "the total revenue, of the hand blender"
    )
    assert normalise("奶泡器有几个订单就是订单数不是件数") == "奶泡器有几个订单就是订单数"
    assert (
        normalise(
            "which products are out of stock on Amazon US, so that we may pause the ads on them?"
        )
        == "which products are out of stock on Amazon US?"
    )
    assert (
        normalise(
            "the margin per unit on the fan in Japan? The client is concerned it may be too thin."
        )
        == "the margin per unit on the fan in Japan?"
    )
    assert normalise("[EU ops] kettle units DE") == "kettle units DE"


def test_may_is_a_month_only_where_a_time_is_meant() -> None:
    assert _span_of("the margin of the fan in Japan, it may be too thin") is None
    assert _span_of("kettle units in May") == (date(2026, 5, 1), date(2026, 5, 31))
    assert _span_of("units since may 3") == (date(2026, 5, 3), TODAY)


def test_periods_in_other_words() -> None:
    assert _span_of("best seller in the UK in the last full quarter") == (
        date(2026, 7, 1),
        date(2026, 9, 30),
    )
    assert _span_of("hand blender revenue UK over the previous month") == (
        date(2026, 11, 1),
        date(2026, 11, 30),
    )
    assert _span_of("top 3 in JP this calendar month") == (date(2026, 12, 1), TODAY)
    assert _span_of("best seller on amazon.de since BF") == (date(2026, 11, 27), TODAY)
    assert _span_of("防滑垫德国最近两个礼拜一共卖了多少") == (date(2026, 11, 24), TODAY)
    assert _span_of("两周一共卖了多少") == (date(2026, 11, 24), TODAY)
    assert _span_of("fan units sold 1-15 Nov") == (date(2026, 11, 1), date(2026, 11, 15))
    assert _span_of("scale units on Amazon US between 1 and 15 November") == (
        date(2026, 11, 1),
        date(2026, 11, 15),
    )
    assert _span_of("kettle units nov 1-15") == (date(2026, 11, 1), date(2026, 11, 15))


def test_formal_wording_reads_the_figure_asked() -> None:
    p = _p("Which of your marketplaces sold the greatest number of units in September?")
    assert (p.measure, p.rank, p.by_store) == (Measure.UNITS, Rank.TOP, True)
    p = _p("How many milk frothers have been sold across all of your marketplaces since 1 Nov?")
    assert (p.measure, p.refusal) == (Measure.UNITS, None)
    p = _p("Could you kindly confirm the unit cost we hold on file for the milk frother?")
    assert p.measure is Measure.UNIT_COST
    p = _p("could you kindly confirm which shipments currently have an open exception?")
    assert p.refusal is None
    p = _p("The client has asked for an update on logistics: which shipments are late?")
    assert p.refusal is None
    p = _p("Could you kindly reduce the price of the handheld fan on Amazon Japan to 2,480 yen?")
    assert p.refusal is Refusal.WRITE
    p = _p("How many orders on the US store are still awaiting dispatch?")
    assert p.measure is Measure.OPEN_ORDERS
    p = _p("日本站手持风扇现在售价多少")
    assert p.measure is Measure.PRICE
    assert _p("风扇在日本站还在售吗").measure is Measure.LISTING_STATUS


def test_a_stock_with_a_part_counted_in_is_the_whole_stock() -> None:
    for q in (
        "current stock of the kitchen scale at the UK warehouse, including anything inbound",
        "小风扇所有仓库加起来现在库存一共有多少包括在路上的",
        "fan total on hand and total inbound across all locations",
    ):
        p = _p(q)
        assert (p.measure, p.stock_part) == (Measure.STOCK, None), q
    assert _p("kettle inbound units").stock_part == "inbound"


def test_a_neighbours_business_is_another_seller() -> None:
    assert _p("隔壁老王他们家的保温杯上个月在亚马逊卖了多少").refusal is Refusal.OTHER_SELLER


def test_a_word_just_before_or_inside_a_products_name_describes_it() -> None:
    items = [
        Named("K-1", "电热水壶", ("Electric Kettle 1.7 L",), ("K-1",)),
        Named("B-1", "电动泡泡机", ("Bubble Machine, ABS Plastic",), ("B-1",)),
        Named("L-3", "太阳能草坪灯", ("Solar Pathway Lights, Outdoor",), ("L-3",)),
        Named("G-1", "园艺工具三件套", ("Garden Tool Set",), ("G-1",)),
        Named("O-1", "抽屉收纳盒", ("Stackable Clear Drawer Organiser",), ("O-1",)),
    ]

    def found(text: str) -> list[str]:
        return [n.sku for n in match_products(items, text)[0]]

    assert found("the listing status of the electric bubble machine") == ["B-1"]
    assert found("are the solar garden path lights listed") == ["L-3"]
    assert found("electric kettle and bubble machine sales") == ["K-1", "B-1"]
    assert match_products(items, "could you organise a list of products") == ([], [])


def test_two_periods_set_against_each_other_are_found_one_each_side() -> None:
    now = datetime(2026, 12, 7, 12, tzinfo=UTC)
    found = two_periods("Fan units on Amazon US: 1-15 Oct versus 1-15 Nov.", now)
    assert found is not None
    assert [(p.start, p.end) for p in found] == [
        (date(2026, 10, 1), date(2026, 10, 15)),
        (date(2026, 11, 1), date(2026, 11, 15)),
    ]
    found = two_periods("防滑垫 英国站 9月份 vs 10月份 销量对比。", now)
    assert found is not None
    assert [p.start for p in found] == [date(2026, 9, 1), date(2026, 10, 1)]
    assert two_periods("kettle and fan units last month", now) is None


def test_a_colour_names_the_product_whose_variant_has_it_and_several_are_asked_back() -> None:
    items = [
        Named(
            "Y-1", "瑜伽垫", ("Yoga Mat, 6mm, Purple",), ("Y-1",), ("瑜伽垫 紫色", "瑜伽垫 黑色")
        ),
        Named("T-1", "T恤", ("Crew Neck T-Shirt",), ("T-1",), ("T恤 白色 M", "T恤 黑色 M")),
        Named("L-1", "台灯", ("LED Desk Lamp, White",), ("L-1",), ("台灯 白色",)),
    ]

    def found(text: str) -> tuple[list[str], list[str]]:
        matched, vague = match_products(items, text)
        return [n.sku for n in matched], [n.sku for n in vague]

    assert found("紫色的那个，报关用的 HS 编码是多少？") == (["Y-1"], [])
    assert found("the purple one - unit cost?") == (["Y-1"], [])
    assert found("白色的那个在英国站上架了没有？") == ([], ["T-1", "L-1"])
    assert found("how many white t-shirts did we sell") == (["T-1"], [])


def test_a_sku_written_without_a_dash_is_read_as_the_one_it_fits() -> None:
    skus = ("NB-AP-005", "NB-BT-001", "NB-KT-001-RED")
    assert read_sku_forms("Stock check for NBAP-005 at FBA UK.", skus) == (
        "Stock check for NB-AP-005 at FBA UK.",
        (("NBAP-005", "NB-AP-005"),),
    )
    assert read_sku_forms("NB-BT001 这周卖了几件", skus)[0] == "NB-BT-001 这周卖了几件"
    assert read_sku_forms("NB-ZZ-999 stock", skus) == ("NB-ZZ-999 stock", ())


def test_a_message_of_two_questions_is_split_where_the_second_begins() -> None:
    assert clauses(
        "Which shipments carry the electric kettle, and when is SHP-2611-DE-AIR due?"
    ) == [
        "Which shipments carry the electric kettle",
        "when is SHP-2611-DE-AIR due?",
    ]
    assert clauses("料理棒都在哪几票货上？其中 SHP-2611-UK-AIR 哪天到？") == [
        "料理棒都在哪几票货上？",
        "SHP-2611-UK-AIR 哪天到？",
    ]
    assert clauses("kettle stock in DE") == []


def test_a_month_named_elsewhere_dates_a_span_of_days() -> None:
    assert _span_of("UK revenue for the first week of November, the 1st to the 7th") == (
        date(2026, 11, 1),
        date(2026, 11, 7),
    )
    assert _span_of("11月第一周（1号到7号）日本站的销售额") == (
        date(2026, 11, 1),
        date(2026, 11, 7),
    )
    assert _span_of("本周到今天为止全站点一共出了多少单") == (TODAY, TODAY)
    assert _p("本周到今天为止全站点一共出了多少单").period_kinds == ("this_week",)


def test_operations_jargon() -> None:
    p = _p("上个月美国站哪个链接卖得最好？")
    assert (p.measure, p.rank) == (Measure.UNITS, Rank.TOP)
    assert _p("英国站哪些链接还没上线").measure is Measure.LISTING_STATUS
    assert _p("上周哪个站点出单件数最多？").measure is Measure.UNITS
    assert _p("黑五当天美国站的GMV是多少美金？").measure is Measure.REVENUE
    assert _p("英国站近30天动销最差的是哪个产品？").rank is Rank.BOTTOM
    assert (
        _p("美国站的账户健康分和ODR现在是多少？").unsupported == "account health and defect rates"
    )
    assert normalise("how many units did Germany sell yesterday? all products, not just one") == (
        "how many units did Germany sell yesterday? all products"
    )
    assert normalise("which listings are live, not counting JP") == (
        "which listings are live, not counting JP"
    )


def test_latin_words_of_a_products_title_name_it_too() -> None:
    items = [
        Named("L-1", "LED护眼台灯", ("LED Desk Lamp, Eye-Caring",), ("L-1",)),
        Named("L-2", "LED人体感应小夜灯2个装", ("Motion Sensor Night Light",), ("L-2",)),
    ]
    matched, vague = match_products(items, "how many of the LED one did we sell last month?")
    assert [n.sku for n in matched] == ["L-1", "L-2"]
    assert [n.sku for n in match_products(items, "LED desk lamp stock")[0]] == ["L-1"]


def test_a_purpose_clause_ends_at_its_comma_and_two_weeks_before_japan_are_two_weeks() -> None:
    assert normalise("Just so I can reconcile it with the report, how many fans did we sell?") == (
        "Just, how many fans did we sell?"
    )
    assert _span_of("想知道这两周日本亚马逊一共出了多少个订单") == (date(2026, 11, 24), TODAY)


def test_a_kind_noun_with_a_modifier_both_share_fits_both() -> None:
    items = [
        Named("L-1", "LED护眼台灯", ("LED Desk Lamp, Eye-Caring",), ("L-1",)),
        Named("L-2", "LED人体感应小夜灯2个装", ("Motion Sensor Night Light",), ("L-2",)),
    ]
    assert [n.sku for n in match_products(items, "unit cost of the LED light")[1]] == ["L-1", "L-2"]
    assert [n.sku for n in match_products(items, "night light stock")[0]] == ["L-2"]


def test_a_month_is_a_whole_word_never_the_start_of_another() -> None:
    assert _span_of("units on the UK marketplace from the 1st to the 7th") == (
        date(2026, 12, 1),
        date(2026, 12, 7),
    )
    assert _span_of("kettle units in 1-3 marketplaces") is None
    assert _span_of("kettle units Sept 1-15") == (date(2026, 9, 1), date(2026, 9, 15))


def test_a_day_of_a_month_needs_the_month_as_a_whole_word() -> None:
    from globalsell.assistant.period_ranges import two_days

    assert _span_of("Nov 1 to Nov 15 kettle units") == (date(2026, 11, 1), date(2026, 11, 15))
    assert _span_of("from 3rd of November until the 10th of november") == (
        date(2026, 11, 3),
        date(2026, 11, 10),
    )
    # "mar" of "marketplace", "dec" of "decent": no day of March or December
    assert two_days("the marketplace 2 to marketplace 5") is None
    assert two_days("decent 2 and decent 9") is None
