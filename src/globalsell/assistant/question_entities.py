"""The entities a seller's question names, found in Chinese and English text: SKUs (also inside
Chinese text and written without hyphens), shipment codes, stores (codes, names, aliases such as
"日亚" or "amazon.de") and the currency a total is wanted in ("in USD", "用欧元"). Pure."""

from __future__ import annotations

import re

from globalsell.assistant.vocabulary import CAPS_ONLY, STORE_WORDS

__all__ = [
    "SHIPMENT_RE",
    "SKU_RE",
    "find_skus",
    "find_store",
    "find_stores",
    "pointer",
    "shipment_mode",
    "target_currency",
]


def _any(low: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    english, chinese = words
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", low) for w in english) or any(
        w in low for w in chinese
    )


SHIPMENT_RE = re.compile(r"(?<![A-Za-z0-9])(SHP-[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])", re.I)
SKU_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+)(?![A-Za-z0-9])")
_SPLITSKU_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})[ -]?([A-Za-z]{2})[ -]?(\d{3})(?!\d)")
# a store code written in lower case right after the brand ("amazon us", "amazon.fr", "amz it"),
# where "us" or "it" alone would be a pronoun
_AMAZON_CODE = re.compile(
    r"(?<![a-z0-9])(?:amazon|amz)\s*[ .]\s*("
    + "|".join(c.lower() for c in CAPS_ONLY)
    + r")(?![a-z0-9.])"
)

# "us orders", "us sales": lower-case "us" straight before a store's noun is the US store, where
# "us" alone would be the pronoun ("send us", "for us")
_US_BEFORE_NOUN = re.compile(
    r"(?<![a-z0-9])us (?=(?:orders?|sales|revenue|store|shop|stock|inventory|listings?|prices?|"
    r"units|warehouse|fba|marketplace|market)(?![a-z]))"
    # "us站", "us仓", "us 站点": a store or warehouse word in Chinese after it
    r"|(?<![a-z0-9])us\s*(?=站|仓|店|市场)"
    # "us vs uk", "uk or us": beside another store it is compared with
    r"|(?<![a-z0-9])us(?=\s*(?:vs\.?|versus|v\.?|/|&)\s*(?:uk|de|jp|ca|au|fr|it|es|mx|eu)(?![a-z]))"
    r"|(?<=(?:uk|de|jp|ca|au|fr|it|es|mx)\s(?:vs|or)\s)us(?![a-z0-9])"
)


# terse seller shorthand: "fba-us", "fba us", "us site", "us acct", and "us" standing next to a
# period, SKU or measure written short ("l7d units nb-ap-002 us?", "top 3 skus l30d us by qty")
_US_SHORT_STORE = re.compile(
    r"(?<![a-z0-9])(?:fba[- ]?us|us[- ](?:site|acct|account|mkt|mp|marketplace))(?![a-z0-9])"
)
_SHORTHAND = (
    r"(?:l\d+d|\d+d|ytd|mtd|wtd|qtd|qty|units|rev|sales|stock|inv|skus?|orders|ordrs|ords|gmv|"
    r"oos|aov|[a-z]+-[a-z0-9-]*\d[a-z0-9]*)"
)
# "frother ordrs us last wk": "us" before a period written short, in a message of keywords
_US_BEFORE_PERIOD = re.compile(
    r"(?<![a-z0-9'])us\s+(?:last|this|past|prev)\s+(?:wk|week|mo|mth|month|qtr|quarter|yr|year)"
    r"(?![a-z])|(?<![a-z0-9'])us\s+(?:yday|yesterday|today|l?\d+\s*d)(?![a-z])"
)
_US_BY_SHORTHAND = re.compile(
    rf"(?<![a-z0-9])({_SHORTHAND})\s+us(?![a-z0-9'])|(?<![a-z0-9'])us\s+({_SHORTHAND})(?![a-z0-9])"
)
# "us" the pronoun after a verb or preposition ("tell us", "for us", "let us know", "to us")
_US_PRONOUN_BEFORE = frozenset(
    [
        "tell",
        "send",
        "give",
        "show",
        "let",
        "help",
        "for",
        "to",
        "with",
        "of",
        "from",
        "by",
        "about",
        "at",
        "on",
        "into",
        "onto",
        "toward",
        "towards",
        "cost",
        "costs",
        "owe",
        "owes",
        "pay",
        "paid",
        "paying",
        "charge",
        "charged",
        "charging",
        "email",
        "emailed",
        "call",
        "called",
        "contact",
        "contacted",
        "ask",
        "asked",
        "told",
        "gave",
        "sent",
        "showed",
        "shown",
        "hit",
        "hurt",
        "helped",
        "lets",
        "making",
        "make",
        "made",
        "get",
        "got",
        "keep",
        "kept",
        "leave",
        "left",
    ]
)


