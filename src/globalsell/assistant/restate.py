"""A question's words restated before it is read (ADRs 0192, 0194): what a writer sets aside
("rather than the price per unit", "就是订单数不是件数"), the purpose and the background around the
question ("so that we may pause the ads", "The client is concerned ..."), a sender's tag
("[EU ops]"); and the same periods, records and jargon in other words ("the previous month",
"本周到今天为止", "the cost we hold on file", a 运营's "链接"). Pure; on text as typed
(`without_asides_said`) or lower-cased (`restate`)."""

from __future__ import annotations

import re

__all__ = ["PURPOSE", "restate", "without_asides_said"]

# the same periods in other words: "the previous month" is last month, "this calendar month" this
# month, "so far this month" / "month to date" this month
PERIOD_RESTATED = (
    (  # "the month just closed", "the month that just ended": last month
        re.compile(
            r"(?<![a-z])(?:the\s+)?(month|week|quarter|year)\s+(?:that\s+)?(?:just\s+)?"
            r"(?:closed|ended|finished|gone by|past)(?![a-z])"
            # "the month ended 31 October": that month, named by its date
            r"(?!\s+(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
        ),
        r"last \1",
    ),
    (
        re.compile(r"(?<![a-z])(?:the\s+)?previous\s+(month|week|quarter|year)(?![a-z])"),
        r"last \1",
    ),
    (
        re.compile(r"(?<![a-z])(this|last|the current)\s+calendar\s+(month|week|year)(?![a-z])"),
        r"\1 \2",
    ),
    (re.compile(r"(?<![a-z])the\s+current\s+(month|week|quarter|year)(?![a-z])"), r"this \1"),
    # "本周到今天为止", "这个月截至目前": the period so far, one period
    (
        re.compile(
            r"(本周|这周|这个星期|本月|这个月|今年)\s*(?:到|至|截至|截止到?)\s*(?:今天|现在|目前)(?:为止)?"
        ),
        r"\1",
    ),
    (
        re.compile(
            r"(?<![a-z])(?:the\s+)?(?:last|previous|most recent)\s+(?:full|complete|completed|"
            r"whole|closed)\s+(?:calendar\s+)?(month|week|quarter|year)(?![a-z])"
        ),
        r"last \1",
    ),
    (
        # "so far this year" is the year so far, never this month
        re.compile(r"(?<![a-z])(?:so\s+far\s+this|month\s+to\s+date|mtd)(?=\s+month|(?!\s*[a-z]))"),
        "this month",
    ),
)


# "the unit cost we hold on file": a record kept, not goods held
_ON_FILE = re.compile(
    r"(?<![a-z])(?:(?:we|i)\s+)?(?:hold|holds|held|keep|keeps|kept|have|has)\s+(?:it\s+)?"
    r"(?:on|in)\s+(?:file|record|our records|the system)(?![a-z])"
)


# a 运营's "链接" (the listing's link) is the product when its sales are asked ("哪个链接卖得最
# 好", "销量top5的链接"); its status otherwise ("链接还没上线")
_SALES_ZH = re.compile(r"卖|销量|出单|单量|件数|销售额|动销|gmv|top\s*\d")


def _restate_jargon(low: str) -> str:
    # "the most recent Black Friday": the latest one, no ranking
    low = re.sub(r"(?<![a-z])most\s+recent(?:ly)?(?![a-z])", "latest", low)
    if "链接" in low and _SALES_ZH.search(low):
        low = low.replace("链接", "产品")
    if "件数" in low and re.search(r"出单|单量|订单", low):
        low = re.sub(r"出单(?=件数)|单(?=件数)", "", low)  # "出单件数": the units, not the orders
    return low


def _restate_periods(low: str) -> str:
    low = _ON_FILE.sub("on file", low)
    for pattern, plain in PERIOD_RESTATED:
        low = pattern.sub(plain, low)
    return re.sub(r"this month month", "this month", low)


# a sender's tag before the question ("[EU ops]", "【运营】", "@bot"): who asks, not what
_TAG = re.compile(r"^\s*(?:(?:\[[^\]]{1,30}\]|【[^】]{1,30}】|@[\w-]{1,30}:?)\s*)+")

