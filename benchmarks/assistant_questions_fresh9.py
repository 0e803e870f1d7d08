"""A ninth block of fresh seller questions for the Seller Assistant (issue 16): FRESH_N, 80
questions (40 English, 40 Chinese or mixed), the final out-of-sample measurement of this round's
code. Typed as different users would: an owner on the phone (short, no punctuation: "fan stock
uk", "水壶这周卖了多少"), an ops person (SKUs, FBA-UK, SHP-... codes, the Ningbo hub), a finance
person (unit and landed cost, margin, revenue by store and currency), a new hire (polite, wordy,
unsure of names: "some kind of milk foamer"), a Hong Kong / Taiwan colleague (traditional
characters, Cantonese 邊隻/同), and mixed Chinese-English ("防滑垫要不要 reorder"). Covers sales
units / orders / revenue by product, store and period, top / top_n / top_store, compare, stock,
on hand, reserved, inbound, hub, cover, stock-outs, reorder, top stock, HS on file / proposed /
missing, cost, landed cost, price, margin, losing money, listing status, listing count, not-live,
open orders, shipment ETA / contents / units / carrying a SKU, customs holds, late, exceptions, in
transit, proposals, findings, product count; and 11 it must refuse or ask back about (writes: a
price change, approving proposals, creating a shipment, deleting a listing; a competitor's and
another seller's sales; a prediction; an ambiguous product (收纳, three storage products); a
follow-up with no context; an unknown SKU and an unknown product). Written from the demo business
alone (browsed with sqlite3), the grader's spec kinds and the issue text; never with the
assistant's parser or answer code in view, nor the earlier blocks' question lists.

Specs as in `assistant_questions.py` and the earlier fresh blocks; no new kinds.

Two specs were changed before the single run, after checking the truths alone (no answers): both
cover questions moved to a SKU and store with stock on both demo dates (NB-AP-002 in DE, the fan
in the UK), since an out-of-stock pair's truth is the bare figure "0.0".

Measured once, untouched, on main d7f0b75 (merged into this branch; `assistant_chat.py DB
--offline --fresh9 --show-held`; split "freshN", graded strictly), on demos dated 2026-12-07 and
2027-11-24. Offline, pass / honest / wrong: 74 / 4 / 2 (92.5% / 2.5% wrong) on 2026-12-07 and
75 / 4 / 1 (93.8% / 1.2% wrong) on 2027-11-24. LLM path (fake model, the 33 scripted questions,
2026-12-07): 33 / 0 / 0. The one difference between the dates is a grader artefact: "us orders
yesterday" answered for all stores (lower-case "us" not read as the US store) on both dates, and
on 2027-11-24 its per-SKU line "NB-AP-001 3 orders" happens to hold the US truth "3 orders";
read as it should be, it is wrong on both (74 / 4 / 2 each). The other wrong:
"把日本站的泡泡机listing删掉" (delete a listing) answered with the listing's status instead of
refusing the write. The four honest, on both dates: "On-hand for NB-AP-005 at FBA-UK?" (On-hand
not understood, asked back); "哪些货晚了" (货 for shipment, not understood); "邊隻貨庫存最多"
(Cantonese "which item", read as a product name and asked back); "下个月料理棒能卖多少" (a
prediction: declined, pointed to the forecast page and asked back, intent clarify, graded honest
against a refuse spec: right behaviour). No spec was changed after measuring."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_N: list[tuple[str, Spec]] = [
    # --- English: the owner on the phone (short, no punctuation)
    ("kettle sales last 7 days", ("units", "NB-AP-001", None, "7d")),
    ("top seller this month", ("top", None, "this_month")),
    ("us orders yesterday", ("orders", None, "US", "yesterday")),
    ("fan stock uk", ("stock", "NB-AP-003", "UK")),
    ("blender revenue germany last month", ("revenue", "NB-AP-002", "DE", "last_month")),
    ("whats losing money", ("losing", None)),
    ("best store last 30 days", ("top_store", "30d")),
    ("anything need my approval", ("proposals",)),
    # --- English: ops (SKUs, warehouse and shipment codes)
    ("On-hand for NB-AP-005 at FBA-UK?", ("on_hand", "NB-AP-005", "UK")),
    ("inbound NB-AP-001 FBA-US", ("inbound", "NB-AP-001", "US")),
    ("What's in SHP-2611-DE-OC?", ("ship_contents", "SHP-2611-DE-OC")),
    ("total units on SHP-2610-US-OC", ("ship_units", "SHP-2610-US-OC")),
    ("ETA SHP-2611-UK-AIR", ("eta", "SHP-2611-UK-AIR")),
    ("Which shipments have NB-AP-002 on them?", ("ship_for_sku", "NB-AP-002")),
    ("NB-BT-001 reserved at FBA-DE", ("reserved", "NB-BT-001", "DE")),
    ("How many NB-AP-004 are sitting at the Ningbo hub?", ("hub", "NB-AP-004")),
    ("days of cover for NB-AP-002 in DE", ("cover", "NB-AP-002", "DE")),
    ("Which SKUs are stocked out at FBA-JP?", ("stockout", "JP")),
    ("which shipment is held at customs", ("customs",)),
    ("list all open shipment exceptions", ("exceptions",)),
    ("Which SKUs have no HS code on file?", ("no_hs",)),
    ("do we need to reorder the milk frother", ("reorder", "NB-AP-004")),
    ("which SKU has the most stock overall", ("top_stock",)),
    ("open orders US", ("open_orders", "US")),
    # --- English: finance (costs, landed cost, margins, revenue)
    ("unit cost of the coffee grinder?", ("cost", "NB-KT-008")),
    ("landed cost of the kitchen scale into the US", ("landed", "NB-AP-005", "US")),
    ("margin on the handheld fan in Japan", ("margin", "NB-AP-003", "JP")),
    ("Total UK revenue last month in GBP", ("revenue", None, "UK", "last_month")),
    ("What did Amazon US bring in over the last 90 days?", ("revenue", None, "US", "90d")),
    ("current price NB-AP-003 Amazon JP", ("price", "NB-AP-003", "JP")),
    ("Are we selling anything below cost in Japan?", ("losing", "JP")),
    # --- English: a new hire (polite, wordy, unsure of names)
    (
        "Hi! I'm new on the team. Could you please tell me how many products we have in our "
        "catalogue?",
        ("count",),
    ),
    (
        "Sorry to bother you, what customs code do we declare for the bamboo cutting boards?",
        ("hs", "NB-KT-004"),
    ),
    (
        "I think we sell some kind of milk foamer? How many of those did we sell in Germany in "
        "the last 30 days, roughly?",
        ("units", "NB-AP-004", "DE", "30d"),
    ),
    (
        "Could you check whether the bubble machine is already live on Amazon France, please?",
        ("listing", "NB-TY-002", "FR"),
    ),
    # --- English: refuse or ask back
    ("change the kettle price in the US to 29.99", ("refuse",)),
    ("approve all the customs code proposals", ("refuse",)),
    ("how much is Cosori charging for their kettle on amazon", ("refuse",)),
    ("and in germany?", ("clarify",)),
    ("how many NB-KT-099 do we have left", ("decline",)),
    # --- Chinese: the owner on the phone
    ("水壶这周卖了多少", ("units", "NB-AP-001", None, "this_week")),
    ("昨天美国站多少单", ("orders", None, "US", "yesterday")),
    ("上个月哪个站卖得最好", ("top_store", "last_month")),
    ("料理棒德国还有多少货", ("stock", "NB-AP-002", "DE")),
    ("最近30天卖得最好的三个", ("top_n", None, "30d", 3)),
    ("有没有亏钱的", ("losing", None)),
    ("哪些货晚了", ("late",)),
    ("待审批的有几个", ("proposals",)),
    # --- Chinese: ops
    ("NB-AP-003 美国仓在途多少", ("inbound", "NB-AP-003", "US")),
    ("FBA-UK 的 NB-AP-005 在库数量", ("on_hand", "NB-AP-005", "UK")),
    ("SHP-2611-DE-AIR 里装的什么", ("ship_contents", "SHP-2611-DE-AIR")),
    ("SHP-2610-US-OC 什么时候到", ("eta", "SHP-2610-US-OC")),
    ("哪些货件里有 NB-AP-001", ("ship_for_sku", "NB-AP-001")),
    ("宁波仓电热水壶还有多少", ("hub", "NB-AP-001")),
    ("德国仓哪些断货了", ("stockout", "DE")),
    ("哪些货件还在路上", ("in_transit",)),
    ("哪票货被海关扣了", ("customs",)),
    ("风扇英国仓还能卖几天", ("cover", "NB-AP-003", "UK")),
    # --- Chinese: finance
    ("手持风扇的采购成本", ("cost", "NB-AP-003")),
    ("电热水壶发美国的到岸成本是多少", ("landed", "NB-AP-001", "US")),
    ("上个月德国站营业额多少欧元", ("revenue", None, "DE", "last_month")),
    ("日本站风扇现在卖多少钱", ("price", "NB-AP-003", "JP")),
    ("日本那个风扇一件亏多少", ("margin", "NB-AP-003", "JP")),
    # --- Chinese: a new hire (polite, wordy)
    ("您好，请问一下我们目前一共有多少个产品呀？", ("count",)),
    ("不好意思，想问下那个硅胶烘焙垫报关用的HS编码是多少？", ("hs", "NB-KT-006")),
    ("请问海关那边给烘焙垫建议的新编码是什么？", ("hs_proposed", "NB-KT-006")),
    ("麻烦问一下，哪些产品还没有填海关编码？", ("no_hs",)),
    ("请问系统这次检查出了多少个问题？", ("findings",)),
    # --- Chinese: a Hong Kong / Taiwan colleague (traditional characters)
    ("電熱水壺上個月在英國賣了幾件", ("units", "NB-AP-001", "UK", "last_month")),
    ("請問日本站有幾個listing", ("listing_count", "JP")),
    ("手提風扇美國同德國最近7日銷量比較", ("compare", "NB-AP-003", ("US", "DE"), "7d")),
    ("邊隻貨庫存最多", ("top_stock",)),
    # --- Chinese-English mixed
    ("NB-AP-002 在 UK 的 listing status", ("listing", "NB-AP-002", "UK")),
    ("防滑垫要不要 reorder", ("reorder", "NB-BT-001")),
    # --- Chinese: refuse or ask back
    ("帮我建个货件 发50个风扇去美国", ("refuse",)),
    ("把日本站的泡泡机listing删掉", ("refuse",)),
    ("隔壁那家卖水壶的上个月卖了多少", ("refuse",)),
    ("下个月料理棒能卖多少", ("refuse",)),
    ("收纳的海关编码是多少", ("clarify",)),
    ("空气炸锅还有库存吗", ("decline",)),
]
