"""Cues of the offline question parser that need more than a word list: goods in transit asked
about as consignments or as units, money earned over a period (sales) against a margin a unit,
a shipment hold and where it happens, listings that are not live; and the shapes of questions
that would otherwise be answered confidently wrong (buyers, a ratio, one order, two
figures joined, a gain on each unit, an exception written around its subject). Pure."""

from __future__ import annotations

import re

from globalsell.assistant.periods import Period

__all__ = [
    "ASKS_FOR_BUYERS",
    "COUNTED",
    "COVER_ASKED",
    "EN_COUNTED_STOCK",
    "EN_TRANSIT_WHAT",
    "EXCEPT_AROUND",
    "FINER_PLACE",
    "INBOUND_EN",
    "JOINED",
    "N_WORDS",
    "NOT_LIVE",
    "ORDERS_SHIPPED_LATE",
    "PER_UNIT_GAIN",
    "SALES_LEFT_OUT",
    "SALES_RATIO",
    "SHIFTED_SPAN",
    "SINGLE_ORDER",
    "STOCK_AT_PLACE",
    "STOCK_PART_LEFT_OUT",
    "STOCK_PARTS_JOINED",
    "UNIT_STATES",
    "ZH_TRANSIT",
    "ZH_TRANSIT_GOODS",
    "earned",
    "exception_kind",
    "not_held",
]


def _any(low: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    english, chinese = words
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", low) for w in english) or any(
        w in low for w in chinese
    )


# goods on the way in Chinese; with goods asked about as consignments ("哪些货", "几批货") they
# are shipments, with a product they are its inbound units
ZH_TRANSIT = ("运输途中", "运输中", "在运输", "运送中", "在途", "在路上", "还在路上", "途中")
# how many days the stock gets a product through ("how many days comes the fan still through
# with the stock", "how many more days do we get through"; German "durchkommen"): its days of
# cover, never a shipment's way through customs
COVER_ASKED = re.compile(
    r"(?<![a-z])how\s+many\s+(?:more\s+)?days\s+(?:do\s+|does\s+|will\s+|would\s+)?"
    r"(?:[a-z-]+\s+){0,6}?(?:come|comes|get|gets|go|goes|make|makes)\s+(?:[a-z-]+\s+){0,6}?"
    r"through(?![a-z])(?!\s+customs)"
)
# "票" counts consignments ("几票货", "哪几票"), as "批" does
ZH_TRANSIT_GOODS = re.compile(
    r"(?:哪些|哪批|哪几批|几批|多少批|什么)货(?![款号])|货件|货物|(?:哪几|哪|几|多少)[票批]"
)

# goods kept at a place of the seller's ("sitting at our Ningbo hub, waiting for a shipment",
# "still sit in ningbo hub"): the stock there, never the shipments they wait for
STOCK_AT_PLACE = re.compile(
    r"(?<![a-z])(?:sitting|sit|sits|sat|stored|lying|kept|waiting|held)\s+(?:at|in)\s+"
    r"(?:(?:our|my|the)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:hub|hubs|warehouse|warehouses|depot|depots|3pl|fulfil?ment cent(?:er|re)s?)(?![a-z])"
)

# a part of the stock left out ("在库多少 不算在途的", "stock excluding inbound"): the stock on
# hand is asked, never the part named; the answer gives every part, on hand first
STOCK_PART_LEFT_OUT = re.compile(
    r"(?:不算|不含|不包括|不包含|不计|除去|除了|扣除|去掉|排除)\s*(?:在途|预留|占用|在路上)|"
    r"(?<![a-z])(?:excluding|exclude|not counting|not including|without|except|minus|leaving out)"
    r"\s+(?:the\s+|any\s+)?(?:inbound|in[- ]transit|on the way|reserved)(?![a-z])"
)

# "what's still in transit?", "what is on the way": the consignments, not a count of units
EN_TRANSIT_WHAT = re.compile(
    r"(?<![a-z])(?:what(?:'s|s| is| are)|which|everything|anything)(?![a-z]).*?(?<![a-z])"
    r"(?:in transit|on the way|en route|on the water|at sea)(?![a-z])"
)
EN_COUNTED_STOCK = re.compile(
    r"(?<![a-z])(?:how many|how much|units?|stock|inventory|inbound|pieces|pcs)(?![a-z])"
)

