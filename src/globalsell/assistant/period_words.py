"""Words of time the period finder turns into no dates: any word of time (week, 月, 年), which
in a sales question without a period still names one, and questions about sales that have not
happened yet. Pure."""

from __future__ import annotations

import re

__all__ = ["future_time", "time_word"]

# any other word of time: in a sales question without a period, it still names one
_TIME_WORD = re.compile(
    r"(?<![a-z])(week|weeks|month|months|year|years|day|days|weekly|monthly)(?![a-z])|"
    r"礼拜|星期|周|月(?!饼)|年"
)


def time_word(text: str) -> str | None:
    """Any word of time (week, 月, 年...): for a question whose period was not found."""
    m = _TIME_WORD.search(text.lower())
    return None if m is None else m.group(0)


_FUTURE_EN = re.compile(
    r"(?<![a-z])(will (?:[a-z']+ ){0,4}(?:sell|sales|make|earn|do|be|revenue|orders?)|"
    r"going to sell|next "
    r"(?:month|year|quarter|christmas|season|black friday|prime day)|forecast|predict|"
    r"projection|expect to sell)(?![a-z])"
)
_FUTURE_ZH = re.compile(
    r"明年|下个月能|下个月会|下季度|将来|未来.{0,4}(?:卖|销)|预测|能卖多少|会卖多少|预计.{0,4}卖"
)


def future_time(text: str) -> bool:
    """The question asks about sales that have not happened yet."""
    low = text.lower()
    return bool(_FUTURE_EN.search(low) or _FUTURE_ZH.search(low))
