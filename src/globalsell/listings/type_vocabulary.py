"""The product-type vocabulary and the platform category map, as data: Amazon product types with
their match phrases and store-language names (data/product_types.tsv), the AliExpress category tree
mapped to types (data/category_types.tsv), the kind-of relations between types
(data/type_relations.tsv) and the word lists the classifier reads titles with. The classifier
itself is in product_types.py. Pure apart from the packaged data files."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from globalsell.listings.glossary import LANGUAGES

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

# Phrases that hold a product noun but name no product: matched like vocabulary phrases, they
# take their words, so "Suction Cup Table Vice" names no cup and "Desk Top Sign Holder" no top.
NOT_PRODUCTS = (
    "suction cup",
    "suction cups",
    "desk top",
    "table top",
    "tabletop",
    "tie dye",
    "tie-dye",
    "flip top",
    "top quality",
    "top grade",
    "top rated",
    "top selling",
    "flash sale",
    "hot sale",
    "pop up",
)

_SPLIT = re.compile(r"[^\w']+", re.UNICODE)


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


@dataclass
class Vocabulary:
    types: dict[str, ProductType]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.types.values():
            for phrase in t.phrases:
                self.index.setdefault(phrase[0], []).append((phrase, t.code))
        for text in NOT_PRODUCTS:
            phrase = tuple(tokens(text))
            self.index.setdefault(phrase[0], []).append((phrase, ""))

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
            if not (codes := codes - {""}):
                continue  # a phrase that names no product takes its words ("suction cup")
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


def category_parts(path: str | None) -> tuple[str, str]:
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
