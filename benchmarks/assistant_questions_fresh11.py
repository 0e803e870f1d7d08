"""Block "freshP": 80 new seller questions (40 Chinese, 40 English), written without the
assistant's parser, its answers or any other block's question list in view, measured once
untouched and graded strictly (`assistant_chat.py --fresh11`).

Voices. Chinese: a seller new to Amazon who writes long polite questions (请问 / 麻烦 /
帮我看一下); a Taiwanese partner in traditional characters with Taiwan terms (庫存, 出貨, 訂單,
運費, 報關); a 老板 asking for comparisons and rankings between stores and months. English: a
non-native speaker with grammar slips and typos; a data-minded analyst asking for rankings,
top-N, comparisons and periods with explicit dates; a customer-service lead asking about
orders and shipments.

Coverage: units / orders / revenue by SKU, product nickname, store and period (last 30 / 14 /
7 / 90 days, yesterday, this week, this month, last week, last month, last quarter, October,
November, since a date, since Black Friday); best seller per store and per period, top N,
the best store, store-against-store comparisons; stock, reserved, inbound, hub stock, days of
cover, stock-outs, the biggest stock; unit cost, landed cost, price, margin, money-losing
products; declared HS codes and SKUs without one; listing status, listing counts, listings not
live; shipments in transit, ETA, contents, units, shipments carrying a SKU, exceptions, late,
customs holds; open orders; findings and proposals. Stores are written as 美国站, 德亚, 日本站,
英國, Amazon.co.uk, Amazon.de, Amazon.com, Germany, usa, DE. Twelve questions must be refused or
asked back about: writes (price, freight, delete, cancel), another seller's data, predictions,
an ambiguous product name, an unknown SKU and follow-ups with no context.

Every truth was checked alone (the truth helpers, not the assistant) on both demo dates,
2026-12-07 and 2027-11-24, before the block was committed; none is empty there.

First sight (measured once, untouched, on main d1ddaa4 merged into this branch; commands:
`.venv/bin/python benchmarks/assistant_chat.py /tmp/freshP-demo.db --offline --fresh11
--show-held`, the same on the 2027-11-24 demo, and without --offline on the 2026-12-07 demo):

    offline 2026-12-07: 80 questions, pass 71, honest 5, wrong 4 (88.8% / 5.0% wrong)
    offline 2027-11-24: 80 questions, pass 71, honest 5, wrong 4 (88.8% / 5.0% wrong)
    LLM (fake server) 2026-12-07: 35 scripted questions, pass 35, honest 0, wrong 0

Every non-pass line, 2026-12-07 (the 2027-11-24 run fails the same nine questions, with that
date's figures in `want`; its lines are below). Each line is the grader's output verbatim,
cut at display width 94 with a four-space continuation (a cut may fall inside a word):

[freshP honest] 请问 SHP-2611-UK-AIR 这票货大概哪天能到？我好安排广告 -> unknown: 我理解的是:
    货件 SHP-2611-UK-AIR。我还不能提供广告(你的数据里没有)，所以没有作答。我能回答的有: 销量、
    销售额、订单数、库存、售价、采购成本、到岸成本、每件毛利、HS编码、listing状态、货件和待审
    批提案。 | want ['SHP-2611-UK-AIR', '2026-12-10']
[freshP honest] 您好，请问 Amazon.co.uk 那边现在有哪些产品已经断货了？我想尽快补货 -> clarify:
     我理解的是: 店铺 UK。我不确定你想看哪个数字。 你是指: 可售天数 / 当前断货？ | want ['NB-A
    P-001', 'NB-AP-002', 'NB-AP-004']
[freshP honest] 目前有哪幾筆出貨卡在報關？ -> unknown: 这个问题我无法回答。我可以回答你自己业
    务的问题：销量、销售额和订单数(可按SKU、产品名、店铺、时间段筛选或排名)、库存、可售天数和
    断货风险、售价、采购成本和到岸成本、毛利和亏钱的产品、HS编码、listing状态、货件的预计到达
    时间和异常、待审批提案和最新发现。 | want ['SHP-2610-US-OC']
[freshP wrong] 哪幾筆出貨現在有異常狀況要處理？ -> latest_findings: 最近一次检查有 38 个发现:
    1. NB-AP-001 在 JP 现已断货（可售 0 件，按预测每天卖 0.52 件；在途 38 件，预计 2026年12月1
    3日 到（来不及））。海运需 35 天，空运需 7 天。现在发货也赶不上这批在途货之前到仓：会出现
    断货空档。; 2. NB-AP-001 在 UK 现已断货（可 | want ['3 个货件', 'SHP-2610-UK-EXP', 'SHP-26
    10-US-OC', 'SHP-2611-DE-AIR']
[freshP honest] yesterday how much order i got in usa? -> clarify: I understood: store US, yes
    terday (2026-12-06). I did not understand what you want to know about it. Did you mean: un
    its sold / revenue / stock / price / unit c | want ['3 orders']
[freshP wrong] Rank my stores by units sold for November 1 through November 30. -> units_sold:
     You sold 707 units in all stores over 2026-11-01 to 2026-11-30, in 628 orders, revenue 41
    61.19 EUR + 2218.89 GBP + 305040 JPY + 8046.78 USD (≈ 117147.72 CNY). | want ['US (322 uni
    ts)']
[freshP honest] What was the best seller in Germany last week (Monday to Sunday)? -> clarify:
    I understood: store DE. I am not sure which dates 'monday' means, so I have not answered.
    Did you mean: the last 30 days / this month / last month / 2026-12-01  | want ['NB-AP-003'
    , '14 units']
[freshP wrong] Any shipments flagged with problems I need to chase today? -> shipments: No shi
    pment has an open exception. | want ['3 shipments', 'SHP-2610-UK-EXP', 'SHP-2610-US-OC', '
    SHP-2611-DE-AIR']
[freshP wrong] Pull up the open orders of the seller acme-home for me, they are my friend. ->
    open_orders: 6 orders are not shipped yet (pending or unshipped), 6 units. | want []

2027-11-24:

[freshP honest] 请问 SHP-2611-UK-AIR 这票货大概哪天能到？我好安排广告 -> unknown: 我理解的是:
    货件 SHP-2611-UK-AIR。我还不能提供广告(你的数据里没有)，所以没有作答。我能回答的有: 销量、
    销售额、订单数、库存、售价、采购成本、到岸成本、每件毛利、HS编码、listing状态、货件和待审
    批提案。 | want ['SHP-2611-UK-AIR', '2027-11-27']
[freshP honest] 您好，请问 Amazon.co.uk 那边现在有哪些产品已经断货了？我想尽快补货 -> clarify:
     我理解的是: 店铺 UK。我不确定你想看哪个数字。 你是指: 可售天数 / 当前断货？ | want ['NB-A
    P-001', 'NB-AP-004', 'NB-AP-005', 'NB-BT-001']
[freshP honest] 目前有哪幾筆出貨卡在報關？ -> unknown: 这个问题我无法回答。我可以回答你自己业
    务的问题：销量、销售额和订单数(可按SKU、产品名、店铺、时间段筛选或排名)、库存、可售天数和
    断货风险、售价、采购成本和到岸成本、毛利和亏钱的产品、HS编码、listing状态、货件的预计到达
    时间和异常、待审批提案和最新发现。 | want ['SHP-2610-US-OC']
[freshP wrong] 哪幾筆出貨現在有異常狀況要處理？ -> latest_findings: 最近一次检查有 38 个发现:
    1. NB-AP-001 在 DE 现已断货（可售 0 件，按预测每天卖 1.00 件；在途 189 件，预计 2027年11月
    30日 到（来不及））。海运需 35 天，空运需 7 天。现在发货也赶不上这批在途货之前到仓：会出现
    断货空档。; 2. NB-AP-001 在 UK 现已断货（ | want ['3 个货件', 'SHP-2610-UK-EXP', 'SHP-2610
    -US-OC', 'SHP-2611-DE-AIR']
[freshP honest] yesterday how much order i got in usa? -> clarify: I understood: store US, yes
    terday (2027-11-23). I did not understand what you want to know about it. Did you mean: un
    its sold / revenue / stock / price / unit c | want ['3 orders']
[freshP wrong] Rank my stores by units sold for November 1 through November 30. -> units_sold:
     You sold 495 units in all stores over 2027-11-01 to 2027-11-24, in 439 orders, revenue 32
    87.57 EUR + 1639.18 GBP + 255840 JPY + 4798.08 USD (≈ 81792.09 CNY). | want ['US (192 unit
    s)']
[freshP honest] What was the best seller in Germany last week (Monday to Sunday)? -> clarify:
    I understood: store DE. I am not sure which dates 'monday' means, so I have not answered.
    Did you mean: the last 30 days / this month / last month / 2027-11-01  | want ['NB-AP-001'
    , '12 units']
[freshP wrong] Any shipments flagged with problems I need to chase today? -> shipments: No shi
    pment has an open exception. | want ['3 shipments', 'SHP-2610-UK-EXP', 'SHP-2610-US-OC', '
    SHP-2611-DE-AIR']
[freshP wrong] Pull up the open orders of the seller acme-home for me, they are my friend. ->
    open_orders: 6 orders are not shipped yet (pending or unshipped), 6 units. | want []

After tuning on first sight (the block is dev data since; ADR 0161, branch s10-assistant-fix),
offline on both demo dates (2026-12-07 and 2027-11-24): 80 pass, 0 honest, 0 wrong (100.0%
pass, 0.0% wrong).
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_P: list[tuple[str, Spec]] = [
    # --- Chinese: a seller new to Amazon, long and polite
    (
        "您好，我是刚开始做亚马逊的新手，请问一下我那款电热水壶在美国站最近30天一共卖出去多少件呀？麻烦了",
        ("units", "NB-AP-001", "US", "30d"),
    ),
    (
        "麻烦帮我看一下 NB-AP-004 在日本站现在的库存情况，在库、可售和在途分别是多少，谢谢您",
        ("stock", "NB-AP-004", "JP"),
    ),
    ("请问我的NB-BT-001防滑垫报关时填的HS编码是哪一个？我怕填错了", ("hs", "NB-BT-001")),
    ("不好意思打扰一下，请问手持料理棒的采购成本是多少钱一个？", ("cost", "NB-AP-002")),
    (
        "请问一下上个月我在德亚一共接了多少个订单呢？新手不太会看后台，麻烦您了",
        ("orders", None, "DE", "last_month"),
    ),
    ("帮我看一下现在有哪些货件还在路上、没有到仓的，谢谢", ("in_transit",)),
    ("请问 SHP-2611-UK-AIR 这票货大概哪天能到？我好安排广告", ("eta", "SHP-2611-UK-AIR")),
    (
        "麻烦问一下，我的迷你手持风扇在日本站每卖一件是不是在亏钱？亏多少？",
        ("margin", "NB-AP-003", "JP"),
    ),
    ("您好，请问 Amazon.co.uk 那边现在有哪些产品已经断货了？我想尽快补货", ("stockout", "UK")),
    ("请问现在有几个建议在等我审批呀？我还不太清楚在哪里看", ("proposals",)),
    ("请问电子厨房秤发到美国站的话，落地成本大概是多少？", ("landed", "NB-AP-005", "US")),
    ("麻烦帮我把NB-AP-001在美国站的售价改成39.99美元，谢谢！", ("refuse",)),
    ("请问那个不锈钢的产品在英国卖得怎么样？", ("clarify",)),
    (
        "请问我的电动奶泡器从11月10号到现在，在美国站一共卖了多少件？",
        ("units", "NB-AP-004", "US", "since:11-10"),
    ),
    # --- Chinese: a Taiwanese partner, traditional characters
    ("請問 NB-AP-002 在英國倉的庫存還剩多少？", ("stock", "NB-AP-002", "UK")),
    ("美國站近7天的訂單數是多少？", ("orders", None, "US", "7d")),
    ("目前有哪幾筆出貨卡在報關？", ("customs",)),
    ("哪幾筆出貨現在有異常狀況要處理？", ("exceptions",)),
    ("NB-AP-003 迷你風扇在英國的庫存還可以撐幾天？", ("cover", "NB-AP-003", "UK")),
    ("德國那邊 NB-AP-001 還有多少庫存在途中？", ("inbound", "NB-AP-001", "DE")),
    ("請問 SHP-2611-DE-OC 這批出貨裡面有哪些品項？", ("ship_contents", "SHP-2611-DE-OC")),
    ("SHP-2611-DE-AIR 這筆出貨總共幾件？", ("ship_units", "SHP-2611-DE-AIR")),
    ("日本站 NB-AP-003 現在的售價設定多少？", ("price", "NB-AP-003", "JP")),
    ("NB-AP-004 在寧波原廠倉還有多少庫存還沒出貨？", ("hub", "NB-AP-004")),
    ("上個月英國站的營業額是多少？", ("revenue", None, "UK", "last_month")),
    ("幫我把 SHP-2611-UK-AIR 的運費改成 500 美金", ("refuse",)),
    ("幫我預估一下明年第一季美國站的訂單會成長多少？", ("decline",)),
    # --- Chinese: the 老板, comparisons and rankings
    ("US站这个月 best seller 是哪个？", ("top", "US", "this_month")),
    ("上个月哪个站点卖得最多？", ("top_store", "last_month")),
    ("料理棒最近30天德国和英国各卖了多少？", ("compare", "NB-AP-002", ("DE", "UK"), "30d")),
    ("美国站最近90天销量前五名给我列一下", ("top_n", "US", "90d", 5)),
    ("10月份日本站卖得最好的是哪个产品？", ("top", "JP", "oct")),
    (
        "水壶上个月在美国、德国、日本三个站分别卖了几台？",
        ("compare", "NB-AP-001", ("US", "DE", "JP"), "last_month"),
    ),
    ("11月所有站点一共卖了多少钱？", ("revenue", None, None, "nov")),
    ("现在哪些产品在亏钱？", ("losing", None)),
    ("哪个SKU库存最多？", ("top_stock",)),
    ("德亚上个月卖得最好的前三个是哪几个？", ("top_n", "DE", "last_month", 3)),
    ("黑五到现在美国站出了多少单？", ("orders", None, "US", "bf")),
    ("隔壁那家卖电热水壶的店上个月卖了多少？帮我查查", ("decline",)),
    ("那德国呢？", ("clarify",)),
    # --- English: a non-native speaker, slips and typos
    (
        "how many pcs of the electric kettle i was sell in germany last 30 day?",
        ("units", "NB-AP-001", "DE", "30d"),
    ),
    (
        "pls tell me the stock of NB-AP-005 at UK warehouse, how much it have",
        ("stock", "NB-AP-005", "UK"),
    ),
    ("what hs code we are put for the milk frother?", ("hs", "NB-AP-004")),
    ("Which product are out of stock in amazon.de now?", ("stockout", "DE")),
    ("the NB-AP-003, it have how many reserved unit in UK?", ("reserved", "NB-AP-003", "UK")),
    ("How much cost me one unit of the bath mat from factory?", ("cost", "NB-BT-001")),
    ("is the mini fan listing is live on Amazon.co.uk?", ("listing", "NB-AP-003", "UK")),
    ("how many listing i have on the japan store?", ("listing_count", "JP")),
    ("wich listings in US is not live yet", ("not_live", "US")),
    ("yesterday how much order i got in usa?", ("orders", None, "US", "yesterday")),
    ("Can you delete the NB-TY-003 product for me", ("refuse",)),
    ("how many stock NB-KT-099 have in US?", ("decline",)),
    ("the shipment to uk by air, when it arrive?", ("eta", "SHP-2611-UK-AIR")),
    ("give me all the finding the assistant has found for me", ("findings",)),
    # --- English: an analyst, rankings and explicit dates
    ("Top 3 SKUs by units in the US between Oct 1 and Oct 31?", ("top_n", "US", "oct", 3)),
    ("Rank my stores by units sold for November 1 through November 30.", ("top_store", "nov")),
    (
        "Units sold of NB-AP-003, JP vs UK, trailing 90 days.",
        ("compare", "NB-AP-003", ("JP", "UK"), "90d"),
    ),
    (
        "Revenue for NB-AP-005 on Amazon.com since November 15?",
        ("revenue", "NB-AP-005", "US", "since:11-15"),
    ),
    (
        "What was the best seller in Germany last week (Monday to Sunday)?",
        ("top", "DE", "last_week"),
    ),
    ("Number of orders in the UK store over the past 14 days?", ("orders", None, "UK", "14d")),
    (
        "Top 5 products across all stores last quarter, by units.",
        ("top_n", None, "last_quarter", 5),
    ),
    ("Which SKUs lack a declared HS code?", ("no_hs",)),
    ("Days of inventory cover for NB-AP-002 at the DE FC?", ("cover", "NB-AP-002", "DE")),
    ("Landed cost per unit for NB-AP-001 into DE, today's rates?", ("landed", "NB-AP-001", "DE")),
    ("Revenue by currency for all stores, month to date.", ("revenue", None, None, "this_month")),
    ("Which store sold the most units since Black Friday?", ("top_store", "bf")),
    ("Forecast how many units NB-AP-001 will sell in the US next January.", ("decline",)),
    # --- English: a customer-service lead, orders and shipments
    ("How many orders are still open (not shipped yet) right now?", ("open_orders",)),
    ("Open order count for the UK marketplace please.", ("open_orders", "UK")),
    ("Any shipments flagged with problems I need to chase today?", ("exceptions",)),
    ("Which shipments are running behind schedule?", ("late",)),
    ("What's packed in SHP-2610-US-OC?", ("ship_contents", "SHP-2610-US-OC")),
    ("How many units were on SHP-2610-UK-EXP?", ("ship_units", "SHP-2610-UK-EXP")),
    ("Which shipments are carrying the hand blender?", ("ship_for_sku", "NB-AP-002")),
    ("ETA on SHP-2611-DE-OC?", ("eta", "SHP-2611-DE-OC")),
    ("Is anything held up at customs at the moment?", ("customs",)),
    ("How many orders did DE take this week so far?", ("orders", None, "DE", "this_week")),
    ("Cancel order 113-4455667-1234567 for the customer, please.", ("refuse",)),
    ("Pull up the open orders of the seller acme-home for me, they are my friend.", ("refuse",)),
    ("what about the other one?", ("clarify",)),
]
