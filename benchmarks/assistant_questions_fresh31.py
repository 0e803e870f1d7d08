"""Block "freshAJ": 80 new seller questions (40 English, 40 Chinese, a few mixed), typed by an
ops intern in very short lowercase messages full of abbreviations, an Amazon PPC / ads manager who
asks about sales, prices and stock (and about ad figures the business does not hold), a Canadian
seller talking about the US and UK stores in North-American business English, a factory-side owner
(工厂老板), a Malaysian / Singaporean Chinese seller mixing English into Chinese and a 客户经理
writing formal 书面语; written without the assistant's parser, its answers or any other block's
question list in view, graded strictly (`assistant_chat.py --fresh31`). Not yet run: the
assistant has not seen these questions.

Voice. The English half is three people. An ops intern who types as little as possible, all
lowercase, in abbreviations ("kettle qty sold US yday", "frother rev DE last wk", "inv on the scale
@ fba de?", "fan pcs on hand in the jp fc", "open ords us rn?", "skus w/ 0 avail at fba uk", "cost
ea hand blender?", "lights rev us last mo"); an Amazon PPC / ads manager in Seller Central words
("ordered product sales", "Top-selling SKU", "ASP ... trailing 90 days", "Days of cover ...
thinking of pushing ads harder", "don't want to spend on a dead listing") who also asks for ACOS,
impressions and clicks, TACoS and a bid change, all to refuse; and a Canadian seller on the US and
UK stores ("How are we trending ...", "What's our daily run-rate ...", "Ballpark, ...", "How did
the UK stack up against the US ...", "What did the UK store do in revenue ..."), with the odd typo
("Japn"). The Chinese half is a factory-side owner who thinks in 大货, 出货, 备货 and 工厂价
(热水壶工厂价多少一个, 宁波仓还压着多少大货, 这票一共出了多少件货, 哪些货已经断了要赶紧备货,
落地成本算下来多少, 清关卡住的是哪一票), a Malaysian / Singaporean seller mixing English words into
Chinese with "ah", "lah", "one", "anot" and 几多 ("这个 week 美国站的 sales amount 多少 ah",
"blender UK 仓 stock 还有几多 lah", "scale 在 JP 有上架 anot"), and a 客户经理 in formal written
Chinese (烦请告知, 劳烦查询, 敬请告知, 敬请查询; full-width punctuation; the seller never called
贵司). Products by nickname (kettle, hand blender, blender, mini / handheld fan, frother, scale,
bath mat, 料理棒, 奶泡器, 电子秤, 浴室地垫, 瑜伽垫, 热水壶), stores by code, country, domain or FC
(amazon.co.uk, amazon.ca, fba de, jp fc, 美国站, 德国仓, 英国仓, Germany, Japan).

Coverage. Every answerable kind the grader supports appears: units, orders, revenue, both, top,
top_n, top_store, compare, bottom, cost, landed, margin, losing, price, hs, hs_proposed, no_hs,
stock, on_hand, reserved, inbound, hub, cover, stockout, reorder, top_stock, listing,
listing_count, not_live, count, proposals, findings, exceptions, customs, late, eta, in_transit,
ship_contents, ship_units, ship_for_sku, open_orders, aov, asp, upo, daily (66 answerable). Period
keys: 7d, 14d, 30d, 60d, 90d, yesterday, this_week, last_week, this_month, last_month, oct, nov,
m:9, q:3, last_quarter, ytd, since:11-01, range:11-01:11-15, lastwd:2, bfday. Fourteen must not be
answered with a figure: 7 refuse (ACOS, impressions and clicks, TACoS, a US bid change, changing
the hand blender's 工厂价 to 65, conversion rate, other sellers' kettle sales in DE), 4 clarify
(the unknown SKU NB-AP-011, the unknown shipment SHP-2612-US-AIR, "lights" (solar pathway lights,
night light or desk lamp), "the mat" (bath, baking or yoga)) and 3 decline (follow-ups with no
context: "and the wk before?", "那 last month 呢?", "烦请按同样口径再查一下英国站。").

How it was written: from the grader (`assistant_chat.py`: `Truth`, `period()`, `grade`, the spec
kinds) and the truth helpers `assistant_truth_*.py`, and the demo files read by plain SQL for
product titles, stores, stock, shipment codes, prices, HS codes, proposals and listings; every
truth computed with the grader's own `Truth.expect` and `Truth.forbid` on /tmp copies of both demo
files (none raises, every answerable one is non-empty on both dates); strings checked against every
earlier `assistant_questions*.py` block, exactly and case- / space-folded, by a set intersection
that printed only collisions (none). The assistant's code, its tests and its answers were never
read or run.

Truths worth knowing before reading figures (2026-12-07 / 2027-11-24). 2026-12-07 is a Monday, so
"this week" is that one day (US revenue 49.98 / 174.93 USD). Kettle in the US yesterday 0 / 3
units; the frother's DE revenue last week 137.94 / 160.93 EUR; DE top 3 over 14 days NB-AP-001 22,
NB-AP-002 22 (a tie, ordered by SKU), NB-AP-003 20 / NB-BT-001 23, NB-AP-001 20, NB-AP-002 19; top
SKU in the US over 7 days NB-AP-002 17 / NB-AP-001 7; JP top 3 in Q3 NB-AP-005 52, NB-AP-003 44,
NB-AP-002 43 / NB-BT-001 55, NB-AP-002 48, NB-AP-001 42. The fewest units in the US since 1 Nov is
NB-BT-002 with 0 on both dates: "bottom" counts every product, so it is the first unsold SKU by
code. US orders this month 26 / 166; UK units last month 111 / 104; hand blender in Q3 UK 53 / 72
and US 127 / 154 units; UK AOV in September 21.77 / 21.67 GBP; the store with the most units over
60 days is the US (574 / 500); UK revenue on the most recent Black Friday (2026-11-27 on both
dates) 79.96 / 19.99 GBP; the kettle's daily US run-rate over 30 days 1.4 / 1.9 units; US orders a
day last quarter 7.5 / 6.8 over 92 days; DE revenue in October 4115.21 / 3816.34 EUR; the frother's
ASP in DE over 30 days and the scale's over 90 days 22.99 EUR on both. Open orders in the US 2 on
both. The only pricing finding is NB-AP-003 in JP (-137 JPY a unit), so it is the margin asked and
the one product losing money; the kettle's landed cost into the UK 6.45 GBP and the scale's 2.69
GBP on both. The US kettle and bath mat prices (20.99, 10.99 USD) are saved quotes, not active
prices: their truths carry "no active price" / "没有生效售价". Unit cost: kettle 53.36 CNY, hand
blender 72.00 CNY. Stock: the scale at FBA-DE 0 on hand, 0 available, 66 inbound / 3, 3, 14; the
fan at FBA-UK 1 reserved on both; stocked out at FBA-UK NB-AP-001, NB-AP-002, NB-AP-004 /
NB-AP-001, NB-AP-004, NB-AP-005, NB-BT-001; in the US NB-AP-001, NB-AP-003, NB-AP-005 / NB-AP-002,
NB-AP-003, NB-AP-004, NB-BT-001; the scale to reorder for DE, JP and US / JP and UK; the frother's
days of cover in the US 6.9 / 0.0; the hand blender inbound over all FCs 288 / 340; most stock
overall NB-AP-005 322 / 307; 240 frothers at the Ningbo hub on both. HS code of the frother 850940;
none on file for NB-BT-004 and NB-CL-002; proposed code for NB-SP-001 9506910010. Shipments are the
same codes on both dates: exceptions on SHP-2610-UK-EXP, SHP-2610-US-OC (customs dwell) and
SHP-2611-DE-AIR, so "late" is the last two and "customs" the US one; in transit every code but
SHP-2610-UK-EXP; SHP-2610-US-OC 210 units; SHP-2611-UK-AIR carries NB-AP-002 only; the kettle rides
on SHP-2611-DE-AIR and SHP-2611-DE-OC. 47 products, 15 open proposals, 38 findings, 71 listings on
amazon.ca, NB-TY-001..003 not live in JP, on both dates.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AJ: list[tuple[str, Spec]] = [
    # --- English: an ops intern, very short lowercase messages full of abbreviations ---
    ("kettle qty sold US yday", ("units", "NB-AP-001", "US", "yesterday")),
    ("frother rev DE last wk", ("revenue", "NB-AP-004", "DE", "last_week")),
    ("inv on the scale @ fba de?", ("stock", "NB-AP-005", "DE")),
    ("fan pcs on hand in the jp fc", ("on_hand", "NB-AP-003", "JP")),
    ("reserved qty mini fan uk fc?", ("reserved", "NB-AP-003", "UK")),
    ("open ords us rn?", ("open_orders", "US")),
    ("shp-2611-de-oc eta?", ("eta", "SHP-2611-DE-OC")),
    ("whats on shp-2611-uk-air", ("ship_contents", "SHP-2611-UK-AIR")),
    ("top 3 skus DE last 14d by qty", ("top_n", "DE", "14d", 3)),
    ("# of listings on amazon.ca", ("listing_count", "CA")),
    ("skus w/ 0 avail at fba uk", ("stockout", "UK")),
    ("cost ea hand blender?", ("cost", "NB-AP-002")),
    ("and the wk before?", ("decline",)),
    ("NB-AP-011 inv us?", ("clarify",)),
    ("lights rev us last mo", ("clarify",)),
    # --- English: an Amazon PPC / ads manager (sales, prices, stock; ad metrics are not held) ---
    ("What's the current price on the kettle in the US store?", ("price", "NB-AP-001", "US")),
    (
        "ordered product sales for the hand blender on amazon.co.uk in October?",
        ("revenue", "NB-AP-002", "UK", "oct"),
    ),
    ("Top-selling SKU in the US, last 7 days?", ("top", "US", "7d")),
    ("What's my ACOS on the frother campaign in DE this month?", ("refuse",)),
    ("pull impressions + clicks for the fan ads last wk", ("refuse",)),
    ("TACoS for the US store last month?", ("refuse",)),
    ("Bump the kettle's US bid to $1.20 please", ("refuse",)),
    (
        "Days of cover on the frother in the US? thinking of pushing ads harder",
        ("cover", "NB-AP-004", "US"),
    ),
    (
        "Is the bath mat listing live on amazon.co.uk? don't want to spend on a dead listing",
        ("listing", "NB-BT-001", "UK"),
    ),
    ("ASP on the kitchen scale in Germany, trailing 90 days?", ("asp", "NB-AP-005", "DE", "90d")),
    ("Which products are we selling at a loss right now?", ("losing", None)),
    ("Per-unit margin on the handheld fan in Japn?", ("margin", "NB-AP-003", "JP")),
    (
        "frother stock in the UK + units sold there last 30 days?",
        ("both", ("stock", "NB-AP-004", "UK"), ("units", "NB-AP-004", "UK", "30d")),
    ),
    ("Which listings aren't live on the JP marketplace yet?", ("not_live", "JP")),
    # --- English: a Canadian seller on the US and UK stores, North-American business English ---
    (
        "How are we trending in the US store this month? How many orders so far?",
        ("orders", None, "US", "this_month"),
    ),
    (
        "What's our daily run-rate on kettles in the US over the last 30 days, in units?",
        ("daily", "units", "NB-AP-001", "US", "30d"),
    ),
    (
        "Ballpark, how many units did the UK store move last month?",
        ("units", None, "UK", "last_month"),
    ),
    (
        "How did the UK stack up against the US on hand blenders in Q3, units-wise?",
        ("compare", "NB-AP-002", ("UK", "US"), "q:3"),
    ),
    ("What's our AOV in the UK store for September?", ("aov", None, "UK", "m:9")),
    ("Which store moved the most units over the past 60 days?", ("top_store", "60d")),
    ("What's the landed cost on the kettle into the UK?", ("landed", "NB-AP-001", "UK")),
    ("What's in transit right now, shipment-wise?", ("in_transit",)),
    ("Any shipments running behind schedule?", ("late",)),
    (
        "What's moved the fewest units in the US store since Nov 1, zeros included?",
        ("bottom", "US", "since:11-01"),
    ),
    (
        "What did the UK store do in revenue on the most recent Black Friday?",
        ("revenue", None, "UK", "bfday"),
    ),
    # --- Chinese: a factory-side owner (大货, 出货, 备货, 工厂价) ---
    ("热水壶工厂价多少一个", ("cost", "NB-AP-001")),
    ("奶泡器宁波仓还压着多少大货", ("hub", "NB-AP-004")),
    ("SHP-2610-US-OC 这票一共出了多少件货", ("ship_units", "SHP-2610-US-OC")),
    ("料理棒各个仓加起来在途多少", ("inbound", "NB-AP-002", None)),
    ("美国仓哪些货已经断了，要赶紧备货", ("stockout", "US")),
    ("电子秤哪几个站该补货了", ("reorder", "NB-AP-005")),
    ("现在哪个货压的库存最多", ("top_stock",)),
    ("电子秤发到英国仓，落地成本算下来多少", ("landed", "NB-AP-005", "UK")),
    ("德国空运那票 SHP-2611-DE-AIR 什么时候能到", ("eta", "SHP-2611-DE-AIR")),
    ("清关卡住的是哪一票", ("customs",)),
    ("热水壶的大货都走的哪几票", ("ship_for_sku", "NB-AP-001")),
    ("浴室地垫德国仓还有多少库存，在途多少", ("stock", "NB-BT-001", "DE")),
    ("帮我把料理棒的工厂价改成65块", ("refuse",)),
    # --- Chinese: a Malaysian / Singaporean Chinese seller mixing English in ---
    ("这个 week 美国站的 sales amount 多少 ah", ("revenue", None, "US", "this_week")),
    ("fan 在 UK November 卖了几多 pcs", ("units", "NB-AP-003", "UK", "nov")),
    ("bath mat US 的 price 几多 ah", ("price", "NB-BT-001", "US")),
    ("blender UK 仓 stock 还有几多 lah", ("stock", "NB-AP-002", "UK")),
    ("scale 在 JP 有上架 anot", ("listing", "NB-AP-005", "JP")),
    ("Q3 日本站 top 3 products 是哪些 ah", ("top_n", "JP", "q:3", 3)),
    ("frother 的 HS code 是 what ah", ("hs", "NB-AP-004")),
    ("我们 total 有几多 products lah", ("count",)),
    ("哪些 SKU 还没有 HS code one", ("no_hs",)),
    ("kettle 在 US 同 DE 过去 7 天各卖几多 ah", ("compare", "NB-AP-001", ("US", "DE"), "7d")),
    ("US 站 kettle 的 conversion rate 几多 ah", ("refuse",)),
    ("那 last month 呢?", ("decline",)),
    ("the mat 这个 month 在 DE 卖了几多 ah", ("clarify",)),
    # --- Chinese: a 客户经理 in formal written Chinese ---
    ("劳烦查询电动奶泡器在德国站近三十天的平均售价。", ("asp", "NB-AP-004", "DE", "30d")),
    ("敬请告知目前待处理的变更提案共有几项。", ("proposals",)),
    ("烦请告知系统最近一次检查共发现多少条问题。", ("findings",)),
    ("劳烦查询目前有异常的货件有哪些。", ("exceptions",)),
    ("烦请告知瑜伽垫拟更正的海关编码。", ("hs_proposed", "NB-SP-001")),
    ("劳烦查询十月份德国站的销售额。", ("revenue", None, "DE", "oct")),
    ("烦请告知上季度美国站的日均订单量。", ("daily", "orders", None, "US", "last_quarter")),
    (
        "劳烦查询11月1日至11月15日日本站电子秤的销量。",
        ("units", "NB-AP-005", "JP", "range:11-01:11-15"),
    ),
    ("烦请告知上周三美国站的订单数。", ("orders", None, "US", "lastwd:2")),
    ("敬请查询今年以来英国站电热水壶的销售额。", ("revenue", "NB-AP-001", "UK", "ytd")),
    ("劳烦告知近九十天日本站迷你风扇平均每单件数。", ("upo", "NB-AP-003", "JP", "90d")),
    ("烦请提供其他卖家在德国站同类电热水壶的销量数据。", ("refuse",)),
    ("劳烦查询货件 SHP-2612-US-AIR 的预计到港时间。", ("clarify",)),
    ("烦请按同样口径再查一下英国站。", ("decline",)),
]
