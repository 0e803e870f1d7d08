"""What a specific title is built from, read from the seller's English platform title: the
product phrase (the head-noun phrase: what the thing is, "Men's Platform Sneakers", "22-Pin
Automobile Instrument Connector"), language-neutral tokens (model numbers, sizes with units, pin
counts) and the makes a part is for ("for Honda/Volvo"). Pure: words and rules only.

The phrase ends at the first mention of the classified type's noun in the title's head (the part
before "for", "with", ","), or, when the head does not name the type, at the first descriptive
word after the nouns ("Adjustable", "Decorative", a model code). Marketing words, counts, years
and store-brand capitals are taken off its front."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from globalsell.listings.glossary import Glossary, fold, glossary
from globalsell.listings.modifiers import leading_run, modifiers_in, shown_modifiers, targets
from globalsell.listings.product_types import (
    GENERIC_NOUNS,
    PART_NOUNS,
    ProductType,
    head_and_tail,
    singular,
    tokens,
    vocabulary,
)
from globalsell.listings.spam import strip_phrases
from globalsell.listings.title_fragments import spec_fragment
from globalsell.listings.title_nouns import (
    continues,
    ending_in_a_noun,
    item_type_noun,
    noun_words,
    phrase_noun,
    refines,
)

MAX_PHRASE_WORDS = 7
# Attribute groups whose products are made for a department (a cable "for men" is not).
AUDIENCE_GROUPS = frozenset(["apparel", "shoes", "jewelry", "watch", "bags", "hair"])
# The type's noun further into the head than this is not the product's own name.
MAX_NOUN_POSITION = 8
# Words that praise or sell rather than say what the product is (whole words).
_MARKETING_WORDS = (
    "fashion fashionable luxury luxurious trendy stylish hot popular cool creative unique "
    "beautiful lovely amazing exquisite wholesale original genuine quality ins gorgeous "
    "charming delicate exclusive classic elegant perfect best cheap newest latest "
    "cross-border cross border european american best-selling bestseller"
)
MARKETING = frozenset(_MARKETING_WORDS.split())
# Common marketplace acronyms written in capitals that are not a store brand.
_ACRONYMS_WORDS = (
    "HDMI USB LED LCD OLED AMOLED RGB RGBW DIY GPS WIFI TWS OBD OBD2 CNC PVC ABS EVA PTFE UV "
    "TPU PU PP PE EVA DC AC HD FHD UHD SD TF SSD HDD CPU GPU RAM ROM DDR DDR4 DDR5 NFC IR "
    "MP3 MP4 DVD AUX SMD SMA SATA PCIE NVME POE"
)
ACRONYMS = frozenset(_ACRONYMS_WORDS.split())
# Words after the nouns that describe rather than name: the phrase stops before them.
_DESCRIPTIVE = re.compile(r"^[a-z-]+(?:able|ible|proof|ive|ful|less|ized|ised)$", re.IGNORECASE)
_USE_WORDS = frozenset(
    ["used", "use", "suitable", "applicable", "apply", "applied", "ideal", "perfect", "great"]
)
# Leading counts and variant counts: "1pc", "2 Pcs", "10 Colors", "5pcs/lot".
_COUNT_WORD = re.compile(
    r"^(?:\d+\s*)?(?:pcs?|pieces?|pairs?|sets?|lots?|colou?rs?|styles?|sizes?|pcs/lot|/lot|lot)$",
    re.IGNORECASE,
)
_PURE_COUNT = re.compile(r"^\d+(?:pcs?|pieces?|pairs?|sets?|pcs/lot|/lot)?$", re.IGNORECASE)
_MEASURE = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(mm|cm|m|ml|l|inch|in|ft|g|kg|mah|w|v|a|hz)$", re.IGNORECASE
)
_PACK = re.compile(r"\d[\d/]*\s*(?:pcs?|pieces?)\b|\d\s*pcs?/", re.IGNORECASE)
_SIZES = re.compile(r"^(?:xxs|xs|s|m|l|xl|xxl|\dxl)(?:/(?:xxs|xs|s|m|l|xl|xxl|\dxl))+$", re.I)
_PIN = re.compile(r"(?<![\w.])(\d{1,3})\s*-?\s*pins?\b", re.IGNORECASE)
_CODE = re.compile(r"^(?=[\w./+-]*\d)(?=[\w./+-]*[a-z])[a-z0-9][\w./+-]{2,24}$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’./+-]+", re.UNICODE)
GENDER = {
    "men": "Men's",
    "mens": "Men's",
    "men's": "Men's",
    "man": "Men's",
    "women": "Women's",
    "womens": "Women's",
    "women's": "Women's",
    "woman": "Women's",
    "ladies": "Women's",
    "lady": "Women's",
    "girls": "Girls'",
    "girl": "Girls'",
    "boys": "Boys'",
    "boy": "Boys'",
    "kids": "Kids'",
    "kid": "Kids'",
    "children": "Kids'",
    "child": "Kids'",
}
# Catch-all nouns that say nothing inside a product phrase ("Bulge Product 18650").
_FILLER_NOUNS = frozenset(["product", "products", "item", "items", "goods"])
SMALL_WORDS = frozenset(["and", "or", "of", "for", "with", "in", "on", "to", "the", "a", "an"])
# Makers a part or accessory is commonly said to be "for": vehicles and devices (facts of the
# market, not of one catalogue).
_MAKES_WORDS = (
    "honda volvo toyota nissan mazda subaru suzuki mitsubishi lexus infiniti acura hyundai kia "
    "ford chevrolet chevy gmc cadillac buick jeep dodge chrysler tesla bmw audi volkswagen vw "
    "mercedes mercedes-benz benz porsche opel peugeot citroen renault fiat skoda "
    "jaguar yamaha kawasaki ducati harley harley-davidson ktm triumph vespa "
    "iphone ipad airpods apple samsung xiaomi redmi huawei oppo vivo oneplus "
    "sony nintendo playstation ps4 ps5 xbox dji gopro garmin fitbit "
    "lenovo dell hp asus acer msi macbook kindle canon nikon fujifilm raspberry arduino"
)
MAKES = frozenset(_MAKES_WORDS.split())


@dataclass(frozen=True)
class TitleReading:
    """What the seller's title says that a generated title keeps."""

    phrase: str | None  # English product phrase, or None when the title gives none
    codes: tuple[str, ...] = ()  # model codes and sizes with units, language-neutral
    pins: int | None = None
    makes: tuple[str, ...] = ()  # "Honda", "Volvo"
    removed: tuple[str, ...] = field(default=())
    # Language-neutral designations inside the phrase ("18650", "BV8200", "SMD").
    phrase_codes: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()  # glossary modifier keys ("rechargeable", "lithium")
    next_word: str = ""  # the head's word right after the phrase ("Gear" after "Pinion Motor")
    modifier_targets: tuple[str, ...] = ()  # the word each modifier describes ("scooter")


