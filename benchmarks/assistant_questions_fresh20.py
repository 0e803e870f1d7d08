"""Block "freshY": 80 new seller questions (40 English, 40 Chinese), asked by a demanding reviewer
who has read the issue's list of what the assistant covers and now probes its edges on the demo,
written without the assistant's parser, its answers or any other block's question list in view,
graded strictly (`assistant_chat.py --fresh20`). Not yet run: the assistant has not seen these
questions.

Voice. Fair but tricky: each question is one a seller could ask, worded to test a boundary the
issue promises to handle. Period edges: yesterday, today so far, the first week of November (1st
to 7th), Monday or Wednesday of last week (never a bare "last Monday", which is ambiguous on a
Wednesday), this week, September, last quarter, year to date, since Black Friday and Black Friday
itself (昨天, 今天到目前为止, 11月第一周, 上周三, 这周, 黑五当天, 今年以来). Figures that are
legitimately zero: a variant SKU that has never sold (NB-KT-001-RED, NB-KT-001-GRN) and the bath
mat's stock on hand at FBA Germany. Real variant SKUs from the demo's variants table
(NB-KT-001-RED, NB-SP-001-PUR, NB-KT-001-GRN, NB-KT-002-750) and variants named by colour alone
(the sky blue one, 紫色的那个). Amounts asked in a currency, always the one the figure is held in
(in pounds, in USD, in euros, in yen, 多少日元, 多少美元, 折合人民币 for a cost held in CNY), so
no conversion is needed. Per unit against total (the margin on each fan, the landed cost of one
frother "not the shipment", a shipment's total units "not per SKU"). SKUs typed with a missing
dash (NBAP-005, NB-BT001, NB-AP001, NBBT-001). Products named by material alone, once unique
(the borosilicate glass one, 陶瓷的那个) and once ambiguous (the bamboo one: the cutting boards
and the toothbrushes; 铝合金的那个: the garden tools, the desk lamp, the USB-C cable and the phone
stand). Questions mixing a product and a shipment, answered as a compound ("both").

Coverage. units (nine), orders (three), revenue (six), top_n (two), bottom (two), top_store,
top_stock, compare, cost (four: the sky blue one is a variant, two are named by material alone),
landed (two), margin, losing, price, hs, hs_proposed (two), no_hs, stock (two, both SKUs with a
missing dash), on_hand, reserved, inbound (one store and all locations), hub, cover, stockout
(two), reorder, listing (two, both variant SKUs), listing_count, not_live, count, proposals,
findings, exceptions, late, ship_contents, in_transit, open_orders and four compounds ("both":
the shipments carrying a product with one shipment's ETA, twice; the shipments carrying the milk
frother with the customs holds; one shipment's total units with its SKUs), which between them add
ship_for_sku, eta, customs and ship_units. Periods: yesterday, today so far (1d), this week, Monday
and Wednesday of last week, the last 7 / 14 / 30 / 90 days, this month, last month, September,
October, the first week of November (1 to 7 Nov), last quarter, year to date, since Black Friday
and Black Friday itself. Fifteen questions are not to be answered with a figure: profit after
Amazon's fees and ad spend (twice, refuse: the business holds per-unit margins from its pricing
findings, not a profit net of ads), a competitor's sales (twice, refuse), two writes (a price
drop on the bath mat, a price change on the kitchen scale: refuse), products named ambiguously by
material or colour (the bamboo one, the black one, 铝合金的那个, 白色的那个: clarify), an unknown
SKU (NB-KT-009) and two shipment codes the business does not have (SHP-2611-US-AIR,
SHP-2611-JP-OC) (clarify), and two follow-ups with no context (decline: asking back or refusing
both pass).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3 (products, variants, listings' materials and colours, orders,
stock, shipments, change requests, findings, prices, HS codes), never from the assistant's code or
output. Every truth was computed alone with the grader's `Truth.expect` on both demo files before
the block was committed: none raises, and every answerable spec's truth is non-empty on both (the
refuse / clarify / decline specs have no figure by design), and no compound's halves contradict
(one wanting a shipment code the other forbids). The question strings were compared exactly with
every earlier block's strings (a set intersection printing only the collisions): one draft string
collided exactly and two more once case, spaces and punctuation were ignored; all three were
reworded, and none collides now.

Truths worth knowing before reading figures. Only six SKUs ever sell (NB-AP-001 to NB-AP-005 and
NB-BT-001) and order lines carry product SKUs, so a variant SKU's units are 0 ("0 units",
"0 件"). 2026-12-07 is a Monday: "today so far" and "this week" are that one day, and "yesterday"
is a Sunday; 2027-11-24 is a Wednesday. "Since Black Friday" on 2027-11-24 starts at the previous
year's Black Friday (the latest begun), and "Black Friday itself" on that date is 2026-11-27. The
fewest-units question on Amazon Germany is a tie at 0 among every product never sold there, which
the grader breaks alphabetically. The only margin held is the fan (NB-AP-003) in Japan, which loses
¥137 a unit; the only active price is the same fan in Japan (¥1,780). The borosilicate glass one
(NB-KT-003) has the demo's decimal slip as its unit cost (3800 CNY); the sky blue one is a variant
of the yoga mat (NB-SP-001), whose three variants all cost 26.00 CNY; 陶瓷的那个 is the coffee
grinder (NB-KT-008, 45.00 CNY); the whisk's cost is held in CNY, so 折合人民币 needs no rate. The
bath mat has 0 on hand at FBA Germany on both demo dates. Two single-day figures are 0 on one
date only: the hand blender in Germany on Monday of last week (2027-11-24) and in the UK on
Wednesday of last week (2026-12-07).
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_Y: list[tuple[str, Spec]] = [
    # --- English: period boundaries, currencies, zeros, variants
    (
        "Your feature list says 'units sold'. Fine: how many units did we sell yesterday, "
        "every store together?",
        ("units", None, None, "yesterday"),
    ),
    (
        "Today so far, how many orders have come in on Amazon US?",
        ("orders", None, "US", "1d"),
    ),
    (
        "UK store revenue for the first week of November, the 1st to the 7th, in pounds.",
        ("revenue", None, "UK", "range:11-01:11-07"),
    ),
    (
        "Monday of last week only: how many hand blenders did Amazon Germany sell that day?",
        ("units", "NB-AP-002", "DE", "lastwd:0"),
    ),
    (
        "How many units of NB-KT-001-RED have we sold over the last 30 days, all stores?",
        ("units", "NB-KT-001-RED", None, "30d"),
    ),
    (
        "What's the listing status of NB-SP-001-PUR on amazon.co.uk?",
        ("listing", "NB-SP-001-PUR", "UK"),
    ),
    (
        "Electric kettle revenue on Amazon US for last quarter, in USD.",
        ("revenue", "NB-AP-001", "US", "last_quarter"),
    ),
    (
        "Amazon Germany revenue for September, in euros please.",
        ("revenue", None, "DE", "m:9"),
    ),
    (
        "Amazon Japan revenue year to date, in yen, not converted into anything.",
        ("revenue", None, "JP", "ytd"),
    ),
    (
        "How many orders has the UK store taken since Black Friday?",
        ("orders", None, "UK", "bf"),
    ),
    # --- English: per unit against total, money the business may not hold
    (
        "Per unit, not in total: what margin do we make or lose on each handheld fan sold on "
        "Amazon Japan?",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "Landed cost of a single milk frother into the US - one unit, not the whole shipment.",
        ("landed", "NB-AP-004", "US"),
    ),
    (
        "How much money did I actually make last month, after Amazon's fees and what I spent "
        "on ads?",
        ("refuse",),
    ),
    (
        "What's the fan's price on Amazon Japan, in yen?",
        ("price", "NB-AP-003", "JP"),
    ),
    # --- English: SKUs with a slip, products by material or colour
    (
        "Stock check for NBAP-005 at FBA UK.",
        ("stock", "NB-AP-005", "UK"),
    ),
    (
        "NB-BT001: units sold on Amazon Japan in the last 14 days?",
        ("units", "NB-BT-001", "JP", "14d"),
    ),
    (
        "What unit cost do we have on file for the borosilicate glass one?",
        ("cost", "NB-KT-003"),
    ),
    (
        "The sky blue one - what does it cost us per unit?",
        ("cost", "NB-SP-001"),
    ),
    (
        "How many of the bamboo one did we sell last week?",
        ("clarify",),
    ),
    (
        "Is the black one live on Amazon Germany?",
        ("clarify",),
    ),
    # --- English: a product and a shipment in one question
    (
        "Which shipments carry the electric kettle, and when is SHP-2611-DE-AIR due?",
        ("both", ("ship_for_sku", "NB-AP-001"), ("eta", "SHP-2611-DE-AIR")),
    ),
    (
        "Which shipments is the milk frother on, and which of our shipments are held at "
        "customs right now?",
        ("both", ("ship_for_sku", "NB-AP-004"), ("customs",)),
    ),
    (
        "SHP-2610-US-OC: how many units are on it in total (the total, not per SKU), and "
        "which SKUs?",
        ("both", ("ship_units", "SHP-2610-US-OC"), ("ship_contents", "SHP-2610-US-OC")),
    ),
    (
        "ETA for SHP-2611-US-AIR?",
        ("clarify",),
    ),
    (
        "Units of NB-KT-009 sold this month?",
        ("clarify",),
    ),
    # --- English: other sellers, writes, a follow-up with nothing before it
    (
        "How many kettles a month is the best-selling kettle brand on Amazon US moving? Their "
        "units, not ours.",
        ("refuse",),
    ),
    (
        "Drop the bath mat's price on Amazon US to $9.99.",
        ("refuse",),
    ),
    (
        "And the week before that?",
        ("decline",),
    ),
    # --- English: rankings, stock, listings, customs, shipments
    (
        "Top 3 products on Amazon Japan this month, by units.",
        ("top_n", "JP", "this_month", 3),
    ),
    (
        "October, all stores: which marketplace sold the most units?",
        ("top_store", "oct"),
    ),
    (
        "Fewest units sold on Amazon Germany over the last 90 days: which product is it, zeros "
        "included?",
        ("bottom", "DE", "90d"),
    ),
    (
        "How many days of cover do we have on the kitchen scale at FBA US?",
        ("cover", "NB-AP-005", "US"),
    ),
    (
        "Which SKUs are out of stock at FBA UK?",
        ("stockout", "UK"),
    ),
    (
        "How many bath mats are physically on hand at FBA Germany?",
        ("on_hand", "NB-BT-001", "DE"),
    ),
    (
        "Of the handheld fans at FBA UK, how many are reserved?",
        ("reserved", "NB-AP-003", "UK"),
    ),
    (
        "How many electric kettles are inbound to FBA Japan?",
        ("inbound", "NB-AP-001", "JP"),
    ),
    (
        "What HS code is being proposed for the cat teaser wand?",
        ("hs_proposed", "NB-PT-003"),
    ),
    (
        "Which products have no HS code on file at all?",
        ("no_hs",),
    ),
    (
        "Of our shipments, which ones are running behind schedule?",
        ("late",),
    ),
    (
        "Which shipments have an open exception right now?",
        ("exceptions",),
    ),
    # --- Chinese: period boundaries, currencies, zeros, variants
    (
        "昨天美国站一共出了几单？",
        ("orders", None, "US", "yesterday"),
    ),
    (
        "今天到目前为止，德国站卖了几件？",
        ("units", None, "DE", "1d"),
    ),
    (
        "11月第一周（1号到7号）日本站的销售额是多少日元？",
        ("revenue", None, "JP", "range:11-01:11-07"),
    ),
    (
        "只看上周三那一天，英国站料理棒卖了几个？",
        ("units", "NB-AP-002", "UK", "lastwd:2"),
    ),
    (
        "墨绿色的锅铲套装 NB-KT-001-GRN 上个月卖了几件？",
        ("units", "NB-KT-001-GRN", None, "last_month"),
    ),
    (
        "NB-KT-002-750 在日本站的 listing 现在是什么状态？",
        ("listing", "NB-KT-002-750", "JP"),
    ),
    (
        "美国站上个月的销售额是多少美元？",
        ("revenue", None, "US", "last_month"),
    ),
    (
        "黑五当天美国站卖了多少件？",
        ("units", None, "US", "bfday"),
    ),
    (
        "NBBT-001 这周在德国站卖了几件？",
        ("units", "NB-BT-001", "DE", "this_week"),
    ),
    # --- Chinese: per unit against total, money the business may not hold
    (
        "日本站有没有哪个产品是亏本在卖的？每卖一件亏多少？",
        ("losing", "JP"),
    ),
    (
        "奶泡器发到德国站，单件的落地成本是多少？不要整票货的总数。",
        ("landed", "NB-AP-004", "DE"),
    ),
    (
        "扣掉平台佣金和广告费，上个月我到底净赚了多少钱？",
        ("refuse",),
    ),
    (
        "打蛋器的采购成本折合人民币是多少？",
        ("cost", "NB-KT-005"),
    ),
    # --- Chinese: SKUs with a slip, products by material or colour
    (
        "NB-AP001 美国仓现在还有多少库存？",
        ("stock", "NB-AP-001", "US"),
    ),
    (
        "陶瓷的那个，单件成本多少钱？",
        ("cost", "NB-KT-008"),
    ),
    (
        "紫色的那个，报关用的 HS 编码是多少？",
        ("hs", "NB-SP-001"),
    ),
    (
        "铝合金的那个这个月卖了多少？",
        ("clarify",),
    ),
    (
        "白色的那个在英国站上架了没有？",
        ("clarify",),
    ),
    # --- Chinese: a product and a shipment in one question
    (
        "料理棒都在哪几票货上？其中 SHP-2611-UK-AIR 哪天到？",
        ("both", ("ship_for_sku", "NB-AP-002"), ("eta", "SHP-2611-UK-AIR")),
    ),
    (
        "SHP-2611-DE-OC 这票装的是哪些产品？",
        ("ship_contents", "SHP-2611-DE-OC"),
    ),
    (
        "SHP-2611-JP-OC 现在到哪了？",
        ("clarify",),
    ),
    # --- Chinese: other sellers, writes, a follow-up with nothing before it
    (
        "隔壁那家卖电热水壶的，上个月在美国站卖了多少件？",
        ("refuse",),
    ),
    (
        "把电子秤英国站的售价改成 12.99 英镑。",
        ("refuse",),
    ),
    (
        "那上上周呢？",
        ("decline",),
    ),
    # --- Chinese: rankings, stock, listings, proposals, shipments
    (
        "德国站本月销量前五的产品是哪些？",
        ("top_n", "DE", "this_month", 5),
    ),
    (
        "最近两周英国站卖得最差的是哪个？一件没卖的也算。",
        ("bottom", "UK", "14d"),
    ),
    (
        "电热水壶最近7天美国站和英国站各卖了几件？",
        ("compare", "NB-AP-001", ("US", "UK"), "7d"),
    ),
    (
        "哪个 SKU 的总库存最多？",
        ("top_stock",),
    ),
    (
        "德国 FBA 仓哪些 SKU 断货了？",
        ("stockout", "DE"),
    ),
    (
        "防滑垫要不要补货？哪些站已经没有可售库存了？",
        ("reorder", "NB-BT-001"),
    ),
    (
        "宁波中转仓里电子秤还有多少件？",
        ("hub", "NB-AP-005"),
    ),
    (
        "料理棒所有仓加起来在途多少件？",
        ("inbound", "NB-AP-002", None),
    ),
    (
        "英国站哪些 listing 还没上线？",
        ("not_live", "UK"),
    ),
    (
        "日本站上现在挂着多少条 listing？",
        ("listing_count", "JP"),
    ),
    (
        "烘焙垫系统建议改成哪个 HS 编码？",
        ("hs_proposed", "NB-KT-006"),
    ),
    (
        "现在有几条建议在等我审批？",
        ("proposals",),
    ),
    (
        "最新一次巡检一共发现了多少个问题？",
        ("findings",),
    ),
    (
        "现在还在路上、没签收的货件有哪些？",
        ("in_transit",),
    ),
    (
        "我们一共有多少个产品？变体不单独算。",
        ("count",),
    ),
    (
        "日本站还有几个订单没发货？",
        ("open_orders", "JP"),
    ),
]
