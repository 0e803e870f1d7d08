"""Failure classes found at first sight in session 15: a list of the live listings, the stores
one product is listed in ("which stores is the kettle listed on"), an HS code "not entered"
(没录). Pinned to 2026-12-07."""

from __future__ import annotations

from datetime import date

from globalsell.assistant.answers_render import render
from globalsell.assistant.coverage import leftover
from globalsell.assistant.question import Measure, parse
from globalsell.assistant.semantic import Request, Result

TODAY = date(2026, 12, 7)


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY)


def test_which_listings_are_live_lists_the_live_ones_and_a_count_stays_a_count() -> None:
    p = _p("which listings are live in the US?")
    assert (p.measure, p.store, p.live, p.not_live) == (Measure.LISTING_STATUS, "US", True, False)
    assert leftover(p) is None
    assert _p("美国站哪些listing已经上线了").live is True
    # "not live" is the other list; "how many are live" is the counts per status
    assert (
        _p("which listings are not live yet in JP?").live,
        _p("which listings are not live yet in JP?").not_live,
    ) == (False, True)
    assert _p("how many listings are live in the UK?").live is False
    assert _p("日本站在售的listing有几个").live is False


def test_a_live_list_names_each_listing_with_its_status() -> None:
    req = Request(Measure.LISTING_STATUS, store="US", live=True)
    rows = [
        {"sku": "KT-1", "store": "US", "status": "approved"},
        {"sku": "KT-2", "store": "US", "status": "live"},
    ]
    result = Result("listing_status", {}, "listings", rows)
    assert render(req, result, False) == (
        "2 listings in US are live (approved, submitted or live): KT-1 US approved; KT-2 US live"
    )
    assert render(req, Result("listing_status", {}, "listings", []), True) == (
        "在 US 没有上线的listing。"
    )


def test_which_stores_one_named_product_is_listed_in_is_its_status_per_store() -> None:
    p = _p("Which stores is the kettle listed on?")
    assert leftover(p) is not None  # no product resolved: a list of listings is not answered
    assert leftover(p, product_named=True) is None


def test_an_hs_code_not_entered_is_a_missing_code() -> None:
    assert _p("哪些产品没录HS编码").measure is Measure.HS_MISSING
    assert _p("HS编码还空着的有哪些").measure is Measure.HS_MISSING
    assert _p("which products have no HS code entered?").measure is Measure.HS_MISSING


def test_since_n_days_ago_runs_from_that_day_to_today() -> None:
    for text in ("units sold in the UK since 3 days ago", "3天前以来德国卖了多少件"):
        p = _p(text)
        assert p.period is not None
        assert (p.period.start, p.period.end) == (date(2026, 12, 4), TODAY)
    p = _p("units sold 3 days ago in the UK")  # that one day
    assert p.period is not None
    assert (p.period.start, p.period.end) == (date(2026, 12, 4), date(2026, 12, 4))


def test_a_rhetorical_sentence_keeps_its_period_and_drops_its_claim() -> None:
    from globalsell.assistant.question import normalise

    assert normalise("难道上个月一件都没卖？德国那个热水壶到底卖了几个") == (
        "上个月?德国那个热水壶到底卖了几个"
    )
    assert normalise("这周是不是一件都没卖出去？这周到底卖了几件") == "这周?这周到底卖了几件"
    # a question that is all negation stays as asked
    assert normalise("哪些产品上个月没卖出去") == "哪些产品上个月没卖出去"
    p = _p("难道上个月一件都没卖？德国那个热水壶到底卖了几个")
    assert (p.measure, p.store, p.rank, leftover(p)) == (Measure.UNITS, "DE", None, None)


def test_courtesy_mentions_and_spaced_keywords_ask_nothing() -> None:
    p = _p(
        "Would you mind pulling the hand blender revenue in the UK, if it's not too much bother."
    )
    assert leftover(p) is None
    assert (
        _p("I'd be most grateful to know which shipments are running a touch behind").rank is None
    )
    assert (
        _p("@bot how many open orders sitting on the DE store rn?").measure is Measure.OPEN_ORDERS
    )
    assert _p("产品 总数").measure is Measure.PRODUCT_COUNT
    # a preamble ends with its sentence: the question after it keeps its figure
    p = _p("I'm a touch worried about the fan in Britain. How many days of cover, going by sales?")
    assert p.measure is Measure.DAYS_OF_COVER