INBOUND_EN = (
    "inbound",
    "in transit",
    "on the way",
    "incoming",
    "on the water",
    "at sea",
    "on their way",
    "on its way",
    "en route",
)

# "how much did the kettle earn", "what did I make yesterday": money taken over a period, not
# a margin a unit ("what do I earn per unit", "make on each one")
_EARN = re.compile(
    r"(?<![a-z])(?:earn|earns|earned|make|makes|made|bring in|brought in|take in|took in|"
    r"generate|generated|gross|grossed)(?![a-z])"
    # "can you make me a comparison": a request, not money made; "make minus": a loss
    r"(?!\s+(?:me|us)\s+(?:a|an|the)(?![a-z]))(?!\s+minus)"
)
_PER_UNIT = re.compile(
    r"(?<![a-z])(?:per (?:unit|item|piece|sale|one)|each|a unit|an item|apiece|margin)(?![a-z])"
)


def earned(low: str, period: Period | None) -> bool:
    if not _EARN.search(low) or _PER_UNIT.search(low):
        return False
    asks = re.search(r"(?<![a-z])(?:how much|what)(?![a-z])", low)
    past = re.search(r"(?<![a-z])(?:did|earned|made|brought|took|generated|grossed)(?![a-z])", low)
    return bool(asks and (past or period is not None))


# words that count sales: with them "price" and "selling" may be two questions
COUNTED = (("units", "how many", "sold", "sales", "revenue", "orders"), ())

# a hold where it happens: "held at customs", "海关扣了", "stuck at the port"
_HOLDS = (
    ("customs_dwell", ("customs", "clearance"), ("海关", "清关", "报关", "扣关")),
    ("port_dwell", ("port", "terminal"), ("港口", "码头", "到港")),
)
NOT_LIVE = re.compile(
    # "not live", "haven't gone live yet", "not-yet-live", "yet to go live"
    r"(?:\bnot|n't)[\s-]+(?:yet[\s-]+)?(?:(?:gone|been|go|went|going)[\s-]+)?"
    r"(?:live|active|published|online|listed)\b"
    r"|\byet to (?:go |be )?(?:live|active|published|online|listed)\b"
    r"|\b(?:inactive|unpublished|unlisted)\b"
    r"|(?:没|未|没有|还没|尚未)\s*(?:上线|上架|发布|生效|激活)"
)
# a count asked for, not a list
COUNT_ASKED = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b|多少|几个|几条|几款|数量")
# "which listings are live", "哪些listing已经上线": the live ones only (NOT_LIVE is read first)
LIVE_ONLY = re.compile(
    r"\b(?:live|active|published|online)\b|(?:已经?|在)\s*(?:上线|上架|售)|在线|在售"
)


def exception_kind(low: str) -> str | None:
    """The one hold kind the question narrows to; none when it joins kinds ("customs or
    delayed": every exception answers that)."""
    if _any(low, (("or", "and/or"), ("或", "还是"))):
        return None
    return next((kind for kind, en, cn in _HOLDS if _any(low, (en, cn))), None)


