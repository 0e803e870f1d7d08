"""Block "freshAK": 80 new seller questions (40 English, 40 Chinese, a few mixed), typed by a
seller who types fast (typos, missing spaces, doubled letters, caps lock, autocorrect slips), a
product manager asking "how does X compare with Y" and "is X ahead of Y", a seller asking yes/no
questions phrased with a negation whose honest answer is a figure, a 00后 运营 writing internet
slang and emoji, a 老會計 in Taiwan writing formal Traditional Chinese and a 新品开发 colleague
asking about HS codes, landed costs, margins and listings per store; written without the
assistant's parser, its answers or any other block's question list in view, graded strictly
(`assistant_chat.py --fresh32`). Not yet run: the assistant has not seen these questions.

Voice. The English half is three people. A seller typing fast on a phone: "howmany kettels",
"whats teh revenue", "stock levle", "unts", "vlaue", "arive", a message in caps lock, "fans r
sitting", and autocorrect slips a reader still reads one way ("kitchen scales inbound", "in germane
over the last 30 days"). A product manager who only compares what the grader compares: one product
across stores ("How does the kettle in the US compare with the UK", "Is Germany ahead of the UK on
the mini fan"), stores on total units, the store ahead, top 3, the weakest and the leading product;
and the comparisons nobody holds (a competitor's sales, conversion rate). And a seller asking
yes/no questions with a negation ("Haven't we sold any frothers in Japan yesterday?", "Aren't we
losing money on every fan we sell in Japan?", "Doesn't the bath mat have anything reserved in the
UK?"), where the figure is the honest answer, zero included. The Chinese half: a 00后 运营 (家人们,
救命, 咋整, 绝绝子, 冲鸭, 哈哈哈, 🙏😭🆘; 美亚, 日亚, 德亚), a 老會計 in Taiwan in formal 繁體
(請問, 煩請提供, 為何; 營業額, 訂單量, 庫存, 出貨, 報關, 稅則號別, 進貨成本, 寧波倉) and a 新品开发
colleague (HS编码 on file and proposed, 落地 / 到岸成本, 亏本, listing 状态, 各站点 listing 数,
没上线, 售价, which 货件 carry a product). Products by nickname (kettle, hand blender, mini fan,
frother, kitchen scale, bath mat, coffee grinder, 热水壶, 料理棒, 小风扇, 奶泡器, 电子秤, 烘焙垫,
逗猫棒, 磁力片), stores by country, domain (amazon.de, amazon.co.jp, Amazon US) and nickname.

Coverage. Every answerable kind the grader supports appears: units, orders, revenue, both, top,
top_n, top_store, compare (one product across stores, and store totals), bottom, cost, landed,
margin, losing (per store and overall), price, hs, hs_proposed, no_hs, stock, on_hand, reserved,
inbound, hub, cover, stockout, reorder, top_stock, listing, listing_count, not_live, count,
proposals, findings, exceptions, customs, late, eta, in_transit, ship_contents, ship_units,
ship_for_sku, open_orders, aov, asp, upo, daily (units and revenue). Periods: 7d, 14d, 30d, 90d,
yesterday, last_week, this_month, last_month, nov, oct, m:9, q:3, last_quarter, ytd, since:11-15,
range:11-01:11-15 and lastwd:5 ("last Saturday", one day on both dates). Twelve questions must not
be answered with a figure: refuse 6 (ACOS, a competitor's sales twice, conversion rate, income tax,
changing a price), clarify 4 ("lights", 墊子, the unknown shipment SHP-2612-JP-OC, the unknown SKU
NB-KT-009), decline 2 (a bare follow-up in each language).

How it was written: from the grader (`assistant_chat.py`: `Truth`, `period()`, `grade`, the spec
kinds) and the truth helpers (`assistant_truth_*.py`), and the demo database's products, listings,
stock, shipments and change requests; never the assistant's code, tests or answers. Every truth was
computed with `Truth.expect` / `Truth.forbid` on /tmp copies of both demo files (--today 2026-12-07
and 2027-11-24): none raises, every answerable one is non-empty. Periods were chosen to read one
way on both dates (no "last Monday" on a Wednesday, no Black Friday a year back). The strings were
checked against every earlier block by an exact and a case- / space-folded set intersection that
printed only the collisions; two were found and reworded.

Truths worth knowing (2026-12-07 / 2027-11-24). 2026-12-07 is a Monday, 2027-11-24 a Wednesday.
Kettles on amazon.de last week 13 / 12 units; the kettle over 30 days US 43 / 58, UK 25 / 24; the
mini fan this month DE 12 / 17, UK 10 / 12; the hand blender in October JP 20 / 8, DE 39 / 45; Q3
totals US 776 / 718, DE 417 / 404. Store ahead this year US (2780 / 2421 units), last week DE (40 /
44). UK top 3 over 90 days NB-AP-002 74, NB-AP-005 74, NB-AP-003 68 / NB-AP-002 74, NB-BT-001 65,
NB-AP-001 57. Weakest in JP last month NB-BT-002 with 0 units (first of many at zero). US leader
over 14 days NB-AP-005 32 / NB-AP-001 29. Frothers in JP yesterday 0 / 0. The fan in JP loses 137
JPY a unit on both dates (the only losing product; its active price 1780 JPY). Kettles at FBA US:
0 on hand, cover 0.0 / 10 on hand, 1 reserved, cover 4.7; the kettle to reorder in JP, UK, US /
DE, UK. Kettles on amazon.com this month 1 / 58 件. Hand blenders on hand at FBA US 6 / 0. US
stock-outs NB-AP-001, NB-AP-003, NB-AP-005 / NB-AP-002, NB-AP-003, NB-AP-004, NB-BT-001. Most
stock NB-AP-005 (322 / 307). Open exceptions SHP-2610-UK-EXP, SHP-2610-US-OC (customs),
SHP-2611-DE-AIR; late SHP-2610-US-OC and SHP-2611-DE-AIR; in transit all but SHP-2610-UK-EXP;
SHP-2611-DE-AIR due 2026-12-10 / 2027-11-27; SHP-2610-US-OC carries 210 units. US revenue last
month 8046.78 / 6247.50 USD, AOV 28.95 / 28.40 USD; JP last quarter 728160 / 692080 JPY, AOV last
month 3631 / 3397 JPY; DE revenue a day over 30 days 148.67 / 124.15 EUR; DE orders in September
137 / 124. 47 products, 15 proposals, 38 findings, 71 listings a store, three (NB-TY-001..003)
validated but not live; no HS code on file for NB-BT-004 and NB-CL-002. Landed costs NB-AP-001 US
8.85 USD, NB-AP-002 DE 10.23 EUR on both dates."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AK: list[tuple[str, Spec]] = [
    # --- a seller typing fast: typos, missing spaces, doubled letters, caps lock, autocorrect
    (
        "howmany kettels did we sell on amazon.de last week?",
        ("units", "NB-AP-001", "DE", "last_week"),
    ),
    (
        "whats teh revenue on the milk frohter in DE since nov 15th",
        ("revenue", "NB-AP-004", "DE", "since:11-15"),
    ),
    ("stock levle of the hand blender at FBA DE?", ("stock", "NB-AP-002", "DE")),
    ("how many fans r sitting at the hub in ningbo", ("hub", "NB-AP-003")),
    ("UNIT COST OF TEH COFFE GRINDER PLS", ("cost", "NB-KT-008")),
    ("whens SHP-2611-DE-AIR gonna arive", ("eta", "SHP-2611-DE-AIR")),
    ("how many unts are on SHP-2610-US-OC in total", ("ship_units", "SHP-2610-US-OC")),
    ("whats on SHP-2611-DE-OC, which skus", ("ship_contents", "SHP-2611-DE-OC")),
    ("avg order vlaue for the US store last month", ("aov", None, "US", "last_month")),
    ("kitchen scales inbound to FBA US??", ("inbound", "NB-AP-005", "US")),
    (
        "how many kettles a day on average in germane over the last 30 days",
        ("daily", "units", "NB-AP-001", "DE", "30d"),
    ),
    ("whats the ACOS on the kettel ads last month", ("refuse",)),
    ("howmany lights did we sell last month", ("clarify",)),
    ("eta on SHP-2612-JP-OC pls", ("clarify",)),
    # --- a product manager: "how does X compare with Y", "is X ahead of Y"
    (
        "How does the kettle in the US compare with the UK over the last 30 days?",
        ("compare", "NB-AP-001", ("US", "UK"), "30d"),
    ),
    (
        "Is Germany ahead of the UK on the mini fan this month?",
        ("compare", "NB-AP-003", ("DE", "UK"), "this_month"),
    ),
    (
        "How does amazon.co.jp compare with amazon.de for the hand blender in October?",
        ("compare", "NB-AP-002", ("JP", "DE"), "oct"),
    ),
    (
        "How do the US and DE stores compare on total units sold in Q3?",
        ("compare", None, ("US", "DE"), "q:3"),
    ),
    ("Which store is ahead on units so far this year?", ("top_store", "ytd")),
    ("Which marketplace came out ahead on units last week?", ("top_store", "last_week")),
    ("Top 3 products in the UK over the last 90 days, by units?", ("top_n", "UK", "90d", 3)),
    ("What was our weakest product in Japan last month, by units?", ("bottom", "JP", "last_month")),
    ("Which product is ahead in the US store over the past two weeks?", ("top", "US", "14d")),
    ("How does our kettle compare with Cosori's sales on Amazon US?", ("refuse",)),
    ("How does our conversion rate in DE compare with the US last month?", ("refuse",)),
    # --- a seller asking yes/no questions with a negation; the honest answer is the figure
    ("Haven't we sold any frothers in Japan yesterday?", ("units", "NB-AP-004", "JP", "yesterday")),
    (
        "Aren't we losing money on every fan we sell in Japan? by how much?",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "Didn't the UK store get any kettle orders last month?",
        ("orders", "NB-AP-001", "UK", "last_month"),
    ),
    ("Don't we have any hand blenders left at FBA US?", ("on_hand", "NB-AP-002", "US")),
    ("Isn't any shipment held up at customs right now?", ("customs",)),
    ("Aren't any of our shipments running late?", ("late",)),
    ("Haven't we got any proposals waiting for approval?", ("proposals",)),
    (
        "Isn't the kettle out of stock somewhere? where do I need to restock it",
        ("reorder", "NB-AP-001"),
    ),
    ("Doesn't the bath mat have anything reserved in the UK?", ("reserved", "NB-BT-001", "UK")),
    ("Didn't Germany make any revenue last Saturday?", ("revenue", None, "DE", "lastwd:5")),
    ("Isn't the kettle on any of our shipments? which ones", ("ship_for_sku", "NB-AP-001")),
    (
        "Haven't we got at least three weeks of cover on the kettle in the US?",
        ("cover", "NB-AP-001", "US"),
    ),
    ("Aren't any of our products selling at a loss?", ("losing", None)),
    ("Doesn't the kitchen scale have an HS code on file?", ("hs", "NB-AP-005")),
    ("and what about last month then?", ("decline",)),
    # --- a 00后 运营: internet slang and emoji
    ("家人们！！热水壶美国站这个月卖了多少件 冲冲冲🙏", ("units", "NB-AP-001", "US", "this_month")),
    ("救命 小风扇日亚11月出了几单啊😭", ("orders", "NB-AP-003", "JP", "nov")),
    ("现在库存最多的是哪个sku啊 求告诉🙏", ("top_stock",)),
    ("美亚哪些品断货了 咋整😱", ("stockout", "US")),
    ("有异常的货件是哪几票 救命🆘", ("exceptions",)),
    ("现在还在路上没到仓的货件有哪些 哈哈哈", ("in_transit",)),
    ("助手这一轮一共扫出来几个问题啊 家人们帮我看下👀", ("findings",)),
    ("英国站料理棒近30天平均一件卖多少钱🙏", ("asp", "NB-AP-002", "UK", "30d")),
    ("德国站上个月平均一单几件啊 数据绝绝子的话我去邀功哈哈哈", ("upo", None, "DE", "last_month")),
    ("日本站近7天卖得最好的是哪个 冲鸭🦆", ("top", "JP", "7d")),
    (
        "奶泡器英国站上个月卖了多少件、卖了多少钱 一起给我 谢谢家人们🙏",
        (
            "both",
            ("units", "NB-AP-004", "UK", "last_month"),
            ("revenue", "NB-AP-004", "UK", "last_month"),
        ),
    ),
    ("德亚的小风扇还能撑几天 咋整😭", ("cover", "NB-AP-003", "DE")),
    ("帮我把日本站小风扇的价格改成2880 冲！", ("refuse",)),
    ("那德国站呢？🙏", ("decline",)),
    # --- a 老会計 in Taiwan: formal Traditional Chinese
    ("請問上個月美國站的營業額是多少？", ("revenue", None, "US", "last_month")),
    ("煩請提供九月份德國站的訂單量。", ("orders", None, "DE", "m:9")),
    ("電熱水壺的進貨成本是多少？", ("cost", "NB-AP-001")),
    ("目前公司共有幾項商品？", ("count",)),
    ("英國站尚未出貨的訂單有幾筆？", ("open_orders", "UK")),
    ("請問上一季日本站的營業額合計多少？", ("revenue", None, "JP", "last_quarter")),
    ("日本站上個月平均每筆訂單金額為何？", ("aov", None, "JP", "last_month")),
    ("德國站近三十天平均每日營業額為何？", ("daily", "revenue", None, "DE", "30d")),
    ("寧波倉的電子秤庫存還有多少？", ("hub", "NB-AP-005")),
    ("電動奶泡器報關用的稅則號別是多少？", ("hs", "NB-AP-004")),
    (
        "請問十一月一日至十五日美國站電子秤的銷售件數？",
        ("units", "NB-AP-005", "US", "range:11-01:11-15"),
    ),
    ("請提供本公司今年度營利事業所得稅的申報金額。", ("refuse",)),
    ("請問墊子上個月賣了幾件？", ("clarify",)),
    # --- a 新品开发 colleague: HS codes, landed costs, margins, listings per store
    ("逗猫棒现在系统里填的HS编码是啥", ("hs", "NB-PT-003")),
    ("烘焙垫的海关编码系统建议改成什么？", ("hs_proposed", "NB-KT-006")),
    ("新品这边想确认下，目前还有哪些SKU没录HS编码", ("no_hs",)),
    ("电热水壶发美国站的落地成本多少", ("landed", "NB-AP-001", "US")),
    ("料理棒到德国站的到岸成本是多少？", ("landed", "NB-AP-002", "DE")),
    ("日本站有哪些品是亏本在卖的？", ("losing", "JP")),
    ("磁力片在美国站的listing现在什么状态", ("listing", "NB-TY-003", "US")),
    ("法国站一共挂了多少条listing？", ("listing_count", "FR")),
    ("德国站有哪些listing还没上线？", ("not_live", "DE")),
    ("小风扇日本站现在的售价是多少", ("price", "NB-AP-003", "JP")),
    ("哪几个货件上有奶泡器？", ("ship_for_sku", "NB-AP-004")),
    ("隔壁Anker家的充电宝在美国站月销多少？", ("refuse",)),
    ("NB-KT-009的HS编码是多少", ("clarify",)),
]
