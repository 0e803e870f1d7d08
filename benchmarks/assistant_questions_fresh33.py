"""Block "freshAL": 80 new seller questions (40 English, 40 Chinese, a few mixed), typed by an
Australian seller who writes explicit ISO dates and ranges, a supply-chain planner, a 货代 / 物流
colleague who names shipments by container or B/L number, a 财务 and a 运营主管 writing the 周报;
written without the assistant's parser, its answers or any other block's question list in view,
graded strictly (`assistant_chat.py --fresh33`). Not yet run: the assistant has not seen these
questions.

Voice. The English half is two people. An Australian seller in Aussie slang ("how're we going with",
"reckon", "heaps", "mate", "arvo", "all up", "at the mo", "ta", "cheers", "bloody", "fortnight",
"shifted") who writes dates as ISO dates and ranges ("2026-11-27 to 2026-11-30", "between 2026-12-01
and 2026-12-06", "since 2026-11-28") and asks about the Amazon Australia store (amazon.com.au, "the
Aussie store", Amazon AU) besides amazon.co.uk, Amazon.de and the US store. Every ISO date starts
between 2026-11-25 and 2026-12-07, so the grader's range: / since: key resolves to the very dates
written on both demo dates (on 2027-11-24 a November or December day after the 24th is last year's,
2026; on 2026-12-07 it is this year's, also 2026); no year-stated month and no date before
2026-11-25 is used, since on the later demo they would move a year. And a supply-chain planner,
terse: days of cover, reorder, inbound, on hand / available / reserved, the Ningbo hub, stock-outs
at an FC, shipments by SHP- code, late ones, a run-rate for the reorder calc. The Chinese half is
three people. A 货代 / 物流 colleague in forwarder jargon (柜, 柜号, 提单, 空运单, 船期, 开船, 清关,
头程, 入仓, 报关, 海关编码) who names shipments by the container (MSKU7312045) or transport document
(提单 COSU6412339870 and MAEU254781903, 空运单 160-58213364) the shipments table holds, while the
spec names the shipment by its SHP- code. A 财务 asking about 采购成本, 进货价, 到岸成本, 毛利,
亏本, 销售额 and 客单价 in the currency the figure is held in ("按原币给就行，不用换汇"). And a
运营主管 writing the 周报 (本周, 上周, 上周五, 黑五当天, 三季度); 周环比 is not held and is asked
once, to be refused. Products by nickname (kettle, stick blender, hand blender, mini fan, milk
frother, kitchen / digital scale, bath mat, 电热水壶, 料理棒, 风扇, 奶泡器, 电子秤, 烘焙垫,
锅铲套装), stores by domain or local name (amazon.co.uk, Amazon.de, amazon.com.au, the Aussie store,
FBA DE, 英国FBA, 德国站, 日本站, 美国站).

Coverage. Every answerable kind the grader supports appears: units, orders, revenue, both, top,
top_n, top_store, compare, bottom, cost, landed, margin, losing, price, hs, hs_proposed, no_hs,
stock, on_hand, reserved, inbound, hub, cover, stockout, reorder, top_stock, listing, listing_count,
not_live, count, proposals, findings, exceptions, customs, late, eta, in_transit, ship_contents,
ship_units, ship_for_sku, open_orders, aov, asp, upo, daily (66 answerable). Period keys: 14d, 30d,
60d, 90d, this_week, last_week, last_month, m:10, q:3, ytd, bfday, lastwd:4, range:11-27:11-30,
range:12-01:12-06, range:11-25:12-05, range:11-27:12-03, since:11-25, since:11-28, since:12-01.
Fourteen must not be answered with a figure: 7 refuse (ACoS; net profit after ad spend and returns;
周环比; four writes: a price change on amazon.de, a purchase order to the factory, moving a
shipment's sailing, correcting a unit cost), 5 clarify ("the mats" (bath, baking or yoga),
"收纳那个产品" (storage boxes or drawer organiser), "灯" (desk lamp, night light or solar lights),
the unknown SKU NB-AP-009, the unknown container TGHU8800123) and 2 decline (follow-ups with no
context).

How it was written: from the grader (`assistant_chat.py`: `Truth`, `period()`, `grade`, the spec
kinds) and the truth helpers `assistant_truth_*.py`, and the demo files read by plain SQL for
product titles, stores, stock, shipment codes, containers and B/L numbers, and listings; every truth
computed with the grader's own `Truth.expect` and `Truth.forbid` on /tmp copies of both demo files
(none raises, every answerable one is non-empty on both dates); rankings checked for ties on both
dates (a tied best seller was swapped for a store and period without one); strings checked against
every earlier `assistant_questions*.py` block, exactly and case- / space-folded, by a set
intersection that printed only collisions (two, both reworded; then none). The assistant's code, its
tests and its answers were never read or run.

Truths worth knowing before reading figures (2026-12-07 / 2027-11-24). The ISO ranges are the same
days on both dates, but the demos' sales differ: the kettle in the US 2026-11-27 to 2026-11-30 6 /
11 units; Amazon.de revenue 2026-12-01 to 2026-12-06 827.64 / 850.63 EUR; top 3 over all stores
2026-11-25 to 2026-12-05 NB-AP-002 57, NB-AP-003 55, NB-AP-005 54 / NB-AP-002 79, NB-BT-001 58,
NB-AP-001 51; bath mat 2026-11-27 to 2026-12-03 US 13, UK 3, DE 3 / US 14, UK 8, DE 13. A "since"
date runs to the demo's today, so amazon.co.uk orders since 2026-11-28 are 37 / 1032. Amazon AU has
listings (71, the three NB-TY toys only validated, not live) but no orders: units there since
2026-11-25 are 0 on both dates. Black Friday itself is 2026-11-27 on both (2027's is after
2027-11-24): the US top 2 that day NB-AP-005 8, NB-AP-001 2 / NB-AP-003 9, NB-AP-004 3. 2026-12-07
is a Monday, so 本周 is that one day (2 US orders / 6 over Monday to Wednesday in 2027). Days of
cover: the kettle at FBA DE 6.7 / 0.0, the scale at FBA UK 33.0 / 0.0. The hand blender's reorder
FCs are JP and UK / US. NB-AP-005 has the most on hand across every location, 322 / 307 (300 of them
at the Ningbo hub). "slowest mover" on the UK store over 30 days is NB-BT-002 with 0 on both dates:
"bottom" counts every product, so it is the first unsold SKU by code. The only pricing finding is
NB-AP-003 in JP (a margin of -137 JPY a unit), the only active price (1780 JPY); the frother's UK
price is a saved quote, 8.99 GBP, with no active price. Landed cost of the hand blender into the UK
8.54 GBP on both. NB-KT-001 has no product-level cost, only its three variants' (18.50, 18.50, 19.00
CNY). No HS code declared: NB-BT-004 and NB-CL-002. The shipments are the same five on both dates,
four not yet received (SHP-2611-DE-AIR only booked); exceptions are open on SHP-2610-US-OC
(customs), SHP-2611-DE-AIR (late departure) and SHP-2610-UK-EXP (short receipt, not late). ETAs:
SHP-2611-DE-OC 2026-12-25 / 2027-12-12, SHP-2611-UK-AIR 2026-12-10 / 2027-11-27.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AL: list[tuple[str, Spec]] = [
    # --- an Australian seller: slang, explicit ISO dates and ranges (only spans that resolve alike
    # on both demo dates: they start between 2026-11-25 and 2026-12-07)
    (
        "How're we going with kettles on the US store? Units from 2026-11-27 to 2026-11-30 please",
        ("units", "NB-AP-001", "US", "range:11-27:11-30"),
    ),
    (
        "Reckon you could pull total revenue for Amazon.de between 2026-12-01 and 2026-12-06?",
        ("revenue", None, "DE", "range:12-01:12-06"),
    ),
    (
        "how many orders have come thru on amazon.co.uk since 2026-11-28 mate",
        ("orders", None, "UK", "since:11-28"),
    ),
    ("whats been our best seller on amazon.co.uk over the last fortnight?", ("top", "UK", "14d")),
    (
        "top 3 products by units, all stores combined, 2026-11-25 to 2026-12-05 - cheers",
        ("top_n", None, "range:11-25:12-05", 3),
    ),
    (
        "which marketplace shifted the most units last month? reckon it was the US but wanna check",
        ("top_store", "last_month"),
    ),
    (
        "bath mats US vs UK vs DE, 2026-11-27 to 2026-12-03: how're we going across the three?",
        ("compare", "NB-BT-001", ("US", "UK", "DE"), "range:11-27:12-03"),
    ),
    (
        "whats our average order value on the US store for the last 30 days?",
        ("aov", None, "US", "30d"),
    ),
    (
        "avg selling price on the stick blender in Germany since 2026-12-01?",
        ("asp", "NB-AP-002", "DE", "since:12-01"),
    ),
    (
        "have we sold anything at all on amazon.com.au since 2026-11-25? how many units?",
        ("units", None, "AU", "since:11-25"),
    ),
    (
        "is the kettle listing live on the Aussie store yet or still stuck somewhere?",
        ("listing", "NB-AP-001", "AU"),
    ),
    ("how many listings have we got on Amazon AU all up?", ("listing_count", "AU")),
    ("which of our Amazon Australia listings aren't live yet, mate?", ("not_live", "AU")),
    (
        "what're we charging for the milk frother on the UK site at the mo?",
        ("price", "NB-AP-004", "UK"),
    ),
    (
        "kitchen scales on the US store in October: how many units and how many orders? ta",
        (
            "both",
            ("units", "NB-AP-005", "US", "m:10"),
            ("orders", "NB-AP-005", "US", "m:10"),
        ),
    ),
    (
        "are we losing money on anything, any store? fees have been heaps lately",
        ("losing", None),
    ),
    (
        "what's our ACoS been on the US store this fortnight? ads feel bloody expensive",
        ("refuse",),
    ),
    (
        "can you bump the kettle price on amazon.de up to 25.99 for me before this arvo?",
        ("refuse",),
    ),
    ("how many of the mats did we sell in the UK last month?", ("clarify",)),
    ("yeah and what about the fortnight before that?", ("decline",)),
    # --- a supply-chain planner: days of cover, reorder, inbound, the Ningbo hub, shipments
    ("Days of cover on the kettle at FBA DE?", ("cover", "NB-AP-001", "DE")),
    (
        "how many days of cover left for the kitchen scale at FBA UK, on the last 30 days' sales?",
        ("cover", "NB-AP-005", "UK"),
    ),
    (
        "Do we need to reorder the hand blender? Which FCs have run dry?",
        ("reorder", "NB-AP-002"),
    ),
    (
        "Inbound qty of the digital kitchen scale heading to FBA US?",
        ("inbound", "NB-AP-005", "US"),
    ),
    (
        "How many milk frothers are sitting at the Ningbo hub right now?",
        ("hub", "NB-AP-004"),
    ),
    (
        "NB-AP-003 at FBA UK: on hand, available and inbound please",
        ("stock", "NB-AP-003", "UK"),
    ),
    (
        "network-wide stock for NB-AP-002, on hand and inbound over all locations",
        ("stock", "NB-AP-002", None),
    ),
    ("just the on-hand figure for the mini fan at FBA JP", ("on_hand", "NB-AP-003", "JP")),
    ("reserved units on NB-AP-003 at FBA UK?", ("reserved", "NB-AP-003", "UK")),
    ("which SKUs are stocked out at FBA DE right now?", ("stockout", "DE")),
    (
        "which SKU has the most units on hand, counting every location incl. the hub?",
        ("top_stock",),
    ),
    (
        "list the shipments not yet received at an FC, departed or still only booked",
        ("in_transit",),
    ),
    (
        "ETA looking like on SHP-2611-UK-AIR? planning the UK replen off it",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    ("which shipments have NB-AP-001 on them?", ("ship_for_sku", "NB-AP-001")),
    (
        "avg daily units of the kettle on the US store, last 60 days? need it for the reorder calc",
        ("daily", "units", "NB-AP-001", "US", "60d"),
    ),
    ("slowest mover on the UK store over the last 30 days?", ("bottom", "UK", "30d")),
    ("any shipments running late at the moment?", ("late",)),
    ("total inbound for the bath mat across all FCs?", ("inbound", "NB-BT-001", None)),
    ("stock on hand for NB-AP-009 at FBA US?", ("clarify",)),
    ("raise a PO with the factory for 500 kettles to ship via Ningbo", ("refuse",)),
    # --- a 货代 / 物流 colleague (柜号, 提单, 船期, 清关, 头程): shipments by container or B/L
    ("柜号MSKU7312045那票现在ETA是几号？", ("eta", "SHP-2611-DE-OC")),
    ("提单COSU6412339870这票柜里装的是哪几个SKU", ("ship_contents", "SHP-2610-US-OC")),
    ("MAEU254781903 这票提单一共多少件货？", ("ship_units", "SHP-2611-DE-OC")),
    ("现在有哪几票货卡在清关？", ("customs",)),
    ("目前有异常的货件是哪几票？", ("exceptions",)),
    ("宁波仓电热水壶还剩多少库存？", ("hub", "NB-AP-001")),
    ("料理棒头程发英国FBA的在途有多少件", ("inbound", "NB-AP-002", "UK")),
    ("空运单160-58213364走的是什么货", ("ship_contents", "SHP-2611-UK-AIR")),
    ("还没入仓的货件有哪些？已开船的和还没开船的都算上", ("in_transit",)),
    ("电子秤报关用的HS编码是多少", ("hs", "NB-AP-005")),
    ("烘焙垫的海关编码系统建议改成什么？", ("hs_proposed", "NB-KT-006")),
    ("有没有哪个产品还没填申报用的HS编码？", ("no_hs",)),
    ("柜号TGHU8800123现在到哪了？船期有没有变？", ("clarify",)),
    ("帮我把SHP-2611-DE-OC改成下周开船，顺便通知一下货代", ("refuse",)),
    # --- a 财务: 成本, 利润, 毛利, 到岸成本, figures in the currency they are held in
    ("烘焙垫的采购成本是多少？", ("cost", "NB-KT-006")),
    ("锅铲套装进货价多少一套", ("cost", "NB-KT-001")),
    ("料理棒发英国站，到岸成本算下来多少钱一件？", ("landed", "NB-AP-002", "UK")),
    ("日本站那个迷你风扇，每卖一件毛利是多少？", ("margin", "NB-AP-003", "JP")),
    ("日本站有哪些产品是亏本在卖的？", ("losing", "JP")),
    (
        "电热水壶德国站上个月销售额多少？按原币给就行，不用换汇",
        ("revenue", "NB-AP-001", "DE", "last_month"),
    ),
    ("今年以来英国站的客单价是多少", ("aov", None, "UK", "ytd")),
    ("奶泡器美国站近90天的平均售价", ("asp", "NB-AP-004", "US", "90d")),
    ("风扇在日本站现在卖多少钱", ("price", "NB-AP-003", "JP")),
    ("上个月美国站的净利润是多少？要扣掉广告费和退货损失", ("refuse",)),
    ("帮我把保鲜盒的成本改成38块", ("refuse",)),
    ("收纳那个产品的成本是多少？", ("clarify",)),
    # --- a 运营主管 writing the 周报: 本周, 上周 (周环比 is not held: refused)
    ("周报要用：上周全部站点一共卖了多少件？", ("units", None, None, "last_week")),
    ("本周到目前为止美国站出了多少单", ("orders", None, "US", "this_week")),
    ("上周美国站卖得最好的是哪个产品", ("top", "US", "last_week")),
    ("黑五当天美国站销量前两名是哪两个", ("top_n", "US", "bfday", 2)),
    ("上周五德国站卖了多少件", ("units", None, "DE", "lastwd:4")),
    ("日本站三季度平均每单几件", ("upo", None, "JP", "q:3")),
    ("助手最近一次巡检一共发现了多少条问题？周报里要写", ("findings",)),
    ("现在还有几个待审批的建议没处理", ("proposals",)),
    ("目前还有多少订单没发货", ("open_orders",)),
    ("店铺现在一共有多少个产品", ("count",)),
    ("料理棒上周在德国站和英国站分别卖了几件", ("compare", "NB-AP-002", ("DE", "UK"), "last_week")),
    ("上周销量周环比涨了多少？", ("refuse",)),
    ("那上上周的也给我一下", ("decline",)),
    ("灯上周卖了多少个", ("clarify",)),
]