# a yes/no question about an event still to come ("will it clear customs by Friday?", "周五前能
# 清关吗"): asks for a prediction or a promise, not a fact the data holds
FUTURE_OUTCOME = re.compile(
    r"^(?:do you think |can you tell (?:me )?(?:if |whether ))?"
    r"(?:will|is it going to|are they going to|is it likely to)\s"
    r"|(?:会不会|能不能|能否|会|能)[^，,。？?]{0,12}吗\s*[?？]?\s*$"
)
# a question about the people who buy ("who bought the most kettles", "哪些客户下单最多",
# "回头客"): globalsell holds orders, not buyers, so it is a figure not held, never answered
# with the best-selling product; sales *to* customers ("sold to UK customers") are sales
ASKS_FOR_BUYERS = re.compile(
    r"(?<![a-z])who\s+(?:\w+\s+)?(?:bought|buys|buy|ordered|orders|purchased|purchases)(?![a-z])|"
    r"(?<![a-z])(?:which|what|how many|top|best|biggest|repeat|returning|loyal)\s+"
    # "how many customer orders": orders, not the buyers
    r"(?:of\s+(?:our|my|the)\s+)?(?:customers?|buyers?|shoppers?|clients?)(?![a-z])"
    r"(?!\s+orders?(?![a-z]))|"
    r"谁(?:在)?(?:买|下单|订|购买)|回头客|复购|老客户|"
    r"(?:哪个|哪些|哪位|多少|几个|多少个|多少位)(?:客户|顾客|买家)"
)
# "除美国外", "除德国以外": an exception written around its subject
EXCEPT_AROUND = re.compile(r"除(?!了)[^，,。？?！!\s]{1,8}?外")
# a gain or a loss on each unit ("how much do we lose on each fan", "make on every kettle"):
# the margin a unit, never units sold
PER_UNIT_GAIN = re.compile(
    r"(?<![a-z])(?:make|makes|made|earn|earns|earned|lose|loses|lost|net|clear)\s+"
    r"(?:on|per|from|for)\s+(?:each|every|one|a single)(?![a-z])"
)
# two parts of stock joined ("stock and inbound", "在库和在途"): the whole stock, not one part
# a list of stock figures ("on hand / avail / inbound", "在库、在途"): the whole stock answers
_ON_HAND = (
    r"(?:stock|on hand|on-hand|inventory|available|avail|sellable|fulfillable|"
    r"在库|库存|现货|可售)"
)
_PART = r"(?:inbound|in transit|on the way|reserved|在途|在路上|预留|占用)"
_AND = (
    r"\s*(?:and|&|\+|plus|as well as|和|与|及|以及|、|跟|加|/|,|，)\s*(?:the\s+)?"
    r"(?:(?:total|overall|units?|qty|quantity)\s+)?"  # "total on hand and total inbound"
)
# or each asked on its own in one Chinese question ("在库多少在途多少", "可售几件，在途又有多少")
_ASKED_ZH = (
    r"\s*(?:有|是)?(?:多少|几)[件个]?(?:呢)?\s*[，,、;；]?\s*(?:又|还有|另外|再)?\s*(?:有|是)?\s*"
)
STOCK_PARTS_JOINED = re.compile(
    rf"(?<![a-z]){_ON_HAND}{_AND}{_PART}(?![a-z])|(?<![a-z]){_PART}{_AND}{_ON_HAND}(?![a-z])"
    rf"|{_ON_HAND}{_ASKED_ZH}{_PART}|{_PART}{_ASKED_ZH}{_ON_HAND}"
    # the stock with a part counted in ("including anything inbound", "包括在路上的")
    rf"|(?<![a-z])(?:including|incl\.?|plus|together with|with)\s+(?:anything|any|what'?s|"
    rf"what is|whatever'?s|whatever is|the|all|units?)?\s*(?:that is\s+|that's\s+|still\s+)?"
    rf"{_PART}(?![a-z])"
    rf"|(?:包括|包含|含|加上|连同|算上)[^，。？?！!]{{0,4}}?{_PART}"
    # "在路上的也算上", "在途那些都计入": a part counted in, said after it
    rf"|{_PART}[^，。？?！!]{{0,4}}?(?:也|都)\s*(?:算上|算进去|算|包括|计入|加上|要)"
)
# words joining two asked figures ("price and unit cost", "售价和采购成本"); never "还有" (still
# have: "在库还有几件") nor "及" alone ("及时")
JOINED = re.compile(r"\s(?:and|&|\+|plus|as well as|along with)\s|以及|和|与|、")
# a Chinese question asks each figure with its own 多少 ("进货价多少人民币，落地成本又是多少"):
# each 多少 (with its money or count word) closes one asked figure
ASKED_EACH_ZH = re.compile(r"多少(?:钱|人民币|美元|欧元|英镑|日元|件|个)?")
# an N of a ranking written as a word ("top three", "our five best sellers")
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
N_WORDS = NUMBER_WORDS | {"twenty": 20}
# a sales figure over another count ("units per order", "revenue per unit", "每单几件"): a
# ratio, not the total; a breakdown by store or product ("per store", "each SKU") is not one
SALES_RATIO = re.compile(
    r"(?<![a-z])(?:per|a|an|each|every)\s+(?:order|unit|item|piece|customer|buyer|shopper)"
    r"(?![a-z])|每(?:一)?(?:单|个订单|笔订单|个客户|位客户|个买家|位买家)"
)
# units in a state globalsell does not record ("damaged", "lost", "丢件"): not units sold
UNIT_STATES = (
    ("damaged", "lost", "defective", "unfulfillable", "stolen", "destroyed", "disposed"),
    ("损坏", "破损", "丢失", "丢件", "残次", "不可售", "报废", "销毁"),
)
# places finer than a store ("which city", "by state", "哪个城市", "各省"): orders carry a store,
# not a buyer's address
FINER_PLACE = re.compile(
    r"(?<![a-z])(?:which|what|by|per|each|every|top|best)\s+"
    r"(?:city|cities|state|states|region|regions|province|provinces|postcode|postcodes|zip|"
    r"zip codes?)(?![a-z])|(?:哪个|哪些|各个?|每个|按)(?:城市|州|省份?|地区|邮编)"
)
# one order's size or date ("the biggest order", "最大的一单", "when did we last sell"): the
# layer counts orders, it does not show one
SINGLE_ORDER = re.compile(
    r"(?<![a-z])(?:biggest|largest|smallest|highest|lowest|first|last|latest|most recent)\s+"
    r"(?:single\s+)?order(?![a-z])|(?<![a-z])when\s+did\s+(?:we|i)\s+(?:last|first)\s+"
    r"(?:sell|sold|get|receive)(?![a-z])|最(?:大|小|贵|近)的?(?:一单|一笔订单|订单)|"
    r"(?:最近|上)一次(?:卖出|出单|下单)"
)
# orders shipped late ("orders shipped late", "发货晚了的订单"): shipping times are not recorded
ORDERS_SHIPPED_LATE = re.compile(
    r"(?<![a-z])(?:shipped|dispatched|sent|delivered)\s+(?:out\s+)?(?:late|on time)(?![a-z])|"
    r"(?<![a-z])late\s+(?:shipment|dispatch|delivery)\s+rate(?![a-z])|发货(?:晚|延迟|超时)|迟发货"
)


