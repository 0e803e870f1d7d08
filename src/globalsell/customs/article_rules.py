"""Article rules, part 1: the rule type, and the goods people wear, carry and play with
(chapter 95 toys, games and sports goods; chapters 61-65 apparel, footwear and headgear;
chapter 71 jewellery; heading 4202 bags and cases). Each entry cites the heading text, note or
General Rule of Interpretation that puts the article there. Matching is in `articles`."""

from __future__ import annotations

import dataclasses
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
    # the refinement holds when its words are anywhere in the text (an attribute such as
    # "Main Stone: Agate" or "Metal: 925 Sterling"), not only next to the article's noun
    refines_from_text: bool = False
    # a good its own heading names (a filter, a level, a bearing): a category level naming the
    # machine or vehicle it is sold for yields to the title that names it (Section XVI Note
    # 2(a), Section XVII Note 2, Section XV Note 2: such goods are not parts of the machine)
    own_heading: bool = False
    # the refinement is kept over a sibling refinement (of the same rule) named after it
    over_siblings: bool = False


APPAREL_Q = "Is it knitted or crocheted (chapter 61) or woven (chapter 62), and for men or women?"
HOUSEHOLD_Q = (
    "What is it made of: plastic or silicone, porcelain, ceramic, glass, steel or aluminium?"
)
ELECTRIC_Q = "Is it electric (chapter 84/85) or not?"
# Materials sold for tying flies or making lures (feathers, beads, screws) are not tackle
# themselves: heading 9507 names the finished tackle, the materials go by what they are (GRI 1).
MAKING_TACKLE = ("fly tying", "lure making", "tying material")
PRECIOUS_Q = "Is it of precious metal (gold, silver, platinum) or imitation jewellery?"

APPAREL_UNLESS = ("dog", "pet", "doll", "hanger", "nail", "polish", "shoe", "sneaker", "boot")


def _garment(
    name: str, words: tuple[str, ...], targets: tuple[str, ...], named: str
) -> ArticleRule:
    """A garment the heading texts of chapters 61 and 62 name (GRI 1): the knitted heading and
    the woven one, for men and for women (the knit and gender factors choose between them)."""
    return ArticleRule(
        f"apparel_{name}",
        words,
        targets,
        f"{named} (GRI 1); Chapter 61 (knitted or crocheted) and Chapter 62 (not knitted); "
        "Chapter 61 Note 9 / Chapter 62 Note 8",
        unless=APPAREL_UNLESS,
        question=APPAREL_Q,
        refines="apparel",
    )


SWIMWEAR = ("611231", "611239", "611241", "611249", "621111", "621112")
SKI_SUITS = ("611220", "621120")
TRACK_SUITS = (
    *("611211", "611212", "611219"),
    *("621132", "621133", "621139", "621142", "621143", "621149"),
)


