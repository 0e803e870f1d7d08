"""Within a heading, the subheading by material: the one-dash splits of the HS that decide most
marketplace goods once the heading is right.

Each material class names the words a product text uses for it and the words the subheading
texts use for it. A subheading whose own text names the product's material is favoured; one
that names only other materials of the same kind, or excludes the product's material ("other
than cotton", "of other than base metal"), is disfavoured. The legal sources:

- Section XI Subheading Note 2(A) and Note 2 to Section XI: textile goods go by the fibre that
  predominates by weight (cotton, wool, synthetic or artificial fibres, silk).
- Chapter 71 Note 9 and Note 11, subheadings 7113.11/7113.19 and 7117.11/7117.19/7117.90:
  jewellery of silver, of other precious metal, imitation jewellery of base metal or of other.
- Chapter 64 Note 4 and Subheading Note 1, headings 6402-6405: footwear by the material of the
  upper (and the outer sole).
- Heading 4202 subheadings: cases and bags by their outer surface (leather; sheeting of
  plastics or textile materials).
- Heading 8507 subheadings: accumulators by chemistry (lead-acid, nickel-cadmium,
  nickel-metal hydride, lithium-ion), GRI 6.
- Heading 6704 subheadings: wigs and the like of synthetic textile materials, of human hair, or
  of animal hair or other textile materials (GRI 6).

Colour words are not materials ("gold colour", "silver tone", "gold plated" are imitation
jewellery finishes). Pure functions; nothing here is taken from the evaluation data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from globalsell.core import messages
from globalsell.core.messages import Message
from globalsell.customs.sub_articles import NARROW, names_article


@dataclass(frozen=True)
class MaterialClass:
    name: str
    product: tuple[str, ...]  # regex fragments (whole words) naming it in a product text
    code: tuple[str, ...]  # regex fragments naming it in a subheading text


CLASSES: tuple[MaterialClass, ...] = (
    # Chapter 52 Subheading Note 1(d): denim is a fabric of cotton (headings 5209-5211)
    MaterialClass("cotton", ("cotton", "denim"), ("cotton",)),
    MaterialClass(
        "wool",
        ("wool", "woollen", "woolen", "cashmere", "merino", "alpaca", "mohair"),
        ("wool", "fine animal hair"),
    ),
    MaterialClass(
        "synthetic",
        (
            "polyester",
            "nylon",
            "polyamide",
            "acrylic (?:fibres?|fibers?|knit|yarn)",
            "spandex",
            "elastane",
            "lycra",
            "man-made",
            r"synthetic (?:fibres?|fibers?|fabric)",
        ),
        ("synthetic fibres", "man-made fibres"),
    ),
    MaterialClass(
        "artificial",
        ("viscose", "rayon", "modal", "lyocell", "tencel", "artificial silk"),
        ("artificial fibres", "man-made fibres"),
    ),
    MaterialClass("silk", ("silk",), ("silk",)),
    MaterialClass(
        "silver",
        ("sterling silver", "sterling", "925 silver", "s925", "solid silver", "real silver"),
        ("silver",),
    ),
    MaterialClass(
        "precious",
        (
            r"(?:9|10|14|18|22|24)\s?k(?:t|arat)?\s+(?:solid\s+)?gold",
            r"solid gold",
            r"real gold",
            "platinum",
            r"au\s?750",
        ),
        (r"of precious metal",),
    ),
    MaterialClass(
        "base_metal",
        (
            "stainless steel",
            "steel",
            "zinc alloy",
            "alloy",
            "copper",
            "brass",
            "titanium",
            "iron",
            "tungsten",
            "metal",
        ),
        ("base metal",),
    ),
    MaterialClass(
        "leather",
        ("genuine leather", "real leather", "cowhide", "calfskin", "sheepskin", "suede", "leather"),
        ("leather",),
    ),
    MaterialClass(
        "pearl",
        (
            r"(?:natural|freshwater|cultured|baroque|keshi|akoya|seawater|real)\s+pearls?",
            "mother of pearl",
        ),
        ("natural or cultured pearls",),
    ),
    MaterialClass(
        "stone",
        (
            "natural stones?",
            "semi-precious",
            "gemstones?",
            "agates?",
            "jade",
            "amethyst",
            "quartz",
            "turquoise",
            "opal",
            "garnet",
            "tiger eye",
            "lapis lazuli",
            "obsidian",
            "moonstone",
            "cubic zirconia",
            "zircon",
            "moissanite",
        ),
        ("semi-precious stones",),
    ),
    # Chapter 39 subheadings by polymer (GRI 6): of polymers of vinyl chloride, of ethylene,
    # of propylene, of styrene, and the lines of other plastics that exclude them
    MaterialClass(
        "pvc",
        ("pvc", "polyvinyl chloride", "vinyl chloride"),
        ("polymers of vinyl chloride", "vinyl chloride polymers"),
    ),
    MaterialClass(
        "polyethylene",
        # poly(ethylene terephthalate) is a polyester (subheading 3920.62), not polyethylene
        ("pe", "polyethylene(?! terephthalate)", "polythene", "hdpe", "ldpe", "lldpe"),
        ("polymers of ethylene", "ethylene polymers", "(?<=than )ethylene"),
    ),
    MaterialClass("pet", ("polyethylene terephthalate",), (r"poly\(ethylene terephthalate",)),
    MaterialClass(
        "polypropylene", ("pp", "polypropylene"), ("polymers of propylene", "propylene polymers")
    ),
    MaterialClass(
        "polystyrene",
        ("ps", "polystyrene", "styrofoam", "eps"),
        ("polymers of styrene", "styrene polymers"),
    ),
    MaterialClass("lead_acid", ("lead-acid", "lead acid"), ("lead-acid",)),
    MaterialClass("nicd", ("ni-cd", "nicd", "nickel-cadmium"), ("nickel-cadmium",)),
    MaterialClass("nimh", ("ni-mh", "nimh", "nickel-metal hydride"), ("nickel-metal hydride",)),
    MaterialClass(
        "lithium_ion",
        ("li-ion", "lithium-ion", "lithium ion", "18650", "lipo", "li-po"),
        ("lithium-ion",),
    ),
    MaterialClass(
        "human_hair",
        ("human hair", "remy hair", "virgin hair", "remy human"),
        ("human hair",),
    ),
    MaterialClass(
        "textile",
        (
            "canvas",
            "fabric",
            "mesh",
            "cloth",
            "textile",
            "knitted upper",
            "felt",
            "oxford",
            # vegetable textile fibres (Chapter 53)
            "jute",
            "linen",
            "flax",
            "hemp",
            "velvet",
            "flock",
            "flocked",
            "satin",
            "flannel",
        ),
        # 'of textile materials n.e.c. in item no. 6115.9' is the residual line: it names the
        # materials its siblings do not, so it names no class
        (r"(?<!other )textile materials(?!\s+n\.e\.c)",),
    ),
    MaterialClass(
        "plastics",
        (
            "pu",
            "pvc",
            "eva",
            "tpu",
            "tpr",
            "plastic",
            "plastics",
            "silicone",
            "rubber",
            "faux leather",
            "synthetic leather",
            "artificial leather",
            "pu leather",
            "resin",
            "acrylic",
            "foam",
        ),
        # every chapter-39 text is of plastics; elsewhere 'of plastics' tells siblings apart
        ("rubber or plastics", "sheeting of plastics", "of plastics"),
    ),
)
# "silver colour", "gold tone", "gold plated", "rose gold": finishes, not the metal
_COLOUR = re.compile(
    r"\b(?:rose\s+)?(?:gold|silver)(?:en)?[\s-]*(?:colou?r(?:ed)?|tone[d]?|plated|plating|"
    r"filled|finish)\b",
    re.I,
)
# faux leather and the like name plastics; the bare word 'leather' must not read them
_NOT_LEATHER = re.compile(
    r"\b(?:pu|faux|synthetic|artificial|vegan|imitation)\s+leather\b"
    # 'a nylon bag with leather straps': the leather of a part, not of the article
    r"|\bwith\s+(?:genuine\s+|real\s+)?leather\s+(?:straps?|handles?|trims?|trimmings?|"
    r"patch(?:es)?|tabs?|laces?|piping)\b",
    re.I,
)
# 'Material: Metal' names no class: base or precious metal is what decides (Chapter 71 Note 9)
_GENERIC = re.compile(r"^\W*(?:metals?|other|others|none|mixed)\W*$", re.I)
_NEGATED = re.compile(
    r"\((?:other than|excluding|not)[^)]*\)"
    # a listed exclusion runs to its last item ("other than lead-acid, nickel-cadmium, nickel-metal
    # hydride and lithium-ion, including separators"): 8507.80 names none of the four
    r"|\b(?:other than|excluding)\s+(?:[a-z\-]+(?: [a-z\-]+)?,\s+)+[a-z\-]+(?: [a-z\-]+)?"
    r"\s(?:and|or)\s[a-z\-]+(?: [a-z\-]+)?(?=[,;)]|$)"
    r"|\b(?:other than|excluding)\s+[a-z\- ]+?(?=[,;)]|$)",
    re.I,
)
# a marketplace attribute's value runs to the next 'Key:' (AliExpress, Amazon, Shopify exports)
_VALUE = r"\s*[:=]\s*([^:;|]{1,40}?)(?=\s+[A-Z][\w\\/&\- ]{0,30}:|[;|]|$)"
# 'Upper Material: PU' names the upper of footwear (the shaft of a boot is part of its upper)
_UPPER = re.compile(r"\b(?:upper(?:\s+material)?|shaft\s+material)" + _VALUE, re.I)
# 'Outsole Material: Rubber', 'Lining Material: PU': a part's material, not the article's
_PART_VALUE = re.compile(
    r"\b(?:lining|insole|outsole|out sole|sole|heel|inner)\s+material" + _VALUE, re.I
)
# 'Material: Resin' declares the main material (not the lining, sole, band or cladding)
_DECLARED = re.compile(r"(?<!\w)(?:main\s+)?material(?:\s+composition)?" + _VALUE, re.I)
_PART_MATERIAL = re.compile(
    r"\b(?:upper|lining|insole|outsole|sole|band|strap|cladding|setting|plating|handle|"
    r"blade|frame|lens|shell|filling|case)\s+material",
    re.I,
)


def _pattern(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(fragments) + r")\b", re.I)


_PRODUCT = tuple((c.name, _pattern(c.product)) for c in CLASSES)
_CODE = tuple((c.name, _pattern(c.code)) for c in CLASSES)
__all__ = ["NARROW", "names_article"]  # the article rules live in customs.sub_articles


def product_materials(text: str) -> frozenset[str]:
    """The material classes a product text names (colour words and faux leather excluded);
    of the textile fibres, only the one that predominates by weight when shares are given."""
    text = text.replace("_", " ")  # 'New_925_Silver_Pendant' is four words
    cleaned = _COLOUR.sub(" ", text)
    chief = predominant_fibre(cleaned)
    if chief is not None:  # '100% acrylic' is a fibre, not the plastic; the others step back
        cleaned = _SHARE.sub(" ", cleaned)
    cleaned = _PART_VALUE.sub(" ", cleaned)
    found = {name for name, pattern in _PRODUCT if pattern.search(cleaned)}
    if chief is not None:
        found = found - FIBRES | {chief}
    if "leather" in found and not _LEATHER_LEFT.search(_NOT_LEATHER.sub(" ", cleaned)):
        found.discard("leather")  # only 'PU leather' and the like: plastics
    if "silk" in found and not _SILK_LEFT.search(_NOT_SILK.sub(" ", cleaned)):
        found.discard("silk")  # 'artificial silk' is rayon: the artificial fibre
    if found & {"silver", "precious"}:  # Chapter 71 Note 5: an alloy with precious metal
        found.discard("base_metal")  # is of precious metal; 'metal' names no other one
    upper = _UPPER.search(text)
    if upper:  # the upper decides footwear: what the attribute names, not the sole
        named = {name for name, pattern in _PRODUCT if pattern.search(upper.group(1))}
        if named:
            found = (found - FIBRES - {"leather", "textile", "plastics"}) | named
    return frozenset(found)


_LEATHER_LEFT = re.compile(r"\bleather\b", re.I)
_SILK_LEFT = re.compile(r"\bsilk\b", re.I)
_NOT_SILK = re.compile(r"\b(?:artificial|faux|imitation)\s+silk\b", re.I)

# Section XI Note 2(A) and Subheading Note 2(A): textile goods of two or more fibres are
# classified as if wholly of the fibre that predominates by weight over each other single
# fibre; when none predominates, of the one whose heading comes last in numerical order
# (silk 50, wool 51, cotton 52, synthetic 54-55, artificial 54-55 after the synthetic ones).
_FIBRE_ORDER = ("silk", "wool", "cotton", "synthetic", "artificial")
_FIBRE_WORD = {
    "cotton": ("cotton",),
    "wool": ("wool", "woollen", "woolen", "cashmere", "merino", "alpaca", "mohair", "angora"),
    "synthetic": (
        "polyester",
        "nylon",
        "polyamide",
        "acrylic",
        "modacrylic",
        "spandex",
        "elastane",
        "lycra",
        "polypropylene",
        "olefin",
    ),
    "artificial": ("viscose", "rayon", "modal", "lyocell", "tencel", "acetate", "cupro"),
    "silk": ("silk", "mulberry silk"),
}
_FIBRE_OF = {w: name for name, words in _FIBRE_WORD.items() for w in words}
_FIBRE_NAMES = "|".join(sorted(map(re.escape, _FIBRE_OF), key=len, reverse=True))
# '54% cotton', '54 % cotton', 'cotton 54%', 'cotton: 54%'
_SHARE = re.compile(
    rf"\b(\d{{1,3}}(?:\.\d+)?)\s?%\s*(?:of\s+)?({_FIBRE_NAMES})\b"
    rf"|\b({_FIBRE_NAMES})\s*:?\s*(\d{{1,3}}(?:\.\d+)?)\s?%",
    re.I,
)


def fibre_shares(text: str) -> dict[str, float]:
    """The share by weight of each fibre class a text states ('54% cotton, 36% polyester')."""
    shares: dict[str, float] = {}
    for m in _SHARE.finditer(text):
        number, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        name = _FIBRE_OF[word.lower()]
        shares[name] = shares.get(name, 0.0) + float(number)
    return shares


def predominant_fibre(text: str) -> str | None:
    """The fibre class that decides a textile good's subheading when the text gives shares:
    the largest share, ties to the heading last in numerical order (Section XI Note 2(A))."""
    shares = fibre_shares(text)
    if not shares:
        return None
    return max(shares, key=lambda name: (shares[name], _FIBRE_ORDER.index(name)))


def declared_materials(text: str) -> frozenset[str] | None:
    """The classes a 'Material: X' attribute names (the seller's declared main material), or
    None when there is no such attribute or it names none of the classes."""
    text = text.replace("_", " ")
    for match in _DECLARED.finditer(text):
        if _PART_MATERIAL.search(text[max(0, match.start() - 12) : match.start() + 9]):
            continue  # 'Lining Material: Polyester' is not the main material
        if _GENERIC.match(match.group(1)):
            continue  # 'Material: Metal' leaves the metal to the rest of the text
        value = _COLOUR.sub(" ", match.group(1))
        found = {name for name, pattern in _PRODUCT if pattern.search(value)}
        if "leather" in found and _NOT_LEATHER.search(value):
            found.discard("leather")
        if found:
            return frozenset(found)
    return None


# Footwear goes by the material of the upper (Chapter 64 Note 4(a)); the outer sole is nearly
# always rubber or plastics, so the upper is read as leather, else textile, else plastics.
UPPER_ORDER = ("leather", "textile", "plastics")
_UPPERS = re.compile(r"\buppers?\b.*", re.I)


@lru_cache(maxsize=8192)
def code_materials(subheading: str) -> tuple[frozenset[str], frozenset[str]]:
    """(named, excluded): the classes a subheading text names, and those it names only to
    exclude them ('of textile materials (other than cotton)')."""
    uppers = _UPPERS.search(subheading)
    if uppers:  # footwear: the upper's material tells the lines apart, not the sole's
        subheading = uppers.group(0)
    excluded_text = " ".join(m.group(0) for m in _NEGATED.finditer(subheading))
    positive = _NEGATED.sub(" ", subheading)
    named = frozenset(name for name, pattern in _CODE if pattern.search(positive))
    if subheading.lower().startswith("plastics;"):
        named -= {"plastics"}  # chapter 39: all of plastics, the word tells no lines apart
    excluded = frozenset(name for name, pattern in _CODE if pattern.search(excluded_text))
    return named, excluded - named


FIBRES = frozenset({"cotton", "wool", "synthetic", "artificial", "silk"})
# classes compared with each other: a subheading naming another fibre is not for a cotton
# garment, but one naming a fibre says nothing against a product that names only 'fabric'
KINDS = (
    FIBRES,
    frozenset({"silver", "precious", "base_metal", "pearl", "stone"}),
    # an article of leather, textile or plastics is not 'of base metal' (straps, bracelets)
    frozenset({"leather", "textile", "plastics", "base_metal"}),
    # heading 6704: wigs and the like of synthetic textile materials, of human hair, of other
    frozenset({"human_hair", "textile", "synthetic"}),
    # chapter 39: the polymer
    frozenset({"pvc", "polyethylene", "pet", "polypropylene", "polystyrene"}),
    # heading 8507: accumulators by their chemistry
    frozenset({"lead_acid", "nicd", "nimh", "lithium_ion"}),
)
# Chapters whose headings themselves split by material: the choice between those headings is
# also a choice by material (Chapter 64 headings 6401-6405 by sole and upper; Chapter 71 Notes
# 9 and 11: jewellery of precious metal 7113, of pearls or stones 7116, imitation 7117).
BY_MATERIAL_HEADINGS: dict[str, tuple[str, ...]] = {
    "64": ("6401", "6402", "6403", "6404", "6405"),
    "71": ("7113", "7116", "7117"),
}


@lru_cache(maxsize=65536)
def factor(
    subheading: str, materials: frozenset[str], weight: float, *, declared: bool = False
) -> float:
    """How much the product's materials favour a subheading: `weight` when the subheading
    names one of them, 1/`weight` when it excludes one or names only others of the same kind
    (any others when the materials were `declared` by a 'Material:' attribute), else 1."""
    if not materials or weight == 1.0:
        return 1.0
    if _UPPERS.search(subheading):
        upper = next((m for m in UPPER_ORDER if m in materials | implied(materials)), None)
        materials = frozenset({upper}) if upper else materials
    materials = materials | implied(materials)
    named, excluded = code_materials(subheading)
    if excluded & materials:
        return 1.0 / weight
    if named & materials:
        return weight
    if any(named & kind and materials & kind for kind in KINDS) or (declared and named):
        return 1.0 / weight
    return 1.0


def implied(materials: frozenset[str]) -> frozenset[str]:
    """A garment or upper of polyester is of textile materials."""
    return frozenset({"textile"}) if materials & FIBRES else frozenset()


LABELS = {
    "cotton": "cotton",
    "wool": "wool or fine animal hair",
    "synthetic": "synthetic fibres (polyester, nylon, ...)",
    "artificial": "artificial fibres (viscose, rayon, ...)",
    "silk": "silk",
    "silver": "silver",
    "precious": "gold or platinum",
    "base_metal": "base metal (steel, alloy, brass, ...)",
    "pearl": "natural or cultured pearls",
    "stone": "precious or semi-precious stones",
    "leather": "leather",
    "human_hair": "human hair",
    "pvc": "polyvinyl chloride (PVC)",
    "polyethylene": "polyethylene (PE)",
    "pet": "poly(ethylene terephthalate) (PET)",
    "polypropylene": "polypropylene (PP)",
    "polystyrene": "polystyrene (PS)",
    "lead_acid": "lead-acid",
    "nicd": "nickel-cadmium",
    "nimh": "nickel-metal hydride",
    "lithium_ion": "lithium-ion",
    "textile": "textile materials",
    "plastics": "rubber or plastics",
    "other": "another material",  # offered beside the one material a residual line leaves out
}


def question(first: str, second: str, *, by_weight: bool = False) -> str | None:
    """The question that decides between two subheadings told apart by material; `by_weight`
    when the text names the fibres but not their shares (Section XI Note 2(A))."""
    told = told_apart(first, second)
    if told is None:
        return None
    upper, names = _offered(told)
    listed = " or ".join(LABELS[m] for m in names)
    if by_weight and not upper:
        return f"Which fibre is the largest share by weight: {listed}?"
    what = "the upper" if upper else "it"
    return f"What is {what} mainly made of: {listed}?"


def question_said(first: str, second: str, *, by_weight: bool = False) -> Message | None:
    """The same question as a message code (materials named by their label code)."""
    told = told_apart(first, second)
    if told is None:
        return None
    upper, names = _offered(told)
    code = "customs.question.upper_material" if upper else "customs.question.made_of"
    return messages.message(
        "customs.question.by_weight" if by_weight and not upper else code,
        materials=messages.items([messages.label("hs_material", m) for m in names]),
    )


def _offered(told: tuple[bool, list[str]]) -> tuple[bool, list[str]]:
    """The answers a material question offers: one material alone (8507.60 lithium-ion against
    8507.80, which names none) is offered beside 'another material'."""
    upper, names = told
    return upper, names if len(names) > 1 else [*names, "other"]


def told_apart(first: str, second: str) -> tuple[bool, list[str]] | None:
    """Whether the choice is the upper's material, and the materials that tell them apart."""
    a, b = code_materials(first)[0], code_materials(second)[0]
    if a == b or not (a or b):
        return None
    upper = bool(_UPPERS.search(first) or _UPPERS.search(second))
    return upper, sorted(a ^ b, key=list(LABELS).index)


SOURCES = {
    "section_xi": "Section XI Subheading Note 2 (the fibre that predominates by weight)",
    "chapter_64": "Chapter 64 Note 4(a) (the upper's material)",
    "chapter_71": "Chapter 71 Notes 9 and 11 (precious metal, pearls and stones, imitation)",
    "heading_4202": "heading 4202 subheadings (the outer surface)",
    "gri_6": "GRI 6 (subheadings compared by their own terms)",
}


def _source_key(hs6: str) -> str:
    chapter = hs6[:2]
    if "50" <= chapter <= "63":
        return "section_xi"
    if chapter == "64":
        return "chapter_64"
    if chapter == "71":
        return "chapter_71"
    if chapter == "42":
        return "heading_4202"
    return "gri_6"


def _legal_source(hs6: str) -> str:
    return SOURCES[_source_key(hs6)]


def reason(hs6: str, subheading: str, materials: frozenset[str]) -> str:
    """Why a subheading was taken for the product's material, with the legal source."""
    named = _named(subheading, materials)
    if not named:
        return f"subheading {hs6} is the one left once the others' materials are ruled out: " + (
            _legal_source(hs6)
        )
    what = " and ".join(LABELS[m] for m in named)
    return f"subheading {hs6} names the product's material, {what}: {_legal_source(hs6)}"


def reason_said(hs6: str, subheading: str, materials: frozenset[str]) -> Message:
    """The same reason as a message code (materials and source named by their label code)."""
    named = _named(subheading, materials)
    source = messages.label("hs_source", _source_key(hs6))
    if not named:
        return messages.message("customs.reason.sub_left", code=hs6, source=source)
    return messages.message(
        "customs.reason.sub_material",
        code=hs6,
        materials=messages.items([messages.label("hs_material", m) for m in named]),
        source=source,
    )


def _named(subheading: str, materials: frozenset[str]) -> list[str]:
    """The product's materials the subheading names (the upper's alone for footwear)."""
    named = code_materials(subheading)[0] & (materials | implied(materials))
    if _UPPERS.search(subheading):
        upper = next((m for m in UPPER_ORDER if m in materials | implied(materials)), None)
        named = frozenset({upper}) if upper else named
    return sorted(named, key=list(LABELS).index)
