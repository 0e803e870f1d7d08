"""What a product text says, before any code is looked at: its words (stemmed, the glossary's
spellings folded), its language, the article it names (head noun before 'for', 'with', ','),
its materials, whether it is a garment, knitted or woven, for men or women, and whether it names
a chemical, a primary form or parts. Pure functions over strings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from globalsell.customs import domain, glossary

_WORD = re.compile(r"[a-z][a-z\-]*[a-z]|[a-z]")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "to",
        "in",
        "on",
        "with",
        "without",
        "by",
        "from",
        "as",
        "at",
        "is",
        "are",
        "be",
        "its",
        "it",
        "this",
        "that",
        "used",
        "use",
        "which",
        "other",
        "not",
        "than",
        "more",
        "less",
        "over",
        "under",
        "into",
        "having",
        "whether",
        "other",
    ]
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_LATIN_NONASCII = re.compile(r"[àâäçéèêëîïôöùûüÿñßáíóúìò]")
# Headings for materials in primary or semi-finished form; a query naming no such form is about an
# article, so these rank lower (materials vs articles, the first question of GIR 1 in practice).
_PRIMARY_HEADINGS = (
    [f"{h:04d}" for h in range(3901, 3916)]
    + [f"{h:04d}" for h in range(4001, 4009)]
    + [f"{h:04d}" for h in range(7001, 7009)]
    + [f"72{h:02d}" for h in range(1, 30)]
    + [f"{h:04d}" for h in range(7401, 7411)]
    + [f"{h:04d}" for h in range(7601, 7607)]
    # textile fibres and yarns (a garment or bag made of nylon is not nylon fibre)
    + [f"{h:04d}" for h in range(5001, 5007)]
    + [f"{h:04d}" for h in range(5101, 5111)]
    + [f"{h:04d}" for h in range(5201, 5208)]
    + [f"{h:04d}" for h in range(5301, 5309)]
    + [f"{h:04d}" for h in range(5401, 5407)]
    + [f"{h:04d}" for h in range(5501, 5512)]
)
PRIMARY_HEADINGS = frozenset(_PRIMARY_HEADINGS)
FORM_QUERY = re.compile(
    r"\b(bars?|rods?|sheets?|plates?|coils?|granules?|pellets?|resins?|powders?|ingots?|wire|"
    r"films?|foils?|strips?|tubes?|pipes?|profiles?|billets?|slabs?|blocks?|primary|"
    r"polymers?|copolymers?|sections?|angles?|flat-rolled|scrap|waste|unwrought|liquid|paste|"
    r"yarns?|fib(?:re|er)s?|staple|tow|filaments?|threads?|slivers?|rovings?)\b",
    re.I,
)
PRIMARY_PENALTY = 0.6
MATERIAL_WEIGHT = 0.8
# Chapters 28-29 hold chemical elements and compounds; a text with no chemical name, formula
# or CAS number describes an article, not a compound (a 'ring' is not a heterocyclic ring).
# A name is read from the start of a word: multiplier and locant prefixes ('2,4-', 'di', 'poly',
# 'hydro') then a nomenclature morpheme, so no ordinary word holding one counts ('period',
# 'magazine', 'fluorescent', 'carbohydrate', 'copyright', 'pyramid', Mercedes-'Benz', the colour
# 'cyan'); a locant list is digits joined by commas before a hyphen ('4,4'-'), never a number
# with a thousands separator ('1,500 cc') or a list of sizes ('35,42,40').
_CHEMICAL_PREFIX = (
    r"(?:\d+(?:,\d+)*'*-|[nopm]-|di|tri|tetra|penta|hexa|bis|tris|poly|mono?|bi|iso|neo|tert|"
    r"sec|cyclo|hypo|per|hydro|para|meta|ortho)*"
)
_CHEMICAL_MORPHEME = (
    r"(?:methyl|ethyl|propyl|butyl|phenyl|methoxy|ethoxy|phen(?:ol|oxy)|benz[a-z]|xyl(?:en|yl|id|ol)|naphth|"
    r"acet(?:al|ic|one|yl|amide)|chlor(?:o|id|in|it|at)|fluor(?:o|id|in|en)|"
    r"brom(?:o|id|in|at)|iod(?:o|id|in|at)|amin[oe]|amide|imid|imine|oxide|"
    r"sul(?:f|ph)(?:at|it|id|on|o)|nitr(?:at|it|o)|phosph(?:at|it|id|on|or(?:ic|us|yl))|"
    r"hydroxy|hydrazin|carbox|glycol|ketone|aldehyde|carbonate|hydroxide|hydrate|"
    r"cyan(?:o|id|at|ur)|thio|pyr(?:id|im|rol|az|an|en|uv)|azol|azin|quino[ln])"
)
CHEMICAL = re.compile(
    r"\b\d{2,7}-\d{2}-\d\b|\bcas\b|\b\d+(?:,\d+)+'*-|\b(?:acid|anhydride|salt|ester)s?\b|"
    rf"\b{_CHEMICAL_PREFIX}{_CHEMICAL_MORPHEME}[a-z]*\b",
    re.I,
)
CHEMICAL_CHAPTERS = frozenset({"28", "29"})
# Chapter 46 Note 1: the chapter covers articles of plaiting materials (straw, osier, bamboo,
# rattan, rushes, reeds, strips of wood or of other vegetable material, raffia, unspun vegetable
# fibres, strips of plastics or paper) and plaits, basketwork and wickerwork; a text naming
# neither such a material nor a plaited or woven make is not about chapter 46 ('yoga mat').
PLAITED = re.compile(
    r"\b(?:plait(?:s|ed|ing)?|braid(?:s|ed)?|woven|weav(?:e|es|ed|ing)|wicker(?:work)?|"
    r"basket(?:s|work)?|rattan|bamboo|straw|osier|willow|rush(?:es)?|reeds?|sea-?grass|"
    r"raffia|esparto|sisal|jute|hyacinth|palm leaf|palm leaves|loofah?|luffa|cane|wood strips?|"
    r"paper strips?|interlaced|tatami)\b",
    re.I,
)
# The social occasion a listing suits ("wedding table decoration", "birthday party favours")
# says what the goods are used for, not what they are: heading 9505 covers festive, carnival and
# entertainment articles, and Chapter 95 Note 1 sends tableware, kitchenware, apparel, linen and
# other articles of a utilitarian function to their own headings by material; a sign, a sticker
# (4911) or artificial flowers (6702) for a wedding are classified as what they are (GRI 1). The
# festivals themselves (Christmas, Halloween, carnival, Easter) do make festive articles and are
# not here. Stemmed whole words (`tokens`).
OCCASION_TOKENS = frozenset(
    {"party", "wed", "birthday", "bridal", "engagement", "anniversary", "graduation", "celebration"}
)
# Goods put up in a set or kit for retail sale (GRI 3(b)): classified by the component that gives
# the set its essential character, which the words alone rarely decide (a confidence feature).
PUT_UP_AS_SET = re.compile(r"\b(?:sets?|kits?|assort(?:ed|ments?))\b", re.I)
# Materials or components sold for making an article ('jewelry making', 'candle making supplies',
# 'findings', 'for DIY', 'craft supplies'): what they make is not what they are (GRI 1; GRI 2(a)
# only for an unfinished article having its essential character). 'X making machine' is a machine.
FOR_MAKING = re.compile(
    r"\b(?:[a-z]+ making(?!\s+(?:machines?|machinery|equipment|tools?|devices?))|"
    r"making (?:kits?|supplies|materials?)|findings|for diy|craft supplies)\b",
    re.I,
)
# A text asking for parts or accessories names them as whole words ('party', 'partial',
# 'partition', 'spared' ask for none).
PARTS_QUERY = re.compile(r"\b(?:parts?|accessor(?:y|ies)|components?|spares?)\b", re.I)

_DOUBLE = re.compile(r"([b-df-hj-np-rtv-z])\1$")


def stem(word: str) -> str:
    """A light English stemmer: plurals and -ing/-ed, so 'boxes'/'box' and 'knitted'/'knit'
    meet."""
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("xes", "ches", "shes", "sses", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # 'tubes' -> 'tube', 'valves' -> 'valve', 'bolts' -> 'bolt'
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            word = word[: -len(suffix)]
            if _DOUBLE.search(word) and not word.endswith(("ll", "ss", "ff", "zz")):
                word = word[:-1]
            return word
    return word


_SPELLING = {stem(k): stem(v) for k, v in glossary.SPELLING.items()}


def tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return [t for t in map(_token, _WORD.findall(text)) if t is not None]


def token_set(text: str) -> frozenset[str]:
    """`frozenset(tokens(text))`, each distinct word looked up once (long nomenclature texts
    repeat their ancestors' and chapter's words)."""
    words = set(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))
    return frozenset(t for t in map(_token, words) if t is not None)


@lru_cache(maxsize=1 << 16)
def _token(word: str) -> str | None:
    """One lower-case word's token (None for a stop word or a single letter), stemmed once:
    the nomenclature's texts repeat the same few thousand words."""
    if word in _STOP or len(word) <= 1:
        return None
    t = stem(word)
    return _SPELLING.get(t, t)


