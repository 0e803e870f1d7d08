"""A second held-out block for the Seller Assistant: 50 questions (25 English, 25 Chinese) written
from the demo business (CLI views and the database) before the assistant's code or the earlier
question lists were read. Specs as in `assistant_questions.py`, plus:

("stockout", store)        SKUs with nothing available in the store's FC right now
("no_hs",)                 products with no declared HS code on file
("late",)                  shipments with an open delay exception (not a receipt problem)
("top_n", store, period, n) the n best sellers by units
("open_orders", [store])    orders not shipped yet
("decline",)               any honest refusal or ask-back is right (a prediction it cannot make)
("margin", sku, store)     unit margin from the assistant's pricing finding
("listing_count", store)   listings in a store
("compare", sku, stores, period) units of each store, side by side
("top_stock",)             the SKU with the most units on hand across locations
("reorder", sku)           the stores where the SKU has nothing available
("stock", sku, None)       the SKU's stock summed over every location
("inbound", sku, store)    units on the way (store None: to every location)

Periods added: "last_quarter", "oct".

The questions alternate between two halves: "tune" (odd numbers; read while fixing the parser)
and "held" (even numbers; only their counts were looked at, never the failures)."""

from __future__ import annotations

from assistant_questions import Spec

NEW50: list[tuple[str, Spec]] = [
    (
        "How many units did NB-AP-002 sell on Amazon.de last week?",
        ("units", "NB-AP-002", "DE", "last_week"),
    ),
    ("what's out of stock in the UK right now", ("stockout", "UK")),
    ("Which products have no HS code?", ("no_hs",)),
    ("Which shipments are running late?", ("late",)),
    ("top 3 sellers in the US over the past 30 days", ("top_n", "US", "30d", 3)),
    ("revenue in GB since Nov 1", ("revenue", None, "UK", "since:11-01")),
    ("how many orders did I get yesterday", ("orders", None, None, "yesterday")),
    ("When will SHP-2611-DE-OC arrive?", ("eta", "SHP-2611-DE-OC")),
    ("What's the listing status of NB-TY-002 in Japan?", ("listing", "NB-TY-002", "JP")),
    ("Which SKUs are losing money in Japan?", ("losing", "JP")),
    ("how much stock of NB-AP-004 do we have in total", ("stock", "NB-AP-004", None)),
    ("inbound units of NB-BT-001 going to the US", ("inbound", "NB-BT-001", "US")),
    ("what is the unit cost of NB-PH-002", ("cost", "NB-PH-002")),
    ("which product sold the least in DE last quarter", ("bottom", "DE", "last_quarter")),
    ("How many orders are still unshipped?", ("open_orders",)),
    ("What will NB-AP-001 sell next Christmas?", ("decline",)),
    ("Show me my competitors' sales numbers in the US", ("refuse",)),
    ("how many units did Ningbo Homeware Co. (another seller) sell last month", ("refuse",)),
    ("total units sold across all stores in October", ("units", None, None, "oct")),
    ("whats the margin on NB-AP-003 in jp", ("margin", "NB-AP-003", "JP")),
    ("Which store sold the most units in the last 7 days?", ("top_store", "7d")),
    ("how many listings do I have on amazon uk", ("listing_count", "UK")),
    ("NB-AP-005 sales US vs DE past 2 weeks", ("compare", "NB-AP-005", ("US", "DE"), "14d")),
    ("shipments with open exceptions", ("exceptions",)),
    (
        "hwo many units of NB-AP-001 sold in japan this month",
        ("units", "NB-AP-001", "JP", "this_month"),
    ),
    ("德国站上周卖了多少件？", ("units", None, "DE", "last_week")),
    ("NB-AP-001在美国站过去两周卖了多少个", ("units", "NB-AP-001", "US", "14d")),
    ("英国站现在哪些产品断货了？", ("stockout", "UK")),
    ("哪些产品没有海关编码？", ("no_hs",)),
    ("上个月卖得最好的是哪个产品", ("top", None, "last_month")),
    ("日本站这个月的销售额是多少", ("revenue", None, "JP", "this_month")),
    ("哪些货件延误了", ("late",)),
    ("SHP-2610-US-OC什么时候到？", ("eta", "SHP-2610-US-OC")),
    ("NB-KT-003的采购价是多少", ("cost", "NB-KT-003")),
    ("电热水壶在德国还有多少库存", ("stock", "NB-AP-001", "DE")),
    ("日本站哪些产品在亏钱", ("losing", "JP")),
    ("美国站和德国站上个月哪个卖得多？", ("compare", None, ("US", "DE"), "last_month")),
    ("过去30天一共有多少订单", ("orders", None, None, "30d")),
    ("NB-TY-003 的HS编码是什么", ("hs", "NB-TY-003")),
    ("NB-BT-001 在途库存有多少", ("inbound", "NB-BT-001", None)),
    ("手持风扇在英国站的listing状态", ("listing", "NB-AP-003", "UK")),
    ("最近一周 UK 销量前三的SKU", ("top_n", "UK", "7d", 3)),
    ("哪个站点过去30天卖的件数最多", ("top_store", "30d")),
    ("明年双十一能卖多少？", ("decline",)),
    ("帮我看看隔壁卖家的销量", ("refuse",)),
    ("NB-AP-004 需要补货吗", ("reorder", "NB-AP-004")),
    ("亚马逊德国站有多少个listing", ("listing_count", "DE")),
    ("自11月1日以来美国站卖了多少件", ("units", None, "US", "since:11-01")),
    ("库存最多的产品是哪个", ("top_stock",)),
    ("奶泡器上个季度在日本卖了几件", ("units", "NB-AP-004", "JP", "last_quarter")),
]