# Garments by the heading that names them (HS 2022 heading texts of chapters 61 and 62); a garment
# no heading names alone ('vest': a singlet of 6109 or a waistcoat of 6110; 'jumpsuit') stays
# with the general apparel rule. The babies' headings 6111/6209 take precedence (Chapter 61 Note
# 6(b), Chapter 62 Note 4(b)) and are left to the text's own words.
GARMENTS: tuple[ArticleRule, ...] = (
    _garment(
        "coat",
        (
            "coat",
            "overcoat",
            "raincoat",
            "car-coat",
            "parka",
            "anorak",
            "windbreaker",
            "wind-jacket",
            "wind-cheater",
            "cape",
            "cloak",
            "poncho",
            "trench coat",
            "puffer jacket",
            "down jacket",
        ),
        ("6101", "6102", "6201", "6202"),
        "headings 6101/6102/6201/6202 (overcoats, car-coats, capes, cloaks, anoraks, wind-jackets)",
    ),
    # The jackets of headings 6103/6104/6203/6204 are the tailored kind worn as or like the
    # jacket of a suit (Chapter 61 Note 3, Chapter 62 Note 3: a suit's jacket; the Explanatory
    # Notes to 61.03 and 62.03: jackets and blazers); a jacket not named so is outerwear, one of
    # the 'similar articles' of headings 6101/6102/6201/6202 (anoraks, wind-jackets).
    _garment(
        "jacket",
        ("blazer", "suit jacket", "suit-type jacket", "sport coat", "tailored jacket", "tuxedo"),
        ("6103", "6104", "6203", "6204"),
        "headings 6103/6104/6203/6204 (jackets and blazers of the tailored kind, Chapter 61 "
        "Note 3, Chapter 62 Note 3)",
    ),
    dataclasses.replace(
        _garment(
            "outer_jacket",
            ("jacket",),
            ("6101", "6102", "6201", "6202"),
            "headings 6101/6102/6201/6202 (anoraks, wind-jackets and similar articles: a jacket "
            "not of the tailored kind of 6103/6104/6203/6204)",
        ),
        unless=(*APPAREL_UNLESS, "suit", "suit-type", "blazer", "sport coat", "tailored", "tuxedo"),
    ),
    _garment(
        "trousers",
        (
            "trousers",
            "pants",
            "jeans",
            "shorts",
            "breeches",
            "legging",
            "sweatpants",
            "joggers",
            "overalls",
            "ensemble",
        ),
        ("6103", "6104", "6203", "6204"),
        "headings 6103/6104/6203/6204 (ensembles, trousers, overalls, breeches and shorts)",
    ),
    _garment(
        "dress",
        ("dress", "skirt", "divided skirt", "sundress", "gown"),
        ("6104", "6204"),
        "headings 6104/6204 (women's or girls' dresses and skirts)",
    ),
    _garment(
        "shirt",
        ("shirt", "blouse", "shirt-blouse", "polo shirt"),
        ("6105", "6106", "6205", "6206"),
        "headings 6105/6106/6205/6206 (shirts, blouses and shirt-blouses)",
    ),
    _garment(
        "t_shirt",
        ("t-shirt", "tshirt", "tee shirt", "singlet", "tank top", "camisole"),
        ("6109", "6207", "6208"),
        "heading 6109 (T-shirts, singlets and other vests, knitted), 6207/6208 (singlets)",
    ),
    _garment(
        "sweater",
        (
            "sweater",
            "pullover",
            "cardigan",
            "sweatshirt",
            "hoodie",
            "hooded sweatshirt",
            "waistcoat",
        ),
        ("6110", "6211"),
        "heading 6110 (jerseys, pullovers, cardigans, waistcoats, knitted), 6211 (not knitted)",
    ),
    _garment(
        "nightwear",
        (
            "pajama",
            "pyjama",
            "pajama pant",
            "pyjama pant",
            "sleep pant",
            "nightgown",
            "nightdress",
            "nightshirt",
            "sleepwear",
            "bathrobe",
            "robe",
            "dressing gown",
            "negligee",
        ),
        ("6107", "6108", "6207", "6208"),
        "headings 6107/6108/6207/6208 (nightshirts, nightdresses, pyjamas, bathrobes)",
    ),
    _garment(
        "underwear",
        ("underwear", "underpants", "panties", "brief", "boxer", "petticoat"),
        ("6107", "6108", "6109", "6207", "6208"),
        "headings 6107/6108/6207/6208 (underpants, briefs, slips) and 6109 (vests)",
    ),
    _garment(
        "brassiere",
        ("bra", "brassiere", "corset", "girdle", "shapewear"),
        ("6212",),
        "heading 6212 (brassieres, girdles, corsets and similar articles)",
    ),
    # Swimwear, ski suits and track suits have subheadings of their own within headings 6112
    # and 6211 (HS 2022 subheading texts): the rule names those subheadings, not the headings,
    # whose residual 'other garments' (6211.3x/4x) would otherwise take a bikini (ski suits:
    # article_rules_goods 'ski_suit').
    _garment(
        "swimwear",
        (
            "swimsuit",
            "swimwear",
            "bikini",
            "swim trunk",
            "swim bottom",
            "swim short",
            "swim boxer",
            "swim brief",
            "swimming trunk",
            "board short",
            "swim top",
            "bathing suit",
        ),
        SWIMWEAR,
        "subheadings 6112.31, 6112.39, 6112.41, 6112.49, 6211.11 and 6211.12 (swimwear)",
    ),
    _garment(
        "track_suit",
        ("tracksuit", "track suit"),
        TRACK_SUITS,
        "subheadings 6112.11, 6112.12, 6112.19 (track suits) and 6211.32, 6211.33, 6211.39, "
        "6211.42, 6211.43, 6211.49 (track suits and other garments)",
    ),
)

APPAREL = frozenset({"apparel", *(g.name for g in GARMENTS)})  # garments: chapters 61 and 62