MATERIAL_TOKENS = frozenset(
    t for words in domain.MATERIAL_WORDS.values() for w in words for t in tokens(w)
)


def detect_language(text: str) -> str:
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if _CJK.search(text):
        return "zh"
    if _LATIN_NONASCII.search(text.lower()):
        return "other-latin"
    return "en"


_ARTICLE_END = re.compile(
    r",|;|:|\(| for | used | which | that | with | to be | made | of | from | composed | "
    r"consisting | containing | designed | in | featuring | imported | having | where | "
    r"constructed | manufactured | intended | one | each | both | including | such as | "
    r"compatible | suitable | fits | fit | replacement ",
    re.I,
)
_LEADING = re.compile(
    r"^\s*(?:(?:an?|the|two|three|four|five|six|several|various|assorted|one)\s+)?"
    r"(?:(?:pairs?|sets?|kits?|packs?|boxes|cases|rolls?|pieces?)\s+of\s+)?",
    re.I,
)


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in re.findall(r"\S+", words))


GARMENT = _stems(
    "shirt t-shirt tshirt blouse sweater pullover cardigan vest waistcoat jacket coat "
    "overcoat anorak parka cape cloak dress skirt trousers pants shorts jeans overall "
    "shortall romper jumpsuit suit ensemble blazer pajamas pyjamas nightdress robe "
    "underwear brief panties bra swimsuit swimwear legging tights sock glove mitten "
    "scarf shawl hoodie sweatshirt tank top garment apparel babies rainwear raincoat poncho "
    "wrap gown nightgown"
)
# Knitted or woven (Chapter 61 vs 62) from the fabric's name: broadcloth, chiffon, satin,
# organza, taffeta and tulle are woven (or net) fabrics, jersey and fleece knitted ones. Chinese
# marketplaces state it as 针织 (knitted) or 梭织 (woven, exported as "Craft of Weaving: Tat").
KNIT = re.compile(r"\bknit|\bcrochet|\bjersey\b|\bfleece\b|针织", re.I)
WOVEN = re.compile(
    r"\bwoven\b|\bdenim\b|\btwill\b|\bpoplin\b|\bbroadcloth\b|\bchiffon\b|\bsatin\b|"
    r"\borganza\b|\btaffeta\b|\btulle\b|craft of weaving: tat\b|梭织",
    re.I,
)


