"""Understanding a seller's question, offline, in Chinese and English: which measure it asks
for, the filters (SKU, shipment, store, period) and a ranking. Pure: text in, `Parsed` out;
the clock's `today` is passed in and the catalogue is matched later by the semantic layer.

Matching is by whole tokens on the ASCII side (a keyword never fires inside another word) and by
substrings on the Chinese side (Chinese has no spaces); SKUs and shipment codes are found inside
Chinese text ("NB-KT-006的采购成本" finds NB-KT-006). When two measures score alike the question
is ambiguous and the caller asks back instead of guessing."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from globalsell.assistant.asides import (
    chinese_preamble,
    event_asides,
    question_period,
    spell_numbers,
    without_asides,
    without_event_asides,
)
from globalsell.assistant.averages import rate_free, unsupported_left
from globalsell.assistant.averages import settle as settle_average
from globalsell.assistant.periods import (
    Period,
    black_friday,
    cn_number,
    find_period,
    future_time,
    n_days,
    period_mentions,
    time_word,
    unparsed_time,
)
from globalsell.assistant.question_cues import ASKED_EACH_ZH as _ASKED_EACH_ZH
from globalsell.assistant.question_cues import COUNT_ASKED as _COUNT_ASKED
from globalsell.assistant.question_cues import COUNTED as _COUNTED
from globalsell.assistant.question_cues import COVER_ASKED as _COVER_ASKED
from globalsell.assistant.question_cues import EN_COUNTED_STOCK as _EN_COUNTED_STOCK
from globalsell.assistant.question_cues import EN_TRANSIT_WHAT as _EN_TRANSIT_WHAT
from globalsell.assistant.question_cues import INBOUND_EN as _INBOUND_EN
from globalsell.assistant.question_cues import JOINED as _JOINED
from globalsell.assistant.question_cues import LIVE_ONLY as _LIVE_ONLY
from globalsell.assistant.question_cues import N_WORDS as _N_WORDS
from globalsell.assistant.question_cues import NOT_LIVE as _NOT_LIVE
from globalsell.assistant.question_cues import PER_UNIT_GAIN as _PER_UNIT_GAIN
from globalsell.assistant.question_cues import SHIFTED_SPAN as _SHIFTED_SPAN
from globalsell.assistant.question_cues import STOCK_AT_PLACE as _STOCK_AT_PLACE
from globalsell.assistant.question_cues import STOCK_PART_LEFT_OUT as _STOCK_PART_LEFT_OUT
from globalsell.assistant.question_cues import STOCK_PARTS_JOINED as _STOCK_PARTS_JOINED
from globalsell.assistant.question_cues import ZH_TRANSIT as _ZH_TRANSIT
from globalsell.assistant.question_cues import ZH_TRANSIT_GOODS as _ZH_TRANSIT_GOODS
from globalsell.assistant.question_cues import earned as _earned
from globalsell.assistant.question_cues import exception_kind as _exception_kind
from globalsell.assistant.question_cues import not_held
from globalsell.assistant.question_entities import SHIPMENT_RE as _SHIPMENT_RE
from globalsell.assistant.question_entities import SKU_RE as _SKU_RE
from globalsell.assistant.question_entities import (
    find_skus,
    find_store,
    find_stores,
    pointer,
    shipment_mode,
    target_currency,
)
from globalsell.assistant.question_typos import fix_typos as _fix_typos
from globalsell.assistant.restate import PURPOSE as _PURPOSE
from globalsell.assistant.restate import restate, without_asides_said
from globalsell.assistant.script import german_as_english
from globalsell.assistant.surface import addressing_left_out, without_rhetoric
from globalsell.assistant.vocabulary import (
    KEYWORDS,
    MEASURE_NAMES,
    REPLENISH,
    STORE_WORDS,
    Measure,
    Rank,
    Refusal,
)
from globalsell.assistant.vocabulary_cues import (
    LATE_CUES,
    MISSING_CUES,
    OPEN_ORDER_CUES,
    OVERSTOCK_CUES,
    RANK_BOTTOM,
    RANK_TOP,
    RISK_CUES,
)
from globalsell.assistant.vocabulary_limits import (
    NOT_WRITE,
    OTHER_SELLER,
    UNSUPPORTED,
    WRITE,
    WRITE_LISTING,
    WRITE_TO_NUMBER,
)

__all__ = [
    "MEASURE_NAMES",
    "Measure",
    "Parsed",
    "Period",
    "Rank",
    "Refusal",
    "black_friday",
    "cn_number",
    "find_period",
    "find_skus",
    "find_store",
    "find_stores",
    "parse",
]


_PROPOSAL_RE = re.compile(
    r"(?:#|proposal\s*|proposed?\s+|提出\s*#?|提案\s*#?|change\s*#?)\s*(\d{1,9})", re.I
)


# a seller, shop or store that is not the asker's: "隔壁卖家", "别家店铺", "竞争对手的"
_OTHER_PARTY_ZH = re.compile(
    r"(?:隔壁|其他|其它|别的|别家|另一个|另一家|另外的|竞争|竞品|对手|同行|友商)"
    r"[的家个]?\s*(?:卖家|商家|公司|对手|品牌)"
    # "其他店铺" may be the seller's own other stores; a neighbour's shop is not
    r"|(?:隔壁|别家|别人家|竞争对手|对手|同行|友商)[的家]?\s*(?:店铺|店家|商店|店)"
    # "隔壁义乌那家店", "隔壁那家卖水壶的": a neighbour's shop, named by its town or not
    r"|(?:隔壁|别家|别人家|同行|友商)[^，。？?！!]{0,6}?[那这]家"
    # "隔壁老王家的店": a neighbour's shop named by its owner
    r"|(?:隔壁|别人家|同行|友商)[^，。？?！!]{0,6}?家的?\s*(?:店|网店|店铺|铺子|生意)"
    # "隔壁老王他们家的保温杯": what a neighbour's business sells
    r"|隔壁[^，。？?！!仓库]{0,6}?家"
    # "别家", "同行", "友商" standing alone are other sellers ("同行卖多少钱")
    r"|别家|同行|友商|人家店"
)

# "how many units did anker sell", "has acme sold": the one who sold is named and is neither the
# seller ("we", "I", "you" addressing the business), nor a product, store or SKU pointed at
_SOLD_BY = re.compile(
    r"(?<![a-z])(?:did|does|do|has|have|had|will)\s+([a-z][a-z0-9&'.]*)\s+"
    r"(?:sell|sold|sells|selling)(?![a-z])"
)
_OWN_SUBJECTS = frozenset(
    [
        # auxiliaries and adverbs between "have" and "sold" ("have been sold", "has already sold")
        "been",
        "being",
        "already",
        "actually",
        "ever",
        "never",
        "not",
        "just",
        "also",
        "still",
        "really",
        "i",
        "we",
        "you",
        "they",
        "it",
        "he",
        "she",
        "my",
        "our",
        "your",
        "their",
        "its",
        "the",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "which",
        "what",
        "any",
        "all",
        "both",
        "one",
        "ones",
        "store",
        "stores",
        "shop",
        "shops",
        "product",
        "products",
        "sku",
        "skus",
        "item",
        "items",
        "listing",
        "listings",
        "amazon",
        "amz",
        "fba",
        "marketplace",
        "marketplaces",
        "site",
        "sites",
        "account",
        "accounts",
        "brand",
        "warehouse",
        "it's",
        # negations and adverbs between the auxiliary and the verb ("which products did not
        # sell", "has never sold"): no one is named
        "not",
        "never",
        "ever",
        "really",
        "actually",
        "also",
        "still",
        "even",
        "already",
        "just",
        "only",
        "more",
        "less",
        "most",
        "well",
        "anything",
        "nothing",
    ]
)


def _other_seller_sold(low: str) -> bool:
    """The question's seller is someone other than the asker: "did anker sell"."""
    for m in _SOLD_BY.finditer(low):
        who = m.group(1).rstrip(".'")
        if who not in _OWN_SUBJECTS and find_store(who) is None and find_store(who.upper()) is None:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Parsed:
    text: str
    chinese: bool
    measure: Measure | None
    candidates: tuple[Measure, ...]
    skus: tuple[str, ...] = ()
    shipment: str | None = None
    store: str | None = None
    stores: tuple[str, ...] = ()  # every store named, in order ("US vs DE")
    period: Period | None = None
    rank: Rank | None = None
    limit: int | None = None
    by_store: bool = False
    proposal_id: int | None = None
    horizon_days: int | None = None
    refusal: Refusal | None = None
    seller_currency: bool = False
    hs_proposed: bool = False
    shipment_focus: str | None = None  # "exceptions" | "eta"
    stock_part: str | None = None  # "reserved" | "inbound"
    rest: str = ""
    notes: tuple[str, ...] = field(default=())
    time_unclear: str | None = None  # a time expression not understood ("旺季")
    why: bool = False  # asks for a reason
    advice: bool = False  # asks whether to make a change ("要涨价吗", "should I raise it")
    future: bool = False  # asks about sales that have not happened
    late: bool = False  # shipments: delays, not every exception
    unsupported: str | None = None  # a figure the data does not hold ("conversion rate")
    about: str | None = None  # proposals: "hs" for HS-code proposals only
    critical: bool = False  # findings: the critical ones only
    period_kinds: tuple[str, ...] = ()  # calendar periods named; two are two questions
    exception_kind: str | None = None  # shipments: "held at customs" narrows to that hold
    not_live: bool = False  # listings: "which listings are not live"
    live: bool = False  # listings: "which listings are live"
    currency: str | None = None  # sales: the total in this currency ("in USD", "用欧元")
    shipment_mode: str | None = None  # shipments: "ocean", "air" or "express"
    pointer: str | None = None  # "this product", "它": a product pointed at, not named
    overstock: bool = False  # "which SKUs are overstocked": the most days of cover first
    store_unclear: str | None = None  # a store word naming no store known ("得国站"): asked back
    aside_names: str = ""  # events the question is for ("for the board summary"): no product
    errand: str = ""  # "Before we decide where to push the frother,": read for a product last
    joined: tuple[Measure, ...] = ()  # two figures joined ("unit cost and landed cost")
    compared: bool = False  # one part of periods compared, each answered on its own
    per: str | None = None  # sales: an average over "order", "unit", "day" or "week"


