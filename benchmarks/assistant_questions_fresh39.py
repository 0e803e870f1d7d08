"""Block "freshAR": 80 unseen seller questions, 40 English and 40 Chinese, for
`assistant_chat.py` (--fresh39 runs it alone), graded strictly, not yet run.

Voices. English: an ops / finance team whose questions arrive inside emails ("Re: Fwd:" and
"Re: Re: Fwd:" subject lines, a greeting, background before and after the question, a sign-off,
one email that is only "And what about Germany?"), and a demanding seller who bolts conditions
onto the question ("only the ones that ...", "just the live ones", "not counting the hub",
"excluding Japan", "not counting cancelled ones", "only shipped orders count"). The conditions the
demo data can honour are written so the spec is the honoured answer: the live-only top 3 in DE
(the three not-live listings, NB-TY-001..003, never sell), the store that sold most without Japan
(it is the US on both dates), kettle units by store for US / UK / DE only, stock-outs and on-hand
at the FBA warehouse without the hub, losing products (the only one is live), late shipments
without the short receipt, open orders, shipped-only August (no open order falls in it). The
conditions it cannot honour (orders from TikTok ads, repeat customers only: orders carry no
channel or buyer) are asked back. Chinese: 微信群聊 messages (several lines, @小助手 / @所有人 /
@老板, [捂脸] [OK] [强] [抱拳], 收到, 辛苦) and a 会计 writing full Chinese dates
(2026年11月28日至12月3日, 十一月二十八号到三十号, 12月1日起, 2026年11月27日（黑五当天）,
2026年11月30日至12月6日, 本月1日至今): only days from 2026-11-25 to 2026-12-07, which resolve to
the same days on both demo dates (2026-12-07 and 2027-11-24), or months and quarters without a
year (十月份, 第三季度, 上季度, 今年以来).

Coverage: units, orders, revenue, both, top, top_n, top_store, compare, aov, asp, upo, daily,
cost, landed, margin, losing, price, hs, hs_proposed, no_hs, stock, on_hand, inbound, hub, cover,
stockout, reorder, top_stock, listing, not_live, count, proposals, findings, customs, exceptions,
late, eta, in_transit, ship_contents, ship_units, ship_for_sku, open_orders ("bottom" is left out:
forty-one products never sell, so the worst seller is always a tie at zero). Period keys: 7d, 14d,
21d, 30d, 45d, 60d, 90d, this_week, last_week, this_month, last_month, yesterday, lastwd:2, bf,
bfday, nov, oct, m:8, m:9, q:3, last_quarter, ytd, since:11-28, since:12-01, range:11-25:12-01,
range:11-28:11-30, range:11-28:12-03, range:11-30:12-06, range:12-01:12-05. Refused (7): another
brand's power-bank sales, ACoS, ad spend, a competitor's kettle sales, another seller's revenue,
and two writes (change the kettle's US price, change the blender's US price). Asked back (6): an
unknown shipment code (SHP-2612-FR-OC), "the LED light" (desk lamp or night light), "那个垫子"
(bath mat, baking mat or yoga mat), an unknown SKU (NB-XX-009), and the two conditions the data
cannot apply. Declined (2): "And what about Germany?" and "那上个月呢" with nothing before them.

Written without the assistant's code, tests or earlier question lists in view; every truth was
computed with `Truth.expect` / `forbid` on /tmp copies of both demo files (none raises, every
answerable one is non-empty on both dates), the rankings were checked for ties at the cut, and
the questions were checked programmatically against every earlier block for collisions (none).

Truths worth knowing. Only six SKUs sell (NB-AP-001..005, NB-BT-001) and only in US, DE, UK and
JP; listings exist in 13 stores, 71 each, three not live ("checked"). Black Friday is 2026-11-27 on
both dates (28 orders on 2026-12-07, 19 on 2027-11-24; 2 kettles in the US on both); on the later
date "bf" and "12月1日起" run almost a year (US 2692 units since Black Friday; JP 2633840 JPY since
12-01). UK revenue last month: 2218.89 GBP (Nov 2026) and 2078.96 GBP (Oct 2027). The top 3 in DE
over 30 days on 2026-12-07 is NB-AP-003 41, then NB-AP-002 and NB-AP-005 tied at 37 (NB-AP-001 36
is fourth); on 2027-11-24 NB-BT-001 44, NB-AP-001 36, NB-AP-002 35. The UK's Q3 best seller wins by
one unit on the earlier date (NB-AP-005 66 against NB-AP-003 65). The only active price, and the
only loss, is NB-AP-003 in JP at 1780 JPY, losing 137 JPY a unit; the frother's UK price is a
quote (8.99 GBP, no active price). The frother's US average selling price over 60 days is 24.99
USD though its quote is 9.99 USD, and every JP line this year sold at 3280 JPY, so the JP ytd
average is 3280 JPY on both dates. The bath mat's UK cover is 27.0 days, then 0.0 (no UK stock).
No HS code on file: NB-BT-004 and NB-CL-002. 47 products, 15 proposals, 38 findings on both dates;
2026-12-07 is a Monday, so "this week" is that day alone (6 units, all six open orders).
"""

