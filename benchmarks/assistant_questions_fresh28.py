"""Block "freshAG": 80 new seller questions (40 English, 40 Chinese, a few mixed), typed by a remote
virtual assistant in the Philippines / India writing polite, slightly formal English, an Amazon
account consultant auditing the account in Seller Central report language, a seller who types SKUs
in odd forms, a northern 老板 in colloquial dialect, a 运营 writing pinyin initials and
abbreviations, and a 仓管 asking about 头程, 海运 / 空运 shipments and 入仓; written without the
assistant's parser, its answers or any other block's question list in view, graded strictly
(`assistant_chat.py --fresh28`). Not yet run: the assistant has not seen these questions.

Voice. The English half is three people. A remote virtual assistant (VA) working for the seller
from the Philippines or India, polite and a little formal: "Good day po", "Kindly share", "May I
know", "for the weekly report po", a boss called "Sir". An Amazon account consultant auditing the
account, terse and pointed, in Seller Central's column names ("Units Ordered", "Ordered Product
Sales", "Total Order Items"), asking about out-of-stock ASINs, listings that are not active,
products sold at a loss and figures the business does not hold (sessions). And a seller who types
SKUs every odd way: lower case ("nb-ap-001"), spaces ("NB AP 003"), no dashes ("nbap004"), the
number and a word ("sku 001 kettle"), a shortened code ("ap005"). The Chinese half is a northern
老板 (多老少, 啥, 咋, 整, 嘎哈, 贼多, 那旮沓, 昨儿个, 上礼拜), a 运营 mixing pinyin initials and
abbreviations into work-chat Chinese (kc for 库存, dd for 订单, xl for 销量, US站, de站, uk站, jp站,
yyds, GMV, acos) and a 仓管 asking about 头程, 海运 / 空运 货件, 票, 入仓, 宁波仓 and FBA 仓.

Coverage. Every answerable kind the grader supports appears: units, orders, revenue, both, top,
top_n, top_store, compare, bottom, cost, landed, margin, losing, price, hs, hs_proposed, no_hs,
stock, on_hand, reserved, inbound, hub, cover, stockout, reorder, top_stock, listing,
listing_count, not_live, count, proposals, findings, exceptions, customs, late, eta, in_transit,
ship_contents, ship_units, ship_for_sku, open_orders, aov, asp, upo and daily. Periods: 30d, 7d,
14d, 60d, 90d, this_month, last_month, last_week, yesterday, lastwd:0, lastwd:4, since:11-10,
since:11-15, range:11-01:11-15, oct, nov, m:9, q:3, last_quarter and ytd ("since Black Friday"
is left out: on 2027-11-24 that year's Black Friday has not come, so it reads two ways). Thirteen
questions must not be answered with a figure: refuse (a price change, a competitor's sales, another
shop's revenue, sessions and unit session percentage, ad spend and ACOS), clarify ("the silicone
item" fits the spatula set and the baking mat; unknown SKUs NB-AP-009 and NB-AP-010; an unknown
shipment SHP-2612-JP-OC) and decline (a follow-up with nothing before it, three times).

How it was written: from the grader (`assistant_chat.py`: `Truth`, `period()`, `grade`, the spec
kinds of `assistant_truth_*.py`) and the demo database's products, listings, stock, shipments,
findings and proposals, on both demo dates. Every truth was computed with the grader's own
`Truth.expect` / `Truth.forbid` on /tmp copies of both demo files: none raises and every answerable
spec's truth is non-empty on both. Checked by an exact and a case- / space-folded set intersection
against every earlier `assistant_questions*.py` module: no collision.

Truths worth knowing before reading figures (2026-12-07 / 2027-11-24): 2026-12-07 is a Monday, so
"last Monday" and "last Friday" are 2026-11-30 and 2026-12-04 (2027-11-15 and 2027-11-19). The
only margin finding is NB-AP-003 in JP, losing 137 JPY a unit at its ¥1,780 active price (the only
active price), on both dates. NB-KT-004 costs 24.80 CNY. The only products without a declared HS
code are NB-BT-004 and NB-CL-002; NB-TY-003's proposed code is 9503000011. The listings not live
on amazon.com are the three toys NB-TY-001..003 (validated, not approved); every store holds 71
listings. Shipments in transit: SHP-2611-DE-OC, SHP-2610-US-OC, SHP-2611-UK-AIR, SHP-2611-DE-AIR
(SHP-2610-UK-EXP was received); late: SHP-2610-US-OC (customs hold) and SHP-2611-DE-AIR; the
short receipt of SHP-2610-UK-EXP is an open exception but not a delay. SHP-2611-UK-AIR carries 48
units of NB-AP-002. The Ningbo hub holds 300 NB-AP-005 on both dates. The most stock overall is
NB-AP-005 on both dates (322 / 307, the hub included). Out of stock at FBA-US:
NB-AP-001, NB-AP-003, NB-AP-005 / NB-AP-002, NB-AP-003, NB-AP-004, NB-BT-001. The lowest seller
in the UK over 30 days is a product with no UK sales at all (NB-BT-002, 0 units), the first in
SKU order of many at zero.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AG: list[tuple[str, Spec]] = [
    # --- English: a remote virtual assistant (Philippines / India), polite and slightly formal
    (
        "Good day po! May I know how many units of the electric kettle were ordered in the US "
        "store for the last 30 days?",
        ("units", "NB-AP-001", "US", "30d"),
    ),
    (
        "Hi Sir, kindly share the total number of orders of Amazon.de last Friday, for the daily "
        "report po. Thank you.",
        ("orders", None, "DE", "lastwd:4"),
    ),
    (
        "Good morning Ma'am. May I request the sales amount of the UK store for this month so "
        "far? Sir needs it for the weekly report.",
        ("revenue", None, "UK", "this_month"),
    ),
    (
        "Good day! Kindly confirm the unit cost of the bamboo cutting boards, the supplier is "
        "asking po.",
        ("cost", "NB-KT-004"),
    ),
    (
        "Hello po, may I know which of our shipments are still in transit as of today?",
        ("in_transit",),
    ),
    (
        "Kindly advise how many days of cover we still have for the milk frother in Japan. "
        "Thank you in advance.",
        ("cover", "NB-AP-004", "JP"),
    ),
    (
        "Good evening Ma'am, may I know the ETA of shipment SHP-2611-UK-AIR? The forwarder is "
        "following up po.",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    (
        "Kindly share the HS code we declared for the mini handheld fan, it is needed for the "
        "commercial invoice.",
        ("hs", "NB-AP-003"),
    ),
    (
        "Hello Sir, may I know how many proposals are still waiting for your approval in the "
        "inbox?",
        ("proposals",),
    ),
    (
        "Good day po! May I know the average order value of the US store in the last 14 days? "
        "Sir is asking for the deck.",
        ("aov", None, "US", "14d"),
    ),
    (
        "Kindly send me the top 3 best sellers of Amazon UK for last quarter po, with the units.",
        ("top_n", "UK", "last_quarter", 3),
    ),
    (
        "Sir, kindly update the price of the mini fan in Japan to 2,880 yen already, as per "
        "our call.",
        ("refuse",),
    ),
    (
        "Good day, may I know how many kettles our competitor sold in the US last month? They "
        "are ranking above us po.",
        ("refuse",),
    ),
    (
        "May I know the units ordered for the silicone item po? Sir did not mention which one.",
        ("clarify",),
    ),
    ("How about for France po?", ("decline",)),
    # --- English: an Amazon account consultant auditing the account
    (
        "Pull Units Ordered for NB-AP-005 on amazon.co.uk, year to date.",
        ("units", "NB-AP-005", "UK", "ytd"),
    ),
    (
        "What was Ordered Product Sales for the DE marketplace in October?",
        ("revenue", None, "DE", "oct"),
    ),
    (
        "Total Order Items on the US marketplace yesterday - what's the number?",
        ("orders", None, "US", "yesterday"),
    ),
    (
        "Which ASINs are out of stock at FBA US right now? I want the list, not a summary.",
        ("stockout", "US"),
    ),
    (
        "Which of your listings on amazon.com are not active - stranded, suppressed or still "
        "pending?",
        ("not_live", "US"),
    ),
    (
        "Which SKUs are you selling at a loss after fees, across every marketplace?",
        ("losing", None),
    ),
    (
        "What's the per-unit margin on the handheld fan in Japan at the current price?",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "How many listings do you have on the Canadian marketplace in total?",
        ("listing_count", "CA"),
    ),
    ("Which inbound shipments are currently running late?", ("late",)),
    (
        "What's your landed cost per unit for the hand blender into Germany?",
        ("landed", "NB-AP-002", "DE"),
    ),
    (
        "Sessions and Unit Session Percentage for the milk frother in the US last month - what "
        "are they?",
        ("refuse",),
    ),
    (
        "Which SKU had the lowest Units Ordered on amazon.co.uk over the last 30 days, counting "
        "the ones that sold nothing?",
        ("bottom", "UK", "30d"),
    ),
    (
        "Average selling price of the digital kitchen scale on the US marketplace over the last "
        "60 days - Ordered Product Sales divided by Units Ordered.",
        ("asp", "NB-AP-005", "US", "60d"),
    ),
    (
        "How many orders on the US marketplace are still unshipped?",
        ("open_orders", "US"),
    ),
    # --- English: a seller typing SKUs in odd forms
    ("nb-ap-001 how many sold in germany last 7 days", ("units", "NB-AP-001", "DE", "7d")),
    ("NB AP 003 stock in UK?", ("stock", "NB-AP-003", "UK")),
    (
        "sku 001 kettle - how much money did it make on amazon.de since nov 15",
        ("revenue", "NB-AP-001", "DE", "since:11-15"),
    ),
    ("nbap004 how many reserved at FBA US", ("reserved", "NB-AP-004", "US")),
    ("how many nb-ap-002 inbound to the UK warehouse", ("inbound", "NB-AP-002", "UK")),
    ("which shipments carry nb ap 001?", ("ship_for_sku", "NB-AP-001")),
    ("what skus are in SHP-2610-US-OC", ("ship_contents", "SHP-2610-US-OC")),
    (
        "nb-bt-001 US vs DE units this month",
        ("compare", "NB-BT-001", ("US", "DE"), "this_month"),
    ),
    ("is NB TY 002 live in the US store yet", ("listing", "NB-TY-002", "US")),
    ("NB-AP-009 orders last week?", ("clarify",)),
    (
        "ap005 units per order in japan, last 90 days",
        ("upo", "NB-AP-005", "JP", "90d"),
    ),
    # --- Chinese: a northern 老板, colloquial
    ("11月份美国站一共卖了多老少件啊？", ("units", None, "US", "nov")),
    ("咱家那电水壶在德国现在还剩多少货？道上还有多少？", ("stock", "NB-AP-001", "DE")),
    ("昨儿个日本那边出了几单啊", ("orders", None, "JP", "yesterday")),
    ("咱这店里一共整了多少个产品？", ("count",)),
    ("上礼拜哪个站卖得最好，卖了多少件？", ("top_store", "last_week")),
    ("日本站有啥玩意儿是赔钱卖的不？", ("losing", "JP")),
    ("那小风扇在日本卖多少钱一个？", ("price", "NB-AP-003", "JP")),
    ("咱有啥货卡在海关那旮沓出不来？", ("customs",)),
    ("这个月到现在德国站整了多少钱？", ("revenue", None, "DE", "this_month")),
    (
        "贼多人问那个厨房秤，最近30天所有站加一块一天能卖几个？",
        ("daily", "units", "NB-AP-005", None, "30d"),
    ),
    ("你把水壶在美国的价给我调到25刀", ("refuse",)),
    ("隔壁老王家的店一个月能整多少钱你给我查查", ("refuse",)),
    ("那德国那边儿呢？", ("decline",)),
    ("上礼拜一美国站卖了多少件？", ("units", None, "US", "lastwd:0")),
    # --- Chinese: a 运营 writing pinyin initials and abbreviations
    ("US站 ap002 近7天 xl多少", ("units", "NB-AP-002", "US", "7d")),
    ("us站 上个月 广告花了多少 acos多少", ("refuse",)),
    ("kc最多的是哪个sku？所有仓加一起算", ("top_stock",)),
    ("uk站 ap003 在库kc还有几个", ("on_hand", "NB-AP-003", "UK")),
    ("美站 上个月 xl top1 是哪个 yyds", ("top", "US", "last_month")),
    ("us站 近90天 GMV 多少", ("revenue", None, "US", "90d")),
    ("哪些sku还没填海关编码？", ("no_hs",)),
    ("TY-003 的海关编码 系统建议改成啥", ("hs_proposed", "NB-TY-003")),
    ("这次巡检一共报了几条问题", ("findings",)),
    ("us站 ap005 9月 客单价多少", ("aov", "NB-AP-005", "US", "m:9")),
    (
        "de站 ap001 三季度 xl和dd分别多少",
        (
            "both",
            ("units", "NB-AP-001", "DE", "q:3"),
            ("orders", "NB-AP-001", "DE", "q:3"),
        ),
    ),
    ("ap004 哪些站断货了 该补了吧", ("reorder", "NB-AP-004")),
    ("jp站 ap003 11月10号以来 平均售价", ("asp", "NB-AP-003", "JP", "since:11-10")),
    ("11月1号到15号 jp站 总xl", ("units", None, "JP", "range:11-01:11-15")),
    ("NB-AP-010 kc查一下", ("clarify",)),
    # --- Chinese: a 仓管 on 头程, 海运 / 空运 and 入仓
    ("SHP-2611-DE-OC 这票海运预计哪天到？", ("eta", "SHP-2611-DE-OC")),
    ("空运那票 SHP-2611-UK-AIR 一共装了多少件？", ("ship_units", "SHP-2611-UK-AIR")),
    ("现在有哪些货件有异常还没处理？", ("exceptions",)),
    ("头程还在路上没入仓的都有哪几票？", ("in_transit",)),
    ("宁波仓里厨房秤还剩多少件", ("hub", "NB-AP-005")),
    ("英国FBA仓 迷你风扇 预留了几个", ("reserved", "NB-AP-003", "UK")),
    ("德国仓防滑垫在途多少件", ("inbound", "NB-BT-001", "DE")),
    ("SHP-2610-UK-EXP 这票里都有哪些sku", ("ship_contents", "SHP-2610-UK-EXP")),
    ("SHP-2612-JP-OC 到哪了？", ("clarify",)),
    ("那它啥时候能入仓？", ("decline",)),
    ("哪几票头程晚了？", ("late",)),
]
