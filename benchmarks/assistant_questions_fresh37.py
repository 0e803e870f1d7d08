"""Block "freshAP": 80 seller questions (40 English, 40 Chinese) written to be measured at first
sight, never tuned on. Four voices, twenty questions each:

- a US Gen-Z seller texting in lowercase slang ("lowkey", "ngl", "fr", "no cap", "bruh", "lmk",
  "rn", "tbh", "yday", "r", "thru", "$$", emoji), products by nickname ("kettles", "mini fan",
  "frother", "hand blender", "bath mat"), stores as "the states", "amazon uk", "germany";
- a formal finance controller closing the books ("Please provide", "Kindly confirm", "as at
  today", "period-to-date (MTD)", "QTD", "YTD", "for the month ended 31 October", "the month just
  closed", "the last quarter"; Amazon.de, Amazon.co.uk), asking about revenue, orders, averages,
  costs, margins, findings, proposals, HS codes and shipments;
- a seller typing 四川/重庆话 (啥子, 好多, 咋个, 晓得, 莫得, 噻, 哈, 嘛, 哥子, 勒个, 遭, 仓头,
  压起, 拖起), mostly stock, shipments and listings;
- a 上海/江浙 seller in 吴语 colloquial (伐, 阿拉, 晓得伐, 侬, 啥辰光, 老早, 交关, 几钿, 几化,
  卖脱, 物事, 辣, 里向, 搭, 礼拜), mostly sales, averages, prices and costs.

Coverage: 66 answerable, 14 not. Kinds: units, orders, revenue, both (two compound questions),
top, top_n (3 and 5), top_store, compare (two stores), aov, asp, upo, daily (units and revenue),
cost, landed, margin, losing, price (an active price and a quote without one), hs, hs_proposed,
no_hs, stock, on_hand, reserved, inbound, hub, cover, stockout, reorder, top_stock, listing,
listing_count, not_live, count, proposals, findings, customs, exceptions, late, eta, in_transit,
ship_contents, ship_units, ship_for_sku and open_orders (all stores and one store). "bottom" is
left out: 41 of the 47 products sell nothing, so the worst seller is always a tie at zero.
Periods: 7d, 14d, 21d, 30d, 60d, 90d, yesterday, last_week, lastwd:4 (last Friday), this_month,
last_month, oct, m:9, q:3, q:4 (QTD), last_quarter, ytd, bf, bfday, since:11-20 and
range:11-01:11-15; "this week" is not asked (the earlier demo is dated a Monday).
Refused (7): ACoS on the kettle's ads, net profit after ad spend, next month's revenue forecast,
a competitor's ("隔壁那家") sales, week-on-week growth as a percentage, and two writes (drop the
frother's US price to 19.99, delete the hand blender's DE listing). Clarified (5): "the
stainless one" (kettle, bottle, whisk, shower caddy), "那个垫子" (bath mat, baking mat, yoga
mat), the unknown SKUs NB-XX-009 and NB-AP-009, the unknown shipment SHP-2612-JP-OC. Declined
(2): "wait and germany??" and "那上个月喃？" with no context.

Written from the brief without reading the assistant's code, its tests or any earlier question
list; every spec's truth was computed with `assistant_chat.Truth` on copies of both demo files
(2026-12-07 and 2027-11-24): none raises, every answerable one is non-empty on both dates, the
rankings have no tie at the cut, and no question equals an earlier one (exactly or lower-cased
without spaces). The assistant was not run on them.

Truths worth knowing (2026-12-07 / 2027-11-24): kettles in the US since Nov 20, 29 / 7 units;
the US top seller last month is NB-AP-005 (88) / NB-AP-002 (69); the top 3 over 30 days are
AP-005, AP-003, AP-002 / AP-001, BT-001, AP-002; DE led last week's units (40 / 44). "Since
Black Friday" on the later date starts at Black Friday 2026 (2027's is still to come), so the
scale's UK units are 9 / 60. The frother's US stock is 9 on hand, 8 available, 94 inbound / 0,
0, 109; it is out in DE and UK / in every store (reorder). The fan's UK cover is 32.2 / 75.0
days. NB-AP-003 in JP is the one product sold at a loss (137 JPY a unit on both); the kettle has
no active US price, only a quote of 20.99 USD. On both dates: 38 findings, 15 open proposals,
47 products, 71 JP listings, 6 open orders (2 in the US), NB-BT-004 and NB-CL-002 without an HS
code, SHP-2610-US-OC held in customs and, with SHP-2611-DE-AIR, late; three shipments with open
exceptions.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AP: list[tuple[str, Spec]] = [
    # a US Gen-Z seller texting in lowercase slang (lowkey, ngl, fr, no cap, bruh, lmk, rn, emoji)
    (
        "ngl how many kettles did we move in the us since nov 20 👀",
        ("units", "NB-AP-001", "US", "since:11-20"),
    ),
    (
        "bruh how many orders came thru on amazon uk last week fr",
        ("orders", None, "UK", "last_week"),
    ),
    (
        "lowkey who was our #1 seller in the states last month?? like most units",
        ("top", "US", "last_month"),
    ),
    (
        "top 3 products by units sold last 30 days, all stores combined. no cap need this asap 😭",
        ("top_n", None, "30d", 3),
    ),
    (
        "mini fan us vs uk past 2 weeks, units?? which one's eating 🔥",
        ("compare", "NB-AP-003", ("US", "UK"), "14d"),
    ),
    ("frother stock at the us fba rn?? lmk 🙏", ("stock", "NB-AP-004", "US")),
    ("how many kitchen scales r inbound to germany rn tbh", ("inbound", "NB-AP-005", "DE")),
    ("whats sold out at the uk warehouse rn 😩 like 0 available", ("stockout", "UK")),
    ("which shipments r still not received at fba yet", ("in_transit",)),
    ("when's SHP-2611-UK-AIR landing bestie", ("eta", "SHP-2611-UK-AIR")),
    ("is the kettle even live on amazon canada?? deadass asking", ("listing", "NB-AP-001", "CA")),
    ("what price we got the usb fan at on amazon japan rn", ("price", "NB-AP-003", "JP")),
    ("yo how many orders r still unshipped rn, all stores", ("open_orders",)),
    (
        "bath mat in the us… how many units a day we averaging over the last 30 days ngl",
        ("daily", "units", "NB-BT-001", "US", "30d"),
    ),
    (
        "how many units AND how much $$ did the hand blender do in the us this month 💅",
        (
            "both",
            ("units", "NB-AP-002", "US", "this_month"),
            ("revenue", "NB-AP-002", "US", "this_month"),
        ),
    ),
    (
        "yday how many units did we sell total? all stores. vibe check lol",
        ("units", None, None, "yesterday"),
    ),
    ("what's our acos on the kettle ads rn, is it giving profitable or nah", ("refuse",)),
    ("lowkey just drop the frother price in the us to 19.99 for me thx 🙏", ("refuse",)),
    ("how's the stainless one doing in the us this month fr", ("clarify",)),
    ("wait and germany??", ("decline",)),
    # a formal finance controller (Please provide, Kindly confirm, as at, MTD, QTD, YTD)
    (
        "Please provide total revenue for the US store, period-to-date (MTD).",
        ("revenue", None, "US", "this_month"),
    ),
    ("Kindly confirm QTD revenue for Amazon.de.", ("revenue", None, "DE", "q:4")),
    (
        "Please provide YTD revenue for the UK marketplace, in the currency it is held in.",
        ("revenue", None, "UK", "ytd"),
    ),
    (
        "Please provide the number of orders on Amazon Japan for the month ended 31 October.",
        ("orders", None, "JP", "oct"),
    ),
    (
        "Kindly confirm the average order value for the US store for the month just closed.",
        ("aov", None, "US", "last_month"),
    ),
    (
        "Please provide the stick blender's average selling price per unit on Amazon.de for Q3.",
        ("asp", "NB-AP-002", "DE", "q:3"),
    ),
    ("Kindly confirm the unit cost on file for NB-AP-001.", ("cost", "NB-AP-001")),
    (
        "Please provide the landed cost per unit of NB-AP-002 into the UK, as at today.",
        ("landed", "NB-AP-002", "UK"),
    ),
    (
        "Kindly confirm the margin per unit on NB-AP-003 in Japan at the current price.",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "Please provide a list of any SKUs currently selling below cost, with the loss per unit.",
        ("losing", None),
    ),
    ("Kindly confirm how many findings the latest review run raised.", ("findings",)),
    ("Please provide the number of change proposals awaiting approval.", ("proposals",)),
    ("Kindly confirm the HS code declared for the A5 notebook (NB-ST-001).", ("hs", "NB-ST-001")),
    ("Please provide a list of products with no HS code declared.", ("no_hs",)),
    ("Kindly confirm which shipments are currently held in customs.", ("customs",)),
    (
        "Please provide a schedule of all shipments with open exceptions as at today.",
        ("exceptions",),
    ),
    (
        "Please provide units sold and revenue for Amazon.co.uk for the last quarter.",
        ("both", ("units", None, "UK", "last_quarter"), ("revenue", None, "UK", "last_quarter")),
    ),
    ("Please provide net profit after advertising spend for Q3, by store.", ("refuse",)),
    ("Kindly provide a forecast of revenue for next month for the US store.", ("refuse",)),
    ("Please provide the unit cost on file for NB-XX-009.", ("clarify",)),
    # a seller typing 四川/重庆话 (啥子, 好多, 咋个, 晓得, 莫得, 噻, 哈, 嘛)
    ("料理棒德国站上个月卖了好多个嘛？", ("units", "NB-AP-002", "DE", "last_month")),
    ("哥子，水壶日本站库存还有好多哦，在途的也算一哈", ("stock", "NB-AP-001", "JP")),
    ("英国仓头那个小风扇实打实放起的有好多个？不算在路上的哈", ("on_hand", "NB-AP-003", "UK")),
    ("风扇英国站有好多个是遭预留了的嘛，你晓得不", ("reserved", "NB-AP-003", "UK")),
    ("奶泡器宁波仓头还压起好多货哦", ("hub", "NB-AP-004")),
    ("英国站风扇现在勒点库存还卖得到好多天噻？", ("cover", "NB-AP-003", "UK")),
    ("奶泡器哪几个站莫得货了嘛，该补货了噻", ("reorder", "NB-AP-004")),
    ("上个礼拜哪个站卖得最多哦？按件数算嘛", ("top_store", "last_week")),
    ("德国站最近90天啥子卖得最好嘛，卖了好多件", ("top", "DE", "90d")),
    ("哪些货件拖起了、晚到了嘛？", ("late",)),
    ("SHP-2611-DE-OC 勒一票头装的啥子货哦", ("ship_contents", "SHP-2611-DE-OC")),
    ("SHP-2610-US-OC 总共装了好多件嘛", ("ship_units", "SHP-2610-US-OC")),
    ("美国站有哪些listing还莫得上线的哦", ("not_live", "US")),
    ("日本站总共挂了好多个listing嘛", ("listing_count", "JP")),
    ("美国站现在还有好多单莫发货哦？", ("open_orders", "US")),
    ("黑五那天所有站加起来卖了好多件嘛？", ("units", None, None, "bfday")),
    ("隔壁那家卖水壶的，他们美国站一个月卖好多哦？晓得不", ("refuse",)),
    ("帮我把德国站料理棒的listing删咯嘛，莫卖了", ("refuse",)),
    ("那个垫子美国站这个月卖得咋个样嘛", ("clarify",)),
    ("那上个月喃？", ("decline",)),
    # a 上海/江浙 seller in 吴语 (伐, 阿拉, 晓得伐, 侬, 啥辰光, 老早, 交关)
    ("阿拉电子秤英国站黑五到现在卖脱几只啦？", ("units", "NB-AP-005", "UK", "bf")),
    ("日本站十月份营业额几钿，侬帮我看看", ("revenue", None, "JP", "oct")),
    ("阿拉英国站11月1号到15号一共几张订单？", ("orders", None, "UK", "range:11-01:11-15")),
    ("最近60天卖得最好个前五只产品是啥，各卖脱几只？", ("top_n", None, "60d", 5)),
    ("现在啥物事库存最多？所有仓库加起来", ("top_stock",)),
    ("料理棒辣啥个货件里向有？", ("ship_for_sku", "NB-AP-002")),
    ("SHP-2610-US-OC 啥辰光到仓库，晓得伐？", ("eta", "SHP-2610-US-OC")),
    ("瑜伽垫个海关编码，系统建议改成啥？", ("hs_proposed", "NB-SP-001")),
    ("水壶美国站现在卖几钿？", ("price", "NB-AP-001", "US")),
    ("奶泡器进货成本几钿一只？", ("cost", "NB-AP-004")),
    ("德国站九月份平均一张订单几只物事？", ("upo", None, "DE", "m:9")),
    ("美国站上个礼拜客单价几钿？", ("aov", None, "US", "last_week")),
    (
        "小风扇德国搭日本最近三个礼拜比比看，各卖脱几只？",
        ("compare", "NB-AP-003", ("DE", "JP"), "21d"),
    ),
    ("电子秤美国仓在路上个还有几化？", ("inbound", "NB-AP-005", "US")),
    ("阿拉目录里向一共有几只产品啊，侬晓得伐？", ("count",)),
    ("上个礼拜五美国站一共卖脱几只？", ("units", None, "US", "lastwd:4")),
    ("英国站最近7日平均一日营业额几钿？", ("daily", "revenue", None, "UK", "7d")),
    ("上个礼拜比上上个礼拜涨了百分之几，侬算算看", ("refuse",)),
    ("NB-AP-009 英国站卖脱几只？老早就想问了", ("clarify",)),
    ("SHP-2612-JP-OC 啥辰光到？等了交关辰光了", ("clarify",)),
]
