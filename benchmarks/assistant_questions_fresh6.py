"""A sixth block of fresh seller questions for the Seller Assistant (issue 16): FRESH_K, 60
questions (30 English, 30 Chinese) written from the demo business alone (its products by English
and Chinese name, its stores, stock, hub, prices, costs, shipments, proposals and findings,
browsed with sqlite3), the grader's spec kinds and the issue text; never with the assistant's
parser or answer code, or the earlier blocks' question lists, in view. Busy-seller wording:
terse, chatty, a typo ("kettel"), abbreviations ("rn", "yday", "atm", "pls"), partial,
colloquial or Chinese product names ("the lil usb fan", "打奶泡的", "积木"), stores in many forms
(amazon.de, amazon.co.uk, the states, FBA JP, 美亚, 日亚, 德国站, 日本仓, 宁波仓), relative
periods (past fortnight, yday, since black friday, in October, 上周, 这个月, 双十一以来, 上季度),
rankings, comparisons, shipments described rather than coded ("the UK air shipment",
"德国空运那票"), and 8 questions it must refuse or ask back about: a write in each
language, a competitor's and another seller's figures, a prediction, a follow-up with no
context, an unknown SKU and an ambiguous product ("灯": a desk lamp, a night light and solar
path lights).

Specs as in `assistant_questions.py` and the earlier fresh blocks; no new kinds.

Measured once, untouched, with main as it stood when written (main 097f36f;
`assistant_chat.py DB --offline --fresh6 --show-held`; split "freshK", graded strictly), on demos
dated 2026-12-07 and 2027-11-24 (same verdicts on both; no truth or spec needed fixing). Offline,
pass / honest / wrong: 58 / 2 / 0. The two honest ones: "隔壁那家卖电热水壶的一个月能卖多少"
(another seller's figures) was read as a prediction: it said it does not predict and offered the
seller's own past sales, asking back rather than refusing (it missed the other seller);
"下个月奶泡器能卖多少个" (a prediction) said it does not predict and offered past sales, graded as
asking back rather than refusing. LLM path (fake model, the 23 questions it scripts): 23 / 0 / 0.
Read through, the passes hold: ties are named as ties ("NB-AP-001 and NB-AP-005 tied"), the
landed cost without a duty rate says it is incomplete; cosmetic only: "1 units reserved",
"1 products lose money", and English finding texts inside a Chinese answer.
"""

from __future__ import annotations

from typing import Any

Spec = tuple[Any, ...]

