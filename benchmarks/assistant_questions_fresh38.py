"""Block "freshAQ": 80 seller questions nobody tuned the assistant on, 40 English and 40 Chinese,
in four voices of twenty:

- a seller talking to a voice assistant, in whole spoken sentences with every number spelled out
  ("the last twenty-one days", "the past fortnight", "the last one hundred days", "eight
  ninety-nine"), products by nickname only (kettle, hand blender, mini fan, milk frother, bath
  mat) and stores by country ("the Japanese store", "in Germany", "the United States");
- a logistics coordinator in shipping jargon, terse and lower-case (ETA, ETD, POD, vessel, feeder,
  rolled, transshipment, consignment, in-gated, FCL/LCL, "where's the box", "pcs", "qty", "FCs",
  "ex inbound"), naming shipments by code and stock by FBA node;
- a 采购 / 供应链 colleague (采购价, 进价, 到岸成本, 毛利, 备货, 补货点, 安全库存, 周转天数,
  断货预警, 补多少, 在途, 宁波仓);
- a foreign learner writing simple Chinese with learner mistakes: wrong measure words (多少只订单,
  卖了多少本, 几张 listing, 多少条产品), missing 了/的, English word order ("卖了几个 kettle
  在美国 上个星期", "多少 for 奶泡器"), English words (kettle, listing, HS code) and pinyin with
  tones (diànshuǐhú, kùcún), spaces between words.

Coverage: 66 answerable questions over units, orders, revenue, both (two facts), top, top_n,
top_store, compare, aov, asp, upo, daily (units and revenue), findings, eta (one in transit, one
received: its POD date), in_transit, exceptions, late, customs, ship_contents, ship_units,
ship_for_sku, inbound (one store and all), hub, stock (one store and all), reserved, on_hand,
open_orders (all and one store), cost (one of them the outlier NB-KT-003), landed, margin,
losing, stockout, reorder, cover, top_stock, proposals, hs_proposed, hs, no_hs, listing,
listing_count, not_live and count; "bottom" is left out (over the whole catalogue dozens of
products sit at 0 units, a tie at the cut on both dates). Periods: 21d 14d 28d 45d 60d 90d 100d
7d 30d, yesterday, last_week, lastwd:1 (上个星期二), this_month, last_month, nov, oct, m:9,
q:3, last_quarter, ytd, bf, bfday, since:10-01 and range:11-01:11-15 (no year, so both resolve
relative to the demo's date); this_week is avoided (the earlier demo is dated a Monday).
Seven are refused: ACoS and ad spend (not held), a forecast of next month's 补货 (not held),
another seller's kettle sales (not the seller's data) and three writes (lower a price, roll a
shipment to another flight, raise a purchase order with the supplier). Five are asked back about:
"the mats" (bath mat, baking mat, yoga mat), "那个 LED 灯" (desk lamp or night light), "不锈钢的
那个" (kettle, vacuum cup, whisk, shower rack), the unknown SKU NB-AP-009 and the unknown
shipment SHP-2612-FR-LCL. Two are follow-ups with no context to follow ("And what about in
Germany?", "那么 上个月 呢?") and are declined.

Written from the products, variants, listings, stock, shipments and findings tables of /tmp copies
of the two demo files (2026-12-07 and 2027-11-24) without reading the assistant's code, its tests
or any earlier question list, and never run through the assistant. Checked before commit: every
spec's `Truth.expect` and `forbid` build on both demo dates, none raises, every answerable truth
is non-empty on both; top, top_n and top_store have no tie at the cut on either date; no question
equals an earlier block's (exactly or lower-cased without spaces).

Truths worth knowing (2026-12-07 / 2027-11-24): only the five appliances and the bath mat sell,
so every sales figure is theirs. The kettle sold 0 in the US last week on the earlier date (it is
out of stock at FBA-US there) and 9 on the later one; the bath mat sold 1 / 0 on Tuesday of last
week. The best seller in Germany last month changes, NB-AP-005 (44) / NB-AP-002 (45), and the US
top three over 90 days too (AP-005 172, AP-003 168, AP-002 159 / AP-002 171, BT-001 168, AP-001
161; the fourth is one unit behind on the earlier date). "Since Black Friday" and "Black Friday
itself" on the later date reach back to 2026-11-27 (2027's is two days ahead), so the US leads
with 83 / 2692 units. NB-KT-003's recorded 进价 is 3800.00 CNY (a cost outlier the assistant
flags), the frother's average selling price in the US this month is 24.99 USD on both dates, the
kitchen scale has 0 available in Germany on the earlier date (days of cover 0.0, 15.0 later), the
mini fan in Japan is the only product losing money (137 JPY a unit, both dates), NB-AP-005 holds
the most stock (322 / 307, mostly at the Ningbo hub), the US store has 71 listings, and the
three toys are not live in any store.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AQ: list[tuple[str, Spec]] = [
    # a seller talking to a voice assistant: whole spoken sentences, numbers spelled out
    (
        "Hey assistant, how many electric kettles did we sell in the United States over the "
        "last twenty-one days?",
        ("units", "NB-AP-001", "US", "21d"),
    ),
    (
        "Okay, what was our total revenue in the UK store over the past fortnight?",
        ("revenue", None, "UK", "14d"),
    ),
    (
        "How many orders came in across all of my stores yesterday?",
        ("orders", None, None, "yesterday"),
    ),
    (
        "Tell me which product sold the most units in Germany last month.",
        ("top", "DE", "last_month"),
    ),
    (
        "Can you read me the top three best sellers in the US store over the last ninety days?",
        ("top_n", "US", "90d", 3),
    ),
    ("Which one of my stores moved the most units since Black Friday?", ("top_store", "bf")),
    (
        "Compare how many hand blenders we sold in the UK versus Germany over the last sixty "
        "days, please.",
        ("compare", "NB-AP-002", ("UK", "DE"), "60d"),
    ),
    (
        "What was the average order value in the Japanese store over the last one hundred days?",
        ("aov", None, "JP", "100d"),
    ),
    (
        "What average price have we been getting per milk frother in the US this month?",
        ("asp", "NB-AP-004", "US", "this_month"),
    ),
    (
        "On average, how many units are there in one order in the UK store, looking at the past "
        "thirty days?",
        ("upo", None, "UK", "30d"),
    ),
    (
        "Um, roughly how many bath mats are we selling per day in the US over the last "
        "twenty-eight days?",
        ("daily", "units", "NB-BT-001", "US", "28d"),
    ),
    ("How many issues did your latest check turn up for me?", ("findings",)),
    (
        "How many units did we sell on Black Friday itself, all the stores together?",
        ("units", None, None, "bfday"),
    ),
    (
        "How many mini fans did we sell in Germany in October, and how many kettles?",
        (
            "both",
            ("units", "NB-AP-003", "DE", "oct"),
            ("units", "NB-AP-001", "DE", "oct"),
        ),
    ),
    (
        "How much revenue are we making per day in Germany, on average, over the last seven days?",
        ("daily", "revenue", None, "DE", "7d"),
    ),
    (
        "What did the US store make in revenue in the third quarter?",
        ("revenue", None, "US", "q:3"),
    ),
    ("What was my ACoS on the kettle over the last thirty days?", ("refuse",)),
    (
        "Hey, please lower the price of the frother in the US store to eight ninety-nine.",
        ("refuse",),
    ),
    ("How many of the mats did we sell over the past fortnight?", ("clarify",)),
    ("And what about in Germany?", ("decline",)),
    # a logistics coordinator in shipping jargon
    ("where's the box on SHP-2611-DE-OC? need an ETA into FBA-DE", ("eta", "SHP-2611-DE-OC")),
    ("SHP-2610-UK-EXP - did we get POD? what date did it land", ("eta", "SHP-2610-UK-EXP")),
    (
        "list every consignment still moving - in-gated, on the vessel, at transshipment, in the "
        "air - i.e. no POD yet",
        ("in_transit",),
    ),
    (
        "any open exceptions on our shipments? rolled, short, whatever - give me the refs",
        ("exceptions",),
    ),
    ("which consignments are running behind ETA?", ("late",)),
    ("anything held at customs / not cleared yet?", ("customs",)),
    (
        "what SKUs are in the box on SHP-2610-US-OC? need it for the FCL load plan",
        ("ship_contents", "SHP-2610-US-OC"),
    ),
    ("total pcs on SHP-2611-DE-OC for the POD recon", ("ship_units", "SHP-2611-DE-OC")),
    ("which bookings have the stick blender (NB-AP-002) on them?", ("ship_for_sku", "NB-AP-002")),
    ("inbound qty for the kettle into FBA-DE?", ("inbound", "NB-AP-001", "DE")),
    ("frother NB-AP-004 - total inbound, all FCs", ("inbound", "NB-AP-004", None)),
    (
        "how many scales are sitting at the Ningbo origin hub waiting on a vessel?",
        ("hub", "NB-AP-005"),
    ),
    (
        "stock position NB-BT-001 @ FBA-UK: on hand / available / inbound pls",
        ("stock", "NB-BT-001", "UK"),
    ),
    ("reserved qty on the mini fans at the UK FC?", ("reserved", "NB-AP-003", "UK")),
    ("how many orders still open, not dispatched yet, all channels?", ("open_orders",)),
    ("open orders US side - how many haven't shipped?", ("open_orders", "US")),
    ("on-hand only (ex inbound) for NB-AP-002 at the US FC", ("on_hand", "NB-AP-002", "US")),
    (
        "kettle NB-AP-001 - total stock across the network incl. inbound",
        ("stock", "NB-AP-001", None),
    ),
    (
        "roll SHP-2611-DE-AIR to next week's flight, new ETD, and push the ETA out accordingly",
        ("refuse",),
    ),
    ("where's the box on SHP-2612-FR-LCL? feeder was supposed to sail tue", ("clarify",)),
    # a 采购 / 供应链 colleague: 采购价, 进价, 备货, 补货点, 安全库存, 周转天数, 断货预警
    ("料理棒的采购价是多少？", ("cost", "NB-AP-002")),
    ("保鲜盒 NB-KT-003 系统里录的进价是多少", ("cost", "NB-KT-003")),
    (
        "电热水壶进价多少？发美国站的到岸成本又是多少？",
        ("both", ("cost", "NB-AP-001"), ("landed", "NB-AP-001", "US")),
    ),
    ("厨房秤发到德国站，到岸成本算下来一个多少钱", ("landed", "NB-AP-005", "DE")),
    ("手持风扇日本站现在卖一件毛利多少", ("margin", "NB-AP-003", "JP")),
    ("现在有没有哪个品是亏本在卖的？", ("losing", None)),
    ("美国站断货预警：现在哪些SKU已经没有可售库存了", ("stockout", "US")),
    ("奶泡器要不要补货？哪几个站点已经断了", ("reorder", "NB-AP-004")),
    ("厨房秤德国仓可售还能撑几天？按周转天数算，怕跌破安全库存", ("cover", "NB-AP-005", "DE")),
    ("宁波仓里防滑垫还有多少备货", ("hub", "NB-BT-001")),
    ("所有SKU里现在哪个库存压得最多？", ("top_stock",)),
    ("英国站料理棒在途还有多少件", ("inbound", "NB-AP-002", "UK")),
    ("日本站电热水壶的库存：在库、可售、在途分别多少", ("stock", "NB-AP-001", "JP")),
    (
        "上个季度德国站奶泡器一共卖了多少件？我要重新算一下补货点",
        ("units", "NB-AP-004", "DE", "last_quarter"),
    ),
    ("美国站厨房秤最近45天的日均销量是多少", ("daily", "units", "NB-AP-005", "US", "45d")),
    ("现在有几条建议还等着审批？", ("proposals",)),
    ("逗猫棒的海关编码，系统建议改成哪个？", ("hs_proposed", "NB-PT-003")),
    ("帮我给供应商下个采购单，料理棒补500个", ("refuse",)),
    ("帮我预测一下下个月厨房秤要补多少", ("refuse",)),
    ("NB-AP-009 进价多少？我要核一下采购价", ("clarify",)),
    # a foreign learner writing simple Chinese (measure words, missing 了/的, English order, pinyin)
    ("我想知道 卖了几个 kettle 在美国 上个星期", ("units", "NB-AP-001", "US", "last_week")),
    ("德国的店 十一月 有多少只订单?", ("orders", None, "DE", "nov")),
    ("diànshuǐhú 在英国 最近30天 卖多少钱?", ("revenue", "NB-AP-001", "UK", "30d")),
    ("请问 九月 小风扇 日本 卖了多少本?", ("units", "NB-AP-003", "JP", "m:9")),
    ("今年 我们 一共 卖 多少个东西 所有的店?", ("units", None, None, "ytd")),
    ("哪些产品 没有 HS code? 我明天 要 报关", ("no_hs",)),
    ("料理棒 在 德国 的 listing 是什么 状态?", ("listing", "NB-AP-002", "DE")),
    ("我们 在 amazon 美国 有几张 listing?", ("listing_count", "US")),
    ("哪些产品 在日本 还没 上架?", ("not_live", "JP")),
    ("奶泡器 的 HS code 是 什么号码?", ("hs", "NB-AP-004")),
    ("我有 多少条 产品 在 系统 里面?", ("count",)),
    ("上个星期二 美国 卖 几个 防滑垫?", ("units", "NB-BT-001", "US", "lastwd:1")),
    ("英国店 卖多少钱 从十月一号 到现在?", ("revenue", None, "UK", "since:10-01")),
    (
        "十一月一号 到 十五号, 德国 卖了多少个 厨房秤?",
        ("units", "NB-AP-005", "DE", "range:11-01:11-15"),
    ),
    ("日本 的 kùcún 多少 for 奶泡器?", ("stock", "NB-AP-004", "JP")),
    ("我的 广告花费 上个月 是 多少钱?", ("refuse",)),
    ("别的卖家 的 kettle 卖几个? 我想 比较一下", ("refuse",)),
    ("那个 LED 灯 上个月 卖了几个?", ("clarify",)),
    ("不锈钢的 那个 卖了 多少 在美国 上个月?", ("clarify",)),
    ("那么 上个月 呢?", ("decline",)),
]
