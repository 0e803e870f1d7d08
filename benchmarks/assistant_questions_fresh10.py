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

First sight (measured once, untouched; main d1ddaa48fc5bdfc2a115bb498e16963dea7579e1 merged
into s9-freshO as 1ad9715; demo DBs rebuilt after the merge):

    .venv/bin/python benchmarks/assistant_chat.py /tmp/s9fo-a.db --offline --fresh10 --show-held
    (and /tmp/s9fo-b.db built with --today 2027-11-24; the LLM path: the same without --offline
    on /tmp/s9fo-a.db)

- offline, demo 2026-12-07: 80 questions, 64 pass, 9 honest, 7 wrong (80.0% pass, 8.8% wrong)
- offline, demo 2027-11-24: 80 questions, 64 pass, 9 honest, 7 wrong (80.0% pass, 8.8% wrong)
- LLM path (fake server), demo 2026-12-07: 33 scripted, 33 pass, 0 honest, 0 wrong (100.0%)

Every non-pass line, verbatim (wrapped), demo 2026-12-07 (the LLM run printed no [llm ...] line):

- [freshO wrong] Could you pull our total revenue on the US storefront for this month so far? Just
  the top-line number is fine. -> revenue: Highest-revenue product in US over this month (2026-12-01
  to 2026-12-07): NB-AP-002 (424.83 USD (≈ 2826.34 CNY)). Next: NB-BT-001 124.95 USD (≈ 831.28 CNY);
  NB- | want ['674.73 USD']
