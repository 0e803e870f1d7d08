"""Spec and lot fragments of a platform title: several measures glued into one token
("3.7v19800mAh"), lot arithmetic ("50pcs/lot") and measures offered as a choice
("45cm/90cm"). No shopper reads them as a name or a model code. Pure: patterns only."""

from __future__ import annotations

import re

# Units a spec value is written in; two or more values glued into one token ("3.7v19800mAh",
# "18MM65MM") are a spec fragment of the platform title, not a model code.
_UNIT = r"(?:mm|cm|m|ml|l|inch|in|ft|g|kg|mah|ah|wh|w|kw|v|a|hz|ohm|db)"
_GLUED_MEASURES = re.compile(rf"^(?:\d+(?:[.,]\d+)?{_UNIT}){{2,}}$", re.IGNORECASE)
# Lot and order arithmetic ("50pcs/lot", "30valuesX10pcs=300pcs/LOT"): how the platform sells.
_LOT_TOKEN = re.compile(
    r"\d\s*(?:pcs?|pieces?|values?)\b.*(?:/\s*lot\b|=)|/lot\b|=\d|^\d+pcs?\d", re.I
)
# One measure, a plain number or a dimension ("45cm", "3.175", "60*120cm").
_ONE_MEASURE = re.compile(
    rf"^\d+(?:[.,]\d+)?(?:\s*[*x×]\s*\d+(?:[.,]\d+)?)*\s*{_UNIT}?$", re.IGNORECASE
)


def measure_choices(value: str) -> bool:
    """Two or more measures offered as a choice ("45cm/90cm", "4/5/6/7/8mm",
    "150x200cm,200x230cm"): the variants on offer, not this product's measure."""
    # A comma splits only after a letter or before a space: "0,2 m" is one decimal measure.
    pieces = [p.strip() for p in re.split(r"\s*[/;|]\s*|,\s+|(?<=[a-z]),", value, flags=re.I)]
    pieces = [p for p in pieces if p]
    return (
        len(pieces) >= 2
        and all(_ONE_MEASURE.match(p) for p in pieces)
        and any(re.search(_UNIT + "$", p, re.IGNORECASE) for p in pieces)
    )


def spec_fragment(token: str) -> bool:
    """A glued spec, lot fragment or measure choice of a platform title that no shopper reads
    as a name or a model code."""
    bare = token.strip(",;:()[]")
    return bool(_GLUED_MEASURES.match(bare) or _LOT_TOKEN.search(bare) or measure_choices(bare))
