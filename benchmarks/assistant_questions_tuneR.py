"""A DEV block for hunting confident wrong answers in the Seller Assistant (issue 16): TUNE_R,
120 questions (60 English, 60 Chinese), written to probe the kinds of question most likely to
be answered confidently wrong: figures globalsell does not hold (returns, refunds, ratings, ad
spend / ACoS, sessions, conversion, the Buy Box, profit after ads, storage fees, repeat buyers,
turnover), compound questions (two measures, two products, two periods), exceptions ("all
stores except DE", "不含日本"), comparisons and differences, time ranges a parser may widen or
drop (Q3, 第三季度, "between Nov 1 and Nov 15", 双十一当天, Tuesday of last week, year to date,
the last 60 days, September), per-unit against total, a currency asked for explicitly (the
store's own, or a conversion globalsell does not make), who / why questions, rankings with an N
(top 3, 前五) and other sellers' data. Read while tuning (a dev block, split "tuneR").

Before the first run, after checking the truths alone: the two price questions moved from the
kettle in the US to the fan in Japan (the demo's one active regular price). After the first run,
four currency questions first marked "decline" were re-specced as revenue: globalsell converts a
total (≈ USD, ≈ CNY), so converting is an answer, not a gap (the spec was wrong, not the code).

Specs as in `assistant_questions.py` and the fresh blocks, plus one wrapper, ("both", spec,
spec): a compound question whose right answer holds the facts of both specs. "decline" marks a
question whose right answer is not to answer (say it cannot, or ask back): an exception
filter, a why. A conversion ("in US dollars", "换算成人民币") is answered: the store's own
figure must be there, the converted total beside it. Periods beyond the earlier blocks' (see
`period` in `assistant_chat.py`): "q:N" (quarter N, the latest one begun), "range:MM-DD:MM-DD"
(the latest such span begun), "lastwd:N" (weekday N, Monday 0, of last week), "ytd", "Nd" (the
last N days), "m:N" (month N, the latest begun) and "bfday" (Black Friday itself)."""

from __future__ import annotations

from assistant_questions import Spec

REFUSE: Spec = ("refuse",)
DECLINE: Spec = ("decline",)

