"""How a chat message is addressed and said, apart from what it asks: an @mention, a Chinese
greeting ("您好，"), "顺便问下", Chinese keywords typed apart ("产品 总数"), 笔 counting orders
("一笔订单" names no pen), and a rhetorical sentence beside the one that asks ("难道上个月一件都
没卖？德国那个热水壶到底卖了几个": its negated claim is dropped, its period kept). Pure."""

from __future__ import annotations

import re

_PEN_COUNTED = re.compile(
    r"(?<=[一二两三四五六七八九十几多少每首单])笔(?=\s*(?:订单|单|生意|交易|买卖|款|$|[？?。，,！!]))"
)
_ZH_GREETING = re.compile(
    r"^\s*(?:您好|你好|大家好|各位好?|老板好|亲|早上好|下午好|晚上好|哈喽|嗨)(?:呀|啊|哈)?[，,！!。~\s]+"
)
_BY_THE_WAY = re.compile(r"顺便(?:问|说|看)(?:一)?下|顺带问(?:一)?下|另外问(?:一)?下")
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
_MENTION = re.compile(r"(?<![\w.])@[\w\u4e00-\u9fff-]+")
# a rhetorical or reproachful sentence ("难道上个月一件都没卖？", "不是说有货吗？", "这周是不是一件
# 都没卖出去？") beside one that asks the figure ("到底卖了几个"): the figure answers both, and
# the rhetorical one is no condition, period or product of its own
_RHETORICAL = re.compile(r"^\s*(?:难道|不是说|莫非|该不会)|是不是.*[没不]|[没不].*吗\s*$")
_ASKS_FIGURE = re.compile(r"到底|究竟|多少|几[个件单天笔票次]|什么时候|哪")
_SENTENCE_END = re.compile(r"(?<=[？?！!。；;])")


def addressing_left_out(text: str) -> str:
    """`text` without whom it addresses and how, Chinese keywords joined, 笔 read as a count."""
    text = _PEN_COUNTED.sub("个", text)  # "一笔订单", "几笔": orders counted, no pen named
    text = _MENTION.sub(" ", text)  # "@bot", "@SellerAssistant", "@小王": who is addressed
    text = _ZH_GREETING.sub("", text)  # "您好，请帮忙统计…": a greeting, no product
    text = _BY_THE_WAY.sub(" ", text)
    return _HAN_SPACE.sub("", text)  # "产品 总数": Chinese keywords spaced apart are one phrase


def without_rhetoric(text: str) -> str:
    """The rhetorical sentences' negated claim left out; their period or product stays."""
    parts = [x for x in _SENTENCE_END.split(text) if x.strip()]
    if len(parts) < 2:
        return text
    out = []
    for x in parts:
        if _RHETORICAL.search(x.rstrip("？?！!。；; ")) and not _ASKS_FIGURE.search(x):
            x = re.sub(r"^\s*(?:难道|不是说|莫非|该不会)|是不是", "", x)
            x = re.sub(r"(?:一[件个单笔]?)?[都也]?[没不][^，,？?！!。；;]*|吗", "", x)
        out.append(x)
    kept = "".join(out)
    return kept if any(_ASKS_FIGURE.search(x) for x in parts) else text