def half(i: int) -> str:
    """Odd-numbered questions of each language (E01, E03, ..., C01, C03, ...) are the tuning half;
    the even-numbered ones stay untouched (the same topic in the other language usually falls in
    the other half)."""
    return "tune" if (i % 25) % 2 == 0 else "held"


# Written after the code changes for the block above, run once and never tuned on (reported as
# "fresh2"): the figure for questions nobody has looked at while changing the parser.
FRESH2: list[tuple[str, Spec]] = [
    (
        "How many units of NB-AP-003 did we move in the UK since Nov 10?",
        ("units", "NB-AP-003", "UK", "since:11-10"),
    ),
    ("Is anything out of stock in Japan?", ("stockout", "JP")),
    ("list the shipments that are delayed", ("late",)),
    ("Which 5 products sold best in Germany last month?", ("top_n", "DE", "last_month", 5)),
    ("what did NB-KT-008 cost us per unit?", ("cost", "NB-KT-008")),
    ("orders waiting to ship in the US", ("open_orders", "US")),
    ("UK revenue this week", ("revenue", None, "UK", "this_week")),
    ("Do any products lack an HS code?", ("no_hs",)),
    ("Predict my sales for December", ("decline",)),
    (
        "How many units did NB-BT-001 sell in DE vs UK last month?",
        ("compare", "NB-BT-001", ("DE", "UK"), "last_month"),
    ),
    ("日本站有哪些产品没货了", ("stockout", "JP")),
    ("NB-AP-002 美国站在途多少件", ("inbound", "NB-AP-002", "US")),
    ("上周英国出了多少单", ("orders", None, "UK", "last_week")),
    ("德国站本月销售额", ("revenue", None, "DE", "this_month")),
    ("SHP-2611-UK-AIR 几号到仓", ("eta", "SHP-2611-UK-AIR")),
    ("NB-TY-001 在美国站的刊登状态是什么", ("listing", "NB-TY-001", "US")),
    ("有哪些订单还没发货", ("open_orders",)),
    ("过去7天日本站卖得最好的三个产品", ("top_n", "JP", "7d", 3)),
    ("同行的店铺最近卖得怎么样", ("refuse",)),
    ("NB-PH-004 的进货价", ("cost", "NB-PH-004")),
]
