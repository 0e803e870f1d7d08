"""Block "freshS": 80 new seller questions (40 Chinese, 40 English), written without the
assistant's parser, its answers or any other block's question list in view, not yet run, to be
measured once untouched and graded strictly (`assistant_chat.py --fresh14`).

Voices: sellers typing fast on a phone into a group chat with their ERP bot. Chinese: a mainland
跨境 operator mixing Chinese and English shorthand the way the trade types it (US站, UK站, FBA,
SKU, qty, pcs, top5, listing, HS code), spoken Chinese (咋样, 有木有, 帮我看下, 查一下, 急), no
punctuation, sentence-final 啊 / 呢 / 哈, numbers as 近三十天, 近一个月, 90天, 十一月, 双十一, 黑五;
a Taiwan colleague in traditional characters (浴室止滑墊, 電子秤, 進貨成本, 多少錢, 訂單, 出貨,
寵物, 上禮拜). English: a Chinese seller writing non-native English (missing articles and
plurals, wrong tense: "how many water boiler we sell in germany last month", "stock still
have?", "how many proposal waiting me approve"), mostly lower case, shorthand (qty, ETA, COGS,
OOS, w/, pls, fba uk, q3); and a Western 3PL partner asking a few precise, full-sentence
questions (unit count on a shipment, shipments behind schedule, customs holds, a date range
for one SKU across marketplaces, booking a pickup).

Products are mostly named by nicknames that are not their catalogue titles: 电水壶 and "water
boiler" (the electric kettle), 搅拌棒 and "stick blender" (the hand blender), 奶泡棒, 打奶泡那个
and "coffee frother" (the milk frother), 厨房电子秤 / 電子秤 (the digital kitchen scale),
浴室止滑墊, 地垫 and "shower mat" (the bath mat), 小风扇 and "usb fan" (the mini handheld fan),
"bean grinder" (the coffee grinder), "magnet tiles" (the magnetic building tiles); SKUs and
shipment codes are also typed in lower case (nb-ap-002, shp-2611-de-oc).

Coverage. Every spec kind the grader supports appears at least once: units, orders, revenue,
top, bottom, top_store, top_n (top 5 in the US over 90 days, top 3 in DE last month), compare
(two stores for one product, four times), both (two periods; units and orders), cost, hs,
no_hs, hs_proposed, price, landed, margin, losing, stock (one store and all locations),
on_hand, reserved, inbound, hub, cover, stockout, reorder, top_stock, listing, listing_count,
not_live, open_orders, count, proposals, findings, exceptions, customs, late, eta, in_transit,
ship_units, ship_contents, ship_for_sku, refuse, clarify and decline. Periods: yesterday, last
7 / 14 / 30 / 90 days, last week, this month, last month, October, November, the third quarter,
year to date, since Black Friday, since 11 November and 1-15 November. Fifteen questions are
not to be answered with a figure: writes (a price change twice, a purchase order, a carrier
pickup), another seller's sales twice, figures the data does not hold (return rate; sessions
and conversion) (refuse); names that fit several products (充电那个: the USB-C cable, the power
bank, the wall charger and the USB fan; 寵物那款: four pet products; "the stainless steel
one": the kettle, the blender, the frother, the vacuum cup and more) and two SKUs the business
does not have (NB-KT-010, NB-AP-007) (clarify); two follow-ups with no context (decline).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and
`--today 2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth
was computed alone with the grader's `Truth.expect` (and `Truth.forbid`) on both demo files
before the block was committed: none is empty or raises. Before committing, five specs whose
truth was a bare zero on one date were moved to a product, store or period with sales or stock
on both (the bath mat to DE, yesterday to the US, on hand and reserved to the fan at FBA-UK, the
compound units-and-orders question to the blender in DE last week). A truth worth knowing before
reading the figures: the "bottom" question (近一个月德国站卖得最烂) is a tie at 0 units
among every product never sold in DE, which the grader breaks alphabetically (NB-BT-002,
"0 件"). Strings were
compared exactly (and case-folded) against the earlier blocks' lists without reading them (the
held-out block was not imported); no collision was found. (Looking up freshR's list constant
name, the writer saw its last two questions by mistake; none is copied here.) Not yet run: the
assistant has not been asked any of these questions.

First sight (offline, measured untouched on main f29dea5, on both demo dates 2026-12-07 and
2027-11-24, same figures): 66 pass / 9 honest / 5 wrong (82.5% pass, 6.2% wrong).
Dev data from here on (tuned on). After tuning (ADR 0185), offline on both dates: 76 / 4 / 0.
"""

