"""Block "freshAA": 80 new seller questions (40 English, 40 Chinese), typed the way ordinary users
of a seller tool type them, written without the assistant's parser, its answers or any other block's
question list in view, graded strictly (`assistant_chat.py --fresh22`). Not yet run: the assistant
has not seen these questions.

Voice. English, three people: (a) a small-business owner in Shenzhen writing English as a second
language: no articles, topic first and the question word last ("the fan japan stock have how many
now", "power bank hs code is what", "SHP-2611-DE-OC inside have which product?"), "how much pieces",
wrong tense and number ("we are lose money", "last 2 week", "last 30 day"), dates as "from 15
November until now"; (b) a US-based ops manager typing quick Slack messages: "rn", "OOS", "ETA on
...", "open orders rn? all stores", "Nov 1 to Nov 15", "US vs UK vs DE", "Amazon.fr", "FBA UK"; (c)
three messages that wrap the question in context first ("Quick one before my call with the 3PL:
...", a Q3 recap for investors, finance closing the month). Chinese, three people: (a) the 老板
dictating by voice input (语音转文字): no punctuation, fillers (那个, 就是, 嗯, 然后), numbers as
words (最近三十天, 十一月份), 这个礼拜, 日本那边, 宁波仓库, 所有仓库加起来; (b) a Taiwanese
colleague in Traditional Chinese with full-width punctuation: 銷量, 訂單數, 售價, 進貨成本, 上架, HS
code, 貨件, 異常, 到倉, 在庫, 退貨率, 上一季, 上週五, 今年以來, 9月份, 美國站 / 德國站 / 英國站 /
日本站, 德國倉; (c) a 运营 in the 工作群: short messages with spaces for commas, @助手, 美站 / 德站
/ 英站, 出了几单, 断货, 补货, 哪个品, GMV, 这票, 链接上线了没, 落地成本, 黑五当天. 上上周 was left
out: the grader's `period()` has no key for the week before last.

Coverage. Every answerable kind the grader supports appears: units (5), orders (4), revenue (2),
both (2: units and revenue, in English and by voice), top (2), top_n (top 3 on the US store, top 5
on the UK store), top_store (2), compare (three stores and two), bottom, cost (2), landed (2),
margin, losing (all stores), price (2: a saved quote with no active price, and the one active
price), hs (2), hs_proposed, no_hs, stock (one store, twice; all locations, once), on_hand,
reserved, inbound, hub (2), cover (2), stockout (2), reorder, top_stock, listing (2), listing_count
(Amazon.fr), not_live, count, proposals, findings, exceptions, customs, late, eta (2), in_transit,
ship_contents (2), ship_units, ship_for_sku and open_orders (all stores, and the UK store). Periods:
last month, this month, last 7 / 14 / 30 / 90 days, yesterday, this week, last week, last Friday
(lastwd:4), since 15 November (since:11-15), 1-15 November (range:11-01:11-15), October, November,
September (m:9), the third quarter, the last quarter, year to date and Black Friday itself (bfday).
Products mostly by nickname (the kettle, the fan, the blender / hand blender, the frother, the
kitchen scale, the bath mat, the power bank, the bubble machine, 热水壶 / 電熱水壺, 小风扇 /
手持小電扇 / 风扇, 奶泡器, 厨房秤, 料理棒, 逗猫棒, 手搖磨豆機, 积木), shipments by code, one unknown
SKU. Thirteen are not to be answered with a figure: two writes (change the kettle's US price, 下架
the bubble machine on the UK store), two other sellers' figures (Anker's power bank units, 隔壁那家
卖风扇的 monthly units), three figures the business does not hold (the blender's star rating,
退貨率, 关键词排名) (refuse: seven); a name that fits several products ("the storage one": the
storage boxes, the food storage containers, the vacuum storage bags and the drawer organiser;
那个灯: the desk lamp, the night lights and the solar lights), an unknown SKU (NB-AP-006) and a
shipment code the business does not have (SHP-2612-JP-AIR) (clarify: four); two follow-ups with no
context ("same for germany?", 那德國呢？) (decline: two).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth was computed
alone with the grader's `Truth.expect` (and `forbid`) on both demo files before the block was
committed: none raises, and every answerable spec's truth is non-empty on both (the refuse / clarify
/ decline specs have no figure by design). Every top, top_n and top_store question was checked for
ties on both dates and has none (two first drafts that tied, Germany over 14 days and Germany on
Black Friday, were moved to other stores). The strings were compared exactly (and case- and
space-folded) with every earlier block's strings by a set intersection printing only the collisions:
one collided and was reworded; none collide now.

Truths worth knowing before reading figures (2026-12-07 / 2027-11-24): the Chinese truths use the
grader's simplified words even for the Traditional questions ("3 个货件", "3 个订单", "在库 8 件");
the blender on Amazon.de has no active price, so the truth is its newest saved quote and the words
"no active price" (28.99 EUR on both); the fan in Japan holds the demo's one active regular price
(1780 JPY) and is the one listing that loses money (137 JPY a unit: the margin and losing
questions); the bottom question (Japan, 90 days) is a tie at 0 among every product never sold there,
which the grader breaks alphabetically (NB-BT-002, 0 件); Black Friday itself on 2027-11-24 is the
previous year's (2026-11-27, the latest begun), so the US store's best seller that day is NB-AP-005
(8 件) / NB-AP-003 (9 件); "this week" on 2026-12-07 (a Monday) is that one day (Japan, 1 个订单; 4
on 2027-11-24); last Friday is 2026-12-04 / 2027-11-19 (US store, 3 / 2 个订单); the last quarter is
the third on both dates (the kettle on Amazon.de, 66 / 86 件); the fan's stock at FBA US is 0 on
hand and 0 available with 285 / 250 inbound; the fan's reserved units at FBA UK are 1 on both dates;
the kettle's 在库 at FBA DE is 8 / 0; days of cover are 8.1 / 8.6 for the blender in Germany and
32.2 / 75.0 for the fan in the UK; the kettle needs restocking in JP, UK and US / DE and UK; the
most stock across all locations is NB-AP-005 (322 / 307, Ningbo included); the hub (Ningbo) holds
156 blenders and 240 frothers on both dates; the bubble machine (UK) and the building blocks (US)
are validated but not submitted ("UK checked", "US 已校验"), and the Amazon.de not-live list is the
three NB-TY SKUs; Amazon.fr holds 71 listings (variant rows included); the landed costs are 2.51 USD
(bath mat, US) and 1.56 GBP (frother, UK) on both dates; findings 38, proposals 15, products 47,
open orders 6 (UK 1); late shipments are SHP-2610-US-OC and SHP-2611-DE-AIR, the one in customs
SHP-2610-US-OC, SHP-2611-UK-AIR carries 48 units."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AA: list[tuple[str, Spec]] = [
    # English (a): a small-business owner in Shenzhen, English as a second language
    (
        "how much pieces kettle we sold in US last month?",
        ("units", "NB-AP-001", "US", "last_month"),
    ),
    ("the fan japan stock have how many now", ("stock", "NB-AP-003", "JP")),
    ("blender germany selling price is what now?", ("price", "NB-AP-002", "DE")),
    (
        "frother in US, from 15 November until now have how many order?",
        ("orders", "NB-AP-004", "US", "since:11-15"),
    ),
    ("which product sell best on amazon UK last 2 week?", ("top", "UK", "14d")),
    ("kettle we buy from factory, cost how much one piece?", ("cost", "NB-AP-001")),
    ("bath mat ship to US, landed cost each is how much?", ("landed", "NB-BT-001", "US")),
    ("fan in japan we are lose money? lose how much for one", ("margin", "NB-AP-003", "JP")),
    ("power bank hs code is what", ("hs", "NB-PH-002")),
    ("SHP-2611-DE-OC inside have which product?", ("ship_contents", "SHP-2611-DE-OC")),
    ("ningbo warehouse still have how many blender?", ("hub", "NB-AP-002")),
    (
        "kitchen scale all store together sold how many this month",
        ("units", "NB-AP-005", None, "this_month"),
    ),
    ("the storage one, last month how many we sold?", ("clarify",)),
    ("NB-AP-006 have stock in US or not?", ("clarify",)),
    ("pls change kettle price on amazon US to 22.99 dollar, thank you", ("refuse",)),
    # English (b): a US-based ops manager, quick Slack-style questions
    ("open orders rn? all stores", ("open_orders",)),
    ("anything held up in customs right now?", ("customs",)),
    ("which inbound shipments are running behind?", ("late",)),
    ("ETA on SHP-2610-US-OC?", ("eta", "SHP-2610-US-OC")),
    ("list every shipment that hasn't been received yet", ("in_transit",)),
    ("how many units total on SHP-2611-UK-AIR", ("ship_units", "SHP-2611-UK-AIR")),
    ("which shipments is the hand blender on?", ("ship_for_sku", "NB-AP-002")),
    (
        "top 3 SKUs by units on the US store, Nov 1 to Nov 15",
        ("top_n", "US", "range:11-01:11-15", 3),
    ),
    ("in October which store did the most units overall?", ("top_store", "oct")),
    (
        "frother units last month, US vs UK vs DE?",
        ("compare", "NB-AP-004", ("US", "UK", "DE"), "last_month"),
    ),
    ("what's OOS at FBA UK rn?", ("stockout", "UK")),
    ("days of cover on the blender in Germany?", ("cover", "NB-AP-002", "DE")),
    ("reserved units on the fan at FBA UK?", ("reserved", "NB-AP-003", "UK")),
    ("any SKUs with no HS code on file?", ("no_hs",)),
    ("how many proposals are waiting on approval?", ("proposals",)),
    ("how many findings did the latest run flag?", ("findings",)),
    ("bubble machine live on Amazon UK yet?", ("listing", "NB-TY-002", "UK")),
    ("how many listings do we have on Amazon.fr?", ("listing_count", "FR")),
    ("frother inbound to FBA US, how many units?", ("inbound", "NB-AP-004", "US")),
    ("how many units did Anker sell of their power bank last month?", ("refuse",)),
    ("what's the star rating on the blender listing in the US?", ("refuse",)),
    ("same for germany?", ("decline",)),
    # English (c): the question wrapped in context
    (
        "Quick one before my call with the 3PL: how much fan stock do we have at FBA US, "
        "on hand and inbound?",
        ("stock", "NB-AP-003", "US"),
    ),
    (
        "Prepping the Q3 recap for our investors, sorry if this is basic: what was the UK "
        "store's revenue in Q3?",
        ("revenue", None, "UK", "q:3"),
    ),
    (
        "Finance is closing the month and wants it exact: units and revenue for the bath mat "
        "on Amazon.de last month, please.",
        (
            "both",
            ("units", "NB-BT-001", "DE", "last_month"),
            ("revenue", "NB-BT-001", "DE", "last_month"),
        ),
    ),
    # Chinese (a): the boss by voice input (语音转文字), no punctuation, fillers
    (
        "那个就是热水壶日本那边上个月卖了多少个然后卖了多少钱",
        (
            "both",
            ("units", "NB-AP-001", "JP", "last_month"),
            ("revenue", "NB-AP-001", "JP", "last_month"),
        ),
    ),
    ("嗯那个小风扇最近三十天德国卖了几个", ("units", "NB-AP-003", "DE", "30d")),
    ("就是那个奶泡器宁波仓库里面还剩多少", ("hub", "NB-AP-004")),
    ("嗯你帮我看一下我们现在一共有多少个产品", ("count",)),
    ("那个厨房秤所有仓库加起来还有多少库存啊", ("stock", "NB-AP-005", None)),
    ("然后那个日本站这个礼拜出了多少单", ("orders", None, "JP", "this_week")),
    ("那个逗猫棒的海关编码系统建议改成多少", ("hs_proposed", "NB-PT-003")),
    ("嗯现在有哪些产品是在亏钱卖的", ("losing", None)),
    ("那个灯最近三十天卖得怎么样", ("clarify",)),
    ("你帮我把英国站那个泡泡机下架掉", ("refuse",)),
    ("嗯那个就是隔壁那家卖风扇的他们一个月能卖多少台", ("refuse",)),
    ("那个十一月份英国站一共卖了多少件", ("units", None, "UK", "nov")),
    ("然后那个小风扇英国那边的库存还能卖几天", ("cover", "NB-AP-003", "UK")),
    # Chinese (b): a Taiwanese colleague in Traditional Chinese
    ("請問電熱水壺在德國站上一季的銷量是多少？", ("units", "NB-AP-001", "DE", "last_quarter")),
    ("美國站上週五的訂單數是多少？", ("orders", None, "US", "lastwd:4")),
    ("日本站的手持小電扇現在售價多少？", ("price", "NB-AP-003", "JP")),
    ("料理棒的進貨成本是多少？", ("cost", "NB-AP-002")),
    ("德國站有哪些商品還沒上架？", ("not_live", "DE")),
    ("手搖磨豆機申報的HS code是多少？", ("hs", "NB-KT-008")),
    ("9月份哪個站點賣出的件數最多？", ("top_store", "m:9")),
    ("英國站今年以來賣得最好的前五名商品是哪些？", ("top_n", "UK", "ytd", 5)),
    ("目前有幾個貨件有異常？", ("exceptions",)),
    ("SHP-2611-UK-AIR 預計什麼時候到倉？", ("eta", "SHP-2611-UK-AIR")),
    ("德國倉的電熱水壺實際在庫有幾件？", ("on_hand", "NB-AP-001", "DE")),
    ("可以幫我查一下上個月浴室防滑墊的退貨率嗎？", ("refuse",)),
    ("那德國呢？", ("decline",)),
    # Chinese (c): a 运营 in the 工作群, short messages
    ("奶泡器 美站 近7天 出了几单", ("orders", "NB-AP-004", "US", "7d")),
    ("@助手 日本站现在断货的有哪些", ("stockout", "JP")),
    ("热水壶哪些站点要补货了", ("reorder", "NB-AP-001")),
    ("目前哪个品库存最多", ("top_stock",)),
    (
        "料理棒 德站 vs 英站 上周销量对比一下",
        ("compare", "NB-AP-002", ("DE", "UK"), "last_week"),
    ),
    ("日本站近90天卖得最少的是哪个品", ("bottom", "JP", "90d")),
    ("美国站昨天GMV多少", ("revenue", None, "US", "yesterday")),
    ("SHP-2610-US-OC 这票装的什么货", ("ship_contents", "SHP-2610-US-OC")),
    ("美国站黑五当天卖最好的是哪个品", ("top", "US", "bfday")),
    ("英国站还有几单没发货", ("open_orders", "UK")),
    ("奶泡器 英国站 落地成本多少", ("landed", "NB-AP-004", "UK")),
    ("风扇在美国站的关键词排名现在第几", ("refuse",)),
    ("积木 美国站 链接上线了没", ("listing", "NB-TY-001", "US")),
    ("SHP-2612-JP-AIR 什么时候到仓", ("clarify",)),
]
