"""Block "avgS": 32 questions about averages of sales (ADR 0195), 16 English and 16 Chinese,
written by the developer with the parser in view while building the feature: dev data, not an
out-of-sample measure. The average order value ("aov"), the average selling price ("asp"), units
per order ("upo") and a figure a day ("daily"), each in one store so the money has one currency;
and what stays refused: a ranking by an average, a share, growth, and averages of what the data
does not hold (`assistant_chat.py --avg`)."""

from __future__ import annotations

from assistant_questions import Spec

REFUSE: Spec = ("refuse",)

AVG_S: list[tuple[str, Spec]] = [
    # --- English
    ("What's our average order value in the US last month?", ("aov", None, "US", "last_month")),
    ("AOV on Amazon Germany over the last 30 days", ("aov", None, "DE", "30d")),
    ("average order value of the kettle in Japan, last 90 days", ("aov", "NB-AP-001", "JP", "90d")),
    ("revenue per order in the UK last week", ("aov", None, "UK", "last_week")),
    (
        "what's the average selling price of the hand blender in the US this month?",
        ("asp", "NB-AP-002", "US", "this_month"),
    ),
    ("ASP for the kitchen scale in DE last month", ("asp", "NB-AP-005", "DE", "last_month")),
    (
        "average price we sold the frother at in the UK over the last 30 days",
        ("asp", "NB-AP-004", "UK", "30d"),
    ),
    ("how many units per order do we get in Japan, last 30 days?", ("upo", None, "JP", "30d")),
    (
        "how many kettles a day do we sell in the US? last 30 days",
        ("daily", "units", "NB-AP-001", "US", "30d"),
    ),
    (
        "daily average units of the fan in Germany last month",
        ("daily", "units", "NB-AP-003", "DE", "last_month"),
    ),
    ("orders per day in the UK over the last 14 days", ("daily", "orders", None, "UK", "14d")),
    (
        "what's our daily revenue on average in the US last week",
        ("daily", "revenue", None, "US", "last_week"),
    ),
    ("which store has the highest average order value?", REFUSE),
    ("what share of our revenue comes from the US?", REFUSE),
    ("average review score of the kettle", REFUSE),
    ("how fast is US revenue growing month over month in percent?", REFUSE),
    # --- Chinese
    ("美国站上个月的客单价是多少", ("aov", None, "US", "last_month")),
    ("德国站近30天客单价", ("aov", None, "DE", "30d")),
    ("日本站最近90天电热水壶的客单价", ("aov", "NB-AP-001", "JP", "90d")),
    ("英国站上周平均每单多少钱", ("aov", None, "UK", "last_week")),
    ("料理棒这个月在美国的平均售价", ("asp", "NB-AP-002", "US", "this_month")),
    ("厨房秤上个月德国站平均成交价是多少", ("asp", "NB-AP-005", "DE", "last_month")),
    ("奶泡器英国站最近30天平均卖价", ("asp", "NB-AP-004", "UK", "30d")),
    ("日本站近30天平均每单几件", ("upo", None, "JP", "30d")),
    ("水壶在美国日均卖几个，看最近30天", ("daily", "units", "NB-AP-001", "US", "30d")),
    ("风扇上个月德国站日均销量", ("daily", "units", "NB-AP-003", "DE", "last_month")),
    ("英国站最近14天日均订单数", ("daily", "orders", None, "UK", "14d")),
    ("美国站上周日均销售额多少", ("daily", "revenue", None, "US", "last_week")),
    ("哪个站点的客单价最高？", REFUSE),
    ("美国站销售额占总销售额的比例是多少？", REFUSE),
    ("水壶的平均评分多少", REFUSE),
    ("美国站销售额环比增长了多少", REFUSE),
]
