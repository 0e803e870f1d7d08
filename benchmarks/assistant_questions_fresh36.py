"""Block "freshAO": 80 seller questions (40 English, 40 Chinese) written for a first-sight
measurement of the Seller Assistant, without the assistant's code, its tests or any earlier question
list in view (bar a glance at the first two dozen lines of the original CASES list while
reading that module's docstring).

Voices. English: a US ops team in Slack (@mentions, cc's, "rn", "pls", emoji); the same people
pasting multi-line bullet messages, a field a line ("- store: DE", "- sku: NB-AP-005", "- period:
last 30d", "units?"); bare keyword queries ("kettle DE stock", "units US 7d NB-AP-005", "mini fan UK
reserved qty"); imperative commands ("Give me", "Pull", "Show", "List"). Chinese: keyword-style 表格
queries with spaces ("德国 库存 料理棒", "美国站 上周 订单数", "产品 总数"); a 老板 asking
rhetorical, reproachful questions whose honest answer is a figure ("难道上个月一件都没卖？",
"怎么还没到？到底什么时候到", "不是说有货吗，英国仓的风扇还剩几个"); a 跨境老鸟 mixing English into
Chinese (FBA, SKU, 头程, 在途, 可售, 断货, 补货, 动销, listing, findings). Products by SKU and by
nickname (kettle, hand blender, frother, mini fan, kitchen scale, bath mat, coffee grinder; 热水壶,
料理棒, 奶泡器, 风扇, 电子秤), stores by code, country, domain or local name (amazon.co.uk,
amazon.de, the US store, 美国站, DE站, JP站, 德国).

Coverage: 66 answerable, 7 refused, 5 asked back, 2 declined. Kinds: units, orders, revenue, both,
top, top_n, top_store, compare, aov, asp, upo, daily (units and orders), cost, landed, margin,
losing (all stores and JP), price, hs, hs_proposed, stock (one store and all locations), on_hand,
reserved, inbound, hub, cover, stockout, reorder, top_stock, listing, listing_count, not_live,
count, proposals, findings, customs, exceptions, late, eta, in_transit, ship_contents, ship_units,
ship_for_sku, open_orders (all stores and DE). Not covered: "bottom" (41 of the 47 products sell
nothing in any store, so the worst seller is always a tie at zero) and "no_hs" (every product has a
declared HS code on both dates, so its truth is empty). Periods: 7d, 14d, 21d ("last 3 weeks"), 30d,
45d, 60d, 90d, yesterday, this_week, last_week, lastwd:1 (上周二), this_month, last_month, oct, nov,
m:9, q:3, last_quarter, ytd, bfday (黑五那天), since:11-28 ("since 11/28") and range:11-28:11-30
("11.28-11.30"); the two explicit spans fall after 2026-11-25, so they name the same days on both
demo dates. Refused: ACoS, ad spend, another seller's units (Homelux on amazon.de), week-on-week %
(周环比), net profit after ad spend (扣掉广告费的净利润) and two writes (change the kettle's US
price, delete the DE blender listing). Forecasts are not asked about: the demo holds forecast rows,
so "refuse" would not be what a careful analyst answers. Asked back: the "LED light" (desk lamp,
night light or solar garden lights), the "organizer" (storage boxes or drawer boxes), "那个不锈钢的"
(kettle, vacuum cup, whisk or shower shelf), the unknown SKU NB-AP-009 and the unknown shipment
SHP-2612-FR-OC. Declined: "@bot same for JP?" and "那英国那边呢？" with no context before them.

How written and checked: products, stores, stock, shipments, listings, prices and findings were read
by plain SQL on /tmp copies of both demo files; every spec's truth was built with
`assistant_chat.Truth` on both (2026-12-07, a Monday, and 2027-11-24, a Wednesday): none raises,
every answerable one is non-empty, and no top / top_n / top_store has a tie at the cut on either
date. The questions were compared, lower-cased and without spaces, against every earlier block (two
collisions, both one-line follow-ups, were reworded). The assistant was not run on them.

Truths worth knowing (2026-12-07 / 2027-11-24): "since 11/28" is ten days on the first demo and
almost a year on the second (kettle DE 15 / 340 units); NB-AP-005 sold 0 units in the US in the last
7 days on the first date (3 on the second), a legitimate zero; this week is the Monday alone on the
first date (6 units, all stores) and three days on the second (28). The kettle in DE is 8 on hand, 8
available, 178 inbound / 0, 0, 189; the frother in JP 1 / 1 / 17 and 0 / 0 / 18; UK bath mat cover
27.0 days / 0.0. The only loss-maker is NB-AP-003 in JP (1780 JPY, a margin of -137 JPY, landed 1029
JPY); the bath mat has no active DE price (newest quote 11.99 EUR); the hand blender lands in the UK
at 8.54 GBP on both dates. The US sells most last quarter (776 / 718 units); the JP Q3 top three
differ by date (NB-AP-005, NB-AP-003, NB-AP-002 / NB-BT-001, NB-AP-002, NB-AP-001), as do October's
DE best seller (NB-AP-003 50 / NB-AP-002 45) and the US 90-day one (NB-AP-005 172 / NB-AP-002 171).
Black Friday is 2026-11-27 on both dates (32 / 21 units). Stock-outs: US NB-AP-001, -003, -005 /
NB-AP-002, -003, -004, NB-BT-001; DE NB-AP-004, -005, NB-BT-001 / NB-AP-001, -003, -004, NB-BT-001.
Constant on both: 6 open orders (2 in DE), 3 shipments with open exceptions, 2 late, 1 held in
customs (SHP-2610-US-OC), 4 in transit, 15 proposals, 38 findings, 47 products, 71 JP listings,
NB-AP-005 the largest stock (322 / 307, 300 of it at the Ningbo hub)."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AO: list[tuple[str, Spec]] = [
    # --- a US ops team in Slack: @mentions, cc's, "rn", emoji
    (
        "@assistant how many kettles have we moved in DE since 11/28?",
        ("units", "NB-AP-001", "DE", "since:11-28"),
    ),
    (
        "@here @gs-bot quick one: how many orders did the US store take yesterday?",
        ("orders", None, "US", "yesterday"),
    ),
    (
        "hey @SellerAssistant what's revenue on amazon.co.uk this month so far 🙏",
        ("revenue", None, "UK", "this_month"),
    ),
    (
        "@bot which marketplace shifted the most units last quarter? need it for the QBR deck",
        ("top_store", "last_quarter"),
    ),
    ("@assistant when's SHP-2611-UK-AIR due in? @tom is asking", ("eta", "SHP-2611-UK-AIR")),
    (
        "@gs-bot frother stock in JP pls - on hand, available and inbound",
        ("stock", "NB-AP-004", "JP"),
    ),
    (
        "cc @maria @assistant what's our landed cost on the hand blender into the UK?",
        ("landed", "NB-AP-002", "UK"),
    ),
    ("@bot how many open orders sitting on the DE store rn?", ("open_orders", "DE")),
    ("@channel @assistant which shipments are running late?", ("late",)),
    ("@assistant are we losing money on anything? which SKU / which store", ("losing", None)),
    (
        "@bot what did Homelux sell on amazon.de last month? they're undercutting our blender",
        ("refuse",),
    ),
    ("@assistant how's the LED light doing in the US this month?", ("clarify",)),
    ("@bot same for JP?", ("decline",)),
    # --- the same people pasting multi-line bullet messages
    (
        "- store: DE\n- sku: NB-AP-005\n- period: last 30d\nunits?",
        ("units", "NB-AP-005", "DE", "30d"),
    ),
    ("- store: US\n- metric: avg order value\n- period: last 14 days", ("aov", None, "US", "14d")),
    (
        "@assistant\n- sku: NB-BT-001\n- store: UK\n- need: days of cover left",
        ("cover", "NB-BT-001", "UK"),
    ),
    (
        "- product: milk frother\n- stores: US vs UK\n- period: last month\nunits each pls",
        ("compare", "NB-AP-004", ("US", "UK"), "last_month"),
    ),
    ("- shipment: SHP-2610-US-OC\n- q: which SKUs are on it?", ("ship_contents", "SHP-2610-US-OC")),
    ("- store: JP\n- period: Q3\n- top 3 products by units", ("top_n", "JP", "q:3", 3)),
    (
        "- sku: NB-AP-003\n- store: US\n- period: last 60 days\nrevenue + order count?",
        ("both", ("revenue", "NB-AP-003", "US", "60d"), ("orders", "NB-AP-003", "US", "60d")),
    ),
    ("- store: UK\n- period: yesterday\nACoS?", ("refuse",)),
    # --- bare keyword queries
    ("kettle DE stock", ("stock", "NB-AP-001", "DE")),
    ("units US 7d NB-AP-005", ("units", "NB-AP-005", "US", "7d")),
    ("NB-AP-002 hs code", ("hs", "NB-AP-002")),
    ("bath mat price amazon.de", ("price", "NB-BT-001", "DE")),
    ("shipments open exceptions", ("exceptions",)),
    ("listings not live US", ("not_live", "US")),
    ("mini fan UK reserved qty", ("reserved", "NB-AP-003", "UK")),
    ("asp kettle US last 45 days", ("asp", "NB-AP-001", "US", "45d")),
    ("ad spend DE last month", ("refuse",)),
    ("NB-AP-009 stock DE", ("clarify",)),
    # --- imperative commands
    ("Give me the best seller in Germany for October.", ("top", "DE", "oct")),
    ("Pull units per order for the UK store over the last 90 days", ("upo", None, "UK", "90d")),
    ("Show me the unit cost of the coffee grinder, NB-KT-008", ("cost", "NB-KT-008")),
    (
        "Pull daily average units for the blender in the US, last 3 weeks",
        ("daily", "units", "NB-AP-002", "US", "21d"),
    ),
    ("Show the proposed HS code for NB-PT-003", ("hs_proposed", "NB-PT-003")),
    ("List the stores where the kitchen scale needs a reorder", ("reorder", "NB-AP-005")),
    ("List everything that's out of stock on the US store", ("stockout", "US")),
    ("Change the US price of the kettle to 22.99", ("refuse",)),
    ("Show me units of the organizer in DE over the last 30 days", ("clarify",)),
    # --- 表格式关键词查询
    ("德国 库存 料理棒", ("stock", "NB-AP-002", "DE")),
    ("美国站 上周 订单数", ("orders", None, "US", "last_week")),
    ("英国站 上个月 销售额", ("revenue", None, "UK", "last_month")),
    ("奶泡器 海关编码", ("hs", "NB-AP-004")),
    ("德国站 9月 客单价", ("aov", None, "DE", "m:9")),
    (
        "料理棒 11.28-11.30 美国 vs 德国 销量",
        ("compare", "NB-AP-002", ("US", "DE"), "range:11-28:11-30"),
    ),
    ("SHP-2611-DE-OC 总件数", ("ship_units", "SHP-2611-DE-OC")),
    ("日本站 listing 数量", ("listing_count", "JP")),
    ("待审批 建议 数量", ("proposals",)),
    ("风扇 日本站 单件毛利", ("margin", "NB-AP-003", "JP")),
    ("产品 总数", ("count",)),
    ("在途 货件 列表", ("in_transit",)),
    ("美国站销量 周环比 涨了百分之多少", ("refuse",)),
    # --- 老板：反问、责备，答案是一个数
    (
        "难道上个月一件都没卖？德国那个热水壶到底卖了几个",
        ("units", "NB-AP-001", "DE", "last_month"),
    ),
    ("SHP-2610-US-OC怎么还没到？到底什么时候到", ("eta", "SHP-2610-US-OC")),
    ("不是说有货吗，英国仓的风扇还剩几个", ("on_hand", "NB-AP-003", "UK")),
    ("这个月美国站怎么才这么点单？到底出了多少单", ("orders", None, "US", "this_month")),
    ("日本站是不是一直在亏钱？亏的是哪个，一件亏多少", ("losing", "JP")),
    ("不是说黑五卖爆了吗？黑五那天到底卖了多少件", ("units", None, None, "bfday")),
    ("货是不是又卡海关了？哪票被扣了", ("customs",)),
    ("怎么还有单没发？现在到底几单没发货", ("open_orders",)),
    ("上周二美国站就出了这么几单？到底几单", ("orders", None, "US", "lastwd:1")),
    ("不是说宁波仓还压着一堆料理棒吗，压了多少", ("hub", "NB-AP-002")),
    ("这周是不是一件都没卖出去？这周到底卖了几件", ("units", None, None, "this_week")),
    ("扣掉广告费，上个月净利润到底多少？", ("refuse",)),
    ("那个不锈钢的 美国站 上周卖了多少", ("clarify",)),
    ("那英国那边呢？", ("decline",)),
    # --- 跨境老鸟：中文夹 FBA、SKU、头程、在途、可售、动销
    ("电子秤 FBA美国 在途多少件", ("inbound", "NB-AP-005", "US")),
    ("哪几票头程里有热水壶", ("ship_for_sku", "NB-AP-001")),
    ("奶泡器 各仓 在库+在途 汇总", ("stock", "NB-AP-004", None)),
    ("现在库存最多的是哪个SKU，含宁波仓", ("top_stock",)),
    ("风扇 日本站 到岸成本多少（含头程）", ("landed", "NB-AP-003", "JP")),
    ("近90天美国站动销最好的SKU是哪个", ("top", "US", "90d")),
    ("英国站 11月 日均出单多少", ("daily", "orders", None, "UK", "nov")),
    ("这次体检一共报了几条findings", ("findings",)),
    ("热水壶 美国站 listing 上架了没", ("listing", "NB-AP-001", "US")),
    ("JP站 今年以来 总销量", ("units", None, "JP", "ytd")),
    ("DE站 FBA 断货的SKU有哪些（可售为0），该补货了", ("stockout", "DE")),
    ("帮我把德国站料理棒的listing删了", ("refuse",)),
    ("SHP-2612-FR-OC 到哪了，啥时候入库", ("clarify",)),
]
