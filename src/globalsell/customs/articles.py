"""What the product is, before what it is made of: article rules as data.

Each rule names an article by whole words (matched as stemmed tokens, never inside another
word) and points to the chapters, headings or subheadings that cover it, with the legal source
that puts it there (a heading text, a chapter or section note, a General Rule of Interpretation).
A rule is looked up in the platform's category path when the item has one (most specific level
first), then in the title's head: the words before the first modifier ("for", "compatible with",
"with", ...), then in the rest of the text. The classifier favours the rule's codes; it never
excludes the others, so a wrong rule costs a rank, not the answer.

Written for globalsell from the HS 2022 nomenclature (heading texts and notes); no entry is
taken from the evaluation data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

GRI1 = "GRI 1 (headings and notes decide)"
GRI3B = "GRI 3(b) (essential character)"


@dataclass(frozen=True)
class ArticleRule:
    """Words naming an article -> the codes (2, 4 or 6 digits) that cover it, and why."""

    name: str
    words: tuple[str, ...]  # phrases, each matched as whole stemmed words
    targets: tuple[str, ...]
    source: str
    unless: tuple[str, ...] = ()  # words anywhere in the text that cancel the rule
    question: str | None = None  # what decides between the targets, when they differ
    by_material: bool = False  # the targets are one heading per material (GRI 1)
    refines: str | None = None  # a more specific form of that rule, kept when both are named


APPAREL_Q = "Is it knitted or crocheted (chapter 61) or woven (chapter 62), and for men or women?"
HOUSEHOLD_Q = (
    "What is it made of: plastic or silicone, porcelain, ceramic, glass, steel or aluminium?"
)
ELECTRIC_Q = "Is it electric (chapter 84/85) or not?"
PRECIOUS_Q = "Is it of precious metal (gold, silver, platinum) or imitation jewellery?"

RULES: tuple[ArticleRule, ...] = (
    # ---- chapter 95: toys, games, festive articles, sports goods
    ArticleRule(
        "toy",
        (
            "toy",
            "plaything",
            "doll",
            "jigsaw puzzle",
            "puzzle",
            "building block",
            "building brick",
            "magnetic tile",
            "stuffed animal",
            "plush",
            "action figure",
            "scale model",
            "model kit",
            "fidget",
            "rattle",
            "teether",
            "kite",
            "balloon",
            "scooter",
        ),
        ("9503", "9505"),
        "heading 9503 (other toys, reduced-size models, puzzles); Chapter 95 Note 1",
        unless=("dog", "cat", "pet", "sex", "adult"),
    ),
    ArticleRule(
        "game",
        ("playing card", "board game", "chess", "card game", "mahjong", "dice", "game console"),
        ("9504",),
        "heading 9504 (table or parlour games, playing cards, video game consoles)",
    ),
    ArticleRule(
        "festive",
        ("christmas", "halloween", "party decoration", "carnival", "easter"),
        ("9505",),
        "heading 9505 (festive, carnival or other entertainment articles)",
        unless=("sweater", "dress", "shirt", "pajama", "sock", "earring", "necklace"),
    ),
    ArticleRule(
        "exercise",
        (
            "yoga mat",
            "yoga",
            "dumbbell",
            "kettlebell",
            "resistance band",
            "exercise",
            "fitness",
            "gym",
            "pilates",
            "jump rope",
            "skipping rope",
            "treadmill",
        ),
        ("950691",),
        "subheading 9506.91 (articles and equipment for general physical exercise, gymnastics "
        "or athletics); GRI 1",
        unless=(
            "shirt",
            "shorts",
            "legging",
            "pants",
            "bra",
            "shoe",
            "sneaker",
            "sock",
            "glove",
            "bag",
            "tracker",
            "watch",
        ),
    ),
    ArticleRule(
        "sport",
        (
            "tennis",
            "badminton",
            "golf",
            "ski",
            "skateboard",
            "roller skate",
            "ice skate",
            "snorkel",
            "swimming fin",
            "football",
            "basketball",
            "volleyball",
            "table tennis",
            "racket",
            "racquet",
        ),
        ("9506",),
        "heading 9506 (sports and outdoor games equipment); Chapter 95 Note 1",
        unless=("shirt", "shorts", "shoe", "sneaker", "sock", "jersey", "bag", "cap", "hat"),
    ),
    ArticleRule(
        "fishing",
        ("fishing", "fishing rod", "fishing reel", "fishing lure", "lure", "fish hook"),
        ("9507",),
        "heading 9507 (fishing rods, fish-hooks, other line fishing tackle)",
    ),
    # ---- chapters 61/62: apparel (knitted or not) and chapter 64 footwear
    ArticleRule(
        "apparel",
        (
            "women clothing",
            "men clothing",
            "children clothing",
            "kid clothing",
            "baby clothing",
            "apparel",
            "garment",
            "shirt",
            "t-shirt",
            "tshirt",
            "blouse",
            "sweater",
            "pullover",
            "cardigan",
            "hoodie",
            "sweatshirt",
            "jacket",
            "coat",
            "parka",
            "blazer",
            "dress",
            "skirt",
            "trousers",
            "pants",
            "jeans",
            "shorts",
            "legging",
            "jumpsuit",
            "romper",
            "pajama",
            "pyjama",
            "nightgown",
            "robe",
            "swimsuit",
            "swimwear",
            "bikini",
            "underwear",
            "panties",
            "brief",
            "boxer",
            "bra",
            "lingerie",
            "vest",
            "tank top",
            "costume",
        ),
        ("61", "62"),
        "Chapter 61 (knitted or crocheted) and Chapter 62 (not knitted) headings; Chapter 61 "
        "Note 9 / Chapter 62 Note 8 (garments not identifiable as men's are women's)",
        unless=("dog", "pet", "doll", "hanger", "nail", "polish", "shoe", "sneaker", "boot"),
        question=APPAREL_Q,
    ),
    ArticleRule(
        "hosiery",
        ("sock", "stocking", "tights", "pantyhose"),
        ("6115",),
        "heading 6115 (pantyhose, tights, stockings, socks and other hosiery)",
    ),
    ArticleRule(
        "headwear",
        ("hat", "cap", "beanie", "beret", "headband", "bonnet"),
        ("65",),
        "Chapter 65 (headgear), heading 6505 for knitted or textile hats",
        unless=("bottle", "lens", "valve", "nut", "screw", "bolt", "pen"),
    ),
    ArticleRule(
        "accessory_textile",
        ("scarf", "shawl", "tie", "necktie"),
        ("6117", "6214", "6215"),
        "headings 6117 (knitted clothing accessories), 6214/6215 (scarves, shawls, ties)",
        unless=("cable", "zip", "hair"),
    ),
    ArticleRule(
        "gloves",
        ("glove", "mitten"),
        ("6116", "6216", "4203", "4015", "3926"),
        "gloves go by material: headings 6116 (knitted), 6216 (textile), 4203 (leather), 4015 "
        "(rubber), 3926 (plastics)",
        unless=("box", "dispenser", "holder"),
        by_material=True,
    ),
    ArticleRule(
        "footwear",
        (
            "shoe",
            "sneaker",
            "boot",
            "sandal",
            "slipper",
            "flip-flop",
            "flip flop",
            "loafer",
            "footwear",
            "high heel",
            "heel",
        ),
        ("6401", "6402", "6403", "6404", "6405"),
        "Chapter 64 headings 6401-6405 (footwear by outer sole and upper); Chapter 64 Note 4",
        unless=("shoe rack", "shoe horn", "shoelace", "lace", "insole", "cover", "bag", "polish"),
    ),
    # ---- chapter 71: jewellery
    ArticleRule(
        "jewellery",
        (
            "jewellery",
            "jewelry",
            "fashion jewellery",
            "necklace",
            "bracelet",
            "bangle",
            "earring",
            "ear stud",
            "pendant",
            "brooch",
            "anklet",
            "choker",
            "cufflink",
            "body jewellery",
            "nose ring",
            "finger ring",
        ),
        ("7117",),
        "heading 7117 (imitation jewellery); Chapter 71 Note 11 (no precious metal, pearls or "
        "precious stones)",
        unless=("karat", "sterling", "platinum"),
        question=PRECIOUS_Q,
    ),
    ArticleRule(
        "fine_jewellery",
        (
            "fine jewellery",
            "sterling silver",
            "pure silver",
            "solid gold",
            "real gold",
            "karat gold",
            "platinum",
        ),
        ("7113", "7116"),
        "heading 7113 (articles of jewellery of precious metal); Chapter 71 Note 9",
        refines="jewellery",
        unless=("plated", "gold-plated", "silver-plated", "tone"),
    ),
    ArticleRule(
        "pearl_jewellery",
        ("pearl necklace", "pearl earring", "pearl bracelet", "freshwater pearl", "keshi pearl"),
        ("7116",),
        "heading 7116 (articles of natural or cultured pearls); Chapter 71 Note 9",
        refines="jewellery",
        unless=("imitation", "faux", "artificial", "plastic"),
    ),
    # ---- chapter 42: bags and cases
    ArticleRule(
        "bag",
        (
            "handbag",
            "backpack",
            "rucksack",
            "wallet",
            "purse",
            "suitcase",
            "luggage",
            "briefcase",
            "tote",
            "tote bag",
            "shoulder bag",
            "crossbody",
            "messenger bag",
            "clutch",
            "cosmetic bag",
            "makeup bag",
            "toiletry bag",
            "pencil case",
            "card holder",
            "travel bag",
            "waist bag",
            "fanny pack",
        ),
        ("4202",),
        "heading 4202 (trunks, suitcases, handbags, wallets, purses and similar containers)",
    ),
    # ---- household articles by material (kitchen, table, bathroom)
    ArticleRule(
        "household",
        (
            "kitchenware",
            "tableware",
            "cookware",
            "bakeware",
            "baking mat",
            "baking mold",
            "baking mould",
            "baking tray",
            "cake mold",
            "ice cube tray",
            "cup",
            "mug",
            "tumbler",
            "dinner plate",
            "serving plate",
            "bowl",
            "dish",
            "saucer",
            "teapot",
            "colander",
            "spatula",
            "lunch box",
            "food container",
            "storage box",
            "storage container",
            "soap dish",
            "toothbrush holder",
            "vase",
        ),
        ("3924", "6911", "6912", "7013", "7323", "7615", "4419", "4602"),
        "headings 3924 (plastics, incl. silicones: Chapter 39 Note 1), 6911/6912 (porcelain, "
        "ceramic), 7013 (glass), 7323 (iron or steel), 7615 (aluminium): household articles "
        "go by material (GRI 1, GRI 3(b))",
        unless=("electric", "suction cup", "cup holder", "bra", "menstrual", "toilet", "satellite"),
        question=HOUSEHOLD_Q,
        by_material=True,
    ),
    ArticleRule(
        "drink_bottle",
        ("vacuum flask", "thermos", "vacuum bottle", "insulated bottle"),
        ("9617",),
        "heading 9617 (vacuum flasks and other vacuum vessels)",
    ),
    ArticleRule(
        "cutlery",
        ("spoon", "fork", "knife", "chopstick", "cutlery", "flatware"),
        ("8211", "8215", "4419"),
        "headings 8211 (knives), 8215 (spoons, forks and similar kitchen or tableware)",
        unless=("tuning fork", "fork lift", "forklift", "fork seal", "putty", "fishing"),
    ),
    # ---- chapters 84/85: electrical appliances and parts
    ArticleRule(
        "domestic_appliance",
        (
            "hair dryer",
            "hair straightener",
            "curling iron",
            "electric kettle",
            "kettle",
            "toaster",
            "microwave",
            "coffee maker",
            "electric iron",
            "blender",
            "juicer",
            "food processor",
            "stand mixer",
            "hand mixer",
            "vacuum cleaner",
            "shaver",
            "hair clipper",
            "epilator",
            "electric toothbrush",
            "heater",
            "humidifier",
        ),
        ("8516", "8509", "8508", "8510"),
        "headings 8516 (electro-thermic domestic appliances), 8509 (electromechanical domestic "
        "appliances), 8508 (vacuum cleaners), 8510 (shavers, hair clippers)",
        unless=("manual", "non-electric", "hand-operated", "part"),
        question=ELECTRIC_Q,
    ),
    ArticleRule(
        "electronics",
        (
            "headphone",
            "earphone",
            "earbud",
            "headset",
            "speaker",
            "microphone",
            "charger",
            "power adapter",
            "power bank",
            "smartphone",
            "mobile phone",
            "smartwatch",
            "smart watch",
            "bluetooth",
            "router",
            "camera",
            "led strip",
            "led bulb",
            "light bulb",
            "battery",
            "remote control",
            "sensor",
            "relay",
            "switch",
            "socket",
            "circuit board",
            "transformer",
        ),
        ("85",),
        "Chapter 85 (electrical machinery and equipment); Section XVI Note 2 (parts)",
        unless=("toy", "bag", "case", "cover", "holder", "stand", "strap", "sticker", "wrench"),
        question=ELECTRIC_Q,
    ),
    ArticleRule(
        "cable",
        ("usb cable", "data cable", "charging cable", "hdmi cable", "power cord", "extension cord"),
        ("8544",),
        "heading 8544 (insulated wire, cable and other insulated electric conductors, with or "
        "without connectors)",
    ),
    ArticleRule(
        "computer",
        ("keyboard", "computer mouse", "mouse", "laptop", "usb flash drive", "hard drive", "ssd"),
        ("8471", "8473", "8523"),
        "headings 8471 (computers and units), 8473 (their parts), 8523 (storage media)",
        unless=("pad", "mat", "bag", "case", "sleeve", "cover", "sticker", "trap"),
    ),
    # ---- chapter 94: furniture, bedding, lighting
    ArticleRule(
        "furniture",
        (
            "furniture",
            "chair",
            "sofa",
            "stool",
            "desk",
            "bed frame",
            "cabinet",
            "wardrobe",
            "bookshelf",
            "shelf",
            "nightstand",
            "coffee table",
            "dining table",
        ),
        ("9401", "9403"),
        "headings 9401 (seats) and 9403 (other furniture); Chapter 94 Note 2 (designed for "
        "placing on the floor or ground)",
        unless=("cover", "cushion", "pad", "sticker", "leg cap", "toy", "doll"),
    ),
    ArticleRule(
        "bedding",
        ("mattress", "pillow", "cushion", "quilt", "duvet", "comforter", "sleeping bag"),
        ("9404",),
        "heading 9404 (mattresses, bedding, cushions and pillows, stuffed or fitted)",
        unless=("cover", "case", "pillowcase", "sham"),
    ),
    ArticleRule(
        "lighting",
        (
            "lamp",
            "chandelier",
            "lantern",
            "night light",
            "ceiling light",
            "wall light",
            "pendant light",
            "flashlight",
            "torch",
            "luminaire",
            "light fixture",
            "lighting",
        ),
        ("9405", "8513"),
        "heading 9405 (luminaires and light fittings); heading 8513 (portable battery lamps)",
        unless=("bulb", "lampshade"),
    ),
    # ---- chapter 33: cosmetics and toiletries
    ArticleRule(
        "cosmetics",
        (
            "cosmetic",
            "makeup",
            "lipstick",
            "lip gloss",
            "mascara",
            "eyeshadow",
            "eyeliner",
            "foundation",
            "concealer",
            "blush",
            "face cream",
            "moisturizer",
            "lotion",
            "serum",
            "sunscreen",
            "nail polish",
            "nail gel",
            "perfume",
            "shampoo",
            "conditioner",
            "hair dye",
            "deodorant",
            "toothpaste",
        ),
        ("3303", "3304", "3305", "3306", "3307"),
        "headings 3303-3307 (perfumes, beauty or make-up, hair and oral preparations); "
        "Chapter 33 Note 3",
        unless=("bag", "brush", "mirror", "organizer", "case", "sponge", "lamp", "air"),
    ),
    # ---- other common marketplace goods
    ArticleRule(
        "printed",
        (
            "sticker",
            "decal",
            "poster",
            "wall art print",
            "canvas painting",
            "book",
            "greeting card",
            "postcard",
            "trading card",
            "collection card",
        ),
        ("4901", "4909", "4911"),
        "headings 4901 (printed books), 4909 (printed cards), 4911 (other printed matter, "
        "including printed pictures and photographs); Chapter 49 Note 1",
        unless=("holder", "stand", "bookend", "shelf", "frame", "light", "lamp", "machine"),
    ),
    ArticleRule(
        "home_textile",
        (
            "tablecloth",
            "table cloth",
            "table cover",
            "table runner",
            "pillowcase",
            "pillow case",
            "cushion cover",
            "bed sheet",
            "bedsheet",
            "duvet cover",
            "curtain",
            "towel",
            "blanket",
        ),
        ("6301", "6302", "6303", "6304"),
        "headings 6301 (blankets), 6302 (bed, table, toilet and kitchen linen), 6303 (curtains), "
        "6304 (other furnishing articles)",
        unless=("rod", "hook", "ring", "rail", "holder", "rack", "paper", "clip"),
    ),
    ArticleRule(
        "hand_tool",
        (
            "hand tool",
            "pliers",
            "plier",
            "wrench",
            "spanner",
            "screwdriver",
            "hammer",
            "multitool",
            "multi tool",
            "utility knife",
            "pocket knife",
            "folding knife",
            "kitchen knife",
            "chef knife",
            "hole punch",
        ),
        ("8203", "8204", "8205", "8211"),
        "headings 8203 (pliers, pincers), 8204 (spanners), 8205 (other hand tools), 8211 "
        "(knives with cutting blades); Chapter 82 Note 1",
        unless=("electric", "cordless", "toy"),
    ),
    ArticleRule(
        "optical",
        ("microscope", "magnifier", "magnifying glass", "telescope", "binoculars", "monocular"),
        ("9005", "9011", "9013"),
        "headings 9005 (binoculars, telescopes), 9011 (microscopes), 9013 (other optical "
        "appliances, e.g. magnifiers)",
    ),
    ArticleRule(
        "wig",
        ("wig", "hair extension", "hairpiece", "false eyelash", "eyelash extension", "toupee"),
        ("6704",),
        "heading 6704 (wigs, false eyelashes, switches, of human hair or textile materials)",
    ),
    ArticleRule(
        "watch",
        ("wristwatch", "wrist watch", "watch", "pocket watch"),
        ("9101", "9102"),
        "headings 9101/9102 (wrist-watches, pocket-watches and other watches)",
        unless=(
            "smartwatch",
            "smart",
            "strap",
            "band",
            "box",
            "case",
            "winder",
            "tool",
            "movement",
        ),
    ),
    ArticleRule(
        "eyewear",
        ("sunglasses", "eyeglasses", "spectacles", "glasses frame", "goggles"),
        ("9004", "9003"),
        "headings 9004 (spectacles, goggles) and 9003 (frames)",
        unless=("case", "chain", "strap", "cloth"),
    ),
)


# ------------------------------------------------------------------ matching

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_SPELL = {"jewelry": "jewellery", "jewelery": "jewellery", "mold": "mould", "color": "colour"}


def words(text: str) -> list[str]:
    """Lower-case whole words with plurals folded ('shoes' -> 'shoe', "women's" -> 'women'),
    nothing else: 'dressing' stays 'dressing' and 'toyota' stays 'toyota'."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
            w = w[:-2]
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        out.append(_SPELL.get(w, w))
    return out