# what the question sets aside to say what it means ("the total revenue, rather than the price
# per unit", "in total rather than store by store", "就是订单数不是件数", "要销售额而不是单价"):
# not asked, so not read
_CONTRAST = re.compile(
    r"(?i),?\s*\b(?:rather than|instead of|as opposed to)\b[^,.;:?!]{0,60}"
    # "in yen, not converted", "all products, not just one"; never "not counting JP", "not in
    # DE" (an exclusion) nor "not live", "not yet" (the question itself)
    r"|,\s*not\s+(?!counting|including|incl|in\b|on\b|at\b|for\b|from\b|yet\b|live\b|"
    r"listed\b|sold\b|selling\b|shipped\b|received\b)[^,.;:?!]{1,40}"
    # "一件没卖的也算", "零销量的也算": products at 0 are counted in, no negation
    r"|[，,]?\s*(?:一件)?(?:没卖(?:出去)?|零销量|没有销量)的?也(?:算|包括|要算|列上)[^，。？?！!]*"
    r"|而不是[^，。；：？?！!,.]{1,16}"
    r"|(就是[^，。；：？?！!,.不]{1,10}?)不是[^，。；：？?！!,.是]{1,10}"
)

# what the seller will do with the answer ("so that we may pause the advertising on them", "in
# order to brief the team", "以便安排补货", "我好安排广告"): context, not the question
PURPOSE = re.compile(
    r"(?i),?\s+(?:so\s+(?:that\s+)?(?:we|i|they|you|the\s+client|the\s+team)\s+"
    r"(?:can|could|may|might|will|would)|in\s+order\s+to)(?![a-z])[^?.!;,，]*"
    r"|[，,]?\s*(?:以便|好让|方便我们|方便我)[^？?。！!；;]*"
    r"|[,，。;；!！?？]\s*我好(?!像)[^。？！?!]*"
    # "我算下环比", "要算美国站的占比": the seller works out a figure from the ones asked
    r"|(?<=[,，。;；!！?？])\s*(?:我|我们|我自己|我来)?\s*(?:要|想|好|得)?\s*(?:算|计算|算算)\s*(?:一)?下?"
    r"[^。？！?!，,]{0,12}$"
    # "I'll work out the growth myself", "to work out the share"
    r"|(?<=[,.;!?])\s*(?:i'll|i will|i'm going to|so i can|to)\s+(?:work out|calculate|compute)"
    r"[^?]*$"
)
# a sentence after the question that tells its background or thanks ("The client is concerned
# that it may be too thin.", "Many thanks."): not a second question
_CONTEXT_AFTER = re.compile(
    r"(?i)\?\s+(?:the\s+(?:client|customer|team|buyer|boss)|they|he|she|this|that|many\s+thanks"
    r"|thanks|thank\s+you|kind\s+regards|best\s+regards|cheers|i\s+should\s+be|"
    r"i\s+would\s+be|i'd\s+be|"
    # what the asker will do or why they ask ("thinking of pushing ads harder", "don't want
    # to spend on a dead listing", "need it for the reorder calc")
    r"(?:i|we)?\s*(?:don't|do\s+not)\s+want|(?:i'm|we're|i\s+am|we\s+are)?\s*"
    r"(?:thinking|planning|trying|hoping|asking)\s+(?:of|about|to|on|because|since)|"
    r"need\s+(?:it|this|that|these|them)\s+for|it's\s+for|fees\s+have)(?![a-z])[^?]*$"
)


# the fillers a dictated message starts with ("然后那个日本站...", "嗯，就是说..."): "那个" only
# after another filler, where it is a pause, not "that one"
_SPOKEN_START = re.compile(
    r"^(?:\s*(?:嗯+|呃+|额+|啊+|然后|就是说?|那么|还有就是)\s*[，,、]?\s*)+(?:那个\s*[，,、]?\s*)?"
)
# "截至目前，" before the question: as of now, which every figure is anyway
_AS_OF_NOW = re.compile(r"^\s*(?:截至|截止到?|到)\s*(?:目前|现在|今天)(?:为止)?\s*[，,、]?\s*")


# "counting every location": including them all, never a product "counting" anything
_COUNTING_ALL = re.compile(
    r"(?i)(?<![a-z])counting(?=\s+(?:in\s+)?(?:every|all|each|both|any|the|those|these|ones|"
    r"products|skus|items|zero|everything)(?![a-z]))"
)
# "hand held", "hand-held": the one word, not a hand blender's "hand"
_HAND_HELD = re.compile(r"(?i)(?<![a-z])hand[\s-]+held(?![a-z])")
# how the asker heard of it ("asked me this on the phone", "通过电话"): no phone the seller sells
_HEARD_BY = re.compile(
    r"(?i)(?<![a-z])(?:on|over|by)\s+(?:the\s+)?(?:phone|telephone)(?![a-z])(?!\s+(?:holder|stand|case|mount))"
    r"|(?:在|通过|打)电话(?:里|上)?"
)


