"""Block "freshAN": 80 seller questions (40 English, 40 Chinese) written for a first-sight
measurement of the Seller Assistant, never run against it when written, graded strictly.

Voices. English: a German seller writing English with German word order and German words
(Umsatz, Lager, Bestellungen, Stück, Einkaufspreis, Zoll, Marktplätze, ausverkauft; "how many
pieces", "the last 4 weeks", "since when", the verb at the end, dates as 01.12.2026 and
"27.11. until 30.11."), and a Japanese seller writing careful textbook English ("Please teach me",
"How about", "Is it possible to know", "Excuse me"). Chinese: a Hong Kong seller in Cantonese in
traditional characters (幾多, 賣咗, 嘅, 喺, 有冇, 點樣, 邊個, 仲有, 今個月, 上個禮拜, 張單,
票貨, 水煲, 廚房磅), and a 台湾 seller in casual 繁體 with Taiwanese usage (超, 蛤, 欸, 喔, 庫存,
出貨, 訂單, 上架, 品項, 這禮拜, 美國站, 快煮壺, 浴室止滑墊, 奶泡機). Products by SKU and by local
nickname (Wasserkocher, Stabmixer, Küchenwaage, Milchaufschäumer, Badematte, handy fan, 水煲,
手提攪拌棒, 快煮壺, 保鮮盒, 磨豆機), stores by country, domain or local name (Amazon.de,
Amazon.co.jp, FBA UK, 德國站, 日本倉).

Coverage: 66 answerable questions over 44 kinds: units, orders, revenue, both (revenue and
orders; stock and days of cover), top, top_n, top_store, compare, aov, asp, upo, daily, cost,
landed, margin, losing, price, hs, hs_proposed, no_hs, stock, on_hand, reserved, inbound (one
SKU, every warehouse), hub, cover, stockout, reorder, top_stock, listing, listing_count,
not_live, count, proposals, findings, customs, exceptions, late, eta, in_transit, ship_contents,
ship_units, ship_for_sku, open_orders (one store and all). "bottom" is left out: with 41
catalogue products never sold its truth is a tie at zero on both dates. Period keys: 7d, 14d,
21d, 28d, 30d, 60d, 90d, yesterday, this_week, last_week, this_month, last_month, nov, oct, m:9,
q:3, last_quarter, ytd, bf, bfday, lastwd:2, since:12-01 (written "since 01.12.2026") and
range:11-27:11-30 (written "from 27.11. until 30.11."): explicit days only between 11-25 and
12-07, which resolve to the same 2026 days on both demo dates. Refused (7): a price change and a
purchase order (writes), ACoS, next month's sales (a forecast), another seller account's figures,
net profit after advertising and growth week on week in per cent (none of them held). Asked back
(5): "the Edelstahl one" (a kettle, a vacuum cup, a whisk and a shower rack are stainless),
"嗰隻USB嘅" (the USB fan and the USB-C cable), "LED燈" (the desk lamp and the night light), the
unknown SKU NB-AP-009 and the unknown shipment SHP-2612-JP-OC. Declined (2): "How about the UK
store?" and "那德國站咧?", follow-ups with nothing before them.

How it was written and checked: without the assistant's code, tests or earlier question lists in
view; every spec's expect and forbid built with `Truth` on /tmp copies of both demo databases
(2026-12-07 and 2027-11-24), each answerable truth non-empty on both, no tie at the cut of any
top / top_n / top_store on either date (the first "top" tried, JP over 14 days, tied on both and
became 21 days), no question equal to an earlier one exactly or after lower-casing and removing
spaces (one collided and was reworded).

Truths worth knowing (2026-12-07 / 2027-11-24): the handy fan NB-AP-003 sells in JP at an
average 3280 JPY over the last 30 days, while its one active price is 1780 JPY, at which it loses
137 JPY a unit (the margin and "losing" truths); the glass boxes NB-KT-003 cost 3800.00 CNY on
file (a cost outlier; a correction to 38 is proposed); "since 01.12.2026" in DE is 873.62 EUR on
the first date and 37864.53 EUR on the second (almost a year), and "since Black Friday" in DE is
61 orders against 1519 (the later date is before its year's Black Friday, so last year's counts);
the top seller in JP over 21 days is NB-AP-003 with 17 units / NB-AP-001 with 18; the US is the
top store this year and last quarter on both; the Küchenwaage in FBA UK has 22 on hand / 0, the
frother NB-AP-004 in FBA US 1 reserved / 0; the hand blender in DE has 10 available and 96
inbound on both, 8.1 / 8.6 days of cover; 47 products, 71 JP listings, 15 proposals, 38 findings,
6 open orders (2 in DE) on both; 3 shipments with open exceptions, of which SHP-2610-US-OC (in
customs) and SHP-2611-DE-AIR are late; the magnetic tiles NB-TY-003 are "checked" (validated), not
live, in JP."""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AN: list[tuple[str, Spec]] = [
    # --- a German seller writing English: German word order, German words (Umsatz, Lager,
    # Bestellungen, Stück), "how many pieces", "the last 4 weeks", dates as 01.12.2026 / 27.11.
    (
        "How many pieces from the Wasserkocher have we in the US the last 4 weeks sold?",
        ("units", "NB-AP-001", "US", "28d"),
    ),
    (
        "Can you tell me how much Umsatz we on Amazon.de since 01.12.2026 made have?",
        ("revenue", None, "DE", "since:12-01"),
    ),
    (
        "Please the Bestellungen for UK from 27.11. until 30.11., only the number",
        ("orders", None, "UK", "range:11-27:11-30"),
    ),
    (
        "How is the Lager from the Küchenwaage in FBA UK? on hand, reserved and what is inbound",
        ("stock", "NB-AP-005", "UK"),
    ),
    (
        "Which article was last month in Germany the best seller and with how many Stück?",
        ("top", "DE", "last_month"),
    ),
    (
        "Give me please the Top 3 articles over all Marktplätze for the last 60 days",
        ("top_n", None, "60d", 3),
    ),
    (
        "In which country have we this year so far the most pieces sold?",
        ("top_store", "ytd"),
    ),
    (
        "Milchaufschäumer: Germany against UK, how many Stück in the last 90 days? I want to "
        "compare",
        ("compare", "NB-AP-004", ("DE", "UK"), "90d"),
    ),
    (
        "How many Artikel we have in our catalogue all together? only the number of products",
        ("count",),
    ),
    (
        "How many pieces per day we sell from the Stabmixer in Germany, in average over the "
        "last 14 days?",
        ("daily", "units", "NB-AP-002", "DE", "14d"),
    ),
    (
        "What is the Einkaufspreis of the Badematte NB-BT-001?",
        ("cost", "NB-BT-001"),
    ),
    (
        "The landed cost for the kettle to Amazon.de, so with freight and Zoll, how much is it?",
        ("landed", "NB-AP-001", "DE"),
    ),
    (
        "With the actual Lager, how many days comes the mini fan in UK still through?",
        ("cover", "NB-AP-003", "UK"),
    ),
    (
        "Which articles are in FBA DE at the moment ausverkauft / sold out?",
        ("stockout", "DE"),
    ),
    (
        "When comes the Sendung SHP-2611-DE-OC in the warehouse an?",
        ("eta", "SHP-2611-DE-OC"),
    ),
    (
        "How many Bestellungen in DE are still open, so not shipped yet?",
        ("open_orders", "DE"),
    ),
    (
        "Yesterday in the US: how much Umsatz and how many Bestellungen? both please",
        (
            "both",
            ("revenue", None, "US", "yesterday"),
            ("orders", None, "US", "yesterday"),
        ),
    ),
    (
        "Please set the price from the Küchenwaage on Amazon.de to 24,99 € , ab sofort",
        ("refuse",),
    ),
    (
        "Since when is our ACoS on Amazon.de so high?? What was the ACoS the last 4 weeks",
        ("refuse",),
    ),
    (
        "How many pieces from the Edelstahl one have we last week sold?",
        ("clarify",),
    ),
    # --- a Japanese seller writing careful textbook English: "Please teach me", "How about",
    # "Is it possible to know"
    (
        "Please teach me the number of milk frothers which we sold in the Japan store in November.",
        ("units", "NB-AP-004", "JP", "nov"),
    ),
    (
        "Is it possible to know the sales amount of Amazon.co.jp for the last 7 days?",
        ("revenue", None, "JP", "7d"),
    ),
    (
        "How about the electric kettle in the US store in October? Please teach me the number "
        "of orders.",
        ("orders", "NB-AP-001", "US", "oct"),
    ),
    (
        "Please teach me the average selling price of the handy fan in Japan during the last "
        "30 days.",
        ("asp", "NB-AP-003", "JP", "30d"),
    ),
    (
        "Is it possible to know how many units one customer buys in one order on average in the "
        "US store this month?",
        ("upo", None, "US", "this_month"),
    ),
    (
        "Excuse me, what is the present selling price of NB-AP-003 on Amazon Japan?",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "I would like to know how much profit we get for one unit of NB-AP-003 in the Japan store.",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "Are there any products which we are selling at a loss? Please teach me.",
        ("losing", None),
    ),
    (
        "Is it possible to know the new HS code which the system proposes for the yoga mat "
        "NB-SP-001?",
        ("hs_proposed", "NB-SP-001"),
    ),
    (
        "Which products do not have an HS code yet? I must prepare the customs documents.",
        ("no_hs",),
    ),
    (
        "How many electric kettles are waiting in our Ningbo warehouse now?",
        ("hub", "NB-AP-001"),
    ),
    (
        "Please teach me which items are packed in the shipment SHP-2610-US-OC.",
        ("ship_contents", "SHP-2610-US-OC"),
    ),
    (
        "Is there any shipment which has some trouble now, for example a problem at customs or "
        "at receiving?",
        ("exceptions",),
    ),
    (
        "Which shipments are delayed? Please teach me.",
        ("late",),
    ),
    (
        "Please teach me the listing status of the magnetic tiles NB-TY-003 in the Japan store.",
        ("listing", "NB-TY-003", "JP"),
    ),
    (
        "Excuse me, how many listings are there in our Amazon.co.jp store altogether?",
        ("listing_count", "JP"),
    ),
    (
        "Please teach me how many units we will sell in the Japan store next month.",
        ("refuse",),
    ),
    (
        "Is it possible to know the sales figures of another seller account, for example "
        "'Kitchenwell Japan'?",
        ("refuse",),
    ),
    (
        "How about the UK store?",
        ("decline",),
    ),
    (
        "Please teach me the stock of NB-AP-009 in the US store.",
        ("clarify",),
    ),
    # --- a Hong Kong seller in Cantonese, traditional characters (幾多, 賣咗, 嘅, 喺, 有冇,
    # 點樣, 邊個, 仲有, 今個月, 上個禮拜)
    (
        "個水煲喺德國站上個禮拜賣咗幾多件?",
        ("units", "NB-AP-001", "DE", "last_week"),
    ),
    (
        "今個月德國站營業額有幾多呀",
        ("revenue", None, "DE", "this_month"),
    ),
    (
        "英國站上個月總共有幾多張單?",
        ("orders", None, "UK", "last_month"),
    ),
    (
        "NB-AP-002 喺日本倉而家實際喺倉嘅貨仲有幾多?",
        ("on_hand", "NB-AP-002", "JP"),
    ),
    (
        "奶泡器美國倉有冇貨預留咗? 預留咗幾多件",
        ("reserved", "NB-AP-004", "US"),
    ),
    (
        "廚房磅 NB-AP-005 而家喺路上嘅貨有幾多? 所有倉加埋計",
        ("inbound", "NB-AP-005", None),
    ),
    (
        "手提風扇使唔使補貨? 邊幾個站冇貨賣咗",
        ("reorder", "NB-AP-003"),
    ),
    (
        "邊個產品喺全部倉加埋最多貨?",
        ("top_stock",),
    ),
    (
        "而家有幾多個改動建議等緊我批?",
        ("proposals",),
    ),
    (
        "系統最近一次自動檢查搵到幾多個問題呀?",
        ("findings",),
    ),
    (
        "有冇貨卡咗喺海關未清關?",
        ("customs",),
    ),
    (
        "仲有邊幾票貨喺運緊途中未到?",
        ("in_transit",),
    ),
    (
        "SHP-2611-DE-OC 呢票總共裝咗幾多件?",
        ("ship_units", "SHP-2611-DE-OC"),
    ),
    (
        "手提攪拌棒 NB-AP-002 喺邊幾票貨入面?",
        ("ship_for_sku", "NB-AP-002"),
    ),
    (
        "全部站加埋仲有幾多張單未出貨?",
        ("open_orders",),
    ),
    (
        "上個禮拜三所有站一共賣咗幾多件?",
        ("units", None, None, "lastwd:2"),
    ),
    (
        "黑五嗰日美國站做咗幾多生意?",
        ("revenue", None, "US", "bfday"),
    ),
    (
        "幫我開張採購單, 水煲落 500 件",
        ("refuse",),
    ),
    (
        "上個月扣埋廣告費之後淨利潤係幾多?",
        ("refuse",),
    ),
    (
        "嗰隻USB嘅上個月賣得點樣? 賣咗幾多件",
        ("clarify",),
    ),
    # --- a 台湾 seller in casual 繁體 (超, 蛤, 欸, 喔, 庫存, 出貨, 訂單, 上架, 品項, 這禮拜,
    # 美國站)
    (
        "欸 快煮壺美國站這禮拜賣了幾件啊",
        ("units", "NB-AP-001", "US", "this_week"),
    ),
    (
        "日本站最近三週哪個品項賣最好?",
        ("top", "JP", "21d"),
    ),
    (
        "超想知道奶泡機德國站跟英國站上個月各賣幾件",
        ("compare", "NB-AP-004", ("DE", "UK"), "last_month"),
    ),
    (
        "美國站最近30天平均一筆訂單多少錢?",
        ("aov", None, "US", "30d"),
    ),
    (
        "浴室止滑墊在美國站一天平均賣幾件? 看最近60天就好",
        ("daily", "units", "NB-BT-001", "US", "60d"),
    ),
    (
        "蛤 保鮮盒 NB-KT-003 的成本是多少? 怎麼看起來怪怪的",
        ("cost", "NB-KT-003"),
    ),
    (
        "手持攪拌棒寄到英國站 到岸成本算起來多少?",
        ("landed", "NB-AP-002", "UK"),
    ),
    (
        "磨豆機的HS code是什麼喔",
        ("hs", "NB-KT-008"),
    ),
    (
        "德國站有哪些品項還沒上架成功?",
        ("not_live", "DE"),
    ),
    (
        "手持攪拌棒德國站庫存還有多少? 然後大概還能賣幾天",
        (
            "both",
            ("stock", "NB-AP-002", "DE"),
            ("cover", "NB-AP-002", "DE"),
        ),
    ),
    (
        "SHP-2611-UK-AIR 這批出貨的 什麼時候會到倉啊",
        ("eta", "SHP-2611-UK-AIR"),
    ),
    (
        "第三季全部站加起來總共賣了幾件?",
        ("units", None, None, "q:3"),
    ),
    (
        "今年到現在美國站營收多少啊",
        ("revenue", None, "US", "ytd"),
    ),
    (
        "9月英國站手持風扇賣了幾件",
        ("units", "NB-AP-003", "UK", "m:9"),
    ),
    (
        "上一季哪個站賣最多件?",
        ("top_store", "last_quarter"),
    ),
    (
        "欸 黑五到現在德國站總共幾筆訂單?",
        ("orders", None, "DE", "bf"),
    ),
    (
        "美國站這禮拜跟上禮拜比 成長了幾%?",
        ("refuse",),
    ),
    (
        "那德國站咧?",
        ("decline",),
    ),
    (
        "LED燈美國站上個月賣得怎樣 賣了幾件?",
        ("clarify",),
    ),
    (
        "SHP-2612-JP-OC 現在到哪了? 超急",
        ("clarify",),
    ),
]