PERSONAL: tuple[ArticleRule, ...] = (
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
        refines="ornament",  # a Christmas figurine is a festive article, not an ornament
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
        "watch_part",
        (
            "watch strap",
            "watch band",
            "watchband",
            "watch bracelet",
            "watch case",
            "watch dial",
            "watch part",
            "watch bezel",
            "watch crown",
        ),
        ("9111", "9113", "9114"),
        "headings 9111 (watch cases and parts thereof), 9113 (watch straps, watch bands and "
        "watch bracelets), 9114 (other clock or watch parts)",
    ),
    ArticleRule(
        "watch_movement",
        ("watch movement", "mechanical movement", "quartz movement", "automatic movement"),
        ("9108",),
        "heading 9108 (watch movements, complete and assembled); heading 9110 only for "
        "movements not assembled",
    ),
    ArticleRule(
        "fishing",
        ("fishing", "fishing rod", "fishing reel", "fishing lure", "lure", "fish hook"),
        ("9507",),
        "heading 9507 (fishing rods, fish-hooks, other line fishing tackle)",
        unless=MAKING_TACKLE,
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
            "jumpsuit",
            "romper",
            "vest",
            "costume",
            "lingerie",
        ),
        ("61", "62"),
        "Chapter 61 (knitted or crocheted) and Chapter 62 (not knitted) headings; Chapter 61 "
        "Note 9 / Chapter 62 Note 8 (garments not identifiable as men's are women's)",
        # "DIY Apparel Sewing Supplies" files the trimmings garments are made with, not garments
        unless=(*APPAREL_UNLESS, "sewing supply"),
        question=APPAREL_Q,
    ),
    *GARMENTS,
    ArticleRule(
        "leather_apparel",
        (
            "leather pant",
            "leather trouser",
            "leather jacket",
            "leather coat",
            "leather skirt",
            "leather dress",
            "leather vest",
            "leather sweatpant",
            "leather jogger",
            "leather legging",
            "leather short",
        ),
        ("4203",),
        "heading 4203 (articles of apparel, of leather or of composition leather); "
        "Chapter 62 Note 1 (textile fabric only)",
        unless=("faux", "pu", "vegan", "artificial", "synthetic", "imitation"),
        refines="apparel",
        # "Pants & Capris" says a pant; "genuine leather sweatpants" anywhere says which
        refines_from_text=True,
        over_siblings=True,  # a leather garment, whatever garment is named after it
    ),
    ArticleRule(
        "hosiery",
        ("sock", "stocking", "tights", "pantyhose"),
        ("6115",),
        "heading 6115 (pantyhose, tights, stockings, socks and other hosiery)",
    ),
    ArticleRule(
        "headwear",
        (
            "hat",
            "baseball cap",
            "peaked cap",
            "trucker cap",
            "knit cap",
            "knitted cap",
            "sun cap",
            "flat cap",
            "beanie",
            "beret",
            "headband",
            "bonnet",
        ),
        ("65",),
        "Chapter 65 (headgear), heading 6505 for knitted or textile hats; a bare 'cap' is as "
        "often a bottle, lens or toe cap and names no headgear",
        unless=("bottle", "lens", "valve", "nut", "screw", "bolt", "pen", "toe cap"),
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
        # not "insole": shoe listings name it as an attribute ("Insole Material: PU"); an
        # in-sole named after the shoe is heading 6406 (footwear_part, the later noun)
        unless=("shoe rack", "shoe horn", "shoelace", "lace", "cover", "bag", "polish"),
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
        # "Jewelry Packaging & Display" files boxes, bags and stands for jewellery (4202, 4819,
        # 3926 ...), not jewellery
        unless=("karat", "sterling", "platinum", "jewellery packaging"),
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
        refines_from_text=True,
        unless=("plated", "gold-plated", "silver-plated", "tone"),
    ),
    ArticleRule(
        "stone_jewellery",
        (
            "natural stone",
            "cubic zirconia",
            "zirconia",
            "moissanite",
            "gemstone",
            "semi-precious stone",
            "agate",
            "jade",
            "turquoise",
            "amethyst",
            "rose quartz",
            "tiger eye",
            "obsidian",
            "lapis lazuli",
            "moonstone",
            "garnet",
            "sapphire",
            "ruby",
            "emerald",
        ),
        ("7116", "7113", "7103"),
        "heading 7116 (articles of precious or semi-precious stones, natural, synthetic or "
        "reconstructed); Chapter 71 Note 11 leaves articles with such stones out of imitation "
        "jewellery; loose stones 7103",
        refines="jewellery",
        refines_from_text=True,
        unless=("imitation", "faux", "artificial", "acrylic", "plastic", "resin", "glass"),
        question=PRECIOUS_Q,
    ),
    ArticleRule(
        "pearl_jewellery",
        ("pearl necklace", "pearl earring", "pearl bracelet", "freshwater pearl", "keshi pearl"),
        ("7116",),
        "heading 7116 (articles of natural or cultured pearls); Chapter 71 Note 9",
        refines="jewellery",
        refines_from_text=True,
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
)
