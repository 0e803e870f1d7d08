"""Block "freshZ": 80 new seller questions (40 English, 40 Chinese, some mixed), typed by a US-based
virtual assistant / freelancer and by a 运营 writing the 日报 and 周报, written without the
assistant's parser, its answers or any other block's question list in view, graded strictly
(`assistant_chat.py --fresh21`). Not yet run: the assistant has not seen these questions.

Voice. The English half is a freelancer VA in casual American English: slang and contractions
("how're we doing on", "gimme", "what's the deal with", "y'all", "rn", "ASAP", "pls", "or nah",
"what'd ... bring in", "we got"), the client or boss as the reason ("need it for the client's
Monday recap", "customs broker's asking"), dates as "11/1 thru 11/15" and "since 11/10", Q3,
October, lower-case shipment codes (shp-2611-de-oc), and four messages carrying two requests at once
(units and yen revenue; unit cost and landed cost; a shipment's SKUs and its unit total; in Chinese,
a product's units and the whole store's orders). Products by nickname only (the kettle, the hand
blender, the milk frother / frothers, the kitchen scale, the bath mat, the handheld / mini fan, the
power bank, the cat teaser wand, the bubble machine), stores as the US / UK / Canada store, Amazon
Germany / UK / Japan, FBA US, the Ningbo hub. The Chinese half is a 运营 in
e-commerce jargon: 出单, 单量, 件数, 动销, 销售额, GMV, 日报, 周报, 站点 (美国站, 美站,
英国站, 德国站, 德站, 日本站, 德国仓), 链接 (卖得最好的链接, 没上线的链接), 断货预警,
备货, 头程 (卡在清关的头程, 在路上没入仓的头程, 头程到仓), 在库 / 在途, 落地成本,
采购成本, periods as 近7天, 本周到今天为止, 上周五, 今年以来, 上个月, 近30天, 上周,
三季度, 黑五当天, 9月份, 上个季度.

Coverage. Every answerable kind the grader supports appears: units (6), orders (5), revenue (4),
both (4), top, top_n (top 3 across all stores; top5 on one store), top_store (2), compare (two
stores and three), bottom, cost, landed (2), margin, losing (all stores and Japan), price, hs,
hs_proposed, no_hs, stock (one store, and all locations), on_hand, reserved, inbound, hub, cover
(2), stockout (2), reorder, top_stock, listing, listing_count (the Canada store, which holds
listings but no orders or stock), not_live, count, proposals, findings, exceptions, customs, late,
eta (2), in_transit, ship_contents, ship_units (inside a both), ship_for_sku and open_orders.
Periods: last 7 / 14 / 30 / 90 days, yesterday, this week, last week, last Friday (lastwd:4), this
month, last month, October, September (m:9), the third quarter, the last quarter, year to date,
since Black Friday, Black Friday itself, since a date (11/10) and an explicit range (11/1 thru
11/15). Fifteen are not to be answered with a figure: figures the business does not hold
(conversion rate and sessions, return rate, 广告ACOS and ad spend, 转化率, 账户健康分 / ODR), three
writes ("bump the kitchen scale price", 下架, 改价), two other sellers' figures (a competitor's
monthly units, 隔壁同款热水壶's orders) (refuse: ten); a name that fits several products ("the
LED one": the desk lamp NB-LT-001 and the night lights NB-LT-002; 充电的那个: the USB fan, the
cable, the power bank and the charger), an unknown SKU (NB-KT-012) and a shipment code the business
does not have (SHP-2612-US-AIR) (clarify: four); one follow-up with no context ("ok and what about
the UK?") (decline). 客单价, 环比 and 库存周转 were left out of the refusals on purpose: they can be
derived from figures the business holds (revenue over orders, two periods, days of cover), so a
figure in reply would not be plainly wrong.

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth was computed
alone with the grader's `Truth.expect` (and `forbid`) on both demo files before the block was
committed: none raises, and every answerable spec's truth is non-empty on both (the refuse / clarify
/ decline specs have no figure by design). The strings were compared exactly (and case- and
space-folded) with every earlier block's strings by a set intersection printing only the
collisions: none collided. Truths worth knowing before reading figures: only six SKUs sell
(NB-AP-001 to NB-AP-005 and NB-BT-001), so the "bottom" question (动销最差 on the UK store, 30
days) is a tie at 0 among every product never sold there, which the grader breaks alphabetically
(NB-BT-002, 0 件); "since Black Friday" on the 2027-11-24 demo starts at the previous year's Black
Friday (the latest begun), so its figure covers a year (92 units, 301760 JPY; 3 units, 9840 JPY on
2026-12-07); 本周到今天为止 on 2026-12-07 (a Monday) is that one day (6 个订单); the fan in Japan
holds the demo's one active regular price (1780 JPY) and is the one listing that loses money (137
JPY a unit), which the margin and both losing questions expect; the hand blender's hub figure
(Ningbo) is 156 on both dates; the fan's 近7天 on the US store is 0 件 on 2026-12-07 (out of stock
at FBA US); the kettle's 在库 at FBA DE is 0 on 2027-11-24; the frother's reserved units at FBA US
are 1 on 2026-12-07 and 0 on 2027-11-24; "products with no HS code" holds NB-BT-004 and NB-CL-002;
the bubble machine's US listing is validated, not live ("checked"); the 没上线 list on the German
store is the three toys.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_Z: list[tuple[str, Spec]] = [
    # --- English: a US virtual assistant / freelancer, sales first
    (
        "hey! how're we doing on kettle sales in the US? gimme units for the last 30 days pls",
        ("units", "NB-AP-001", "US", "30d"),
    ),
    (
        "how many orders did the UK store pull in last week? need it for the client's Monday recap",
        ("orders", None, "UK", "last_week"),
    ),
    (
        "what'd the hand blender bring in on Amazon Germany last month? euros is fine",
        ("revenue", "NB-AP-002", "DE", "last_month"),
    ),
    (
        "quick one: how many milk frothers did we sell in Japan since Black Friday, and what's "
        "that in yen?",
        (
            "both",
            ("units", "NB-AP-004", "JP", "bf"),
            ("revenue", "NB-AP-004", "JP", "bf"),
        ),
    ),
    (
        "which product's been moving the most units on Amazon UK the past two weeks?",
        ("top", "UK", "14d"),
    ),
    (
        "gimme the top 3 sellers across all the stores for October pls",
        ("top_n", None, "oct", 3),
    ),
    (
        "which marketplace sold the most units so far this month? y'all keep asking me lol",
        ("top_store", "this_month"),
    ),
    (
        "can you line up the kitchen scale US vs UK for the last 90 days? just units is fine",
        ("compare", "NB-AP-005", ("US", "UK"), "90d"),
    ),
    (
        "how many bath mats did we move in Q3, all stores together?",
        ("units", "NB-BT-001", None, "q:3"),
    ),
    (
        "what'd the US store make from 11/1 thru 11/15? need the dollar figure ASAP",
        ("revenue", None, "US", "range:11-01:11-15"),
    ),
    (
        "how many orders has Japan gotten since 11/10?",
        ("orders", None, "JP", "since:11-10"),
    ),
    (
        "how many units did Germany sell yesterday? all products, not just one",
        ("units", None, "DE", "yesterday"),
    ),
    # --- English: costs, margin, price, HS codes
    (
        "what's the deal with the kettle's costs? gimme the unit cost we have on file and the "
        "landed cost for the US store",
        ("both", ("cost", "NB-AP-001"), ("landed", "NB-AP-001", "US")),
    ),
    (
        "what's the landed cost per unit on the milk frother for the UK store?",
        ("landed", "NB-AP-004", "UK"),
    ),
    (
        "what's our per-unit margin on the handheld fan in Japan rn?",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "are we losing money on anything rn? like which SKUs are underwater",
        ("losing", None),
    ),
    (
        "what price is the handheld fan set at on Amazon Japan?",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "what HS code do we have on file for the power bank? customs broker's asking",
        ("hs", "NB-PH-002"),
    ),
    (
        "what HS code is getting proposed for the cat teaser wand?",
        ("hs_proposed", "NB-PT-003"),
    ),
    # --- English: stock
    (
        "how're we doing on bath mat stock at FBA US? on hand, available, inbound, all of it pls",
        ("stock", "NB-BT-001", "US"),
    ),
    (
        "how many frothers are reserved at the US warehouse rn?",
        ("reserved", "NB-AP-004", "US"),
    ),
    (
        "how many kettles are inbound to Germany?",
        ("inbound", "NB-AP-001", "DE"),
    ),
    (
        "how many hand blenders we got sitting at the Ningbo hub?",
        ("hub", "NB-AP-002"),
    ),
    (
        "how many days of cover we got on the handheld fan in the UK?",
        ("cover", "NB-AP-003", "UK"),
    ),
    (
        "what's out of stock in Japan rn? pls list em",
        ("stockout", "JP"),
    ),
    (
        "which SKU do we hold the most units of, all locations combined?",
        ("top_stock",),
    ),
    # --- English: listings and catalogue
    (
        "is the bubble machine live on Amazon US yet or nah?",
        ("listing", "NB-TY-002", "US"),
    ),
    (
        "how many listings do we have on the Canada store total?",
        ("listing_count", "CA"),
    ),
    (
        "how many products we got in the catalog altogether?",
        ("count",),
    ),
    # --- English: shipments and orders
    (
        "which shipments are running late? client wants an update ASAP",
        ("late",),
    ),
    (
        "when's SHP-2611-UK-AIR supposed to land?",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    (
        "what's on shp-2611-de-oc and how many units total?",
        ("both", ("ship_contents", "SHP-2611-DE-OC"), ("ship_units", "SHP-2611-DE-OC")),
    ),
    (
        "how many orders haven't shipped yet on the US store? pls and thx",
        ("open_orders", "US"),
    ),
    # --- English: not to be answered with a figure
    (
        "what's our conversion rate on the kettle listing in the US? sessions too if y'all have em",
        ("refuse",),
    ),
    (
        "what's the return rate on the hand blender in the UK? client thinks it's high",
        ("refuse",),
    ),
    (
        "can you bump the kitchen scale price in the US to $13.99 real quick?",
        ("refuse",),
    ),
    (
        "what's the deal with that competitor selling the same fan, how many units are they "
        "doing a month?",
        ("refuse",),
    ),
    (
        "how many of the LED one did we sell last month?",
        ("clarify",),
    ),
    (
        "when's SHP-2612-US-AIR landing? need it ASAP",
        ("clarify",),
    ),
    (
        "ok and what about the UK?",
        ("decline",),
    ),
    # --- Chinese: 运营 日报 / 周报, sales
    (
        "日报：美国站小风扇近7天出了多少件？",
        ("units", "NB-AP-003", "US", "7d"),
    ),
    (
        "本周到今天为止全站点一共出了多少单？写周报要用",
        ("orders", None, None, "this_week"),
    ),
    (
        "英国站电热水壶上个月销售额多少英镑？周报要填",
        ("revenue", "NB-AP-001", "UK", "last_month"),
    ),
    (
        "上周五美站出了多少单？",
        ("orders", None, "US", "lastwd:4"),
    ),
    (
        "厨房秤日本站今年以来一共卖了多少件？",
        ("units", "NB-AP-005", "JP", "ytd"),
    ),
    (
        "上个月美国站哪个链接卖得最好？出了多少件？",
        ("top", "US", "last_month"),
    ),
    (
        "德国站近30天销量top5的链接帮我拉一下，要件数",
        ("top_n", "DE", "30d", 5),
    ),
    (
        "英国站近30天动销最差的是哪个产品？",
        ("bottom", "UK", "30d"),
    ),
    (
        "上周哪个站点出单件数最多？",
        ("top_store", "last_week"),
    ),
    (
        "周报对比：料理棒三季度美站、德站、英站各卖了多少件？",
        ("compare", "NB-AP-002", ("US", "DE", "UK"), "q:3"),
    ),
    (
        "黑五当天美国站的GMV是多少美金？",
        ("revenue", None, "US", "bfday"),
    ),
    (
        "9月份日本站奶泡器一共出了多少件？",
        ("units", "NB-AP-004", "JP", "m:9"),
    ),
    (
        "上个季度英国站一共出了多少单？",
        ("orders", None, "UK", "last_quarter"),
    ),
    (
        "德国站上个月防滑垫卖了几件？整个德国站上个月单量多少？",
        (
            "both",
            ("units", "NB-BT-001", "DE", "last_month"),
            ("orders", None, "DE", "last_month"),
        ),
    ),
    # --- Chinese: cost, landed cost, losing money
    (
        "奶泡器的采购成本是多少？",
        ("cost", "NB-AP-004"),
    ),
    (
        "厨房秤发德国站，算上头程每件落地成本多少？",
        ("landed", "NB-AP-005", "DE"),
    ),
    (
        "日本站有没有在亏钱的链接？每件亏多少？",
        ("losing", "JP"),
    ),
    (
        "哪些产品还没填HS编码？",
        ("no_hs",),
    ),
    # --- Chinese: stock, 断货预警, 备货
    (
        "料理棒所有仓加起来在库多少、在途多少？",
        ("stock", "NB-AP-002", None),
    ),
    (
        "德国仓电热水壶现在在库几件？",
        ("on_hand", "NB-AP-001", "DE"),
    ),
    (
        "料理棒德国站的库存还够卖几天？",
        ("cover", "NB-AP-002", "DE"),
    ),
    (
        "断货预警：美国站现在哪些SKU断货了？",
        ("stockout", "US"),
    ),
    (
        "奶泡器哪些站点需要备货了？",
        ("reorder", "NB-AP-004"),
    ),
    # --- Chinese: 链接, 提议, 发现
    (
        "德国站还有哪些链接没上线？",
        ("not_live", "DE"),
    ),
    (
        "助手最近一次跑完一共提示了多少条问题？",
        ("findings",),
    ),
    (
        "待我审批的提议还有几个？",
        ("proposals",),
    ),
    # --- Chinese: 头程, 入仓
    (
        "哪票头程卡在清关了？",
        ("customs",),
    ),
    (
        "现在有异常的货件有几票？分别是哪几票？",
        ("exceptions",),
    ),
    (
        "现在还在路上、没入仓的头程有哪些？",
        ("in_transit",),
    ),
    (
        "SHP-2611-DE-OC 这票头程预计哪天到仓？",
        ("eta", "SHP-2611-DE-OC"),
    ),
    (
        "SHP-2610-US-OC 里面装的是哪几个SKU？",
        ("ship_contents", "SHP-2610-US-OC"),
    ),
    (
        "哪几票货里有电热水壶？",
        ("ship_for_sku", "NB-AP-001"),
    ),
    # --- Chinese: not to be answered with a figure
    (
        "美国站热水壶链接的转化率是多少？",
        ("refuse",),
    ),
    (
        "上个月德国站的广告ACOS多少？广告花费也发我一下",
        ("refuse",),
    ),
    (
        "美国站的账户健康分和ODR现在是多少？",
        ("refuse",),
    ),
    (
        "帮我把小风扇美国站的链接下架",
        ("refuse",),
    ),
    (
        "把德国站料理棒的价格改成27.99欧",
        ("refuse",),
    ),
    (
        "隔壁那家卖同款热水壶的，他们上个月出了多少单？",
        ("refuse",),
    ),
    (
        "充电的那个上周卖了多少件？",
        ("clarify",),
    ),
    (
        "NB-KT-012 英国站在库多少？",
        ("clarify",),
    ),
]
