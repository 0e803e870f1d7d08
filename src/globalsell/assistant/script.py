"""Traditional Chinese read as simplified: a seller in Taiwan or Hong Kong asks
"電熱水壺的海關編碼是什麼" and the parser, whose vocabulary is simplified, reads
"电热水壶的海关编码是什么". The conversion is
OpenCC's phrase-aware traditional-to-simplified table (opencc-purepy, pure Python, offline); text
without traditional characters comes back unchanged."""

from __future__ import annotations

import re
from functools import cache

from opencc_purepy import OpenCC

_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _converter() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """`text` with its traditional Chinese characters and phrases in simplified form."""
    if _HAN.search(text) is None:
        return text
    return str(_converter().convert(text))


# Cantonese grammar words (as OpenCC leaves them in simplified form) and their Mandarin
# equivalents: the question words, the negation 冇, the particles 嘅/咗/喺/啲, the adverb 仲
# ("still") and the pronoun 佢. Written Cantonese uses them where Mandarin has the right-hand
# words; they are no product names ("边只卖得最好" is "哪个卖得最好").
_CANTONESE = {
    "边只": "哪个",
    "边个": "哪个",
    "边款": "哪款",
    "边间": "哪家",
    "边度": "哪里",
    "几多": "多少",
    "乜嘢": "什么",
    "咩": "什么",
    "点解": "为什么",
    "点样": "怎么样",
    "系咪": "是不是",
    "系唔系": "是不是",
    "有冇": "有没有",
    "冇": "没有",
    "嘅": "的",
    "咗": "了",
    "喺度": "在",  # "at (the place named)": "仓仲有几多件喺度"
    "喺": "在",
    # 仲 is Mandarin 还 ("still"): "仲有几多" / "仲剩几多" is "还有多少" / "还剩多少"
    "仲有": "还有",
    "仲剩": "还剩",
    "啲": "些",
    "佢哋": "他们",
    "佢": "它",
    "隔篱": "隔壁",  # "next door": "隔篱嗰间卖家" is another seller
    # time words: "而家" (now), "以嚟" (since), "琴日" / "寻日" (yesterday), "今日" (today)
    "而家": "现在",
    "以嚟": "以来",
    "琴日": "昨天",
    "寻日": "昨天",
    "今日": "今天",
    # 呢 ("this") before a measure word; 哋 makes a plural pronoun
    "呢个": "这个",
    "呢间": "这家",
    "呢只": "这个",
    "呢款": "这款",
    "呢排": "最近",
    "我哋": "我们",
    "你哋": "你们",
    # "几多张单": orders are counted in 张; "计埋" / "加埋": counted in, added up
    "张单": "单",
    "计埋": "算上",
    "加埋": "加起来",
    "畀": "给",
    "揾": "找",
    # 嗰 ("that"), which the simplifier writes 𠮶
    **{
        f"{that}{rest}": f"那{mandarin}"
        for that in ("嗰", "𠮶")
        for rest, mandarin in (
            ("间", "家"),
            ("家", "家"),
            ("个", "个"),
            ("只", "个"),
            ("日", "天"),
            ("啲", "些"),
            ("", ""),
        )
    },
}
# 边 is "which" unless it ends a place word ("这边", "旁边", "左边只有..."), and never inside one
_CANTONESE_RE = re.compile(
    "|".join(
        ("(?<![这那旁左右东西南北上下前后里外身两一半海岸周无天])" if k[0] == "边" else "")
        + re.escape(k)
        for k in sorted(_CANTONESE, key=len, reverse=True)
    )
)


def cantonese_as_mandarin(text: str) -> str:
    """`text` (simplified) with written Cantonese grammar words in their Mandarin form."""
    if _HAN.search(text) is None:
        return text
    return _CANTONESE_RE.sub(lambda m: _CANTONESE[m.group(0)], text)
