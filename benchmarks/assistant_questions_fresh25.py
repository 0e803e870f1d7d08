"""Block "freshAD": 80 new seller questions (40 English, 40 Chinese), typed by ordinary sellers
using a seller tool, written without the assistant's parser, its answers or any other block's
question list in view, graded strictly (`assistant_chat.py --fresh25`). Not yet run: the assistant
has not seen these questions.

Voice. The English half is three people: a US Amazon seller fluent in Seller Central jargon ("units
ordered", "ordered product sales", "FBA inventory", "inbound shipments", "sell-through", "days of
cover", "OOS", "restock", "#1 seller", "month to date", "trailing 90 days", "ASP", "ACoS", "land at
the FC"); a bookkeeper asking short, precise questions about money (unit cost, landed cost per unit,
margin per unit, revenue "in GBP" / "in pounds", order count, average order value, unit cost "all
sizes please" for a product with variants); an Amazon Japan / Australia store manager asking about
their own store (Amazon.co.jp, the JP store, FBA Japan, the Australian store, Amazon.com.au, the AU
store; yen revenue, "physically have", "listed at", listings approved or not live, units per order,
"between Nov 1 and Nov 15", Black Friday). The Chinese half is three more: a 跨境电商老板 on WeChat
(short, 口语: 卖了几单, 卖得咋样, 还剩多少, 在路上的也算上, 几票货出问题了, 多少来着, 等我批的,
今年到现在); a 数据分析 colleague (客单价, 平均售价, 日均销量, a 环比 and a 占比 asked as the two
figures they divide, 卖得最差, 分别卖了多少件, 11月15号以来, 巡检, 断货); a 采购 asking about costs,
the hub and goods on the way (采购价 by SKU, 宁波仓, 补货, 在途, 预留, 这票装了哪些货,
跟哪几票货走的, 清关, 延误, 申报的海关编码, HS编码建议改成啥, 压的库存最多, 落地成本). Products by
the names a seller uses (the kettle, the hand blender, the mini / handheld fan, the frother, the
kitchen scale, the bath mat, the vacuum insulated water bottle, the glass food containers, 水壶,
料理棒, 小风扇, 奶泡器, 电子秤, 防滑垫, 逗猫棒, 硅胶烘焙垫) and sometimes by SKU (NB-AP-005,
NB-AP-004).

Coverage. Every answerable kind the grader supports appears: units (4, and six more inside "both"),
orders (3), revenue (5), both (3: a scale's units and ordered product sales; 环比 as this month so
far and last month; 占比 as the US store and all stores), top (2), top_n (top 3, US), top_store,
compare (three stores), bottom, cost (3, one a product with three sized variants), landed (2),
margin, losing (all stores), price, hs, hs_proposed, no_hs, stock (one store, and all locations),
on_hand, reserved, inbound (FBA US, and all locations), hub, cover, stockout, reorder (2),
top_stock, listing, listing_count, not_live, count, proposals, findings, exceptions, customs, late,
eta, in_transit, ship_contents, ship_units, ship_for_sku, open_orders, and the averages (six: aov on
the UK store last month and 客单价 on the US store over 30 days, asp of the scale on DE over 90 days
and 平均售价 of the scale on US last month, upo on JP over 30 days, daily units (日均销量) on UK
last week). Periods: last 7 / 14 / 30 / 60 / 90 days, yesterday, last week, last Friday (lastwd:4),
this month, last month, October, November, September (m:9), Q3 / 三季度 (q:3), last quarter, year to
date, Black Friday itself (bfday), since a date (11月15号以来) and an explicit range (Nov 1 to Nov
15). Fourteen are not to be answered with a figure: figures the business does not hold (ACoS,
Amazon's payout to the bank account, 转化率, and 同比 for last month on the UK store: the demo's
sales begin a year before its date, so the same month a year earlier is not held on either file) and
two writes (change a unit cost to 38 CNY; 改价 of the fan in Japan to 2880 JPY), two other sellers'
figures (a competing kettle on Amazon.co.jp, 隔壁那家卖料理棒的) (refuse: eight); a name that fits
several products ("the LED one": the desk lamp NB-LT-001 and the night lights NB-LT-002; 充电的那个:
the USB fan, the power bank, the charger and the cable), a shipment code the business does not have
(SHP-2612-AU-AIR) and an unknown SKU (NB-AP-012) (clarify: four); two follow-ups with no context
("And what about Australia?", 那英国那边呢，也一样吗？) (decline). 环比 and 占比 were not made
refusals although the brief's voice listed them: both are derivable from figures the business holds,
so each is asked as the two figures it needs (a "both" spec).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`, including `assistant_truth_avg.py`) and the two demo files (`globalsell
demo --today 2026-12-07` and `--today 2027-11-24`) read with sqlite3, never from the assistant's
code or output. Every truth was computed alone with the grader's `Truth.expect` and `forbid` on both
demo files before the block was committed: none raises, and every answerable spec's truth is
non-empty on both (the refuse / clarify / decline specs have no figure by design). Two first drafts
were changed for that reason (yen revenue "yesterday" is empty on 2026-12-07, the blender's UK units
last Friday are 0 on both), and one for a fairer figure (days of cover moved from the bath mat at
FBA US, 0.0 on 2027-11-24, to the fan at FBA UK). The strings were compared exactly (and case- and
space-folded) with every earlier block's strings by a set intersection printing only the collisions:
three collided at first and were reworded; none collide now.

Truths worth knowing before reading figures (2026-12-07 / 2027-11-24): 2026-12-07 is a Monday, so
"this month" there is 1 to 7 December (the kettle's US orders: 1 个订单 / 49 个订单; the 环比 pair
is 1 件 and 52 件 / 58 件 and 32 件); the only active regular price is the fan in Japan (1780 JPY),
which is also the one listing that loses money (137 JPY a unit), so margin, losing and price all
rest on it; the kitchen scale's average selling price is 22.99 EUR on DE and 24.99 USD on US on both
dates (the demo prices every line of a store alike); the Australian store has listings but no orders
or stock: 71 listings (47 products and 24 variant listings), of which NB-TY-001 to NB-TY-003 are
validated, not live; "the bottom seller on DE in Q3" is a tie at 0 among every product never sold
there, broken alphabetically by the grader (NB-BT-002, 0 件); Black Friday on 2027-11-24 is the
latest begun, 2026-11-27 (JP: 5 units / 1 unit); the water bottle's unit cost is its three sizes
(22.00, 26.50, 31.00 CNY; the parent has none); landed cost per unit is 8.54 GBP for the blender
into the UK and 1333 JPY for the kettle into Japan on both; the kettle's 在途 is the sum of inbound
over all locations (363 / 371 件), not the units on its shipments; the frother's all-location stock
is 在库 250 / 在途 158 件 and 在库 240 / 在途 185 件; top_stock is NB-AP-005 (322 / 307); "hand
blender" hub stock (宁波仓) is 156 件 on both; 日均销量 on UK last week is 4.3 / 3.6 over 7 天;
客单价 on US over 30 days 28.70 / 29.20 USD; units per order on JP over 30 days 1.1 on both;
findings 38 个 and proposals 有 15 个 on both; open US orders 2 on both; the reorder truth names the
FCs with nothing available (the frother: DE, UK / DE, JP, UK, US; the fan: US / DE, JP, US)."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AD: list[tuple[str, Spec]] = [
    # English (a): a US Amazon seller in Seller Central jargon
    ("Units ordered on the kettle, US store, last 60 days?", ("units", "NB-AP-001", "US", "60d")),
    (
        "What did the hand blender do in ordered product sales on Amazon US in November?",
        ("revenue", "NB-AP-002", "US", "nov"),
    ),
    ("how many orders did the US store take last Friday", ("orders", None, "US", "lastwd:4")),
    (
        "What's my #1 seller by units on the US marketplace month to date?",
        ("top", "US", "this_month"),
    ),
    (
        "Pull the top 3 SKUs by units ordered for the US store, last 30 days.",
        ("top_n", "US", "30d", 3),
    ),
    (
        "FBA inventory check on the mini fan in the US: on hand, available and inbound?",
        ("stock", "NB-AP-003", "US"),
    ),
    ("How many units of NB-AP-005 are inbound to FBA US?", ("inbound", "NB-AP-005", "US")),
    (
        "Which of our inbound shipments are still in transit, not received yet?",
        ("in_transit",),
    ),
    ("When's SHP-2610-US-OC supposed to land at the FC?", ("eta", "SHP-2610-US-OC")),
    (
        "At the current sell-through, how many days of cover do we have on the mini fan at FBA UK?",
        ("cover", "NB-AP-003", "UK"),
    ),
    (
        "Does the frother need a restock anywhere? Which FCs are OOS on it?",
        ("reorder", "NB-AP-004"),
    ),
    ("How many US orders are still unshipped?", ("open_orders", "US")),
    (
        "Kitchen scale, US, last 90 days: units ordered and ordered product sales?",
        (
            "both",
            ("units", "NB-AP-005", "US", "90d"),
            ("revenue", "NB-AP-005", "US", "90d"),
        ),
    ),
    (
        "What's the ASP on the kitchen scale over on Amazon.de, trailing 90 days?",
        ("asp", "NB-AP-005", "DE", "90d"),
    ),
    (
        "What's the ACoS on my kettle Sponsored Products campaign this month?",
        ("refuse",),
    ),
    # English (b): a bookkeeper, short and precise about money
    ("Unit cost of the electric kettle?", ("cost", "NB-AP-001")),
    (
        "Landed cost per unit for the hand blender into the UK?",
        ("landed", "NB-AP-002", "UK"),
    ),
    (
        "Margin per unit on the handheld fan in Japan at today's price?",
        ("margin", "NB-AP-003", "JP"),
    ),
    ("Is any product being sold at a loss right now?", ("losing", None)),
    ("UK store revenue for October, in GBP.", ("revenue", None, "UK", "oct")),
    ("Total order count on Amazon.de for Q3?", ("orders", None, "DE", "q:3")),
    (
        "Average order value for the UK store last month, in pounds.",
        ("aov", None, "UK", "last_month"),
    ),
    (
        "What's the unit cost of the vacuum insulated water bottle? All sizes please.",
        ("cost", "NB-KT-002"),
    ),
    ("How much did Amazon pay out to our bank account last month?", ("refuse",)),
    (
        "Please change the unit cost of the glass food containers to 38 CNY.",
        ("refuse",),
    ),
    # English (c): an Amazon Japan / Australia store manager
    ("How many units did the Japan store sell in September?", ("units", None, "JP", "m:9")),
    ("Yen revenue on Amazon.co.jp for the last 14 days?", ("revenue", None, "JP", "14d")),
    ("What was our top seller in Japan last quarter?", ("top", "JP", "last_quarter")),
    (
        "How many bath mats do we physically have at FBA Japan?",
        ("on_hand", "NB-BT-001", "JP"),
    ),
    ("What's the handheld fan listed at on Amazon Japan?", ("price", "NB-AP-003", "JP")),
    ("How many listings does our Australian store have?", ("listing_count", "AU")),
    ("Which of my Amazon.com.au listings aren't live yet?", ("not_live", "AU")),
    ("Is the kettle listing approved on the AU store?", ("listing", "NB-AP-001", "AU")),
    ("Units per order on the JP store over the last 30 days?", ("upo", None, "JP", "30d")),
    (
        "How many kitchen scales did Japan sell between Nov 1 and Nov 15?",
        ("units", "NB-AP-005", "JP", "range:11-01:11-15"),
    ),
    ("Total units on the Japan store on Black Friday?", ("units", None, "JP", "bfday")),
    ("What's reserved on the LED one at FBA Japan?", ("clarify",)),
    ("When does SHP-2612-AU-AIR arrive?", ("clarify",)),
    ("And what about Australia?", ("decline",)),
    (
        "How many units a month is the top competing kettle doing on Amazon.co.jp?",
        ("refuse",),
    ),
    # Chinese (a): a 跨境电商老板 on WeChat
    ("水壶美国站这个月卖了几单", ("orders", "NB-AP-001", "US", "this_month")),
    ("德国站昨天卖得咋样？卖了多少钱", ("revenue", None, "DE", "yesterday")),
    ("最近7天哪个站卖得最好？", ("top_store", "7d")),
    ("奶泡器所有仓加起来还剩多少，在路上的也算上", ("stock", "NB-AP-004", None)),
    ("现在有几票货出问题了", ("exceptions",)),
    ("咱们产品库里一共多少个产品来着", ("count",)),
    ("有几个建议等我批的？", ("proposals",)),
    ("日本站今年到现在卖了多少钱", ("revenue", None, "JP", "ytd")),
    ("那英国那边呢，也一样吗？", ("decline",)),
    ("隔壁那家卖料理棒的，一个月能卖多少单？", ("refuse",)),
    ("帮我把日本站小风扇的价格改成2880日元", ("refuse",)),
    # Chinese (b): a 数据分析 colleague
    ("美国站近30天客单价多少？", ("aov", None, "US", "30d")),
    ("电子秤美国站上个月平均售价是多少", ("asp", "NB-AP-005", "US", "last_month")),
    ("英国站上周日均销量多少件？", ("daily", "units", None, "UK", "last_week")),
    (
        "水壶美国站这个月到目前卖了多少件，上个月卖了多少件？我算下环比",
        (
            "both",
            ("units", "NB-AP-001", "US", "this_month"),
            ("units", "NB-AP-001", "US", "last_month"),
        ),
    ),
    (
        "上个月美国站卖了多少件，所有站加起来多少件？要算美国站的占比",
        ("both", ("units", None, "US", "last_month"), ("units", None, None, "last_month")),
    ),
    ("三季度德国站卖得最差的是哪个产品", ("bottom", "DE", "q:3")),
    (
        "近90天水壶在美国、德国、日本三个站分别卖了多少件",
        ("compare", "NB-AP-001", ("US", "DE", "JP"), "90d"),
    ),
    ("11月15号以来料理棒在德国站卖了多少件", ("units", "NB-AP-002", "DE", "since:11-15")),
    ("最近一次巡检一共发现了多少个问题", ("findings",)),
    ("日本仓现在哪些SKU断货了", ("stockout", "JP")),
    ("美国站上个月转化率多少", ("refuse",)),
    ("英国站上个月销量同比涨了多少", ("refuse",)),
    # Chinese (c): a 采购 asking about costs and the hub
    ("NB-AP-004 采购价多少", ("cost", "NB-AP-004")),
    ("宁波仓料理棒还有多少库存", ("hub", "NB-AP-002")),
    ("小风扇要补货吗？哪几个站没货了", ("reorder", "NB-AP-003")),
    ("水壶一共在途多少件", ("inbound", "NB-AP-001", None)),
    ("英国仓的小风扇预留了几件", ("reserved", "NB-AP-003", "UK")),
    ("SHP-2611-DE-OC 这票装了哪些货", ("ship_contents", "SHP-2611-DE-OC")),
    ("SHP-2610-US-OC 一共发了多少件", ("ship_units", "SHP-2610-US-OC")),
    ("料理棒是跟哪几票货走的？", ("ship_for_sku", "NB-AP-002")),
    ("哪票货卡在清关了", ("customs",)),
    ("有没有延误的货件", ("late",)),
    ("逗猫棒申报的海关编码是多少", ("hs", "NB-PT-003")),
    ("硅胶烘焙垫的HS编码建议改成啥", ("hs_proposed", "NB-KT-006")),
    ("哪些产品还没填HS编码", ("no_hs",)),
    ("现在哪个货压的库存最多，一共多少件", ("top_stock",)),
    ("水壶发日本的落地成本多少", ("landed", "NB-AP-001", "JP")),
    ("充电的那个采购价多少来着", ("clarify",)),
    ("NB-AP-012 宁波仓还有多少", ("clarify",)),
]
