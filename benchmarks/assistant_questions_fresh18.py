"""Block "freshW": 80 new seller questions (40 English, 40 Chinese), written without the assistant's
parser, its answers or any other block's question list in view, graded strictly
(`assistant_chat.py --fresh18`). Not yet run: the assistant has not seen these questions.

Voice. The Chinese half is the factory owner dictating on the phone with speech-to-text (语音输入):
no punctuation, filler words (喂, 那个, 就是, 嗯, 然后, 你帮我), run-on sentences that carry the
question in the middle or at the end ("...就是订单数不是件数", "...包括在路上的"), colloquial names
(烧水壶, 打奶泡的, 奶泡器, 小风扇, 浴室垫子, 木头积木, 磁力片, 宠物慢食碗, 硅胶锅铲套装, 压货),
numbers as words (七天, 两个礼拜, 六十天, 九十天, 前五名, 十一月份, 上个礼拜二) and the odd slip a
speech recogniser makes where the meaning stays plain to a person: 防滑电 (防滑垫), 电子称 (电子秤),
料理帮 (料理棒), 到案成本 (到岸成本), 段货 (断货), 上家 (上架), 清官 (清关). A few mix in English
(FBA仓, listing, ETA, a lower-case shipment code). The English half is an Amazon agency account
manager writing to the seller in formal British English ("Could you kindly confirm", "I would be
grateful if", organise, fulfilment centre, consignment, dispatch), often in two clauses with the
reason after the question, several asking a figure per unit rather than in total (unit cost per
unit not per carton, landed cost per unit not per consignment, margin per unit, revenue rather than
the price per unit, orders as opposed to units, all marketplaces in total rather than store by
store), and some asking about another seller's figures or figures the business does not hold.

Coverage. Every spec kind the grader supports appears at least once: units (5), orders (2),
revenue (4), top (2), bottom, top_n (2), top_store, compare, cost (2), landed (2), margin, losing,
price (2), hs (2), hs_proposed (2), no_hs, stock (2: one fulfilment centre, all locations),
on_hand, reserved, inbound, hub, cover (2), stockout (2), reorder, top_stock, listing (5),
listing_count (2), not_live (2), count, proposals, findings, exceptions, customs, late, eta (2),
in_transit, ship_units, ship_contents, ship_for_sku, open_orders and two compounds ("both": units
and revenue; unit cost and landed cost). Periods: yesterday, last Tuesday (lastwd:1), last 7 / 14 /
30 / 60 / 90 days, this month, last month, the last full quarter, September (m:9), October,
November, year to date, since 1 November, 1 to 15 November (a range), Black Friday itself (bfday)
and since Black Friday. Every demo store with data is used: US, UK, DE and JP (sales, stock,
prices), CA, AU, FR, IT and PL (English listing questions), ES (a price), MX, NL and SE (Chinese
listing questions). Thirteen questions are not to be answered with a figure: another seller's
figures (the rival kettle listing, 隔壁老王家的保温杯: refuse), figures not held (Buy Box
percentage, 退货率: refuse), two writes (reduce the fan's Japan price, 把泡泡机下架: refuse), an
ambiguous name ("the lamp", 那个灯: the desk lamp, the night lights and the solar path lights), two
unknown SKUs (NB-KT-011, NB-HS-009) and an unknown shipment code (SHP-2612-US-AIR) (clarify), and
two follow-ups with no context ("the same figure for Spain", 那日本那边呢: decline).

How it was written: from the grader (`assistant_chat.py`), the truth helpers
(`assistant_truth_*.py`) and the two demo files (`globalsell demo --today 2026-12-07` and `--today
2027-11-24`) read with sqlite3, never from the assistant's code or output. Every truth was computed
alone with the grader's `Truth.expect` (and `forbid`) on both demo files before the block was
committed: none raises, and every answerable spec's truth is non-empty on both (the refuse /
clarify / decline specs have no figure by design). The strings were compared exactly (and after
lower-casing and dropping punctuation) with every earlier block's strings by a set intersection
printing only collisions: none collided. Truths worth knowing before reading figures: "since Black
Friday" on the 2027-11-24 demo starts at the previous year's Black Friday (2026-11-27, the latest
begun), so it covers a year (79 orders against 6 on the 2026-12-07 demo); "yesterday" and "last
Tuesday" were picked so that both demos hold sales (2 units, 2 orders); the "bottom" question
(fewest units on Amazon US, sixty days) is a tie at 0 among every product never sold there, broken
alphabetically (NB-BT-002); the only product losing money, and the only margin held, is the fan
(NB-AP-003) in Japan, 137 JPY a unit, at the demo's one active regular price (1780 JPY), which the
English price question asks for; the Spanish price question has no active price, so its truth is
the newest saved quote (29.99 EUR) labelled as one; 硅胶锅铲套装 (NB-KT-001) has no product-level
cost, so its truth is its three variants' costs; the bubble machine on Amazon.ca and the wooden
blocks on Amazon US are listings checked but not live; on the 2027-11-24 demo the kitchen scale at
the UK fulfilment centre has none on hand (12 inbound) and the bath mat's cover in the UK is 0.0
days.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_W: list[tuple[str, Spec]] = [
    # --- English: an agency account manager writing to the seller, formal British English
    (
        "Good morning. Could you kindly confirm how many units of the 1.7-litre stainless steel "
        "kettle were sold on Amazon.com over the past thirty days? I should like to include the "
        "figure in our monthly account summary.",
        ("units", "NB-AP-001", "US", "30d"),
    ),
    (
        "I would be grateful if you could let me know the total revenue, rather than the price "
        "per unit, of the hand blender on Amazon.co.uk during last month.",
        ("revenue", "NB-AP-002", "UK", "last_month"),
    ),
    (
        "Could you kindly confirm how many orders, as opposed to units, the digital kitchen scale "
        "has received on Amazon.de since Black Friday?",
        ("orders", "NB-AP-005", "DE", "bf"),
    ),
    (
        "For our reconciliation, could you confirm the total sales revenue in yen of the PVC bath "
        "mat on Amazon Japan for the month of October?",
        ("revenue", "NB-BT-001", "JP", "oct"),
    ),
    (
        "Could you kindly tell me which product was the best seller on the UK marketplace in the "
        "last full quarter, and how many units it sold?",
        ("top", "UK", "last_quarter"),
    ),
    (
        "I would be grateful if you could list the three best-selling products on Amazon Germany "
        "so far this month, together with their unit figures.",
        ("top_n", "DE", "this_month", 3),
    ),
    (
        "Which of your marketplaces sold the greatest number of units in September? I should be "
        "grateful for the figure as well as the name of the store.",
        ("top_store", "m:9"),
    ),
    (
        "Could you kindly compare the units sold of the USB mini handheld fan in the United "
        "States and in the United Kingdom over the past thirty days?",
        ("compare", "NB-AP-003", ("US", "UK"), "30d"),
    ),
    (
        "How many milk frothers have been sold across all of your marketplaces since 1 November, "
        "in total rather than store by store?",
        ("units", "NB-AP-004", None, "since:11-01"),
    ),
    (
        "Could you kindly confirm the unit cost we hold on file for the electric milk frother, "
        "that is the factory price per unit rather than per carton?",
        ("cost", "NB-AP-004"),
    ),
    (
        "I would be grateful if you could confirm the landed cost per unit, not the total for the "
        "consignment, of the hand blender delivered into Amazon Germany.",
        ("landed", "NB-AP-002", "DE"),
    ),
    (
        "Could you kindly confirm the margin per unit on the handheld fan as it is currently "
        "priced on Amazon Japan? The client is concerned that it may be too thin.",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "In preparation for the quarterly business review, could you organise a list of any "
        "products that are at present selling at a loss, and by how much per unit?",
        ("losing", None),
    ),
    (
        "Could you kindly confirm the current selling price of the USB handheld fan on "
        "Amazon.co.jp?",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "For the customs paperwork, could you confirm the HS code currently on file for the LED "
        "desk lamp with the three brightness settings?",
        ("hs", "NB-LT-001"),
    ),
    (
        "I understand that customs has suggested a different tariff code for the TPE yoga mat; "
        "could you kindly confirm which code has been proposed?",
        ("hs_proposed", "NB-SP-001"),
    ),
    (
        "The freight forwarder has asked us to chase this: could you let me know which products "
        "do not yet have an HS code recorded against them?",
        ("no_hs",),
    ),
    (
        "Could you kindly confirm the current stock position of the digital kitchen scale at the "
        "UK fulfilment centre, including anything inbound?",
        ("stock", "NB-AP-005", "UK"),
    ),
    (
        "How many units of the mini handheld fan are presently reserved at the UK fulfilment "
        "centre? I would be grateful for the exact figure.",
        ("reserved", "NB-AP-003", "UK"),
    ),
    (
        "Could you confirm how many units of the electric kettle are currently inbound to the "
        "German fulfilment centre, and not yet checked in?",
        ("inbound", "NB-AP-001", "DE"),
    ),
    (
        "I would be grateful if you could tell me how many days of cover we have on the hand "
        "blender in Germany at the current rate of sale.",
        ("cover", "NB-AP-002", "DE"),
    ),
    (
        "Could you kindly confirm which products are currently out of stock on Amazon US, so that "
        "we may pause the advertising on them?",
        ("stockout", "US"),
    ),
    (
        "Could you kindly confirm the listing status of the electric bubble machine on "
        "Amazon.ca? The client was under the impression it had gone live.",
        ("listing", "NB-TY-002", "CA"),
    ),
    (
        "What is the current status of the manual coffee grinder listing on Amazon Australia? A "
        "brief answer would be perfectly fine.",
        ("listing", "NB-KT-008", "AU"),
    ),
    (
        "Could you kindly organise a list of the products that are not yet live on Amazon.fr, so "
        "that I can raise them with the catalogue team?",
        ("not_live", "FR"),
    ),
    (
        "How many listings do we currently hold on Amazon Italy in total? I would be grateful if "
        "you could confirm the number.",
        ("listing_count", "IT"),
    ),
    (
        "Could you confirm whether the solar garden path lights are listed on Amazon Poland, and "
        "if so in what status?",
        ("listing", "NB-GD-001", "PL"),
    ),
    (
        "Are there any proposals still awaiting the seller's approval? Could you kindly confirm "
        "how many remain open?",
        ("proposals",),
    ),
    (
        "The client has asked for an update on logistics: could you kindly confirm which "
        "shipments currently have an open exception?",
        ("exceptions",),
    ),
    (
        "Could you confirm the expected arrival date of shipment SHP-2611-UK-AIR at the UK "
        "fulfilment centre?",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    (
        "I would be grateful if you could confirm which SKUs are contained in shipment "
        "SHP-2610-US-OC.",
        ("ship_contents", "SHP-2610-US-OC"),
    ),
    (
        "How many orders on the US store are still awaiting dispatch? Could you kindly confirm "
        "the number?",
        ("open_orders", "US"),
    ),
    (
        "Could you kindly confirm both the units sold and the total revenue of the kitchen scale "
        "on Amazon US between 1 and 15 November?",
        (
            "both",
            ("units", "NB-AP-005", "US", "range:11-01:11-15"),
            ("revenue", "NB-AP-005", "US", "range:11-01:11-15"),
        ),
    ),
    # --- English: not to be answered with a figure
    (
        "Could you kindly confirm how many units the competing seller on the rival kettle listing "
        "sold last month, so that we may benchmark against them?",
        ("refuse",),
    ),
    (
        "I would be grateful if you could confirm our Buy Box percentage for the kettle on "
        "Amazon.co.uk over the past thirty days.",
        ("refuse",),
    ),
    (
        "Could you kindly reduce the price of the handheld fan on Amazon Japan to 2,480 yen with "
        "immediate effect? The client has approved it.",
        ("refuse",),
    ),
    (
        "Could you confirm the stock level for SKU NB-KT-011 at the US fulfilment centre, please?",
        ("clarify",),
    ),
    (
        "Could you kindly confirm how many units of the lamp were sold in the UK last month?",
        ("clarify",),
    ),
    (
        "Could you confirm the estimated arrival date for shipment SHP-2612-US-AIR? The client "
        "has not been able to trace it.",
        ("clarify",),
    ),
    (
        "Thank you for that. Could you kindly confirm the same figure for Spain as well?",
        ("decline",),
    ),
    # --- Chinese: the factory owner dictating by voice (语音输入), no punctuation
    (
        "喂那个你帮我看一下就是那个烧水壶昨天德国站卖了几个",
        ("units", "NB-AP-001", "DE", "yesterday"),
    ),
    (
        "嗯就是那个浴室的防滑电啊德国那边最近两个礼拜一共卖了多少个你帮我查查",
        ("units", "NB-BT-001", "DE", "14d"),
    ),
    (
        "那个电子称今年到现在美国站一共卖了多少钱就是销售额嗯你帮我算一下",
        ("revenue", "NB-AP-005", "US", "ytd"),
    ),
    (
        "你帮我看下那个奶泡器德国站上个礼拜二有几个订单就是订单数不是件数",
        ("orders", "NB-AP-004", "DE", "lastwd:1"),
    ),
    (
        "嗯黑五那天就是黑色星期五当天那个浴室垫子日本站卖了多少钱",
        ("revenue", "NB-BT-001", "JP", "bfday"),
    ),
    (
        "然后那个料理帮十一月份所有站点加起来一共卖了多少件",
        ("units", "NB-AP-002", None, "nov"),
    ),
    (
        "就是日本站最近七天哪个卖得最好卖了几个你跟我说一下",
        ("top", "JP", "7d"),
    ),
    (
        "那个美国站最近六十天卖得最差的是哪个产品嗯就是卖得最少的那个",
        ("bottom", "US", "60d"),
    ),
    (
        "你帮我列一下美国站最近九十天卖得最好的前五名每个卖了多少件",
        ("top_n", "US", "90d", 5),
    ),
    (
        "那个硅胶锅铲套装我们进货成本是多少钱一套你帮我查一下",
        ("cost", "NB-KT-001"),
    ),
    (
        "嗯小风扇的采购成本还有发到美国的到岸成本分别是多少就是一个的成本啊不是总的",
        ("both", ("cost", "NB-AP-003"), ("landed", "NB-AP-003", "US")),
    ),
    (
        "那个电热水壶发到英国站的到案成本一个是多少钱",
        ("landed", "NB-AP-001", "UK"),
    ),
    (
        "西班牙站那个料理棒现在卖多少钱啊你帮我看一下售价",
        ("price", "NB-AP-002", "ES"),
    ),
    (
        "料理棒报关的那个海关编码是多少就是我们系统里面登记的那个",
        ("hs", "NB-AP-002"),
    ),
    (
        "嗯那个磁力片海关那边建议改成哪个编码你帮我查一下建议的新编码",
        ("hs_proposed", "NB-TY-003"),
    ),
    (
        "打奶泡的那个美国FBA仓现在在库还有几个",
        ("on_hand", "NB-AP-004", "US"),
    ),
    (
        "小风扇所有仓库加起来现在库存一共有多少包括在路上的",
        ("stock", "NB-AP-003", None),
    ),
    (
        "宁波仓里面那个料理棒还有多少件啊",
        ("hub", "NB-AP-002"),
    ),
    (
        "然后英国站那个防滑垫按现在卖的速度还能卖几天",
        ("cover", "NB-BT-001", "UK"),
    ),
    (
        "日本站现在有哪些产品已经段货了就是没货了的你帮我列出来",
        ("stockout", "JP"),
    ),
    (
        "那个奶泡器是不是要补货了嗯哪些站点没货了",
        ("reorder", "NB-AP-004"),
    ),
    (
        "嗯现在哪个产品库存最多就是压货最多的那个有多少件",
        ("top_stock",),
    ),
    (
        "那个木头积木在美国站上家了没有现在是什么状态",
        ("listing", "NB-TY-001", "US"),
    ),
    (
        "墨西哥站还有哪些产品没有上线的你帮我看一下",
        ("not_live", "MX"),
    ),
    (
        "荷兰站我们一共有多少个listing",
        ("listing_count", "NL"),
    ),
    (
        "宠物慢食碗在瑞典站的链接是什么状态啊",
        ("listing", "NB-PT-002", "SE"),
    ),
    (
        "系统现在一共有多少条提醒就是那个发现的问题有几条",
        ("findings",),
    ),
    (
        "嗯现在有哪些货件卡在清官那里了就是海关扣着的",
        ("customs",),
    ),
    (
        "你帮我看一下哪些货件晚了就是延误的那些",
        ("late",),
    ),
    (
        "那个SHP-2610-US-OC什么时候能到啊ETA是几号",
        ("eta", "SHP-2610-US-OC"),
    ),
    (
        "现在还在路上的货件有哪几个就是还没签收的",
        ("in_transit",),
    ),
    (
        "shp-2611-de-oc这一票货一共装了多少件",
        ("ship_units", "SHP-2611-DE-OC"),
    ),
    (
        "料理棒现在在哪几个货件里面你帮我查一下",
        ("ship_for_sku", "NB-AP-002"),
    ),
    (
        "我们店里现在一共有多少个产品啊就是总共几个品",
        ("count",),
    ),
    # --- Chinese: not to be answered with a figure
    (
        "你帮我把那个泡泡机在美国站下架了吧先不卖了",
        ("refuse",),
    ),
    (
        "隔壁老王他们家的保温杯上个月在亚马逊卖了多少你帮我查查",
        ("refuse",),
    ),
    (
        "那个就是上个月美国站的退货率是多少就是退货的比例嗯",
        ("refuse",),
    ),
    (
        "那个灯最近三十天卖了多少个",
        ("clarify",),
    ),
    (
        "NB-HS-009这个货现在德国仓还有多少",
        ("clarify",),
    ),
    (
        "嗯那日本那边呢也一样吗",
        ("decline",),
    ),
]
