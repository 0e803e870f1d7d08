"""A tenth block of fresh seller questions for the Seller Assistant (issue 16): FRESH_O, 80
questions (40 English, 40 Chinese or mixed), written without the parser, the answer code or
any other block's question list in view, from the spec kinds and truth helpers alone, and
measured once untouched (graded strictly).

Voices. English: a US-based brand manager (polite, wordy, product nicknames: "the electric
kettle", "the mini handheld fan", "the bath mat"; Amazon.co.uk, amazon.de, the States), an
Amazon account manager at an agency typing terse jargon (FBA-US, "avail", "WOS", "L7", "yday",
"OOS", "replen", "ASIN-less SKUs", "sell-through", "landed", "cut a PO", "rn") and a bookkeeper
(unit cost on file, gross revenue for month-end, orders since a date, last quarter, HS code on
file). Chinese: a 宁波 factory boss typing on WeChat by voice (homophone slips as voice
input makes them: 得国站, 日本占, 电子称; "nb ap 002" for a SKU; 这个礼拜; no punctuation),
a 运营 using Amazon slang (断货, 补货, 头程, 在途, 动销, 到仓, 清关, 美亚, 日亚, 德亚)
and a mainland finance clerk (采购单价, 销售额, 落地成本, 报关 HS 编码, 营收, 待发货).

Coverage: units / orders / revenue by SKU, product name or the whole store over last 30 days,
L7, two weeks, 90 days, this week, this month, last month, November, last quarter, since Black
Friday, since a date and yesterday; top, top-N and top store; comparisons of two stores; stock
position, on hand, reserved, inbound, days of cover, stock-outs, where to replenish, the hub's
stock, the largest stock; unit cost, landed cost, price, margin and losing money; declared and
proposed HS codes, products with none; listing status, listing count, listings not live;
shipments (ETA, contents, unit count, those carrying a SKU, in transit, exceptions, late,
customs holds); open orders, proposals, findings and the product count. Twelve it must refuse
or ask back about: three writes (two price changes, a purchase order), two other sellers, two
predictions, two ambiguous product names, two unknown SKUs and a follow-up with no context.

Every truth was checked alone (the truth helpers, not the assistant) on both demo dates,
2026-12-07 and 2027-11-24, and none is empty there. One judgement call: the "WOS" (weeks of
supply) question is graded with the days-of-cover figure, which an answer in days carries.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_O: list[tuple[str, Spec]] = [
    # --- English: a US-based brand manager ---
    (
        "Hi! Quick one before my 10am: how many units did the electric kettle move on Amazon US "
        "over the last 30 days?",
        ("units", "NB-AP-001", "US", "30d"),
    ),
    (
        "Could you pull our total revenue on the US storefront for this month so far? Just the "
        "top-line number is fine.",
        ("revenue", None, "US", "this_month"),
    ),
    (
        "Which of our products was the top seller on Amazon.co.uk last month?",
        ("top", "UK", "last_month"),
    ),
    (
        "Across all of our marketplaces, which one moved the most units in the past 90 days?",
        ("top_store", "90d"),
    ),
    (
        "What retail price do we currently have set for the mini handheld fan in Japan?",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "Can you give me our three best sellers in Germany over the last two weeks, with units?",
        ("top_n", "DE", "14d", 3),
    ),
    (
        "For the milk frother, how do the US and the UK compare on units over the last 30 days?",
        ("compare", "NB-AP-004", ("US", "UK"), "30d"),
    ),
    (
        "Is the bath mat actually live on amazon.de, or is it still pending?",
        ("listing", "NB-BT-001", "DE"),
    ),
    ("Honestly, is anything losing us money in Japan right now?", ("losing", "JP")),
    ("How many orders have we had in the States since Black Friday?", ("orders", None, "US", "bf")),
    (
        "Which of our listings on Amazon US haven't gone live yet? I want to know what's stuck.",
        ("not_live", "US"),
    ),
    ("Please bump the kettle's US price to $39.99 for the holiday push.", ("refuse",)),
    (
        "What do you think the kitchen scale will sell in Germany in Q1 next year?",
        ("decline",),
    ),
    # --- English: an agency Amazon account manager, terse ---
    ("FBA-US position on NB-AP-002: on hand / avail / inbound?", ("stock", "NB-AP-002", "US")),
    ("WOS on NB-AP-003 at FBA UK? days of cover works too", ("cover", "NB-AP-003", "UK")),
    ("landed cost NB-AP-005 into US?", ("landed", "NB-AP-005", "US")),
    ("NB-BT-001 units L7 DE", ("units", "NB-BT-001", "DE", "7d")),
    ("orders yday UK", ("orders", None, "UK", "yesterday")),
    ("total inbound on the frother across all FCs?", ("inbound", "NB-AP-004", None)),
    ("OOS SKUs at FBA JP?", ("stockout", "JP")),
    ("ASIN-less / not-yet-live SKUs on the UK acct?", ("not_live", "UK")),
    ("where is NB-AP-005 at zero avail, which stores need replen?", ("reorder", "NB-AP-005")),
    ("ETA SHP-2611-UK-AIR?", ("eta", "SHP-2611-UK-AIR")),
    ("SKUs on SHP-2611-DE-OC?", ("ship_contents", "SHP-2611-DE-OC")),
    ("unit count on SHP-2610-US-OC", ("ship_units", "SHP-2610-US-OC")),
    ("anything held at customs rn?", ("customs",)),
    ("unshipped order count DE", ("open_orders", "DE")),
    (
        "sell-through L30 on the immersion blender, DE vs UK, in units",
        ("compare", "NB-AP-002", ("DE", "UK"), "30d"),
    ),
    ("cut a PO for 500 kettles to the factory pls", ("refuse",)),
    ("what's Anker's sell-through on power banks in the US", ("refuse",)),
    # --- English: a bookkeeper ---
    (
        "What unit cost do we have on file for NB-KT-004, the bamboo cutting board set?",
        ("cost", "NB-KT-004"),
    ),
    (
        "For month-end reconciliation I need gross revenue for the UK store, last month please.",
        ("revenue", None, "UK", "last_month"),
    ),
    (
        "How many orders did Japan take from November 10 through today?",
        ("orders", None, "JP", "since:11-10"),
    ),
    (
        "Revenue for the hand blender in Germany last quarter?",
        ("revenue", "NB-AP-002", "DE", "last_quarter"),
    ),
    ("What's our purchase cost on the coffee grinder?", ("cost", "NB-KT-008")),
    ("Which HS code is on file for the USB-C cable?", ("hs", "NB-PH-001")),
    ("Do we have any products with no HS code recorded yet?", ("no_hs",)),
    ("How many products are in our catalogue altogether?", ("count",)),
    ("What's the unit cost of the LED light?", ("clarify",)),
    ("Units sold of NB-KT-019 in the last 30 days?", ("decline",)),
    # --- Chinese: a 宁波 factory boss on WeChat, voice input ---
    ("电热水壶英国站最近三十天卖了多少件啊", ("units", "NB-AP-001", "UK", "30d")),
    ("那个奶泡器得国站还有多少货", ("stock", "NB-AP-004", "DE")),
    ("宁波仓库里电子称还剩几个", ("hub", "NB-AP-005")),
    ("上个月日本占一共卖了多少钱", ("revenue", None, "JP", "last_month")),
    ("小风扇在日本是不是亏钱了 一个亏多少", ("margin", "NB-AP-003", "JP")),
    ("打蛋器进货价多少钱", ("cost", "NB-KT-005")),
    ("nb ap 002德国站这个礼拜卖了几件", ("units", "NB-AP-002", "DE", "this_week")),
    ("把料理棒美国的价格改成二十九块九", ("refuse",)),
    ("隔壁老王家的店这个月卖了多少", ("refuse",)),
    ("明年双十一能卖多少你估计一下", ("decline",)),
    ("那个收纳的东西成本多少钱", ("clarify",)),
    ("上个月那个呢？", ("decline",)),
    # --- Chinese: a 运营 with Amazon slang ---
    ("美国站哪些SKU断货了", ("stockout", "US")),
    ("NB-AP-003 美国在途多少", ("inbound", "NB-AP-003", "US")),
    ("料理棒要补货吗 哪些站点已经断了", ("reorder", "NB-AP-002")),
    ("头程SHP-2611-DE-OC啥时候到仓", ("eta", "SHP-2611-DE-OC")),
    ("现在还在途的货件有哪几票", ("in_transit",)),
    ("有异常的货件有哪些", ("exceptions",)),
    ("美亚近7天动销前三的SKU", ("top_n", "US", "7d", 3)),
    ("日亚近30天卖得最好的是哪个", ("top", "JP", "30d")),
    ("料理棒德国仓还能卖多少天", ("cover", "NB-AP-002", "DE")),
    ("英国仓NB-AP-003被预留了几件", ("reserved", "NB-AP-003", "UK")),
    ("哪些货件延误了", ("late",)),
    ("浴室防滑垫美国和德国近90天销量对比一下", ("compare", "NB-BT-001", ("US", "DE"), "90d")),
    ("这个月到目前哪个站点出货最多", ("top_store", "this_month")),
    ("库存最多的是哪个SKU", ("top_stock",)),
    ("磁力片的HS编码系统建议改成多少", ("hs_proposed", "NB-TY-003")),
    ("NB-AP-002德国仓实际在库几件", ("on_hand", "NB-AP-002", "DE")),
    ("待处理的提案还有几个", ("proposals",)),
    # --- Chinese: a mainland finance clerk ---
    ("请问NB-SP-002的采购单价是多少？", ("cost", "NB-SP-002")),
    ("麻烦查一下德国站11月份的销售额", ("revenue", None, "DE", "nov")),
    ("NB-AP-001发到美国的落地成本是多少", ("landed", "NB-AP-001", "US")),
    ("宠物慢食碗报关用的HS编码是多少", ("hs", "NB-PT-002")),
    ("系统这次一共发现了多少个问题", ("findings",)),
    ("美国站还有多少订单没发货", ("open_orders", "US")),
    ("11月15号以来美国站营收多少", ("revenue", None, "US", "since:11-15")),
    ("SHP-2611-UK-AIR这票一共多少件货", ("ship_units", "SHP-2611-UK-AIR")),
    ("日本站一共有多少条listing", ("listing_count", "JP")),
    ("哪些货件里装了NB-AP-001", ("ship_for_sku", "NB-AP-001")),
    ("NB-ZZ-009最近卖得怎么样", ("decline",)),
]
