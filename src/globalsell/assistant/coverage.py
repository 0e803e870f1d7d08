"""Did the interpretation account for every meaningful part of the question? Pure: a `Parsed`
in, the first part left unexplained out (or None). A question whose comparison, negation,
exclusion, per-item "which" or narrowing qualifier the answer would silently drop gets a
confident answer to a different question; the caller says what it understood and asks back
instead. Parts the semantic layer does serve (two stores side by side, a customs-hold filter,
the listings that are not live) are consumed by the parse and pass.

Matching is by whole words on the ASCII side and by substrings on the Chinese side, as in
`question`; the Chinese negations are two-character words ("没卖", "不亏"), never a bare
"不" or "没" (they sit inside product names: "不锈钢", "不粘")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from globalsell.assistant.question import Parsed
from globalsell.assistant.question_cues import STOCK_PART_LEFT_OUT
from globalsell.assistant.vocabulary import Measure, Rank

SALES = (Measure.UNITS, Measure.REVENUE, Measure.ORDERS)

COMPARE = (
    ("compare", "comparison", "compared", "versus", "vs", "against"),
    ("对比", "比较", "相比", "比一比", "比一下"),
)
EXCLUDE = (
    ("excluding", "exclude", "except", "other than", "apart from", "aside from", "minus"),
    ("除了", "除去", "不包括", "不包含", "不含", "排除", "以外", "之外"),
)
NEGATE = (
    ("not", "never", "without", "no", "none", "nothing", "zero"),
    (
        "不是",
        "没卖",
        "没有卖",
        "没有销",
        "没有出",
        "未售",
        "没上",
        "未上",
        "没有上",
        "不亏",
        "不赚",
        "没亏",
        "没赚",
        "没有订单",
        "零销量",
    ),
)
# yes-no question forms, not negations: "是不是亏本", "是否", "有没有", "对不对", and every
# A-not-A verb ("亏不亏", "卖没卖")
_QUESTION_FORMS = re.compile(
    r"是不是|是否|对不对|有没有|([\u4e00-\u9fff])[不没]\1"
    # a question opened by a negative auxiliary ("Haven't we sold any kettles ...?", "Aren't we
    # losing money on ...?"): asks whether it did, the figure is the answer
    r"|^\W*(?:haven't|hasn't|didn't|don't|doesn't|aren't|isn't|wasn't|weren't)(?![a-z])"
)
# courtesy that carries a "not" ("if it's not too much bother", "if you don't mind"): no
# condition on the figure
_COURTESY = re.compile(
    r"(?<![a-z])(?:if (?:it'?s|it is|that'?s|that is) not (?:too much |any )?(?:of a )?"
    r"(?:bother|trouble|hassle)|(?:if )?(?:you )?(?:don't|do not|wouldn't|would not) mind"
    r"|not too much (?:bother|trouble)|no (?:rush|hurry|worries|pressure)|not urgent"
    # slang that swears it is true ("no cap", "no lie"): no negation of the figure
    r"|no (?:cap|lie|joke|kidding|kap)|not gonna lie|ngl)(?![a-z])"
)


# "zero-sellers included": a ranking of the fewest sold counts the products at 0 (a question
# for those that did not sell, "哪些产品没卖出去", is still a negation)
_NONE_SOLD = frozenset(["zero", "nothing", "none", "no"])
# measures whose answer is a positive set or figure: a negation would be silently dropped
POSITIVE = (*SALES, Measure.FIND_PRODUCTS, Measure.PRODUCT_COUNT, Measure.LISTING_STATUS)


# the day, week or month a sales figure peaked ("which day did we sell the most", "我们哪一天卖
# 得最多", "our best month"): time is not a dimension the layer ranks
_TIME_RANKED = re.compile(
    r"(?<![a-z])(?:which|what)\s+(?:day|date|days|week|weeks|month|months|weekday)(?![a-z])"
    r"|(?<![a-z])(?:best|worst|busiest|slowest|biggest|strongest|weakest|top)\s+"
    r"(?:selling\s+)?(?:day|date|week|month|weekday)s?(?![a-z])"
    r"|哪(?:一|个)?(?:天|日|周|星期|礼拜|个月|月)"
)


@dataclass(frozen=True, slots=True)
class Leftover:
    word: str  # the words of the question the answer would not honour
    english: str
    chinese: str


def _hit(low: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> str | None:
    english, chinese = words
    for w in english:
        if re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", low):
            return w
    if re.search(r"[a-z]n't(?![a-z])", low) and "not" in english:
        return "n't"
    return next((w for w in chinese if w in low), None)


def leftover(p: Parsed, *, product_named: bool = False) -> Leftover | None:
    """The first meaningful part of the question `p` does not account for; `product_named`
    when a product name in it resolves to the catalogue ("which stores is the kettle listed
    on": the status per store of that one product answers the "which")."""
    low = p.text.lower()
    m = p.measure
    # "比较好" is "fairly good", an adverb, not "compare"
    # "recorded against them": held on record for them, no comparison
    # "where we make minus": a loss in second-language English, nothing left out
    low = re.sub(r"(?<![a-z])(?:make|makes|making|made|in)\s+minus(?![a-z])", " loss ", low)
    # "running late against plan": behind its schedule, no comparison asked
    low = re.sub(
        r"(?<![a-z])against\s+(?:them|it|this|that|these|those|each|every|(?:the\s+|our\s+)?"
        r"(?:plan|schedule|booking|eta))(?![a-z])",
        " ",
        low,
    )
    word = _hit(re.sub(r"比较(?=[好差多少高低快慢大小贵稳])", "", low), COMPARE)
    if word is not None and not (
        m in SALES and (len(p.stores) > 1 or p.by_store or p.rank is not None or p.compared)
    ):
        return Leftover(
            word,
            "a comparison: I compare sales of two or more stores side by side (such as 'units "
            "of NB-AP-001 in US vs DE last 30 days'), not other figures or periods",
            "对比: 我可以并排对比两个或以上站点的销量"
            "(例如「NB-AP-001 美国 vs 德国 最近30天销量」)，不能对比其他数字或时间段",
        )
    word = _hit(low, EXCLUDE)
    if word is not None and not (m is Measure.STOCK and STOCK_PART_LEFT_OUT.search(low)):
        return Leftover(
            word,
            "an exclusion: I can't leave a store or product out of a figure; ask for the ones "
            "you want instead",
            "排除条件: 我不能从数字里扣除某个站点或产品；请直接问你想看的那些",
        )
    word = _hit(_QUESTION_FORMS.sub(" ", _COURTESY.sub(" ", low)), NEGATE)
    if word in _NONE_SOLD and p.rank is Rank.BOTTOM:
        word = None  # "lowest seller, zero-sellers included": the bottom lists them
    if word is not None and (m in POSITIVE or p.rank is Rank.LOSING) and not p.not_live:
        return Leftover(
            word,
            "a negation: I answer what did happen (what sold, what is listed, what loses "
            "money), not what did not",
            "否定条件: 我回答发生了什么(卖出了什么、上架了什么、哪些亏钱)，不回答没有发生的",
        )
    when = _TIME_RANKED.search(low)
    if when is not None and m in SALES:
        return Leftover(
            when.group(0),
            "a ranking of days, weeks or months: I rank products and stores over a period; ask "
            "for the sales of one day, week or month instead",
            "按天、周或月排名: 我只能在一段时间内给产品和站点排名；"
            "请问某一天、某一周或某个月的销量",
        )
    if m is Measure.LISTING_STATUS and not (p.skus or product_named or p.not_live or p.live):
        which = _hit(
            low,
            (("which", "what listings", "what skus", "what products"), ("哪些", "哪几", "哪个")),
        )
        if which is not None:
            return Leftover(
                which,
                "a list of listings: I give listing counts per status for a store, or the "
                "status of one product",
                "listing清单: 我能给出一个站点各状态的listing数量，或某个产品的listing状态",
            )
    return None