def _norm(word: str) -> str:
    return singular(word.casefold().replace("’", "'").removesuffix("'s").strip(".,/+-"))


def _is_code(word: str) -> bool:
    return (
        bool(_CODE.match(word))
        and not _PURE_COUNT.match(word)
        and "/" not in word[-1:]
        and not re.search(r"pcs?|pieces?|lot\b", word, re.IGNORECASE)
        and not re.search(r"[a-z]{5,}", word, re.IGNORECASE)  # a word glued on, not a code
    )


def _brandish(word: str) -> bool:
    """A leading all-capitals word that is no acronym: a store brand ("ZJSHUYI")."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    return len(letters) >= 5 and word.isupper() and word.upper() not in ACRONYMS


def _case(word: str) -> str:
    if word.casefold() in SMALL_WORDS:
        return word.casefold()
    if word.isupper() and len(word) > 3 and word not in ACRONYMS and word.isalpha():
        return word.capitalize()
    if word.islower() and word.isalpha():
        return word[0].upper() + word[1:]
    return word


def _type_end(words: list[str], product_type: ProductType | None) -> int | None:
    """Index just past the first mention of the type's noun (not followed by a part noun)."""
    if product_type is None:
        return None
    normed = [_norm(w) for w in words]
    for i in range(min(len(normed), MAX_NOUN_POSITION + 1)):
        for phrase in sorted(product_type.phrases, key=len, reverse=True):
            n = len(phrase)
            if tuple(normed[i : i + n]) == phrase:
                end = i + n
                if end < len(normed) and normed[end] in PART_NOUNS:
                    continue
                if all(any(ch.isdigit() for ch in w) for w in phrase):
                    # A code that names the type ("18650"): the noun, when it follows soon, ends
                    # the phrase ("18650 Rechargeable Lithium Battery").
                    later = _type_end(words[end : end + 4], product_type)
                    end += later or 0
                return end
    return None


