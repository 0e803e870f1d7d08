"""Block "freshAI": 80 new seller questions (40 English, 40 Chinese, a few mixed), typed by a
seller pasting chat messages with emoji, quotes and markdown, someone writing terse SQL-ish /
spreadsheet-ish requests, a correspondent in a very polite formal email register, a seller typing
full-width characters and punctuation, a 日本站 manager mixing Japanese words into Chinese and a
客服 / 售后 colleague; written without the assistant's parser, its answers or any other block's
question list in view, graded strictly (`assistant_chat.py --fresh30`). Not yet run: the
assistant has not seen these questions.

Voice. The English half is three people. A seller who pastes what reached them from the team
chat or a customer ("**urgent** 👉 kettle DE?", "> Customer: ... →", "fwd from Jana: ...",
"🔥🔥", flags for stores: 🇩🇪 🇯🇵), markdown asterisks and arrows around the question. Someone
who thinks in queries and spreadsheet columns ("units by store, kettle, last 30d",
"count(open orders)", "sum(revenue) where store = 'JP' and month = Sep", "orders | frother | US |
Nov 1-15", "SELECT sku FROM products WHERE hs_code IS NULL", "days of cover: scale @ UK"). And a
very polite correspondent ("Dear assistant, could you please advise ...", "would you be so kind
as to ...", "Kind regards, Martin"), the odd typo ("recieved", "kettel") left in. The Chinese half
is a seller whose input method is stuck in full-width (ＮＢ－ＡＰ－００１, ６０天, ？！, （ＳＰＵ）,
１２．９９), a 日本站 manager who says 在庫, 売上, 出荷待ち, 赤字, 売価, トップ3, アマゾン日本 and
names products in katakana (ケトル, ハンドブレンダー, ハンディファン, キッチンスケール, バスマット),
and a 客服 / 售后 colleague asking short questions about orders, open orders, shipments (票,
货件, 到仓, 签收), exceptions and listings (上架, 上线). Products by nickname (kettle, stick / hand
blender, mini fan, frother, scale, bath mat, silicone baking mat, cat teaser wand, 料理棒,
奶泡器), stores by domain, flag, FC code or local name (amazon.co.uk, amazon.com, 🇩🇪, FBA-UK,
Amazon France, アマゾン日本, 德国站).

Coverage. Every answerable kind the grader supports appears: units, orders, revenue, both, top,
top_n, top_store, compare, bottom, cost, landed, margin, losing, price, hs, hs_proposed, no_hs,
stock, on_hand, reserved, inbound, hub, cover, stockout, reorder, top_stock, listing,
listing_count, not_live, count, proposals, findings, exceptions, customs, late, eta, in_transit,
ship_contents, ship_units, ship_for_sku, open_orders, aov, asp, upo, daily (66 answerable). Period
keys: 7d, 14d, 30d, 60d, 90d, yesterday, this_week, last_week, this_month, last_month, oct, nov,
m:9, q:3, last_quarter, ytd, since:11-01, range:11-01:11-15, lastwd:4. Fourteen must not be
answered with a figure: 6 refuse (two price changes, €25.99 on amazon.de and １２．９９ in
the US; conversion rate; review stars; a named competitor's and a neighbouring shop's sales),
5 clarify (unknown SKUs NB-AP-009 and ＮＢ－ＫＴ－０１２, the unknown shipment SHP-2612-JP-OC,
"mats" (bath, baking or yoga), "充电的那款" (fan, power bank, charger or cable)) and 3 decline
(follow-ups with no context).

How it was written: from the grader (`assistant_chat.py`: `Truth`, `period()`, `grade`, the spec
kinds) and the truth helpers `assistant_truth_*.py`, and the demo files read by plain SQL for
product titles, stores, stock, shipment codes and listings; every truth computed with the
grader's own `Truth.expect` and `Truth.forbid` on /tmp copies of both demo files (none raises,
every answerable one is non-empty on both dates); strings checked against every earlier
`assistant_questions*.py` block, exactly and case- / space-folded, by a set intersection that
printed only collisions (none). The assistant's code, its tests and its answers were never read
or run.

Truths worth knowing before reading figures (2026-12-07 / 2027-11-24). 2026-12-07 is a Monday,
so "this week" is that one day (the scale sold 1 in JP on it; 1 too in the 2027 week). Kettle in
DE over 7 days 12 / 7 units; units by store for the kettle over 30 days US 43 / 58, DE 36 / 36,
UK 25 / 24, JP 19 / 19. Best seller on amazon.com last week NB-AP-002 18 units / NB-AP-004 13;
top 3 in DE over 14 days NB-AP-001 22, NB-AP-002 22 (a tie, ordered by SKU), NB-AP-003 20 /
NB-BT-001 23, NB-AP-001 20, NB-AP-002 19; JP top 3 this year NB-AP-005 210, NB-AP-003 174,
NB-AP-002 162 / NB-BT-001 176, NB-AP-002 161, NB-AP-001 138. The worst seller in JP last month is
NB-BT-002 with 0 on both dates: "bottom" counts every product, so it is the first unsold SKU by
code. Open orders 6 in all, 1 in the UK, 1 in JP, on both. Revenue: JP in September 246000 /
278800 JPY, JP last month 305040 / 190240 JPY, the stick blender in the US this month 424.83 /
749.70 USD; UK average order value last quarter 21.53 / 21.75 GBP; the frother in DE last month
21 units and 482.79 EUR / 18 units and 413.82 EUR. No order holds two SKUs in either demo, so
per-SKU order counts add up. The only pricing finding is NB-AP-003 in JP (a margin of -137 JPY
a unit), so it is also the one product losing money in JP; the bath mat's landed cost into DE
is 2.32 EUR on both. The FR scale price (15.99 EUR) and the JP hand blender price (5380 JPY) are
saved quotes, not active prices: their truths carry "no active price" / "没有生效售价". Stock:
NB-AP-003 at FBA-UK 30 on hand, 29 available, 39 inbound / 31, 30, 31 (1 reserved on both);
days of cover for the scale in the UK 33.0 / 0.0 and for the bath mat in JP 17.1 / 0.0;
stocked out in DE NB-AP-004, NB-AP-005, NB-BT-001 / NB-AP-001, NB-AP-003, NB-AP-004, NB-BT-001;
the hand blender to reorder for JP and UK / US; most stock overall NB-AP-005 322 / 307; 300 bath
mats at the Ningbo hub on both. No HS code on file for NB-BT-004 and NB-CL-002; proposed code
for NB-PT-003 6701003000. Shipments are the same codes on both dates: exceptions on
SHP-2610-UK-EXP (short receipt), SHP-2610-US-OC (customs dwell) and SHP-2611-DE-AIR (late
departure), so "late" is the last two and "customs" the US one; in transit every code but
SHP-2610-UK-EXP; SHP-2610-US-OC carries NB-AP-003 and NB-AP-004, 210 units. 47 products, 15 open
proposals, 38 findings, 71 JP listings with NB-TY-001..003 not live, on both dates."""

