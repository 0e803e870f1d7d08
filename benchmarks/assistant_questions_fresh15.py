"""Block "freshT": 80 new seller questions (40 Chinese, 40 English), asked in context as someone
would in a weekly review meeting or an email, written without the assistant's parser, its answers
or any other block's question list in view, graded strictly (`assistant_chat.py --fresh15`). Not
yet run: the assistant has not seen these questions.

Voice. Every question carries its reason or a preamble before the actual question ("Before I place
the next factory order, ...", "For Monday's review ...", "老板问我要数据：...",
"下周开周会要用，麻烦帮我查一下 ..."), is polite ("could you please", "麻烦", "请问"), and often
puts the store or the period at the end or in a subordinate clause ("... on the UK marketplace, for
last month, please", "... from Nov 1 to Nov 15 on Amazon Japan?"). Numbers are written as words
(thirty days, two weeks, ninety days, 三十天, 两周, 九十天, 七天, 一季度); dates as "Nov 1 to Nov
15" and "11月1号到15号". Stores are named in varied forms: Amazon US, the States, amazon.co.uk, the
UK marketplace, Britain, Amazon Germany, FBA Germany, amazon.de, the Canadian marketplace
(amazon.ca), Amazon Japan, 美亚, 日亚, 日本亚马逊, 德亚, 德国站, 英国站, 英国仓, 加拿大站. Several
questions come from a finance person asking for unit cost, landed cost per unit and per-unit margin
in precise wording (not the purchase price, in yen, on file). Some of the preambles mention things
the business does not hold (a warehouse report, a December newsletter, next quarter, a quarterly
carrier review) as context, not as the question.

Coverage. Every spec kind the grader supports appears at least once: units, orders, revenue, top,
bottom, top_n, top_store, compare (six), cost, landed, margin, losing, price, hs, hs_proposed,
no_hs, stock (one store and all locations), on_hand, reserved, inbound, hub, cover, stockout,
reorder, top_stock, listing, listing_count, not_live, count, proposals, findings, exceptions,
customs, late, eta, in_transit, ship_units, ship_contents, ship_for_sku, open_orders and one
compound ("both": unit cost and landed cost). Rankings: top, top 3, top 5, bottom, top store
(twice), top stock. Shipments: ETA (two), exceptions, customs, late, contents, units, in transit,
shipments carrying a SKU. Listings and HS codes: listing status (two), not live (two), listing
count, declared HS, proposed HS (two), products with none. Periods: last 7 / 14 / 30 / 90 days, last
week, this month, last month, October, November, the third quarter, the first quarter (一季度), year
to date, since a date (November 10), since Black Friday and an explicit range (Nov 1 to Nov 15).
Fifteen questions are not to be answered with a figure: figures the business does not hold
(Sponsored Products ad spend, returns, 差评, 企业所得税), two writes ("delist the bubble machine",
把小风扇下架), two other sellers' data (refuse); a name that fits several products ("the pet one":
four pet products; 不锈钢的那个: the bottle, the whisk, the kettle and the shower shelf), an unknown
SKU (NB-AP-010) and two shipment codes the business does not have (SHP-2612-JP-AIR, SHP-2609-CA-OC)
(clarify); two follow-ups with no context (decline: asking back or refusing both pass). SKUs appear
in lower case (nb-kt-003, shp-2611-de-oc, nb-ap-005) and products mostly by nickname (the kettle,
the hand / immersion blender, the handheld fan, the milk frother, the kitchen scale, the bath mat,
料理棒, 小风扇, 奶泡器, 电子秤, 厨房秤, 防滑垫, 保温杯, 烘焙垫, 电热水壶).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth was computed
alone with the grader's `Truth.expect` on both demo files before the block was committed: none
raises, and every answerable spec's truth is non-empty on both (the refuse / clarify / decline specs
have no figure by design). Truths worth knowing before reading figures: the "bottom" question
(fewest units on the UK marketplace) is a tie at 0 units among every product never sold there, which
the grader breaks alphabetically; 黑五以来 on the 2027-11-24 demo starts at the previous year's
Black Friday (the latest begun), so its figure covers a year; "products with no HS code" holds two
SKUs (NB-BT-004 and NB-CL-002); NB-KT-003's unit cost on file is the demo's decimal slip and the
question says the figure looks off; 保温杯 (NB-KT-002) has no product-level cost, so its truth is
the three variants' costs; the one active regular price in the demo is the fan in Japan, which the
price question asks for. The draft strings were compared exactly with every earlier block's strings
(a set intersection printing only the collisions): none collided. (The writer's look at
`assistant_questions_fresh13.py` for its layout showed the opening words of two of its questions;
neither was copied.)

First sight (offline, measured untouched on main f29dea5, on both demo dates 2026-12-07 and
2027-11-24, same figures): 61 pass / 12 honest / 7 wrong (76.2% pass, 8.8% wrong).
Dev data from here on (tuned on). After tuning (ADR 0185), offline on both dates: 78 / 2 / 0.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_T: list[tuple[str, Spec]] = [
    # --- English: sales, with the reason first and the store or period late
    (
        "Before I place the next factory order, could you tell me how many electric kettles "
        "we sold over the last thirty days on Amazon US?",
        ("units", "NB-AP-001", "US", "30d"),
    ),
    (
        "For Monday's review I'd like the revenue figure for the hand blender, on the UK "
        "marketplace, for last month, please.",
        ("revenue", "NB-AP-002", "UK", "last_month"),
    ),
    (
        "Our bookkeeper is closing the month and asked me to check: how many orders did the "
        "German store take during November?",
        ("orders", None, "DE", "nov"),
    ),
    (
        "I'm putting the quarterly deck together, so could you please pull our total revenue, "
        "all stores combined, for the third quarter?",
        ("revenue", None, None, "q:3"),
    ),
    (
        "Just so I can reconcile it with the warehouse report, how many mini fans did we sell "
        "from Nov 1 to Nov 15 on Amazon Japan?",
        ("units", "NB-AP-003", "JP", "range:11-01:11-15"),
    ),
    # --- English: comparisons and rankings
    (
        "The UK and German teams both say the bath mat is doing better for them, so could you "
        "compare the units it sold in the UK against Germany over the past two weeks?",
        ("compare", "NB-BT-001", ("UK", "DE"), "14d"),
    ),
    (
        "Before we decide where to push the milk frother next quarter, please compare how many "
        "we sold in the States versus Japan in the last ninety days.",
        ("compare", "NB-AP-004", ("US", "JP"), "90d"),
    ),
    (
        "For the weekly review, could you tell me how the US and UK marketplaces compared on "
        "total units sold, looking at last week?",
        ("compare", None, ("US", "UK"), "last_week"),
    ),
    (
        "We're choosing products to feature in the December newsletter, so could you list our "
        "top three sellers by units on Amazon Germany over the last thirty days?",
        ("top_n", "DE", "30d", 3),
    ),
    (
        "Which of our marketplaces moved the most units last month? I need one line for the "
        "board summary.",
        ("top_store", "last_month"),
    ),
    (
        "For the review meeting, could you tell me which single product sold the most units "
        "across every store since November 10?",
        ("top", None, "since:11-10"),
    ),
    (
        "Out of everything we list on the UK marketplace, which product sold the fewest units "
        "in the past thirty days?",
        ("bottom", "UK", "30d"),
    ),
    # --- English: stock
    (
        "The Amazon US warehouse is asking about capacity, so could you give me the current "
        "stock position (on hand, available and inbound) of the hand blender there?",
        ("stock", "NB-AP-002", "US"),
    ),
    (
        "How many units of the handheld fan are currently reserved at the UK fulfilment "
        "centre, if any?",
        ("reserved", "NB-AP-003", "UK"),
    ),
    (
        "Before I sign off on air freight, could you work out how many days of cover the fan "
        "still has in Britain at the last thirty days' rate of sale?",
        ("cover", "NB-AP-003", "UK"),
    ),
    (
        "Could you please check how many kitchen scales are sitting at our Ningbo hub right "
        "now, waiting for a shipment?",
        ("hub", "NB-AP-005"),
    ),
    (
        "I'd like to escalate anything that has run dry before the weekend: which products "
        "are currently out of stock at FBA Germany?",
        ("stockout", "DE"),
    ),
    # --- English: shipments
    (
        "Our UK manager asked me this morning, so could you tell me when shipment "
        "SHP-2611-UK-AIR is expected to arrive?",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    (
        "Ahead of Thursday's logistics call, could you list every shipment that has an open "
        "exception at the moment?",
        ("exceptions",),
    ),
    (
        "The US team mentioned a customs hold; could you confirm which of our shipments is "
        "actually being held by customs right now?",
        ("customs",),
    ),
    (
        "For the quarterly carrier review, I'd like to know which of our shipments are "
        "currently running late.",
        ("late",),
    ),
    (
        "When SHP-2610-US-OC finally clears, which products will it be bringing in?",
        ("ship_contents", "SHP-2610-US-OC"),
    ),
    (
        "Could you tell me how many units in total are loaded on the ocean shipment to "
        "Germany, shp-2611-de-oc?",
        ("ship_units", "SHP-2611-DE-OC"),
    ),
    # --- English: listings and HS codes
    (
        "Our customs broker asked for this first thing: what HS code have we declared for the "
        "immersion blender?",
        ("hs", "NB-AP-002"),
    ),
    (
        "I noticed a customs code suggestion come through for the yoga mat; could you tell me "
        "which code is being proposed?",
        ("hs_proposed", "NB-SP-001"),
    ),
    (
        "Before the customs audit, could you please tell me which of our products still have "
        "no HS code declared?",
        ("no_hs",),
    ),
    (
        "Could you confirm the listing status of the electric kettle on the Canadian "
        "marketplace, amazon.ca?",
        ("listing", "NB-AP-001", "CA"),
    ),
    (
        "I'd like to chase these before Christmas: which of our listings on amazon.co.uk are "
        "not live yet?",
        ("not_live", "UK"),
    ),
    # --- English: a finance person, precise wording
    (
        "For the cost reconciliation, what unit cost do we have on file for nb-kt-003? I "
        "suspect the figure is off.",
        ("cost", "NB-KT-003"),
    ),
    (
        "To be precise, I need the landed cost per unit of the hand blender into the US "
        "marketplace, not the purchase price from the factory.",
        ("landed", "NB-AP-002", "US"),
    ),
    (
        "What per-unit margin are we making on the handheld fan in Japan at the current "
        "selling price, in yen?",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "For the margin review, could you give me the kitchen scale's unit cost on file and "
        "its landed cost per unit into the UK?",
        ("both", ("cost", "NB-AP-005"), ("landed", "NB-AP-005", "UK")),
    ),
    # --- English: to refuse, ask back about or decline
    (
        "For the marketing review, how much did we spend on Sponsored Products ads for the "
        "kettle last month?",
        ("refuse",),
    ),
    (
        "The customer service lead would like to know how many returns the hand blender had "
        "over the past thirty days on the UK marketplace.",
        ("refuse",),
    ),
    (
        "Since it has barely sold, could you please delist the bubble machine from amazon.de "
        "today?",
        ("refuse",),
    ),
    (
        "A contact at another brand asked me to check: how many units did the seller Homelux "
        "Direct sell in Germany last month?",
        ("refuse",),
    ),
    (
        "Could you tell me how the pet one sold on Amazon US over the last thirty days? I "
        "can't recall its exact name.",
        ("clarify",),
    ),
    (
        "For my notes, how many units of NB-AP-010 did we sell in the UK during October?",
        ("clarify",),
    ),
    (
        "The Japan team is waiting on it: when is shipment SHP-2612-JP-AIR due to land?",
        ("clarify",),
    ),
    (
        "Following up on the figure you sent earlier, could you give me the same number for "
        "the other store as well?",
        ("decline",),
    ),
    # --- Chinese: sales
    (
        "老板问我要数据：料理棒在美国站过去三十天一共卖了多少件？",
        ("units", "NB-AP-002", "US", "30d"),
    ),
    (
        "下周开周会要用，麻烦帮我查一下十月份德亚的销售额一共是多少欧元",
        ("revenue", None, "DE", "oct"),
    ),
    ("我在做补货计划，想知道这两周日本亚马逊一共出了多少个订单", ("orders", None, "JP", "14d")),
    (
        "麻烦帮我查一下，电子秤从11月1号到15号在英国站卖了几件",
        ("units", "NB-AP-005", "UK", "range:11-01:11-15"),
    ),
    (
        "老板想看今年到目前为止防滑垫一共卖了多少件，所有站点加起来算",
        ("units", "NB-BT-001", None, "ytd"),
    ),
    ("做年度复盘需要：电热水壶一季度在德国站卖了多少件？", ("units", "NB-AP-001", "DE", "q:1")),
    # --- Chinese: comparisons and rankings
    (
        "想对比一下这个月小风扇在德亚和英国站的销量，麻烦分别告诉我多少件",
        ("compare", "NB-AP-003", ("DE", "UK"), "this_month"),
    ),
    ("周报里要写一句：过去七天英国站和德国站的总销量对比", ("compare", None, ("UK", "DE"), "7d")),
    (
        "麻烦对比一下料理棒过去九十天在美亚和日亚各卖了多少件",
        ("compare", "NB-AP-002", ("US", "JP"), "90d"),
    ),
    ("开会前想确认一下，过去三十天美国站卖得最好的前五个产品是哪些？", ("top_n", "US", "30d", 5)),
    ("老板要看：黑五以来哪个站点卖的件数最多？", ("top_store", "bf")),
    ("仓库那边在问，现在哪个产品的总库存最多？", ("top_stock",)),
    # --- Chinese: stock
    (
        "下单给工厂之前想确认一下，奶泡器现在所有仓库加起来的库存是多少",
        ("stock", "NB-AP-004", None),
    ),
    ("麻烦查一下电子秤现在在英国仓实际在库有几个", ("on_hand", "NB-AP-005", "UK")),
    (
        "我要跟货代对一下数：电热水壶发往德国站的在途还有多少件？",
        ("inbound", "NB-AP-001", "DE"),
    ),
    (
        "厨房秤(nb-ap-005)是不是该补货了？麻烦看一下哪些站点已经没有可售库存",
        ("reorder", "NB-AP-005"),
    ),
    ("周会前麻烦帮我列一下，日本亚马逊目前断货的产品有哪些", ("stockout", "JP")),
    ("按最近三十天的卖法，料理棒在德国站现有的库存还能卖几天？", ("cover", "NB-AP-002", "DE")),
    # --- Chinese: shipments
    ("客户在催货，美国那票海运 SHP-2610-US-OC 现在预计哪天到？", ("eta", "SHP-2610-US-OC")),
    ("想知道料理棒现在在哪几票货里，麻烦帮我查一下", ("ship_for_sku", "NB-AP-002")),
    ("物流周会要用：现在还在路上、还没签收入库的货件有哪些？", ("in_transit",)),
    # --- Chinese: listings and HS codes
    ("烘焙垫那边系统提了一个改HS编码的建议，请问建议改成哪个编码？", ("hs_proposed", "NB-KT-006")),
    ("麻烦确认一下，防滑垫在日本站的listing现在是什么状态", ("listing", "NB-BT-001", "JP")),
    ("加拿大站还有哪些listing没有上线？我这周要跟进", ("not_live", "CA")),
    ("做季度汇报要用，德亚我们一共挂了多少条listing？", ("listing_count", "DE")),
    # --- Chinese: costs, prices and money
    ("财务核成本用：保温杯的采购单价是多少？", ("cost", "NB-KT-002")),
    ("请问电热水壶发到德国站，每件的到岸成本是多少？", ("landed", "NB-AP-001", "DE")),
    ("日亚那边小风扇现在的售价是多少日元？", ("price", "NB-AP-003", "JP")),
    ("老板问：日本站有没有哪个产品是亏本在卖的？", ("losing", "JP")),
    # --- Chinese: orders, proposals, findings, catalogue
    (
        "客服说还有订单没发出去，麻烦查一下美国站现在有多少个待发货的订单",
        ("open_orders", "US"),
    ),
    ("这周有多少个待审批的提案需要我处理？", ("proposals",)),
    ("周会上要讲：最近一次自动检查一共发现了多少个问题？", ("findings",)),
    ("新同事问的，我们目录里现在一共有多少个产品？", ("count",)),
    # --- Chinese: to refuse, ask back about or decline
    ("麻烦帮我查一下，料理棒在英国站最近一个月收到了多少条差评", ("refuse",)),
    ("财务要报税：今年我们的企业所得税大概要交多少？", ("refuse",)),
    ("小风扇在日本站一直亏钱，麻烦直接帮我把它下架", ("refuse",)),
    ("隔壁那家也卖电热水壶的店，上个月在美国站卖了多少，能帮我查一下吗", ("refuse",)),
    ("不锈钢的那个在德国站上个月卖了多少件？", ("clarify",)),
    ("麻烦查一下 SHP-2609-CA-OC 这票货现在到哪了", ("clarify",)),
    ("那上个月的呢？也帮我查一下", ("decline",)),
]