@cache
def _one_word_nouns() -> frozenset[str]:
    """The product nouns the vocabulary knows as a word of their own ("adhesive", "pump")."""
    return frozenset(p[0] for t in vocabulary().types.values() for p in t.phrases if len(p) == 1)


def _cut_start(words: list[str], end: int | None, product_type: ProductType | None) -> int:
    """Where the product phrase starts: at the front, unless the type's noun lies past the
    phrase's length and the front words alone would name another product ("... Suction Cup
    Table" for a vise): then at the words that end at the type's noun."""
    if end is None or end <= MAX_PHRASE_WORDS or product_type is None:
        return 0
    front = vocabulary().matches([_norm(w) for w in words[:MAX_PHRASE_WORDS]])
    if not any(product_type.code not in codes for _, _, codes, _ in front):
        return 0
    start = end - MAX_PHRASE_WORDS
    while start < end - 1 and words[start].casefold() in ("and", "or", "&", "of", "with"):
        start += 1
    return start


def _descriptive_end(words: list[str]) -> int:
    """Index of the first word that describes or sells rather than names (or the length)."""
    nouns = _one_word_nouns()
    for i, word in enumerate(words):
        folded = word.casefold()
        if i == 0:
            continue
        if (
            (_DESCRIPTIVE.match(word) and _norm(word) not in nouns)
            or folded in _USE_WORDS
            or folded in MARKETING
            or _is_code(word)
        ):
            return i
    return len(words)