def is_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


# "还有风扇吗", "还剩几个水壶吗", "有货吗": whether goods are still held, a question of stock
_STILL_HELD = re.compile(
    r"(?:还有|还剩)[^，。？?！!吗]{1,12}吗|有货吗|还有货|还有没有货"
    # "do we have any hand blenders left at FBA US": what is still held there
    r"|(?<![a-z])(?:have|got)\s+(?:any\s+)?(?:[a-z-]+\s+){0,3}left(?![a-z])"
)


# a date written in Chinese numerals ("十一月一日至十五日"): the digits the period readers take
_CN_DATE = re.compile(
    r"([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*([日号])"
    r"|(?<=[至到~\-—、和])\s*([一二三四五六七八九十]{1,3})\s*([日号])"
)


def _cn_date(m: re.Match[str]) -> str:
    if m.group(1):
        month, day = cn_number(m.group(1)), cn_number(m.group(2))
        if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group(0)
        return f"{month}月{day}{m.group(3)}"
    day = cn_number(m.group(4))
    return f"{day}{m.group(5)}" if day is not None and 1 <= day <= 31 else m.group(0)


# on hand named beside a part ("what's on hand, what's free to sell and anything on its way
# in"): every part is asked
_ON_HAND_NAMED = re.compile(
    r"(?<![a-z])(?:on hand|available|free to sell|sellable|fulfillable)(?![a-z])|在库|可售|现货"
)
# a prediction asked for outright ("帮我预测一下下个月要补多少", "predict next month's reorder"):
# never answered with a figure of now, whatever the figure
_PREDICT = re.compile(r"预测一下|帮我预测|请预测|给我预测|(?<![a-z])predict(?![a-z])")
_ERRAND_FIRST = re.compile(
    r"^\s*(?:before|ahead of|once|while|so that|just so)\s+(?:i|we)(?![a-z])[^,:;?!.]*[,:;]"
)


def normalise(question: str) -> str:
    """NFKC (full-width letters and punctuation to ASCII), single spaces; "有没有" (is there)
    becomes "是否有" so its "没有" is not read as "missing". A phrase of the parser written as a
    hyphenated compound ("on-hand stock", "out-of-stock items", "best-selling") is the phrase:
    English writes a multi-word modifier with hyphens before its noun. German business words
    are read as their English words ("Umsatz" is "revenue"), as `chat` reads them before."""
    text = unicodedata.normalize("NFKC", german_as_english(question)).replace("有没有", "是否有")
    text = _CN_DATE.sub(_cn_date, text)
    text = without_asides_said(addressing_left_out(text))
    text = without_rhetoric(text)
    text = _HYPHENATED.sub(lambda m: m.group(0).replace("-", " "), text)
    return re.sub(r"\s+", " ", text).strip()


