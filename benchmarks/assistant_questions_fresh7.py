"""A seventh block of fresh seller questions for the Seller Assistant (issue 16): FRESH_L, 60
questions (40 Chinese, 20 English) typed the way a Ningbo seller and their ops staff write in
WeChat: Chinese-heavy, Chinese numerals and periods (近三十天, 上个礼拜, 十月份, 双十一以来),
stores as they say them (亚马逊德国站, 美亚, 日亚, 英国站, 加拿大, 宁波仓), colloquial product
names (烧水壶, 料理机, 小风扇, 打奶泡的, 磨豆机), mixed Chinese-English ("NB-AP-001 在 DE 的
stock"), typos and homophones (烧水壸, 买了 for 卖了), full-width digits and punctuation, a few in
traditional characters, and 9 questions it must refuse or ask back about (a price change, twice, a
purchase order, a competitor's price, a prediction, two follow-ups with no context, an
ambiguous product, an unknown SKU). Written from the demo business alone (browsed with sqlite3),
the grader's spec kinds and the issue text; never with the assistant's parser or answer code in
view, nor the earlier blocks' question lists.

Specs as in `assistant_questions.py` and the earlier fresh blocks; no new kinds.

Measured once, untouched, with main as it stood when written (main 097f36f;
`assistant_chat.py DB --offline --fresh7 --show-held`; split "freshL", graded strictly), on demos
dated 2026-12-07 and 2027-11-24 (same verdicts on both; no spec needed fixing). Offline,
pass / honest / wrong: 52 / 4 / 4 (86.7% / 6.7% wrong). LLM path (fake model, the 27 scripted
questions): 27 / 0 / 0. The four wrong: "烧水壸上个月德国跟英国比哪个卖得多" (typo of 烧水壶)
summed all products over DE and UK instead of comparing the kettle in each; "SHP-2610-US-OC
到哪了，什么时候到港" answered "没有在途货件" for a shipment held at customs; "现在在路上的货有哪几
票" gave the units in transit, not the shipments (票); "unit cost of the glass food containers?"
answered "No shipment in flight" (containers read as freight). The four honest: two in
traditional characters ("電熱水壺的海關編碼是什麼", "待審批的有幾個") it could not read; "小风扇
在日亚是不是亏本？毛利多少" took the A-not-A 是不是 for a negation; the prediction said it does not
predict and offered past sales, graded as asking back rather than refusing.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_L: list[tuple[str, Spec]] = [
    # --- sales, Chinese periods and stores
    ("烧水壶近三十天在亚马逊德国站卖了多少个？", ("units", "NB-AP-001", "DE", "30d")),
    ("料理机上个礼拜美亚出了几单", ("orders", "NB-AP-002", "US", "last_week")),
    ("日亚本月小风扇销售额多少", ("revenue", "NB-AP-003", "JP", "this_month")),
    ("十月份英国站卖得最好的是哪个？", ("top", "UK", "oct")),
    ("双十一以来哪个站卖得最多", ("top_store", "since:11-11")),
    ("NB-AP-005 日亚 最近１４天买了几件", ("units", "NB-AP-005", "JP", "14d")),
    ("德国站本月一共卖了多少件", ("units", None, "DE", "this_month")),
    ("上个月美亚卖得最好的前三个是哪些", ("top_n", "US", "last_month", 3)),
    ("烧水壸上个月德国跟英国比哪个卖得多", ("compare", "NB-AP-001", ("DE", "UK"), "last_month")),
    ("打奶泡的那个昨天卖了几个", ("units", "NB-AP-004", None, "yesterday")),
    # --- stock, in transit, cover, reserved
    ("NB-AP-001 在 DE 的 stock 还有多少", ("stock", "NB-AP-001", "DE")),
    ("奶泡器美亚还能卖几天？", ("cover", "NB-AP-004", "US")),
    ("电子秤英国仓预留了多少", ("reserved", "NB-AP-005", "UK")),
    ("防滑垫在途的一共多少", ("inbound", "NB-BT-001", None)),
    ("宁波仓还有多少个奶泡器", ("hub", "NB-AP-004")),
    ("日亚那边厨房秤在库还有几个", ("on_hand", "NB-AP-005", "JP")),
    ("美亚哪些断货了？", ("stockout", "US")),
    ("烧水壶哪些站要补货了", ("reorder", "NB-AP-001")),
    # --- shipments
    ("SHP-2610-US-OC 到哪了，什么时候到港", ("eta", "SHP-2610-US-OC")),
    ("现在在路上的货有哪几票", ("in_transit",)),
    ("有没有被海关扣住的货？", ("customs",)),
    ("SHP-2610-US-OC 里装的什么货", ("ship_contents", "SHP-2610-US-OC")),
    ("SHP-2611-DE-OC这票一共多少件", ("ship_units", "SHP-2611-DE-OC")),
    ("料理棒在哪几票货里面", ("ship_for_sku", "NB-AP-002")),
    # --- customs codes, costs, margins, listings, proposals
    ("咖啡磨豆机的海关编码是多少", ("hs", "NB-KT-008")),
    ("電熱水壺的海關編碼是什麼", ("hs", "NB-AP-001")),
    ("烘焙垫新的税号建议是多少", ("hs_proposed", "NB-KT-006")),
    ("小风扇在日亚是不是亏本？毛利多少", ("margin", "NB-AP-003", "JP")),
    ("烧水壶在美亚的到岸成本多少", ("landed", "NB-AP-001", "US")),
    ("磁力片在加拿大上架了没", ("listing", "NB-TY-003", "CA")),
    ("英国站哪些还没上架？", ("not_live", "UK")),
    ("待審批的有幾個", ("proposals",)),
    ("还有多少单没发货", ("open_orders",)),
    # --- to refuse or ask back about (Chinese)
    ("帮我把小风扇日亚的价格改成２８８０日元", ("refuse",)),
    ("给工厂下单补200个烧水壶", ("refuse",)),
    ("竞争对手的料理机在美亚卖多少钱", ("refuse",)),
    ("下个月烧水壶能卖多少件，预测一下", ("refuse",)),
    ("那上个月呢", ("clarify",)),
    ("灯最近卖得怎么样", ("clarify",)),
    ("NB-AP-009 库存还有多少", ("clarify",)),
]

FRESH_L += [
    # --- English
    (
        "how many kettles did we sell on amazon.de last week",
        ("units", "NB-AP-001", "DE", "last_week"),
    ),
    ("hand blender revenue in the US last month?", ("revenue", "NB-AP-002", "US", "last_month")),
    ("best seller in japan this month", ("top", "JP", "this_month")),
    ("which marketplace sold the most in the last 90 days", ("top_store", "90d")),
    ("milk frother stock at FBA UK?", ("stock", "NB-AP-004", "UK")),
    ("days of cover for NB-AP-003 in DE", ("cover", "NB-AP-003", "DE")),
    ("hs code for the coffee grinder", ("hs", "NB-KT-008")),
    ("landed cost of NB-AP-005 in the UK", ("landed", "NB-AP-005", "UK")),
    ("is the bubble machine live in Canada yet?", ("listing", "NB-TY-002", "CA")),
    ("where's SHP-2611-UK-AIR, any ETA?", ("eta", "SHP-2611-UK-AIR")),
    ("any open shipment exceptions?", ("exceptions",)),
    ("how many approvals are waiting on me", ("proposals",)),
    ("which products have no hs code yet", ("no_hs",)),
    ("whats our margin on the fan in japan", ("margin", "NB-AP-003", "JP")),
    ("unit cost of the glass food containers?", ("cost", "NB-KT-003")),
    ("how many kettles inbound to DE", ("inbound", "NB-AP-001", "DE")),
    ("what is the fan listed at on amazon japan", ("price", "NB-AP-003", "JP")),
    ("orders on amazon us in the last 7 days", ("orders", None, "US", "7d")),
    ("change the fan's JP price to 2880 yen", ("refuse",)),
    ("and the week before?", ("clarify",)),
]
