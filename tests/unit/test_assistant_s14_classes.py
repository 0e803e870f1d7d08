"""The failure classes of ADR 0198, seen at first sight on freshAG-AI: Seller Central report
columns, a counting basis stated (口径), spelt-out days and "since <month>", a plan named by a
period, pinyin initials, SKUs written without their prefix, "us站", voice-input slips, northern
colloquial words, Japanese business words, flags, spreadsheet formulas, a store "with the most",
"send me" and a decision being weighed. Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import date

from globalsell.assistant.asides import spell_numbers
from globalsell.assistant.coverage import leftover
from globalsell.assistant.question import Measure, Rank, Refusal, normalise, parse
from globalsell.assistant.readings import read_shipment_refs, read_sku_forms, read_slips
from globalsell.assistant.script import cantonese_as_mandarin, japanese_as_chinese

TODAY = date(2026, 12, 7)


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY)


def _span(text: str) -> tuple[date, date]:
    p = _p(text)
    assert p.period is not None
    return p.period.start, p.period.end


def test_seller_central_report_columns_are_the_figures_they_name() -> None:
    assert _p("Pull Units Ordered for NB-AP-005 on amazon.co.uk, year to date.").measure is (
        Measure.UNITS
    )
    assert _p("What was Ordered Product Sales for the DE marketplace in October?").measure is (
        Measure.REVENUE
    )
    assert _p("Total Order Items on the US marketplace yesterday?").measure is Measure.ORDERS


def test_a_counting_basis_stated_is_no_filter_and_no_write() -> None:
    p = _p("上个月按自然月，美国站销售额多少？含不含税无所谓，按订单金额算，不含取消订单")
    assert (p.measure, p.store, p.refusal, p.unsupported) == (Measure.REVENUE, "US", None, None)
    assert normalise("近60天美国站日均订单数，口径：按下单日，不含取消订单") == (
        "近60天美国站日均订单数"
    )
    assert normalise("US revenue last month, excluding cancelled orders") == (
        "US revenue last month"
    )
    # how an average is worked out, said in brackets, asks no second figure
    assert _p("本月日本站的客单价是多少（销售额除以订单数）").per == "order"


def test_days_spelt_out_and_since_a_month() -> None:
    assert spell_numbers("since november fifteenth") == "since november 15th"
    assert spell_numbers("on the twenty-first of october") == "on the 21st of october"
    assert spell_numbers("the second half of november") == "the second half of november"
    assert _span("hand blender orders in germany since november fifteenth") == (
        date(2026, 11, 15),
        TODAY,
    )
    assert _span("orders in germany since november") == (date(2026, 11, 1), TODAY)
    assert _span("11月以来德国站卖了多少") == (date(2026, 11, 1), TODAY)
    assert _span("orders in november") == (date(2026, 11, 1), date(2026, 11, 30))


def test_a_plan_named_by_a_period_is_not_the_period_asked() -> None:
    question = (
        "So we're planning the Q1 budget and I need to know how much revenue the kettle "
        "brought in on the US store last quarter"
    )
    assert _span(question) == (date(2026, 7, 1), date(2026, 9, 30))
    assert _span("为了做明年一季度的预算，想看下美国站上个季度的销售额") == (
        date(2026, 7, 1),
        date(2026, 9, 30),
    )
    assert _span("What was Q1 revenue in the US?") == (date(2026, 1, 1), date(2026, 3, 31))


def test_pinyin_initials_and_voice_slips_are_read_and_named() -> None:
    assert read_slips("uk站 ap003 在库kc还有几个") == (
        "uk站 ap003 在库库存还有几个",
        (("kc", "库存"),),
    )
    # a Latin word among English is never a pinyin initial
    assert read_slips("dd stock in DE") == ("dd stock in DE", ())
    text, slips = read_slips("奶泡器得国站在图的还有多少")
    assert text == "奶泡器德国站在途的还有多少"
    assert slips == (("得国站", "德国站"), ("在图", "在途"))
    assert read_slips("获得国家认证的产品")[1] == ()


def test_a_sku_without_its_prefix_is_the_one_catalogue_sku_it_ends() -> None:
    skus = ["NB-AP-002", "NB-AP-003", "NB-TY-003", "XX-TY-003"]
    assert read_sku_forms("US站 ap002 近7天 xl多少", skus) == (
        "US站 NB-AP-002 近7天 xl多少",
        (("ap002", "NB-AP-002"),),
    )
    # two SKUs end "TY-003": neither is guessed
    assert read_sku_forms("TY-003 的海关编码", skus) == ("TY-003 的海关编码", ())


def test_us_before_a_chinese_store_word_is_the_us_store() -> None:
    assert _p("us站 9月 客单价多少").store == "US"
    assert _p("us 站点销量").store == "US"


def test_colloquial_and_japanese_words_are_read_as_standard_chinese() -> None:
    assert cantonese_as_mandarin("昨儿个日本那边出了几单啊") == "昨天日本那边出了几单啊"
    assert cantonese_as_mandarin("这个月到现在德国站整了多少钱？") == (
        "这个月到现在德国站卖了多少钱？"
    )
    assert japanese_as_chinese("日本站出荷待ち的订单还有几个？") == "日本站待发货的订单还有几个？"
    assert japanese_as_chinese("アマゾン日本 上个月的売上是多少？") == (
        "亚马逊日本 上个月的销售额是多少？"
    )
    assert _p("日本站今年以来销量top3是哪几款？").rank is Rank.TOP


def test_flags_formulas_and_a_store_with_the_most() -> None:
    p = _p("quick one 🙋 top 3 sellers in 🇩🇪 for the last 14 days?")
    assert (p.store, p.rank, p.limit) == ("DE", Rank.TOP, 3)
    assert _p("count(open orders) 🇬🇧").store == "UK"
    p = _p("store with max(units) since 1 Nov")
    assert (p.measure, p.rank, p.by_store) == (Measure.UNITS, Rank.TOP, True)


def test_a_read_asked_for_and_a_decision_weighed_are_no_writes() -> None:
    assert _p("Kindly send me the top 3 best sellers of Amazon UK for last quarter").refusal is None
    question = (
        "We're trying to decide whether to send another air shipment to Germany, so how many "
        "days of stock have we got left on the hand blender there?"
    )
    assert (_p(question).refusal, _p(question).measure) == (None, Measure.DAYS_OF_COVER)
    assert _p("send the new price to Amazon").refusal is Refusal.WRITE


def test_the_amount_of_a_ranked_figure_is_no_second_figure() -> None:
    question = "which product we hold the most stock of overall, and how many units that is?"
    assert (_p(question).measure, _p(question).rank) == (Measure.STOCK, Rank.TOP)
    assert _p("哪个产品库存最多，有多少件").measure is Measure.STOCK


def test_a_carrier_reference_is_read_as_its_shipment() -> None:
    refs = {"MSKU7312045": ("SHP-OC-1",), "16058213364": ("SHP-AIR-1",), "SHPOC1": ("SHP-OC-1",)}
    assert read_shipment_refs("where is container MSKU 731204-5?", refs) == (
        "where is shipment SHP-OC-1?",
        (("MSKU 731204-5", "SHP-OC-1"),),
        None,
    )
    assert read_shipment_refs("AWB 160-58213364 status", refs)[0] == "shipment SHP-AIR-1 status"
    # the code as written is left for the parser; a reference of no shipment is asked about
    assert read_shipment_refs("When is SHP-OC-1 due?", refs) == ("When is SHP-OC-1 due?", (), None)
    assert read_shipment_refs("where is TGHU1234567", refs)[2] == ("TGHU1234567", ())


def test_a_ranking_of_days_is_asked_back_and_days_ago_is_one_day() -> None:
    for text, word in (
        ("Which day did we sell the most in the US last month?", "which day"),
        ("上个月哪一周卖得最好", "哪一周"),
        ("what was our best month in DE this year?", "best month"),
    ):
        part = leftover(_p(text))
        assert part is not None
        assert part.word == word
    assert leftover(_p("How many units did we sell in the US last month?")) is None
    assert _span("units in DE 2 days ago") == (date(2026, 12, 5), date(2026, 12, 5))
    assert _span("德国站3天前卖了几件") == (date(2026, 12, 4), date(2026, 12, 4))
    assert _span("last 3 days orders") == (date(2026, 12, 5), TODAY)


def test_freshaj_to_al_classes() -> None:
    # "so far this year" is the year so far, never this month
    assert _span("Which store is ahead on units so far this year?") == (date(2026, 1, 1), TODAY)
    p = _p("Which marketplace came out ahead on units last week?")
    assert (p.rank, p.by_store) == (Rank.TOP, True)
    # a question opened by a negative auxiliary asks whether it did: the figure answers it
    assert leftover(_p("Haven't we sold any frothers in Japan yesterday?")) is None
    assert leftover(_p("Which products didn't sell last month?")) is not None
    assert _p("Don't we have any hand blenders left at FBA US?").measure is Measure.STOCK
    # Chinese numerals in a date, and formal 為何
    assert _span("请问十一月一日至十五日美国站电子秤的销售件数？") == (
        date(2026, 11, 1),
        date(2026, 11, 15),
    )
    assert normalise("日本站上个月平均每笔订单金额为何？") == "日本站上个月平均每个订单金额是多少?"
    # a count of units on their way is the stock inbound, not the consignments
    assert _p("料理棒头程发英国FBA的在途有多少件").measure is Measure.STOCK
    assert _p("哪些货还在路上").measure is Measure.SHIPMENTS
    assert _p("美国仓哪些货已经断了，要赶紧备货").measure is Measure.OUT_OF_STOCK
    assert _p("热水壶工厂价多少一个").measure is Measure.UNIT_COST
    # what the asker will do with the answer, after it, is context
    p = _p("Days of cover on the frother in the US? thinking of pushing ads harder")
    assert (p.measure, p.unsupported) == (Measure.DAYS_OF_COVER, None)
    assert _p("What did the UK store do in revenue on the most recent Black Friday?").rank is None
    assert _p("open ords us rn?").measure is Measure.OPEN_ORDERS
    assert cantonese_as_mandarin("这个 week 美国站的 sales amount 多少 ah") == (
        "这周 美国站的 销售额 多少  "
    )


def test_two_figures_joined_by_a_plus_and_an_average_price_a_piece() -> None:
    p = _p("frother stock in the UK + units sold there last 30 days?")
    assert (p.measure, set(p.joined)) == (None, {Measure.STOCK, Measure.UNITS})
    assert _p("英国站料理棒近30天平均一件卖多少钱").per == "unit"
