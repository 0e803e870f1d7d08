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
