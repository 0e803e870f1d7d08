"""What the offline parser refuses or says it cannot answer, in English and Chinese: write
requests (and the inbox questions that only look like them), other sellers' data, and figures the
seller's data does not hold. Data only; matching lives in `question`."""

from __future__ import annotations

import re

WRITE = (
    (
        "approve",
        "reject",
        "delete",
        "remove",
        "set price",
        "set the price",
        "change the price",
        "change price",
        "raise the price",
        "lower the price",
        "update",
        "apply",
        "ignore previous",
        "ignore all previous",
        "system:",
        "cancel",
        "create",
        "send",
    ),
    (
        "批准",
        "删除",
        "删掉",
        "修改",
        "改价",
        "设置",
        "忽略",
        "执行",
        "取消",
        "调价",
        "改成",
        "提价",
        "提高",
        "降低",
        "调高",
        "调低",
        "上调",
        "下调",
        "降价",
        "涨价",
        # making a record: "帮我建一个发德国的货件", "新建补货单"
        "创建",
        "新建",
        "建一个",
        "建个",
        "建一票",
    ),
)
# "proposals waiting for my approval", "等我批准的": asking about the inbox, not a write
NOT_WRITE = re.compile(
    r"(?:need|needs|waiting|wait|awaiting|have|has|left|ready)\s+(?:for\s+)?"
    r"(?:me\s+|us\s+|someone\s+|somebody\s+|anyone\s+|you\s+)?"
    r"(?:to\s+)?(?:approve|approval|review)(?:\s+or\s+(?:reject|decline)(?:\s+them|\s+it)?)?|"
    r"to\s+approve(?:\s+or\s+(?:reject|decline))?|for\s+(?:my\s+|your\s+)?approval|"
    r"待批的?(?:修改|改动|提案|建议)|"
    r"(?:等|待|需要|要|等着|等待)\s*(?:我|我们)?\s*(?:批准|审批|审核|处理|批)|(?:批准|审批)的|"
    r"(?:被|已)?取消(?:的|了的|了多少)|(?:创建|新建)(?:日期|时间|于|的)|"
    # asking what a proposal would change is not asking for the change
    r"(?:建议|提议|提案)\s*(?:要|把它|将)?\s*(?:改|调|设)|(?:改|调|设)(?:成|为|到)(?:什么|多少|哪个)|"
    r"(?:suggest|suggests|suggested|propose|proposes|proposed)\s+(?:to\s+)?(?:change|changing|set|setting)"
    # "asked for an update on logistics", "any updates": news asked for, not a change
    r"|(?<![a-z])(?:an|any|for|the|latest|quick|brief|status)\s+updates?(?![a-z])"
    # "kindly send me the top 3", "send over the numbers": a read asked for
    r"|(?<![a-z])send\s+(?:me|us|over|across|back)(?![a-z])"
    r"|(?<![a-z])send\s+(?:it|them|that|those|these|this)\s+(?:over|across|along|through|back|"
    r"to\s+(?:me|us))(?![a-z])"
    # "trying to decide whether to send another air shipment": the decision the figure serves
    r"|(?<![a-z])(?:decide|deciding|decided|thinking|wondering|considering|weighing)\s+"
    r"(?:about\s+)?(?:whether|if)\s+(?:to|we|i)(?![a-z])[^,?.;]*"
)
# "lower the price to 1500", "价格降到1500": a price change, refused
WRITE_TO_NUMBER = re.compile(
    r"(?<![a-z])(?:set|change|lower|raise|increase|reduce|drop|cut|bump|put|make|move|setting|"
    r"changing|lowering|raising|increasing|reducing|dropping|cutting|bumping|putting|making|"
    r"moving)(?![a-z]).{0,80}?\bto\s*[$€£¥]?\s*\d|(?:降|调|改|涨|提|设|定|减)(?:到|为|成|至)\s*[$€£¥]?\d"
)
# taking a listing off sale or putting it on, asked for ("麻烦直接帮我把它下架", "delist it"),
# or an errand booked ("book a carrier pickup"): a write, refused; a question about it
# ("哪些产品下架了", "was it delisted", "when is the pickup") is none
WRITE_LISTING = re.compile(
    r"(?:把|将)[^，,。？?！!]{0,20}?(?:下架|上架|停售|删(?:了|掉|除)?[咯啦吧嘛哈呀]*\s*(?:[，,。！!]|$))|"
    r"(?:帮我|给我|麻烦|请|直接|马上|赶紧)\s*(?:下架|上架|停售)|(?:下架|上架|停售)(?:它|掉|一下)|"
    r"(?<![a-z])(?:delist|deactivate|unpublish|take down|take off sale)\s+"
    r"(?:it|them|this|that|these|those|the|our|my)(?![a-z])|"
    # a shipment moved, asked for: "roll SHP-... to next week's flight", "push the ETA out"
    r"^\W*(?:please\s+|pls\s+|can you\s+|could you\s+)?(?:roll|rebook|reschedule|postpone|"
    r"expedite|reroute)\s+(?:it|them|the|our|this|that|shp-)|"
    r"(?<![a-z])push\s+(?:the\s+)?(?:eta|etd|delivery|departure|date)\s+(?:out|back)(?![a-z])|"
    # an errand in the world: "book a carrier pickup", "schedule a collection"
    r"(?:^|(?<![a-z])(?:can you|could you|would you|please|pls|kindly))\s*"
    r"(?:book|schedule|arrange)\s+(?:a|an|the|our|my)\s+(?:[a-z]+\s+)?"
    r"(?:pickup|pick-up|collection|truck|courier|carrier|container|delivery)(?![a-z])"
)
# figures the seller's data does not hold: asked about, they are said to be unknown, never
# answered with another measure ("inventory value" is not units on hand)
UNSUPPORTED: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "sell-through rate",
        ("sell-through", "sell through", "sell thru", "sell-thru", "sellthrough"),
        ("售罄率", "动销率", "售出率"),
    ),
    (
        "account health and defect rates",
        ("account health", "order defect rate", "odr", "defect rate"),
        ("账户健康", "账号健康", "健康分", "ODR", "odr", "订单缺陷率"),
    ),
    (
        "regions made of several stores",
        ("eu", "europe", "european", "emea", "asia", "north america", "latin america"),
        ("欧洲", "欧盟", "欧区", "亚洲", "北美", "南美", "拉美"),
    ),
    (
        "sales channels other than your stores' orders",
        ("ebay", "shopify", "walmart", "temu", "tiktok", "aliexpress", "etsy", "offline"),
        ("速卖通", "拼多多", "抖音", "独立站", "沃尔玛", "线下"),
    ),
    (
        "cancelled orders",
        ("cancelled", "canceled", "cancellation", "cancellations"),
        ("取消的订单", "被取消", "已取消", "取消了", "取消订单数"),
    ),
    (
        "figures that leave something out",
        (
            "excluding",
            "exclude",
            "except",
            "other than",
            "apart from",
            "outside of",
            "besides",
            "not counting",
        ),
        ("除了", "除去", "不含", "不包括", "以外", "之外", "刨除", "排除", "除开"),
    ),
    (
        "products ranked by price or cost",
        (
            "cheapest",
            "most expensive",
            "priciest",
            "lowest price",
            "highest price",
            "highest unit cost",
            "lowest unit cost",
        ),
        ("最便宜", "最贵", "价格最高", "价格最低", "售价最高", "售价最低", "成本最高", "成本最低"),
    ),
    (
        "inventory value",
        (
            "inventory value",
            "stock value",
            "value of my stock",
            "value of my inventory",
            "value of the stock",
            "value of the inventory",
            "worth of stock",
        ),
        ("库存价值", "库存金额", "库存货值", "库存值多少", "库存总值", "库存总价值"),
    ),
    ("average order value", ("average order value", "aov", "basket size"), ("客单价",)),
    # who wins the offer on a listing is Amazon's, not in the seller's data
    # "购物车在我们手上吗": the cart a seller holds is the Buy Box
    ("the Buy Box", ("buy box", "buybox", "featured offer"), ("黄金购物车", "购物车")),
    # what Amazon paid back for lost or damaged stock is in its reports, not the seller's data
    (
        "reimbursements",
        ("reimburse", "reimbursed", "reimburses", "reimbursement", "reimbursements"),
        ("赔偿", "赔付", "理赔"),
    ),
    # how often stock turns over is not revenue ("turnover" alone is, in British English)
    (
        "inventory turnover",
        ("inventory turnover", "stock turnover", "turnover rate", "inventory turns", "stock turns"),
        # "周转天数" (days of stock at the sales rate) is days of cover, read there
        ("周转率", "周转次数", "库存周转率"),
    ),
    ("conversion rate", ("conversion", "conversion rate", "cvr"), ("转化率", "转化")),
    (
        "returns and refunds",
        ("return", "returns", "returned", "refund", "refunds", "refunded", "return rate"),
        ("退货", "退款", "退单", "退回"),
    ),
    (
        "advertising",
        ("ad spend", "ads", "advertising", "acos", "ppc", "tacos", "ad cost", "campaign"),
        ("广告", "推广费", "ppc"),
    ),
    (
        "reviews and ratings",
        ("reviews", "rating", "ratings", "stars", "feedback"),
        ("评价", "评论", "评分", "差评", "好评", "星级"),
    ),
    (
        "traffic",
        ("traffic", "sessions", "page views", "clicks", "impressions", "visitors", "ctr"),
        ("流量", "访客", "点击", "曝光", "浏览量"),
    ),
    (
        "sales rank",
        (
            "bsr",
            "best seller rank",
            "best sellers rank",
            "sales rank",
            "keyword rank",
            "keyword ranking",
            "keyword rankings",
            "search rank",
            "search ranking",
            "organic rank",
        ),
        ("大类排名", "小类排名", "关键词排名", "关键字排名", "搜索排名", "自然排名"),
    ),
    # what Amazon pays out and when, and the balance held back: the marketplace's settlement
    # reports, not the seller's orders
    (
        "payouts and account balances",
        (
            "payout",
            "payouts",
            "disbursement",
            "disbursements",
            "settlement",
            "settlements",
            "account balance",
            "withdrawable",
            "pay out",
            "paid out",
            "pays out",
            "bank account",
        ),
        ("回款", "到账", "余额", "提现", "结算", "放款", "打款"),
    ),
    (
        "profit totals",
        ("total profit", "net profit", "p&l", "profit and loss"),
        ("总利润", "净利润", "利润总额", "赚了多少", "挣了多少"),
    ),
    # the business's own books beyond its sales, stock and landed costs: taxes owed, staff,
    # premises and overheads (customs duty is in the landed cost, so it is not listed here)
    (
        "taxes, payroll, rent and overheads",
        (
            "tax",
            "taxes",
            "income tax",
            "corporate tax",
            "corporation tax",
            "tax liability",
            "tax bill",
            "vat",
            "sales tax",
            "payroll",
            "salary",
            "salaries",
            "wages",
            "rent",
            "overhead",
            "overheads",
            "utilities",
        ),
        (
            "所得税",
            "企业所得税",
            "增值税",
            "税负",
            "税额",
            "税款",
            "纳税",
            "缴税",
            "交税",
            "报税",
            "工资",
            "薪资",
            "薪水",
            "房租",
            "租金",
            "水电费",
        ),
    ),
    (
        "storage and FBA fees",
        ("storage fee", "storage fees", "fba fee", "fba fees"),
        ("仓储费", "配送费", "fba费"),
    ),
    (
        "averages, shares and growth",
        (
            "average",
            "averages",
            "avg",
            "per day",
            "a day on average",
            "percentage",
            "percent",
            "share of",
            "proportion",
            "growth",
            "grow",
            "grew",
            "growing",
            "trend",
        ),
        (
            "平均",
            "日均",
            "每天卖",
            "占比",
            "占总",
            "百分比",
            "比例",
            "增长",
            "增幅",
            "环比",
            "同比",
            "趋势",
            "成长",
            "涨幅",
            "几%",
            "多少%",
        ),
    ),
)
OTHER_SELLER = (
    (
        "other seller",
        "other sellers",
        "another seller",
        "other merchants",
        "competitor",
        "competing",
        "competitors",
        "competitor's",
        "competitors'",
        "rival",
        "rivals",
        "competitor's sales",
        "competitors' sales",
        "competitor sales",
        "competitor's revenue",
        "competitor's orders",
        "competitor's stock",
        "competitor's inventory",
        "someone else's",
        "another company's",
        "other shops",
        "seller id",
        # a neighbour's business ("the seller next door", "my neighbour's shop")
        "seller next door",
        "next door seller",
        "next-door seller",
        "neighbour seller",
        "neighbor seller",
        "neighbouring seller",
        "neighboring seller",
        "shop next door",
        "next door shop",
        "next-door shop",
        "neighbour shop",
        "neighbor shop",
        "neighbouring shop",
        "neighboring shop",
        "store next door",
        "next door store",
        "next-door store",
        "neighbour store",
        "neighbor store",
        "neighbouring store",
        "neighboring store",
        "merchant next door",
        "next door merchant",
        "next-door merchant",
        "neighbour merchant",
        "neighbor merchant",
        "neighbouring merchant",
        "neighboring merchant",
        "vendor next door",
        "next door vendor",
        "next-door vendor",
        "neighbour vendor",
        "neighbor vendor",
        "neighbouring vendor",
        "neighboring vendor",
        "neighbour's",
        "neighbor's",
        "other vendor",
        "other vendors",
        "another vendor",
        "another merchant",
        "hijacker",
        "hijackers",
    ),
    (
        "其他卖家",
        "别的卖家",
        "别人家",
        "其他商家",
        "对手的销量",
        "对手的销售额",
        "对手的订单",
        "同行的",
        "别人的",
        "竞争对手",
        "竞品",
        "对手",
        "其他店铺的数据",
        # selling on the seller's own listing ("跟卖", a listing hijacker) is another seller
        "跟卖",
    ),
)