@dataclass(frozen=True)
class Match:
    rule: ArticleRule
    phrase: str
    where: str  # "category", "title" or "text"
    weight: float


def _contains(seq: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(seq[i : i + n]) == phrase for i in range(len(seq) - n + 1))


class Matcher:
    """Finds the article rule a token sequence names (longest phrase first)."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], ArticleRule] = {}
        self.unless: dict[str, list[tuple[str, ...]]] = {}
        self.longest = 1
        for rule in RULES:
            for phrase in rule.words:
                key = tuple(words(phrase))
                self.phrases.setdefault(key, rule)
                self.longest = max(self.longest, len(key))
            self.unless[rule.name] = [tuple(words(w)) for w in rule.unless]

    def _at(self, toks: Sequence[str], i: int, context: Sequence[str]) -> tuple[ArticleRule, int]:
        for size in range(min(self.longest, len(toks) - i), 0, -1):
            rule = self.phrases.get(tuple(toks[i : i + size]))
            if rule is not None and not any(_contains(context, u) for u in self.unless[rule.name]):
                return rule, size
        raise LookupError

    def first(self, toks: Sequence[str], context: Sequence[str]) -> tuple[ArticleRule, str] | None:
        """The first rule named, moved on to a later one that follows within two words: the
        noun comes last in an English noun phrase ('LED desk lamp' is a lamp)."""
        found: tuple[ArticleRule, int, int] | None = None
        i = 0
        while i < len(toks):
            if found is not None and i > found[1] + found[2] + 2:
                break
            try:
                rule, size = self._at(toks, i, context)
            except LookupError:
                i += 1
                continue
            if found is None or found[0].refines != rule.name:
                found = (rule, i, size)
            i += size
        if found is None:
            return None
        rule, i, size = found
        return rule, " ".join(toks[i : i + size])


_CATEGORY_SPLIT = re.compile(r"\s*(?:>|/|\|)\s*")


# Fineness marks name precious metal: "18K gold", "14kt", "925", "AU750".
_FINENESS = re.compile(
    r"\b(?:9|10|14|18|22|24)\s?k(?:t|arat)?\b|\bau\s?750\b|\b(?:925|999)\b", re.I
)


def normalise(text: str) -> str:
    """Spell out fineness marks so that whole-word rules can read them."""
    return _FINENESS.sub(" karat gold sterling ", text)


def find(
    matcher: Matcher,
    *,
    head: str,
    text: str,
    category: str | None,
    weights: tuple[float, float, float],
) -> list[Match]:
    """Rules named by the category path (most specific level first), the title's head and the
    rest of the text; weights are (category, head, rest). At most one match per place."""
    w_cat, w_head, w_rest = weights
    head, text = normalise(head), normalise(text)
    context = words(f"{text} | {category or ''}")
    found: list[Match] = []
    if category and w_cat > 0:
        levels = [p for p in _CATEGORY_SPLIT.split(category) if p.strip()]
        for depth, level in enumerate(reversed(levels)):
            hit = matcher.first(words(level), context)
            if hit:
                found.append(Match(hit[0], hit[1], "category", w_cat / (1 + 0.5 * depth)))
                break
    head_hit = matcher.first(words(head), context) if w_head > 0 else None
    if head_hit:
        found.append(Match(head_hit[0], head_hit[1], "title", w_head))
    elif w_rest > 0:
        rest = matcher.first(words(text), context)
        if rest:
            found.append(Match(rest[0], rest[1], "text", w_rest))
    return found


def targets(match: Match, materials: set[str]) -> tuple[str, ...]:
    """The codes a rule points to; for articles classified by material, only those of the
    material the text names, when it names one of them."""
    if not match.rule.by_material or not materials:
        return match.rule.targets
    # a material none of the targets is made of: the rule does not decide (e.g. a textile box)
    return tuple(t for t in match.rule.targets if t[:2] in materials)


def factor(matches: Sequence[Match], hs6: str, materials: set[str]) -> float:
    """How much the rules favour a subheading: 1 + the weights of the rules covering it."""
    out = 1.0
    for m in matches:
        if any(hs6.startswith(t) for t in targets(m, materials)):
            out += m.weight
    return out
