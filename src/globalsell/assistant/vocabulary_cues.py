"""Cue words of the offline question parser, in English and Chinese: rankings (best, worst),
stock-out risk ahead, missing HS codes, open orders and late shipments. Data only; matching
lives in `question`."""

from __future__ import annotations

RANK_TOP = (
    (
        "number one",
        "number 1",
        "no. 1",
        "no 1",
        "best-selling",
        "best selling",
        "bestseller",
        "bestsellers",
        "best seller",
        "top",
        "most",
        "highest",
        "biggest",
        "largest",
        "best",
        "rank",
        "ranked",
        "ranking",
        "rankings",
    ),
    (
        "卖得最好",
        "卖的最好",
        "最畅销",
        "卖得最多",
        "卖的最多",
        "销量最高",
        "最多",
        "最高",
        "爆款",
        "最好",
        "排名第一",
        "排行",
    ),
)
RANK_BOTTOM = (
    (
        "did not sell",
        "didn't sell",
        "not sold",
        "no sales",
        "zero sales",
        "never sold",
        "worst-selling",
        "worst selling",
        "worst",
        "slowest",
        "least",
        "lowest",
        "fewest",
        "bottom",
        "weakest",
    ),
    (
        "卖得最差",
        "卖的最差",
        "卖得最烂",
        "卖的最烂",
        "最烂",
        "最少",
        "最低",
        "最差",
        "滞销",
        "没卖出",
        "没卖",
        "没有卖",
        "零销量",
        "都没卖",
    ),
)

# "out of stock" words ask about now unless one of these makes it a risk ahead
RISK_CUES = (
    ("will", "going to", "risk", "soon", "about to", "within", "next", "likely", "may", "might"),
    (
        "会断",
        "会缺",
        "会卖完",
        "会不会",
        "将断",
        "快断",
        "快缺",
        "快卖完",
        "风险",
        "即将",
        "天内",
        "周内",
        "要断",
        "下周",
        "下个月",
        "预计",
        "可能",
        "什么时候",
        "何时",
        "多久",
        "几天",
        "哪天",
    ),
)
# "no HS code", "没有海关编码": the products that lack one, not one product's code
MISSING_CUES = (
    ("no", "without", "missing", "lack", "lacking", "don't have", "do not have", "not have"),
    ("没有", "缺少", "缺失", "未填", "未申报", "没填", "还没"),
)
# orders that have not shipped yet
OPEN_ORDER_CUES = (
    (
        "unshipped",
        "not shipped",
        "not yet shipped",
        "haven't shipped",
        "have not shipped",
        "pending",
        "open orders",
        "open order",
        "waiting to ship",
        "to be shipped",
        "outstanding",
        "still open",
        "still pending",
        "unfulfilled",
        "not fulfilled",
    ),
    (
        "未发货",
        "待发货",
        "没发货",
        "还没发",
        "未发出",
        "待发",
        "没有发货",
        "未完成的订单",
        # "出货" is "发货" as a warehouse says it ("還有多少訂單沒出貨")
        "没出货",
        "未出货",
        "待出货",
        "没有出货",
    ),
)
# shipments behind their plan (a delay exception), not any open exception
LATE_CUES = (
    ("late", "delayed", "delay", "delays", "behind", "overdue", "running late", "behind schedule"),
    ("延误", "晚了", "延迟", "晚到", "迟到", "晚点", "拖延"),
)

# stock beyond what sells ("overstocked", "库存积压"): ranked by days of cover, most first
OVERSTOCK_CUES = (
    (
        "overstock",
        "overstocked",
        "overstocking",
        "over-stocked",
        "too much stock",
        "too much inventory",
        "excess stock",
        "excess inventory",
        "surplus stock",
        "dead stock",
        "slow-moving",
        "slow moving",
        "not moving",
    ),
    ("积压", "库存过多", "库存太多", "库存过剩", "库存过高", "滞销", "压库", "卖不动", "动销慢"),
)
