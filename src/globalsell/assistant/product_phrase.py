"""A Chinese product phrase a question uses that names none of the seller's products: it is
never dropped silently (the answer would cover every product). Pure: the catalogue's names and
the question in, the phrase and the products it is one character away from out.

Where: the question's subject, its leading run of Chinese characters up to the first word the
parser knows (a measure, store, time or question word), and any run left over once every
known word is taken out. Near: a window of the phrase that differs from a piece of a product's
Chinese name by one character, both taken at their ends (2+ characters; the noun that says
what a product is stands last) ("水壸" for "水壶", "保温怀" for "保温杯"): asked back as
"did you mean". No list here is written for one catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from globalsell.assistant.names import Named
from globalsell.assistant.places import CITY_ZH
from globalsell.assistant.vocabulary import KEYWORDS, STORE_WORDS, Measure
from globalsell.assistant.vocabulary_cues import (
    LATE_CUES,
    MISSING_CUES,
    OPEN_ORDER_CUES,
    RANK_BOTTOM,
    RANK_TOP,
    RISK_CUES,
)
from globalsell.assistant.vocabulary_limits import OTHER_SELLER, UNSUPPORTED

# words a seller's question carries around a product's name: asking, pointing, counting,
# linking, time and quantity; none names a product
_GENERIC = (
    "我们",
    "咱们",
    "我家",
    "自己",
    "帮我",
    "帮忙",
    "请问",
    "麻烦",  # "麻烦查一下": "would you mind", a courtesy
    "劳驾",
    "看看",
    "看一下",
    "查查",
    "查一下",
    "列出",
    "列一下",
    "列举",
    "给我",
    "显示",
    "查询",
    "一下",
    "告诉",
    "知道",
    "现在",
    "目前",
    "当前",
    "总共",
    "一共",
    "合计",
    "全部",
    "所有",
    "整体",
    "总体",
    "还有",
    "哪个",
    "哪些",
    "哪几",
    "多少",
    "什么",
    "怎么样",
    "怎么",
    "如何",
    "情况",
    "这个",
    "那个",
    "截至目前",
    "截止目前",
    "到目前为止",
    "目前为止",
    "这款",
    "那款",
    "这些",
    "那些",
    "产品",
    "商品",
    "东西",
    "宝贝",
    "货品",
    "店里",
    "店铺",
    "站点",
    "平台",
    "卖得",
    "卖了",
    "卖出",
    "卖的",
    "比较",
    "对比",
    "相比",
    "一样",
    "差不多",
    "大概",
    "大约",
    "左右",
    "一般",
    "平均",
    "最近",
    "最新",
    "上个",
    "本周",
    "本月",
    "今年",
    "去年",
    "今天",
    "昨天",
    "前天",
    "上周",
    "上月",
    "下周",
    "下月",
    "季度",
    "天内",
    "个月",
    "星期",
    "礼拜",
    "周末",
    "月份",
    "年度",
    "每天",
    "每周",
    "每月",
    "每笔",
    "每单",
    "每件",
    "是不是",
    "是否",
    "有没有",
    "对不对",
    "能不能",
    "可以",
    "需要",
    "应该",
    "还是",
    "或者",
    "以及",
    "还要",
    "到底",
    "一直",
    "已经",
    "还没",
    "没有",
    "亏本",
    "赚钱",
    "毛利",
    "利润",
    "成本",
    "售价",
    "价格",
    "价钱",
    "定价",
    "库存",
    "销量",
    "销售",
    "订单",
    "发货",
    "到货",
    "海关",
    "编码",
    "货件",
    "在途",
    "在路上",
    "在库",
    "可售",
    "断货",
    "缺货",
    "补货",
    "上架",
    "下架",
    "上线",
    "以来",
    "至今",
    "双十一",
    "黑五",
    "啥时候",
    "那段时间",
    "这段时间",
    "这次",
    "上次",
    "这票",
    "那票",
    "亚马逊",
    "助手",
    "预测",
    "全店",
    "整店",
    "全站",
    "整个",
    "咱家",
    "老板",
    "总的",
    "全部的",
    # the reasons and wishes a long message states before its question ("因为下周要开会，所以想
    # 看看...", "我想看看"): none names a product
    "我想",
    "想要",
    "想看",
    "想知道",
    "所以",
    "因为",
    "由于",
    "为了",
    "我要",
    "开会",
    "讨论",
    "准备",
    "打算",
    "单子",
    "上一个",
    "上一次",
    # a formal letter's courtesies ("烦请告知", "劳烦查询", "烦请提供")
    "烦请",
    "劳烦",
    "告知",
    "提供",
    "敬请",
)
# one-character words that link or end a phrase; a product's name rarely rests on them
_LINKS = "的了吗呢啊吧呀哦嘛在和跟与及比是有还都也就卖买把被从到给对于将让向为又再才"
# time and count characters that start a time phrase ("上个月", "近30天", "3月", "近一个月")
_TIME = re.compile(
    r"(?:最近|[上下本这今昨前去近每])?[个]?[一二两三四五六七八九十\d]*[个]?"
    r"(?:天|周|月|年|季度|号|日)|[上下本这]一?个?季|第[一二三四1-4]季"
)


@cache
def _known() -> tuple[str, ...]:
    words: set[str] = set(_GENERIC)
    for _, _, _, chinese in KEYWORDS:
        words |= set(chinese)
    for _, chinese in STORE_WORDS.values():
        words |= set(chinese)
    for cues in (OPEN_ORDER_CUES, LATE_CUES, RISK_CUES, MISSING_CUES, RANK_TOP, RANK_BOTTOM):
        words |= set(cues[1])
    words |= set(OTHER_SELLER[1]) | set(CITY_ZH)
    for _, _, chinese in UNSUPPORTED:
        words |= set(chinese)
    han = {w for w in words if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)}
    return tuple(sorted(han, key=len, reverse=True))


def _masked(text: str) -> str:
    """`text` with every known word, time phrase and linking character replaced by "|"."""
    out = _TIME.sub(lambda m: "|" * len(m.group(0)), text)
    for w in _known():
        out = out.replace(w, "|" * len(w))
    return re.sub(f"[{_LINKS}]", "|", out)


@dataclass(frozen=True, slots=True)
class Unmatched:
    phrase: str  # the words of the question that name no product
    near: tuple[Named, ...]  # the products it is one character away from


def _near(items: list[Named], phrase: str) -> tuple[Named, ...]:
    out = []
    for n in items:
        hit = False
        for run in re.findall(r"[\u4e00-\u9fff]{2,}", n.title):
            for size in range(2, min(len(run), len(phrase)) + 1):
                # the ends of both: the noun saying what the product is
                piece, window = run[-size:], phrase[-size:]
                if sum(a != b for a, b in zip(window, piece, strict=True)) == 1:
                    hit = True
        if hit:
            out.append(n)
    return tuple(out) if len(out) <= 3 else ()


def unmatched_phrase(items: list[Named], text: str) -> Unmatched | None:
    """The Chinese phrase of `text` that stands where a product's name would and names none,
    with the products it is one character from; None when there is none. Called only when no
    product matched."""
    masked = _masked(text)
    runs = [
        (m.start(), m.group(0))
        for m in re.finditer(r"[\u4e00-\u9fff]{2,}", masked)
        if not any(m.group(0) in n.title for n in items)
    ]
    for start, phrase in runs:
        near = _near(items, phrase)
        if near:
            return Unmatched(phrase, near)
        leading = not re.search(r"[\u4e00-\u9fff]", text[:start])
        if leading:
            return Unmatched(phrase, ())
    return None


# measures a product's name narrows: a name dropped would answer for every product
PRODUCT_FILTERED = (
    Measure.UNITS,
    Measure.REVENUE,
    Measure.ORDERS,
    Measure.STOCK,
    Measure.DAYS_OF_COVER,
    Measure.PRICE,
    Measure.UNIT_COST,
    Measure.LANDED_COST,
    Measure.HS_CODE,
    Measure.MARGIN,
)


def unknown_phrase_reasons(unknown: Unmatched) -> tuple[str, str, tuple[str, ...]]:
    """What to ask back about a phrase that names no product (English, Chinese), with the
    near products as "did you mean" options."""
    options = tuple(f"{n.sku} {n.title}" for n in unknown.near)
    if options:
        return (
            f"I found no product named '{unknown.phrase}'.",
            f"我没有找到叫「{unknown.phrase}」的产品。",
            options,
        )
    return (
        f"I found no product named '{unknown.phrase}' in your catalogue. Which product do you "
        "mean? Give its SKU or its name.",
        f"你的产品目录里没有叫「{unknown.phrase}」的产品。你指的是哪个产品？请给出SKU或产品名称。",
        (),
    )


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def without_product_names(items: list[Named], text: str) -> str:
    """`text` with the words that name a product blanked out, so that a keyword inside a
    product's name ("glass food containers": "containers") is not read as what is asked: two
    or more neighbouring English words that all stand in one product's English name."""
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z-]*", text))
    names = [
        {_stem(w) for name in n.names for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 2}
        for n in items
    ]
    spans: list[tuple[int, int]] = []
    for words in names:
        start = end = -1
        count = 0
        for tok in tokens:
            if _stem(tok.group(0).lower()) not in words:
                if count >= 2:
                    spans.append((start, end))
                count = 0
                continue
            if count and text[end : tok.start()].strip() == "":
                count, end = count + 1, tok.end()
            else:
                if count >= 2:
                    spans.append((start, end))
                count, start, end = 1, tok.start(), tok.end()
        if count >= 2:
            spans.append((start, end))
    out = text
    for start, end in spans:
        out = out[:start] + " " * (end - start) + out[end:]
    return out
