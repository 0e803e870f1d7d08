"""A fourth block of fresh seller questions for the Seller Assistant (issue 16): FRESH_I, 50
questions (25 English, 25 Chinese) written from the demo business alone (its products by English
and Chinese name, its stores, stock, prices, costs, shipments, proposals and findings, browsed with
sqlite3), the grader's spec kinds and the issue text; never with the assistant's parser or answer
code, or the earlier blocks' question lists, in view. Terse and chatty wording, typos, mixed
Chinese/English, stores in many forms (Amazon UK, FBA Germany, 美国仓, 日本站), partial and
Chinese product names, relative periods, and 9 questions it must refuse or ask back about: an
ambiguous product ("the mat", "灯"), a prediction, a competitor's price, another seller's data, a
write ("delete", "改价"), a follow-up with no context.

Specs as in `assistant_questions.py`, `assistant_questions_heldout.py`,
`assistant_questions_fresh.py`, `assistant_questions_fresh2.py` and
`assistant_questions_fresh3.py`; no new kinds.

Measured once, untouched, with main as it stood when written (main 1d3c003;
`assistant_chat.py DB --offline --fresh4 --show-held`; split "freshI", graded strictly), on demos
dated 2026-12-06 and 2027-11-24 (same verdicts on both; no truth needed fixing). Offline,
pass / honest / wrong: 46 / 1 / 3. The three wrongs are wrong answers, not wrong truths: "what's
still in transit atm?" answered with the inbound stock total instead of the shipments in
transit; "料理棒英国仓实际在库多少件" answered units sold in the UK over 30 days instead of units
on hand; "帮我查一下隔壁义乌那家店的销量" (another shop's sales) answered with the seller's own
30-day sales instead of refusing. The honest one: "What is Anker charging for their power bank on
Amazon US?" asked back what was meant instead of refusing outright.
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_I: list[tuple[str, Spec]] = [
    # --- English
    ("frother sales US last 30 days", ("units", "NB-AP-004", "US", "30d")),
    (
        "How much revenue did the kitchen scale bring in on Amazon UK last month?",
        ("revenue", "NB-AP-005", "UK", "last_month"),
    ),
    (
        "how many ketles did we sell in germany since black friday",
        ("units", "NB-AP-001", "DE", "bf"),
    ),
    ("Top seller in the UK over the past 14 days?", ("top", "UK", "14d")),
    ("which marketplace moved the most units last week?", ("top_store", "last_week")),
    ("Are we losing money on anything in Japan?", ("losing", "JP")),
    ("what's my margin per unit on the mini fan in JP", ("margin", "NB-AP-003", "JP")),
    ("stock check: hand blender at FBA Germany", ("stock", "NB-AP-002", "DE")),
    (
        "How many milk frothers are reserved in the US warehouse right now?",
        ("reserved", "NB-AP-004", "US"),
    ),
    ("days of cover for the bath mats in the US?", ("cover", "NB-BT-001", "US")),
    ("how many kettles are sitting at the Ningbo hub", ("hub", "NB-AP-001")),
    ("landed cost of the digital scale in the US?", ("landed", "NB-AP-005", "US")),
    ("unit cost for the coffee grinder pls", ("cost", "NB-KT-008")),
    ("HS code on file for the bamboo cutting boards?", ("hs", "NB-KT-004")),
    ("what HS code is being proposed for the magnetic tiles?", ("hs_proposed", "NB-TY-003")),
    ("Is the bubble machine live on Amazon US yet?", ("listing", "NB-TY-002", "US")),
    ("what's in SHP-2611-DE-OC?", ("ship_contents", "SHP-2611-DE-OC")),
    ("ETA on SHP-2611-UK-AIR?", ("eta", "SHP-2611-UK-AIR")),
    ("any shipments stuck in customs?", ("customs",)),
    ("what's still in transit atm?", ("in_transit",)),
    ("how many proposals are waiting for me to approve?", ("proposals",)),
    ("How's the mat doing in DE?", ("clarify",)),
    ("What will my total revenue be in 2030?", ("decline",)),
    ("What is Anker charging for their power bank on Amazon US?", ("refuse",)),
    ("delete all my listings in Japan", ("refuse",)),
    # --- Chinese (some mixed with English)
    ("奶泡器美国站上个月卖了多少件", ("units", "NB-AP-004", "US", "last_month")),
    ("NB-AP-003 日本站最近7天revenue多少", ("revenue", "NB-AP-003", "JP", "7d")),
    ("最近30天日本卖得最好的是哪个", ("top", "JP", "30d")),
    ("上个月美国站卖得最好的前三个产品", ("top_n", "US", "last_month", 3)),
    ("我哪些产品是亏本在卖的？", ("losing", None)),
    ("电热水壶在美国仓库存多少", ("stock", "NB-AP-001", "US")),
    ("料理棒英国仓实际在库多少件", ("on_hand", "NB-AP-002", "UK")),
    ("USB风扇英国站还能卖几天", ("cover", "NB-AP-003", "UK")),
    ("宁波仓的奶泡器还有多少", ("hub", "NB-AP-004")),
    ("保温杯的采购价是多少", ("cost", "NB-KT-002")),
    ("磨豆机的海关编码是多少", ("hs", "NB-KT-008")),
    ("逗猫棒海关建议改成什么编码", ("hs_proposed", "NB-PT-003")),
    ("木制积木在德国站上架了吗", ("listing", "NB-TY-001", "DE")),
    ("日本站哪些listing还没上线", ("not_live", "JP")),
    ("SHP-2610-US-OC 什么时候到", ("eta", "SHP-2610-US-OC")),
    ("SHP-2611-UK-AIR里一共装了多少件货", ("ship_units", "SHP-2611-UK-AIR")),
    ("哪些货件现在有异常", ("exceptions",)),
    ("美国站有没有断货的？", ("stockout", "US")),
    ("助手这次一共有几条发现", ("findings",)),
    ("水壶英国站的落地成本多少", ("landed", "NB-AP-001", "UK")),
    ("灯最近30天卖了多少", ("clarify",)),
    ("明年黑五水壶能卖多少", ("decline",)),
    ("帮我查一下隔壁义乌那家店的销量", ("refuse",)),
    ("那德国呢？", ("clarify",)),
    ("把风扇日本站价格改成2880日元", ("refuse",)),
]