# a sentence of greeting or of the sender's own situation before the question ("Hi, I'm new
# here and still finding my way around.", "I saw a few items sitting in the inbox."): context
LEAD_SENTENCE = re.compile(
    r"(?i)^\s*(?:(?:hi|hello|hey|morning|good morning|quick question|sorry)[ ,!]+)?"
    r"(?:i'm|i am|i've|i have|i saw|i was|i just|we're|we are|we've|just|"
    r"hi|hello|hey|good morning)(?![a-z'])[^.!?]*[.!]\s+(?=\S[^.!]*\?\s*$)"
)


# how a figure is to be counted, said the way the figures are counted anyway (口径: "按自然月",
# "按下单日期", "不含取消订单", "含不含税无所谓"; "excluding cancelled orders", "by order date"):
# no filter, and no exclusion left unhonoured
_BASIS = re.compile(
    r"[，,；;]?\s*(?:口径\s*[:：=]\s*)?(?:"
    r"按(?:自然(?:月|日|周|天)|下单(?:日期|日|时间)|订单(?:日期|金额|时间))(?:算|计算|统计|来算)?"
    r"|(?:不含|不包含|不包括|不算|剔除|去掉|排除)(?:已)?取消(?:了)?的?(?:订单|单)"
    r"|(?:已)?取消(?:的)?(?:订单|单)(?:不算|除外|不计|不含)"
    r"|含不含税(?:都)?(?:无所谓|都行|没关系|不重要)"
    r")"
    r"|(?i:,?\s*(?:excluding|excl\.?|not\s+counting|net\s+of|without)\s+(?:the\s+)?"
    r"(?:cancell?ed\s+orders|cancell?ations)(?![a-z])"
    r"|,?\s*(?:cancell?ed\s+orders|cancell?ations)\s+(?:excluded|not\s+counted)(?![a-z])"
    r"|,?\s*by\s+(?:order|purchase)\s+date(?![a-z])"
    # "Only shipped orders count.", "counting only shipped orders": the orders counted anyway
    r"|[.,;]?\s*only\s+(?:shipped|completed|fulfilled|delivered|paid|valid)\s+orders\s+"
    r"(?:count|counted|please|pls)?(?![a-z])"
    r"|[.,;]?\s*(?:counting|count)\s+only\s+(?:shipped|completed|fulfilled|delivered|paid)\s+"
    r"orders(?![a-z])"
    # "Not counting cancelled ones.", "US only, no other stores mixed in": counted so anyway
    r"|[.,;]?\s*not\s+counting\s+(?:the\s+)?cancell?ed\s+(?:ones|orders)(?![a-z])"
    r"|[.,;]?\s*(?:with\s+)?no\s+other\s+(?:stores?|marketplaces?|countries)\s+"
    r"(?:mixed\s+in|included|added)(?![a-z]))"
)
# how the asker says an average is worked out ("（销售额除以订单数）", "(revenue divided by
# orders)"): the average named before it, no second figure asked
_DIVISION = re.compile(
    r"[（(][^（）()]*(?:除以|divided\s+by|÷)[^（）()]*[）)]"
    r"|[，,；;]?\s*[^，,。？?（）()\s]{1,10}除以[^，,。？?（）()\s]{1,10}"
    # "口径=销售额/件数", "口径：revenue / units"
    r"|[，,；;]?\s*口径\s*[:：=]\s*[^，,。？?/\s]{1,10}\s*/\s*[^，,。？?/\s]{1,10}"
)
# Seller Central's report columns, in the parser's words ("Units Ordered", "Ordered Product
# Sales", "Total Order Items")
_REPORT_COLUMNS = (
    (re.compile(r"(?i)(?<![a-z])ordered\s+product\s+sales(?![a-z])"), "revenue"),
    (re.compile(r"(?i)(?<![a-z])units\s+ordered(?![a-z])"), "units sold"),
    (re.compile(r"(?i)(?<![a-z])total\s+order\s+items(?![a-z])"), "orders"),
)


