"""Two more blocks of fresh seller questions for the Seller Assistant (issue 16), written from the
demo business alone (its products by English and Chinese name, its stores, stock, shipments,
proposals and findings), the grader's spec kinds and the issue text; never with the assistant's
parser or answer code in view. Half Chinese in each block; paraphrases, typos, mixed
Chinese/English, store names in many forms, partial and Chinese product names, and about 15%
that it must refuse or ask back about (an ambiguous product, another seller's data, competitor
prices, a future it cannot know, an unclear period).

Specs as in `assistant_questions.py`, `assistant_questions_heldout.py` and
`assistant_questions_fresh.py`, plus (`assistant_truth_fresh2.py` computes them):

("in_transit",)             shipments not yet received at their warehouse
("ship_units", code)        units on one shipment
("ship_for_sku", sku)       shipments that carry a SKU
("hub", sku)                units on hand at the origin hub (the China warehouse)

Both blocks were measured once, untouched, with the code of main as it stood when they were
written (main 8cd1cf4; `assistant_chat.py DB --offline --fresh2 --show-held`; splits "freshF"
and "freshG", graded strictly), on demos dated 2026-11-25 and 2027-11-24 (same verdicts on both;
no truth needed fixing). Offline, pass / honest / wrong:

| block | untouched, when written |
|---|---|
| FRESH_F (60) | 49 / 7 / 4 |
| FRESH_G (60) | 46 / 5 / 9 |

Two of the wrongs are disputable: "how many kettles did we sell recently" (unclear period, spec
"clarify") answered for the last 30 days with the period stated, and "Will SHP-2610-US-OC clear
customs by Friday?" (spec "decline") answered with the shipment's status and predicted band.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_F: list[tuple[str, Spec]] = [
    # --- English
    (
        "How many stick blenders went out in Germany over the last 14 days?",
        ("units", "NB-AP-002", "DE", "14d"),
    ),
    (
        "What did the bath mat bring in on Amazon.com last month?",
        ("revenue", "NB-BT-001", "US", "last_month"),
    ),
    (
        "orders for the digital scale in the UK this month",
        ("orders", "NB-AP-005", "UK", "this_month"),
    ),
    ("how many units did we move in Japan yesterday", ("units", None, "JP", "yesterday")),
    ("Total sales in pounds for the UK store in October", ("revenue", None, "UK", "oct")),
    ("What's been my number one product on Amazon.de since Black Friday?", ("top", "DE", "bf")),
    ("top 5 sellers across all marketplaces in the last 30 days", ("top_n", None, "30d", 5)),
    ("Which country moved the most units in November?", ("top_store", "nov")),
    ("How many days until the hand blender runs out in Germany?", ("cover", "NB-AP-002", "DE")),
    (
        "How many frothers are reserved at the US fulfilment centre?",
        ("reserved", "NB-AP-004", "US"),
    ),
    ("how many kettles are on their way to the German warehouse", ("inbound", "NB-AP-001", "DE")),
    (
        "landed cost per unit for the kitchen scale shipped to the States?",
        ("landed", "NB-AP-005", "US"),
    ),
    ("what do we pay the factory for one silicone baking mat", ("cost", "NB-KT-006")),
    ("Which tariff code did we declare for the yoga mat?", ("hs", "NB-SP-001")),
    (
        "Customs wants to change the code on the magnetic tiles - to what?",
        ("hs_proposed", "NB-TY-003"),
    ),
    ("Are the wooden building blocks live in Australia yet?", ("listing", "NB-TY-001", "AU")),
    ("Which listings in Canada aren't live?", ("not_live", "CA")),
    ("Which shipment is held up at customs?", ("customs",)),
    ("Which SKUs are sold out at FBA Japan?", ("stockout", "JP")),
    ("is anything selling below cost in JP?", ("losing", "JP")),
    ("how many change requests are waiting for me to review", ("proposals",)),
    ("total stock of NB-BT-001 across every warehouse", ("stock", "NB-BT-001", None)),
    ("how many Germany orders haven't shipped yet?", ("open_orders", "DE")),
    ("whats the margn on the handheld fan in JP", ("margin", "NB-AP-003", "JP")),
    (
        "kettle sales Germany vs Japan past week",
        ("compare", "NB-AP-001", ("DE", "JP"), "7d"),
    ),
    ("How many units are on shipment SHP-2610-US-OC?", ("ship_units", "SHP-2610-US-OC")),
    ("Show me the sales figures of the seller BrightKitchen in the US", ("refuse",)),
    ("How are the mats doing in the UK?", ("clarify",)),
    ("What will the euro be worth against the yuan next month?", ("decline",)),
    ("how many kettles did we sell recently", ("clarify",)),
    # --- Chinese and mixed
    ("奶泡机这周在美国站出了多少件", ("units", "NB-AP-004", "US", "this_week")),
    ("浴室防滑垫上个月英国站的销售额", ("revenue", "NB-BT-001", "UK", "last_month")),
    ("日本站昨天有几单", ("orders", None, "JP", "yesterday")),
    ("10月份美国站一共卖了多少件", ("units", None, "US", "oct")),
    # "11月到现在": from 1 November to today (on 2026-12-07 that runs into December)
    ("德国亚马逊11月到现在营收多少", ("revenue", None, "DE", "since:11-01")),
    ("过去90天卖得最火的是哪个产品", ("top", None, "90d")),
    ("英国站本周销量前三名", ("top_n", "UK", "this_week", 3)),
    ("最近7天哪个站点卖出的件数最多", ("top_store", "7d")),
    ("电子秤在美国的库存还够卖几天", ("cover", "NB-AP-005", "US")),
    ("NB-AP-001美国仓被预留了多少件", ("reserved", "NB-AP-001", "US")),
    ("发往美国的小风扇还有多少在路上", ("inbound", "NB-AP-003", "US")),
    ("料理棒卖到英国的落地成本", ("landed", "NB-AP-002", "UK")),
    ("咖啡磨豆机的进货价是多少", ("cost", "NB-KT-008")),
    ("LED台灯报关用的HS编码", ("hs", "NB-LT-001")),
    ("瑜伽垫的海关编码建议改成什么", ("hs_proposed", "NB-SP-001")),
    ("泡泡机在德国站上架了没有", ("listing", "NB-TY-002", "DE")),
    ("日本站哪些listing还没上线", ("not_live", "JP")),
    ("SHP-2611-UK-AIR啥时候到仓", ("eta", "SHP-2611-UK-AIR")),
    ("现在有哪些货件晚了", ("late",)),
    ("美国仓哪些SKU已经断货", ("stockout", "US")),
    ("我有哪些产品是亏本在卖的", ("losing", None)),
    ("所有仓库加起来电热水壶还有多少库存", ("stock", "NB-AP-001", None)),
    ("哪些商品还没填HS code", ("no_hs",)),
    ("kettle 在 JP 最近30天 sales 多少件", ("units", "NB-AP-001", "JP", "30d")),
    ("迷你风扇日本站现在卖多少钱", ("price", "NB-AP-003", "JP")),
    ("宁波仓里还有多少个奶泡器", ("hub", "NB-AP-004")),
    ("帮我查一下竞争对手在德国卖的电热水壶什么价", ("refuse",)),
    ("灯卖得怎么样", ("clarify",)),
    ("把别的卖家的英国站销量调出来给我看", ("refuse",)),
    ("明年双十二日本站能卖多少单", ("decline",)),
]

FRESH_G: list[tuple[str, Spec]] = [
    # --- English
    (
        "How many immersion blenders did we sell to UK customers during October?",
        ("units", "NB-AP-002", "UK", "oct"),
    ),
    (
        "Revenue from the kettle on Amazon.co.uk over the last 90 days",
        ("revenue", "NB-AP-001", "UK", "90d"),
    ),
    ("number of orders in the States last week", ("orders", None, "US", "last_week")),
    (
        "How many milk frothers has Japan sold since Nov 11?",
        ("units", "NB-AP-004", "JP", "since:11-11"),
    ),
    (
        "What was last quarter's revenue for Amazon Germany?",
        ("revenue", None, "DE", "last_quarter"),
    ),
    ("Best seller in the UK so far this month?", ("top", "UK", "this_month")),
    (
        "Give me the three best-selling SKUs in the US over the past fortnight",
        ("top_n", "US", "14d", 3),
    ),
    ("Which store sold the most pieces yesterday?", ("top_store", "yesterday")),
    ("NB-AP-003 in the UK: how much on hand and how much available?", ("stock", "NB-AP-003", "UK")),
    ("How long will the Japanese stock of the electric kettle last?", ("cover", "NB-AP-001", "JP")),
    ("landed cost of the hand blender into Germany", ("landed", "NB-AP-002", "DE")),
    ("What's the COGS per unit of the phone stand?", ("cost", "NB-PH-003")),
    ("HS code on record for the pet grooming brush", ("hs", "NB-PT-004")),
    ("Is the magnetic tile set published in Japan?", ("listing", "NB-TY-003", "JP")),
    ("How many listings do I have on Amazon France?", ("listing_count", "FR")),
    ("Which shipments are still in transit?", ("in_transit",)),
    ("Which shipments carry the milk frother?", ("ship_for_sku", "NB-AP-004")),
    ("what's the ETA on SHP-2611-DE-OC, the sea freight to Germany?", ("eta", "SHP-2611-DE-OC")),
    ("Any shipment exceptions I should know about?", ("exceptions",)),
    ("How many issues did the last assistant check flag?", ("findings",)),
    ("Which product do I hold the most units of?", ("top_stock",)),
    ("Where is the hand blender out of stock?", ("reorder", "NB-AP-002")),
    (
        "How many yoga mats did we sell in France last month?",
        ("units", "NB-SP-001", "FR", "last_month"),
    ),
    ("how many kitchen scales are sitting in our China warehouse", ("hub", "NB-AP-005")),
    ("wht's the JP price for NB-AP-003 rn", ("price", "NB-AP-003", "JP")),
    ("How much stock of the light do we have in the US?", ("clarify",)),
    ("What is Anker's best seller in Japan?", ("refuse",)),
    ("Will SHP-2610-US-OC clear customs by Friday?", ("decline",)),
    ("How do my kettle prices compare with other sellers on Amazon.de?", ("refuse",)),
    ("and how many did Germany sell in that period?", ("clarify",)),
    # --- Chinese and mixed
    ("上周英国亚马逊卖了多少件电热水壶", ("units", "NB-AP-001", "UK", "last_week")),
    ("日亚这个月手持风扇的销售额", ("revenue", "NB-AP-003", "JP", "this_month")),
    ("德国站最近14天一共多少个订单", ("orders", None, "DE", "14d")),
    ("双十一以来美区卖了多少件", ("units", None, "US", "since:11-11")),
    ("上个季度日本站收入多少", ("revenue", None, "JP", "last_quarter")),
    ("11月美国站卖得最好的产品是哪个", ("top", "US", "nov")),
    ("最近30天德国销量排名前五", ("top_n", "DE", "30d", 5)),
    ("10月哪个站点销量最高", ("top_store", "oct")),
    ("NB-AP-002 德国仓库存多少", ("stock", "NB-AP-002", "DE")),
    ("英国的料理棒库存能撑多少天", ("cover", "NB-AP-002", "UK")),
    ("电热水壶到日本的到岸成本", ("landed", "NB-AP-001", "JP")),
    ("玻璃保鲜盒采购单价多少", ("cost", "NB-KT-003")),
    ("宠物慢食碗的HS编码是什么", ("hs", "NB-PT-002")),
    ("NB-KT-006海关那边建议改成哪个编码", ("hs_proposed", "NB-KT-006")),
    ("磁力片在美国站的listing状态", ("listing", "NB-TY-003", "US")),
    ("英国站一共有多少个listing", ("listing_count", "UK")),
    ("哪些货还在运输途中", ("in_transit",)),
    ("哪些货件里装了电热水壶", ("ship_for_sku", "NB-AP-001")),
    ("SHP-2611-DE-AIR 德国空运那票货什么时候能到", ("eta", "SHP-2611-DE-AIR")),
    ("SHP-2611-UK-AIR装了多少件货", ("ship_units", "SHP-2611-UK-AIR")),
    ("英国站待发货的订单有几个", ("open_orders", "UK")),
    ("意大利站最近30天电子秤卖了多少", ("units", "NB-AP-005", "IT", "30d")),
    ("奶泡器在哪些站断货了，要补吗", ("reorder", "NB-AP-004")),
    ("NB-AP-003 在日本每卖一件亏多少", ("margin", "NB-AP-003", "JP")),
    ("我一共有多少个产品", ("count",)),
    ("垫子在美国卖了多少", ("clarify",)),
    ("别人家的磨豆机在日本卖了多少件", ("refuse",)),
    ("亚马逊下个月会不会涨佣金", ("decline",)),
    ("那段时间德国卖了多少", ("clarify",)),
    ("套装最近卖得怎么样", ("clarify",)),
]