def _ascii_has(low: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", low) is not None


def _any(low: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    english, chinese = words
    return any(_ascii_has(low, w) for w in english) or any(w in low for w in chinese)


_HS_ASK = ("提案", "建议", "提议")
# "orders over $50", "超过100件的订单": a filter on an amount the layer does not apply
_AMOUNT_FILTER = re.compile(
    r"(?<![a-z])(?:over|above|more than|less than|under|below|greater than|at least|at most)"
    r"\s*[$€£¥]\s*\d|(?<![a-z])(?:over|above|more than|less than|under|below|greater than)\s*"
    r"\d+(?:\.\d+)?\s*(?:usd|eur|gbp|jpy|cny|dollars?|euros?|pounds?|yen|units?|pieces?)(?![a-z])|"
    r"(?:超过|大于|高于|低于|小于|不到|多于|少于)\s*\d|\d+\s*(?:美元|欧元|英镑|日元|元|件)?\s*(?:以上|以下)的"
)
# "the seller acme-home", "merchant shop_42": a seller named by an account handle (lower case,
# with a hyphen, underscore, dot or digit), another seller's data
_SELLER_HANDLE = re.compile(
    r"(?<![A-Za-z])(?:seller|merchant|shop)\s+(?:(?:called|named|id)\s+)?"
    r"[\"“'‘]?[a-z][a-z0-9]*[-_.][a-z0-9][a-z0-9_.-]*(?![A-Za-z0-9])"
    r"|(?<![A-Za-z])(?:seller|merchant)\s+(?:(?:called|named|id)\s+)?[\"“'‘]?[a-z]+\d+[a-z0-9]*"
)
# proposals named as such: "pending" alone is a listing's or an order's state, too
_PROPOSAL_WORDS = (
    ("proposal", "proposals", "proposed", "approval", "approvals", "approve", "inbox", "change"),
    ("提案", "审批", "建议单"),
)
# "the top-line number", "bottom line": a total, not a ranking
_TOP_LINE = re.compile(r"(?<![a-z0-9])(?:top|bottom)[- ]line(?![a-z0-9])")
# the stores themselves ranked: "rank my stores", "across all of our marketplaces, which one",
# "店铺排名"; a product word in the question ("which product ... across my stores") ranks products
_STORES = r"(?:stores|marketplaces|markets|sites|countries|storefronts|shops|accounts)"
_STORES_RANKED = re.compile(
    rf"(?<![a-z])(?:rank|ranking|sort|order|compare|comparing)\s+(?:all\s+)?(?:of\s+)?"
    rf"(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?{_STORES}(?![a-z])"
    rf"|(?<![a-z]){_STORES}\s+(?:ranked|sorted|ordered)(?![a-z])"
    r"|(?:店铺|站点|市场|国家|各站)\s*(?:的)?\s*(?:销量|销售额|订单数?|单量)?\s*(?:排名|排行|排序|排个?名)"
)
_STORES_WHICH = re.compile(
    rf"(?<![a-z])(?:across|among|of|between|out of|from)\s+(?:all\s+)?(?:of\s+)?"
    rf"(?:my|our|the)\s+(?:\w+\s+)?{_STORES}(?![a-z])"
)
# "which of my marketplaces sold the most", "in which of our stores": the stores are the choice
_WHICH_OF_STORES = re.compile(
    rf"(?<![a-z])(?:which|what)\s+(?:one\s+)?(?:of|among)\s+(?:all\s+)?(?:of\s+)?"
    rf"(?:my|our|the)\s+(?:\w+\s+)?{_STORES}(?![a-z])"
)
_EVERY_STORE = 50
_WHICH_ONE = re.compile(r"(?<![a-z])which (?:one|of them|of these|of those)(?![a-z])")
_PRODUCT_WORD = re.compile(
    r"(?<![a-z])(?:products?|skus?|items?|listings?|asins?|models?)(?![a-z])|产品|商品|单品|款"
)
# "last week (Monday to Sunday)": the calendar week restated, nothing more
_WEEK_RESTATED = re.compile(
    r"((?<![a-z])(?:last|this|previous|past) week|上周|上个?星期|本周|这周)\s*[(（]?\s*"
    r"(?:from\s+)?(?:mon(?:day)?|周一|星期一)\s*(?:to|through|thru|-|–|~|到|至)\s*"
    r"(?:sun(?:day)?|周日|星期日|星期天|周天)\s*[)）]?"
)


# "what did it cost per piece": a unit, not units sold
_PER_PIECE = re.compile(
    r"(?<![a-z])(?:per|a|each) (?:piece|item)(?![a-z])|(?<![a-z])apiece(?![a-z])|"
    r"(?<![a-z])at (?:the very )?(?:least|most)(?![a-z])"  # "at least one unit" ranks nothing
)
# "gross profit for November", "上个月的毛利润总共多少": a profit total over a period (no per-unit
# word), which the data does not hold; the margin a unit is held only as it is now
_PROFIT_WORD = re.compile(r"(?<![a-z])gross profits?(?![a-z])|毛利润")
_A_UNIT = re.compile(
    r"(?<![a-z])(?:per|a|each|every|one) (?:unit|piece|item|sale)(?![a-z])|(?<![a-z])"
    r"(?:per|each)(?![a-z])|每件|每个|单件|一件|每单|单个|利润率|(?<![a-z])margins?(?![a-z])|%"
)
# "critical findings", "严重问题": the findings of that severity
_CRITICAL = (("critical", "urgent", "serious", "severe"), ("严重", "紧急", "重大"))

# the parser's own multi-word English phrases: never read as a product's name
_PHRASES = sorted(
    {phrase for _, _, english, _ in KEYWORDS for phrase in english if " " in phrase}
    | {
        phrase
        for cues in (OPEN_ORDER_CUES, LATE_CUES, RISK_CUES, MISSING_CUES, RANK_TOP, RANK_BOTTOM)
        for phrase in cues[0]
        if " " in phrase
    },
    key=len,
    reverse=True,
)

# those phrases written with hyphens for spaces, as whole words; a hyphenated word the parser
# knows as such ("stock-out date") stays
_OWN_HYPHENS = frozenset(w for p in _PHRASES for w in p.split() if "-" in w)
_HYPHENATED = re.compile(
    r"(?<![A-Za-z0-9-])(?:"
    + "|".join(
        re.escape(p).replace(r"\ ", "-")
        for p in _PHRASES
        if "-" not in p and p.replace(" ", "-") not in _OWN_HYPHENS
    )
    + r")(?![A-Za-z0-9-])",
    re.I,
)


def _why(low: str) -> bool:
    return _ascii_has(low, "why") or any(w in low for w in ("为什么", "原因", "为何"))


def _asks_whether(low: str) -> bool:
    """A question about a change ("要涨价吗", "why lower it", "should I raise it"), not a
    request to make it."""
    return _why(low) or bool(
        re.search(r"吗\s*[?？]?\s*$|要不要|该不该|需不需要|应不应该|是否(?:要|该|需要|应该)", low)
        or re.search(r"^(?:should|do i need to|is it worth)\s", low)
    )


def _without(low: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> str:
    """`low` with these words blanked (whole words on the ASCII side)."""
    english, chinese = words
    for w in english:
        low = re.sub(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", " ", low)
    for w in chinese:
        low = low.replace(w, " ")
    return low


# Chinese words a keyword must not be cut out of: "现在售价" is 现在 + 售价 (now, the price),
# never 在售 (listed); a keyword found only across such a word's edge is no keyword
_ZH_WORDS = ("现在", "实在", "存在", "所在", "售价")


def _zh_has(low: str, word: str) -> bool:
    start = low.find(word)
    while start >= 0:
        end = start + len(word)
        if not any(
            low.startswith(w, start - len(w) + 1) and len(w) > 1 for w in _ZH_WORDS if start
        ) and not any(low.startswith(w, end - 1) and w not in word for w in _ZH_WORDS):
            return True
        start = low.find(word, start + 1)
    return False


def _score(low: str) -> dict[Measure, int]:
    scores: dict[Measure, int] = {}
    for measure, weight, english, chinese in KEYWORDS:
        hit = any(_ascii_has(low, w) for w in english) or any(_zh_has(low, w) for w in chinese)
        if hit:
            scores[measure] = max(scores.get(measure, 0), weight)
    return scores


# one answer gives these together: units, orders and revenue are one sales answer
_ONE_ANSWER = {Measure.UNITS: Measure.UNITS, Measure.REVENUE: Measure.UNITS}
_ONE_ANSWER[Measure.ORDERS] = Measure.UNITS


# a part asking the amount of the figure before it ("and how many units that is", "有多少件")
_HOW_MANY_OF_IT = re.compile(
    r"^\W*(?:and\s+)?(?:how\s+many\s+(?:units|pieces|pcs|items)|the\s+(?:number|count|amount))"
    r"(?:\s+(?:that|this|it)\s+(?:is|was|would\s+be|comes\s+to)|\s+(?:is|was)\s+(?:that|it)|"
    r"\s+(?:in\s+)?total|\s+of\s+(?:them|it))?\W*$"
    r"|^\W*(?:有|共|一共|总共)?(?:多少|几)(?:件|个)\W*$"
)


def _joined_figures(low: str) -> tuple[Measure, ...]:
    """The figures of a question that joins two ("price and unit cost", "售价和采购成本"), each
    part read on its own; empty unless two parts ask for figures no one answer gives."""
    found: dict[Measure, Measure] = {}
    parts = [piece for part in _JOINED.split(low) for piece in _ASKED_EACH_ZH.split(part)]
    for part in parts:
        if _HOW_MANY_OF_IT.match(part):
            continue  # "..., and how many units that is": the first figure's amount
        scores = _score(part)
        best = max(scores.values(), default=0)
        groups = {_ONE_ANSWER.get(m, m) for m, s in scores.items() if s == best}
        if len(groups) == 1:
            group = groups.pop()
            found.setdefault(group, next(m for m, s in scores.items() if s == best))
    return tuple(found.values()) if len(found) >= 2 else ()


# "30d", "7d": days
_DAYS_SHORT = re.compile(r"(?<![a-z0-9-])(\d{1,3}) ?d(?![a-z0-9])")
_ASKING = re.compile(
    r"(?<![a-z])(?:what|how|which|when|where|why|who|is|are|does|do|can|tell|show|give|about|"
    r"summary|overview|report|anything|everything)(?![a-z])"
    r"|什么|怎么|哪|多少|几|吗|是否|说说|讲讲|介绍|总结|概况|情况"
)


def _terse_sales(low: str, period: Period | None, rest: str) -> bool:
    """A bare product or store and a period with no measure and no question word ("kettle DE
    30d?", "水壶 德国 上个月"): a seller asks for its sales; the answer shows the measure it
    read, units with orders and revenue, to be checked."""
    if period is None or period.default or _ASKING.search(low):
        return False
    return len(re.findall(r"[a-z0-9]+|[\u4e00-\u9fff]+", low)) <= 5 and bool(rest.strip())


# "X国站": a country's marketplace ("德国站"); a voice slip ("得国站") names none the parser
# knows, and the answer must not quietly cover every store
_COUNTRY_STORE_ZH = re.compile(r"[\u4e00-\u9fff]国站(?!点)")
_STORES_ZH = frozenset(w for _, chinese in STORE_WORDS.values() for w in chinese)


def _store_unclear(low: str) -> str | None:
    """A Chinese store word ("X国站") that names none of the stores known, or None."""
    for m in _COUNTRY_STORE_ZH.finditer(low):
        if m.group(0) not in _STORES_ZH and m.group(0)[:2] not in ("各国", "每国", "哪国", "两国"):
            return m.group(0)
    return None


def parse(question: str, *, today: date, measure_of: Measure | None = None) -> Parsed:
    """The measure, filters and ranking of a question; `measure` is None when no measure or
    more than one fits equally well (then `candidates` lists them). `measure_of` reads the
    question for that one figure of the ones it joins (`joined`)."""
    text = normalise(question)
    chinese = is_chinese(text)
    shipment_m = _SHIPMENT_RE.search(text)
    shipment = shipment_m.group(1).upper() if shipment_m else None
    skus = find_skus(text)
    rest = _SHIPMENT_RE.sub(" ", text)
    rest = _SKU_RE.sub(lambda m: " " if re.search(r"\d", m.group(1)) else m.group(1), rest)
    low = _DAYS_SHORT.sub(r"\1 days", _fix_typos(_PER_PIECE.sub(" ", rest.lower())))
    low = spell_numbers(restate(_WEEK_RESTATED.sub(r"\1", low)))
    refusal: Refusal | None = None
    seller_named = re.search(  # 'the seller "Acme Home"', "seller called Acme": not this seller
        r"(?<![A-Za-z])(?:[Ss]eller|[Mm]erchant|[Ss]hop)\s+(?:(?:called|named)\s+)?"
        r"[\"“'‘]?(?!Central)([A-Z][A-Za-z0-9]+)",
        rest,
    )
    if seller_named is not None and find_store(seller_named.group(1)) is not None:
        seller_named = None  # "top 3 best seller DE": the best sellers of a store of one's own
    named_seller = seller_named or _SELLER_HANDLE.search(text)
    if (
        _any(low, OTHER_SELLER)
        or named_seller
        or _OTHER_PARTY_ZH.search(low)
        or _other_seller_sold(_SKU_RE.sub(" ", low))
    ):
        refusal = Refusal.OTHER_SELLER
    change_words = (
        _any(NOT_WRITE.sub(" ", low), WRITE)
        or bool(WRITE_TO_NUMBER.search(low))
        or bool(WRITE_LISTING.search(low))
    )
    if refusal is None and change_words and not _asks_whether(low):
        refusal = Refusal.WRITE
    store = find_store(rest)
    stores = find_stores(rest)
    core = without_asides(low)  # the question without its preamble, events and deadlines
    aside_time: str | None = None
    if core != low and (_score(core) or find_period(core, today)):
        period, set_aside = question_period(low, core, today)
        aside_time = next(iter(event_asides(low)), None) if set_aside else None
        low = core
    else:
        period = find_period(low, today)
    low_names = re.sub(r"black friday|黑五|黑色星期五", " ", rest.lower())  # names: no typo fixes
    aside_names = " ".join(event_asides(low_names))  # "for the board summary": asked back
    low_names = without_event_asides(low_names)
    preamble = chinese_preamble(low_names)  # "老板问我要数据：": no product's name
    low_names = low_names.replace(preamble, " ", 1) if preamble else low_names
    # "Before we book the next container, how many frothers ...": what the seller will do next
    # names no product (the glass food containers), unless the question names none itself
    errand = _ERRAND_FIRST.match(low_names)
    low_names = _ERRAND_FIRST.sub(" ", low_names)
    for phrase in _PHRASES:  # "on hand" names no product ("Hand Blender")
        low_names = re.sub(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", " ", low_names)
    pointed = pointer(rest)
    if pointed:  # "这款" names no product ("基础款")
        low_names = low_names.replace(pointed.lower(), " ")
    proposal = _PROPOSAL_RE.search(text)
    scores = _score(low)
    if shipment:
        scores[Measure.SHIPMENTS] = scores.get(Measure.SHIPMENTS, 0) + 6
    if _ascii_has(low, "customs") and (_ascii_has(low, "code") or _ascii_has(low, "codes")):
        scores[Measure.HS_CODE] = max(scores.get(Measure.HS_CODE, 0), 6)  # "customs ... the code"
    why = _why(low)
    if why and proposal:
        scores = {Measure.EXPLAIN_PROPOSAL: 10}
    if _earned(low, period) and scores.get(Measure.MARGIN, 0) < 5:
        scores.pop(Measure.MARGIN, None)  # "how much did it earn in November": its sales
        scores[Measure.REVENUE] = max(scores.get(Measure.REVENUE, 0), 4)
    if _PER_UNIT_GAIN.search(low):  # "how much do we lose on each fan": the margin a unit
        scores[Measure.MARGIN] = max(scores.get(Measure.MARGIN, 0), 4)
        scores.pop(Measure.UNITS, None)
        scores.pop(Measure.REVENUE, None)
    rank: Rank | None = None
    ranked = _TOP_LINE.sub(" ", low)  # "the top-line number" is a total, never a ranking
    if scores.get(Measure.MARGIN, 0) >= 5:
        rank = Rank.LOSING
    elif _any(ranked, RANK_BOTTOM):
        rank = Rank.BOTTOM
    elif _any(ranked, RANK_TOP):
        rank = Rank.TOP
    if rank in (Rank.TOP, Rank.BOTTOM) and not (
        scores.keys() & {Measure.REVENUE, Measure.ORDERS, Measure.MARGIN, Measure.STOCK}
    ):
        scores[Measure.UNITS] = max(scores.get(Measure.UNITS, 0), 2)
    overstock = _any(low, OVERSTOCK_CUES)
    overstock = overstock and not scores.keys() & {Measure.SHIPMENTS, Measure.MARGIN}
    if overstock:
        # "which SKUs are overstocked": the most days of cover first, never the stock total
        scores[Measure.DAYS_OF_COVER] = max(scores.values(), default=0) + 1
        rank = Rank.TOP
    if Measure.OUT_OF_STOCK in scores and (_any(low, RISK_CUES) or n_days(low)):
        scores[Measure.STOCKOUT] = max(scores.pop(Measure.OUT_OF_STOCK), 5)
    if Measure.STOCKOUT in scores or Measure.OUT_OF_STOCK in scores:
        scores.pop(Measure.LISTING_STATUS, None)
    if (
        Measure.OUT_OF_STOCK in scores
        and Measure.DAYS_OF_COVER in scores
        and Measure.DAYS_OF_COVER not in _score(_without(low, REPLENISH))
    ):
        # "which are out of stock? I want to restock": the ones out are the ones to restock
        scores.pop(Measure.DAYS_OF_COVER)  # "what is out of stock in the UK store"
    if Measure.ORDERS in scores and _any(low, OPEN_ORDER_CUES):
        scores[Measure.OPEN_ORDERS] = scores.pop(Measure.ORDERS) + 1
        if re.search(r"orders?\s+(?:still\s+|just\s+)?(?:sitting|waiting|stuck)", low):
            scores.pop(Measure.STOCK, None)  # "open orders sitting on the DE store": no stock
    if Measure.HS_CODE in scores and not skus and _any(low, MISSING_CUES):
        scores[Measure.HS_MISSING] = scores.pop(Measure.HS_CODE) + 1
    hs_proposals = (
        Measure.HS_CODE in scores
        and not skus
        and _any(
            low,
            (
                (
                    "proposal",
                    "proposals",
                    "proposed",
                    "propose",
                    "suggest",
                    "want to change",
                    "wants to change",
                ),
                _HS_ASK,
            ),
        )
    )
    if hs_proposals:  # "which HS codes does customs propose": the open HS proposals
        scores = {Measure.PROPOSALS: scores.pop(Measure.HS_CODE)}
    units_counted = re.search(r"多少件|几件", low) is not None
    consignments = bool(
        # "头程发英国FBA的在途有多少件": a count of units, the stock inbound
        (_ZH_TRANSIT_GOODS.search(low) and any(w in low for w in _ZH_TRANSIT) and not units_counted)
        or (_EN_TRANSIT_WHAT.search(low) and not _EN_COUNTED_STOCK.search(low))
    )
    if consignments:
        # "哪些货还在运输途中": the consignments on the way, not a product's inbound units
        scores[Measure.SHIPMENTS] = max(scores.values(), default=0) + 1
    if shipment is None and "在途" in low and units_counted and not consignments:
        # "料理棒头程发英国FBA的在途有多少件": the units on their way, the stock inbound
        scores[Measure.STOCK] = max(scores.values(), default=0) + 1
    if re.search(r"(?:还有|有|剩|剩下)多少备货|备货(?:还有|还剩|有|剩)多少", low):
        # "宁波仓里还有多少备货": the goods held ready, the stock there, not a reorder
        scores.pop(Measure.DAYS_OF_COVER, None)
        scores[Measure.STOCK] = max(scores.values(), default=0) + 1
    if shipment is None and _COVER_ASKED.search(low):  # "how many days comes it through"
        scores[Measure.DAYS_OF_COVER] = max(scores.get(Measure.DAYS_OF_COVER, 0), 5)
    if _STOCK_AT_PLACE.search(low):  # "sitting at our hub, waiting for a shipment": stock there
        scores[Measure.STOCK] = max(scores.values(), default=0) + 1
    # specific beats general: "landed cost" is not "cost", "in transit" shipments are not stock
    if Measure.LANDED_COST in scores:
        scores.pop(Measure.UNIT_COST, None)
    if scores.keys() & {Measure.DAYS_OF_COVER, Measure.STOCKOUT, Measure.OUT_OF_STOCK}:
        scores.pop(Measure.STOCK, None)
    if Measure.STOCKOUT in scores:
        scores.pop(Measure.DAYS_OF_COVER, None)
    if Measure.SHIPMENTS in scores and scores[Measure.SHIPMENTS] >= scores.get(Measure.STOCK, 0):
        scores.pop(Measure.STOCK, None)
    if Measure.UNIT_COST in scores and scores[Measure.UNIT_COST] >= 4:
        scores.pop(Measure.PRICE, None)
    if (
        Measure.LISTING_STATUS in scores
        and Measure.PROPOSALS in scores
        and not _any(low, _PROPOSAL_WORDS)
    ):
        scores.pop(Measure.PROPOSALS)  # "is it live or still pending": a listing's status
    if Measure.PRICE in scores and re.search(r"\blisted (?:at|for)\b", low):
        scores.pop(Measure.LISTING_STATUS, None)  # "what price is it listed at": the price
    if Measure.HS_CODE in scores:
        for m in (Measure.FINDINGS, Measure.PROPOSALS, Measure.UNIT_COST, Measure.LISTING_STATUS):
            scores.pop(m, None)
    if Measure.MARGIN in scores and rank is Rank.LOSING:
        scores.pop(Measure.FINDINGS, None)
        scores.pop(Measure.UNITS, None)
        scores.pop(Measure.PRICE, None)
    if Measure.REVENUE in scores and scores[Measure.REVENUE] >= 3:
        scores.pop(Measure.UNITS, None)
    if Measure.ORDERS in scores and scores.get(Measure.UNITS, 0) <= 2:
        scores.pop(Measure.UNITS, None)
        scores.pop(Measure.REVENUE, None) if scores.get(Measure.REVENUE, 0) < 3 else None
    if Measure.SHIPMENTS in scores:
        scores.pop(Measure.FINDINGS, None)
    if scores.keys() & {Measure.DAYS_OF_COVER, Measure.STOCKOUT, Measure.OUT_OF_STOCK}:
        scores.pop(Measure.UNITS, None)
        scores.pop(Measure.FIND_PRODUCTS, None)
        scores.pop(Measure.PRODUCT_COUNT, None)
    if Measure.OPEN_ORDERS in scores or Measure.HS_MISSING in scores:
        for m in (Measure.UNITS, Measure.REVENUE, Measure.FIND_PRODUCTS, Measure.PRODUCT_COUNT):
            scores.pop(m, None)
    if Measure.OPEN_ORDERS in scores:
        scores.pop(Measure.PROPOSALS, None)  # "pending orders" are orders, not proposals
    if Measure.MARGIN in scores:
        scores.pop(Measure.UNIT_COST, None) if scores[Measure.MARGIN] >= 3 else None
    counted_by_sales = Measure.PRODUCT_COUNT in scores and _any(
        low, (("sold", "sell", "sells", "selling", "sales"), ("卖", "销", "售出"))
    )
    if Measure.PRODUCT_COUNT in scores:
        scores.pop(Measure.UNITS, None)
    if Measure.PROPOSALS in scores and Measure.FINDINGS in scores:
        scores.pop(Measure.FINDINGS)
    if Measure.LISTING_STATUS in scores and Measure.FIND_PRODUCTS in scores:
        scores.pop(Measure.FIND_PRODUCTS)
    stock_words = _any(
        low,
        (
            _INBOUND_EN + ("reserved", "stock", "inventory", "on hand"),
            # what is left ("还有多少件", "还剩几件") is stock, its 件 no count of units sold
            ("在途", "在路上", "预留", "占用", "在库", "库存", "还有多少", "还剩", "剩多少", "剩几")
            + _ZH_TRANSIT,
        ),
    )
    sold_words = _any(low, (("sold", "sell", "sells", "selling", "sales"), ("卖", "销", "售出")))
    if Measure.STOCK in scores and stock_words and not sold_words:
        scores.pop(Measure.UNITS, None)  # "inbound units": units on the way, not units sold
    if Measure.PRICE in scores and _ascii_has(low, "price") and not _any(low, _COUNTED):
        scores.pop(Measure.UNITS, None)  # "what price am I selling it at": a price, not sales
    best = max(scores.values(), default=0)
    top = tuple(m for m, s in scores.items() if s == best)
    sales_figures = {Measure.UNITS, Measure.REVENUE, Measure.ORDERS}
    if len(top) > 1 and set(top) <= sales_figures:  # "revenue and order count": one answer
        top = (Measure.UNITS,) if Measure.UNITS in top else (Measure.REVENUE,)
    measure = top[0] if len(top) == 1 else None
    # "还在路上、还没签收入库的货件": the words of the way describe the consignments asked
    joined = _joined_figures(low) if (measure or len(top) > 1) and not consignments else ()
    if measure is not None and _ONE_ANSWER.get(measure, measure) in {
        _ONE_ANSWER.get(m, m) for m in joined
    }:
        measure, top = None, joined  # two figures asked: each answered on its own, or asked
    elif measure is None and joined and set(top) <= set(joined):
        top = joined  # "price and stock": each part names one of the two
    if measure_of is not None and measure_of in joined:
        measure, top = measure_of, (measure_of,)
    named = bool(store or stores or skus)
    if measure is None and not scores and not refusal and named and _terse_sales(low, period, rest):
        measure, top = Measure.UNITS, (Measure.UNITS,)  # "kettle DE 30d": its sales
    dated = period is not None and not period.default
    if measure is None and not scores and not refusal and len(stores) > 1 and dated:
        measure, top = Measure.UNITS, (Measure.UNITS,)  # "line up UK, DE and JP ... 90 days"
    if measure is None and not scores and not refusal and _STILL_HELD.search(low):
        measure, top = Measure.STOCK, (Measure.STOCK,)  # "德国仓还有风扇吗": its stock
    # the average is read from `low` (typos fixed, jargon restated) and from the words before
    # "per item" / "per piece" were dropped from it ("revenue per item")
    average, averaged = (
        (None, measure)
        if joined
        else settle_average(f"{low} | {rest.lower()}", measure, not scores and named)
    )
    if averaged is not measure and averaged is not None:
        measure, top = averaged, (averaged,)  # "客单价": revenue over orders
    words = "|".join(_N_WORDS)
    limit_m = re.search(
        r"(?:top|前)\s*(\d{1,2}|[一二两三四五六七八九十]{1,2}|"
        + words
        + r")(?![a-z])(?!\s*(?:天|日|周|个?月|年|\d|days?|weeks?|months?))",
        low,
    )
    limit_m = (
        limit_m
        or re.search(
            r"(?:which|what|best|our|my|the)\s+(\d{1,2}|"
            + words.replace("one|", "")
            + r")\s+(?:best\s+|top\s+)?"
            r"(?:products?|items?|skus?|sellers?|best|selling|stores?|markets?|marketplaces?)",
            low,
        )
        or re.search(
            r"(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:个|款|种)\s*(?:产品|商品|sku)", low
        )
    )
    limit: int | None = None
    if limit_m:
        raw = limit_m.group(1)
        limit = int(raw) if raw.isdigit() else _N_WORDS.get(raw) or cn_number(raw)
        if rank is None and measure in (Measure.UNITS, Measure.REVENUE, Measure.ORDERS):
            rank = Rank.TOP  # "销量前三", "top 3"
        if (
            measure is Measure.PRODUCT_COUNT
            and counted_by_sales
            and re.match(r"top|前", limit_m.group(0))
        ):
            # "销量top3是哪几款": the three best sellers, not a count of products
            measure, top, rank, counted_by_sales = Measure.UNITS, (Measure.UNITS,), Rank.TOP, False
        if measure is None and not scores and re.match(r"top|前", limit_m.group(0)):
            measure, top, rank = Measure.UNITS, (Measure.UNITS,), Rank.TOP  # "top5 SKU排一下"
    by_store = bool(
        re.search(
            rf"(which|what) (?:(?:\d{{1,2}}|{words}) )?(?:of (?:your|our|my|the) )?"
            r"(store|market|marketplace|country|site)",
            low,
        )
        or re.search(
            r"(?:best|top|worst|biggest|strongest|weakest|leading)\s+"
            # "top 3 stores", "best two markets": the N counts stores
            rf"(?:(?:\d{{1,2}}|{words})\s+)?"
            r"(?:selling\s+)?(?:store|market|marketplace|country|site)s?(?![a-z])",
            low,
        )
        or re.search(r"(?:最好|最差|最多|最少|最高|最低)的\s*(?:站点|店铺|国家|市场|站)", low)
        # "the store with the most units", "store with max(units)": the store ranked
        or re.search(
            r"(?<![a-z])(?:store|market|marketplace|country|site)s?\s+(?:with|that\s+had|that\s+has)"
            r"\s+(?:the\s+)?(?:most|max|maximum|highest|biggest|fewest|least|min|minimum|lowest)"
            r"(?![a-z])",
            low,
        )
        or re.search(  # "across every store": a total over them, no split
            r"(?:by|per|each|(?<!across )(?<!over )every|for each|for every|split by|"
            r"broken down by)\s+"
            r"(?:store|stores|market|marketplace|country|site)(?![a-z])",
            low,
        )
        or any(
            w in low
            for w in ("哪个站", "哪个国家", "哪个市场", "哪个店铺", "各站", "各个站", "每个站")
        )
        or any(w in low for w in ("各店铺", "每个店铺", "各个店铺", "各国", "每个国家", "分站点"))
        or any(w in low for w in ("按站点", "按店铺", "按国家", "各市场", "每个市场"))
        or (
            bool(
                _STORES_RANKED.search(low)
                or _WHICH_OF_STORES.search(low)
                or _STORES_WHICH.search(low)
                and _WHICH_ONE.search(low)
            )
            and not _PRODUCT_WORD.search(low)
        )
    )
    if (
        by_store
        and rank is None
        and _STORES_RANKED.search(low)
        and measure
        in (
            Measure.UNITS,
            Measure.REVENUE,
            Measure.ORDERS,
        )
    ):
        rank = Rank.TOP  # "rank my stores by units sold": the ranking, never the total
    if by_store and limit is None and _STORES_RANKED.search(low):
        limit = _EVERY_STORE  # a ranking of the stores shows every store, not the first three
    focus: str | None = None
    if any(
        _ascii_has(low, w)
        for w in (
            "exception",
            "exceptions",
            "problem",
            "problems",
            "delayed",
            "delay",
            "stuck",
            "held",
            "issue",
            "issues",
            "late",
        )
    ) or any(
        w in low
        for w in (
            "异常",
            "延误",
            "问题",
            "卡住",
            "卡在",
            "hold住",
            "hold 住",
            "扣住",
            "扣着",
            "扣关",
            "晚了",
            "延迟",
            "海关扣",
            "被扣",
            "查验",
        )
    ):
        focus = "exceptions"
    elif any(
        _ascii_has(low, w)
        for w in ("eta", "arrive", "arrives", "arriving", "arrival", "when", "expected")
    ) or any(
        w in low
        for w in ("到达", "到货", "什么时候到", "几号到", "预计", "何时到", "到港", "哪天到")
    ):
        focus = "eta"
    stock_part: str | None = None
    if _ascii_has(low, "reserved") or any(w in low for w in ("预留", "占用", "锁定")):
        stock_part = "reserved"
    elif any(_ascii_has(low, w) for w in _INBOUND_EN) or any(w in low for w in _ZH_TRANSIT):
        stock_part = "inbound"
    if (
        _STOCK_PARTS_JOINED.search(low)
        or _STOCK_PART_LEFT_OUT.search(low)
        or (stock_part and _ON_HAND_NAMED.search(low))
    ):
        stock_part = None  # "stock and inbound", "在库 不算在途的": every part, on hand first
    horizon = None
    within = re.search(r"(?:within|in|next)\s+(\d{1,3})\s*days?", low) or re.search(
        r"(\d{1,3})\s*天(?:内|之内)", low
    )
    weeks = re.search(
        r"(?:within|in|next)\s+(?:the\s+next\s+)?(\d{1,2}|two|three|four)\s*weeks?", low
    ) or re.search(r"(\d{1,2}|[一二两三四])\s*(?:周|个星期|星期)(?:内|之内)", low)
    if within:
        horizon = int(within.group(1))
    elif weeks:
        raw = weeks.group(1)
        n = {"two": 2, "three": 3, "four": 4}.get(raw) or (
            int(raw) if raw.isdigit() else cn_number(raw)
        )
        horizon = 7 * (n or 1)
    elif _ascii_has(low, "next week") or "下周" in low or "一周" in low or "7天" in low:
        horizon = 7
    elif any(w in low for w in ("next month", "下个月", "一个月", "30天")):
        horizon = 30
    seller_currency = any(
        _ascii_has(low, w) for w in ("cny", "rmb", "yuan", "my currency", "home currency")
    ) or any(w in low for w in ("人民币", "本币", "折合"))
    proposed = any(
        _ascii_has(low, w)
        for w in ("proposed", "propose", "suggested", "suggest", "recommended", "should")
    ) or any(w in low for w in ("建议", "提议", "推荐", "应该"))
    late = _any(low, LATE_CUES)
    if late and focus is None:
        focus = "exceptions"
    sales = measure in (Measure.UNITS, Measure.REVENUE, Measure.ORDERS)
    asked = _PURPOSE.sub(" ", low)  # "我好安排广告": the ads are the seller's plan, not asked
    unsupported = next((label for label, en, cn in UNSUPPORTED if _any(asked, (en, cn))), None)
    if counted_by_sales and unsupported is None:  # "how many products sold 10 units"
        unsupported = "counts of products by their sales"
    if measure is Measure.SHIPMENTS and focus == "exceptions" and period and period.start == today:
        period = None  # "problems I need to chase today": open exceptions are open now
    shifted = _SHIFTED_SPAN.search(low) if sales else None
    if shifted:  # "the week before Black Friday": not Black Friday, asked back
        period = None
    unsupported = unsupported or not_held(low, rest.lower(), sales, measure is None, sold_words)
    if (
        unsupported is None
        and measure is Measure.MARGIN
        and rank is not Rank.LOSING
        and period is not None
        and not period.default
        and _PROFIT_WORD.search(low)
        and not _A_UNIT.search(low)
    ):
        unsupported = "profit totals"
    # "is our landed cost on the kettle under $10?": one figure against a mark, answered by the
    # figure; "orders over $50" filters a list by an amount, which the layer does not do
    one_figure = measure in (Measure.LANDED_COST, Measure.UNIT_COST, Measure.PRICE, Measure.MARGIN)
    yes_no = re.match(r"\s*(?:is|are|was|does|do)(?![a-z])", low) is not None
    if unsupported is None and _AMOUNT_FILTER.search(low) and not (one_figure and yes_no):
        unsupported = "figures filtered by an amount"
    unsupported = unsupported_left(unsupported, average, rank is not None, low)
    cover = measure in (Measure.DAYS_OF_COVER, Measure.STOCKOUT)
    if unsupported == "sell-through rate" and cover and not re.search(r"rate|%|percent|率", low):
        unsupported = None  # "at the current sell-through, how many days of cover": the pace
    timed = low if average is None else rate_free(low)  # "units a day": no period named
    return Parsed(
        text=text,
        chinese=chinese,
        measure=measure,
        candidates=top if measure is None else (measure,),
        skus=tuple(skus),
        shipment=shipment,
        store=store,
        stores=tuple(stores),
        period=period,
        rank=rank,
        limit=limit,
        by_store=by_store,
        proposal_id=int(proposal.group(1)) if proposal else None,
        horizon_days=horizon,
        refusal=refusal,
        seller_currency=seller_currency,
        hs_proposed=proposed,
        shipment_focus=focus,
        stock_part=stock_part,
        rest=low_names,
        time_unclear=shifted.group(0)
        if shifted
        else (unparsed_time(timed) or time_word(timed) or aside_time)
        if period is None and sales
        else None,
        future=(sales or measure is None or _PREDICT.search(low) is not None) and future_time(low),
        late=late,
        unsupported=unsupported,
        why=why,
        advice=change_words and refusal is None and not why,
        about="hs" if hs_proposals else None,
        critical=_any(low, _CRITICAL),
        period_kinds=tuple(period_mentions(low)),
        exception_kind=_exception_kind(low) if measure is Measure.SHIPMENTS else None,
        not_live=measure is Measure.LISTING_STATUS and _NOT_LIVE.search(low) is not None,
        live=measure is Measure.LISTING_STATUS
        and _NOT_LIVE.search(low) is None
        and _LIVE_ONLY.search(low) is not None
        and _COUNT_ASKED.search(low) is None,  # "how many are live": the counts per status
        currency=target_currency(low) if sales else None,
        shipment_mode=shipment_mode(low) if measure is Measure.SHIPMENTS else None,
        pointer=pointed,
        overstock=overstock and measure is Measure.DAYS_OF_COVER,
        store_unclear=_store_unclear(low),
        aside_names=aside_names,
        errand=errand.group(0) if errand else "",
        joined=joined if measure is None and top == joined else (),
        per=average.per if average is not None else None,
    )