# a message of keywords, no sentence: no subject pronoun or auxiliary verb that "us" could be
# the object of ("did they send us last week")
_TERSE = re.compile(
    r"^(?!.*(?<![a-z'])(?:i|we|you|they|he|she|did|do|does|have|has|had|was|were|will|would|"
    r"could|can|should|is|are)(?![a-z']))"
)


def _lower_us(low: str) -> re.Match[str] | None:
    """Lower-case "us" that names the store: "in the us", "in us", "us orders", and terse
    shorthand; never the pronoun after a verb or preposition ("tell us units", "for us")."""
    found = re.search(r"(?<![a-z])(the|in) us(?![a-z])", low) or _US_SHORT_STORE.search(low)
    if found:
        return found
    terse = _US_BEFORE_PERIOD.finditer(low) if _TERSE.match(low) else iter(())
    for m in (*_US_BEFORE_NOUN.finditer(low), *_US_BY_SHORTHAND.finditer(low), *terse):
        us_at = m.start() if m.group(0).startswith("us") else m.end() - 2
        before = re.findall(r"[a-z']+", low[:us_at])
        if before and before[-1] in _US_PRONOUN_BEFORE:
            continue  # "give us units", "for us l30d": the pronoun
        return m
    return None


def find_skus(text: str) -> list[str]:
    """SKU-like codes (letters, digits, hyphens; at least one hyphen), also inside Chinese text
    and written without hyphens ("nbap004" is not guessed; "NB AP 004" is)."""
    found: list[str] = []
    for m in SKU_RE.finditer(text):
        code = m.group(1).upper()
        if code.startswith("SHP-") or not re.search(r"\d", code):
            continue
        found.append(code)
    if not found:
        for m in _SPLITSKU_RE.finditer(text):
            found.append(f"{m.group(1)}-{m.group(2)}-{m.group(3)}".upper())
    return list(dict.fromkeys(found))


# a currency's name ("US dollars", "Canadian dollars", "Japanese yen", "British pounds") names
# money, not a store: "Germany's revenue in US dollars" is Germany's
_CURRENCY_NAME = re.compile(
    r"(?<![a-z])(?:us|u\.s\.|american|canadian|australian|mexican)\s*(?:dollars?|pesos?)(?![a-z])|"
    r"(?<![a-z])japanese\s+yen(?![a-z])|(?<![a-z])(?:british|uk|english)\s+pounds?(?![a-z])|"
    r"(?<![a-z])(?:swedish\s+kron(?:a|or)|polish\s+zloty)(?![a-z])",
    re.I,
)


def _without_currency_names(text: str) -> str:
    return _CURRENCY_NAME.sub(lambda m: " " * len(m.group(0)), text)