def read_title(title: str, *, brand: str, product_type: ProductType | None) -> TitleReading:
    """The phrase, codes, pin count and makes of one English seller title."""
    text = strip_phrases(re.sub(r"\d+(?:[.,]\d+)?\s*%", " ", title))
    if brand:
        text = re.sub(rf"(?<!\w){re.escape(brand)}(?!\w)", " ", text, flags=re.IGNORECASE)
    head, tail = head_and_tail(text)
    words = _WORD.findall(head)
    removed: list[str] = []
    codes: list[str] = []
    # Front: marketing words, counts, store-brand capitals, codes and measures.
    while words:
        first = words[0]
        folded = first.casefold()
        nxt = words[1] if len(words) > 1 else ""
        if folded in MARKETING or _brandish(first) or _SIZES.match(first):
            removed.append(first)
        elif _PURE_COUNT.match(first) and _COUNT_WORD.match(nxt):
            removed += [first, nxt]
            words = words[1:]
        elif (_PURE_COUNT.match(first) and re.search(r"\D", first)) or _PACK.search(first):
            removed.append(first)
        elif measure := _MEASURE.match(first):
            codes.append(f"{measure.group(1)} {measure.group(2).lower()}")
        elif spec_fragment(first):
            removed.append(first)
        elif _is_code(first) and not _PIN.match(f"{first} {nxt}"):
            codes.append(first)
        else:
            break
        words = words[1:]
    end = _type_end(words, product_type)
    start = _cut_start(words, end, product_type)
    if end is None:
        end = _descriptive_end(words)
        if end > MAX_PHRASE_WORDS:
            # No break in sight: end at the last product noun the vocabulary knows.
            normed = [_norm(w) for w in words[:MAX_PHRASE_WORDS]]
            hits = vocabulary().matches(normed)
            end = hits[-1][1] if hits else end
    end = min(end, start + MAX_PHRASE_WORDS)
    phrase_words = words[start:end]
    # Codes inside the rest of the head stay as neutral tokens ("HR60/80").
    for word in words[end:]:
        if (
            _is_code(word)
            and word not in codes
            and not _MEASURE.match(word)
            and not spec_fragment(word)
        ):
            codes.append(word)
    phrase = _shape(phrase_words)
    fits = phrase.casefold().startswith(("for ", "with "))
    if fits:
        phrase = ""  # what it fits, not what it is: no kind words from it either
    core = _without_materials(phrase.split())
    if (
        len(core) == 1
        and not vocabulary().matches(tokens(phrase))
        and not glossary().term("item_type", phrase, "en")  # "Carbon Brush" is a product
    ):
        # One word that names no product ("Funny", "Grade"), or a material and such a word
        # ("Titanium Alloy Handle": a part of the product): the type name says more.
        phrase = ""
    pins = _PIN.search(title)
    # The kind words of the phrase and of the run right after it ("... Sneakers Breathable"),
    # not of the keyword list further on; and a piece of the rest that is one.
    kind_text = "" if fits else " ".join(words[: end + leading_run(words[end:], glossary())])
    kinds = modifiers_in(kind_text, tail, glossary())
    return TitleReading(
        phrase=phrase or None,
        codes=tuple(codes[:2]),
        pins=int(pins.group(1)) if pins else None,
        makes=makes_in(text),
        removed=tuple(removed),
        phrase_codes=tuple(
            dict.fromkeys(
                w.upper() if w.upper() in TECHNICAL else w.strip(".,/+")
                for w in phrase_words
                if _neutral_designation(w)
            )
        ),
        # The kind words of the phrase and of the run right after it ("... Sneakers
        # Breathable"), not of the keyword list further on; and a piece of the rest that is one.
        modifiers=kinds,
        modifier_targets=targets(kind_text, kinds, glossary()),
        next_word=words[end] if end < len(words) else "",
    )