def not_held(low: str, raw: str, sales: bool, open_measure: bool, sold: bool) -> str | None:
    """The figure not held that a question asks for, by its shape rather than its words: a
    ratio of sales ("units per order", read before typo fixes drop "per item"), units in a state
    not recorded, places finer than a store, one order, shipping times, an exception written
    around its subject ("除美国外"), buyers. `sales`: the measure read is units, orders or
    revenue; `open_measure`: no measure was read; `sold`: a selling verb is there."""
    if sales and SALES_RATIO.search(raw):
        return "averages, shares and growth"
    if sales and _any(low, UNIT_STATES) and not sold:
        return "damaged or lost units"
    for label, cue in (
        ("places finer than a store", FINER_PLACE),
        ("single orders", SINGLE_ORDER),
        ("when orders shipped", ORDERS_SHIPPED_LATE),
    ):
        if (sales or open_measure) and cue.search(low):
            return label
    if EXCEPT_AROUND.search(low) or (sales and SALES_LEFT_OUT.search(low)):
        return "figures that leave something out"
    if ASKS_FOR_BUYERS.search(low):
        return "buyers and customers"
    return None


# a span beside or inside a named period ("the week before Black Friday", "下半月", "the second
# half of last month"): not the named period itself, so asked back, never widened to it
SHIFTED_SPAN = re.compile(
    r"(?<![a-z])(?:days?|weeks?|months?)\s+(?:before|after|prior to|leading up to|following)"
    r"(?![a-z])|(?<![a-z])(?:first|second|1st|2nd|latter)\s+half\s+of\s+(?:the\s+)?"
    r"(?:(?:last|this|previous)\s+)?(?:month|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)(?![a-z])|上半月|下半月|前半月|后半月"
)
# "all stores but Germany", "revenue without the US": a sales figure with something left out
SALES_LEFT_OUT = re.compile(
    r"(?<![a-z])(?:all|every|each|any)\s+(?:\w+\s+){0,2}?but\s|(?<![a-z])without\s"
)
