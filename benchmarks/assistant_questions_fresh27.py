"""Block "freshAF": 80 new seller questions (40 English, 40 Chinese, a few mixed), typed by a seller
who writes dates every which way, a product manager comparing stores and ranking products, someone
asking yes/no questions whose answer is a figure, a 老板, a 运营 and colleagues in the 工作群;
written without the assistant's parser, its answers or any other block's question list in view,
graded strictly (`assistant_chat.py --fresh27`). Not yet run: the assistant has not seen these
questions.

Voice. The English half is three people. A seller who writes dates in many ways: "Nov 1-15",
"since the 20th", "last Friday", "11/16 - 11/22", "YTD", "the past fortnight", "last 2 weeks",
"Since 3 Nov", "in October", "yesterday" (only forms the grader's `period()` holds, and none that
reads two ways on either demo date: no "12/1", which could be 12 January). A product manager
ranking and comparing: top 3 on one store, the worst seller, "US vs DE", three stores lined up on
one product, which store sold most, the #1 product, average order value, average selling price,
units per order and units a day. Someone asking yes/no questions whose answer is a figure or a
list ("Did we sell any kettles in Germany yesterday?", "Is the kettle out of stock in any of our
stores right now?", "Are any of our shipments stuck in customs?", "Is our landed cost on the kettle
in the US under $10?", "Is the hand blender on any of the shipments coming in?"). Products by
nickname (the kettle, the hand blender, the mini / handheld fan, the (milk) frother, the kitchen
scale, the bath mat, the magnetic tiles), stores as the US store, amazon.com, Amazon.de, Amazon UK,
the UK store, Japan, FBA UK, FBA US, the Ningbo hub. The Chinese half: a 老板 asking yes/no and
怎么样 questions (卖得怎么样, 亏不亏, 有没有断货, 还有货没有, 营业额怎么样, 有没有出问题的,
进价, 卖多少钱); a 运营 writing periods many ways (11月1号到15号, 近两周, 三季度, 黑五那天,
近30天, 10月份, 今年以来, 上个月, 上周五); short 工作群 messages with @ mentions of colleagues or
the bot (@物流, @仓库, @运营, @关务, @小李, @Amy, @助手, @所有人) in shorthand (美站, 德站,
日站, 英站, 德仓, 这票, 在途, 挂了多少条listing, 没上线, 待审批, 巡检).

Coverage. Every answerable kind the grader supports appears: units (6), orders (3), revenue (5),
both (2: units and orders; units and revenue), top (2), top_n (2: top 3 on the US store, top 3
across all stores), top_store (2), compare (3: two stores and three, each over one product),
bottom, cost, landed, margin, losing, price, hs, hs_proposed, no_hs, stock (one store, and all
locations), on_hand, reserved, inbound, hub, cover, stockout, reorder (2), top_stock, listing,
listing_count, not_live, count, proposals, findings, exceptions, customs, late, eta, in_transit,
ship_contents, ship_units, ship_for_sku, open_orders, and the averages aov (2), asp (2), upo and
daily (2: units a day, orders a day), each over one store. Periods: yesterday, the last 7 / 14 /
30 / 90 days, last week, last Friday (lastwd:4), this month, last month, October (oct and m:10),
the third quarter, year to date, Black Friday itself (bfday), since a day (since:11-20,
since:11-03) and two explicit ranges (range:11-01:11-15, range:11-16:11-22). Thirteen are not to
be answered with a figure: figures the business does not hold (a star rating, 差评, 广告费), two
writes ("approve the new Japan price for the fan", 改价 of the kettle on 德站), two other sellers'
figures (Cosori's kettles, 隔壁同款风扇) (refuse: seven); a name fitting several products ("the
mat": the bath mat NB-BT-001, the baking mat NB-KT-006 and the yoga mat NB-SP-001; 灯: the desk
lamp NB-LT-001, the night lights NB-LT-002 and the solar lights NB-GD-001), an unknown SKU
(NB-AP-009) and an unknown shipment code (SHP-2612-JP-OC) (clarify: four); two follow-ups with no
context ("Same question, but for Japan?", 那英站呢？) (decline). Competitor prices and averages
were kept out of the refusals: the business holds a competitor-price table, and averages
derive from held figures.

How it was written: from the grader (`assistant_chat.py`: `Truth`, `period()`, the spec kinds),
the truth helpers (`assistant_truth_*.py`, with `assistant_truth_avg.py` for the averages) and the
two demo files (`globalsell demo --today 2026-12-07` and `--today 2027-11-24`) read with sqlite3,
never from the assistant's code or output. Every truth was computed alone with the grader's
`Truth.expect` (and `forbid`) on both demo files before the block was committed: none raises, and
every answerable spec's truth is non-empty on both (the refuse / clarify / decline specs have no
figure by design). The strings were compared exactly (and case- and space-folded) with every
string of every earlier `assistant_questions*.py` module by a set intersection printing only the
collisions: none collided.

Truths worth knowing before reading figures (2026-12-07 / 2027-11-24): only six SKUs sell
(NB-AP-001 to NB-AP-005 and NB-BT-001), each at one flat price a store (24.99 USD, 22.99 EUR,
19.99 GBP, 3280 JPY), so the average selling price is the store's price (the kettle on Amazon.de:
22.99 EUR; the hand blender in Japan 今年以来: 3280 JPY); the worst seller on Amazon UK last month
is a tie at 0 among every product never sold there, broken alphabetically by the grader
(NB-BT-002, 0 units, on both dates); "since the 20th" is 20 November on both dates (108 / 23
orders on Amazon.de); 黑五那天 on 2027-11-24 is the previous year's Black Friday, 2026-11-27, as
on 2026-12-07 (the US store: 10 / 12 个订单); this month on 2026-12-07 is 1-7 December (the US
store's average order value 25.95 USD, 营业额 674.73 USD); last Friday is 2026-12-04 / 2027-11-19
(Amazon.de 91.96 / 252.89 EUR; the kettle there 1 件, 22.99 EUR on both); the kettles in Germany
yesterday are 2 units on both dates; the mini fan in Japan 11/16 - 11/22 is 6 units / 1 unit;
the top store last week is DE (40 units / 44 units), 10月份 US (273 件 / 250 件); the #1 product in
Japan YTD is NB-AP-005 (210 units) / NB-BT-001 (176 units); 三季度美站 NB-AP-003 (163 件) /
NB-BT-001 (169 件); the top 3 on the US store over 30 days are NB-AP-005, NB-AP-002, NB-AP-003
(69, 55, 49 units) / NB-AP-001, NB-AP-002, NB-BT-001 (58, 41, 39); 今年以来全站前三 NB-AP-005,
NB-AP-003, NB-AP-002 (1380, 1349, 1200 件) / NB-AP-002, NB-BT-001, NB-AP-001 (1303, 1275, 1107
件); units per order on the UK store in Q3 are 1.1 on both; the US store's units a day over 7 days
3.9 / 2.7, 近两周美站日均 7.6 / 4.5 单; the fan in Japan holds the demo's one active regular price
(1780 JPY) and is the one listing that loses money (137 JPY a unit), which the margin and the
losing questions expect; the kettle's landed cost in the US is 8.85 USD (so "under $10" is yes);
the frother costs 9.80 CNY; the kettle is out of stock at JP, UK and US / DE and UK, the frother
at DE and UK / all four stores; Japan's stock-outs are NB-AP-001, NB-AP-002, NB-AP-005 / NB-AP-003,
NB-AP-004, NB-AP-005, NB-BT-001; the kitchen scale at FBA DE is 在库 0, 在途 66 / 在库 3, 在途 14
and at the Ningbo hub 300 on both; the bath mat at FBA UK is 9 / 0 on hand, the frother's reserved
units at FBA US 1 / 0; the frother across all locations 在库 250 / 240, 在途 158 / 185; the hand
blender's days of cover at FBA DE 8.1 / 8.6; the magnetic tiles (NB-TY-003) listing on US is
"checked" (validated, not live), and the three toys are 日站's listings not live; the only shipment
held in customs is SHP-2610-US-OC, the late ones SHP-2610-US-OC and SHP-2611-DE-AIR, the open
exceptions 3 (with SHP-2610-UK-EXP, a short receipt), and SHP-2611-DE-OC (216 件) is due
2026-12-25 / 2027-12-12; the hand blender rides on SHP-2611-DE-OC and SHP-2611-UK-AIR; 6 open
orders, 15 proposals, 38 findings, 47 products and 71 listings on the UK store on both dates."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AF: list[tuple[str, Spec]] = [
    # English (a): a seller who writes dates every which way
    (
        "How many kettles did we sell on the US store Nov 1-15?",
        ("units", "NB-AP-001", "US", "range:11-01:11-15"),
    ),
    ("Amazon.de order count since the 20th?", ("orders", None, "DE", "since:11-20")),
    ("What was Amazon.de's revenue last Friday?", ("revenue", None, "DE", "lastwd:4")),
    ("mini fan units in Japan 11/16 - 11/22?", ("units", "NB-AP-003", "JP", "range:11-16:11-22")),
    ("frother revenue YTD on amazon.com", ("revenue", "NB-AP-004", "US", "ytd")),
    (
        "Bath mat orders over the past fortnight, all stores combined?",
        ("orders", "NB-BT-001", None, "14d"),
    ),
    (
        "kitchen scale on the UK store, last 2 weeks: how many units?",
        ("units", "NB-AP-005", "UK", "14d"),
    ),
    (
        "Since 3 Nov, how many hand blenders have we sold in Germany, and across how many orders?",
        (
            "both",
            ("units", "NB-AP-002", "DE", "since:11-03"),
            ("orders", "NB-AP-002", "DE", "since:11-03"),
        ),
    ),
    ("Revenue for the US store in October?", ("revenue", None, "US", "oct")),
    ("Did we sell any kettles in Germany yesterday?", ("units", "NB-AP-001", "DE", "yesterday")),
    # English (b): a product manager comparing stores and ranking products
    ("Top 3 sellers on the US store over the last 30 days?", ("top_n", "US", "30d", 3)),
    ("What was our worst seller on Amazon UK last month?", ("bottom", "UK", "last_month")),
    (
        "US vs DE for the kettle in Q3 - units in each?",
        ("compare", "NB-AP-001", ["US", "DE"], "q:3"),
    ),
    ("Which store sold the most units last week?", ("top_store", "last_week")),
    ("What's the #1 product in Japan YTD?", ("top", "JP", "ytd")),
    (
        "Line up UK, DE and JP on the handheld fan for the past 90 days.",
        ("compare", "NB-AP-003", ["UK", "DE", "JP"], "90d"),
    ),
    (
        "What's the average order value on the US store this month?",
        ("aov", None, "US", "this_month"),
    ),
    (
        "Average selling price of the kettle on Amazon.de over the last 30 days?",
        ("asp", "NB-AP-001", "DE", "30d"),
    ),
    ("Units per order on the UK store in Q3?", ("upo", None, "UK", "q:3")),
    (
        "How many units a day is the US store averaging over the past 7 days?",
        ("daily", "units", None, "US", "7d"),
    ),
    # English (c): yes/no questions whose answer is a figure
    ("Is the kettle out of stock in any of our stores right now?", ("reorder", "NB-AP-001")),
    ("Are any of our shipments stuck in customs?", ("customs",)),
    ("Any orders still waiting to ship?", ("open_orders",)),
    ("Do we still have kitchen scales sitting at the Ningbo hub?", ("hub", "NB-AP-005")),
    ("Is anything running behind schedule on the inbound shipments?", ("late",)),
    ("Is the magnetic tiles listing live on Amazon US yet?", ("listing", "NB-TY-003", "US")),
    ("Are we losing money on anything?", ("losing", None)),
    ("Does FBA UK have any bath mats on hand?", ("on_hand", "NB-BT-001", "UK")),
    ("Is any of the frother stock at FBA US reserved?", ("reserved", "NB-AP-004", "US")),
    ("Do we have an HS code on file for the milk frother?", ("hs", "NB-AP-004")),
    ("Are any of our products missing an HS code?", ("no_hs",)),
    ("Has SHP-2611-DE-OC arrived yet? If not, when's it due?", ("eta", "SHP-2611-DE-OC")),
    ("Is our landed cost on the kettle in the US under $10?", ("landed", "NB-AP-001", "US")),
    ("Is the hand blender on any of the shipments coming in?", ("ship_for_sku", "NB-AP-002")),
    # English: not to be answered with a figure
    ("What's our star rating on the hand blender over on Amazon.de?", ("refuse",)),
    ("Go ahead and approve the new Japan price for the fan.", ("refuse",)),
    ("How many kettles did Cosori sell in the US last month?", ("refuse",)),
    ("What's the unit cost of the mat?", ("clarify",)),
    ("How many NB-AP-009 did we sell last week?", ("clarify",)),
    ("Same question, but for Japan?", ("decline",)),
    # Chinese (a): 老板, yes/no and 怎么样
    ("热水壶上个月在美国站卖得怎么样？", ("units", "NB-AP-001", "US", "last_month")),
    ("小风扇在日本亏不亏？一个亏多少？", ("margin", "NB-AP-003", "JP")),
    ("日本站现在有没有断货的？", ("stockout", "JP")),
    ("德国仓厨房秤还有货没有？", ("stock", "NB-AP-005", "DE")),
    ("奶泡器有没有哪个站断货了？", ("reorder", "NB-AP-004")),
    ("美国站这个月营业额怎么样？", ("revenue", None, "US", "this_month")),
    ("货件有没有出问题的？有几个？", ("exceptions",)),
    ("奶泡器进价多少钱一个？", ("cost", "NB-AP-004")),
    ("风扇日本站现在卖多少钱？", ("price", "NB-AP-003", "JP")),
    # Chinese (b): 运营, periods written many ways
    ("11月1号到15号料理棒美站卖了多少件？", ("units", "NB-AP-002", "US", "range:11-01:11-15")),
    ("近两周英站厨房秤销售额多少？", ("revenue", "NB-AP-005", "UK", "14d")),
    ("三季度美站卖得最好的是哪个产品？", ("top", "US", "q:3")),
    ("黑五那天美站出了多少单？", ("orders", None, "US", "bfday")),
    (
        "近30天奶泡器美站、英站、德站分别卖了多少件？",
        ("compare", "NB-AP-004", ["US", "UK", "DE"], "30d"),
    ),
    ("10月份哪个站点卖得最多？", ("top_store", "m:10")),
    ("今年以来全站销量前三的产品是哪几个？", ("top_n", None, "ytd", 3)),
    ("今年以来日站料理棒平均成交价多少？", ("asp", "NB-AP-002", "JP", "ytd")),
    ("近两周美站日均多少单？", ("daily", "orders", None, "US", "14d")),
    ("上个月德站客单价多少？", ("aov", None, "DE", "last_month")),
    (
        "上周五热水壶德站卖了几个？销售额多少？",
        (
            "both",
            ("units", "NB-AP-001", "DE", "lastwd:4"),
            ("revenue", "NB-AP-001", "DE", "lastwd:4"),
        ),
    ),
    # Chinese (c): short 工作群 messages with @ mentions
    ("@物流 SHP-2610-US-OC 这票装的是什么货", ("ship_contents", "SHP-2610-US-OC")),
    ("@物流 SHP-2611-DE-OC 一共多少件", ("ship_units", "SHP-2611-DE-OC")),
    ("@Amy 德站料理棒还能卖几天", ("cover", "NB-AP-002", "DE")),
    ("@小李 热水壶德仓在途多少", ("inbound", "NB-AP-001", "DE")),
    ("@仓库 奶泡器所有仓加起来还有多少货", ("stock", "NB-AP-004", None)),
    ("@运营 英站一共挂了多少条listing", ("listing_count", "UK")),
    ("@运营 日站哪些链接还没上线", ("not_live", "JP")),
    ("@助手 收件箱里还有几条待审批的建议", ("proposals",)),
    ("@所有人 助手这次巡检一共查出多少个问题", ("findings",)),
    ("@小王 我们店一共多少个产品", ("count",)),
    ("@物流 现在还有哪几票在路上", ("in_transit",)),
    ("@关务 逗猫棒的海关编码是不是有个待批的修改？改成什么", ("hs_proposed", "NB-PT-003")),
    ("@仓库 现在哪个货库存最多", ("top_stock",)),
    # Chinese: not to be answered with a figure
    ("@小李 奶泡器日站最近有几个差评", ("refuse",)),
    ("德站这个月广告费花了多少？", ("refuse",)),
    ("把德站热水壶的价格改成25.99欧", ("refuse",)),
    ("隔壁卖同款风扇的那家，上个月美站卖了多少个？", ("refuse",)),
    ("灯上周卖了几个？", ("clarify",)),
    ("@物流 SHP-2612-JP-OC 到哪了", ("clarify",)),
    ("那英站呢？", ("decline",)),
]