TUNE_R: list[tuple[str, Spec]] = [
    # --- English: figures globalsell does not hold
    ("What's the return rate on the kettle in the US?", REFUSE),
    ("how many refunds did we issue last month", REFUSE),
    ("what's the average star rating of the hand blender", REFUSE),
    ("How much did we spend on ads in Germany last month?", REFUSE),
    ("ACoS for the milk frother last 30 days", REFUSE),
    ("how many sessions did the kitchen scale listing get this week", REFUSE),
    ("what's the conversion rate on the handheld fan in the UK", REFUSE),
    ("Do we own the Buy Box on NB-AP-001 in the US?", REFUSE),
    ("profit after ad spend for the kettle last month", REFUSE),
    ("How much are we paying in long-term storage fees at FBA-DE?", REFUSE),
    ("How many of our customers are repeat buyers?", REFUSE),
    ("What's the inventory turnover for the bath mat?", REFUSE),
    ("How much did Amazon reimburse us for lost inventory?", REFUSE),
    ("gross profit for November", REFUSE),
    # --- English: compound questions
    (
        "units and revenue for the kettle in the US last month",
        (
            "both",
            ("units", "NB-AP-001", "US", "last_month"),
            ("revenue", "NB-AP-001", "US", "last_month"),
        ),
    ),
    (
        "How many hand blenders and milk frothers did we sell in Germany in the last 30 days?",
        ("both", ("units", "NB-AP-002", "DE", "30d"), ("units", "NB-AP-004", "DE", "30d")),
    ),
    ("stock and inbound for NB-AP-005 at FBA-US", ("stock", "NB-AP-005", "US")),
    (
        "price and unit cost of the handheld fan in Japan",
        ("both", ("price", "NB-AP-003", "JP"), ("cost", "NB-AP-003")),
    ),
    (
        "orders and units in the UK yesterday",
        ("both", ("orders", None, "UK", "yesterday"), ("units", None, "UK", "yesterday")),
    ),
    # --- English: exceptions
    ("total units sold last month in all stores except Germany", DECLINE),
    ("revenue last 30 days excluding Japan", DECLINE),
    ("How many units did we sell in the last 30 days, not counting the kettle?", DECLINE),
    ("Which store sold best last month apart from the US?", DECLINE),
    # --- English: comparisons and differences
    (
        "How many more hand blenders did the US sell than Germany in the last 30 days?",
        ("compare", "NB-AP-002", ("US", "DE"), "30d"),
    ),
    (
        "Did the kitchen scale sell better in the UK or Japan last month?",
        ("compare", "NB-AP-005", ("UK", "JP"), "last_month"),
    ),
    (
        "milk frother sales US vs DE this month",
        ("compare", "NB-AP-004", ("US", "DE"), "this_month"),
    ),
    (
        "Which sold more last week, the kettle or the fan?",
        (
            "both",
            ("units", "NB-AP-001", None, "last_week"),
            ("units", "NB-AP-003", None, "last_week"),
        ),
    ),
    (
        "Did we sell more fans this month than last month?",
        (
            "both",
            ("units", "NB-AP-003", None, "this_month"),
            ("units", "NB-AP-003", None, "last_month"),
        ),
    ),
    # --- English: time ranges
    ("How many kettles did we sell in Q3?", ("units", "NB-AP-001", None, "q:3")),
    ("revenue in Germany between Nov 1 and Nov 15", ("revenue", None, "DE", "range:11-01:11-15")),
    (
        "How many orders did the US store get on Tuesday of last week?",
        ("orders", None, "US", "lastwd:1"),
    ),
    (
        "hand blender units in the first week of November",
        ("units", "NB-AP-002", None, "range:11-01:11-07"),
    ),
    ("how many units have we sold year to date", ("units", None, None, "ytd")),
    ("orders in Japan in the last 60 days", ("orders", None, "JP", "60d")),
    ("kettle revenue in the US in September", ("revenue", "NB-AP-001", "US", "m:9")),
    (
        "How many milk frothers did we sell on Black Friday itself?",
        ("units", "NB-AP-004", None, "bfday"),
    ),
    ("units sold in the UK in October", ("units", None, "UK", "oct")),
    ("How many units did we sell over the past fortnight?", ("units", None, None, "14d")),
    ("US units on Singles' Day", ("units", None, "US", "range:11-11:11-11")),
    # --- English: per unit against total
    (
        "what do we charge per unit for the handheld fan on Amazon Japan?",
        ("price", "NB-AP-003", "JP"),
    ),
    ("How much do we lose on each handheld fan sold in Japan?", ("margin", "NB-AP-003", "JP")),
    (
        "total revenue from the kitchen scale in the US over the last 30 days",
        ("revenue", "NB-AP-005", "US", "30d"),
    ),
    # an average of held figures is answered since ADR 0195 (revenue over units sold)
    (
        "average selling price of the fan in Germany last month",
        ("asp", "NB-AP-003", "DE", "last_month"),
    ),
    ("what does one milk frother cost us landed in the UK", ("landed", "NB-AP-004", "UK")),
    # --- English: a currency asked for
    ("UK revenue last 30 days in pounds", ("revenue", None, "UK", "30d")),
    ("What was Germany's revenue last month in US dollars?", ("revenue", None, "DE", "last_month")),
    ("Japan revenue this month in yen", ("revenue", None, "JP", "this_month")),
    (
        "total revenue across all stores last month converted to USD",
        ("revenue", None, None, "last_month"),
    ),
    # --- English: who and why
    ("Why did kettle sales drop in Germany?", DECLINE),
    ("Who bought the most kitchen scales last month?", REFUSE),
    ("Who is the supplier of the coffee grinder?", REFUSE),
    # --- English: rankings with an N
    ("top 3 products in the US last 30 days", ("top_n", "US", "30d", 3)),
    ("What were our five best sellers last month?", ("top_n", None, "last_month", 5)),
    ("top 2 sellers in Japan last week", ("top_n", "JP", "last_week", 2)),
    # --- English: other sellers, data the seller cannot see
    ("How many kettles did the other sellers on our listing sell last month?", REFUSE),
    ("What price is the Buy Box winner charging on our kettle listing in the US?", REFUSE),
    ("How many units a month does the number one kettle on Amazon US sell?", REFUSE),
    # --- English: plain controls beside the traps
    ("how many units did Germany sell last month", ("units", None, "DE", "last_month")),
    ("UK orders last 7 days", ("orders", None, "UK", "7d")),
    ("unit cost of the kettle", ("cost", "NB-AP-001")),
    # --- Chinese: figures globalsell does not hold
    ("电热水壶在美国的退货率是多少", REFUSE),
    ("上个月退款金额多少", REFUSE),
    ("料理棒的评分多少星", REFUSE),
    ("德国站上个月广告花了多少钱", REFUSE),
    ("奶泡器最近30天的ACOS是多少", REFUSE),
    ("厨房秤这周有多少访客", REFUSE),
    ("风扇英国站的转化率", REFUSE),
    ("NB-AP-001 美国站的购物车在我们手上吗", REFUSE),
    ("扣掉广告费以后水壶上个月赚了多少", REFUSE),
    ("德国仓的长期仓储费多少", REFUSE),
    ("回头客有多少", REFUSE),
    ("防滑垫的库存周转率是多少", REFUSE),
    ("上个月的毛利润总共多少", REFUSE),
    ("亚马逊赔偿了多少丢件的钱", REFUSE),
    # --- Chinese: compound questions
    (
        "水壶上个月在美国卖了多少件、多少钱",
        (
            "both",
            ("units", "NB-AP-001", "US", "last_month"),
            ("revenue", "NB-AP-001", "US", "last_month"),
        ),
    ),
    (
        "德国最近30天料理棒和奶泡器各卖了多少",
        ("both", ("units", "NB-AP-002", "DE", "30d"), ("units", "NB-AP-004", "DE", "30d")),
    ),
    ("风扇在日本的售价和采购成本", ("both", ("price", "NB-AP-003", "JP"), ("cost", "NB-AP-003"))),
    (
        "昨天英国站多少单、多少件",
        ("both", ("orders", None, "UK", "yesterday"), ("units", None, "UK", "yesterday")),
    ),
    ("厨房秤美国仓在库和在途分别多少", ("stock", "NB-AP-005", "US")),
    # --- Chinese: exceptions
    ("上个月除了德国其他站一共卖了多少件", DECLINE),
    ("最近30天不含日本的销售额", DECLINE),
    ("最近30天除了水壶以外卖了多少件", DECLINE),
    ("除美国外哪个站上个月卖得最好", DECLINE),
    # --- Chinese: comparisons and differences
    ("料理棒最近30天美国比德国多卖了多少", ("compare", "NB-AP-002", ("US", "DE"), "30d")),
    ("厨房秤上个月英国和日本哪个卖得多", ("compare", "NB-AP-005", ("UK", "JP"), "last_month")),
    ("奶泡器这个月美国对比德国的销量", ("compare", "NB-AP-004", ("US", "DE"), "this_month")),
    (
        "上周水壶和风扇哪个卖得多",
        (
            "both",
            ("units", "NB-AP-001", None, "last_week"),
            ("units", "NB-AP-003", None, "last_week"),
        ),
    ),
    (
        "风扇这个月比上个月多卖了多少",
        (
            "both",
            ("units", "NB-AP-003", None, "this_month"),
            ("units", "NB-AP-003", None, "last_month"),
        ),
    ),
    # --- Chinese: time ranges
    ("水壶第三季度卖了多少件", ("units", "NB-AP-001", None, "q:3")),
    ("德国站11月1日到11月15日的销售额", ("revenue", None, "DE", "range:11-01:11-15")),
    ("美国站上周二多少单", ("orders", None, "US", "lastwd:1")),
    ("料理棒11月第一周卖了多少", ("units", "NB-AP-002", None, "range:11-01:11-07")),
    ("今年到现在一共卖了多少件", ("units", None, None, "ytd")),
    ("日本站最近60天多少订单", ("orders", None, "JP", "60d")),
    ("水壶9月份在美国的销售额", ("revenue", "NB-AP-001", "US", "m:9")),
    ("黑五当天奶泡器卖了多少", ("units", "NB-AP-004", None, "bfday")),
    ("英国10月份卖了多少件", ("units", None, "UK", "oct")),
    ("双十一当天美国卖了多少件", ("units", None, "US", "range:11-11:11-11")),
    ("第三季度德国站销售额", ("revenue", None, "DE", "q:3")),
    # --- Chinese: per unit against total
    ("日本站风扇一个卖多少钱", ("price", "NB-AP-003", "JP")),
    ("日本站风扇每卖一个亏多少", ("margin", "NB-AP-003", "JP")),
    ("厨房秤美国最近30天总销售额", ("revenue", "NB-AP-005", "US", "30d")),
    ("风扇德国上个月的平均售价", ("asp", "NB-AP-003", "DE", "last_month")),
    ("奶泡器发英国每件到岸成本", ("landed", "NB-AP-004", "UK")),
    # --- Chinese: a currency asked for
    ("英国最近30天销售额多少英镑", ("revenue", None, "UK", "30d")),
    ("德国站上个月销售额换算成美元是多少", ("revenue", None, "DE", "last_month")),
    ("日本站这个月卖了多少日元", ("revenue", None, "JP", "this_month")),
    ("上个月所有站点的销售额换算成人民币", ("revenue", None, None, "last_month")),
    # --- Chinese: who and why
    ("为什么水壶在德国卖得不好了", DECLINE),
    ("上个月谁买厨房秤买得最多", REFUSE),
    ("咖啡磨豆机的供应商是谁", REFUSE),
    # --- Chinese: rankings with an N
    ("美国站最近30天销量前三名", ("top_n", "US", "30d", 3)),
    ("上个月卖得最好的前五个产品", ("top_n", None, "last_month", 5)),
    ("日本站上周销量前二", ("top_n", "JP", "last_week", 2)),
    # --- Chinese: other sellers, data the seller cannot see
    ("跟卖我们水壶的卖家上个月卖了多少", REFUSE),
    ("美国站水壶购物车现在是谁的价格最低", REFUSE),
    ("同类目第一名每个月卖多少件", REFUSE),
    # --- Chinese: plain controls beside the traps
    ("上个月德国站卖了多少件", ("units", None, "DE", "last_month")),
    ("最近7天英国站的订单数", ("orders", None, "UK", "7d")),
    ("差评最多的是哪个产品", REFUSE),
]
