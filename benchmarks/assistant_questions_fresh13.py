"""Block "freshR": 80 plain seller questions (40 Chinese, 40 English), the ordinary questions a
reviewer types to try the Seller Assistant for the first time, written without the parser or the
chat in view and measured once, untouched, graded strictly (`assistant_chat.py --fresh13`).

Voices. Chinese: a seller in mainland China using everyday 跨境 words (美国站, 美亚, 日亚,
德国站, 英国站, 销量, 库存, 断货, 在途, 清关, 采购价, 落地成本, 亏钱, 上架, listing,
HS编码, 待审批), short and long, some with a SKU run straight into the Chinese text
(NB-AP-002在哪几票货里), most naming the product by its Chinese nickname
(料理棒, 奶泡器, 小风扇, 磨豆机, 防滑垫, 瑜伽垫) instead of the SKU. English: an owner writing
full plain sentences; a marketplace manager comparing stores and months (October against
November, the US against the UK and Germany, top 5 in the German store); someone asking which /
how many / when / what is about listings, shipments, HS codes, costs and prices; one compound
question ("... and what is its price there?"). Stores are named as 美国站, 美亚, 日亚, 德国站,
Amazon.de, Amazon US, Britain, the usa warehouse, the German store, FBA Germany.

Coverage. Every spec kind the grader supports appears at least once: units, orders, revenue,
top, bottom, top_store, top_n, compare, cost, hs, no_hs, hs_proposed, price, landed, losing,
margin, listing, not_live, listing_count, count, proposals, findings, exceptions, customs, late,
eta, in_transit, ship_units, ship_for_sku, ship_contents, hub, stock (one store and all),
on_hand, reserved, inbound, cover, stockout, reorder, top_stock, both, refuse, clarify and
decline. Periods: last 7 / 14 / 30 / 90 days, yesterday, last week, this month, last month,
October, November, this year so far, since Black Friday and 1-15 November. Thirteen are not to be
answered with a figure: a price change, a listing deletion, another seller's sales, ad spend,
reviews, two forecasts (refuse); a name that fits several products (垫子: bath, baking and yoga
mats; "the LED light": the desk lamp and the night light) and two SKUs the business does not
have (clarify); a follow-up with no context (decline: asking back or refusing both pass).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and
`--today 2027-11-24`), read with sqlite3 for SKUs, Chinese and English product names, stores,
shipments, stock, proposals and findings; every truth was computed alone on both demo files and
none is empty or errors. Four first drafts were the same strings as questions of earlier blocks
(found by an exact-string comparison, without reading those blocks) and were reworded. SKUs are
also typed in lower case (nb-ap-002, nb-ap-005) and with spaces (NB AP 003); one Chinese question
keeps a common typo (买 for 卖). The assistant was not run on these questions before this block
was committed. (The writer's first look at `assistant_questions.py` for its `Spec` type showed the
first forty or so questions of its dev list, the tuned set, by mistake; none was copied.)

First sight (offline, demo 2026-12-07, measured untouched on main 4e5103d, before this session's
chat changes): 73 pass / 5 honest / 2 wrong. Second sight, still untuned, after the
freshO/freshP fixes of ADR 0161: 74 / 4 / 2. Tuned on since; offline on the same demo after
tuning: 75 / 5 / 0 (ADR 0161, last paragraph).
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_R: list[tuple[str, Spec]] = [
    # --- Chinese: sales
    ("料理棒日本站最近30天卖了多少件？", ("units", "NB-AP-002", "JP", "30d")),
    ("NB-AP-001今年到现在一共买了多少件", ("units", "NB-AP-001", None, "ytd")),
    ("德国站上个月一共出了多少单", ("orders", None, "DE", "last_month")),
    ("美亚这个月的销售额是多少？", ("revenue", None, "US", "this_month")),
    ("英国站最近7天哪个产品卖得最好", ("top", "UK", "7d")),
    ("上个月哪个站点的销量最高", ("top_store", "last_month")),
    ("美国站最近30天销量前三的产品是哪几个", ("top_n", "US", "30d", 3)),
    (
        "电子秤上个月在美国站和德国站分别卖了多少",
        ("compare", "NB-AP-005", ("US", "DE"), "last_month"),
    ),
    # --- Chinese: costs, codes, prices
    ("手摇磨豆机的采购价是多少", ("cost", "NB-KT-008")),
    ("NB-AP-005的HS编码是多少", ("hs", "NB-AP-005")),
    ("瑜伽垫的HS编码，系统建议改成什么", ("hs_proposed", "NB-SP-001")),
    ("奶泡器在日亚现在卖多少钱", ("price", "NB-AP-004", "JP")),
    ("浴室防滑垫发到美国站，算上头程和关税，一件的落地成本是多少", ("landed", "NB-BT-001", "US")),
    ("我在美国站有没有亏钱的产品？", ("losing", "US")),
    # --- Chinese: listings and the catalogue
    ("小风扇在英国站的listing是什么状态", ("listing", "NB-AP-003", "UK")),
    ("日本站还有哪些产品没上架", ("not_live", "JP")),
    ("我在日亚一共上了多少个listing？", ("listing_count", "JP")),
    ("我店铺里一共有多少个产品", ("count",)),
    ("现在有几个待审批的提案", ("proposals",)),
    # --- Chinese: shipments
    ("现在哪些货件有异常要处理", ("exceptions",)),
    ("哪些货现在卡在清关", ("customs",)),
    ("SHP-2611-DE-OC这票货什么时候能到", ("eta", "SHP-2611-DE-OC")),
    ("现在在途的货件有哪些", ("in_transit",)),
    ("SHP-2610-US-OC这一票一共发了多少件", ("ship_units", "SHP-2610-US-OC")),
    ("NB-AP-002在哪几票货里", ("ship_for_sku", "NB-AP-002")),
    ("SHP-2611-UK-AIR里面装的是什么货", ("ship_contents", "SHP-2611-UK-AIR")),
    # --- Chinese: stock
    ("奶泡器在宁波的仓库里还剩多少个", ("hub", "NB-AP-004")),
    ("NB-AP-002德国仓实际在库多少件", ("on_hand", "NB-AP-002", "DE")),
    ("手持风扇英国站的库存还能卖几天", ("cover", "NB-AP-003", "UK")),
    ("德国站现在哪些产品断货了", ("stockout", "DE")),
    ("奶泡器要不要补货？哪些站点已经断货了", ("reorder", "NB-AP-004")),
    ("nb-ap-002发往英国站的在途有多少件", ("inbound", "NB-AP-002", "UK")),
    ("英国站还有多少订单没发货", ("open_orders", "UK")),
    (
        "防滑垫美国站库存还有多少，上周卖了几件",
        ("both", ("stock", "NB-BT-001", "US"), ("units", "NB-BT-001", "US", "last_week")),
    ),
    # --- Chinese: refuse / ask back
    ("帮我把NB-AP-003日本站的售价改成2500日元", ("refuse",)),
    ("隔壁那家卖电热水壶的卖家上个月卖了多少台", ("refuse",)),
    ("上个月美国站的广告花了多少钱，ACOS是多少", ("refuse",)),
    ("帮我预测一下下个月德国站能卖多少件", ("refuse",)),
    ("那个垫子上个月在美国卖了多少", ("clarify",)),
    ("NB-KT-099的库存还有多少", ("clarify",)),
    # --- English: sales
    (
        "How many units of the milk frother did I sell in the UK in the last 14 days?",
        ("units", "NB-AP-004", "UK", "14d"),
    ),
    (
        "How many nb-ap-005 did I sell in Britain since Black Friday?",
        ("units", "NB-AP-005", "UK", "bf"),
    ),
    (
        "How many bath mats did I sell in the US between November 1 and November 15?",
        ("units", "NB-BT-001", "US", "range:11-01:11-15"),
    ),
    (
        "Did I sell more hand blenders in October or in November?",
        ("both", ("units", "NB-AP-002", None, "m:10"), ("units", "NB-AP-002", None, "m:11")),
    ),
    ("What was my total revenue in Germany last month?", ("revenue", None, "DE", "last_month")),
    (
        "How much revenue did the electric kettle bring in on Amazon US over the last 90 days?",
        ("revenue", "NB-AP-001", "US", "90d"),
    ),
    ("How many orders did the Japan store get yesterday?", ("orders", None, "JP", "yesterday")),
    ("Which product sold the most in the US store last week?", ("top", "US", "last_week")),
    ("Which product sold the fewest units in Germany last month?", ("bottom", "DE", "last_month")),
    ("Which of my marketplaces sold the most units in the last 30 days?", ("top_store", "30d")),
    (
        "What were my top 5 products in the German store last month?",
        ("top_n", "DE", "last_month", 5),
    ),
    (
        "Compare bath mat sales in the US, the UK and Germany over the last 30 days.",
        ("compare", "NB-BT-001", ("US", "UK", "DE"), "30d"),
    ),
    (
        "How many units of NB-AP-001 did I sell in Japan this month, and what is its price there?",
        ("both", ("units", "NB-AP-001", "JP", "this_month"), ("price", "NB-AP-001", "JP")),
    ),
    # --- English: costs, codes, prices
    ("What does the donut pet bed cost us to buy?", ("cost", "NB-PT-001")),
    ("What HS code do we have for the bamboo cutting boards?", ("hs", "NB-KT-004")),
    ("Which products are missing an HS code?", ("no_hs",)),
    ("What HS code has customs proposed for the cat teaser wand?", ("hs_proposed", "NB-PT-003")),
    ("What is the price of NB-AP-001 on Amazon.de?", ("price", "NB-AP-001", "DE")),
    ("What is the landed cost of the hand blender in the UK?", ("landed", "NB-AP-002", "UK")),
    ("Am I losing money on anything in Japan?", ("losing", "JP")),
    ("What margin am I making on NB-AP-003 in Japan?", ("margin", "NB-AP-003", "JP")),
    # --- English: listings, shipments, alerts
    ("Is the magnetic building tiles listing live in the US?", ("listing", "NB-TY-003", "US")),
    ("When will shipment SHP-2611-UK-AIR arrive?", ("eta", "SHP-2611-UK-AIR")),
    ("Are any of my shipments behind schedule?", ("late",)),
    ("How many issues has the assistant flagged for me today?", ("findings",)),
    # --- English: stock and orders
    ("What's the stock of the mini fan in the usa warehouse?", ("stock", "NB-AP-003", "US")),
    (
        "How much stock of the hand blender do I have in total across all warehouses?",
        ("stock", "NB-AP-002", None),
    ),
    ("How many units of NB AP 003 are reserved in the UK?", ("reserved", "NB-AP-003", "UK")),
    ("Which products are out of stock in the US store?", ("stockout", "US")),
    ("Does the kitchen scale need restocking anywhere?", ("reorder", "NB-AP-005")),
    ("How many units of NB-AP-005 are on the way to the US?", ("inbound", "NB-AP-005", "US")),
    ("Which SKU do I hold the most stock of?", ("top_stock",)),
    ("How many orders haven't shipped yet?", ("open_orders",)),
    # --- English: refuse / ask back
    ("Please delete the bubble machine listing from the UK store.", ("refuse",)),
    ("What will my US sales be next month?", ("refuse",)),
    ("How much did I spend on ads in Germany last month?", ("refuse",)),
    ("How many reviews does the electric kettle have on Amazon.com?", ("refuse",)),
    ("What HS code do we use for the LED light?", ("clarify",)),
    ("What is the stock of NB-AP-009 in the US?", ("clarify",)),
    ("And what about Germany?", ("decline",)),
]