def test_averages_said_as_sellers_say_them() -> None:
    assert _p("料理棒US近30天件单价多少，口径=销售额/件数").per == "unit"
    assert _p("美国站最近30天平均一笔订单多少钱?").per == "order"
    p = _p("how many units one customer buys in one order on average in the US this month?")
    assert (p.measure, p.per) == (Measure.UNITS, "order")
    p = _p("the average price we've actually been getting for each scale sold in the UK")
    assert p.per == "unit"


def test_writes_said_politely_or_with_ba_are_refused() -> None:
    from globalsell.assistant.question import Refusal

    assert _p(
        "Would you mind lowering the price of the mini fan on amazon.co.uk to £8.99?"
    ).refusal is (Refusal.WRITE)
    assert _p("帮我把德国站料理棒的listing删了").refusal is Refusal.WRITE
    assert _p("德国站哪些listing被删了吗").refusal is None


def test_stock_parts_named_together_ask_every_part() -> None:
    assert _p("奶泡器 各仓 在库+在途 汇总").stock_part is None
    assert (
        _p("total stock of the hand blender, all locations plus whatever is inbound").stock_part
        is None
    )
    assert _p("What's on hand, what's free to sell, and anything on its way in?").stock_part is None
    assert _p("how many kettles are inbound to the UK?").stock_part == "inbound"


