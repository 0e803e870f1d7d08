"""Block "freshAB": 80 new seller questions (40 English, 40 Chinese, some mixed), typed by a
finance controller closing the month, a British / Australian e-commerce manager and an inventory
planner, and in Chinese by 财务, a 仓库 / 物流 colleague and sellers writing half in English,
written without the assistant's parser, its answers or any other block's question list in view,
graded strictly (`assistant_chat.py --fresh23`). Not yet run: the assistant has not seen these
questions.

Voice. The English half: (a) a finance controller / bookkeeper at month-end, precise and slightly
formal ("Please provide the revenue figure for ...", "Could you confirm the landed cost per unit
...", "As at today", "For the month-end stock valuation", "For the customs reconciliation",
"Kindly update ...", "month to date", "between 1 and 15 November inclusive"); (b) a British /
Australian e-commerce manager, colloquial ("mate", "cheers", "reckon", "flogged", "chuck us",
"shifted the most units", "slowest mover", "takings ... in pounds", "the last fortnight", "the
States", "due to land"); (c) an inventory planner in planner jargon (days of cover at the run
rate, OOS, replenish, FCs with zero available, in-transit, "sitting at the hub", stock position on
hand plus inbound, reserved, SKUs loaded on a shipment, the network). The Chinese half: (a) 财务 in
formal written Chinese (请提供, 烦请确认, 烦请提供, 请核算, 截至目前, 合计, 登记在册, 尚待审批,
请列明, 请分别提供, 二季度, 今年以来); (b) a 仓库 / 物流 colleague (票, 柜子, 这柜, 卡在清关,
空运那票, 头程, 入仓, 海运空运, 在库 / 可售 / 在途, 断货, 挂了多少条listing); (c) sellers'
mixed-language messages ("kettle 美国站 last week 出了几单", "FBA德国 库存还有多少 for the
blender", "JP站 last 30 days ... top 3", "小风扇 UK仓 days of cover", "frother 美国 vs 英国",
"scale 9月 日本站 sold 多少件", "上周一 美国站 mini fan", "bubble machine 美国站"). Products by the
names a seller uses (the kettle / 热水壶 / 电热水壶, the hand blender / blender / 料理棒, the mini /
handheld fan / fans / 小风扇, the milk frother / frothers / 奶泡器, the kitchen scale / scale /
厨房秤, the bath mat / 防滑垫, the power bank, the magnetic tiles, 逗猫棒), stores as the German
store, the Japanese marketplace, Amazon UK / Japan / Germany, Amazon.de, the US store, the States,
Australia, FBA Germany / US / UK / Japan, the hub in Ningbo, 德国站 / 美国站 / 日本站 / 英国站 /
加拿大站, 英国仓, 日本FBA仓, FBA德国, JP站, UK仓.

Coverage. Every answerable kind the grader supports appears: units (6), orders (3), revenue (4),
both (2: units and revenue month to date; 销量 and 订单数 for 二季度), top, top_n (2: the US store,
JP站), top_store (2), compare (2), bottom, cost (2), landed (2), margin, losing (all stores and
日本站), price (2: the one active price and a price only quoted), hs, hs_proposed, no_hs, stock (2
at one store, 1 across all locations), on_hand, reserved, inbound (one FC, and all locations),
hub, cover (2), stockout, reorder, top_stock, listing, listing_count (加拿大站), not_live, count,
proposals, findings, exceptions, customs, late, eta (2), in_transit, ship_contents (2),
ship_units, ship_for_sku (2) and open_orders. Periods: last month, October, November, September
(m:9), the second quarter (q:2, in a both), last quarter, year to date, month to date /
this month, this week, last week, Monday of last week (lastwd:0), yesterday, last 7 / 14 (a
fortnight, 近两周) / 30 / 60 / 90 days, since 1 November (since:11-01) and an explicit range (1-15
November, range:11-01:11-15). Fourteen are not to be answered with a figure: figures the
business does not hold (advertising spend and ACoS, star rating and review count, 亚马逊回款金额,
退货率), two writes ("Kindly update the unit cost of the kitchen scale", 改 bubble machine 的价格)
and two other sellers' figures (the top competitor's kettle units, 竞争对手的 kitchen scale 销量)
(refuse: eight); a name that fits several products ("the mat": the bath mat, the yoga mat and the
baking mat; 收纳那个产品: the storage boxes NB-HS-001 and the drawer organiser NB-HS-002), an
unknown SKU (NB-AP-009) and an unknown shipment code (SHP-2612-JP-OC) (clarify: four); two
follow-ups with no context ("Cheers. Same again for the week before?", 那换成上个月呢？)
(decline: two). No question asks for a competitor's price: the schema has a table for them
(empty in the demo), so a refusal and "none on file" would both be defensible.

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`), the Spec format and fresh21's docstring (one read ran twenty lines past
it and showed that block's first three questions; none of their wording was reused), and the two
demo files (built with --today 2026-12-07 and 2027-11-24) read with sqlite3, never from the
assistant's code or output. Every truth was computed alone with the grader's `Truth.expect` and
`forbid` on both demo files before the block was committed: none raises, and every answerable
spec's truth is non-empty on both (the refuse / clarify / decline specs have no figure by design).
The strings were compared exactly and case- and space-folded with every earlier block's strings by
a set intersection printing only the collisions: none collided. Truths worth knowing before reading
figures: open orders are 6 on both dates, proposals 15 (有 15 个), findings 38 and products 47; the
landed costs are the same on both dates (the hand blender into the UK 8.54 GBP, the kettle into the
US 8.85 USD); the fan in Japan holds the demo's one active regular price (1780 JPY) and is the only
listing losing money (137 JPY a unit), which the margin and both losing questions expect; 热水壶 on
美国站 has no active price, so its truth is the newest quote, 20.99 USD, with 没有生效售价; the
slowest mover on Amazon.de over 60 days is a tie at 0 among the products never sold there, broken
alphabetically by the grader (NB-BT-002, 0 units); the magnetic tiles in Australia and the three
toys on the UK store are validated, not live ("AU checked"); the bath mats in the US over 7 days
are 5 on 2026-12-07 and 0 on 2027-11-24, and the kettle's US orders last week 0 and 8; 2026-12-07
is a Monday, so "this week" / 这周到目前为止 is that one day (the bath mat on 德国站: 1 件, 5 件 on
2027-11-24); the frothers at the Ningbo hub are 240 on both dates; the most stock across the
network is NB-AP-005 (322, then 307); the scale's FCs at zero available are DE, JP and US on
2026-12-07 and JP and UK on 2027-11-24; OOS at FBA US is NB-AP-001 / 003 / 005 on 2026-12-07 and
NB-AP-002 / 003 / 004 and NB-BT-001 on 2027-11-24; days of cover: the blender at FBA DE 8.1 and
8.6, the fan at FBA UK 32.2 and 75.0; the fans reserved at FBA UK are 1 on both dates; 英国仓厨房秤
is 22 / 22 / 33 (在库 / 可售 / 在途) on 2026-12-07 and 0 / 0 / 12 on 2027-11-24, and
日本FBA仓的防滑垫 在库 4 then 0; the shipments not yet received are four (SHP-2611-DE-AIR is only
booked, so the question asks for 没入仓 rather than 在路上), with SHP-2610-UK-EXP received and
forbidden; the etas are SHP-2611-UK-AIR 2026-12-10 / 2027-11-27 and SHP-2611-DE-OC 2026-12-25 /
2027-12-12; SHP-2610-US-OC holds 210 件 (NB-AP-003 and NB-AP-004) and is the one held at customs;
"late" is SHP-2610-US-OC and SHP-2611-DE-AIR (the short receipt is not a delay); 加拿大站 holds 71
listings and no orders or stock.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AB: list[tuple[str, Spec]] = [
    # English: finance controller / bookkeeper at month-end
    (
        "Please provide the revenue figure for the kettle on the German store for last month.",
        ("revenue", "NB-AP-001", "DE", "last_month"),
    ),
    (
        "Could you confirm the landed cost per unit for the hand blender shipped into the UK?",
        ("landed", "NB-AP-002", "UK"),
    ),
    (
        (
            "For the month-end stock valuation, could you confirm the unit cost we hold on file "
            "for the power bank?"
        ),
        ("cost", "NB-PH-002"),
    ),
    (
        "Please confirm the number of orders received on the Japanese marketplace during October.",
        ("orders", None, "JP", "oct"),
    ),
    ("As at today, how many customer orders remain unshipped across all stores?", ("open_orders",)),
    (
        "At the current selling price, what margin per unit do we make on the mini fan in Japan?",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        (
            "Before I close the month, could you tell me whether any product is currently "
            "selling below cost, and by how much per unit?"
        ),
        ("losing", None),
    ),
    (
        (
            "For the customs reconciliation, please confirm the HS code declared for the kitchen "
            "scale."
        ),
        ("hs", "NB-AP-005"),
    ),
    (
        (
            "Please provide units sold and revenue for the milk frother on the US store, month "
            "to date."
        ),
        (
            "both",
            ("units", "NB-AP-004", "US", "this_month"),
            ("revenue", "NB-AP-004", "US", "this_month"),
        ),
    ),
    (
        "What is the current listed selling price of the handheld fan on Amazon Japan?",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        (
            "Could you provide the units sold of the hand blender on Amazon UK between 1 and 15 "
            "November inclusive?"
        ),
        ("units", "NB-AP-002", "UK", "range:11-01:11-15"),
    ),
    (
        "Please provide the total advertising spend and ACoS for the kettle campaigns last month.",
        ("refuse",),
    ),
    ("Kindly update the unit cost of the kitchen scale to CNY 21.50 in the system.", ("refuse",)),
    ("Could you confirm the unit cost recorded against SKU NB-AP-009?", ("clarify",)),
    # English: British / Australian e-commerce manager
    (
        "Which product's been our best seller on Amazon UK over the last fortnight, mate?",
        ("top", "UK", "14d"),
    ),
    (
        "How many bath mats have we flogged in the States over the last seven days?",
        ("units", "NB-BT-001", "US", "7d"),
    ),
    (
        (
            "Reckon the kettle's doing better in the UK or Germany? Units for both over the last "
            "30 days, cheers."
        ),
        ("compare", "NB-AP-001", ["UK", "DE"], "30d"),
    ),
    ("Which marketplace shifted the most units last quarter?", ("top_store", "last_quarter")),
    (
        "Chuck us the top three products by units on the US store for the last 90 days.",
        ("top_n", "US", "90d", 3),
    ),
    ("What's been the slowest mover on Amazon.de over the last 60 days?", ("bottom", "DE", "60d")),
    (
        "Is the magnetic tiles listing live in Australia yet or is it still stuck?",
        ("listing", "NB-TY-003", "AU"),
    ),
    ("Which of our listings on Amazon UK aren't live yet?", ("not_live", "UK")),
    (
        "How many kettles did we sell in Germany yesterday?",
        ("units", "NB-AP-001", "DE", "yesterday"),
    ),
    (
        "Bath mat takings on the UK store for November - what are we looking at in pounds?",
        ("revenue", "NB-BT-001", "UK", "nov"),
    ),
    ("When's SHP-2611-UK-AIR due to land, roughly?", ("eta", "SHP-2611-UK-AIR")),
    (
        "Any idea how many units the top competitor's kettle sold on Amazon UK last month?",
        ("refuse",),
    ),
    ("What's our star rating and review count on the hand blender in the UK, mate?", ("refuse",)),
    ("Cheers. Same again for the week before?", ("decline",)),
    # English: inventory planner
    (
        (
            "How many days of cover have we got on the hand blender at FBA Germany, at the last "
            "30 days' run rate?"
        ),
        ("cover", "NB-AP-002", "DE"),
    ),
    ("Which SKUs are OOS at FBA US right now?", ("stockout", "US")),
    (
        "Where do we need to replenish the kitchen scale - which FCs have zero available?",
        ("reorder", "NB-AP-005"),
    ),
    ("What's in-transit to FBA Japan for the kettle?", ("inbound", "NB-AP-001", "JP")),
    ("How many frothers are sitting at the hub in Ningbo?", ("hub", "NB-AP-004")),
    (
        "Total stock position on the mini fan across all locations, on hand plus inbound?",
        ("stock", "NB-AP-003", None),
    ),
    ("How many fans at FBA UK are reserved at the moment?", ("reserved", "NB-AP-003", "UK")),
    ("What SKUs are loaded on SHP-2610-US-OC?", ("ship_contents", "SHP-2610-US-OC")),
    ("Which inbound shipments have the hand blender on them?", ("ship_for_sku", "NB-AP-002")),
    ("Which SKU has the most units on hand across the whole network?", ("top_stock",)),
    ("Any shipments running late against plan?", ("late",)),
    ("Days of cover on the mat at FBA US?", ("clarify",)),
    # Chinese: 财务, formal written
    ("请提供上个月英国站电动奶泡器的销售额。", ("revenue", "NB-AP-004", "UK", "last_month")),
    ("烦请确认手持料理棒目前登记的采购单价。", ("cost", "NB-AP-002")),
    (
        "请核算电热水壶发往美国站的单件落地成本，财务这边要做毛利测算。",
        ("landed", "NB-AP-001", "US"),
    ),
    ("截至目前，11月1日以来日本站合计有多少个订单？", ("orders", None, "JP", "since:11-01")),
    ("烦请提供今年以来德国站厨房秤的销售收入合计。", ("revenue", "NB-AP-005", "DE", "ytd")),
    ("请问目前系统中登记在册的产品合计有多少个？", ("count",)),
    ("截至目前，尚待审批的变更提议共有多少条？", ("proposals",)),
    ("最近一次系统自动检查合计发现了多少个问题？请提供总数。", ("findings",)),
    ("烦请确认：逗猫棒的海关编码，系统建议修改为哪个编码？", ("hs_proposed", "NB-PT-003")),
    ("请列出目前尚未填写申报海关编码的产品。", ("no_hs",)),
    ("日本站目前是否有亏本销售的产品？如有，请列明每件亏损金额。", ("losing", "JP")),
    (
        "请分别提供二季度美国站防滑垫的销量和订单数。",
        ("both", ("units", "NB-BT-001", "US", "q:2"), ("orders", "NB-BT-001", "US", "q:2")),
    ),
    ("请提供亚马逊上个月的回款金额及预计到账日期。", ("refuse",)),
    ("烦请提供英国站料理棒上个月的退货率。", ("refuse",)),
    # Chinese: 仓库 / 物流
    ("现在有哪票货卡在清关？", ("customs",)),
    ("SHP-2611-DE-OC 这个柜子预计哪天到？", ("eta", "SHP-2611-DE-OC")),
    ("SHP-2610-US-OC 这柜一共装了多少件货？", ("ship_units", "SHP-2610-US-OC")),
    ("德国空运那票 SHP-2611-DE-AIR 装的是什么产品？", ("ship_contents", "SHP-2611-DE-AIR")),
    ("目前还没入仓的头程有哪几票？海运、空运都算上。", ("in_transit",)),
    ("现在有异常还没处理的货件有几票？", ("exceptions",)),
    ("日本FBA仓的防滑垫，实际在库还有多少件？", ("on_hand", "NB-BT-001", "JP")),
    ("奶泡器所有仓加起来在途多少件？", ("inbound", "NB-AP-004", None)),
    ("英国仓厨房秤库存什么情况？在库、可售、在途都报一下。", ("stock", "NB-AP-005", "UK")),
    ("哪几票头程里装了电热水壶？", ("ship_for_sku", "NB-AP-001")),
    ("加拿大站一共挂了多少条listing？", ("listing_count", "CA")),
    ("SHP-2612-JP-OC 这柜现在到哪了？几号能入仓？", ("clarify",)),
    # Chinese: mixed-language seller messages
    ("kettle 美国站 last week 出了几单", ("orders", "NB-AP-001", "US", "last_week")),
    ("FBA德国 库存还有多少 for the blender", ("stock", "NB-AP-002", "DE")),
    ("JP站 last 30 days 卖得最好的 top 3 是哪几个？", ("top_n", "JP", "30d", 3)),
    ("这个月哪个站点 units 卖得最多？", ("top_store", "this_month")),
    ("小风扇 UK仓 days of cover 还有几天？", ("cover", "NB-AP-003", "UK")),
    ("frother 美国 vs 英国 近两周销量对比一下", ("compare", "NB-AP-004", ["US", "UK"], "14d")),
    ("scale 9月 日本站 sold 多少件？", ("units", "NB-AP-005", "JP", "m:9")),
    ("上周一 美国站 mini fan 卖了几件？", ("units", "NB-AP-003", "US", "lastwd:0")),
    ("这周到目前为止 bath mat 德国站 卖了多少件", ("units", "NB-BT-001", "DE", "this_week")),
    ("热水壶在美国站现在卖多少钱？", ("price", "NB-AP-001", "US")),
    ("帮我把 bubble machine 美国站的价格改成 12.99", ("refuse",)),
    ("竞争对手那家的 kitchen scale，日本站上个月卖了多少件？", ("refuse",)),
    ("收纳那个产品，美国站上个月卖了几件？", ("clarify",)),
    ("那换成上个月呢？", ("decline",)),
]