# Words that qualify an article but never name it (who wears it, how many, what kind).
NOT_ARTICLE = _stems(
    "pair set kit piece men mens women womens boy boys girl girls child children infant "
    "infants toddler toddlers unisex lady ladies baby babies type style item product model "
    "variety assortment series number grade size new used finished unfinished"
)


@dataclass(frozen=True)
class Parsed:
    """What the query says the article is, and what it is made of."""

    head: tuple[str, ...]  # stems naming the article
    noun: str | None  # the article's own noun (last stem of the head)
    materials: frozenset[str]
    head_text: str = ""  # the words before the first modifier ('for', 'with', ',', ...)
    bounded: bool = False  # a modifier ends the article's words (else the noun is a guess)


# Marketplace exports follow the title with "Name: value" attributes ("... Gift Occasion: Party
# Material: Resin"); the attribute's name ends the title, it does not name the article.
_ATTRIBUTE_NAME = re.compile(
    r"(?:\s+(?:item|toe|metals?|diy|hair|is|can be|blade|installation|fabric|sport|"
    r"power|care|charging interface|wigs?|lining|department|age|compatible|heel|upper|outsole|"
    r"insole|closure|sleeve|pattern|input|waterproof|acg|popular|number of|model|unit|band|"
    r"screen|car|sheet|censor|frequency|finish|pearl|suitable for [a-z ]+))*"
    r"\s+(?:fine or fashion|shape\\pattern|shape|material|occasion|type|size|condition|"
    r"supplies|warning|elasticity|grade|applications?|waistline|feature|category|colou?r|"
    r"electric|form|permed|gender|method|movement|characters?|elements|support|instructions|pieces|quantity|source|"
    r"status|voltage|position|functions|length|resolution|name|style|theme|texture|season|"
    r"weight|diameter|keywords|language|element|range|certificate|usage|scene|width|height)"
    r"(?:\s+\d+)?\s*$",
    re.I,
)


