"""Store policy that product-type schemas do not encode: title length and characters, repeated
words, promotional claims, contact details, prices and shipping promises, bullet limits, search
terms in UTF-8 bytes, HTML, emoji, untranslated script, and required attributes. Pure."""

from __future__ import annotations

import re
from typing import Any

from globalsell.core.marketplaces import Marketplace
from globalsell.listings import ptd
from globalsell.listings.domain import Issue, Severity

TITLE_MAX = 200  # Amazon title policy (2021): 200 characters including spaces
# No store-specific lower limit is recorded yet; add one here with its source.
TITLE_MAX_BY_STORE: dict[str, int] = {}
BANNED_TITLE_CHARACTERS = "!$?_{}^¬¦"
BULLETS_MAX = 5
BULLET_SOFT = 250
BULLET_HARD = 500
KEYWORDS_MAX_BYTES = 250  # must be strictly below
REQUIRED = (
    "brand",
    "item_name",
    "bullet_point",
    "product_description",
    "item_type_keyword",
    "country_of_origin",
)
REQUIRED_BY_TYPE: dict[str, tuple[str, ...]] = {
    "SHIRT": ("color", "size", "material"),
    "SOCKS": ("material",),
    "TOWEL": ("material", "size"),
    "BRACELET": ("material",),
}
_PROMO = re.compile(
    r"\b(best ?seller|best price|hot sale|free gift|100% (?:quality|satisfaction)|"
    r"guaranteed|top rated|sale|discount|angebot|rabatt|promo(?:tion)?|oferta|soldes|offerta|"
    r"sconto|korting|rea|promocja)\b|セール|激安|最安値|送料無料",
    re.IGNORECASE,
)
_SHIPPING = re.compile(
    r"free (?:shipping|delivery)|kostenlose[rn]? versand|livraison gratuite|env[ií]o gratis|"
    r"spedizione gratuita|gratis verzending|fri frakt|darmowa dostawa|送料無料|当日発送",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_CONTACT_OTHER = re.compile(r"https?://|www\.|\+?\d[\d\s().-]{8,}\d|wechat|whatsapp|微信")
_CONTACT = re.compile(f"{_EMAIL.pattern}|{_CONTACT_OTHER.pattern}", re.IGNORECASE)
_PRICE = re.compile(
    r"[$€£¥₹]\s?\d|\d\s?(?:€|£|¥|円|zł|kr\b)|\b(?:usd|eur|gbp|jpy|cad|aud|mxn|sek|pln)\s?\d",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_SCRIPT = re.compile(r"<\s*script|javascript:|on\w+\s*=", re.IGNORECASE)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
_KANA = re.compile(r"[\u3040-\u30ff]")
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


# The same patterns without IGNORECASE, matched against the lower-cased text: every pattern
# above is written in lower case, and a case-sensitive search is several times faster.
_SCRIPT_L = re.compile(_SCRIPT.pattern)
_PROMO_L = re.compile(_PROMO.pattern)
_SHIPPING_L = re.compile(_SHIPPING.pattern)
_PRICE_L = re.compile(_PRICE.pattern)


def _contact(low: str) -> bool:
    if "@" in low and _EMAIL.search(low):
        return True
    return _CONTACT_OTHER.search(low) is not None


_EMOJI = re.compile("[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")


def _has_emoji(text: str) -> bool:
    return _EMOJI.search(text) is not None


def _text_checks(field: str, text: str, store: Marketplace, issues: list[Issue]) -> None:
    low = text.lower()
    if _SCRIPT_L.search(low):
        issues.append(Issue("script", field, "contains script or an event handler"))
    tags = {m.group(1).lower() for m in _HTML_TAG.finditer(text)}
    allowed = {"br"} if field == "product_description" else set()
    if tags - allowed:
        issues.append(Issue("html", field, f"HTML not allowed here: {sorted(tags - allowed)}"))
    if _has_emoji(text):
        issues.append(Issue("emoji", field, "contains emoji or pictographs"))
    if _PROMO_L.search(low):
        issues.append(Issue("promotional", field, "promotional claims are not allowed"))
    if _SHIPPING_L.search(low):
        issues.append(Issue("shipping-promise", field, "shipping promises are not allowed"))
    if _contact(low):
        issues.append(Issue("contact-details", field, "contact details are not allowed"))
    if _PRICE_L.search(low):
        issues.append(Issue("price", field, "prices are not allowed in listing text"))
    if store.language != "ja" and (_HAN.search(text) or _KANA.search(text)):
        issues.append(
            Issue(
                "untranslated",
                field,
                f"contains Chinese/Japanese text in a {store.language} listing (needs translation)",
            )
        )
    elif store.language == "ja" and _HAN_RUN.search(text) and not _KANA.search(text):
        issues.append(
            Issue(
                "untranslated",
                field,
                "Han text without kana: probably untranslated Chinese",
                Severity.WARNING,
            )
        )


def validate(content: dict[str, Any], store: Marketplace) -> list[Issue]:
    """Every policy issue of one store's listing content, and where it breaks Amazon's
    product-type definition when one is installed for its product type (`ptd.install`)."""
    issues: list[Issue] = []
    title = content.get("item_name")
    if isinstance(title, str):
        limit = TITLE_MAX_BY_STORE.get(store.code, TITLE_MAX)
        if len(title) > limit:
            issues.append(
                Issue("title-length", "item_name", f"{len(title)} characters; the limit is {limit}")
            )
        banned = sorted({ch for ch in title if ch in BANNED_TITLE_CHARACTERS})
        if banned:
            issues.append(
                Issue(
                    "banned-characters",
                    "item_name",
                    f"characters not allowed in titles: {' '.join(banned)}",
                )
            )
        counts: dict[str, int] = {}
        for word in _WORD.findall(title.casefold()):
            counts[word] = counts.get(word, 0) + 1
        repeated = sorted(w for w, n in counts.items() if n > 2)
        if repeated:
            issues.append(
                Issue(
                    "repeated-words",
                    "item_name",
                    f"words used more than twice: {', '.join(repeated)}",
                )
            )
        _text_checks("item_name", title, store, issues)
    bullets = content.get("bullet_point") or []
    if len(bullets) > BULLETS_MAX:
        issues.append(
            Issue(
                "bullet-count",
                "bullet_point",
                f"{len(bullets)} bullet points; at most {BULLETS_MAX}",
            )
        )
    for index, bullet in enumerate(bullets, start=1):
        if len(bullet) > BULLET_HARD:
            issues.append(
                Issue(
                    "bullet-length",
                    "bullet_point",
                    f"bullet {index}: {len(bullet)} characters; hard cap {BULLET_HARD}",
                )
            )
        elif len(bullet) > BULLET_SOFT:
            issues.append(
                Issue(
                    "bullet-length",
                    "bullet_point",
                    f"bullet {index}: {len(bullet)} characters; keep under {BULLET_SOFT}",
                    Severity.WARNING,
                )
            )
    if bullets:
        _text_checks("bullet_point", "\n".join(map(str, bullets)), store, issues)
    keywords = content.get("generic_keyword")
    if isinstance(keywords, str):
        size = len(keywords.encode("utf-8"))
        if size >= KEYWORDS_MAX_BYTES:
            issues.append(
                Issue(
                    "keywords-bytes",
                    "generic_keyword",
                    f"{size} bytes UTF-8; must be under {KEYWORDS_MAX_BYTES}",
                )
            )
        _text_checks("generic_keyword", keywords, store, issues)
    description = content.get("product_description")
    if isinstance(description, str):
        derived = "<br>".join([str(title or ""), *map(str, bullets)])
        if description != derived:  # a template description repeats what was checked above
            _text_checks("product_description", description, store, issues)
    required = REQUIRED + REQUIRED_BY_TYPE.get(str(content.get("product_type")), ())
    if content.get("parentage_level") == "parent":
        required = tuple(r for r in required if r not in ("color", "size"))
    for name in required:
        if content.get(name) in (None, "", [], {}):
            issues.append(
                Issue(
                    "required",
                    name,
                    f"{name} is required for {content.get('product_type')} in {store.code}",
                )
            )
    issues.extend(ptd.listing_issues(content, store))
    return _dedupe(issues)


def _dedupe(issues: list[Issue]) -> list[Issue]:
    seen: set[tuple[str, str, str]] = set()
    out: list[Issue] = []
    for issue in issues:
        key = (issue.code, issue.field, issue.message)
        if key not in seen:
            seen.add(key)
            out.append(issue)
    return out
