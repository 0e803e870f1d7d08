"""Cues of the offline question parser that need more than a word list: goods in transit asked
about as consignments or as units, money earned over a period (sales) against a margin a unit,
a shipment hold and where it happens, listings that are not live. Pure."""

from __future__ import annotations

import re

from globalsell.assistant.periods import Period

__all__ = [
    "COUNTED",
    "EN_COUNTED_STOCK",
    "EN_TRANSIT_WHAT",
    "INBOUND_EN",
    "NOT_LIVE",
    "ZH_TRANSIT",
    "ZH_TRANSIT_GOODS",
    "earned",
    "exception_kind",
]


def _any(low: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    english, chinese = words
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", low) for w in english) or any(
        w in low for w in chinese
    )


# goods on the way in Chinese; with goods asked about as consignments ("哪些货", "几批货") they
# are shipments, with a product they are its inbound units
ZH_TRANSIT = ("运输途中", "运输中", "在运输", "运送中", "在途", "在路上", "还在路上", "途中")
# "票" counts consignments ("几票货", "哪几票"), as "批" does
ZH_TRANSIT_GOODS = re.compile(
    r"(?:哪些|哪批|哪几批|几批|多少批|什么)货(?![款号])|货件|货物|(?:哪几|哪|几|多少)[票批]"
)

# "what's still in transit?", "what is on the way": the consignments, not a count of units
EN_TRANSIT_WHAT = re.compile(
    r"(?<![a-z])(?:what(?:'s|s| is| are)|which)(?![a-z]).*?(?<![a-z])"
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
    r"(?:\bnot|n't)\s+(?:yet\s+|been\s+)?(?:live|active|published|online)\b"
    r"|\b(?:inactive|unpublished)\b"
    r"|(?:没|未|没有|还没|尚未)\s*(?:上线|上架|发布|生效|激活)"
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
