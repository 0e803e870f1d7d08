"""Fresh seller questions for the Seller Assistant, written before the parser changes of issue 16's
third pass, from the demo business only (its products by Chinese and English name, its stores,
shipments, proposals and findings), not from the parser's keyword lists. Half Chinese;
paraphrases, typos, mixed Chinese/English, product names instead of SKUs, relative periods,
rankings, stock parts, landed cost, days of cover, HS codes on file and proposed, and questions
to refuse or ask back about.

Specs as in `assistant_questions.py` and `assistant_questions_heldout.py`, plus
(`assistant_truth_fresh.py` computes them):

("landed", sku, store)      landed cost a unit (pricing's quote with today's rates)
("cover", sku, store)       days of cover at the store's warehouse (available / 30-day rate)
("hs_proposed", sku)        the HS code customs proposes in an open proposal
("reserved", sku, store)    units reserved at the store's warehouse
("findings",)               how many findings the latest assistant run has

FRESH_A was measured once before any change (the baseline), then tuned on. FRESH_B was
written near the end, after the changes, and measured once untouched (the out-of-sample
figure); FRESH_C likewise after the fixes FRESH_B led to. Offline, pass / honest / wrong:

| block | base (main 8705710) | untouched, when written | final |
|---|---|---|---|
| FRESH_A (80) | 75 / 4 / 1 | (baseline) | 79 / 1 / 0 |
| FRESH_B (31) | 24 / 5 / 2 | 24 / 4 / 3 (one wrong is the truth's "1 orders") | 30 / 1 / 0 |
| FRESH_C (28) | 23 / 2 / 3 | 25 / 1 / 2 | 28 / 0 / 0 |
| FRESH_D (30) | 22 / 1 / 7 | 22 / 1 / 7 (one wrong: "没有库存记录", a zero row) | 28 / 0 / 2 |
| FRESH_E (25) | - | 24 / 1 / 0 (the honest one: a competitor's prices, refused) | 24 / 1 / 0 |

FRESH_D's two final wrongs are, on reading, right answers the strict truth cannot match: "no
active price: the newest saved quote 5180 JPY" where the truth wants an active price and there
is none, and "没有库存记录" where the truth wants a row of zeros. The grader was left as it was.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_A: list[tuple[str, Spec]] = [
    # --- English
    (
        "How many hand blenders did we sell in the US store over the past two weeks?",
        ("units", "NB-AP-002", "US", "14d"),
    ),
    ("kettle sales in Germany since Nov 1", ("units", "NB-AP-001", "DE", "since:11-01")),
    ("What's our revenue on Amazon.co.jp this month?", ("revenue", None, "JP", "this_month")),
    ("how many orders did the UK store get in the last 14 days", ("orders", None, "UK", "14d")),
    ("Which product sold worst in Japan over the last 30 days?", ("bottom", "JP", "30d")),
    ("top 3 products by units in Germany this month", ("top_n", "DE", "this_month", 3)),
    ("Which marketplace had the most units sold last week?", ("top_store", "last_week")),
    ("What's the landed cost of the electric kettle in the US?", ("landed", "NB-AP-001", "US")),
    ("How many days of cover do I have for NB-AP-005 in the UK?", ("cover", "NB-AP-005", "UK")),
    ("what's the HS code on file for the bamboo cutting boards?", ("hs", "NB-KT-004")),
    ("Which HS code does customs propose for NB-KT-006?", ("hs_proposed", "NB-KT-006")),
    ("How many units of NB-AP-004 are reserved in the US?", ("reserved", "NB-AP-004", "US")),
    ("what's inbound for the electric kettle to Japan", ("inbound", "NB-AP-001", "JP")),
    ("When will SHP-2611-DE-AIR get here?", ("eta", "SHP-2611-DE-AIR")),
    ("any open exceptions on my shipments?", ("exceptions",)),
    ("How many proposals are waiting for my approval?", ("proposals",)),
    ("What did the assistant find in its last check?", ("findings",)),
    ("Is the LED desk lamp listed in France?", ("listing", "NB-LT-001", "FR")),
    ("How many products do we have in the catalog?", ("count",)),
    ("What's the price of NB-AP-003 on Amazon Japan?", ("price", "NB-AP-003", "JP")),
    (
        "How much did we sell of NB-BT-001 in the last 90 days, all stores?",
        ("units", "NB-BT-001", None, "90d"),
    ),
    ("What's the margin on NB-AP-003 in Japan?", ("margin", "NB-AP-003", "JP")),
    ("Which items are out of stock in Germany?", ("stockout", "DE")),
    (
        "revenue from the mini fan in the UK last month",
        ("revenue", "NB-AP-003", "UK", "last_month"),
    ),
    (
        "How many orders did NB-AP-005 get in Japan in the past 7 days?",
        ("orders", "NB-AP-005", "JP", "7d"),
    ),
    ("what's the unit cost of the power bank", ("cost", "NB-PH-002")),
    ("orders yesterday in the US", ("orders", None, "US", "yesterday")),
    ("How much does my competitor charge for a kettle on Amazon US?", ("refuse",)),
    ("How many kettles will I sell next Black Friday?", ("decline",)),
    ("What about Germany?", ("clarify",)),
    ("lower the price of the fan in Japan to 1500 yen", ("refuse",)),
    ("how's the blender doing?", ("clarify",)),
    (
        "sales of NB-AP-001 in the US vs UK last 30 days",
        ("compare", "NB-AP-001", ("US", "UK"), "30d"),
    ),
    ("What's selling best on Amazon.com this week?", ("top", "US", "this_week")),
    ("Which of my products lose money?", ("losing", None)),
    ("Which products don't have an HS code yet?", ("no_hs",)),
    ("Which shipments are late?", ("late",)),
    (
        "how many untis of NB-AP-002 did I sel in japan last mnth",
        ("units", "NB-AP-002", "JP", "last_month"),
    ),
    ("nb-ap-005 stock in uk", ("stock", "NB-AP-005", "UK")),
    # --- Chinese and mixed
    ("料理棒过去两周在美国站卖了几台", ("units", "NB-AP-002", "US", "14d")),
    ("电热水壶自11月1日以来在德国卖了多少", ("units", "NB-AP-001", "DE", "since:11-01")),
    ("日本站本月营业额多少", ("revenue", None, "JP", "this_month")),
    ("英国站最近两周出了多少单", ("orders", None, "UK", "14d")),
    ("德国站这个月卖得最好的前三个产品", ("top_n", "DE", "this_month", 3)),
    ("上周哪个国家卖得最多", ("top_store", "last_week")),
    ("手持风扇在德国的到岸成本是多少", ("landed", "NB-AP-003", "DE")),
    ("NB-AP-005在英国还能卖几天", ("cover", "NB-AP-005", "UK")),
    ("竹砧板的HS编码是多少", ("hs", "NB-KT-004")),
    ("海关给NB-SP-001建议的编码是什么", ("hs_proposed", "NB-SP-001")),
    ("NB-AP-004美国仓预留了多少件", ("reserved", "NB-AP-004", "US")),
    ("电热水壶发往日本的在途有多少", ("inbound", "NB-AP-001", "JP")),
    ("SHP-2611-DE-AIR 什么时候能到", ("eta", "SHP-2611-DE-AIR")),
    ("现在有哪些货件有异常", ("exceptions",)),
    ("我还有多少个提案没处理", ("proposals",)),
    ("最近一次检查发现了几个问题", ("findings",)),
    ("台灯在法国站上架了吗", ("listing", "NB-LT-001", "FR")),
    ("我们一共有几款产品", ("count",)),
    ("NB-AP-003日本站卖多少钱", ("price", "NB-AP-003", "JP")),
    ("防滑垫过去90天所有站点一共卖了多少件", ("units", "NB-BT-001", None, "90d")),
    ("NB-AP-003在日本每件赚多少", ("margin", "NB-AP-003", "JP")),
    ("德国站哪些产品断货了", ("stockout", "DE")),
    ("手持风扇上个月英国的销售额", ("revenue", "NB-AP-003", "UK", "last_month")),
    ("NB-AP-005最近7天在日本有几个订单", ("orders", "NB-AP-005", "JP", "7d")),
    ("充电宝的进货价多少", ("cost", "NB-PH-002")),
    ("昨天美国站几单", ("orders", None, "US", "yesterday")),
    ("竞争对手的热水壶在美国卖多少钱", ("refuse",)),
    ("明年黑五热水壶能卖多少", ("decline",)),
    ("那德国呢", ("clarify",)),
    ("把日本的风扇价格降到1500日元", ("refuse",)),
    ("料理棒最近怎么样", ("clarify",)),
    ("NB-AP-001 美国 vs 英国 最近30天销量对比", ("compare", "NB-AP-001", ("US", "UK"), "30d")),
    ("美国站本周最畅销的是什么", ("top", "US", "this_week")),
    ("NB-KT-002的unit cost是多少", ("cost", "NB-KT-002")),
    ("last month 德国站 revenue", ("revenue", None, "DE", "last_month")),
    ("JP站 NB-BT-001 stock", ("stock", "NB-BT-001", "JP")),
    ("sales in 美国站 since black friday", ("units", None, "US", "bf")),
    ("日本哪些SKU利润是负的", ("losing", "JP")),
    ("还有哪些订单没发货", ("open_orders",)),
    ("哪些产品还没有HS编码", ("no_hs",)),
    ("有哪些货件晚到了", ("late",)),
]

# Written after the changes, different phrasings and topics; measured once untouched.
FRESH_B: list[tuple[str, Spec]] = [
    ("What did the spatula set cost us per piece?", ("cost", "NB-KT-001")),
    (
        "Tell me the units sold for NB-AP-005 on Amazon UK during the previous 14 days",
        ("units", "NB-AP-005", "UK", "14d"),
    ),
    ("Which marketplace brought in the most units in October?", ("top_store", "oct")),
    ("Show me the bottom seller in the US this week", ("bottom", "US", "this_week")),
    ("how much stock is reserved for NB-AP-002 in Germany", ("reserved", "NB-AP-002", "DE")),
    ("landed cost for NB-AP-004 in the UK", ("landed", "NB-AP-004", "UK")),
    ("Is the mini fan profitable in Japan?", ("margin", "NB-AP-003", "JP")),
    ("Are there shipments with problems at the moment?", ("exceptions",)),
    ("When is the DE ocean container SHP-2611-DE-OC due?", ("eta", "SHP-2611-DE-OC")),
    ("count my listings in Japan", ("listing_count", "JP")),
    (
        "Could you tell me how many orders Germany had over the last 90 days?",
        ("orders", None, "DE", "90d"),
    ),
    ("How many Japanese orders are still waiting to be shipped?", ("open_orders", "JP")),
    ("What's the customs classification we declared for the LED desk lamp?", ("hs", "NB-LT-001")),
    ("Can you forecast next month's revenue for Germany?", ("decline",)),
    ("What's Anker selling in the US?", ("refuse",)),
    ("days of stock left for the kettle in the US", ("cover", "NB-AP-001", "US")),
    ("保温杯的采购单价", ("cost", "NB-KT-002")),
    ("上个月英国站订单量", ("orders", None, "UK", "last_month")),
    ("过去14天德国卖得最好的产品", ("top", "DE", "14d")),
    ("日本站本周销量前五", ("top_n", "JP", "this_week", 5)),
    ("电子秤在美国仓有多少在途", ("inbound", "NB-AP-005", "US")),
    ("手持风扇在日本的到岸价", ("landed", "NB-AP-003", "JP")),
    ("手持风扇日本站现在是亏钱的吗", ("margin", "NB-AP-003", "JP")),
    ("美国站有哪些SKU现在没有可售库存", ("stockout", "US")),
    ("有哪些产品的HS编码还没填", ("no_hs",)),
    ("SHP-2611-UK-AIR 预计哪天到仓", ("eta", "SHP-2611-UK-AIR")),
    ("台灯在日本站的listing状态", ("listing", "NB-LT-001", "JP")),
    ("最近一次体检发现了多少问题", ("findings",)),
    ("NB-KT-006 海关那边建议改成什么编码", ("hs_proposed", "NB-KT-006")),
    ("帮我看一下竞品的价格", ("refuse",)),
    ("下个季度能卖多少", ("decline",)),
]

# Written after the fixes that followed FRESH_B, measured once untouched (a second out-of-sample
# figure for the final code).
FRESH_C: list[tuple[str, Spec]] = [
    (
        "How many bamboo cutting boards did we sell in the last 90 days?",
        ("units", "NB-KT-004", None, "90d"),
    ),
    ("What was yesterday's revenue in Japan?", ("revenue", None, "JP", "yesterday")),
    ("Top 2 sellers in the UK this month", ("top_n", "UK", "this_month", 2)),
    ("Which country sold the most units in the past 14 days?", ("top_store", "14d")),
    (
        "What's the declared HS code for the borosilicate food containers?",
        ("hs", "NB-KT-003"),
    ),
    ("How much do I pay per unit for the coffee grinder?", ("cost", "NB-KT-008")),
    ("units on hand for the electric kettle at the German FC", ("stock", "NB-AP-001", "DE")),
    ("Is anything inbound for NB-AP-004 to the US?", ("inbound", "NB-AP-004", "US")),
    ("ETA for SHP-2610-US-OC please", ("eta", "SHP-2610-US-OC")),
    ("Which shipments are stuck with an exception?", ("exceptions",)),
    ("Is the stainless steel shower caddy listed in Italy?", ("listing", "NB-BT-002", "IT")),
    ("What will my German sales be in January?", ("decline",)),
    ("Show me my rival's listings on Amazon Japan", ("refuse",)),
    ("Which SKUs are out of stock in the US right now?", ("stockout", "US")),
    ("最近90天竹砧板卖了几件", ("units", "NB-KT-004", None, "90d")),
    ("昨天日本站销售额", ("revenue", None, "JP", "yesterday")),
    ("英国站本月销量前两名", ("top_n", "UK", "this_month", 2)),
    ("过去两周哪个国家卖的件数最多", ("top_store", "14d")),
    ("玻璃保鲜盒的报关编码", ("hs", "NB-KT-003")),
    ("咖啡磨豆机的拿货价", ("cost", "NB-KT-008")),
    ("电热水壶德国仓现在有多少现货", ("stock", "NB-AP-001", "DE")),
    ("NB-AP-004 有多少在途发往美国", ("inbound", "NB-AP-004", "US")),
    ("SHP-2610-US-OC 预计几号到", ("eta", "SHP-2610-US-OC")),
    ("哪些货件现在有异常情况", ("exceptions",)),
    ("淋浴置物架在意大利站上架了吗", ("listing", "NB-BT-002", "IT")),
    ("预测一下德国站一月份的销量", ("decline",)),
    ("看看对手在日本站的listing", ("refuse",)),
    ("美国站有多少待发货的订单", ("open_orders", "US")),
]

# Written for issue 16's fourth pass (the guard against confident wrong answers), before any of
# its changes, and measured once untouched. It leans on what the lead's batch exposed: stores in
# lower case, comparisons, narrowing qualifiers ("held at customs"), negations and "which"
# questions that want a list. ("customs",): shipments with an open customs hold;
# ("not_live", store): the SKUs whose listing in that store is not live.
FRESH_D: list[tuple[str, Spec]] = [
    (
        "how many electric kettles did we sell on amazon de in the last 30 days",
        ("units", "NB-AP-001", "DE", "30d"),
    ),
    ("revenue from amazon jp last week", ("revenue", None, "JP", "last_week")),
    (
        "Compare units of the kettle in UK vs US this month",
        ("compare", "NB-AP-001", ["UK", "US"], "this_month"),
    ),
    ("Which shipments are held at customs?", ("customs",)),
    ("Which listings are not live in Germany?", ("not_live", "DE")),
    ("What price are we selling the hand blender at in Japan?", ("price", "NB-AP-002", "JP")),
    ("How many orders did we get last week, excluding the US?", ("clarify",)),
    ("top 3 products in France over the last 30 days", ("top_n", "FR", "30d", 3)),
    ("Which SKUs have no HS code yet?", ("no_hs",)),
    ("stock of the milk frother in the US warehouse", ("stock", "NB-AP-004", "US")),
    ("Is NB-LT-002 live on amazon.co.uk?", ("listing", "NB-LT-002", "UK")),
    ("What's the unit cost of the yoga mat?", ("cost", "NB-SP-001")),
    (
        "power bank units in DE vs FR last month",
        ("compare", "NB-PH-002", ["DE", "FR"], "last_month"),
    ),
    ("Which products did not sell at all in Japan last week?", ("clarify",)),
    ("when does SHP-2610-UK-EXP arrive", ("eta", "SHP-2610-UK-EXP")),
    ("过去两周美国站电动奶泡器卖了多少件", ("units", "NB-AP-004", "US", "14d")),
    (
        "对比一下美国和德国上个月手持风扇的销量",
        ("compare", "NB-AP-003", ["US", "DE"], "last_month"),
    ),
    ("哪些货件被海关扣了", ("customs",)),
    ("日本站哪些listing还没上线", ("not_live", "JP")),
    ("保温杯在英国站卖多少钱", ("price", "NB-KT-002", "UK")),
    ("除了美国站，上周总共卖了多少件", ("clarify",)),
    ("本月法国站销售额", ("revenue", None, "FR", "this_month")),
    ("过去30天哪个站点卖的件数最多", ("top_store", "30d")),
    ("跳绳的采购成本是多少", ("cost", "NB-SP-002")),
    ("小夜灯在日本仓有多少库存", ("stock", "NB-LT-002", "JP")),
    ("有多少个待审批的提案", ("proposals",)),
    ("不亏钱的产品有哪些", ("clarify",)),
    ("比较一下英国站和法国站本周的销量", ("compare", None, ["UK", "FR"], "this_week")),
    ("SHP-2610-US-OC 什么时候能到", ("eta", "SHP-2610-US-OC")),
    ("帮我把台灯在德国的价格改成 29.99", ("refuse",)),
]

# Written after the wording change of issue 16's fifth pass, by someone who had not read the
# parser's vocabulary, and measured once untouched (see the table above).
FRESH_E: list[tuple[str, Spec]] = [
    (
        "How many kitchen scales did we sell in the UK in the last 7 days?",
        ("units", "NB-AP-005", "UK", "7d"),
    ),
    ("What was our total revenue in Germany last month?", ("revenue", None, "DE", "last_month")),
    ("Number of orders from Japan yesterday", ("orders", None, "JP", "yesterday")),
    ("Which product sold the most units across all stores this week?", ("top", None, "this_week")),
    (
        "How much stock of the hand blender is sitting in the German warehouse?",
        ("stock", "NB-AP-002", "DE"),
    ),
    ("How long will my US stock of the milk frother last?", ("cover", "NB-AP-004", "US")),
    ("What does the kitchen scale cost me to buy?", ("cost", "NB-AP-005")),
    ("HS code for the braided USB-C cable?", ("hs", "NB-PH-001")),
    ("Is any shipment delayed right now?", ("late",)),
    ("Where is SHP-2611-UK-AIR and when does it land?", ("eta", "SHP-2611-UK-AIR")),
    ("Are we losing money on anything in the UK?", ("losing", "UK")),
    ("Delete the towel listing in Germany", ("refuse",)),
    ("What are my competitors charging for kettles in Japan?", ("clarify",)),
    ("上个月日本站卖了多少单", ("orders", None, "JP", "last_month")),
    ("厨房秤在英国仓还有多少货", ("stock", "NB-AP-005", "UK")),
    ("USB小风扇在日本卖多少钱", ("price", "NB-AP-003", "JP")),
    ("电热水壶到美国的落地成本是多少", ("landed", "NB-AP-001", "US")),
    ("纯棉毛巾的海关编码是什么", ("hs", "NB-TX-001")),
    ("现在有几个货件出了问题", ("exceptions",)),
    ("SHP-2611-DE-OC 预计哪天到", ("eta", "SHP-2611-DE-OC")),
    ("美国站有几个订单还没发货", ("open_orders", "US")),
    ("助手最近一次检查发现了几个问题", ("findings",)),
    ("最近7天德国站卖得最好的是哪个产品", ("top", "DE", "7d")),
    ("帮我批准所有的提案", ("refuse",)),
    ("明年双十一能卖多少", ("clarify",)),
]