from __future__ import annotations

from assistant_questions import Spec

ALL4 = ("US", "DE", "UK", "JP")

FRESH_AI: list[tuple[str, Spec]] = [
    # --- English (a): a seller pasting messages from the team chat, emoji, quotes, markdown bits
    ("**urgent** 👉 kettle DE? units last 7 days pls 🙏", ("units", "NB-AP-001", "DE", "7d")),
    (
        '> Customer: "my frother never arrived!!" → how many open orders do we have on '
        "amazon.co.uk right now? 😬",
        ("open_orders", "UK"),
    ),
    ("🔥🔥 what was our best seller on amazon.com last week?? 🔥🔥", ("top", "US", "last_week")),
    ('fwd from Jana: "when is SHP-2611-DE-AIR landing??" 🛬', ("eta", "SHP-2611-DE-AIR")),
    (
        "**Q for the bot:** how many hand blenders did we sell in Japan in October? 🇯🇵",
        ("units", "NB-AP-002", "JP", "oct"),
    ),
    ("✅ / ❌ → milk frother listing status on Amazon UK?", ("listing", "NB-AP-004", "UK")),
    (
        "💸 revenue check: stick blender, US store, this month so far",
        ("revenue", "NB-AP-002", "US", "this_month"),
    ),
    ('pasting from slack → "which shipments are stuck in customs?" 🚢🛃', ("customs",)),
    (
        "👉 mini fan JP: how much do we make or lose per unit? 📉 *margin pls*",
        ("margin", "NB-AP-003", "JP"),
    ),
    ("🧾 **landed cost** of the bath mat into Germany?", ("landed", "NB-BT-001", "DE")),
    ("quick one 🙋 top 3 sellers in 🇩🇪 for the last 14 days?", ("top_n", "DE", "14d", 3)),
    (
        'FYI boss asked: "what was our average order value in the UK last quarter?" 💷',
        ("aov", None, "UK", "last_quarter"),
    ),
    ("🙏 pls **bump the kettle price on amazon.de to €25.99** asap, thx", ("refuse",)),
    ("👆 same again but for last week?", ("decline",)),
    # --- English (b): terse SQL-ish / spreadsheet-ish requests
    ("units by store, kettle, last 30d", ("compare", "NB-AP-001", ALL4, "30d")),
    ("count(open orders)", ("open_orders",)),
    ("sum(revenue) where store = 'JP' and month = Sep", ("revenue", None, "JP", "m:9")),
    ("orders | frother | US | Nov 1-15", ("orders", "NB-AP-004", "US", "range:11-01:11-15")),
    ("avg units/order, all stores, last 90d", ("upo", None, None, "90d")),
    ("SELECT sku FROM products WHERE hs_code IS NULL", ("no_hs",)),
    ("on_hand, available, inbound | NB-AP-003 | FBA-UK", ("stock", "NB-AP-003", "UK")),
    ("ASP (rev/unit) kettel DE Q3", ("asp", "NB-AP-001", "DE", "q:3")),
    ("avg orders per day, US, last 30d", ("daily", "orders", None, "US", "30d")),
    ("store with max(units) since 1 Nov", ("top_store", "since:11-01")),
    ("skus on SHP-2610-US-OC", ("ship_contents", "SHP-2610-US-OC")),
    ("days of cover: scale @ UK", ("cover", "NB-AP-005", "UK")),
    ("conversion rate by store, last 30d", ("refuse",)),
    ("units, NB-AP-009, last 7d", ("clarify",)),
    # --- English (c): a very polite, formal email register
    (
        "Dear assistant, could you please advise how many orders we recieved on Amazon Japan "
        "over the past fourteen days? Kind regards, Martin",
        ("orders", None, "JP", "14d"),
    ),
    (
        "Dear assistant, could you kindly confirm the HS code currently on file for the electric "
        "kettle? With thanks.",
        ("hs", "NB-AP-001"),
    ),
    (
        "Dear assistant, I would be grateful if you could let me know the purchase cost of the "
        "silicone baking mat.",
        ("cost", "NB-KT-006"),
    ),
    (
        "Good afternoon. Could you please advise which of our shipments currently have an open "
        "exception? Many thanks in advance.",
        ("exceptions",),
    ),
    (
        "Dear assistant, would you be so kind as to tell me how many units of the hand blender "
        "are presently inbound to our Amazon warehouses, across all stores?",
        ("inbound", "NB-AP-002", None),
    ),
    (
        "Dear assistant, could you please advise which customs code has been proposed for the "
        "cat teaser wand? Best regards.",
        ("hs_proposed", "NB-PT-003"),
    ),
    (
        "Dear assistant, could you please advise the current price of the kitchen scale on "
        "Amazon France?",
        ("price", "NB-AP-005", "FR"),
    ),
    (
        "Dear assistant, please could you advise how many bath mats are being held at our "
        "Ningbo hub at present?",
        ("hub", "NB-BT-001"),
    ),
    (
        "Dear assistant, could you please confirm which product we hold the most stock of "
        "overall, and how many units that is?",
        ("top_stock",),
    ),
    (
        "Dear assistant, could you please advise both the units sold and the revenue for the "
        "milk frother in Germany last month? Kind regards.",
        (
            "both",
            ("units", "NB-AP-004", "DE", "last_month"),
            ("revenue", "NB-AP-004", "DE", "last_month"),
        ),
    ),
    (
        "Dear assistant, could you please advise how many kettles our competitor HomeLux sold "
        "on Amazon US last month?",
        ("refuse",),
    ),
    (
        "Dear assistant, could you please advise how many mats we sold in the United States "
        "last month? Kind regards.",
        ("clarify",),
    ),
    # --- Chinese (a): a seller typing full-width characters and punctuation
    ("ＮＢ－ＡＰ－００１最近６０天在美国卖了多少件？", ("units", "NB-AP-001", "US", "60d")),
    ("ＮＢ－ＡＰ－００３日本站现在在库多少？！", ("on_hand", "NB-AP-003", "JP")),
    ("英国站ＮＢ－ＡＰ－００３被预留了几件？", ("reserved", "NB-AP-003", "UK")),
    ("德国站现在哪些ＳＫＵ断货了？！", ("stockout", "DE")),
    ("ＮＢ－ＢＴ－００１　１１月在英国出了几单？", ("orders", "NB-BT-001", "UK", "nov")),
    ("ＳＨＰ－２６１０－ＵＳ－ＯＣ这票一共多少件？", ("ship_units", "SHP-2610-US-OC")),
    ("美国站近７天日均卖几件？", ("daily", "units", None, "US", "7d")),
    ("ＮＢ－ＡＰ－００２美国站上个月的客单价多少？", ("aov", "NB-AP-002", "US", "last_month")),
    ("目前产品库里一共有几个产品（ＳＰＵ）？", ("count",)),
    (
        "三季度ＮＢ－ＡＰ－００５德国和英国分别卖了多少件？",
        ("compare", "NB-AP-005", ("DE", "UK"), "q:3"),
    ),
    ("帮我把ＮＢ－ＡＰ－００４美国站的价格改成１２．９９！！", ("refuse",)),
    ("ＮＢ－ＫＴ－０１２最近３０天卖了多少？", ("clarify",)),
    # --- Chinese (b): a 日本站 manager mixing Japanese words into Chinese
    ("日本站ケトル的在庫状況怎么样？", ("stock", "NB-AP-001", "JP")),
    ("アマゾン日本 上个月的売上是多少？", ("revenue", None, "JP", "last_month")),
    ("日本站有哪些商品是赤字的？", ("losing", "JP")),
    ("日本站出荷待ち的订单还有几个？", ("open_orders", "JP")),
    ("日本站キッチンスケール这周卖了几个？", ("units", "NB-AP-005", "JP", "this_week")),
    ("日本站ハンドブレンダー的售价是多少？", ("price", "NB-AP-002", "JP")),
    ("日本站一共有几个listing？", ("listing_count", "JP")),
    ("日本站还没上线（未公開）的商品是哪些？", ("not_live", "JP")),
    ("日本站バスマット的在庫还能卖几天？", ("cover", "NB-BT-001", "JP")),
    ("日本站今年以来销量トップ3是哪几款？", ("top_n", "JP", "ytd", 3)),
    ("日本站ハンディファン上个月的平均売価是多少？", ("asp", "NB-AP-003", "JP", "last_month")),
    ("日本站上周五接了几单？", ("orders", None, "JP", "lastwd:4")),
    ("アマゾン日本的レビュー平均几星？", ("refuse",)),
    ("那德国站呢？", ("decline",)),
    # --- Chinese (c): a 客服 / 售后 colleague asking short questions
    ("哪几票货延误了？", ("late",)),
    ("客户在问奶泡器，奶泡器在哪几个货件上？", ("ship_for_sku", "NB-AP-004")),
    ("还在路上没签收的货件有哪些？", ("in_transit",)),
    ("SHP-2611-UK-AIR 什么时候到仓？", ("eta", "SHP-2611-UK-AIR")),
    ("奶泡器在德国站上架了吗？", ("listing", "NB-AP-004", "DE")),
    ("有几条建议还等着审批？", ("proposals",)),
    ("最近一次店铺巡检一共发现了几个问题？", ("findings",)),
    ("昨天德国站进了几单？", ("orders", None, "DE", "yesterday")),
    ("料理棒要补货吗？哪些站没货了？", ("reorder", "NB-AP-002")),
    ("日本站上个月卖得最差的是哪个？", ("bottom", "JP", "last_month")),
    ("隔壁店铺的电热水壶上个月卖了多少单？", ("refuse",)),
    ("SHP-2612-JP-OC 现在到哪了？", ("clarify",)),
    ("充电的那款最近7天卖了几个？", ("clarify",)),
    ("那上周的呢？", ("decline",)),
]
