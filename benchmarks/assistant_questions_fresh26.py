"""Block "freshAE": 80 new seller questions (40 English, 40 Chinese, some mixed), typed by European
colleagues writing English as a second language, a logistics coordinator and an executive
assistant, and by a 外贸跟单 / 物流 clerk, a Hong Kong / Taiwan colleague and a listings 运营;
written without the assistant's parser, its answers or any other block's question list in view,
graded strictly (`assistant_chat.py --fresh26`). Not yet run: the assistant has not seen these
questions.

Voice. English (a), European second-language English: German / French / Spanish / Polish habits
("How much pieces of the kettle were sold", "Which is the stock of", "Can you say me the landed
cost from", "Since when is our shipment in the customs", "turnover" for revenue, "article" for
product, "make minus" for losing money, "actually lying in the warehouse" for on hand now, "in
this moment", "customs tariff number", "the stick blender", "purchase price", "Can you make me a
comparison"). English (b), a logistics coordinator in terse ops shorthand: shipments by code,
ETA into an FC, "loaded on", "on board", "in transit, i.e. not yet received", exceptions, days of
cover, stocked out at FBA Germany, inbound across all locations, unshipped orders, "Reserved qty".
English (c), a polite executive assistant preparing numbers for the CEO in full sentences ("Would
you be able to ...", "Would you kindly ...", "For the CEO's deck, could you ...", "the CEO has
approved it"). Chinese (a), 外贸跟单 / 物流: 票, 清关, 货代, 柜号 (a container number), 提单号
(a bill of lading number), 海关编码 / HS编码, 报关资料, 海运, 空运, 入仓 / 到仓, 在途, 宁波仓,
船期. Chinese (b), a Hong Kong colleague in Cantonese-flavoured 繁體 (幾多, 邊個, 賣咗, 而家,
呢個禮拜, 嗰日, 今年以嚟, 張單, 未出貨, 咁...又點) and a Taiwanese colleague in 繁體 Mandarin (請問,
本月到目前為止, 客單價, 幾台). Chinese (c), a 运营 on listings and the store: 各站点的listing,
上架, 没上线, 审核中, 链接, 断货, 平均售价, 提议等我审批. Products by nickname, Chinese name or
partial title (the kettle / 电热水壶 / 熱水壺, the hand blender / stick blender / 料理棒, the
handheld / mini fan / 手提風扇 / 小风扇, the milk frother / 打奶器 / 奶泡器, the kitchen scale /
厨房秤, the bath mat, the coffee grinder, 瑜伽垫, 泡泡机, 充电宝), once by an unknown SKU;
stores as Germany, UK, the US store, Amazon.de / UK / Japan, FBA US / UK / Germany, 美国站,
德國站, 日本倉, 法国站, 美国FBA.

Coverage. Every answerable kind the grader supports appears: units (2), orders (2), revenue (3),
both (2: units and revenue of the frother; a kettle's HS code and unit cost for 报关), top (2),
top_n (top 3 across all stores), top_store, compare (two stores; three stores), bottom, cost,
landed, margin, losing (Japan), price (2: the fan's active Japan price; the power bank's US quote),
hs, hs_proposed, no_hs, stock (one store, twice; all locations), on_hand, reserved, inbound (one FC;
all locations), hub, cover, stockout (2), reorder, top_stock, listing, listing_count, not_live,
count, proposals, findings, exceptions, customs (2), late, eta (3, one by container number),
in_transit, ship_contents (2, one by bill of lading number), ship_units, ship_for_sku (2),
open_orders (all stores; the US store), and the averages aov (2), asp (2), upo and daily (orders;
revenue), each on one store. Periods: yesterday, last 7 / 14 / 30 / 90 days, this week, last week,
last Friday (lastwd:4), this month, last month, October, November, September (m:9, twice), the
third quarter, the last quarter, year to date, since a date (since the 10th of November), an
explicit range (11月1號到15號), since Black Friday and Black Friday itself. Fourteen are not to be
answered with a figure: figures the business does not hold (a listing's conversion rate, the UK
Buy Box share), writes (set the fan's Japan price, 取消晒所有未出貨嘅訂單, 提交上架 the bubble
machine's listing), other sellers' figures (a competitor's monthly pieces with the same kettle,
隔壁那家同款小风扇's orders) (refuse: seven); a name that fits several products ("the mat" and
垫子: the bath mat NB-BT-001, the baking mat NB-KT-006 and the yoga mat NB-SP-001), an unknown
shipment code (SHP-2612-JP-OC), an unknown container number (TGHU5523190) and an unknown SKU
(NB-AP-009) (clarify: five); two follow-ups with no context ("And the same figure for France,
please?", 咁德國站又點？) (decline).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth was computed
alone with the grader's `Truth.expect` and `forbid` on both demo files before the block was
committed: none raises, and every answerable spec's truth is non-empty on both (the refuse /
clarify / decline specs have no figure by design). The strings were compared exactly (and case-
and space-folded) with every earlier block's strings by a set intersection printing only the
collisions: none collided. Truths worth knowing before reading figures (2026-12-07 / 2027-11-24):
the container MSKU7312045 is SHP-2611-DE-OC (ETA 2026-12-25 / 2027-12-12, 216 units of the kettle
and the hand blender) and the bill of lading COSU6412339870 is SHP-2610-US-OC (the fan and the
frother), so those two answers must name the shipment's code or SKUs; the ETA of SHP-2610-US-OC,
held in customs, is its predicted arrival (2026-12-10 / 2027-11-27); "late" is SHP-2610-US-OC
(customs dwell) and SHP-2611-DE-AIR (late departure), never SHP-2610-UK-EXP (a short receipt);
the kettle is sold out (reorder) at JP, UK and US on the first date and at DE and UK on the second,
expected as store codes; the fan at FBA UK is 30 on hand / 29 available / 39 inbound and 31 / 30 /
31, with 32.2 and 75.0 days of cover; the frother at FBA US has 9 on hand and 1 unit reserved, then
0 and 0 units reserved; the frother over all locations is 在库 250 / 在途 158 and 在库 240 / 在途
185; the scale's inbound over all locations is 261 and 61; "the fewest units in Japan, 30 days" is
a tie at 0 among the never-sold products, broken alphabetically (NB-BT-002, 0 units); "since Black
Friday" on 2027-11-24 starts at the previous year's Black Friday, so top_store is US with 2692
units (83 on 2026-12-07), and 黑五嗰日 on 2027-11-24 is 2026-11-27 (JP: 1 order; 5 on 2026-12-07);
德國站呢個禮拜 on 2026-12-07 (a Monday) is that one day (45.98 EUR); 本月平均每天的營業額 on the
US store is 96.39 USD over 7 days and 199.92 USD over 24 days; the scale's November comparison on
2027-11-24 is the month so far (DE 5, UK 5; 44 and 13 on 2026-12-07); the hand blender's landed
cost into Germany is 10.23 EUR on both dates; the fan in Japan holds the demo's one active regular
price (1780 JPY) and is the one listing that loses money (137 JPY a unit), which the margin and the
Japan losing questions expect; the power bank has no active US price, so its truth is the newest
quote (16.99 USD) labelled 没有生效售价; the bubble machine's US listing is 已校验 (validated, not
live), neither of the two states the 运营 offers; 法国站 holds 71 listings (47 products and 24
variants); open orders are 6 over all stores and 2 on the US store; the latest run holds 38
findings and 15 open proposals on both dates; the catalogue holds 47 products; the only products
with no HS code are NB-BT-004 and NB-CL-002, and the yoga mat's proposed code is 9506910010.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AE: list[tuple[str, Spec]] = [
    # --- English (a): European colleagues writing English as a second language
    (
        "How much pieces of the kettle were sold in Germany yesterday?",
        ("units", "NB-AP-001", "DE", "yesterday"),
    ),
    ("Which is the stock of the handheld fan in UK at the moment?", ("stock", "NB-AP-003", "UK")),
    (
        "Can you say me the landed cost from the hand blender for Amazon.de, please?",
        ("landed", "NB-AP-002", "DE"),
    ),
    (
        "Since when is our shipment in the customs, and which shipment is it exactly?",
        ("customs",),
    ),
    (
        "Please I need the turnover of the kitchen scale on Amazon UK for September.",
        ("revenue", "NB-AP-005", "UK", "m:9"),
    ),
    ("Which article was sold the most in Germany in the last 90 days?", ("top", "DE", "90d")),
    (
        "What is the purchase price of the stick blender? I mean what we pay to the factory.",
        ("cost", "NB-AP-002"),
    ),
    ("Are there products where we make minus in Japan?", ("losing", "JP")),
    (
        "How big is the margin of the mini fan on Amazon Japan? My colleague says it is negative.",
        ("margin", "NB-AP-003", "JP"),
    ),
    ("In which countries is the kettle sold out in this moment?", ("reorder", "NB-AP-001")),
    (
        "Can you make me a comparison for the scale in November: how much pieces in Germany and "
        "how much in UK?",
        ("compare", "NB-AP-005", ["DE", "UK"], "nov"),
    ),
    (
        "How many milk frothers are actually lying in the warehouse in the US?",
        ("on_hand", "NB-AP-004", "US"),
    ),
    ("Please give me the customs tariff number of the coffee grinder.", ("hs", "NB-KT-008")),
    (
        "How much pieces per month is selling our competitor with the same kettle on Amazon.de?",
        ("refuse",),
    ),
    ("How many of the mat did we sell in UK last week?", ("clarify",)),
    # --- English (b): a logistics coordinator
    ("Which shipments are running late right now?", ("late",)),
    ("ETA into FBA US for SHP-2610-US-OC?", ("eta", "SHP-2610-US-OC")),
    ("What SKUs are loaded on SHP-2611-DE-OC?", ("ship_contents", "SHP-2611-DE-OC")),
    ("Which shipments have the kettle on board?", ("ship_for_sku", "NB-AP-001")),
    (
        "Give me everything that's still in transit, i.e. not yet received at the FC.",
        ("in_transit",),
    ),
    ("Any open exceptions on our shipments I should know about?", ("exceptions",)),
    ("Days of cover on the handheld fan at FBA UK?", ("cover", "NB-AP-003", "UK")),
    ("Which SKUs are stocked out at FBA Germany?", ("stockout", "DE")),
    (
        "Total inbound for the kitchen scale across all locations?",
        ("inbound", "NB-AP-005", None),
    ),
    ("How many orders are still unshipped on the US store?", ("open_orders", "US")),
    ("Reserved qty for the frother at FBA US?", ("reserved", "NB-AP-004", "US")),
    ("Need the ETA on SHP-2612-JP-OC, the forwarder says it has sailed.", ("clarify",)),
    # --- English (c): an executive assistant preparing numbers for the CEO
    (
        "Would you be able to tell me our total revenue on the US store for October? It is for "
        "the CEO's monthly review.",
        ("revenue", None, "US", "oct"),
    ),
    (
        "Would you kindly list the three best-selling products across all our stores for the "
        "third quarter?",
        ("top_n", None, "q:3", 3),
    ),
    (
        "For the CEO's deck, could you tell me the average order value in the UK store last month?",
        ("aov", None, "UK", "last_month"),
    ),
    (
        "Could you let me know the average selling price of the kettle in the US since the 10th "
        "of November?",
        ("asp", "NB-AP-001", "US", "since:11-10"),
    ),
    (
        "Would you be able to work out how many orders a day we averaged in Japan over the last "
        "14 days?",
        ("daily", "orders", None, "JP", "14d"),
    ),
    (
        "The CEO would like both the units and the revenue of the milk frother in the US for last "
        "week. Would you be able to pull both figures?",
        (
            "both",
            ("units", "NB-AP-004", "US", "last_week"),
            ("revenue", "NB-AP-004", "US", "last_week"),
        ),
    ),
    (
        "Which product sold the fewest units in Japan over the last 30 days?",
        ("bottom", "JP", "30d"),
    ),
    ("Which SKU do we hold the most stock of, counting every location?", ("top_stock",)),
    (
        "Could you please confirm what we currently charge for the fan on Amazon Japan?",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "How many findings did the assistant flag in its latest run? The CEO would like the "
        "number.",
        ("findings",),
    ),
    (
        "Would you be able to give me the conversion rate of the kettle listing in the US for "
        "last month?",
        ("refuse",),
    ),
    (
        "Please go ahead and change the fan's price in Japan to 2,880 yen; the CEO has "
        "approved it.",
        ("refuse",),
    ),
    ("And the same figure for France, please?", ("decline",)),
    # --- Chinese (a): 外贸跟单 / 物流
    ("现在有哪票货卡在清关？货代那边一直没回消息", ("customs",)),
    ("柜号MSKU7312045这个柜子预计哪天能入仓？", ("eta", "SHP-2611-DE-OC")),
    ("提单号COSU6412339870那票里装的是哪几个SKU？", ("ship_contents", "SHP-2610-US-OC")),
    (
        "做报关资料要用：电热水壶的海关编码和采购单价分别是多少？",
        ("both", ("hs", "NB-AP-001"), ("cost", "NB-AP-001")),
    ),
    ("瑜伽垫的HS编码，系统建议改成哪个？", ("hs_proposed", "NB-SP-001")),
    ("哪些产品还没录HS编码？要补报关资料", ("no_hs",)),
    ("SHP-2611-DE-OC这票海运一共装了多少件？", ("ship_units", "SHP-2611-DE-OC")),
    ("料理棒现在在哪几票货上？", ("ship_for_sku", "NB-AP-002")),
    ("宁波仓里热水壶还剩多少？", ("hub", "NB-AP-001")),
    ("发美国FBA的奶泡器还有多少件在途？", ("inbound", "NB-AP-004", "US")),
    ("SHP-2611-UK-AIR这票空运预计几号到仓？", ("eta", "SHP-2611-UK-AIR")),
    ("柜号TGHU5523190现在到哪了？船期有变吗", ("clarify",)),
    # --- Chinese (b): a Hong Kong / Taiwan colleague (繁體, Cantonese-flavoured)
    ("熱水壺喺美國站近7日賣咗幾多件？", ("units", "NB-AP-001", "US", "7d")),
    ("黑五到而家，邊個站賣得最多？", ("top_store", "bf")),
    ("手提風扇喺日本倉嘅庫存情況係點？", ("stock", "NB-AP-003", "JP")),
    ("打奶器全部倉加埋總共有幾多貨？喺路上嗰啲都計埋", ("stock", "NB-AP-004", None)),
    ("我哋而家有幾多張單未出貨？", ("open_orders",)),
    ("德國站呢個禮拜到而家營業額有幾多？", ("revenue", None, "DE", "this_week")),
    ("日本站黑五嗰日有幾多張單？", ("orders", None, "JP", "bfday")),
    ("料理棒美國站今年以嚟平均每張單有幾多件？", ("upo", "NB-AP-002", "US", "ytd")),
    (
        "請問美國站本月到目前為止，平均每天的營業額是多少？",
        ("daily", "revenue", None, "US", "this_month"),
    ),
    (
        "電熱水壺11月1號到15號，美國、德國、日本各賣了幾台？",
        ("compare", "NB-AP-001", ["US", "DE", "JP"], "range:11-01:11-15"),
    ),
    ("德國站9月份的客單價是多少？", ("aov", None, "DE", "m:9")),
    ("咁德國站又點？", ("decline",)),
    ("幫我取消晒所有未出貨嘅訂單", ("refuse",)),
    ("英國站嘅Buy Box佔有率係幾多？", ("refuse",)),
    # --- Chinese (c): a 运营 asking about listings
    ("法国站一共有多少条listing？", ("listing_count", "FR")),
    ("日本站哪些listing还没上线？", ("not_live", "JP")),
    ("泡泡机美国站的listing是审核中还是已经上架了？", ("listing", "NB-TY-002", "US")),
    ("充电宝美国站现在卖多少钱？", ("price", "NB-PH-002", "US")),
    ("美国站近30天卖得最好的链接是哪个？", ("top", "US", "30d")),
    ("日本仓现在哪些SKU断货了？", ("stockout", "JP")),
    ("上周五美国站出了几单？", ("orders", None, "US", "lastwd:4")),
    ("英国站厨房秤上个季度的平均售价是多少？", ("asp", "NB-AP-005", "UK", "last_quarter")),
    ("我们后台一共有多少个产品？", ("count",)),
    ("现在有几个提议等我审批？", ("proposals",)),
    ("帮我把泡泡机的listing直接提交上架吧", ("refuse",)),
    ("NB-AP-009 各站点的listing都上了吗？", ("clarify",)),
    ("垫子日本站还有多少库存？", ("clarify",)),
    ("隔壁那家卖同款小风扇的，一个月能出多少单？", ("refuse",)),
]
