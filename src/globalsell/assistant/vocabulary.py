"""The words the offline question parser knows, in English and Chinese: measures with their
keywords and weights, rankings, write requests and other sellers (both refused), and store
names. Data only; matching lives in `question`. Nothing here is specific to one seller's
products."""

from __future__ import annotations

from enum import StrEnum


class Measure(StrEnum):
    UNITS = "units_sold"
    REVENUE = "revenue"
    ORDERS = "orders"
    MARGIN = "margin"
    STOCK = "stock"
    DAYS_OF_COVER = "days_of_cover"
    STOCKOUT = "stockout_risk"
    OUT_OF_STOCK = "out_of_stock"
    HS_MISSING = "hs_missing"
    OPEN_ORDERS = "open_orders"
    PRICE = "price"
    UNIT_COST = "unit_cost"
    LANDED_COST = "landed_cost"
    HS_CODE = "hs_code"
    LISTING_STATUS = "listing_status"
    SHIPMENTS = "shipments"
    PROPOSALS = "open_proposals"
    FINDINGS = "findings"
    PRODUCT_COUNT = "product_count"
    FIND_PRODUCTS = "find_products"
    EXPLAIN_PROPOSAL = "explain_proposal"


class Rank(StrEnum):
    TOP = "top"
    BOTTOM = "bottom"
    LOSING = "losing_money"


class Refusal(StrEnum):
    WRITE = "write"
    OTHER_SELLER = "other_seller"


MEASURE_NAMES = {
    Measure.UNITS: ("units sold", "销量"),
    Measure.REVENUE: ("revenue", "销售额"),
    Measure.ORDERS: ("orders", "订单数"),
    Measure.MARGIN: ("margin", "毛利"),
    Measure.STOCK: ("stock", "库存"),
    Measure.DAYS_OF_COVER: ("days of cover", "可售天数"),
    Measure.STOCKOUT: ("stock-out risk", "断货风险"),
    Measure.OUT_OF_STOCK: ("out of stock now", "当前断货"),
    Measure.HS_MISSING: ("products without an HS code", "没有HS编码的产品"),
    Measure.OPEN_ORDERS: ("orders not shipped yet", "未发货订单"),
    Measure.PRICE: ("price", "售价"),
    Measure.UNIT_COST: ("unit cost", "采购成本"),
    Measure.LANDED_COST: ("landed cost", "到岸成本"),
    Measure.HS_CODE: ("HS code", "HS编码"),
    Measure.LISTING_STATUS: ("listing status", "listing状态"),
    Measure.SHIPMENTS: ("shipments", "货件"),
    Measure.PROPOSALS: ("open proposals", "待审批提案"),
    Measure.FINDINGS: ("findings", "发现的问题"),
    Measure.PRODUCT_COUNT: ("number of products", "产品数量"),
    Measure.FIND_PRODUCTS: ("find products", "查找产品"),
    Measure.EXPLAIN_PROPOSAL: ("why a proposal was made", "提案原因"),
}

