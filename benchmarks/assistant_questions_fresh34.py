"""Block "freshAM": 80 unseen seller questions (40 English, 40 Chinese) for the Seller Assistant
chat benchmark, written without the assistant's code, tests or earlier question lists in view, and
never run through the assistant before its first measurement.

Voices. English: a British seller, very polite and understated, in long hedged sentences ("I wonder
if you could possibly tell me", "would you mind awfully", "roughly", "a touch", "rather", "I'd be
grateful"), and an Indian-English seller ("kindly share", "do the needful", "what is the sales of",
"revert", "PFB", "as on date", "till now", "itself", "only" for emphasis, "how much quantity").
Chinese: a 深圳大卖的数据分析师 in metric jargon (GMV, 单量, 件单价, 客单价, 动销, 口径, 维度,
拉一下数; 同比 and 周环比 asked as a percentage, which the data does not hold), and a 宝妈 running a
side-hustle store, typing as she would dictate a voice message (哎呀, 那个那个, 帮我看看, 是不是,
呢, 啦, repeated words, no punctuation).

Coverage. 66 answerable, 7 to refuse, 5 to ask back about, 2 to decline. Kinds: units, orders,
revenue, both (orders and units; revenue and units), top, top_n (UK, all stores), top_store,
compare (two stores, four stores), aov, asp, upo, daily (units, orders, revenue), cost, landed,
margin, losing (all stores, JP), price, hs, hs_proposed, no_hs, stock (one store, all locations),
on_hand, reserved, inbound, hub, cover, stockout, reorder, top_stock, listing, listing_count,
not_live, count, proposals, findings, customs, exceptions, late, eta, in_transit, ship_contents,
ship_units, ship_for_sku, open_orders (all stores, US). "bottom" is left out: every product with
no sales counts as zero, so its cut always ties among the unsold SKUs. Period keys: 7d, 14d, 21d,
30d, 42d ("the past six weeks"), 60d, 90d, yesterday, this_month, last_week, last_month, bf, bfday,
oct, nov, m:9, q:2, q:3, last_quarter, ytd, lastwd:5 (上周六), since:11-01, range:11-01:11-15; no
year is stated anywhere. Refused: ACoS on the kettle ads, a price change on amazon.co.uk, raising
a PO, a competitor's (Cosori's) sales, 美国站 GMV 同比 (a year earlier is not held), a 周环比
percentage, deleting the 猫窝 listing. Asked back: "the stainless steel one" (the kettle, the
vacuum cup, the egg whisk, the shower caddy...), the unknown SKU NB-XX-009, the unknown shipment
SHP-2612-FR-OC, 收纳的那个 (the storage box and the drawer box), LED灯 (the desk lamp and the
night light). Declined: two follow-ups with no context ("And Germany, roughly, over the same
stretch?", "那英国那边呢").

How it was written and checked: products were looked up by title in the `products` table and by
listing content; every spec's truth and forbid list was built with `assistant_chat.Truth` on /tmp
copies of both demo files (2026-12-07, a Monday, and 2027-11-24, a Wednesday): none raises, every
answerable one is non-empty on both, and no top / top_n / top_store cut ties on either date (the UK
top three moved from 90 days to six weeks, where the third and fourth tied at 57 on the later
date; 上周五 became 上周六, where the fan sold nothing in Japan on either date). No question equals
an earlier block's, exactly or lower-cased without spaces.

Truths worth knowing (2026-12-07 / 2027-11-24). Only NB-AP-001..005 and NB-BT-001 sell (in US, DE,
UK, JP) or hold stock. The one margin finding, and so every loss question, is NB-AP-003 in JP at
its 1780 JPY active price, losing 137 JPY a unit on both dates. NB-BT-004 lacks a declared HS code
as well as NB-CL-002. The kettle needs reordering for JP, UK, US / DE, UK; the US stock-outs are
NB-AP-001, -003, -005 / NB-AP-002, -003, -004, NB-BT-001. The UK top three over six weeks: NB-AP-003
37, NB-AP-001 36, NB-AP-002 27 / NB-AP-002 40, NB-AP-001 35, NB-BT-001 33; Q2 across stores:
NB-AP-005 329, -003 303, -002 278 / NB-AP-002 307, NB-BT-001 277, NB-AP-001 257; top in DE in
September: NB-AP-005 39 / NB-BT-001 33. "黑五以来" is since Black Friday 2026 on both dates (Black
Friday 2027 is two days after the later demo), so 196 / 5691 orders. The UK took 79.96 / 19.99 GBP
on Black Friday itself. The bath mat in the UK is 9 on hand, 9 available, 25 inbound / 0, 0, 44;
the frother in DE is 0 on hand on both (30 / 32 inbound); the fan's UK cover is 32.2 / 75.0 days.
The kettle's US landed cost is 8.85 USD on both; 47 products, 71 JP listings (variants count), 15
proposals, 38 findings, 6 open orders (2 in the US) on both.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AM: list[tuple[str, Spec]] = [
    # a British seller: very polite and understated, long hedged sentences
    (
        "I wonder if you could possibly tell me how many of the electric kettles we sold on "
        "amazon.co.uk last month? Just the number of units, roughly, would be lovely.",
        ("units", "NB-AP-001", "UK", "last_month"),
    ),
    (
        "Would you mind pulling together what the hand blender has brought in over in the UK "
        "these past thirty days? In pounds, if it's not too much bother.",
        ("revenue", "NB-AP-002", "UK", "30d"),
    ),
    (
        "Sorry to be a nuisance, but I'd be grateful for two figures on the UK shop for last "
        "week: how many orders came in, and how many units those came to altogether.",
        ("both", ("orders", None, "UK", "last_week"), ("units", None, "UK", "last_week")),
    ),
    (
        "I'd be rather grateful if you could list our three best-selling products in the UK over "
        "the past six weeks, by units sold, if that's all right.",
        ("top_n", "UK", "42d", 3),
    ),
    (
        "Might I ask where we stand with the bath mats at the UK warehouse? What's on hand, "
        "what's actually free to sell, and anything on its way in, please.",
        ("stock", "NB-BT-001", "UK"),
    ),
    (
        "I'm a touch worried about the handheld fan in Britain. Roughly how many days of cover "
        "would you say we have left there, going by recent sales?",
        ("cover", "NB-AP-003", "UK"),
    ),
    (
        "I don't suppose you happen to know when SHP-2611-UK-AIR, the air freight to the UK, is "
        "expected to arrive?",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    (
        "Would it be possible to work out the average price we've actually been getting for each "
        "kitchen scale sold in the UK over the last sixty days? Per unit, I mean, not per order.",
        ("asp", "NB-AP-005", "UK", "60d"),
    ),
    (
        "If you have a moment, I'd be grateful for a comparison of milk frother units sold in the "
        "UK against Germany in the third quarter.",
        ("compare", "NB-AP-004", ("UK", "DE"), "q:3"),
    ),
    (
        "I wonder whether the wooden building blocks have actually gone live on Amazon UK yet, or "
        "are they still rather stuck somewhere along the way?",
        ("listing", "NB-TY-001", "UK"),
    ),
    (
        "Would you mind telling me what we're making per unit on the mini fan in Japan? I've a "
        "slight suspicion the margin there is rather thin.",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "On average, roughly how many units a day have we been selling in the UK over the past "
        "fortnight? Just so I have a feel for it.",
        ("daily", "units", None, "UK", "14d"),
    ),
    (
        "I'd be grateful if you could tell me what the UK shop took on Black Friday itself, just "
        "the one day rather than the whole weekend.",
        ("revenue", None, "UK", "bfday"),
    ),
    (
        "I'd be most grateful to know whether any of our shipments are running a touch behind at "
        "the moment, and which ones, if you wouldn't mind.",
        ("late",),
    ),
    (
        "Would you mind awfully telling me how many proposed changes are sitting there waiting "
        "for me to approve? I'm afraid I've rather lost track.",
        ("proposals",),
    ),
    (
        "Forgive the rather blunt question, but are we selling anything at a loss at the moment? "
        "I'd be grateful to know which product, and where.",
        ("losing", None),
    ),
    (
        "I wonder if you could possibly tell me what our ACoS came to on the kettle ads last "
        "month? I've a feeling it may have crept up a touch.",
        ("refuse",),
    ),
    (
        "Would you mind awfully lowering the price of the mini fan on amazon.co.uk to £8.99? It "
        "seems a touch dear at the moment.",
        ("refuse",),
    ),
    (
        "Could I trouble you for roughly how the stainless steel one has been doing in the UK "
        "this month?",
        ("clarify",),
    ),
    (
        "And Germany, roughly, over the same stretch? Terribly sorry to be a bother.",
        ("decline",),
    ),
    # an Indian-English seller: "kindly share", "do the needful", "as on date", "till now"
    (
        "Kindly share what is the sales of kettle in US store this year till now, how much "
        "quantity sold.",
        ("units", "NB-AP-001", "US", "ytd"),
    ),
    (
        "Pls share the HS code we are declaring for kitchen scale. Need it for the CHA only.",
        ("hs", "NB-AP-005"),
    ),
    (
        "Kindly share total stock of hand blender as on date, all locations combined plus "
        "whatever is inbound.",
        ("stock", "NB-AP-002", None),
    ),
    (
        "How much quantity of kitchen scale is physically lying in FBA US as on date?",
        ("on_hand", "NB-AP-005", "US"),
    ),
    (
        "Kindly let me know how much quantity of mini fan is inbound for US only.",
        ("inbound", "NB-AP-003", "US"),
    ),
    (
        "Milk frother US FBA - how much qty is reserved? Pls revert.",
        ("reserved", "NB-AP-004", "US"),
    ),
    (
        "What is the stock of bath mat lying at our Ningbo warehouse itself?",
        ("hub", "NB-BT-001"),
    ),
    (
        "Kindly check and revert: for kettle, in which all marketplaces we need to reorder as "
        "stock is finished?",
        ("reorder", "NB-AP-001"),
    ),
    (
        "PFB query - which SKUs are out of stock in US FBA as on date? Kindly share the list.",
        ("stockout", "US"),
    ),
    (
        "Kindly share in which shipments the hand blender is coming.",
        ("ship_for_sku", "NB-AP-002"),
    ),
    (
        "How much quantity is there in shipment SHP-2610-US-OC? Kindly revert at the earliest.",
        ("ship_units", "SHP-2610-US-OC"),
    ),
    (
        "Is any shipment stuck in customs till now? Kindly do the needful and share the shipment "
        "number.",
        ("customs",),
    ),
    (
        "How many orders are pending for shipping in US only? Pls check.",
        ("open_orders", "US"),
    ),
    (
        "What is the purchase cost of milk frother per piece? Kindly share.",
        ("cost", "NB-AP-004"),
    ),
    (
        "Kindly share landed cost of kettle for US marketplace, per unit.",
        ("landed", "NB-AP-001", "US"),
    ),
    (
        "Which marketplace has done maximum sales in October in terms of units? Pls revert.",
        ("top_store", "oct"),
    ),
    (
        "What is the average order value of US store for last week? Kindly share in dollars only.",
        ("aov", None, "US", "last_week"),
    ),
    (
        "Kindly raise one PO for 500 pcs kettle to the supplier and do the needful at the "
        "earliest.",
        ("refuse",),
    ),
    (
        "What is the sales of Cosori kettle in US last month? Kindly share their units also, for "
        "comparison only.",
        ("refuse",),
    ),
    (
        "Kindly share the sales of NB-XX-009 till now.",
        ("clarify",),
    ),
    # 深圳大卖的数据分析师: GMV, 单量, 件单价, 客单价, 动销, 口径, 维度, 拉一下数
    (
        "拉一下德国站上个月的GMV，口径：按下单日期，剔除取消单",
        ("revenue", None, "DE", "last_month"),
    ),
    (
        "黑五以来全站总单量多少？所有站点合计",
        ("orders", None, None, "bf"),
    ),
    (
        "料理棒US近30天件单价多少，口径=销售额/件数",
        ("asp", "NB-AP-002", "US", "30d"),
    ),
    (
        "日本站本月至今客单价拉一下数",
        ("aov", None, "JP", "this_month"),
    ),
    (
        "美国站近90天平均每单几件（件数/单量）",
        ("upo", None, "US", "90d"),
    ),
    (
        "9月德国站销量top1的SKU是哪个，按件数",
        ("top", "DE", "m:9"),
    ),
    (
        "Q2全站动销前三的SKU，按件数排，件数也给一下",
        ("top_n", None, "q:2", 3),
    ),
    (
        "近7天按站点维度看，哪个站点出的件数最多？",
        ("top_store", "7d"),
    ),
    (
        "电子秤11月1日-11月15日分站点件数：US/DE/UK/JP四个站对比一下",
        ("compare", "NB-AP-005", ("US", "DE", "UK", "JP"), "range:11-01:11-15"),
    ),
    (
        "美国站11月日均GMV是多少？按自然日平均",
        ("daily", "revenue", None, "US", "nov"),
    ),
    (
        "防滑垫德国站近21天日均单量",
        ("daily", "orders", "NB-BT-001", "DE", "21d"),
    ),
    (
        "上周六日本站NB-AP-003出了几件",
        ("units", "NB-AP-003", "JP", "lastwd:5"),
    ),
    (
        "水壶美国站上季度GMV和件数，两个指标都拉一下",
        (
            "both",
            ("revenue", "NB-AP-001", "US", "last_quarter"),
            ("units", "NB-AP-001", "US", "last_quarter"),
        ),
    ),
    (
        "目前哪个SKU总在库最多？全部仓库合计，按在库口径",
        ("top_stock",),
    ),
    (
        "德国站哪些listing还没上线？列一下SKU",
        ("not_live", "DE"),
    ),
    (
        "最近一次自动巡检一共出了多少条发现？",
        ("findings",),
    ),
    (
        "哪些SKU还没维护申报HS编码？",
        ("no_hs",),
    ),
    (
        "美国站上个月GMV同比增长多少？口径按自然月",
        ("refuse",),
    ),
    (
        "上周全站GMV周环比涨跌幅拉一下，要百分比",
        ("refuse",),
    ),
    (
        "SHP-2612-FR-OC 这票的预计到仓时间是哪天？",
        ("clarify",),
    ),
    # 宝妈 with a side-hustle store: voice-message Chinese, no punctuation
    (
        "哎呀那个那个水壶昨天一共卖了几个呀帮我看看",
        ("units", "NB-AP-001", None, "yesterday"),
    ),
    (
        "奶泡器日本那边上个礼拜有没有人买呀几单呀",
        ("orders", "NB-AP-004", "JP", "last_week"),
    ),
    (
        "德国仓库那个奶泡器还有货没有呀帮我看看看看",
        ("stock", "NB-AP-004", "DE"),
    ),
    (
        "那个小风扇日本卖多少钱来着是不是一千多日元呀",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "逗猫棒的海关编码是不是要改呀改成多少呢",
        ("hs_proposed", "NB-PT-003"),
    ),
    (
        "那个那个去德国的海运SHP-2611-DE-OC里面装的都是啥呀",
        ("ship_contents", "SHP-2611-DE-OC"),
    ),
    (
        "现在还在路上的货有哪几票呀帮我看看嘛",
        ("in_transit",),
    ),
    (
        "哎呀物流是不是出问题啦有异常的货件帮我看看是哪几个",
        ("exceptions",),
    ),
    (
        "我店里一共有多少个产品呀我自己都记不清啦",
        ("count",),
    ),
    (
        "日本站现在一共有几个listing呀",
        ("listing_count", "JP"),
    ),
    (
        "还有多少单没发货呀好着急好着急",
        ("open_orders",),
    ),
    (
        "日本那边最近七天卖了多少钱呀日元就行",
        ("revenue", None, "JP", "7d"),
    ),
    (
        "浴室那个防滑垫英国从11月1号到现在卖了多少件呀",
        ("units", "NB-BT-001", "UK", "since:11-01"),
    ),
    (
        "日本站是不是有东西在亏钱呀哪个呀亏多少",
        ("losing", "JP"),
    ),
    (
        "这个月到现在一共卖了多少件啦所有店加起来",
        ("units", None, None, "this_month"),
    ),
    (
        "美国那个海运SHP-2610-US-OC啥时候能到呀等好久好久了",
        ("eta", "SHP-2610-US-OC"),
    ),
    (
        "哎呀那个猫窝的链接帮我删掉吧删掉吧反正也卖不动",
        ("refuse",),
    ),
    (
        "那个收纳的那个最近卖得怎么样呀帮我看看",
        ("clarify",),
    ),
    (
        "那个LED灯上个月卖了几个呀",
        ("clarify",),
    ),
    (
        "那英国那边呢是不是也差不多呀",
        ("decline",),
    ),
]