from __future__ import annotations

from assistant_questions import Spec

FRESH_AR: list[tuple[str, Spec]] = [
    # --- English: questions inside emails ("Re: Fwd:" subjects, a greeting, the question in the
    # middle of the background, a sign-off)
    (
        "Re: Fwd: month-end pack\n\nHi there,\n\nAccounts are putting the month-end pack "
        "together and Tom forwarded me their list. First thing they need: what was our total "
        "revenue on the UK store last month? They only want it in pounds.\n\nThanks so much,\n"
        "Priya",
        ("revenue", None, "UK", "last_month"),
    ),
    (
        "Fwd: kettle - factory asking\n\nHi,\n\nThe factory wants to plan their next production "
        "run and asked how the kettle is doing in Germany. How many kettles did we sell on "
        "Amazon.de over the last 60 days? I said I'd get back to them today.\n\nBest,\nJonas",
        ("units", "NB-AP-001", "DE", "60d"),
    ),
    (
        "Re: Re: Fwd: container update\n\nMorning,\n\nThe forwarder's email below is a bit "
        "vague as usual. When is SHP-2610-US-OC actually expected to arrive? The US team is "
        "asking me every day.\n\nRegards,\nDan",
        ("eta", "SHP-2610-US-OC"),
    ),
    (
        "Re: Fwd: broker paperwork\n\nHello,\n\nOur customs broker is filling in the entry for "
        "the next shipment and needs the HS code we declare for the hand blender. Could you send "
        "it over when you get a sec?\n\nMany thanks,\nLinda",
        ("hs", "NB-AP-002"),
    ),
    (
        "Re: BF recap\n\nHey all,\n\nGreat work over the holiday push everyone. For the recap "
        "deck - how many orders did we take on Black Friday itself, across all stores? Just "
        "that one day.\n\nCheers\nMike",
        ("orders", None, None, "bfday"),
    ),
    (
        "Fwd: UK pricing review\n\nHi,\n\nBefore anyone touches the UK price I want to know "
        "where we stand. What's the landed cost of the milk frother into the UK?\n\nThanks,\n"
        "Sophie",
        ("landed", "NB-AP-004", "UK"),
    ),
    (
        "Re: Fwd: JP price check\n\nHi Ken,\n\nQuick one while I have you - what price is the "
        "mini fan listed at on Amazon Japan right now? The agency says it changed.\n\nThanks\n"
        "Anna",
        ("price", "NB-AP-003", "JP"),
    ),
    (
        "Re: Fwd: compliance audit\n\nDear team,\n\nAs part of the audit, please let me know "
        "which SKUs still have no HS code on file. The auditors would like the list by "
        "Thursday.\n\nKind regards,\nMargaret",
        ("no_hs",),
    ),
    (
        "Fwd: US dashboard\n\nHello,\n\nThe dashboard is broken again so I can't pull it "
        "myself. What's our average order value on the US store over the past 90 days?\n\n"
        "Thanks a lot,\nChris",
        ("aov", None, "US", "90d"),
    ),
    (
        "Re: Fwd: scale performance\n\nHi both,\n\nFollowing up on yesterday's call. For the "
        "kitchen scale on amazon.co.uk last week, can you give me units and revenue? Both "
        "numbers please, the client asked for each.\n\nBest\nHelen",
        (
            "both",
            ("units", "NB-AP-005", "UK", "last_week"),
            ("revenue", "NB-AP-005", "UK", "last_week"),
        ),
    ),
    (
        "Re: Fwd: bath mat stock\n\nHi,\n\nThe UK team is nervous about running out over the "
        "holidays. How many days of cover do we have left on the bath mat in the UK at the "
        "current rate of sale?\n\nCheers,\nOlly",
        ("cover", "NB-BT-001", "UK"),
    ),
    (
        "Fwd: DE ocean container\n\nHi,\n\nThe customs agent in Hamburg asked for a packing "
        "summary before it docks. Which SKUs are in SHP-2611-DE-OC?\n\nThanks\nKatrin",
        ("ship_contents", "SHP-2611-DE-OC"),
    ),
    (
        "Re: Fwd: shipment SHP-2612-FR-OC\n\nHi,\n\nThe French warehouse emailed about "
        "SHP-2612-FR-OC - what's in it and when does it get there?\n\nThanks,\nClaire",
        ("clarify",),
    ),
    (
        "Re: Fwd: competitor intel\n\nHi,\n\nOur rep at the trade show says Anker is killing it "
        "with power banks in the UK. How many power banks did Anker sell on amazon.co.uk last "
        "month? Just need a ballpark.\n\nCheers,\nBen",
        ("refuse",),
    ),
    (
        "Re: Fwd: US price change\n\nHi,\n\nAs agreed on the call we're going lower. Please "
        "change the kettle price on the US store to 18.99 starting today.\n\nThanks,\nMark",
        ("refuse",),
    ),
    (
        "Fwd: ads report\n\nHi,\n\nThe agency's monthly report left it out again - what was our "
        "ACoS on the kettle campaigns last month?\n\nBest,\nJulia",
        ("refuse",),
    ),
    (
        "Re: Fwd: hub stock\n\nHi team,\n\nBefore we book the next container, how many milk "
        "frothers are sitting at the Ningbo hub right now? Don't need the FBA numbers.\n\n"
        "Thanks\nWei",
        ("hub", "NB-AP-004"),
    ),
    (
        "Re: Fwd: coffee grinder costing\n\nHello,\n\nProcurement is renegotiating with the "
        "supplier next week. What unit cost do we currently have on file for the manual coffee "
        "grinder?\n\nKind regards,\nAnnette",
        ("cost", "NB-KT-008"),
    ),
    (
        "Fwd: AU launch\n\nHi,\n\nThe AU launch list is in the shared sheet but it's out of "
        "date. Is the magnetic building tiles listing live on Amazon Australia yet?\n\nThanks,\n"
        "Jess",
        ("listing", "NB-TY-003", "AU"),
    ),
    (
        "Re: Fwd: Japan basket size\n\nHi,\n\nWe're thinking about bundles for Japan. On "
        "average, how many units per order are people buying on the JP store over the last 30 "
        "days?\n\nThanks\nYuki",
        ("upo", None, "JP", "30d"),
    ),
    (
        "Re: Fwd: LED light reorder\n\nHi,\n\nThe supplier is asking whether we want to "
        "reorder the LED light. How many of the LED lights did we sell last month?\n\nBest,\n"
        "Nina",
        ("clarify",),
    ),
    (
        "Re: Fwd: your numbers\n\nThanks, that's really helpful.\n\nAnd what about Germany?\n\n"
        "Mike",
        ("decline",),
    ),
    (
        "Re: Fwd: Q3 review\n\nHi Stefan,\n\nFor the quarterly review slides - how much revenue "
        "did the hand blender bring in on Amazon.de in September? Euros are fine.\n\nThanks,\n"
        "Lena",
        ("revenue", "NB-AP-002", "DE", "m:9"),
    ),
    # --- English: a demanding seller who adds conditions ("only the ones that ...", "just the
    # live ones", "not counting the hub", "excluding Japan"); the ones the data holds are honoured,
    # the others are asked back
    (
        "Top 3 sellers on Amazon.de in the last 30 days. Just the live listings - I don't care "
        "about anything still sitting in draft.",
        ("top_n", "DE", "30d", 3),
    ),
    (
        "Which store sold the most units in the last 21 days? Excluding Japan.",
        ("top_store", "21d"),
    ),
    (
        "Kettle units by store for the last 90 days. US, UK and Germany only - excluding Japan.",
        ("compare", "NB-AP-001", ("US", "UK", "DE"), "90d"),
    ),
    (
        "How many orders did the US store get yesterday? Not counting cancelled ones.",
        ("orders", None, "US", "yesterday"),
    ),
    (
        "Which SKUs are out of stock in Germany? Only at the FBA warehouse, not counting the hub.",
        ("stockout", "DE"),
    ),
    (
        "Which products are we losing money on? Only the live ones, I don't care about drafts.",
        ("losing", None),
    ),
    (
        "Which shipments are running late? Only the ones with an open problem - skip the one "
        "that was just short-received.",
        ("late",),
    ),
    (
        "How many hand blenders are inbound to the UK? Just what's on the way, not what's "
        "already on the shelf.",
        ("inbound", "NB-AP-002", "UK"),
    ),
    (
        "Who was our best seller on the US store in August? Only shipped orders count.",
        ("top", "US", "m:8"),
    ),
    (
        "Which listings on Amazon Australia aren't live? Give me the SKUs, nothing else.",
        ("not_live", "AU"),
    ),
    (
        "How many open orders on Amazon.de? Just the ones that haven't shipped yet.",
        ("open_orders", "DE"),
    ),
    (
        "Kettle units in the US over the last 30 days - only the orders that came in through our "
        "TikTok ads.",
        ("clarify",),
    ),
    (
        "Revenue on the UK store last month, but only from repeat customers. First-time buyers "
        "don't count.",
        ("clarify",),
    ),
    (
        "What's the average selling price of the milk frother on the US store over the last 60 "
        "days? US only, no other stores mixed in.",
        ("asp", "NB-AP-004", "US", "60d"),
    ),
    (
        "Units per day across all stores over the last 45 days. Just sales - not counting hub "
        "transfers or anything like that.",
        ("daily", "units", None, None, "45d"),
    ),
    (
        "Which shipments are held up in customs? Only the ones with an open customs issue, "
        "nothing else.",
        ("customs",),
    ),
    (
        "Mini fan in the UK FC - on hand only. Not counting inbound and not counting the hub.",
        ("on_hand", "NB-AP-003", "UK"),
    ),
    # --- Chinese: 微信群聊 messages (several lines, @人, [捂脸] [OK] [强], 收到, 辛苦)
    (
        "@小助手 美国站近7天卖了多少个电热水壶？\n老板在群里等着要[捂脸]",
        ("units", "NB-AP-001", "US", "7d"),
    ),
    (
        "收到\n@数据助手 顺便问下 德国站十一月一共多少单？\n辛苦[OK]",
        ("orders", None, "DE", "nov"),
    ),
    (
        "[强][强]\n黑五到现在哪个站点卖得最多？\n@助手",
        ("top_store", "bf"),
    ),
    (
        "@助手 料理棒日本站还有多少库存\n刚有客户问了[捂脸]",
        ("stock", "NB-AP-002", "JP"),
    ),
    (
        "辛苦辛苦\n再帮忙看下 奶泡器 英国站现在卖多少钱？",
        ("price", "NB-AP-004", "UK"),
    ),
    (
        "收到[OK]\n@小G 现在还在路上没到仓的货有哪几票？",
        ("in_transit",),
    ),
    (
        "@助手 手持小风扇在日本站是不是亏钱了？\n一件亏多少[捂脸]",
        ("margin", "NB-AP-003", "JP"),
    ),
    (
        "@助手 现在有没有货件异常的？\n收到请回复[OK]",
        ("exceptions",),
    ),
    (
        "大家辛苦了[强]\n@助手 这周到现在总共卖了多少件？",
        ("units", None, None, "this_week"),
    ),
    (
        "@老板 收到\n@助手 现在一共有几个待审批的提案？",
        ("proposals",),
    ),
    (
        "[OK]\n电热水壶哪些站点断货了？\n要不要补货 @助手",
        ("reorder", "NB-AP-001"),
    ),
    (
        "@助手 现在库存最多的是哪个SKU？\n仓库说要清点[捂脸]",
        ("top_stock",),
    ),
    (
        "收到\n@助手 上周三美国站出了多少单？",
        ("orders", None, "US", "lastwd:2"),
    ),
    (
        "@助手 SHP-2611-UK-AIR 这票空运一共多少件？\n辛苦[强]",
        ("ship_units", "SHP-2611-UK-AIR"),
    ),
    (
        "@助手 有哪些货件里装了电热水壶？\n德国那边在催[捂脸]",
        ("ship_for_sku", "NB-AP-001"),
    ),
    (
        "收到\n@助手 英国站近两周前三名是哪几个？[强]",
        ("top_n", "UK", "14d", 3),
    ),
    (
        "收到\n那上个月呢",
        ("decline",),
    ),
    (
        "@助手 帮我把料理棒美国站的价格改成23.99\n辛苦[OK]",
        ("refuse",),
    ),
    (
        "隔壁那家卖电热水壶的 上个月美国站卖了多少？\n@助手 能查到不[捂脸]",
        ("refuse",),
    ),
    (
        "@助手 那个垫子日本站近30天卖了多少？\n收到回一下[OK]",
        ("clarify",),
    ),
    (
        "辛苦\n@助手 NB-XX-009 美国站库存还有多少？",
        ("clarify",),
    ),
    # --- Chinese: a 会计 writing full Chinese dates (only days that resolve alike on both demo
    # dates)
    (
        "您好，请帮忙统计2026年11月28日至12月3日期间美国站的销售额，谢谢。",
        ("revenue", None, "US", "range:11-28:12-03"),
    ),
    (
        "十一月二十八号到三十号，德国站一共卖了多少件？麻烦核对一下。",
        ("units", None, "DE", "range:11-28:11-30"),
    ),
    (
        "12月1日起 日本站的营业额是多少？请按日元列示。",
        ("revenue", None, "JP", "since:12-01"),
    ),
    (
        "请问料理棒发到德国站的到岸成本是多少？",
        ("landed", "NB-AP-002", "DE"),
    ),
    (
        "2026年11月27日（黑五当天）电热水壶在美国站卖了多少件？",
        ("units", "NB-AP-001", "US", "bfday"),
    ),
    (
        "十一月二十五日至十二月一日，奶泡器在美国、英国、德国、日本四个站点的销量分别是多少？",
        ("compare", "NB-AP-004", ("US", "UK", "DE", "JP"), "range:11-25:12-01"),
    ),
    (
        "请问上季度美国站的客单价（平均每笔订单金额）是多少？",
        ("aov", None, "US", "last_quarter"),
    ),
    (
        "今年以来日本站的平均售价（按件）是多少？",
        ("asp", None, "JP", "ytd"),
    ),
    (
        "2026年11月30日至12月6日，全部站点合计平均每天卖出多少件？",
        ("daily", "units", None, None, "range:11-30:12-06"),
    ),
    (
        "十月份德国站的销售额是多少？请给欧元金额。",
        ("revenue", None, "DE", "oct"),
    ),
    (
        "第三季度英国站销量最好的产品是哪一个？卖了多少件？",
        ("top", "UK", "q:3"),
    ),
    (
        "请提供12月1日至12月5日所有站点的订单总数。",
        ("orders", None, None, "range:12-01:12-05"),
    ),
    (
        "从2026年11月28日起，防滑垫在美国站卖了多少件、销售额多少？两个数都要。",
        (
            "both",
            ("units", "NB-BT-001", "US", "since:11-28"),
            ("revenue", "NB-BT-001", "US", "since:11-28"),
        ),
    ),
    (
        "请问目前系统里一共登记了多少个产品？",
        ("count",),
    ),
    (
        "这次系统检查一共发现了多少个问题？",
        ("findings",),
    ),
    (
        "NB-PT-003 的海关编码建议改成什么？",
        ("hs_proposed", "NB-PT-003"),
    ),
    (
        "请问本月1日至今，英国站平均每笔订单几件？",
        ("upo", None, "UK", "this_month"),
    ),
    (
        "请问宁谷家居（另一家卖家）上个月的销售额是多少？对账需要。",
        ("refuse",),
    ),
    (
        "请帮忙查一下上个月美国站的广告费一共花了多少。",
        ("refuse",),
    ),
]
