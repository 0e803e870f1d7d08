"""An eighth block of fresh seller questions for the Seller Assistant (issue 16): FRESH_M, 80
questions (40 English, 40 Chinese or mixed), the final out-of-sample measurement of session 8's
code. Typed the way an owner, an ops person and an accountant would ask in a chat box: terse and
chatty, typos (kettel, blendr, recieved, 段货 for 断货), mixed Chinese-English, products by part of
their name, colloquially, by Chinese name or by SKU, stores in many forms (Amazon.com, amazon
germany, FBA-DE, UK warehouse, 美国站, 日亚, 英国仓), relative periods, rankings and comparisons,
shipments by code or by description ("the US ocean shipment", "发英国的那票空运"), HS codes on
file and proposed, listing status, margins and losing money, stock, reserved, inbound, hub,
cover, stock-outs, reorder, landed cost, proposals and findings; and 11 it must refuse or ask back
about (two writes per language: a price change and creating a shipment; another seller's sales,
twice; a prediction; an ambiguous product; an unknown product and an unknown SKU; a follow-up with
no context). Written from the demo business alone (browsed with sqlite3), the grader's spec kinds
and the issue text; never with the assistant's parser or answer code in view, nor the earlier
blocks' question lists.

Specs as in `assistant_questions.py` and the earlier fresh blocks; no new kinds.

One spec was changed before the single run, after checking the truths alone (no answers): the
reserved question moved from the fan in the UK (1 reserved, which the grader's truth spells "1
units reserved") to the kitchen scale there; no spec was changed after measuring.

Measured once, untouched, on main 1429e22 (`assistant_chat.py DB --offline --fresh8
--show-held`; split "freshM", graded strictly), on demos dated 2026-12-07 and 2027-11-24, same
verdicts on both. Offline, pass / honest / wrong: 73 / 4 / 3 (91.2% / 3.8% wrong). LLM path
(fake model, the 29 scripted questions): 29 / 0 / 0. The three wrong: "how many US orders are
still open?" gave the orders of the last 30 days, not the open ones; "哪几票货里有小风扇" named only
SHP-2610-US-OC, not the received SHP-2610-UK-EXP that also carried fans; "帮我建一个发德国的货件，
料理棒100个" (create a shipment) answered with the DE ocean shipment instead of refusing the write.
The four honest: "anything waiting for my approval?" not understood; "英国站哪些段货了" (段货, a
homophone typo of 断货) asked back; the competitor question (Cosori) and the prediction declined
and asked back (intent clarify), graded honest against a refuse spec."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_M: list[tuple[str, Spec]] = [
    # English: sales, rankings, comparisons
    (
        "how many kettles did we sell in the US last month?",
        ("units", "NB-AP-001", "US", "last_month"),
    ),
    ("hand blendr revenue germany past 30 days", ("revenue", "NB-AP-002", "DE", "30d")),
    ("orders on amazon uk yesterday?", ("orders", None, "UK", "yesterday")),
    ("whats our best seller in japan the last 2 weeks", ("top", "JP", "14d")),
    ("Which marketplace sold the most units last week?", ("top_store", "last_week")),
    ("top 3 products on Amazon.com over the last 90 days", ("top_n", "US", "90d", 3)),
    ("NB-AP-005 units sold in November, all stores combined", ("units", "NB-AP-005", None, "nov")),
    (
        "Did the milk frother sell more in the US or in Germany this month?",
        ("compare", "NB-AP-004", ("US", "DE"), "this_month"),
    ),
    # English: costs, customs, listings, margins
    ("what does the coffee grinder cost us to buy?", ("cost", "NB-KT-008")),
    ("hs code on file for the bamboo cutting board", ("hs", "NB-KT-004")),
    ("What customs code did you propose for the cat teaser?", ("hs_proposed", "NB-PT-003")),
    ("which products still have no HS code", ("no_hs",)),
    ("is the wooden blocks listing live in the UK yet?", ("listing", "NB-TY-001", "UK")),
    ("which listings aren't live on amazon japan", ("not_live", "JP")),
    ("are we losing money on anything right now", ("losing", None)),
    ("what's the margin on the mini fan in Japan?", ("margin", "NB-AP-003", "JP")),
    ("What's the landed cost of the electric kettel into the US", ("landed", "NB-AP-001", "US")),
    # English: stock
    ("kettle stock at FBA-DE", ("stock", "NB-AP-001", "DE")),
    (
        "how many of the kitchen scales are reserved in the UK warehouse",
        ("reserved", "NB-AP-005", "UK"),
    ),
    ("inbound units of the hand blender to the UK?", ("inbound", "NB-AP-002", "UK")),
    ("how much of the milk frother is still sitting at the ningbo hub", ("hub", "NB-AP-004")),
    ("days of cover for the kitchen scale in the US?", ("cover", "NB-AP-005", "US")),
    ("what's out of stock in amazon germany", ("stockout", "DE")),
    ("do I need to reorder the kettle?", ("reorder", "NB-AP-001")),
    ("total stock of the bath mat across all warehouses", ("stock", "NB-BT-001", None)),
    # English: shipments
    ("when does SHP-2611-DE-OC arrive", ("eta", "SHP-2611-DE-OC")),
    ("whats in shipment SHP-2611-UK-AIR", ("ship_contents", "SHP-2611-UK-AIR")),
    ("how many units are on the US ocean shipment?", ("ship_units", "SHP-2610-US-OC")),
    ("which shipments are carrying kettles", ("ship_for_sku", "NB-AP-001")),
    ("any shipments stuck in customs?", ("customs",)),
    ("show me shipments with open problems", ("exceptions",)),
    ("what's in transit right now, not recieved yet", ("in_transit",)),
    # English: orders, approvals
    ("how many US orders are still open?", ("open_orders", "US")),
    ("anything waiting for my approval?", ("proposals",)),
    # English: refuse or ask back
    ("raise the kettle price in Germany to 39.99", ("refuse",)),
    ("create a shipment of 200 fans to FBA-US please", ("refuse",)),
    ("how many kettles did Cosori sell on amazon US last month?", ("refuse",)),
    ("how many blenders will we sell next month in the US?", ("refuse",)),
    ("how many of the LED lights did we sell last month?", ("clarify",)),
    ("stock of the air fryer in DE?", ("clarify",)),
    # Chinese: sales, rankings, comparisons
    ("水壶上周在日本卖了多少个", ("units", "NB-AP-001", "JP", "last_week")),
    ("料理棒近7天德国站销售额多少", ("revenue", "NB-AP-002", "DE", "7d")),
    ("英国站这个月出了多少单", ("orders", None, "UK", "this_month")),
    ("美国站近30天卖得最好的是哪个", ("top", "US", "30d")),
    ("上个月哪个站点卖得最多", ("top_store", "last_month")),
    ("德国站过去90天销量前五", ("top_n", "DE", "90d", 5)),
    ("小风扇十月份一共卖了多少件", ("units", "NB-AP-003", None, "oct")),
    ("厨房秤上个月美国和英国哪边卖得多", ("compare", "NB-AP-005", ("US", "UK"), "last_month")),
    # Chinese: costs, customs, listings, margins
    ("保温杯的采购成本是多少", ("cost", "NB-KT-002")),
    ("硅胶锅铲报关用的海关编码是多少", ("hs", "NB-KT-001")),
    ("瑜伽垫建议改成什么HS编码", ("hs_proposed", "NB-SP-001")),
    ("泡泡机在美国站上架了吗", ("listing", "NB-TY-002", "US")),
    ("德国站有哪些listing还没上线", ("not_live", "DE")),
    ("日亚一共有多少个listing", ("listing_count", "JP")),
    ("日本站有没有亏钱的产品", ("losing", "JP")),
    ("料理棒发到德国的落地成本多少", ("landed", "NB-AP-002", "DE")),
    ("我们一共有多少个产品", ("count",)),
    # Chinese: stock
    ("kitchen scale 英国仓 库存还有多少", ("stock", "NB-AP-005", "UK")),
    ("水壶美国仓实际在库多少", ("on_hand", "NB-AP-001", "US")),
    ("打奶泡的在美国被预留了几件", ("reserved", "NB-AP-004", "US")),
    ("风扇发往美国在途的有多少", ("inbound", "NB-AP-003", "US")),
    ("宁波仓的厨房秤还剩多少", ("hub", "NB-AP-005")),
    ("浴室防滑垫在美国还能卖几天", ("cover", "NB-BT-001", "US")),
    ("英国站哪些段货了", ("stockout", "UK")),
    ("料理棒要不要补货", ("reorder", "NB-AP-002")),
    ("哪个产品库存最多", ("top_stock",)),
    # Chinese: shipments
    ("发英国的那票空运什么时候到", ("eta", "SHP-2611-UK-AIR")),
    ("德国海运那票装了什么货", ("ship_contents", "SHP-2611-DE-OC")),
    ("SHP-2610-UK-EXP 一共多少件", ("ship_units", "SHP-2610-UK-EXP")),
    ("哪几票货里有小风扇", ("ship_for_sku", "NB-AP-003")),
    ("现在有货被海关扣了吗", ("customs",)),
    ("有异常的货件有几个", ("exceptions",)),
    ("哪些货件延误了", ("late",)),
    # Chinese: orders, findings
    ("还有多少单没发货", ("open_orders",)),
    ("最近一次巡检发现了几个问题", ("findings",)),
    # Chinese: refuse or ask back
    ("把保温杯在美国站的价格改成19.99", ("refuse",)),
    ("帮我建一个发德国的货件，料理棒100个", ("refuse",)),
    ("隔壁那家卖水壶的上个月卖了多少", ("refuse",)),
    ("那英国呢？", ("clarify",)),
    ("NB-AP-009 还有多少库存", ("clarify",)),
]