# A count says how many, never what ("60 pcs", "100pcs/set", "3 pack", "20 count", "6 pairs"):
# it is taken out of the article's words so that the noun before it stays the noun. A bare "pc"
# is a computer ("gaming PC"); only a number makes it a count.
_COUNT = re.compile(
    r"(?<![a-z0-9.])\d+\s*(?:pcs|pc|pieces?|packs?|pk|counts?|ct|sets?|pairs?)(?![a-z])"
    r"(?:\s*/\s*(?:set|pack|lot|box|bag)\b)?|\bpcs\b",
    re.I,
)


def parse(text: str) -> Parsed:
    padded = f" {_LEADING.sub('', text.strip())} "
    end = _ARTICLE_END.search(padded)
    first = padded[: end.start()] if end else padded
    if end and end.group() == ":":
        first = _ATTRIBUTE_NAME.sub("", first)
    first = _COUNT.sub(" ", first)
    translated, _ = glossary.expand(first)
    head = tuple(t for t in tokens(f"{first} {translated}") if not t.isdigit())
    materials = frozenset(t for t in tokens(text) if t in MATERIAL_TOKENS)
    # English puts the noun last ("steel hex bolt"); a translated title gives no order.
    nouns = [t for t in tokens(first) if t not in MATERIAL_TOKENS and t not in NOT_ARTICLE]
    noun = nouns[-1] if nouns and not translated else None
    return Parsed(
        head=head, noun=noun, materials=materials, head_text=first, bounded=end is not None
    )


_WOMEN = re.compile(r"\b(?:women'?s?|woman|ladies|lady|girls?|female|maternity)\b", re.I)
# "man-made fibres" names a fibre, not the wearer
_MEN = re.compile(r"\b(?:men'?s?|man|boys?|male|gentlemen)\b(?!-made)", re.I)


def gender(text: str) -> str | None:
    women, men = bool(_WOMEN.search(text)), bool(_MEN.search(text))
    if women == men:
        return None
    return "women" if women else "men"


def gendered(heading: str) -> bool:
    """Does an apparel heading or subheading text say whose garments it covers?"""
    return bool(_GENDERED.search(heading))


_GENDERED = re.compile(r"\bwomen'?s?\b|\bgirls'?|\bmen'?s\b|\bboys'?", re.I)


def gender_factor(heading: str, gender: str, factor: float) -> float:
    """Apparel headings are split by men's or boys' and women's or girls' (Chapter 61 Note 9,
    Chapter 62 Note 8)."""
    lowered = heading.lower()
    if "women" in lowered or "girls" in lowered:
        return 1.0 if gender == "women" else 1.0 / factor
    if re.search(r"\bmen'?s\b|\bboys", lowered):
        return 1.0 if gender == "men" else 1.0 / factor
    return 1.0


def garment_factor(chapter: str, *, knit: bool, woven: bool, factor: float) -> float:
    """Garments: knitted or crocheted ones are chapter 61, the others chapter 62; garment
    fabrics (chapters 50-60) are not garments."""
    if chapter == "61":
        return factor if knit else (1.0 / factor if woven else 1.0)
    if chapter == "62":
        return 1.0 / factor if knit else (factor if woven else 1.0)
    if "50" <= chapter <= "60":
        return 1.0 / factor
    return 1.0