def find_stores(text: str) -> list[str]:
    """Every store the text names, in the order it names them."""
    text = _without_currency_names(text)
    low = text.lower()
    found: dict[str, int] = {}
    for code, (english, chinese) in STORE_WORDS.items():
        spots = [
            m.start()
            for w in english
            for m in re.finditer(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", low)
        ]
        spots += [i for w in chinese if (i := low.find(w)) >= 0]
        if spots:
            found[code] = min(spots)
    for code, caps in CAPS_ONLY.items():
        m = re.search(rf"(?<![A-Za-z0-9]){caps}(?![A-Za-z0-9])", text)
        if m and code not in found:
            found[code] = m.start()
    m = _lower_us(low)
    if m and "US" not in found:
        found["US"] = m.start()
    for m in _AMAZON_CODE.finditer(low):  # "amazon us": a code in lower case after the brand
        found.setdefault(m.group(1).upper(), m.start())
    return sorted(found, key=lambda c: found[c])


def find_store(text: str) -> str | None:
    text = _without_currency_names(text)
    low = text.lower()
    for code, words in STORE_WORDS.items():
        if _any(low, words):
            return code
    for code, caps in CAPS_ONLY.items():
        if re.search(rf"(?<![A-Za-z0-9]){caps}(?![A-Za-z0-9])", text):
            return code
    if _lower_us(low):
        return "US"
    amazon = _AMAZON_CODE.search(low)
    return amazon.group(1).upper() if amazon else None


# the currency a total is wanted in: "in USD", "in euros", "用美元", "换算成日元"; never an
# amount's own currency ("30 USD")
_CURRENCY_WORDS = (
    ("USD", r"usd|us dollars?|dollars?|\$", r"美元|美金"),
    ("EUR", r"eur|euros?|€", r"欧元"),
    ("GBP", r"gbp|(?:british |uk )?pounds?(?: sterling)?|sterling|£", r"英镑"),
    ("JPY", r"jpy|(?:japanese )?yen", r"日元"),
)


def target_currency(low: str) -> str | None:
    """The one currency other than the seller's own a total is asked in, or None."""
    found = set()
    for code, english, chinese in _CURRENCY_WORDS:
        if re.search(rf"(?<![a-z])(?:in|into|to|as)\s+(?:{english})(?![a-z])", low):
            found.add(code)
        if re.search(
            rf"(?:用|以|按|换算成|换成|折合|折算成?|算成)\s*(?:{chinese})|(?:{chinese})\s*(?:计算?|算)",
            low,
        ):
            found.add(code)
    return found.pop() if len(found) == 1 else None


_MODES = (
    ("ocean", r"ocean|sea|by sea|vessel|ship by sea|container ship|boat", r"海运|海上|船运|走船"),
    ("air", r"air|by air|air freight|plane|flight", r"空运|飞机|航空"),
    ("express", r"express|courier", r"快递|快件|专线"),
)


def shipment_mode(low: str) -> str | None:
    """The one transport mode a shipments question narrows to ("the ocean shipment", "空运"),
    or None."""
    found = {
        mode
        for mode, english, chinese in _MODES
        if re.search(rf"(?<![a-z])(?:{english})(?![a-z])", low) or re.search(chinese, low)
    }
    return found.pop() if len(found) == 1 else None


# a product pointed at rather than named: "this product", "that SKU", "这款", "它" (never "其它",
# "other"); one question on its own has nothing earlier for it to point to
_POINTER_EN = re.compile(
    r"(?<![a-z])(?:this|that|these|those|the same|said)\s+"
    r"(?:products?|items?|skus?|ones?|models?|listings?|articles?|variants?|goods)(?![a-z])"
)
_POINTER_ZH = re.compile(
    r"(?:这|那|该|此|同)\s*(?:个|款|件|种|些)?\s*(?:产品|商品|sku|型号|货品|单品)"
    r"|(?:这|那|该|此)款|(?<!其)它们?"
    # "那个卖了多少", "这个在美国的库存": "that one" as the subject, with no name after it
    r"|^\s*(?:这|那)个(?=\s*(?:卖|销|库存|在|还有|现在|多少|的(?:销量|库存|售价|成本|价格)))"
)


def pointer(text: str) -> str | None:
    """The words pointing at a product the question does not name ("this product", "它")."""
    low = text.lower()
    m = _POINTER_EN.search(low) or _POINTER_ZH.search(low)
    return text[m.start() : m.end()] if m else None  # lower() keeps these texts' lengths