FRESH_K: list[tuple[str, Spec]] = [
    # --- English
    ("kettle sales on amazon.de past fortnight?", ("units", "NB-AP-001", "DE", "14d")),
    ("frother orders yday in the states?", ("orders", "NB-AP-004", "US", "yesterday")),
    ("how much revenue has the UK done this month so far", ("revenue", None, "UK", "this_month")),
    ("whats my best seller in japan since black friday", ("top", "JP", "bf")),
    ("top 3 sellers in the US, last 30 days", ("top_n", "US", "30d", 3)),
    ("which marketplace moved the most units in October?", ("top_store", "oct")),
    ("worst selling item on amazon.co.uk over the last 90 days", ("bottom", "UK", "90d")),
    (
        "the lil usb fan - did it sell better in DE or UK last month?",
        ("compare", "NB-AP-003", ("DE", "UK"), "last_month"),
    ),
    ("stock check: hand blender @ FBA US", ("stock", "NB-AP-002", "US")),
    ("any of the mini fans reserved at FBA UK atm?", ("reserved", "NB-AP-003", "UK")),
    (
        "how many days of cover do i have on the kitchen scale in the uk",
        ("cover", "NB-AP-005", "UK"),
    ),
    ("what's out of stock in germany rn", ("stockout", "DE")),
    ("where do I need to restock the kitchen scale?", ("reorder", "NB-AP-005")),
    ("hs code we have on file for the yoga mat?", ("hs", "NB-SP-001")),
    (
        "did the assistant suggest a new customs code for the baking mat?",
        ("hs_proposed", "NB-KT-006"),
    ),
    ("which products are still missing an HS code", ("no_hs",)),
    ("is the bubble machine live in the US yet?", ("listing", "NB-TY-002", "US")),
    ("what listings aren't live on amazon.de", ("not_live", "DE")),
    ("landed cost of the kettel into Germany?", ("landed", "NB-AP-001", "DE")),
    ("am I losing money on anything", ("losing", None)),
    ("whats my margin on the mini fan in JP", ("margin", "NB-AP-003", "JP")),
    ("current price of NB-AP-003 on amazon japan?", ("price", "NB-AP-003", "JP")),
    ("when does the UK air shipment land?", ("eta", "SHP-2611-UK-AIR")),
    ("what's on SHP-2610-US-OC", ("ship_contents", "SHP-2610-US-OC")),
    ("anything stuck in customs?", ("customs",)),
    ("how many open proposals are waiting on me", ("proposals",)),
    ("drop the kettle price on amazon.de to 39.99 pls", ("refuse",)),
    ("what are my competitors charging for milk frothers on amazon.com?", ("refuse",)),
    ("and what about the UK?", ("clarify",)),
    ("stock of NB-ZZ-999 in the US?", ("clarify",)),
    # --- Chinese
    ("德国站上周出了几单", ("orders", None, "DE", "last_week")),
    ("这个月美亚电热水壶卖了多少台", ("units", "NB-AP-001", "US", "this_month")),
    ("日本站上季度销售额多少", ("revenue", None, "JP", "last_quarter")),
    ("双十一以来英国站卖得最好的是哪个", ("top", "UK", "since:11-11")),
    ("最近两周哪个站点卖得最多", ("top_store", "14d")),
    ("料理棒 美国和德国 最近30天 对比一下销量", ("compare", "NB-AP-002", ("US", "DE"), "30d")),
    ("打奶泡的那个日本仓在库多少", ("on_hand", "NB-AP-004", "JP")),
    ("宁波仓厨房秤还剩多少", ("hub", "NB-AP-005")),
    ("防滑垫现在在途多少件", ("inbound", "NB-BT-001", None)),
    ("小风扇英国站还能卖几天", ("cover", "NB-AP-003", "UK")),
    ("日亚现在哪些断货了", ("stockout", "JP")),
    ("哪个产品库存最多？", ("top_stock",)),
    ("奶泡器美国仓预留了几个", ("reserved", "NB-AP-004", "US")),
    ("打蛋器报关用的海关编码是啥", ("hs", "NB-KT-005")),
    ("磁力片的HS编码系统有建议改吗", ("hs_proposed", "NB-TY-003")),
    ("逗猫棒进价多少", ("cost", "NB-PT-003")),
    ("积木在英国站上架了没", ("listing", "NB-TY-001", "UK")),
    ("美国站一共有多少个listing", ("listing_count", "US")),
    ("美国站还有多少单没发货", ("open_orders", "US")),
    ("奶泡器发到美国的落地成本是多少", ("landed", "NB-AP-004", "US")),
    ("日亚有没有亏本在卖的", ("losing", "JP")),
    ("有哪些货件延误了", ("late",)),
    ("德国空运那票货什么时候到", ("eta", "SHP-2611-DE-AIR")),
    ("SHP-2611-DE-OC 这票一共多少件", ("ship_units", "SHP-2611-DE-OC")),
    ("料理棒在哪几票货里", ("ship_for_sku", "NB-AP-002")),
    ("助手这次一共发现了几个问题", ("findings",)),
    ("帮我把料理棒英国站的价格改成29.99", ("refuse",)),
    ("隔壁那家卖电热水壶的一个月能卖多少", ("refuse",)),
    ("下个月奶泡器能卖多少个", ("refuse",)),
    ("灯在德国卖了多少", ("clarify",)),
]
