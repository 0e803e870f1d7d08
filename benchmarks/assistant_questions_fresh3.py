"""A third block of fresh seller questions for the Seller Assistant (issue 16): FRESH_H, 70
questions (35 English, 35 Chinese) written from the demo business alone (its products by English
and Chinese name, its stores, stock, prices, costs, shipments, proposals and findings, browsed with
sqlite3), the grader's spec kinds and the issue text; never with the assistant's parser or answer
code, or the earlier blocks' question lists, in view. Terse and chatty wording, typos, mixed
Chinese/English, store names in many forms (the States, Amazon.de, GB, 日本站, 美国站), partial
and Chinese product names, relative periods, and 10 questions (about 15%) it must refuse or ask
back about: an ambiguous product, another seller's data, competitor prices, the future, a
follow-up with no context.

Specs as in `assistant_questions.py`, `assistant_questions_heldout.py`,
`assistant_questions_fresh.py` and `assistant_questions_fresh2.py`, plus
(`assistant_truth_fresh3.py` computes them):

("on_hand", sku, store)     units physically on hand at the store's warehouse
("ship_contents", code)     the SKUs a shipment carries (naming another shipment's SKU is wrong)

Period added: "since:MM-DD" (from that day, the latest not after today, to today).
Measured once, untouched, with main as it stood when written (main 9fc40d9;
`assistant_chat.py DB --offline --fresh3 --show-held`; split "freshH", graded strictly), on demos
dated 2026-12-07 and 2027-11-24 (same verdicts on both; no truth needed fixing). Offline,
pass / honest / wrong: 58 / 10 / 2. Both wrongs are wrong answers, not wrong truths: "What price
is the USB fan listed at in Japan?" answered with the listing status, and "哪些货件里有料理棒"
listed all four shipments in transit (two do not carry NB-AP-002) under the filter sku=NB-AP-002.
Then tuned on (issue 16, branch s7-chat2: whole-word product names, depots by Chinese city name,
'listed at' price, 'move' = units sold, 亏多少 = margin, quoted seller names refused, terse
'kettle DE 30d'): 69 / 1 / 0 on demos dated 2026-12-06 and 2027-11-24; it is no longer unseen.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_H: list[tuple[str, Spec]] = [
    # --- English
    ("kettle DE 30d?", ("units", "NB-AP-001", "DE", "30d")),
    (
        "How many frohters did we move in the States last week?",
        ("units", "NB-AP-004", "US", "last_week"),
    ),
    (
        "revenue for the immersion blender on Amazon.de this month",
        ("revenue", "NB-AP-002", "DE", "this_month"),
    ),
    (
        "How many orders came in for the hand blendr in Japan over the past 2 weeks?",
        ("orders", "NB-AP-002", "JP", "14d"),
    ),
    (
        "hey, quick one - what did the mini fan bring in on the UK store in November?",
        ("revenue", "NB-AP-003", "UK", "nov"),
    ),
    ("bath mat units yesterday, all stores", ("units", "NB-BT-001", None, "yesterday")),
    ("what sold best in Germany last month?", ("top", "DE", "last_month")),
    ("top 3 sellers in JP, last 30 days", ("top_n", "JP", "30d", 3)),
    ("What's my unit margin on the mini fan in Japan?", ("margin", "NB-AP-003", "JP")),
    ("am I losing money on anything?", ("losing", None)),
    (
        "How many kettles are physically sitting in the German FBA warehouse right now?",
        ("on_hand", "NB-AP-001", "DE"),
    ),
    ("reserved qty for the stick blender at FBA US?", ("reserved", "NB-AP-002", "US")),
    ("how much milk frother stock is on its way to the UK", ("inbound", "NB-AP-004", "UK")),
    (
        "How many days of cover do I have left on the hand blender in Germany?",
        ("cover", "NB-AP-002", "DE"),
    ),
    ("how many bath mats are still at the China hub?", ("hub", "NB-BT-001")),
    ("What price is the USB fan listed at in Japan?", ("price", "NB-AP-003", "JP")),
    ("what do we pay the factory for the coffee grinder?", ("cost", "NB-KT-008")),
    ("landed cost per unit, stick blender into Germany", ("landed", "NB-AP-002", "DE")),
    ("HS code on file for the jump rope?", ("hs", "NB-SP-002")),
    ("what HS code is customs proposing for the magnetic tiles", ("hs_proposed", "NB-TY-003")),
    ("Is the bubble machine live on Amazon France?", ("listing", "NB-TY-002", "FR")),
    ("Which of my Italy listings aren't live yet?", ("not_live", "IT")),
    ("where's SHP-2611-UK-AIR at, when does it land?", ("eta", "SHP-2611-UK-AIR")),
    ("is anything stuck in customs right now?", ("customs",)),
    ("what's packed in SHP-2610-US-OC?", ("ship_contents", "SHP-2610-US-OC")),
    ("which shipments are carrying kettles?", ("ship_for_sku", "NB-AP-001")),
    (
        "Compare milk frother sales US vs DE last month",
        ("compare", "NB-AP-004", ("US", "DE"), "last_month"),
    ),
    (
        "How many units of NB-AP-003 did the GB shop sell since 11/10?",
        ("units", "NB-AP-003", "UK", "since:11-10"),
    ),
    ("Which SKUs are out of stock in the US store?", ("stockout", "US")),
    ("sales of the USB thing in the UK last month?", ("clarify",)),
    ("What are my competitors charging for electric kettles on Amazon US?", ("refuse",)),
    ("how many lamps did I sell last month?", ("clarify",)),
    ("How many kettles will I sell in Germany next month?", ("decline",)),
    ('pull up last month\'s US sales for the seller "Brightway Home"', ("refuse",)),
    ("and what about Japan?", ("clarify",)),
    # --- Chinese
    ("电热水壶 美国站 上个月卖了几件", ("units", "NB-AP-001", "US", "last_month")),
    ("料理棒德国最近两周出了多少单", ("orders", "NB-AP-002", "DE", "14d")),
    ("日本站这个月小风扇的销售额是多少", ("revenue", "NB-AP-003", "JP", "this_month")),
    ("奶泡器英国近7天销量", ("units", "NB-AP-004", "UK", "7d")),
    ("厨房秤黑五以来在美国卖了多少个", ("units", "NB-AP-005", "US", "bf")),
    ("最近30天哪个产品卖得最好？", ("top", None, "30d")),
    ("美国站过去90天销量前三的产品", ("top_n", "US", "90d", 3)),
    ("哪个站点最近30天卖得最多", ("top_store", "30d")),
    ("德国站还有多少单没发货", ("open_orders", "DE")),
    ("手持风扇在日本每卖一件亏多少钱", ("margin", "NB-AP-003", "JP")),
    ("有哪些产品在亏本卖", ("losing", None)),
    ("电热水壶德国仓现在库存多少", ("stock", "NB-AP-001", "DE")),
    ("料理棒美国仓预留了多少件", ("reserved", "NB-AP-002", "US")),
    ("发往日本的奶泡器在途有多少", ("inbound", "NB-AP-004", "JP")),
    ("迷你风扇英国站的库存还够卖多少天", ("cover", "NB-AP-003", "UK")),
    ("宁波仓里还有多少个电动奶泡器", ("hub", "NB-AP-004")),
    ("NB-PH-002的进货价多少", ("cost", "NB-PH-002")),
    ("奶泡器到英国的落地成本是多少", ("landed", "NB-AP-004", "UK")),
    ("瑜伽垫的海关编码是什么", ("hs", "NB-SP-001")),
    ("逗猫棒的HS编码系统建议改成什么？", ("hs_proposed", "NB-PT-003")),
    ("积木在日本站上架了吗", ("listing", "NB-TY-001", "JP")),
    ("加拿大站哪些listing还没上线", ("not_live", "CA")),
    ("SHP-2611-DE-AIR什么时候到", ("eta", "SHP-2611-DE-AIR")),
    ("还在路上的货件有哪些", ("in_transit",)),
    ("SHP-2610-UK-EXP这票货一共多少件", ("ship_units", "SHP-2610-UK-EXP")),
    ("哪些货件里有料理棒", ("ship_for_sku", "NB-AP-002")),
    ("助手这次一共发现了多少个问题", ("findings",)),
    ("待我审批的提案有几个", ("proposals",)),
    ("kettle 在 JP 的 listing 状态?", ("listing", "NB-AP-001", "JP")),
    ("mini fan 英国 上个月 revenue 多少", ("revenue", "NB-AP-003", "UK", "last_month")),
    ("帮我查一下隔壁卖家的水壶卖了多少", ("refuse",)),
    ("灯上个月卖了多少？", ("clarify",)),
    ("下个月德国能卖多少个奶泡器", ("decline",)),
    ("竞争对手的厨房秤在亚马逊日本卖多少钱", ("refuse",)),
    ("那英国呢？", ("clarify",)),
]