# (measure, weight, English phrases matched as whole words, Chinese substrings)
KEYWORDS: list[tuple[Measure, int, tuple[str, ...], tuple[str, ...]]] = [
    (
        Measure.UNITS,
        2,
        (
            "units",
            "sold",
            "sell",
            "sells",
            "selling",
            "sales volume",
            "unit sales",
            "pieces",
            "went out",
            "did we move",
            "did i move",
            "have we moved",
            "have i moved",
            "units moved",
        ),
        ("销量", "卖了多少", "卖出", "售出", "卖了几", "多少件", "几件", "卖得", "卖的最", "件数"),
    ),
    (Measure.UNITS, 1, ("sales",), ("销售",)),
    (
        Measure.REVENUE,
        3,
        (
            "revenue",
            "turnover",
            "sales amount",
            "gross sales",
            "how much money",
            "most money",
            "least money",
            "income",
            "takings",
            "sales value",
        ),
        ("销售额", "营业额", "收入", "卖了多少钱", "营收", "流水", "销售金额"),
    ),
    (Measure.REVENUE, 1, ("sales",), ("销售",)),
    (
        Measure.ORDERS,
        3,
        ("orders", "order count", "number of orders"),
        ("订单", "单量", "多少单", "几单", "出单"),
    ),
    (
        Measure.MARGIN,
        3,
        ("margin", "margins", "profit", "profitable", "earn", "make per unit"),
        ("毛利", "利润", "赚多少", "赚钱", "利润率", "亏多少", "赔多少", "亏了多少", "赔了多少"),
    ),
    (
        Measure.MARGIN,
        5,
        (
            "losing money",
            "lose money",
            "loses money",
            "unprofitable",
            "negative margin",
            "at a loss",
            "below cost",
            "under cost",
        ),
        ("亏钱", "亏损", "赔钱", "亏本", "负毛利", "不赚钱", "低于成本", "倒贴"),
    ),
    (
        Measure.STOCK,
        2,
        (
            "stock",
            "inventory",
            "on hand",
            "in stock",
            "reserved",
            "inbound",
            "in transit",
            "on the way",
            "on the water",
            "at sea",
            "on their way",
            "on its way",
            "en route",
            "units left",
            "left in",
            "warehouse",
            "stock level",
        ),
        (
            "库存",
            "现货",
            "有多少货",
            "还有多少",
            "在途",
            "预留",
            "占用",
            "剩多少",
            "剩下",
            "存货",
            "还剩",
            "剩几",
            "剩余",
            "有货",
            "可用库存",
            "在路上",
        ),
    ),
    (Measure.STOCK, 3, ("on hand", "in stock", "stock level", "stock levels", "inventory"), ()),
    (Measure.STOCK, 1, ("hub", "origin hub", "origin warehouse"), ("国内仓", "中国仓")),
    (
        Measure.DAYS_OF_COVER,
        5,
        (
            "days of cover",
            "days of stock",
            "days of inventory",
            "how long will",
            "last how long",
            "how many days will",
        ),
        (
            "可售天数",
            "够卖",
            "能卖多少天",
            "能卖几天",
            "还能卖",
            "库存天数",
            "周转天数",
            "撑几天",
            "撑多久",
            "能撑",
            "够用几天",
        ),
    ),
    (
        Measure.DAYS_OF_COVER,
        5,
        ("reorder", "restock", "replenish", "order more", "need to order", "top up"),
        ("补货", "备货", "补多少", "加单", "返单", "需要补"),
    ),
    (
        Measure.STOCKOUT,
        5,
        (
            "run out",
            "running out",
            "runs out",
            "stock-out risk",
            "stockout risk",
            "sell out",
        ),
        ("库存不足", "断货风险", "缺货风险", "快卖完", "快断货", "即将断货"),
    ),
    (
        Measure.STOCKOUT,
        6,
        ("stock-out date", "stockout date", "run-out date", "out of stock date"),
        ("断货日期", "断货时间"),
    ),
    (
        Measure.OUT_OF_STOCK,
        5,
        (
            "out of stock",
            "stock out",
            "stockout",
            "stock-out",
            "stocked out",
            "sold out",
            "no stock",
            "zero stock",
            "oos",
        ),
        (
            "断货",
            "缺货",
            "卖完",
            "卖断",
            "没货",
            "无货",
            "零库存",
            "没库存",
            "没有库存",
            "没有可售库存",
            "没有可用库存",
            "无可售库存",
            "可售为0",
            "可售库存为0",
            "可用库存为0",
        ),
    ),
    (
        Measure.PRICE,
        2,
        ("price", "prices", "priced", "sell for", "selling price", "listed at", "list price"),
        ("售价", "价格", "卖多少钱", "定价", "标价", "卖价"),
    ),
    (
        Measure.PRICE,
        4,
        ("selling for", "sells for", "sell it for", "retail price"),
        ("卖价多少", "多少钱一个", "多少钱一件", "一个多少钱", "一件多少钱", "单价"),
    ),
    (
        Measure.UNIT_COST,
        2,
        ("cost", "costs", "cogs", "unit cost", "costing"),
        ("成本", "进价", "拿货价", "出厂价"),
    ),
    (
        Measure.UNIT_COST,
        4,
        (
            "purchase cost",
            "purchase price",
            "buying price",
            "factory price",
            "procurement cost",
            "pay the factory",
            "how much do i pay",
            "how much do we pay",
            "what do i pay",
            "what do we pay",
            "pay our supplier",
            "pay the supplier",
            "supplier price",
        ),
        (
            "采购成本",
            "采购价",
            "进货价",
            "拿货成本",
            "采购单价",
            "进货单价",
            "拿货单价",
            "出厂单价",
        ),
    ),
    (
        Measure.LANDED_COST,
        6,
        (
            "landed cost",
            "landed",
            "cost to land",
            "duty and freight",
            "duties",
            "duty",
            "import duty",
            "freight cost",
            "shipping cost",
        ),
        ("到岸成本", "落地成本", "到岸价", "含税成本", "关税", "落地价", "头程运费", "运费"),
    ),
    (
        Measure.HS_CODE,
        6,
        (
            "hs code",
            "hs codes",
            "hs-code",
            "hs",
            "hts",
            "tariff code",
            "customs code",
            "commodity code",
            "classification",
            "classified",
        ),
        ("海关编码", "编码", "税号", "商品编码", "海关代码", "归类", "hs码"),
    ),
    (
        Measure.LISTING_STATUS,
        3,
        (
            "listing",
            "listings",
            "listed",
            "live",
            "published",
            "listing status",
            "approved",
        ),
        ("上架", "刊登", "链接", "listing", "在售", "审核通过"),
    ),
    (
        Measure.SHIPMENTS,
        4,
        (
            "shipment",
            "shipments",
            "container",
            "containers",
            "consignment",
            "eta",
            "arrive",
            "arrives",
            "arriving",
            "arrival",
            "delayed",
            "delay",
            "exception",
            "exceptions",
            "customs hold",
            "held in customs",
            "stuck in customs",
            "in customs",
            "stuck in transit",
            "held up",
            "air shipment",
            "ocean shipment",
            "sea shipment",
            "delivery date",
        ),
        (
            "货件",
            "货柜",
            "头程",
            "发货单",
            "运单",
            "到货",
            "到达",
            "到港",
            "物流",
            "延误",
            "货物",
            "海关扣",
            "扣关",
            "清关",
            "被扣",
            "查验",
            "空运",
            "海运",
            "那票货",
            "票货",
            "海上",
            "这票货",
            "批货",
            "什么时候到",
            "几号到",
            "何时到",
            "哪天到",
            "到仓",
        ),
    ),
    (
        Measure.PROPOSALS,
        4,
        (
            "proposal",
            "proposals",
            "pending",
            "inbox",
            "awaiting approval",
            "to approve",
            "change request",
            "change requests",
            "approvals",
        ),
        ("待审批", "提案", "待处理", "审批", "建议单"),
    ),
    (
        Measure.FINDINGS,
        3,
        (
            "finding",
            "findings",
            "problems",
            "issues",
            "what should i do",
            "alerts",
            "to do",
            "last check",
            "latest check",
            "assistant find",
            "assistant found",
            "did you find",
            "most urgent",
            "my attention",
            "need attention",
            "needs attention",
        ),
        (
            "问题",
            "发现",
            "该做",
            "提醒",
            "告警",
            "要处理",
            "该处理",
            "处理什么",
            "待办",
            "需要处理",
            "要我处理",
            "需要我处理",
        ),
    ),
    (
        Measure.PRODUCT_COUNT,
        2,
        (
            "how many products",
            "number of products",
            "count my products",
            "catalogue size",
            "how many skus",
            "number of skus",
            "how many items",
        ),
        ("多少个产品", "几个产品", "几款", "多少款", "产品总数", "多少个商品", "多少种产品"),
    ),
    (
        Measure.FIND_PRODUCTS,
        2,
        ("find products", "search products", "find product", "list products", "search for"),
        ("查找", "搜索", "找一下", "列出产品"),
    ),
]

