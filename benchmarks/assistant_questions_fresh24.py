"""Block "freshAC": 80 new seller questions (40 English, 40 Chinese), typed in six voices, written
without the assistant's parser, its answers or any other block's question list in view, graded
strictly (`assistant_chat.py --fresh24`). Not yet run: the assistant has not seen these questions.

Voice. The English half: (a) a seller on a phone, keywords only, typos and no grammar ("blendr",
"ordrs", "last wk", "top seler", "bath matt", "rn", "oos", "pls", "??"), stores as amazon.de, fba
uk, us, jp, germany; (b) a curious new employee writing full, slightly verbose messages with a
preamble ("Hi, I'm new here ...", "Sorry if this is a basic question", "My manager mentioned"),
three of them carrying two related asks in one message (the catalogue size and the Canada store's
listings; the hand blender's landed cost in the UK and its factory cost; the shipment carrying the
milk frothers and that shipment's unit total); (c) an agency account manager reporting to the brand,
in several shapes ("For the client deck: ...", "Brand wants ...", "Client call in ten minutes", "For
the monthly brand report", "for the client's compliance slide"). The Chinese half: (a) a seller
typing short messages on a phone (美国站, 德站, 英国仓, 日本站, 全站, 所有仓加起来), with the odd
same-sound typo a seller really makes (消量 for 销量 twice, 定单 for 订单), no pinyin abbreviations;
(b) a 新人运营 asking in full sentences with 请问 (您好，请问; 想请问一下; 请问一下), one message
with two asks (the cat teaser's declared code and the code the system proposes); (c) a 老板 asking
about money: 卖一个赚多少 / 利润是不是负的 (margin), 亏不亏 / 亏本 (losing), 进货成本, 拿货价 and
落地成本 (cost and landed, one message with both), 买家到手价 (the price), 进账 and 收了多少钱
(revenue), 卖了多少件、卖了多少钱 (units and revenue in one message). Products by the names a seller
uses (kettle / 水壶 / 电热水壶, blender / 料理棒, mini fan / 小风扇 / 风扇, frother / 奶泡器,
kitchen scale / 厨房秤 / 电子秤, bath mat / 防滑垫, bubble machine, yoga mat, 逗猫棒, 保温杯), SKUs
only for an unknown one.

Coverage. Every answerable kind the grader supports appears: units (7, one inside a both), orders
(4), revenue (4, one inside a both), both (6), top (2), top_n (top 3 across all stores; top 5 on the
German store), top_store, compare (three stores; two), bottom, cost (3, two inside a both), landed
(2, both inside a both), margin, losing (all stores, and Japan), price, hs (3, one inside a both),
hs_proposed (2, one inside a both), no_hs, stock (3: two at one store, one at all locations),
on_hand, reserved, inbound (one store; all locations), hub, cover (2), stockout (2), reorder,
top_stock, listing (2: a validated and an approved listing), listing_count (the Canada store),
not_live, count, proposals, findings, exceptions, customs, late, eta (2), in_transit, ship_contents,
ship_units (2, one inside a both), ship_for_sku and open_orders (2, one store each). Periods (20
keys): last 7 / 14 / 30 / 90 days, yesterday, this week, last week, last Friday (lastwd:4), this
month, last month, October, November, September (m:9), the third quarter (q:3), the last quarter,
year to date (2), since Black Friday (2), Black Friday itself, since a date (since:11-20) and an
explicit range (range:11-01:11-20). Fifteen are not to be answered with a figure: data the business
does not hold (Sponsored Products ad spend, conversion rate and sessions, 退货率, the Amazon
account's withdrawable balance), two writes ("change kettle price us to 22.99",
把日本站风扇的价格改成2880日元), two other sellers' figures (a competitor's kettle units,
隔壁同款奶泡器's orders) (refuse: eight); a name fitting several products ("bamboo one": the
toothbrushes NB-BT-003 and the cutting boards NB-KT-004; USB那款: the fan and the cable, and in
English titles the charger; 不锈钢那款: the kettle, the shower shelf, the water bottle and the
whisk), an unknown SKU (NB-KT-011) and a shipment code the business does not have (SHP-2612-JP-AIR)
(clarify: five); two follow-ups with no context ("same for jp", 那英国呢) (decline). A period's
total profit (赚了多少 for a month) was left out on purpose: the grader has no truth for it and it
is not plainly "not held", so it is neither asked nor refused; 赚多少 is asked per unit only (the
margin).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth was computed
alone with the grader's `Truth.expect` (and `forbid`) on both demo files before the block was
committed: none raises, and every answerable spec's truth is non-empty on both (the refuse / clarify
/ decline specs have no figure by design). The strings were compared exactly (and case- and
space-folded) with every earlier block's strings by a set intersection printing only the collisions:
none collided. Truths worth knowing before reading figures: only six SKUs sell (NB-AP-001 to
NB-AP-005 and NB-BT-001), so the "fewest units on Amazon US in the last 7 days" question is a tie at
0 that the grader breaks alphabetically: NB-AP-003 (the fan, out of stock at FBA US) on 2026-12-07
and NB-AP-002 on 2027-11-24, 0 units each; 2026-12-07 is a Monday, so 这周到目前 is that one day (6
个订单; 24 on 2027-11-24); the kettle's US units yesterday are a legitimate 0 件 on 2026-12-07 (3 件
on 2027-11-24); "since Black Friday" on 2027-11-24 starts at the previous year's Black Friday, so it
covers a year (the kettle's US revenue 12519.99 USD, against 174.93 USD on 2026-12-07; the US store
leads on both dates, 83 and 2692 units); the fan in Japan holds the demo's one active regular price
(1780 JPY), and it is the one listing that loses money (137 JPY a unit), which the margin and both
losing questions expect; the milk frothers travel only on SHP-2610-US-OC (210 units, also the one
shipment held in customs); SHP-2611-DE-OC carries the kettle and the hand blender, 216 units; "late"
is SHP-2610-US-OC and SHP-2611-DE-AIR (SHP-2610-UK-EXP has an open short-receipt exception, so it
counts among the three exceptions but not as late, and it is the one shipment not in transit); the
bubble machine's US listing is validated ("US checked") and the Japanese 没上线 list is the three
toys, while the water bottle's Japanese listing is approved (JP 已批准); the Canada store holds 71
listings and no orders or stock; the catalogue is 47 products, 15 proposals are open and the latest
run has 38 findings, on both dates; the kettle at the Ningbo hub is 180 on both dates; the product
with the most stock is the kitchen scale (322, then 307); the fan's reserved units at FBA UK are 1
on both dates; days of cover swap between the dates (the fan in Germany 8.0 then 0.0, the scale in
Germany 0.0 then 15.0); the scale at FBA UK is 22 on hand / 22 available / 33 inbound, then 0 / 0 /
12; the kettle at FBA DE 8 / 8 / 178, then 0 / 0 / 189; the frother is to be reordered for DE and UK
on 2026-12-07 and for all four stores on 2027-11-24; landed costs are 8.54 GBP (the hand blender,
UK) and 2.07 USD (the frother, US) on both dates; the cat teaser's declared code is 392690 and the
proposed one 6701003000, the yoga mat's proposed code 9506910010; "no HS code" holds NB-BT-004 and
NB-CL-002; the kitchen scale's year-to-date revenue is in four currencies (EUR, GBP, JPY, USD), all
four expected; neither top_n has a tie at its cut-off on either date.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AC: list[tuple[str, Spec]] = [
    # --- English (a): a seller on a phone, keywords, typos, no grammar
    ("blendr units amazon.de last 14 days", ("units", "NB-AP-002", "DE", "14d")),
    ("frother ordrs us last wk", ("orders", "NB-AP-004", "US", "last_week")),
    ("top seler jp this month?", ("top", "JP", "this_month")),
    ("scale stock fba uk", ("stock", "NB-AP-005", "UK")),
    ("bath matt stock all warehouses + inbound", ("stock", "NB-BT-001", None)),
    ("eta on SHP-2611-UK-AIR??", ("eta", "SHP-2611-UK-AIR")),
    ("anything stuck in customs rn", ("customs",)),
    ("fan days of cover de", ("cover", "NB-AP-003", "DE")),
    ("unshipped orders uk how many", ("open_orders", "UK")),
    ("hs code for kitchen scale pls", ("hs", "NB-AP-005")),
    ("whats oos in germany", ("stockout", "DE")),
    ("change kettle price us to 22.99", ("refuse",)),
    ("bamboo one stock us", ("clarify",)),
    ("same for jp", ("decline",)),
    ("wheres SHP-2612-JP-AIR at", ("clarify",)),
    # --- English (b): a curious new employee, full and slightly verbose, sometimes two asks
    (
        "Hi, I'm new here and still finding my way around. How many products are in our "
        "catalogue altogether, and how many listings do we have on the Canada store?",
        ("both", ("count",), ("listing_count", "CA")),
    ),
    (
        "Sorry if this is a basic question, but which of our shipments are still on their way, "
        "meaning they haven't been received at a warehouse yet?",
        ("in_transit",),
    ),
    (
        "I saw a few items sitting in the approvals inbox. How many proposals are currently "
        "waiting for someone to approve or reject them?",
        ("proposals",),
    ),
    (
        "Could you tell me the landed cost of the hand blender when we sell it in the UK, and "
        "also what we pay the factory for one unit? I'm trying to understand the gap between "
        "the two.",
        ("both", ("landed", "NB-AP-002", "UK"), ("cost", "NB-AP-002")),
    ),
    (
        "Which shipment are the milk frothers travelling on at the moment, and how many units "
        "is that shipment carrying in total?",
        ("both", ("ship_for_sku", "NB-AP-004"), ("ship_units", "SHP-2610-US-OC")),
    ),
    (
        "I'm trying to get a feel for seasonality here. How many kitchen scales did we sell on "
        "the US store in the third quarter?",
        ("units", "NB-AP-005", "US", "q:3"),
    ),
    (
        "What's actually packed in shipment SHP-2611-DE-OC? I'd like to know which products "
        "went into it.",
        ("ship_contents", "SHP-2611-DE-OC"),
    ),
    (
        "Is the bubble machine live on Amazon US yet, or is its listing still stuck at an "
        "earlier stage?",
        ("listing", "NB-TY-002", "US"),
    ),
    (
        "Out of curiosity, which single product do we hold the most units of if you add up "
        "every location, the hub included?",
        ("top_stock",),
    ),
    (
        "My manager mentioned that some products still don't have an HS code on file. Which "
        "ones are those?",
        ("no_hs",),
    ),
    (
        "How many kettles are sitting at our origin hub in Ningbo right now, waiting to be sent "
        "out to the marketplaces?",
        ("hub", "NB-AP-001"),
    ),
    (
        "How did bath mat sales in units compare across the US, UK and German stores over the "
        "last 90 days? I'd like to see the three side by side.",
        ("compare", "NB-BT-001", ("US", "UK", "DE"), "90d"),
    ),
    (
        "Where would I find our advertising numbers? Specifically, how much did we spend on "
        "Sponsored Products ads last month?",
        ("refuse",),
    ),
    (
        "Do we know roughly how many kettles our biggest competitor sold on Amazon US last "
        "month? Just curious how we stack up.",
        ("refuse",),
    ),
    # --- English (c): an agency account manager reporting to the brand
    (
        "For the client deck: total revenue on Amazon UK last month.",
        ("revenue", None, "UK", "last_month"),
    ),
    (
        "Brand wants the top 3 products by units across all marketplaces, year to date. Can you "
        "pull that?",
        ("top_n", None, "ytd", 3),
    ),
    (
        "Client call in ten minutes - which marketplace has moved the most units since Black "
        "Friday?",
        ("top_store", "bf"),
    ),
    (
        "For the monthly brand report: how many kettles did we sell in Germany in October?",
        ("units", "NB-AP-001", "DE", "oct"),
    ),
    (
        "The client asked whether anything is currently selling at a loss. If so, which SKU and "
        "how much per unit?",
        ("losing", None),
    ),
    (
        "for the deck: which product sold the fewest units on Amazon US in the last 7 days?",
        ("bottom", "US", "7d"),
    ),
    (
        "Putting together the ops slide for the brand: how many shipments have an open "
        "exception at the moment, and which ones are they?",
        ("exceptions",),
    ),
    (
        "Mini fan units on Amazon Japan from 1 Nov to 20 Nov, please. It's for the client's "
        "promo recap.",
        ("units", "NB-AP-003", "JP", "range:11-01:11-20"),
    ),
    (
        "The brand keeps asking about delays. Which inbound shipments are currently running late?",
        ("late",),
    ),
    (
        "For the client's compliance slide: what HS code has customs proposed for the yoga mat?",
        ("hs_proposed", "NB-SP-001"),
    ),
    (
        "For the client deck we also need conversion rate and sessions for the kettle listing on "
        "Amazon US over the last 30 days.",
        ("refuse",),
    ),
    # --- Chinese (a): 手机上打字的卖家，短，偶尔打错同音字
    ("水壶美国站昨天消量多少", ("units", "NB-AP-001", "US", "yesterday")),
    ("料理棒德站11月20号以来几个定单", ("orders", "NB-AP-002", "DE", "since:11-20")),
    ("英国仓小风扇在库还有几个", ("on_hand", "NB-AP-003", "UK")),
    ("厨房秤日本站在途多少", ("inbound", "NB-AP-005", "JP")),
    ("防滑垫所有仓加起来在途多少件", ("inbound", "NB-BT-001", None)),
    ("日本站现在哪些断货了", ("stockout", "JP")),
    ("奶泡器哪几个站没货了 要补吗", ("reorder", "NB-AP-004")),
    ("这周到目前全站一共出了多少单", ("orders", None, None, "this_week")),
    ("SHP-2610-US-OC 啥时候到仓", ("eta", "SHP-2610-US-OC")),
    ("日本站还有哪些链接没上线", ("not_live", "JP")),
    ("那英国呢", ("decline",)),
    ("USB那款美国站近7天卖了几个", ("clarify",)),
    ("11月美国站消量最好的是哪个", ("top", "US", "nov")),
    ("德国仓水壶库存多少", ("stock", "NB-AP-001", "DE")),
    ("NB-KT-011 还有货吗", ("clarify",)),
    # --- Chinese (b): 新人运营，完整句子，带"请问"
    ("您好，请问系统最近一次自动检查一共发现了几个问题？", ("findings",)),
    ("请问小风扇在英国仓有几件是被预留的？", ("reserved", "NB-AP-003", "UK")),
    (
        "请问逗猫棒现在申报的海关编码是多少？系统有没有建议改成别的编码？",
        ("both", ("hs", "NB-PT-003"), ("hs_proposed", "NB-PT-003")),
    ),
    ("请问上周五日本站一共卖出去多少件？", ("units", None, "JP", "lastwd:4")),
    (
        "想请问一下，料理棒在美国站和英国站最近30天的销量分别是多少？",
        ("compare", "NB-AP-002", ("US", "UK"), "30d"),
    ),
    ("请问电子秤在德国站的库存还够卖几天？", ("cover", "NB-AP-005", "DE")),
    ("请问SHP-2611-DE-OC这票货一共装了多少件？", ("ship_units", "SHP-2611-DE-OC")),
    ("请问美国站现在还有多少个订单没发货？", ("open_orders", "US")),
    ("请问一下料理棒的HS编码是多少？", ("hs", "NB-AP-002")),
    ("请问保温杯在日本站的链接现在是什么状态？", ("listing", "NB-KT-002", "JP")),
    ("请问黑五当天美国站一共出了多少单？", ("orders", None, "US", "bfday")),
    ("请问9月份德国站卖得最好的前五个产品是哪几个？", ("top_n", "DE", "m:9", 5)),
    (
        "请问在哪里能看到退货率？比如水壶上个月在美国站的退货率是多少？",
        ("refuse",),
    ),
    ("请问隔壁那家卖同款奶泡器的店，上个月大概卖了多少单？", ("refuse",)),
    # --- Chinese (c): 老板问钱：赚了多少、亏不亏、利润、成本、到手价
    ("日本站那个小风扇卖一个赚多少？利润是不是负的？", ("margin", "NB-AP-003", "JP")),
    ("日本站的东西现在卖得亏不亏？有亏本的吗", ("losing", "JP")),
    ("电热水壶进货成本多少钱一个？", ("cost", "NB-AP-001")),
    ("黑五到现在，美国站的水壶一共进账多少钱？", ("revenue", "NB-AP-001", "US", "bf")),
    ("日本站小风扇现在买家到手价多少钱？", ("price", "NB-AP-003", "JP")),
    (
        "奶泡器拿货价多少？发到美国仓之后落地成本又是多少？",
        ("both", ("cost", "NB-AP-004"), ("landed", "NB-AP-004", "US")),
    ),
    ("上个季度英国站总共收了多少钱？", ("revenue", None, "UK", "last_quarter")),
    (
        "今年到现在厨房秤一共卖了多少件、卖了多少钱？",
        ("both", ("units", "NB-AP-005", None, "ytd"), ("revenue", "NB-AP-005", None, "ytd")),
    ),
    ("把日本站风扇的价格给我改成2880日元", ("refuse",)),
    ("亚马逊账户里现在能提现的余额还有多少？", ("refuse",)),
    ("不锈钢那款成本多少？", ("clarify",)),
]
