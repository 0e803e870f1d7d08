"""Block "freshAH": 80 new seller questions (40 English, 40 Chinese), spoken or typed by a seller
dictating by speech-to-text (no punctuation, run-on words, homophone slips such as "cattles" for
kettles, "four" for for, "milk father" for milk frother, numbers spelled out), a long-winded seller
who explains the reason before the question, and a finance person (GMV, COGS, gross margin,
run-rate, AOV, ASP, sell-through); a 老板 dictating Chinese by voice input with 同音错字 (得国站,
库村, 定单, 销两, 在图, 预流, 货见), a rambling 老板 who says why before asking (因为下周要开会……
所以想看看……) and a 财务 / 数据 colleague who states the 口径 (按自然月, 不含取消订单, 按下单日期,
含不含税, 截止昨天); written without the assistant's parser, its answers or any other block's
question list in view, graded strictly (`assistant_chat.py --fresh29`). Not yet run: the assistant
has not seen these questions.

Voice. The English half: a seller talking into a phone's dictation (lower case, no commas, fillers
such as "um", "okay so", "hey", "like"; homophones the recogniser picks: "cattles", "four the",
"in bound", "milk father", "amazon dot co dot uk", shipment codes as spoken "shp 2611 de oc";
"thirty days", "november fifteenth"); a seller who gives the whole story first ("So we're planning
the Q1 budget and ...", "I've got the freight forwarder on the other line ...") and asks last;
finance in terse accounting shorthand (GMV, COGS per unit, fully landed cost, AOV, ASP, run-rate,
"sell-through ... in units", "Q4 to date", "trailing 7 days"). The Chinese half: voice input with
同音错字 and no punctuation (得国站, 库村, 定单, 销两, 在图, 预流, 货见, 编马, 延务, 料理帮),
a 老板 who explains why (下周要跟工厂谈价格, 给投资人做介绍, 在考虑日本站还要不要做) before the
question, and 财务 / 数据 wording that pins the definition (按自然月, 按下单日期, 不含取消订单,
含不含税无所谓按订单金额, 销售额除以订单数, 在库减预留, 截止昨天晚上12点).

Coverage. Every answerable kind the grader holds, at least once: units, orders, revenue, both,
top, top_n, top_store, compare, bottom, cost, landed, margin, losing, price, hs, hs_proposed,
no_hs, stock (one FC and all locations), on_hand, reserved, inbound, hub, cover, stockout,
reorder, top_stock, listing, listing_count, not_live, count, proposals, findings, exceptions,
customs, late, eta, in_transit, ship_contents, ship_units, ship_for_sku, open_orders (one store
and all), aov, asp, upo, daily (units, orders, revenue). Period keys: 30d, 7d, 14d, 60d, 90d,
yesterday, this_week, last_week, this_month, last_month, last_quarter, nov, oct, m:9, q:3, q:4,
ytd, since:11-15, range:11-01:11-15, lastwd:4, bfday. Thirteen questions must not be answered with
a figure: refuse (a conversion rate, PPC spend and ACoS, a return rate, a competitor's unit sales
twice, a price change twice), clarify ("the led lights", "不锈钢那个", the unknown SKUs NB-KT-011
and NB-AP-009) and decline (two follow-ups with no context).

How it was written. From the demo business alone: its products by their Chinese catalogue titles
(nicknames in both languages: kettle / 电热水壶, hand blender / 料理棒, mini fan / 小风扇, milk
frother / 奶泡器, kitchen scale / 电子秤, bath mat / 防滑垫, magnetic tiles, 咖啡磨豆机, 逗猫棒),
its stores, stock, shipments, proposals and findings read by SQL on /tmp copies of both demo files,
and the grader's spec kinds and period keys (`assistant_chat.py` and `assistant_truth_*.py`).
Every truth was computed with the grader's own `Truth.expect` and `Truth.forbid` on both demo
dates (2026-12-07, a Monday, and 2027-11-24, a Wednesday); none raises, and every answerable
truth is non-empty on both. No string collides (exactly or case- and space-folded) with any
earlier block. Periods were chosen to read one way on both dates ("last quarter" is Q3 on both,
"上一个黑五当天" is 2026-11-27 on both, "上周五" is the Friday of last week).

Truths worth knowing (2026-12-07 / 2027-11-24). Kettles sold in the US over 30 days: 43 / 58 units.
Hand-blender orders in DE since 15 November: 30 / 12. Milk frother in the UK FC: 0 on hand and 17
inbound / 0 and 26. SHP-2611-DE-OC is due 2026-12-25 / 2027-12-12; SHP-2610-US-OC carries NB-AP-003
and NB-AP-004; SHP-2611-UK-AIR 48 units; the fan rides on SHP-2610-UK-EXP and SHP-2610-US-OC. The
mini fan in JP (listed at 1780 JPY) is the one product losing money, 137 JPY a unit, on both dates.
Customs holds SHP-2610-US-OC; late are SHP-2610-US-OC and SHP-2611-DE-AIR; three shipments have
open exceptions; four are in transit. The hub holds 300 bath mats; the most stock of one product is
NB-AP-005 (322 / 307). No HS code on file: NB-BT-004 and NB-CL-002. Unit costs: hand blender 72.00
CNY, coffee grinder 45.00 CNY; the kettle lands in the US at 8.85 USD. 47 products, 15 proposals,
38 findings, 71 listings a store; the three toys (NB-TY-001..003) are not live in JP, and the
magnetic tiles are "checked" in the UK. The lowest seller in the UK last month is a tie at 0 units
(NB-BT-002 first by SKU). US store: 2 open orders (6 in all). Top three in the US in Q3: NB-AP-003,
NB-AP-005, NB-AP-001 / NB-BT-001, NB-AP-002, NB-AP-001. Cover of the hand blender in DE: 8.1 / 8.6
days. Out of stock in DE: NB-AP-004, NB-AP-005, NB-BT-001 / NB-AP-001, NB-AP-003, NB-AP-004,
NB-BT-001. Units on Black Friday 2026 (the latest begun on both dates): 32 / 21. The LED desk lamp
and the LED night light share "led light"; four products are stainless steel (不锈钢).
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AH: list[tuple[str, Spec]] = [
    # --- English: a seller dictating by speech-to-text (no commas, homophones, spelled numbers)
    (
        "how many electric cattles did we sell on the us store in the last thirty days",
        ("units", "NB-AP-001", "US", "30d"),
    ),
    (
        "okay so the hand blender how many orders did that get in germany since november fifteenth",
        ("orders", "NB-AP-002", "DE", "since:11-15"),
    ),
    (
        "hey whats the stock looking like four the milk father in the uk warehouse",
        ("stock", "NB-AP-004", "UK"),
    ),
    (
        "when is the shipment shp 2611 de oc gonna arrive",
        ("eta", "SHP-2611-DE-OC"),
    ),
    ("whats the hs code we got on file four the kitchen scale", ("hs", "NB-AP-005")),
    (
        "can you tell me whats on shipment shp 2610 us oc like which products are on it",
        ("ship_contents", "SHP-2610-US-OC"),
    ),
    (
        "the bath mat um how many have we got sitting at the hub in ningbo",
        ("hub", "NB-BT-001"),
    ),
    (
        "did we sell any of the little hand held fans in the uk this week how many",
        ("units", "NB-AP-003", "UK", "this_week"),
    ),
    (
        "whats the listing status of the magnetic tiles on amazon dot co dot uk",
        ("listing", "NB-TY-003", "UK"),
    ),
    ("whats the conversion rate on the kettle listing in the us this month", ("refuse",)),
    (
        "ok go ahead and change the price of the mini fan in japan to two thousand eight hundred "
        "eighty yen",
        ("refuse",),
    ),
    ("how many of the led lights did we sell in germany last month", ("clarify",)),
    ("and what about the week before that", ("decline",)),
    # --- English: a long-winded seller who gives the context before the question
    (
        "So we're planning the Q1 budget and I need to know how much revenue the kettle brought in "
        "on the US store last quarter, can you pull that?",
        ("revenue", "NB-AP-001", "US", "last_quarter"),
    ),
    (
        "I'm putting together the deck for Monday's meeting and the boss always asks the same "
        "thing first, so which of our marketplaces sold the most units over the last thirty days?",
        ("top_store", "30d"),
    ),
    (
        "We had a call with the freight forwarder this morning and they mentioned something about "
        "a customs hold, so before I call them back, which of our shipments are actually held up "
        "in customs right now?",
        ("customs",),
    ),
    (
        "Our Japan manager keeps telling me the mini fan is underwater over there, so just to "
        "settle it, what's the gross margin per unit on the mini fan in Japan?",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "I'm going through the catalogue cleanup list this week and I want to start with the "
        "customs side of things, which products don't have an HS code on file at all?",
        ("no_hs",),
    ),
    (
        "My sister is taking over the German store next month and the first thing she'll ask is "
        "how big it is, so how many listings do we have on Amazon.de in total?",
        ("listing_count", "DE"),
    ),
    (
        "The warehouse guy asked me this on the phone and I honestly didn't know, which product do "
        "we hold the most stock of, adding up every location?",
        ("top_stock",),
    ),
    (
        "We're trying to decide whether to send another air shipment to Germany, so at the current "
        "sales pace, how many days of stock have we got left on the hand blender there?",
        ("cover", "NB-AP-002", "DE"),
    ),
    (
        "Before I sit down and go through the app tonight, how many proposals are still waiting "
        "for me to approve?",
        ("proposals",),
    ),
    (
        "I'm doing a write-up on how the November push went, so can you compare how many bath mats "
        "we sold in the US versus the UK in November?",
        ("compare", "NB-BT-001", ("US", "UK"), "nov"),
    ),
    (
        "My accountant is asking before he closes the books which products we're actually selling "
        "at a loss, in any store, can you list them?",
        ("losing", None),
    ),
    (
        "I've got the freight forwarder on the other line right now, which shipments are still on "
        "the way and haven't been received yet?",
        ("in_transit",),
    ),
    (
        "So I was looking at a competitor this morning, the guys who sell basically the same milk "
        "frother on Amazon US, how many units did they sell last month?",
        ("refuse",),
    ),
    # --- English: finance (GMV, COGS, gross margin, run-rate, AOV, ASP, sell-through)
    ("What was our GMV on the UK store last month?", ("revenue", None, "UK", "last_month")),
    ("COGS per unit on the hand blender?", ("cost", "NB-AP-002")),
    (
        "Fully landed cost per unit for the kettle into the US, freight and duty included?",
        ("landed", "NB-AP-001", "US"),
    ),
    ("AOV on the US store over the trailing 7 days?", ("aov", None, "US", "7d")),
    ("ASP for the hand blender in DE, month to date?", ("asp", "NB-AP-002", "DE", "this_month")),
    (
        "Sell-through on the kitchen scale in JP over the last 30 days, in units?",
        ("units", "NB-AP-005", "JP", "30d"),
    ),
    (
        "Revenue run-rate per day for the German store, year to date",
        ("daily", "revenue", None, "DE", "ytd"),
    ),
    ("Top 3 SKUs by units sold in the US in Q3", ("top_n", "US", "q:3", 3)),
    ("How many open orders on the US store, i.e. not shipped yet?", ("open_orders", "US")),
    (
        "Give me total units and order count for the mini fan for Q4 to date",
        ("both", ("units", "NB-AP-003", None, "q:4"), ("orders", "NB-AP-003", None, "q:4")),
    ),
    ("What's the current list price on the mini fan in Amazon JP?", ("price", "NB-AP-003", "JP")),
    (
        "Which SKU had the lowest unit sales on the UK store last month?",
        ("bottom", "UK", "last_month"),
    ),
    ("What did we spend on PPC last month and what's our ACoS?", ("refuse",)),
    ("COGS on NB-KT-011?", ("clarify",)),
    # --- 中文：语音输入的老板（没有标点，同音错字）
    ("得国站十月份电热水壶卖了多少件", ("units", "NB-AP-001", "DE", "oct")),
    ("美国站料理棒的库村现在是多少", ("stock", "NB-AP-002", "US")),
    ("日本站上周五的定单有多少个", ("orders", None, "JP", "lastwd:4")),
    ("防滑垫英国站这个月销两多少", ("units", "NB-BT-001", "UK", "this_month")),
    ("SHP-2611-UK-AIR这票货见一共装了多少件", ("ship_units", "SHP-2611-UK-AIR")),
    ("小风扇在哪几票货里面 就是哪些货件有装风扇", ("ship_for_sku", "NB-AP-003")),
    ("奶泡器得国站在图的还有多少", ("inbound", "NB-AP-004", "DE")),
    ("英国站的小风扇预流了几件", ("reserved", "NB-AP-003", "UK")),
    ("逗猫棒的海关编马系统建议改成多少", ("hs_proposed", "NB-PT-003")),
    ("现在有几个货件是有异常的 还没处理那种", ("exceptions",)),
    ("哪几票货延务了", ("late",)),
    ("日本站的料理帮现在仓库里实际在库有几个", ("on_hand", "NB-AP-002", "JP")),
    ("不锈钢那个得国站库村还有多少", ("clarify",)),
    ("那日本站呢", ("decline",)),
    # --- 中文：啰嗦的老板，先讲原因再问
    (
        "因为下周要跟工厂谈价格，所以我想先知道咖啡磨豆机的采购成本是多少",
        ("cost", "NB-KT-008"),
    ),
    (
        "因为德国站那边说最近单子少了，我想看看德国站最近两周一共多少单，还有上周是多少单",
        ("both", ("orders", None, "DE", "14d"), ("orders", None, "DE", "last_week")),
    ),
    (
        "因为下周要开会讨论选品，所以想看看最近三十天卖得最好的前五个产品是哪几个",
        ("top_n", None, "30d", 5),
    ),
    ("因为要准备下一批备货，想问一下电热水壶哪些站点需要补货了", ("reorder", "NB-AP-001")),
    ("因为要给投资人做个介绍，想知道我们现在一共有多少个产品", ("count",)),
    ("下午要跟运营开会，所以想先看看这次系统检查一共发现了多少个问题", ("findings",)),
    (
        "有人跟我说奶泡器美国卖得比德国好，我不太信，所以帮我对比一下上周美国站和德国站的奶泡器各卖了多少个",
        ("compare", "NB-AP-004", ("US", "DE"), "last_week"),
    ),
    (
        "因为在考虑日本站还要不要继续做，所以想看看日本站有哪些listing还没上线",
        ("not_live", "JP"),
    ),
    (
        "德国站上周好像不太行，所以我想知道德国站上周卖得最好的是哪个产品",
        ("top", "DE", "last_week"),
    ),
    ("因为隔壁那家也在卖奶泡器，我想知道他们上个月卖了多少个", ("refuse",)),
    ("下周要开会定价格，你直接帮我把德国站料理棒的价格改成二十九块九吧", ("refuse",)),
    # --- 中文：财务 / 数据，先讲口径
    (
        "上个月按自然月，美国站销售额多少？含不含税无所谓，按订单金额算，不含取消订单",
        ("revenue", None, "US", "last_month"),
    ),
    ("9月份按自然月算，德国站的订单数是多少", ("orders", None, "DE", "m:9")),
    (
        "本月截至今天，日本站的客单价是多少（销售额除以订单数）",
        ("aov", None, "JP", "this_month"),
    ),
    ("近90天英国站的平均售价，口径按件算，销售额除以件数", ("asp", None, "UK", "90d")),
    ("三季度全站平均每单几件，按下单日期，不含取消订单", ("upo", None, None, "q:3")),
    (
        "11月1号到15号，防滑垫美国站的销售额是多少，按下单日期算",
        ("revenue", "NB-BT-001", "US", "range:11-01:11-15"),
    ),
    (
        "近60天美国站日均订单数，口径：按下单日，不含取消订单",
        ("daily", "orders", None, "US", "60d"),
    ),
    ("德国站现在有哪些产品断货了，按可售库存（在库减预留）算", ("stockout", "DE")),
    ("电热水壶所有仓库合计的在库和在途分别是多少", ("stock", "NB-AP-001", None)),
    ("日本站有哪些产品是亏本卖的，按单件毛利算", ("losing", "JP")),
    ("上一个黑五当天（按自然日），全站一共卖了多少件", ("units", None, None, "bfday")),
    (
        "昨天一整天，就是截止昨天晚上12点，料理棒全站卖了多少件",
        ("units", "NB-AP-002", None, "yesterday"),
    ),
    ("现在全部站点还没发货的订单一共有多少个", ("open_orders",)),
    ("上个月美国站电热水壶的退货率是多少，按订单口径", ("refuse",)),
    ("NB-AP-009上个月按自然月卖了多少件", ("clarify",)),
]