from __future__ import annotations

from assistant_questions import Spec

REFUSE: Spec = ("refuse",)
CLARIFY: Spec = ("clarify",)
DECLINE: Spec = ("decline",)

FRESH_S: list[tuple[str, Spec]] = [
    # --- Chinese: sales, by nickname, store and period
    ("电水壶US站上个月卖了多少pcs", ("units", "NB-AP-001", "US", "last_month")),
    ("帮我看下搅拌棒德国站近三十天出了几单", ("orders", "NB-AP-002", "DE", "30d")),
    ("小风扇日本站这个月销售额多少日元啊", ("revenue", "NB-AP-003", "JP", "this_month")),
    ("浴室止滑墊 德國站 近兩週銷量多少", ("units", "NB-BT-001", "DE", "14d")),
    ("黑五到现在搅拌棒一共卖了多少件", ("units", "NB-AP-002", None, "bf")),
    ("双十一到现在美国站出了多少单哈", ("orders", None, "US", "since:11-11")),
    ("今年到现在UK站营业额多少", ("revenue", None, "UK", "ytd")),
    ("昨天美国站卖了几件", ("units", None, "US", "yesterday")),
    # --- Chinese: rankings and comparisons
    ("最近7天哪个SKU卖最好", ("top", None, "7d")),
    ("近一个月德国站卖得最烂的是哪个品", ("bottom", "DE", "30d")),
    ("上个月哪个站卖的件数最多呢", ("top_store", "last_month")),
    ("US站近90天top5 SKU排一下", ("top_n", "US", "90d", 5)),
    (
        "搅拌棒 美国站vs英国站 上个月哪边卖得多",
        ("compare", "NB-AP-002", ("US", "UK"), "last_month"),
    ),
    ("电水壶十一月德国跟日本对比下销量", ("compare", "NB-AP-001", ("DE", "JP"), "nov")),
    (
        "地垫美国站上个月出了几单 这个月到现在呢",
        (
            "both",
            ("orders", "NB-BT-001", "US", "last_month"),
            ("orders", "NB-BT-001", "US", "this_month"),
        ),
    ),
    # --- Chinese: stock
    ("奶泡棒UK库存还有木有", ("stock", "NB-AP-004", "UK")),
    ("FBA英国 小风扇在库qty多少 不算在途的", ("on_hand", "NB-AP-003", "UK")),
    ("搅拌棒德国站库存还能卖几天啊", ("cover", "NB-AP-002", "DE")),
    ("UK站哪几个SKU断货了 急", ("stockout", "UK")),
    ("厨房电子秤要不要补货 哪几个站没货了", ("reorder", "NB-AP-005")),
    ("哪个SKU库存最多啊", ("top_stock",)),
    # --- Chinese: cost, price, margin, customs codes
    ("電子秤的進貨成本多少錢", ("cost", "NB-AP-005")),
    ("小风扇日亚现在卖多少钱", ("price", "NB-AP-003", "JP")),
    ("小风扇日本站一件赚多少 还是亏的", ("margin", "NB-AP-003", "JP")),
    ("有木有在亏本卖的品", ("losing", None)),
    ("哪些品还没填HS编码 帮我查一下", ("no_hs",)),
    ("瑜伽垫的海关编码有建议改成啥吗", ("hs_proposed", "NB-SP-001")),
    # --- Chinese: shipments, listings, orders
    ("现在有几票货有异常", ("exceptions",)),
    ("哪几票货卡在清关了呢", ("customs",)),
    ("打奶泡那个在哪几票货里", ("ship_for_sku", "NB-AP-004")),
    ("美国站还有哪些listing没上线的", ("not_live", "US")),
    ("德國站現在還有多少訂單沒出貨", ("open_orders", "DE")),
    # --- Chinese: refuse, ask back or decline
    ("帮我把搅拌棒美国站价格改成29.99", REFUSE),
    ("查下竞争对手那家卖同款电水壶的 上个月卖了多少单", REFUSE),
    ("电水壶US站退货率多少啊", REFUSE),
    ("帮我下个采购单 厨房电子秤500个", REFUSE),
    ("充电那个最近卖得咋样", CLARIFY),
    ("寵物那款 上禮拜賣了幾個", CLARIFY),
    ("NB-KT-010 库存还有多少", CLARIFY),
    ("那英国站呢", DECLINE),
    # --- English: sales
    (
        "how many water boiler we sell in germany last month",
        ("units", "NB-AP-001", "DE", "last_month"),
    ),
    ("qty sold coffee frother jp last 2 week", ("units", "NB-AP-004", "JP", "14d")),
    ("revenue us store last 30 day pls", ("revenue", None, "US", "30d")),
    ("blender units q3 all store", ("units", "NB-AP-002", None, "q:3")),
    (
        "Please confirm total units sold for SKU NB-AP-005 across all marketplaces, "
        "Nov 1 through Nov 15.",
        ("units", "NB-AP-005", None, "range:11-01:11-15"),
    ),
    (
        "blender germany last week how many unit and how many order",
        (
            "both",
            ("units", "NB-AP-002", "DE", "last_week"),
            ("orders", "NB-AP-002", "DE", "last_week"),
        ),
    ),
    # --- English: rankings and comparisons
    ("top 3 best seller DE last month", ("top_n", "DE", "last_month", 3)),
    ("which store sell most unit last 90 days", ("top_store", "90d")),
    ("what is best selling item yesterday", ("top", None, "yesterday")),
    (
        "compare shower mat sales us vs de last 30 days",
        ("compare", "NB-BT-001", ("US", "DE"), "30d"),
    ),
    (
        "usb fan uk vs jp in october which one sell more",
        ("compare", "NB-AP-003", ("UK", "JP"), "oct"),
    ),
    # --- English: stock
    ("stick blender stock still have in uk?", ("stock", "NB-AP-002", "UK")),
    ("NB-AP-001 stock still have? total all warehouse", ("stock", "NB-AP-001", None)),
    ("inbound qty stick blender to FBA-DE", ("inbound", "NB-AP-002", "DE")),
    ("how many water boiler still sit in ningbo hub", ("hub", "NB-AP-001")),
    ("days of cover usb fan UK?", ("cover", "NB-AP-003", "UK")),
    ("reserved qty nb-ap-003 at fba uk", ("reserved", "NB-AP-003", "UK")),
    ("what sku are OOS in US now", ("stockout", "US")),
    # --- English: cost and customs codes
    ("COGS for nb-ap-002?", ("cost", "NB-AP-002")),
    ("hs code of bean grinder pls", ("hs", "NB-KT-008")),
    ("landed cost coffee frother to UK w/ freight and duty", ("landed", "NB-AP-004", "UK")),
    # --- English: shipments (the last three from a 3PL partner)
    ("ETA for SHP-2611-DE-AIR?", ("eta", "SHP-2611-DE-AIR")),
    ("whats inside shp-2611-de-oc", ("ship_contents", "SHP-2611-DE-OC")),
    ("shipments still on the way, which ones", ("in_transit",)),
    (
        "Please confirm the total unit count booked on shipment SHP-2610-US-OC.",
        ("ship_units", "SHP-2610-US-OC"),
    ),
    ("Could you list the shipments currently running behind schedule?", ("late",)),
    ("Which of your inbound shipments are currently held at customs?", ("customs",)),
    # --- English: listings, orders, catalogue, proposals, findings
    ("magnet tiles listing status in UK?", ("listing", "NB-TY-003", "UK")),
    ("how many listing we have on DE", ("listing_count", "DE")),
    ("open order count UK?", ("open_orders", "UK")),
    ("how many product in our catalog total", ("count",)),
    ("how many proposal waiting me approve", ("proposals",)),
    ("last check find how many issue", ("findings",)),
    # --- English: refuse, ask back or decline
    ("change fan price in japan to 2880 yen pls", REFUSE),
    ("how many frother the other seller KitchenPro sell last month on amazon us", REFUSE),
    ("what is sessions and conversion rate for kettle in US", REFUSE),
    ("Can you book a carrier pickup for tomorrow at our Ontario warehouse?", REFUSE),
    ("the stainless steel one sell how many last week", CLARIFY),
    ("stock for NB-AP-007 in us?", CLARIFY),
    ("same for last month pls", DECLINE),
]
