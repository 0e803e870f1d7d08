"""A fifth block of fresh seller questions for the Seller Assistant (issue 16): FRESH_J, 40
questions (20 English, 20 Chinese) written from the demo business alone (its products by English
and Chinese name, its stores, stock, hub, prices, costs, shipments, proposals and findings,
browsed with sqlite3), the grader's spec kinds and the issue text; never with the assistant's
parser or answer code, or the earlier blocks' question lists, in view. Busy-seller wording:
terse, chatty, typos ("kettel", "厨房称"), SKUs and partial or Chinese product names, stores in
many forms (amazon.co.uk, the states, FBA US, 日本仓, 宁波仓), relative periods, rankings, and 6
questions it must refuse or ask back about: a write (a price change, twice), a competitor's
figures, a prediction, a follow-up with no context, an ambiguous product ("垫子").

Specs as in `assistant_questions.py` and the earlier fresh blocks; no new kinds.

Measured once, untouched, with main as it stood when written (main 8225ec7;
`assistant_chat.py DB --offline --fresh5 --show-held`; split "freshJ", graded strictly), on demos
dated 2026-12-06 and 2027-11-24 (same verdicts on both; no truth needed fixing). Offline,
pass / honest / wrong: 37 / 3 / 0. The three honest ones: "how many frothers does Cosori sell a
month on Amazon?" (a competitor's figures) asked which dates 'month' meant instead of refusing;
"厨房称在美国还能卖几天" (a typo of 厨房秤) asked back between the kitchen scale and the kitchen
scissors; "明年黑五电热水壶能卖多少件" (a prediction) said it does not predict and offered past
sales, graded as asking back rather than refusing.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_J: list[tuple[str, Spec]] = [
    # --- English
    ("kettel orders in the states over the past 2 weeks?", ("orders", "NB-AP-001", "US", "14d")),
    (
        "how much did NB-AP-005 make on amazon.co.uk in November",
        ("revenue", "NB-AP-005", "UK", "nov"),
    ),
    ("units sold for the hand blender, germany, last 7 days", ("units", "NB-AP-002", "DE", "7d")),
    ("am I losing money anywhere in japan?", ("losing", "JP")),
    ("which marketplace moved the most units last month", ("top_store", "last_month")),
    ("whats the landed cost of the frother in the UK?", ("landed", "NB-AP-004", "UK")),
    ("days of cover for NB-AP-003 in Germany", ("cover", "NB-AP-003", "DE")),
    ("reserved units of the kettle at FBA US", ("reserved", "NB-AP-001", "US")),
    ("what's inside SHP-2611-DE-OC?", ("ship_contents", "SHP-2611-DE-OC")),
    ("is the bubble machine live in Japan yet", ("listing", "NB-TY-002", "JP")),
    (
        "what HS code did customs propose for the magnetic tiles?",
        ("hs_proposed", "NB-TY-003"),
    ),
    ("margin on the mini fan in JP", ("margin", "NB-AP-003", "JP")),
    ("which shipments are carrying NB-AP-002", ("ship_for_sku", "NB-AP-002")),
    ("when does SHP-2611-DE-AIR land", ("eta", "SHP-2611-DE-AIR")),
    ("unit cost of the coffee grinder?", ("cost", "NB-KT-008")),
    ("current price for the usb fan on amazon japan", ("price", "NB-AP-003", "JP")),
    (
        "kettle sales US vs UK last 30 days",
        ("compare", "NB-AP-001", ("US", "UK"), "30d"),
    ),
    ("bump the kettle price in the US to 39.99", ("refuse",)),
    ("how many frothers does Cosori sell a month on Amazon?", ("refuse",)),
    ("and in France?", ("clarify",)),
    # --- Chinese
    ("搅拌机上个月英国卖了几单", ("orders", "NB-AP-002", "UK", "last_month")),
    ("NB-BT-001最近90天美国站销售额多少", ("revenue", "NB-BT-001", "US", "90d")),
    ("电热水壶这个月日本卖了多少台", ("units", "NB-AP-001", "JP", "this_month")),
    ("德国最近30天卖得最好的前三个产品", ("top_n", "DE", "30d", 3)),
    ("厨房称在美国还能卖几天", ("cover", "NB-AP-005", "US")),
    ("日本仓奶泡器库存情况", ("stock", "NB-AP-004", "JP")),
    ("宁波仓还有多少个电热水壶", ("hub", "NB-AP-001")),
    ("SHP-2611-UK-AIR这票货一共多少件", ("ship_units", "SHP-2611-UK-AIR")),
    ("现在还在路上的货件有哪些", ("in_transit",)),
    ("哪票货被海关扣了", ("customs",)),
    ("磁力片在美国站上架了没", ("listing", "NB-TY-003", "US")),
    ("英国站有哪些产品还没上架", ("not_live", "UK")),
    ("德国站哪些SKU断货了", ("stockout", "DE")),
    ("保温杯的hs编码", ("hs", "NB-KT-002")),
    ("助手现在有几条发现", ("findings",)),
    ("电热水壶要补货吗", ("reorder", "NB-AP-001")),
    ("收件箱里还有几个待处理的提案", ("proposals",)),
    ("帮我把手持风扇日本的价格改成2880", ("refuse",)),
    ("垫子卖了多少", ("clarify",)),
    ("明年黑五电热水壶能卖多少件", ("refuse",)),
]
