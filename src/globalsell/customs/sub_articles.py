"""Subheadings that the article decides, not the material: a subheading that names one article
covers only goods that name it (NARROW), and one left for the articles not named before it
steps back for goods that name one of those (EXCLUDED). Legal sources beside each rule (GRI 6:
subheadings are compared by their own terms and the subheading notes). Whole words only; nothing
here is taken from the evaluation data."""

from __future__ import annotations

import re


def _pattern(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(fragments) + r")\b", re.I)


_SKI = (
    "ski[- ]?boots?",
    "ski (?:shoes|footwear)",
    "cross-country ski",
    "snowboard(?:ing)? boots?",
)
_SPORTS = (
    *_SKI,
    # spikes as the shoe's grip, not studs and spikes as decoration
    "spike(?:s|d)? (?:shoes?|soles?)",
    "(?:running|track|sprint|golf) spikes",
    "sprigs?",
    "cleats?",
    "cleated",
    "football boots?",
    "soccer (?:shoes?|boots?)",
    "rugby boots?",
    "(?:ice|roller|inline|figure) skates?",
    "skating (?:boots?|shoes?)",
    "wrestling (?:boots?|shoes?)",
    "boxing (?:boots?|shoes?)",
    "cycling shoes?",
)
_SPORTS_6404 = ("tennis shoes?", "basketball shoes?", "gym shoes?", "training shoes?")
# a boot covers the ankle; 'Upper coverage: Not above ankle' says it does not
_BOOTS = (
    "boots?",
    "booties",
    "bootie",
    "wellingtons?",
    "high[- ]tops?",
    "ankle[- ]high",
    "knee[- ]high",
    "(?<!not )above (?:the )?ankle",
)
_ANKLE_CODES = ("640192", "640291", "640351", "640391")
# Chapter 64 Note 4(b): the outer sole is the part in contact with the ground; the lines 'with
# outer soles of leather' are for a product that says its outer sole is leather
_LEATHER_SOLE = (
    r"leather (?:outer )?(?:soles?|outsoles?)",
    r"(?:outsole|outer sole|sole)(?: material)?\s*[:=]\s*(?:genuine |real |cow )?leather",
)
_HANDBAG = (
    "handbags?",
    "hand bags?",
    "shoulder bags?",
    "tote bags?",
    "totes?",
    "clutch(?:es| bags?)?",
    "crossbody bags?",
    "underarm bags?",
    "bucket bags?",
    "hobo bags?",
)
_POCKET = (
    "wallets?",
    "card (?:holders?|cases?)",
    "coin (?:purses?|pouch(?:es)?)",
    "key (?:cases?|pouch(?:es)?|holders?)",
    "cigarette cases?",
    "tobacco pouch(?:es)?",
    "spectacle cases?",
    "glasses cases?",
    "passport (?:holders?|covers?)",
)
_ENSEMBLE = (
    "ensembles?",
    "sets?",
    "outfits?",
    "two-piece",
    "three-piece",
    r"\d\s?(?:pcs|pieces?)",
    "co-ords?",
    "suits?",
)
_SUIT = ("suits?", "tuxedos?", "suit jackets?")
_ENSEMBLE_CODES = tuple(
    f"{h}{s}"
    for h in ("6103", "6104", "6203", "6204")
    for s in ("21", "22", "23", "29")
    if not (h == "6103" and s == "21")
)
_SUIT_CODES = ("610310", "610413", "610419", "620311", "620312", "620319") + tuple(
    f"6204{s}" for s in ("11", "12", "13", "19")
)
# HS 8211.91-8211.95: table knives, other fixed blades, other than fixed blades, handles
_TABLE_KNIVES = (
    "table knives",
    "table knife",
    "dinner knives",
    "dinner knife",
    "steak knives",
    "steak knife",
    "butter knives",
    "butter knife",
)
_NOT_FIXED = (
    "folding",
    "foldable",
    "pocket knives",
    "pocket knife",
    "switchblades?",
    "otf",
    "out the front",
    "butterfly knives",
    "butterfly knife",
    "balisong",
    "retractable",
    "pruning knives",
    "pruning knife",
)
_HANDLES = (
    "knife handles?(?! material| length)",
    "handles? for (?:a |the )?knives",
    "handles? for (?:a |the )?knife",
    "handle scales",
    "knife scales",
)
_FLUID_POWER_VALVE = (
    r"(?:oleo)?hydraulic(?: [a-z-]+){0,3} valves?",
    r"pneumatic(?: [a-z-]+){0,3} valves?",
)
# heading 8510: shavers (8510.10), hair clippers (8510.20) and hair-removing appliances
# (8510.30); an epilator plucks hair out, it is the last of those whatever else the listing
# calls it (GRI 3(a): the most specific description)
_EPILATOR = ("epilators?", "depilators?")
_HAIR_REMOVING = (*_EPILATOR, r"hair[- ]remov(?:al|ers?|ing)")
# heading 8423 ends with 'weighing machine weights of all kinds' (8423.90): a set of weights
# for a scale or balance is not itself a weighing machine of 8423.10-8423.89
_WEIGHTS = (r"(?:calibration|scale|balance|test|weighing) weights?", "weights? sets?")
# heading 8433 is harvesting machinery for agricultural produce; forestry machinery is named
# by heading 8436 (other agricultural, horticultural, forestry ... machinery)
_FORESTRY = ("forestry", r"tree harvesters?", "feller bunchers?", r"timber harvesters?")
_DRESS_CODES = ("610441", "610442", "610443", "610444", "610449") + tuple(
    f"6204{s}" for s in ("41", "42", "43", "44", "49")
)
_SKIRT_CODES = tuple(f"{h}{s}" for h in ("6104", "6204") for s in ("51", "52", "53", "59"))
# Subheadings that cover one named article only; a product that does not name it is not there.
NARROW: dict[str, tuple[str, ...]] = {
    # subheading 7117.11: cuff links and (shirt or dress) studs, not stud earrings
    "711711": ("cuff ?links?", "cufflinks?", "shirt studs?", "dress studs?"),
    # heading 4202 splits by article before material: handbags (4202.2x) and articles
    # carried in the pocket or handbag (4202.3x) are named; trunks, suitcases "and similar
    # containers" (4202.1x) and the other cases (4202.9x) are left open
    **dict.fromkeys(("420221", "420222", "420229"), _HANDBAG),
    **dict.fromkeys(("420231", "420232", "420239"), _POCKET),
    # Chapter 61 Note 3 and Chapter 62 Note 3: suits and ensembles are sets of garments put up
    # together; a single pair of trousers, a skirt or a dress is not one
    **dict.fromkeys(_ENSEMBLE_CODES, _ENSEMBLE),
    **dict.fromkeys(_SUIT_CODES, _SUIT),
    # headings 6104 and 6204 split by the garment: dresses (6104.4x, 6204.4x) and skirts and
    # divided skirts (6104.5x, 6204.5x) are named articles
    **dict.fromkeys(_DRESS_CODES, ("dress(?:es)?", "gowns?", "sundress(?:es)?", "frocks?")),
    **dict.fromkeys(_SKIRT_CODES, ("skirts?", "skorts?", "culottes")),
    # Chapter 64 Subheading Note 1: 'sports footwear' is only footwear designed for a sporting
    # activity with (provision for) spikes, sprigs, cleats, stops, clips or bars, and skating,
    # ski, snowboard, wrestling and boxing boots and cycling shoes; 6404.11 also names tennis,
    # basketball, gym and training shoes. 'Sport shoes' and sneakers are not named.
    **dict.fromkeys(("640212", "640312"), _SKI),
    **dict.fromkeys(("640219", "640319"), _SPORTS),
    "640411": _SPORTS + _SPORTS_6404,
    # subheadings 6401.92, 6402.91, 6403.51, 6403.91: footwear covering the ankle (boots)
    **dict.fromkeys(_ANKLE_CODES, _BOOTS),
    **dict.fromkeys(("640320", "640351", "640359", "640420"), _LEATHER_SOLE),
    # heading 8211: 8211.91 is for table knives, 8211.93 for blades that are not fixed, and
    # 8211.95 for handles of base metal (the nomenclature's text: 'Knives; with handles of
    # base metal'), not for a knife whose handle is of metal
    "821191": _TABLE_KNIVES,
    "821193": _NOT_FIXED,
    "821195": _HANDLES,
    "851030": _HAIR_REMOVING,
}
# Subheadings that a named article rules out: the one named has its own subheading.
EXCLUDED: dict[str, tuple[str, ...]] = {
    # subheadings 6402.99, 6403.59, 6403.99 are for footwear not covering the ankle
    **dict.fromkeys(("640299", "640359", "640399"), _BOOTS),
    # subheadings 4202.91-4202.99 are the cases and containers not named before them (GRI 6):
    # not handbags (4202.2x), not articles carried in the pocket or handbag (4202.3x)
    **dict.fromkeys(("420291", "420292", "420299"), _HANDBAG + _POCKET),
    # subheading 8211.93 is for knives having other than fixed blades
    "821193": ("fixed blades?", "fixed-blade"),
    # subheading 8481.20 takes valves of every kind (pressure-reducing, check, safety or
    # relief, other) made for transmitting fluid power in a hydraulic or pneumatic system (its
    # Subheading Explanatory Note): a hydraulic or pneumatic valve is not 8481.10/.30/.40/.80
    **dict.fromkeys(("848110", "848130", "848140", "848180"), _FLUID_POWER_VALVE),
    # an epilator is not a shaver or hair clipper (8510.10/.20): it is 8510.30
    **dict.fromkeys(("851010", "851020"), _EPILATOR),
    # weights for weighing machines are 8423.90, not a weighing machine of 8423.10-8423.89
    **dict.fromkeys(("842310", "842320", "842330", "842381", "842382", "842389"), _WEIGHTS),
    # forestry machinery is heading 8436, not the harvesting machinery of 8433.5x
    **dict.fromkeys(("843351", "843352", "843353", "843359"), _FORESTRY),
}
_NARROW = {code: _pattern(words) for code, words in NARROW.items()}
_EXCLUDED = {code: _pattern(words) for code, words in EXCLUDED.items()}
RULED = frozenset(NARROW) | frozenset(EXCLUDED)  # the subheadings an article rule can move


def names_article(subheading: str, text: str) -> bool:
    """False for a NARROW subheading whose article the text does not name, and for an EXCLUDED
    subheading whose ruled-out article it names."""
    text = text.replace("_", " ")  # 'New_925_Silver_Pendant' is four words
    pattern = _NARROW.get(subheading)
    if pattern is not None and not pattern.search(text):
        return False
    excluded = _EXCLUDED.get(subheading)
    return excluded is None or not excluded.search(text)