- [freshO wrong] Across all of our marketplaces, which one moved the most units in the past 90 days?
  -> units_sold: Best-selling product in all stores over the last 90 days (2026-09-09 to
  2026-12-07): NB-AP-003 (411 units). Next: NB-AP-005 408 units; NB-AP-002 375 units. | want ['US
  (858 units)']
- [freshO wrong] Is the bath mat actually live on amazon.de, or is it still pending? ->
  open_proposals: No proposal waits for a decision on NB-BT-001. | want ['DE approved']
- [freshO honest] Honestly, is anything losing us money in Japan right now? -> clarify: I
  understood: store JP. I did not understand what you want to know about it. Did you mean: units
  sold / revenue / stock / price / unit cost / margin / HS code / | want ['NB-AP-003', '137 JPY']
- [freshO honest] Which of our listings on Amazon US haven't gone live yet? I want to know what's
  stuck. -> clarify: I understood: store US. Your question has 'n't' in it, which my answer would
  not honour (a negation: I answer what did happen (what sold, what is listed, what l | want
  ['NB-TY-001', 'NB-TY-002', 'NB-TY-003']
- [freshO wrong] FBA-US position on NB-AP-002: on hand / avail / inbound? -> stock: Stock of
  NB-AP-002 in US: 75 units inbound. | want ['6 on hand', '6 available', '75 inbound']
- [freshO honest] WOS on NB-AP-003 at FBA UK? days of cover works too -> clarify: I understood: SKU
  NB-AP-003, store UK. I don't know 'WOS' in your data: I read only your own products, stores and
  shipments (never another seller's). Which of y | want ['32.2']
- [freshO wrong] NB-BT-001 units L7 DE -> units_sold: NB-BT-001 sold 18 units in DE over the last 30
  days (2026-11-08 to 2026-12-07), in 17 orders, revenue 413.82 EUR (≈ 3075.76 CNY). | want ['1
  unit']
- [freshO honest] ASIN-less / not-yet-live SKUs on the UK acct? -> clarify: I understood: store UK.
  Your question has 'not' in it, which my answer would not honour (a negation: I answer what did
  happen (what sold, what is listed, what l | want ['NB-TY-001', 'NB-TY-002', 'NB-TY-003']
- [freshO honest] where is NB-AP-005 at zero avail, which stores need replen? -> clarify: I
  understood: SKU NB-AP-005. I did not understand what you want to know about it. Did you mean:
  units sold / revenue / stock / price / unit cost / margin / HS c | want ['NB-AP-005', 'DE', 'JP',
  'US']
- [freshO honest] anything held at customs rn? -> unknown: I can't answer that. I can answer
  questions about your own business: units sold, revenue and orders (by SKU, product name, store and
  period, or ranked), stock,  | want ['SHP-2610-US-OC']
- [freshO honest] sell-through L30 on the immersion blender, DE vs UK, in units -> unknown: I
  understood: stores DE, UK. I can't give sell-through rate yet (your data here does not hold them),
  so I have not answered. I can answer: units sold, revenue,  | want ['37 units', '21 units']
- [freshO wrong] How many orders did Japan take from November 10 through today? -> orders: You had 1
  order in JP over today (2026-12-07), 1 unit, revenue 3280 JPY (≈ 138.77 CNY). | want ['72 orders']
- [freshO wrong] 那个奶泡器得国站还有多少货 -> stock: NB-AP-004在所有店铺库存: 在库 250 件，预留 1
  件，可售 249 件，在途 158 件。 | want ['在库 0 件', '可售 0 件', '在途 30 件']
- [freshO honest] 隔壁老王家的店这个月卖了多少 -> clarify: 我理解的是: 本月(2026-12-01 至
  2026-12-07)。你的产品目录里没有叫「隔壁老王家」的产品。你指的是哪个产品？请给出SKU或产品名称。 |
  want []
- [freshO honest] 麻烦查一下德国站11月份的销售额 -> clarify: 我理解的是: 店铺 DE,
  2026年11月。你的产品目录里没有叫「麻烦」的产品。你指的是哪个产品？请给出SKU或产品名称。 | want
  ['4161.19 EUR']

Demo 2027-11-24:

- [freshO wrong] Could you pull our total revenue on the US storefront for this month so far? Just
  the top-line number is fine. -> revenue: Highest-revenue product in US over this month (2027-11-01
  to 2027-11-24): NB-AP-001 (1449.42 USD (≈ 9642.82 CNY)). Next: NB-BT-001 874.65 USD (≈ 5818.94
  CNY); N | want ['4798.08 USD']
- [freshO wrong] Across all of our marketplaces, which one moved the most units in the past 90 days?
  -> units_sold: Best-selling product in all stores over the last 90 days (2027-08-27 to
  2027-11-24): NB-AP-002 (412 units). Next: NB-BT-001 400 units; NB-AP-001 362 units. | want ['US
  (764 units)']
- [freshO wrong] Is the bath mat actually live on amazon.de, or is it still pending? ->
  open_proposals: No proposal waits for a decision on NB-BT-001. | want ['DE approved']
- [freshO honest] Honestly, is anything losing us money in Japan right now? -> clarify: I
  understood: store JP. I did not understand what you want to know about it. Did you mean: units
  sold / revenue / stock / price / unit cost / margin / HS code / | want ['NB-AP-003', '137 JPY']
- [freshO honest] Which of our listings on Amazon US haven't gone live yet? I want to know what's
  stuck. -> clarify: I understood: store US. Your question has 'n't' in it, which my answer would
  not honour (a negation: I answer what did happen (what sold, what is listed, what l | want
  ['NB-TY-001', 'NB-TY-002', 'NB-TY-003']
- [freshO wrong] FBA-US position on NB-AP-002: on hand / avail / inbound? -> stock: Stock of
  NB-AP-002 in US: 138 units inbound. | want ['0 on hand', '0 available', '138 inbound']
- [freshO honest] WOS on NB-AP-003 at FBA UK? days of cover works too -> clarify: I understood: SKU
  NB-AP-003, store UK. I don't know 'WOS' in your data: I read only your own products, stores and
  shipments (never another seller's). Which of y | want ['75.0']
- [freshO wrong] NB-BT-001 units L7 DE -> units_sold: NB-BT-001 sold 44 units in DE over the last 30
  days (2027-10-26 to 2027-11-24), in 35 orders, revenue 1011.56 EUR (≈ 7518.52 CNY). | want ['14
  units']
- [freshO honest] ASIN-less / not-yet-live SKUs on the UK acct? -> clarify: I understood: store UK.
  Your question has 'not' in it, which my answer would not honour (a negation: I answer what did
  happen (what sold, what is listed, what l | want ['NB-TY-001', 'NB-TY-002', 'NB-TY-003']
- [freshO honest] where is NB-AP-005 at zero avail, which stores need replen? -> clarify: I
  understood: SKU NB-AP-005. I did not understand what you want to know about it. Did you mean:
  units sold / revenue / stock / price / unit cost / margin / HS c | want ['NB-AP-005', 'JP', 'UK']
- [freshO honest] anything held at customs rn? -> unknown: I can't answer that. I can answer
  questions about your own business: units sold, revenue and orders (by SKU, product name, store and
  period, or ranked), stock,  | want ['SHP-2610-US-OC']
- [freshO honest] sell-through L30 on the immersion blender, DE vs UK, in units -> unknown: I
  understood: stores DE, UK. I can't give sell-through rate yet (your data here does not hold them),
  so I have not answered. I can answer: units sold, revenue,  | want ['35 units', '26 units']
- [freshO wrong] How many orders did Japan take from November 10 through today? -> orders: You had 1
  order in JP over today (2027-11-24), 1 unit, revenue 3280 JPY (≈ 138.77 CNY). | want ['45 orders']
- [freshO wrong] 那个奶泡器得国站还有多少货 -> stock: NB-AP-004在所有店铺库存: 在库 240 件，预留 0
  件，可售 240 件，在途 185 件。 | want ['在库 0 件', '可售 0 件', '在途 32 件']
- [freshO honest] 隔壁老王家的店这个月卖了多少 -> clarify: 我理解的是: 本月(2027-11-01 至
  2027-11-24)。你的产品目录里没有叫「隔壁老王家」的产品。你指的是哪个产品？请给出SKU或产品名称。 |
  want []
- [freshO honest] 麻烦查一下德国站11月份的销售额 -> clarify: 我理解的是: 店铺 DE,
  2027年11月。你的产品目录里没有叫「麻烦」的产品。你指的是哪个产品？请给出SKU或产品名称。 | want
  ['3287.57 EUR']

After tuning on first sight (the block is dev data since; ADR 0161, branch s10-assistant-fix),
offline on both demo dates (2026-12-07 and 2027-11-24): 78 pass, 2 honest, 0 wrong (97.5% pass,
0.0% wrong); the two honest: the sell-through question (a rate the data does not hold, asked
back) and 得国站 (asked back: which store it means).
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
