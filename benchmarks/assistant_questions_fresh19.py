"""Block "freshX": 80 new seller questions (40 English, 40 Chinese, some of them mixed), typed by a
data analyst and a supply-chain planner on the seller's side, written without the assistant's
parser, its answers or any other block's question list in view, graded strictly
(`assistant_chat.py --fresh19`). Not yet run: the assistant has not seen these questions.

Voice. Precise and terse, no greeting and no preamble: a measure, a product, a store and a period,
often as a fragment ("Hand blender at FBA DE: on hand / reserved / inbound.", "ETA on
SHP-2611-UK-AIR, date only.", "料理棒 德国站 可售天数还有几天？"). Periods are explicit year-less
ranges and months in many forms, each one of the grader's periods: "1-15 Nov", "Oct 1st through Oct
15th", "Nov 1st through Nov 15th", "11/1-11/15", "11/1-11/20", "10/1-10/31", "1-15 Oct versus 1-15
Nov", "11月1日至11月15日", "10月1日至10月31日", "10月份", "9月份 vs 10月份", "三季度", plus last
month, October, last week, the last 14 / 30 / 90 days. Stores as Amazon US / DE / UK / JP / FR,
amazon.ca, FBA DE, the UK FC, 美国站, 德国站, 英国站, 日本站, 美国仓, 美国FBA, 德国仓 and
国内仓（宁波）. Products by nickname (the handheld fan, the kettle, the hand blender, the kitchen
scale, the milk frothers, the bath mat, the yoga mat, 小风扇, 料理棒, 奶泡器, 电子秤, 电热水壶,
防滑垫, 逗猫棒, 泡泡机) or by SKU (NB-AP-003, NB-AP-005, nb-ap-001). The Chinese half uses the
planner's words: 在库, 可售, 预留, 在途, 可售天数, 补货, 断货, 头程, 到仓, 到港, 清关, 落地成本,
巡检.

Coverage. Every spec kind the grader supports appears at least once: units (four), orders (two),
revenue (four), top (two), bottom, top_n (three: top 3 twice, top 5), top_store (two), compare
(three: two stores for one SKU twice, and a per-store breakdown of all SKUs over four stores),
"both" (three: one SKU in two periods twice, the HS code on file against the proposed one), stock
(two at one FC, one across all locations), on_hand, reserved, inbound (two), hub (two), cover
(two), stockout (two), reorder (two), top_stock, exceptions, customs, late, eta (two), in_transit,
ship_units, ship_contents, ship_for_sku (two), hs (inside "both"), hs_proposed, no_hs, listing
(two), listing_count, not_live, count, proposals, findings, cost, price, margin, losing, landed
(two) and open_orders. Shipment codes appear in upper and lower case (shp-2611-de-oc,
shp-2611-de-air). Fourteen questions are not to be answered with a figure: figures the business
does not hold (sell-through, FBA storage fees, 环比增长率, 库存周转率, 售罄率: refuse), three
writes ("Raise the kettle's US price", 帮我建一个补货单, 把 shp-2611-de-air 改成海运头程: refuse),
two shipment codes the business does not have (SHP-2611-JP-OC, shp-2612-us-air), an unknown SKU
(NB-AP-009) and two names that fit several products ("the lamp": the desk lamp, the night light and
the solar lawn lights; 防滑的那款: the PVC bath mat and the TPE yoga mat, both 防滑) (clarify), and
one follow-up with no context ("Same split for the previous fortnight?": decline).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth was computed
alone with the grader's `Truth.expect` (and `forbid`) on both demo files before the block was
committed: none raises, and every answerable spec's truth is non-empty on both (the refuse /
clarify / decline specs have no figure by design). The question strings were compared exactly with
every earlier block's strings (a set intersection printing only the collisions): none collided.
Truths worth knowing before reading figures: the "bottom" question (lowest SKU on Amazon UK in
October, zero-sellers included) is a tie at 0 units among every product never sold there, which the
grader breaks alphabetically (NB-BT-002); the stock truth is on hand, available (on hand less
reserved) and inbound, though the question names reserved; several stock figures are 0 on one demo
date (NB-AP-005 on hand at the UK FC and 奶泡器 预留 at FBA US on 2027-11-24; the kettle's 在库 at
FBA US on 2026-12-07); the reorder truths are the SKU and every FC where its available stock is 0
(the kettle: JP, UK, US on 2026-12-07, DE, UK on 2027-11-24); "the last 90 days, US / DE / UK / JP"
is a compare spec with no SKU (the units of every SKU per store); the one margin and the one
money-losing product are the fan in Japan (137 JPY lost a unit); the listing truth for 泡泡机 in
Japan is not live (validated, not approved); 2026-12-07 is a Monday, so "last week" is 30 Nov - 6
Dec there.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_X: list[tuple[str, Spec]] = [
    # --- English: sales, rankings and comparisons over explicit ranges
    (
        "Handheld fan (NB-AP-003), Amazon US: units sold 1-15 Nov.",
        ("units", "NB-AP-003", "US", "range:11-01:11-15"),
    ),
    (
        "Kitchen scale on Amazon DE, units sold Oct 1st through Oct 15th?",
        ("units", "NB-AP-005", "DE", "range:10-01:10-15"),
    ),
    (
        "Order count for the kettle on Amazon UK, 11/1-11/15.",
        ("orders", "NB-AP-001", "UK", "range:11-01:11-15"),
    ),
    (
        "Hand blender revenue on Amazon JP for October, in yen.",
        ("revenue", "NB-AP-002", "JP", "oct"),
    ),
    (
        "Bath mat revenue, Amazon US, last month. Store currency is fine.",
        ("revenue", "NB-BT-001", "US", "last_month"),
    ),
    (
        "Top SKU by units on Amazon US for 11/1-11/20?",
        ("top", "US", "range:11-01:11-20"),
    ),
    (
        "Lowest SKU by units on Amazon UK in October, zero-sellers included.",
        ("bottom", "UK", "oct"),
    ),
    (
        "Rank the top 3 SKUs by units on Amazon US, last 30 days.",
        ("top_n", "US", "30d", 3),
    ),
    (
        "Top 5 by units on Amazon DE, 10/1-10/31, with unit counts.",
        ("top_n", "DE", "range:10-01:10-31", 5),
    ),
    (
        "Which store moved the most units Nov 1st through Nov 15th?",
        ("top_store", "range:11-01:11-15"),
    ),
    (
        "Kettle units last month, US vs UK side by side.",
        ("compare", "NB-AP-001", ("US", "UK"), "last_month"),
    ),
    (
        "Fan units on Amazon US: 1-15 Oct versus 1-15 Nov.",
        (
            "both",
            ("units", "NB-AP-003", "US", "range:10-01:10-15"),
            ("units", "NB-AP-003", "US", "range:11-01:11-15"),
        ),
    ),
    (
        "Units by store for the last 90 days, all SKUs: US / DE / UK / JP.",
        ("compare", None, ("US", "DE", "UK", "JP"), "90d"),
    ),
    # --- English: stock, cover, reorder and shipments
    (
        "Hand blender at FBA DE: on hand / reserved / inbound.",
        ("stock", "NB-AP-002", "DE"),
    ),
    (
        "NB-AP-005 at the UK FC, on-hand figure only.",
        ("on_hand", "NB-AP-005", "UK"),
    ),
    (
        "On hand for NB-AP-009 at FBA US?",
        ("clarify",),
    ),
    (
        "Kettle units inbound to FBA DE?",
        ("inbound", "NB-AP-001", "DE"),
    ),
    (
        "Handheld fan, network-wide: total on hand and total inbound across all locations.",
        ("stock", "NB-AP-003", None),
    ),
    (
        "Milk frothers sitting at the origin hub (CN-NGB)?",
        ("hub", "NB-AP-004"),
    ),
    (
        "Days of cover for the handheld fan at Amazon UK?",
        ("cover", "NB-AP-003", "UK"),
    ),
    (
        "Which SKUs are at zero available in FBA JP right now?",
        ("stockout", "JP"),
    ),
    (
        "Reorder check on nb-ap-001: which FCs are at zero available?",
        ("reorder", "NB-AP-001"),
    ),
    (
        "Which SKU holds the most units on hand across all locations?",
        ("top_stock",),
    ),
    (
        "Open shipment exceptions, codes please.",
        ("exceptions",),
    ),
    (
        "ETA on SHP-2611-UK-AIR, date only.",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    (
        "Contents of shp-2611-de-oc, by SKU.",
        ("ship_contents", "SHP-2611-DE-OC"),
    ),
    (
        "Total units on SHP-2610-US-OC?",
        ("ship_units", "SHP-2610-US-OC"),
    ),
    (
        "List every shipment not yet received at an FC.",
        ("in_transit",),
    ),
    (
        "Which inbound shipments carry the hand blender?",
        ("ship_for_sku", "NB-AP-002"),
    ),
    # --- English: HS codes, listings, landed cost
    (
        "Yoga mat HS code: on file vs proposed.",
        ("both", ("hs", "NB-SP-001"), ("hs_proposed", "NB-SP-001")),
    ),
    (
        "Listing count on Amazon FR?",
        ("listing_count", "FR"),
    ),
    (
        "Which of our listings on amazon.ca are not live?",
        ("not_live", "CA"),
    ),
    (
        "Landed cost per unit for the kitchen scale into Amazon US.",
        ("landed", "NB-AP-005", "US"),
    ),
    (
        "Listing status of NB-AP-001 on Amazon DE?",
        ("listing", "NB-AP-001", "DE"),
    ),
    # --- English: not to be answered with a figure
    (
        "Sell-through rate for the fan at FBA US in October?",
        ("refuse",),
    ),
    (
        "FBA storage fees charged at the UK FC, 1-30 Nov.",
        ("refuse",),
    ),
    (
        "Raise the kettle's US price to 22.99, effective today.",
        ("refuse",),
    ),
    (
        "ETA and contents for SHP-2611-JP-OC?",
        ("clarify",),
    ),
    (
        "Units sold for the lamp over the last 30 days, per store.",
        ("clarify",),
    ),
    (
        "Same split for the previous fortnight?",
        ("decline",),
    ),
    # --- Chinese: 销量、排名、对比
    (
        "料理棒 德国站 11月1日至11月15日 销量多少件？",
        ("units", "NB-AP-002", "DE", "range:11-01:11-15"),
    ),
    (
        "奶泡器 美国站 10月份 卖了多少件？",
        ("units", "NB-AP-004", "US", "oct"),
    ),
    (
        "防滑垫 日本站 上周订单数。",
        ("orders", "NB-BT-001", "JP", "last_week"),
    ),
    (
        "小风扇 英国站 11/1-11/20 销售额（英镑）。",
        ("revenue", "NB-AP-003", "UK", "range:11-01:11-20"),
    ),
    (
        "电热水壶 德国站 三季度销售额，按站点币种。",
        ("revenue", "NB-AP-001", "DE", "q:3"),
    ),
    (
        "日本站 9月份 按件数销量第一的SKU是哪个？",
        ("top", "JP", "m:9"),
    ),
    (
        "英国站近14天销量前三的SKU，带件数。",
        ("top_n", "UK", "14d", 3),
    ),
    (
        "上个月按件数哪个站点卖得最多？",
        ("top_store", "last_month"),
    ),
    (
        "电子秤 10月1日至10月31日 德国站和日本站的销量分别是多少？",
        ("compare", "NB-AP-005", ("DE", "JP"), "range:10-01:10-31"),
    ),
    (
        "防滑垫 英国站 9月份 vs 10月份 销量对比。",
        ("both", ("units", "NB-BT-001", "UK", "m:9"), ("units", "NB-BT-001", "UK", "oct")),
    ),
    # --- Chinese: 库存、可售天数、补货、头程货件
    (
        "电热水壶 美国FBA：在库、可售、在途分别多少？",
        ("stock", "NB-AP-001", "US"),
    ),
    (
        "奶泡器 美国仓 预留了多少件？",
        ("reserved", "NB-AP-004", "US"),
    ),
    (
        "小风扇 美国站 在途多少件？",
        ("inbound", "NB-AP-003", "US"),
    ),
    (
        "所有站点合计还有多少未发货订单？",
        ("open_orders",),
    ),
    (
        "电热水壶 国内仓（宁波）还有多少现货？",
        ("hub", "NB-AP-001"),
    ),
    (
        "料理棒 德国站 可售天数还有几天？",
        ("cover", "NB-AP-002", "DE"),
    ),
    (
        "美国仓哪些SKU已经断货（可售为0）？",
        ("stockout", "US"),
    ),
    (
        "奶泡器 补货排查：哪些FBA仓可售已经为0？",
        ("reorder", "NB-AP-004"),
    ),
    (
        "shp-2611-de-air 预计到仓时间？",
        ("eta", "SHP-2611-DE-AIR"),
    ),
    (
        "目前哪些货件卡在清关？",
        ("customs",),
    ),
    (
        "哪些头程货件延误了？",
        ("late",),
    ),
    (
        "把 shp-2611-de-air 改成海运头程。",
        ("refuse",),
    ),
    (
        "哪些货件里有电热水壶（NB-AP-001）？",
        ("ship_for_sku", "NB-AP-001"),
    ),
    # --- Chinese: HS编码、listing、提议、成本、售价、利润
    (
        "逗猫棒 建议改成的HS编码是多少？",
        ("hs_proposed", "NB-PT-003"),
    ),
    (
        "哪些产品还没有HS编码？",
        ("no_hs",),
    ),
    (
        "泡泡机 日本站 listing 状态？",
        ("listing", "NB-TY-002", "JP"),
    ),
    (
        "待审批的建议还有几条？",
        ("proposals",),
    ),
    (
        "最近一次巡检一共发现了几个问题？",
        ("findings",),
    ),
    (
        "产品库里一共有多少个产品？",
        ("count",),
    ),
    (
        "电子秤 采购成本单价是多少？",
        ("cost", "NB-AP-005"),
    ),
    (
        "小风扇 日本站 当前售价？",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "小风扇 日本站 每件利润多少？",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "哪些产品在亏钱？",
        ("losing", None),
    ),
    (
        "料理棒 英国站 含头程的落地成本（每件）？",
        ("landed", "NB-AP-002", "UK"),
    ),
    # --- Chinese: 不应给出数字
    (
        "料理棒 德国站 11月销量环比增长率是多少？",
        ("refuse",),
    ),
    (
        "美国仓 上个月 库存周转率？",
        ("refuse",),
    ),
    (
        "小风扇 美国站 10月份 售罄率多少？",
        ("refuse",),
    ),
    (
        "帮我建一个补货单：电热水壶 补300件到德国仓。",
        ("refuse",),
    ),
    (
        "shp-2612-us-air 预计什么时候到港？",
        ("clarify",),
    ),
    (
        "防滑的那款 美国仓 在库多少？",
        ("clarify",),
    ),
]