def _without_materials(words: list[str]) -> list[str]:
    """The words of a phrase without its material words ("Titanium Alloy", "Steel")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and glossary().term("material", " ".join(words[i : i + 2]), "en"):
            i += 2
        elif glossary().term("material", words[i], "en"):
            i += 1
        else:
            out.append(words[i])
            i += 1
    return out


# Technical acronyms that read the same in every store language (no "DIY", no materials).
_TECHNICAL_WORDS = (
    "HDMI USB LED LCD OLED AMOLED RGB RGBW GPS WIFI TWS OBD OBD2 CNC NFC SMD SMA SATA PCIE NVME "
    "POE HD FHD UHD SSD HDD DDR4 DDR5 UV MP3 MP4 DC AC"
)
TECHNICAL = frozenset(_TECHNICAL_WORDS.split())


def _neutral_designation(word: str) -> bool:
    """A word of the phrase that every store language writes alike: a model code ("BV8200",
    "S925"), a standard size number of four digits or more ("18650", "0805"), a technical
    acronym ("SMD")."""
    bare = word.strip(".,/+")
    if spec_fragment(bare) or _MEASURE.match(bare):
        return False
    if re.search(r"[a-z]{4,}", bare, re.IGNORECASE):
        return False  # an English word inside ("5-inch")
    return _is_code(bare) or bool(re.fullmatch(r"\d{4,6}", bare)) or bare.upper() in TECHNICAL


def _shape(words: list[str]) -> str:
    """Words as a product phrase: gender possessive, "22-Pin", title case, no repeats."""
    out: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(words):
        word = words[i].strip(".,/+")
        folded = word.casefold().replace("’", "'")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if re.fullmatch(r"\d{1,3}", word) and re.fullmatch(r"pins?", nxt, re.IGNORECASE):
            out.append(f"{word}-Pin")
            i += 2
            continue
        shaped = GENDER.get(folded) or _case(word)
        key = _norm(shaped)
        if folded in MARKETING or folded in _FILLER_NOUNS or _PACK.fullmatch(folded):
            i += 1
            continue
        if word and key not in seen:
            out.append(shaped)
            seen.add(key)
        i += 1
    while out and (out[-1].casefold() in SMALL_WORDS or out[-1] in GENDER.values()):
        out.pop()
    return " ".join(out)


def makes_in(text: str) -> tuple[str, ...]:
    """The makes named right after "for" / "compatible with" ("For Honda Volvo JAE": Honda,
    Volvo): known makers only, in order, at most three."""
    found: list[str] = []
    for match in re.finditer(r"\b(?:for|compatible with|fits?|fit for)\s+([^,;|()]+)", text, re.I):
        for word in re.split(r"[\s/&]+", match.group(1)):
            folded = word.casefold().strip(".")
            if not folded or folded in ("and", "or"):
                continue
            if folded not in MAKES:
                break
            shown = word if not word.islower() else word.capitalize()
            if shown.casefold() not in {f.casefold() for f in found}:
                found.append(shown)
        if found:
            break
    return tuple(found[:3])


@dataclass(frozen=True)
class Specifics:
    """The specific head of a title in one store language and its language-neutral tokens."""

    head: str
    neutral: tuple[str, ...]  # model numbers, codes, sizes with units, pin count
    makes: str | None  # "for Honda/Volvo" in the store language
    modifiers: tuple[str, ...] = ()  # kind words in the store language, shown after the head


def _has_audience(head: str, glossary: Glossary, department: str, lang: str) -> bool:
    folded = head.casefold()
    if lang == "en":
        return any(re.search(rf"\b{re.escape(k)}\b", folded) for k in GENDER)
    word = glossary.term("department", department, lang)
    return word is not None and word.casefold() in folded


def specifics(
    *,
    lang: str,
    type_name: str,
    product_type: ProductType | None,
    reading: TitleReading | None,
    facts: Mapping[str, Any],
    glossary: Glossary,
    named: bool = False,
    english_name: str = "",
    kind_words: bool = True,
) -> Specifics:
    """The title head for one store: the seller's product phrase (English), else the seller's
    Item Type or the type name in `lang` (`named`: the type name is the glossary's own name
    of this product, kept; `english_name`: the type name in English), for the department the
    seller gave; plus the language-neutral tokens, the phrase's kind words (`kind_words`:
    False for a glossary noun written as the product's full name) and the makes it fits."""
    item_type = str(facts["item_type"].value) if "item_type" in facts else ""
    phrase = reading.phrase if reading is not None else None
    if phrase and any(glossary.term(k, phrase, "en") for k in ("material", "color")):
        phrase = None  # "Aluminum Alloy" says what it is made of, not what it is
    translated = None
    words = phrase.split() if phrase and not named else []
    nxt = reading.next_word if reading is not None else ""
    if words and nxt and glossary.term("item_type", " ".join([*words[-2:], nxt]), "en"):
        words.append(nxt)  # "Lawn Mower" + "Robot": the lexicon's "lawn mower robot"
    elif (
        words
        and singular(words[-1].casefold()) == words[-1].casefold()
        and continues(nxt, glossary)
    ):
        # "Pinion Motor" + "Gear": a gear (a plural ends its phrase: "Screws" + "Bolts").
        words.append(nxt)
    noun = ""
    # The phrase's own noun, when the vocabulary writes it ("... Platform Sneakers"), longest
    # first; the Item Type cell when it says more of that noun ("Prom Dress" for "Dresses") or
    # the phrase names none.
    for size in (3, 2, 1):
        if translated is None and len(words) >= size:
            translated = phrase_noun(glossary, " ".join(words[-size:]), product_type, lang)
            noun = glossary.term("item_type", " ".join(words[-size:]), "en") or ""
    head_en = noun if translated else english_name
    # A phrase noun the type's vocabulary does not name (taken on a catch-all shelf or as more
    # specific) gives way to an Item Type cell that does ("Lens Cap" of "CPL Filter Lens Cap").
    loose = bool(translated) and not item_type_noun(glossary, noun, product_type, lang)
    if (
        item_type
        and not named
        and (translated is None or loose or refines(glossary, item_type, noun))
    ):
        by_cell = item_type_noun(glossary, item_type, product_type, lang)
        if by_cell:
            translated, head_en = by_cell, glossary.term("item_type", item_type, "en") or ""
    if (
        phrase
        and translated
        and head_en == noun
        and len(words) > len(phrase.split())
        and tokens(noun)[-1:] == tokens(words[-1])
        and not set(tokens(words[-1])) & GENERIC_NOUNS
    ):
        # The compound's head the other stores name, in English too ("Pinion Motor Gear").
        phrase = " ".join(words)
    own_phrase = lang == "en" and bool(phrase)
    head = phrase if own_phrase and phrase else translated or type_name
    if own_phrase and phrase and product_type is not None:
        head = ending_in_a_noun(phrase, product_type)
    kinds: list[str] = []
    if reading is not None and not own_phrase and kind_words:
        # The phrase's designations follow the name ("Akku 18650", "Smartphone BV8200"); its
        # kind words ("Rechargeable", "Wireless") come after it, before it in Japanese; a word
        # not written in the store language is left out.
        codes = [c for c in reading.phrase_codes if not _says_word(head, c)][:2]
        kinds = shown_modifiers(
            _own_kinds(reading, head_en, product_type), lang, glossary, head, english=head_en
        )
        kinds = [k for k in kinds if fold(k) not in {fold(c) for c in codes}]
        head = " ".join([head, *codes])
        if kinds and lang == "ja":
            head = " ".join([*kinds, head])
            kinds = []
    worn = product_type is not None and product_type.group in AUDIENCE_GROUPS
    department = str(facts["department"].value) if "department" in facts and worn else ""
    template = glossary.term("audience", department, lang) if department else None
    if template and not _has_audience(head, glossary, department, lang):
        head = template.replace("{}", head)
    neutral: list[str] = []
    if "model_number" in facts:
        neutral.append(str(facts["model_number"].value))
    if reading is not None:
        neutral += reading.codes
        if reading.pins and not re.search(rf"\b{reading.pins}\s*-?\s*pin", head, re.I):
            neutral.append(glossary.label("pins", lang).replace("{}", str(reading.pins)))
    folded = head.casefold()
    shown = [t for t in dict.fromkeys(neutral) if t.casefold() not in folded]
    makes = None
    if reading is not None and reading.makes:
        makes = glossary.label("for", lang).replace("{}", "/".join(reading.makes))
    return Specifics(head, tuple(shown[:3]), makes, tuple(kinds))


def _own_kinds(
    reading: TitleReading, head_en: str, product_type: ProductType | None
) -> tuple[str, ...]:
    """The kind words that describe the named product (its name's words, the classified
    type's own nouns), not another product the title names ("Electric" before "Scooter" in a
    bicycle lock's title)."""
    own = set(tokens(head_en))
    if product_type is not None:
        own.update(w for phrase in product_type.phrases for w in phrase)
    return tuple(
        key
        for key, target in zip(reading.modifiers, reading.modifier_targets, strict=False)
        if not target or singular(target) in own or singular(target) not in noun_words()
    )


def _says_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(word))}(?!\w)", fold(text)) is not None