# a spreadsheet's or query's words ("max(units)", "sum(revenue)", "count(open orders)"): the
# ranking or figure they name
_FORMULA = (
    (re.compile(r"(?i)(?<![a-z])max\s*\(\s*([a-z ]+?)\s*\)"), r"most \1"),
    (re.compile(r"(?i)(?<![a-z])min\s*\(\s*([a-z ]+?)\s*\)"), r"fewest \1"),
    (re.compile(r"(?i)(?<![a-z])(?:sum|total|count|avg)\s*\(\s*([a-z ]+?)\s*\)"), r"\1"),
)
# a flag for a country ("🇩🇪"): its two letters, the store of that country (🇬🇧 is the UK store)
_FLAG = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")


def _flag_letters(m: re.Match[str]) -> str:
    code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.groups())
    return f" {'UK' if code == 'GB' else code} "


# formal Chinese asking a figure with 為何 ("平均每筆訂單金額為何"): what it is, never "why"
_WHAT_IS_IT = re.compile(
    r"(金额|金額|营业额|營業額|销售额|銷售額|订单量|訂單量|订单数|件数|数量|单价|售价|价格|成本|编码|天数)"
    r"\s*(?:为何|為何|为多少|為多少)"
)


# a single day restated after the day was named ("on Black Friday itself, just the one day"):
# no span of its own
_ONE_DAY_RESTATED = re.compile(
    r"(?i)[,;.]?\s*(?:just|only)\s+(?:the\s+|that\s+|this\s+)?(?:one|1|single)\s+day"
    r"(?:\s+(?:only|itself))?"
    r"(?![a-z])"
)


# courtesy with a superlative ("I'd be most grateful", "most kind") ranks nothing; "where we
# stand with" is how things are, no (phone) stand
_COURTESY_SAID = (
    (
        re.compile(
            r"(?i)(?<![a-z])(?:be|been|is|it's|that's|you're|you are)\s+(?:most|very|ever so|so|"
            r"truly|extremely|really)\s+(?:grateful|obliged|thankful|appreciated|kind|helpful)"
            r"(?![a-z])"
        ),
        " be grateful",
    ),
    (re.compile(r"(?i)(?<![a-z])where\s+(?:we|things|it|they|you|i)\s+stands?(?![a-z])"), " how"),
    # "running a touch behind", "a tad pricey": a degree, no (touch) lamp
    (
        re.compile(
            r"(?i)(?<![a-z])a\s+(?:touch|tad|smidge|wee\s+bit)\s+(?=(?:behind|late|slow|slower|"
            r"worried|concerned|dear|pricey|expensive|cheap|high|higher|low|lower|more|less|over|"
            r"under|short|early|quiet|busy|off|down|up|better|worse|light|heavy)(?![a-z]))"
        ),
        " ",
    ),
)


# takings said as a verb ("what the UK shop took on Black Friday", "how much did we take"): the
# revenue, unless a count is asked ("how many orders did we take")
_TOOK = re.compile(
    r"(?i)(?<![a-z])(shop|store|site|we|it|has|have|had|did|does)\s+"
    r"(?:took|take|taken|brought\s+in|bring\s+in|brings\s+in)(?![a-z])"
)
_COUNTED = re.compile(r"(?i)(?<![a-z])(?:how many|orders?|units?|pieces|items)(?![a-z])")


def without_asides_said(text: str) -> str:
    """`text` without its sender's tag, its dictated fillers, the things it sets aside, the
    background after its question and its purpose."""
    text = _AS_OF_NOW.sub("", _SPOKEN_START.sub("", _TAG.sub("", text)))
    text = _FLAG.sub(_flag_letters, _DIVISION.sub("", _BASIS.sub("", text)))
    text = _WHAT_IS_IT.sub(r"\1是多少", _ONE_DAY_RESTATED.sub("", text))
    for courtesy, plain in _COURTESY_SAID:
        text = courtesy.sub(plain, text)
    if not _COUNTED.search(text):
        text = _TOOK.sub(r"\1 revenue", text)
    for formula, words in _FORMULA:
        text = formula.sub(words, text)
    for column, words in _REPORT_COLUMNS:
        text = column.sub(words, text)
    text = _HEARD_BY.sub(" ", _COUNTING_ALL.sub("incl", text))
    text = _HAND_HELD.sub("handheld", text)
    text = _CONTRAST.sub(lambda m: m.group(1) or "", text)
    return PURPOSE.sub("", _CONTEXT_AFTER.sub("?", text))


def restate(low: str) -> str:
    """Lower-cased `low` with periods, records and jargon in the parser's own words."""
    return _restate_jargon(_restate_periods(low))