# country and store names -> a store code of the marketplace registry (public facts)
STORE_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (
        (
            "united states",
            "the states",
            "usa",
            "u.s.",
            "america",
            "american",
            "amazon.com",
            "us store",
        ),
        ("美国", "美区", "美国站", "美站", "美亚"),
    ),
    "UK": (
        ("united kingdom", "britain", "great britain", "england", "amazon.co.uk", "uk", "gb"),
        ("英国", "英区", "英国站", "英亚", "英站"),
    ),
    "DE": (
        ("germany", "german", "deutschland", "amazon.de", "de"),
        ("德国", "德区", "德国站", "德亚", "德站"),
    ),
    "JP": (("japan", "japanese", "amazon.co.jp", "jp"), ("日本", "日区", "日本站", "日亚", "日站")),
    "FR": (("france", "french", "amazon.fr"), ("法国", "法国站", "法亚", "法站")),
    "IT": (("italy", "italian", "amazon.it"), ("意大利", "意大利站", "意亚")),
    "ES": (("spain", "spanish", "amazon.es"), ("西班牙", "西班牙站")),
    "CA": (("canada", "canadian", "amazon.ca"), ("加拿大", "加拿大站", "加亚")),
    "MX": (("mexico", "amazon.com.mx"), ("墨西哥",)),
    "AU": (("australia", "amazon.com.au"), ("澳大利亚", "澳洲")),
    "NL": (("netherlands", "holland", "amazon.nl"), ("荷兰",)),
    "SE": (("sweden", "amazon.se"), ("瑞典",)),
    "PL": (("poland", "amazon.pl"), ("波兰",)),
}
# upper-case codes that are also English words count only when written in capitals
CAPS_ONLY = {"US": "US", "IT": "IT", "ES": "ES", "CA": "CA", "AU": "AU", "FR": "FR", "NL": "NL"}