def test_chinese_regional_words() -> None:
    p = _p("第三季全部站加起来总共卖了几件")
    assert p.period is not None
    assert (p.period.start, p.period.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert _p("美国站这礼拜跟上礼拜比 成长了几%?").unsupported is not None
    assert _p("黑五那天美国站做了多少生意").measure is Measure.REVENUE
    assert _p("系统最近一次自动检查找到多少个问题").measure is Measure.FINDINGS
    assert _p("哪个产品在全部仓加起来最多货").measure is Measure.STOCK
    assert (
        _p("Which marketplace has done maximum sales in October in terms of units?").rank
        is not None
    )


def test_cantonese_classifier_and_month_and_product_kinds() -> None:
    from globalsell.assistant.names import Named, match_products, one_by_a_feature
    from globalsell.assistant.script import cantonese_as_mandarin

    assert cantonese_as_mandarin("个水煲在德国站上个礼拜卖了几多件") == (
        "那个水煲在德国站上个礼拜卖了多少件"
    )
    assert cantonese_as_mandarin("今个月德国站营业额有几多") == "这个月德国站营业额有多少"
    items = [
        Named("KT-1", "1.7L不锈钢电热水壶", ("Electric Kettle",), ("KT-1",)),
        Named("FR-1", "电动奶泡器 手持打奶泡", ("Milk Frother",), ("FR-1",)),
        Named("TY-1", "电动泡泡机", ("Bubble Machine",), ("TY-1",)),
        Named("FAN-1", "USB充电迷你手持风扇", ("Handheld Fan",), ("FAN-1",)),
        Named("CB-1", "USB-C快充数据线", ("USB-C to USB-C Cable",), ("CB-1",)),
    ]
    assert [n.sku for n in match_products(items, "奶泡机德国站卖了几件")[0]] == ["FR-1"]
    assert [n.sku for n in match_products(items, "泡泡机卖了多少")[0]] == ["TY-1"]
    assert [n.sku for n in match_products(items, "快煮壶美国站这礼拜卖了几件")[0]] == ["KT-1"]
    assert [n.sku for n in one_by_a_feature(items, "那个usb的上个月卖了多少")] == ["FAN-1", "CB-1"]


def test_an_unknown_noun_before_the_figure_is_asked_back_never_every_product() -> None:
    from globalsell.assistant.names import Named, unknown_product_word

    items = [Named("KT-1", "电热水壶", ("Electric Kettle",), ("KT-1",))]
    assert unknown_product_word(items, "what's the toaster stock in DE") == "toaster"
    assert unknown_product_word(items, "Toaster units in Germany last 90 days?") == "toaster"
    assert unknown_product_word(items, "Toasters: how many did we sell in DE?") == "toasters"
    assert unknown_product_word(items, "total units in DE last month") is None
    assert unknown_product_word(items, "what's the current stock of the kettle") is None
    assert unknown_product_word(items, "Quick question: units in DE yesterday?") is None
    assert unknown_product_word(items, "kettle stock DE") is None


def test_an_email_or_a_group_chat_is_read_for_its_asking_sentences() -> None:
    from globalsell.assistant.message_body import message_body

    mail = (
        "Re: Fwd: month-end pack\n\nHi there,\n\nAccounts are putting the pack together and "
        "Tom forwarded me their list. First thing they need: what was our total revenue on the "
        "UK store last month? They only want it in pounds.\n\nThanks so much,\nPriya"
    )
    assert message_body(mail) == (
        "First thing they need: what was our total revenue on the UK store last month? "
        "They only want it in pounds."
    )
    # a question pointing back ("send it over") keeps the sentence it points to
    mail = (
        "Hello,\n\nThe broker needs the HS code we declare for the hand blender. Could you send "
        "it over when you get a sec?\n\nMany thanks,\nLinda"
    )
    assert message_body(mail) == (
        "The broker needs the HS code we declare for the hand blender. Could you send it over "
        "when you get a sec?"
    )
    assert message_body("大家辛苦了[强]\n@助手 这周到现在总共卖了多少件？") == (
        "@助手 这周到现在总共卖了多少件？"
    )
    assert message_body("@助手 那个垫子日本站近30天卖了多少？\n收到回一下[OK]") == (
        "@助手 那个垫子日本站近30天卖了多少？"
    )
    # a list of fields is all question; one line is left as it is
    bullets = "- store: DE\n- sku: NB-AP-005\n- period: last 30d\nunits?"
    assert message_body(bullets) == bullets
    assert message_body("how many kettles? in the US") == "how many kettles? in the US"
    # "amazon.co.uk" is one word, never two sentences
    assert message_body("Hi,\nWhat sold on amazon.co.uk last week? Thanks\nBo") == (
        "What sold on amazon.co.uk last week?"
    )


def test_dialect_words_and_shipment_answers() -> None:
    from globalsell.assistant.script import cantonese_as_mandarin

    assert cantonese_as_mandarin("阿拉电子秤英国站黑五到现在卖脱几只啦？") == (
        "我们电子秤英国站黑五到现在卖了几个啦？"
    )
    assert (
        cantonese_as_mandarin("美国站现在还有好多单莫发货哦？") == "美国站现在还有多少单没发货哦？"
    )
    assert cantonese_as_mandarin("十一月二十五日至十二月一日") == "十一月二十五日至十二月一日"
    assert _p("帮我预测一下下个月厨房秤要补多少").future is True
    assert _p("宁波仓里防滑垫还有多少备货").measure is Measure.STOCK
    assert _p("Kindly confirm QTD revenue for Amazon.de.").period is not None
    p = _p("Please provide the number of orders on Amazon Japan for the month ended 31 October.")
    assert p.period is not None
    assert (p.period.start, p.period.end) == (date(2026, 10, 1), date(2026, 10, 31))


def test_late_shipments_asked_with_an_eta_list_only_those_with_exceptions() -> None:
    from globalsell.assistant.answers_shipments import render_shipments

    def row(code: str, exceptions: list[dict[str, object]], late: bool) -> dict[str, object]:
        return {
            "code": code,
            "destination": "FBA-DE",
            "status": "departed_origin",
            "received": None,
            "eta": "2026-12-10",
            "eta_earliest": "2026-12-09",
            "eta_latest": "2026-12-11",
            "exceptions": exceptions,
            "late": late,
        }

    held = [{"kind": "customs_dwell", "evidence": {"days": 6}}]
    rows = [row("SHP-A", held, True), row("SHP-B", [], False)]
    req = Request(Measure.SHIPMENTS, late=True, shipment_focus="eta")
    text = render_shipments(req, Result("shipments", {}, "shipments", rows), False)
    assert text.splitlines()[0] == (
        "1 shipment is running late (open delay exceptions): SHP-A. "
        "1 shipment has open exceptions in all:"
    )
    assert "SHP-B" not in text


def test_a_mistyped_question_word_or_a_short_period_is_no_unknown_product() -> None:
    from globalsell.assistant.names import Named, unknown_product_word

    items = [Named("KT-1", "电热水壶", ("Electric Kettle",), ("KT-1",))]
    assert unknown_product_word(items, "wich listings in US is not live yet") is None
    assert unknown_product_word(items, "mtd orders de") is None
    assert _p("这个月到目前哪个站点出货最多").measure is Measure.UNITS
