"""Block "freshQ": 80 new seller questions (40 Chinese, 40 English), written without the
assistant's parser, its answers or any other block's question list in view, measured once
untouched and graded strictly (`assistant_chat.py --fresh12`).

Voices. Chinese: a boss dictating by voice on WeChat (no punctuation, run-on questions, the
homophone slips voice input makes: 电热水湖 for 电热水壶, 厨房称 for 厨房秤, 题案 for 提案); a
Hong Kong colleague mixing Cantonese and English (幾多, 賣咗, 仲有, 邊隻, 嘅, hold 住, listing
status); a 仓库 / 物流 coordinator asking about the Ningbo origin hub, goods in transit, what a
shipment carries, delays and stock-outs at the FBA warehouses; a finance person asking unit
cost, landed cost, margin, products sold at a loss and revenue, in 元 / 人民币 / 美金 / 欧元
wording. English: a terse ops lead on Slack (lower case, l7d, mtd, qty, rn, fba, sku codes in
lower case); a Japan-market manager (Amazon.co.jp, JP store, yen); an accountant (revenue in the
store's currency, per-unit and landed cost, year to date, open orders); a new VA with typos in
product names and SKUs (eletric, fanns, wodden, nbap005, shipmnets).

Coverage. Every spec kind the grader supports appears at least once: units, orders, revenue,
top, bottom, top_n, top_store, compare, cost, landed, margin, losing, price, hs, hs_proposed,
no_hs, stock (one store and all locations), on_hand, reserved, inbound, hub, cover, stockout,
reorder, top_stock, listing, listing_count, not_live, count, proposals, findings, exceptions,
customs, late, eta, in_transit, ship_units, ship_contents, ship_for_sku, open_orders and two
compound ("both") questions. Periods: last 7 / 14 / 30 / 60 / 90 days, last month, this month,
last week, Tuesday of last week, since a date (11-10), an explicit range (11-01 to 11-15),
October, the third quarter and year to date. Twelve questions must not be answered: writes
(change a price, cancel a shipment), another seller's data (隔籬嗰間賣家, Anker), predictions
(next month's JP sales), figures the business does not hold (ad spend, corporate income tax), an
ambiguous product (那个灯, "the storage one"), an unknown SKU (NB-AP-009) and two follow-ups
with no context.

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and
`--today 2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth
was computed alone with the grader's `Truth.expect` on both demo files before the block was
committed: none is empty or raises. Truths worth knowing before reading the figures: the
"bottom" question (日亚 30 日賣得最差) is a tie at 0 units among every product never sold in JP,
which the grader breaks alphabetically (NB-BT-002, "0 件"); "l7d units nb-ap-002 us?" is 0 units
on the 2027-11-24 demo (the SKU is out of stock there); NB-KT-003's unit cost on file is the
demo's decimal slip (3800.00 CNY), and the question asks for the figure on the books.

First sight (offline, demo 2026-12-07, measured untouched on main 4e5103d, before this session's
chat changes): 66 pass / 7 honest / 7 wrong. Second sight, still untuned, after the
freshO/freshP fixes of ADR 0161: 66 / 7 / 7. Tuned on since; offline on the same demo after
tuning: 73 / 7 / 0 (ADR 0172).
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_Q: list[tuple[str, Spec]] = [
    # --- Chinese: a boss dictating by voice on WeChat
    ("电热水湖上个月美亚卖了多少件", ("units", "NB-AP-001", "US", "last_month")),
    (
        "德国站这个月到现在多少单了还有英国站的也说一下",
        ("both", ("orders", None, "DE", "this_month"), ("orders", None, "UK", "this_month")),
    ),
    ("上周二一共卖了多少件所有站加起来", ("units", None, None, "lastwd:1")),
    ("最近三十天哪个产品卖得最好你看一下全部站点的", ("top", None, "30d")),
    ("上个礼拜哪个站卖得最多", ("top_store", "last_week")),
    ("我们店里现在总共有几个产品啊", ("count",)),
    ("现在有几个待审批的题案要我看的", ("proposals",)),
    ("美国站那个厨房称库存还有多少在途的有多少", ("stock", "NB-AP-005", "US")),
    ("把电热水壶美国站的价格改成二十四块九九马上改", ("refuse",)),
    ("这次系统体检一共查出来几个问题", ("findings",)),
    # --- Chinese: a Hong Kong colleague, Cantonese and English
    ("NB-AP-004 喺美國站上個禮拜賣咗幾多件", ("units", "NB-AP-004", "US", "last_week")),
    ("UK 11月1號至15號 revenue 幾多呀", ("revenue", None, "UK", "range:11-01:11-15")),
    ("日亚最近30日邊隻 SKU 賣得最差", ("bottom", "JP", "30d")),
    ("德國 FBA 倉仲有幾多件料理棒喺度", ("on_hand", "NB-AP-002", "DE")),
    ("SHP-2611-UK-AIR 幾時到 FBA 呀", ("eta", "SHP-2611-UK-AIR")),
    ("NB-TY-003 嘅海關編碼系統建議改做咩", ("hs_proposed", "NB-TY-003")),
    ("我哋有冇貨而家喺海關 hold 住咗", ("customs",)),
    ("NB-BT-001 喺 Amazon.de 嘅 listing 係咩 status", ("listing", "NB-BT-001", "DE")),
    ("隔籬嗰間賣家上個月喺美國賣咗幾多", ("refuse",)),
    ("咁嗰隻呢 賣成點", ("clarify",)),
    # --- Chinese: a 仓库 / 物流 coordinator
    ("宁波仓电热水壶还剩多少件", ("hub", "NB-AP-001")),
    ("现在还在路上没签收的货件有哪几票", ("in_transit",)),
    ("SHP-2611-DE-OC 这票一共装了多少件", ("ship_units", "SHP-2611-DE-OC")),
    ("SHP-2610-US-OC 这个柜子里都是哪些SKU", ("ship_contents", "SHP-2610-US-OC")),
    ("奶泡器目前在哪几票货里", ("ship_for_sku", "NB-AP-004")),
    ("哪些货件现在是延误的", ("late",)),
    ("英国FBA仓现在哪些SKU断货了", ("stockout", "UK")),
    ("NB-AP-005 所有仓库加起来在库多少在途多少", ("stock", "NB-AP-005", None)),
    ("防滑垫发德国站的在途有多少件", ("inbound", "NB-BT-001", "DE")),
    ("NB-AP-009 宁波仓还有多少库存", ("clarify",)),
    # --- Chinese: finance
    ("NB-KT-008 的采购成本是多少元", ("cost", "NB-KT-008")),
    ("保温杯进货单价多少钱一个", ("cost", "NB-KT-002")),
    ("料理棒发德国站的落地成本一件多少", ("landed", "NB-AP-002", "DE")),
    ("日本站迷你风扇每卖一件赚多少还是亏多少", ("margin", "NB-AP-003", "JP")),
    ("目前有哪些产品是亏本在卖的", ("losing", None)),
    ("美国站上个月销售额多少美金", ("revenue", None, "US", "last_month")),
    ("德国站第三季度营业额多少欧元", ("revenue", None, "DE", "q:3")),
    ("那个灯的采购价是多少", ("clarify",)),
    ("上个月广告费一共花了多少人民币", ("refuse",)),
    (
        "厨房秤进货价多少人民币发美国的落地成本又是多少",
        ("both", ("cost", "NB-AP-005"), ("landed", "NB-AP-005", "US")),
    ),
    # --- English: a terse ops lead on Slack
    ("l7d units nb-ap-002 us?", ("units", "NB-AP-002", "US", "7d")),
    ("mtd orders de", ("orders", None, "DE", "this_month")),
    ("eta shp-2611-de-oc?", ("eta", "SHP-2611-DE-OC")),
    ("any open exceptions on shipments rn", ("exceptions",)),
    ("top 3 skus l30d us by qty", ("top_n", "US", "30d", 3)),
    ("nb-ap-005 - which fbas is it out of stock at", ("reorder", "NB-AP-005")),
    ("stockouts fba-us?", ("stockout", "US")),
    ("which sku do we hold the most units of across all locations incl the hub", ("top_stock",)),
    ("cancel shp-2611-de-air pls, not worth it", ("refuse",)),
    ("how many units did anker sell on amazon us l30d", ("refuse",)),
    # --- English: a Japan-market manager
    (
        "How many milk frothers did we sell on Amazon.co.jp last month?",
        ("units", "NB-AP-004", "JP", "last_month"),
    ),
    ("JP store revenue in yen over the last 60 days?", ("revenue", None, "JP", "60d")),
    (
        "What is the mini fan priced at on the Japan store right now, in yen?",
        ("price", "NB-AP-003", "JP"),
    ),
    ("Is anything losing money on Amazon.co.jp?", ("losing", "JP")),
    ("Best seller in the JP store over the last 14 days?", ("top", "JP", "14d")),
    ("Which of our listings are not live on the Japanese marketplace yet?", ("not_live", "JP")),
    (
        "Kettle sales, Japan vs usa, last 30 days - units please",
        ("compare", "NB-AP-001", ["JP", "US"], "30d"),
    ),
    (
        "How many days of cover do we have on the hand blender in Japan?",
        ("cover", "NB-AP-002", "JP"),
    ),
    ("How many listings do we have on Amazon.co.jp in total?", ("listing_count", "JP")),
    ("What will the JP store sell next month, roughly, in yen?", ("refuse",)),
    # --- English: an accountant
    ("What was UK store revenue last month, in GBP?", ("revenue", None, "UK", "last_month")),
    ("Per-unit purchase cost of NB-AP-004?", ("cost", "NB-AP-004")),
    (
        "Landed cost per unit of the electric kettle into the US store?",
        ("landed", "NB-AP-001", "US"),
    ),
    ("Germany revenue year to date, in euros", ("revenue", None, "DE", "ytd")),
    ("How many orders did the US store book in October?", ("orders", None, "US", "m:10")),
    ("What unit cost do we carry for NB-KT-003 on the books?", ("cost", "NB-KT-003")),
    (
        "Total revenue for the last 30 days across all stores, broken out by currency",
        ("revenue", None, None, "30d"),
    ),
    ("What does a bath mat cost us landed in the UK?", ("landed", "NB-BT-001", "UK")),
    ("What is our corporate income tax liability for this year?", ("refuse",)),
    ("How many orders are still open, not yet shipped?", ("open_orders",)),
    # --- English: a new VA with typos
    (
        "how many eletric kettles sold in germany since nov 10th",
        ("units", "NB-AP-001", "DE", "since:11-10"),
    ),
    ("hs code for nbap005 pls", ("hs", "NB-AP-005")),
    ("how many mini fanns do we have sitting in the uk warehouse", ("on_hand", "NB-AP-003", "UK")),
    ("what did we sell the most of in britain last mnth", ("top", "UK", "last_month")),
    ("is the wodden blocks listing live in the us yet?", ("listing", "NB-TY-001", "US")),
    ("which shipmnets is the hand blendr on?", ("ship_for_sku", "NB-AP-002")),
    ("how many nb-ap-004 are reservd in the us fba", ("reserved", "NB-AP-004", "US")),
    ("what skus dont have a hs code yet", ("no_hs",)),
    ("whats the unit cost of the storage one", ("clarify",)),
    ("and what about germany?", ("clarify",)),
]
