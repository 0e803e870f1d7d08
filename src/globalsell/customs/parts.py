"""Parts and accessories of machines, vehicles and instruments: the legal rules, as data.

A part suitable for use solely or principally with a particular machine goes with that machine,
in the heading the notes give its parts (Section XVI Note 2(b), Section XVII Note 3, Chapter 90
Note 2(b), Chapter 91 Note 4, Chapter 92 Note 2, Chapter 95 Note 3). What the part serves is
read from the text ("for X", "compatible with X", "fits X", "replacement for X", "适用于 X") or
from the category path ("Motorcycle Parts", "Vacuum Cleaner Parts"); that it is a part from a
word that says so ("part", "replacement", "spare", and for vehicles, whose parts headings cover
accessories too, "accessory"; "配件") in the title or the category path.

A good named by its own heading stays there (Section XVI Note 2(a), the parts of general use of
Section XV Note 2 excluded by Section XVI Note 1(g) and Section XVII Note 2): the rule yields
when an article rule names the title's head (see `article_rules_parts` for those goods). Like
the article rules, this rule favours codes and never excludes any.

Written for globalsell from the HS 2022 notes and heading texts; no entry is taken from the
evaluation data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from globalsell.customs.article_rules import ArticleRule
from globalsell.customs.articles import Match, words


@dataclass(frozen=True)
class Served:
    """What a part serves, the heading or subheading of its parts, and the note saying so."""

    name: str
    words: tuple[str, ...]  # phrases naming the machine, matched as whole stemmed words
    targets: tuple[str, ...] | str
    source: str
    accessories: bool = False  # the parts heading covers accessories too


XVI = "Section XVI Note 2(b)"
XVII = "Section XVII Note 3 (parts and accessories suitable solely or principally for use with)"

SERVED: tuple[Served, ...] = (
    Served(
        "motor_vehicle",
        ("car", "auto", "automobile", "automotive", "vehicle", "truck", "suv", "tractor"),
        "8708",
        f"heading 8708 (parts and accessories of the motor vehicles of 8701 to 8705); {XVII}",
        accessories=True,
    ),
    Served(
        "motorcycle",
        ("motorcycle", "motorbike", "dirt bike", "moped"),
        "871410",
        f"subheading 8714.10 (parts and accessories of motorcycles); {XVII}",
        accessories=True,
    ),
    Served(
        "cycle",
        ("bicycle", "bike", "cycling", "mtb", "road bike", "mountain bike"),
        ("871491", "871492", "871493", "871494", "871495", "871496", "871499"),
        f"subheadings 8714.91 to 8714.99 (parts and accessories of bicycles and other "
        f"cycles); {XVII}",
        accessories=True,
    ),
    Served(
        "baby_carriage",
        ("stroller", "pram", "pushchair", "baby carriage"),
        "871500",
        "heading 8715 (baby carriages and parts thereof)",
        accessories=True,
    ),
    Served(
        "drone",
        ("drone", "quadcopter", "uav"),
        "880730",
        f"subheading 8807.30 (parts of unmanned aircraft); {XVII}",
        accessories=False,
    ),
    Served(
        "engine",
        ("engine",),
        "8409",
        f"heading 8409 (parts suitable for use solely or principally with the engines of 8407 "
        f"or 8408); {XVI}",
    ),
    Served(
        "valve",
        ("valve",),
        "848190",
        f"subheading 8481.90 (parts of taps, cocks, valves and similar appliances); {XVI}",
    ),
    Served(
        "pump",
        ("pump", "compressor"),
        ("841391", "841490"),
        f"subheadings 8413.91 (parts of pumps for liquids), 8414.90 (parts of air or vacuum pumps "
        f"and compressors); {XVI}",
    ),
    Served(
        "harvester",
        ("lawn mower", "lawnmower", "mower", "harvester", "combine harvester"),
        "843390",
        f"subheading 8433.90 (parts of harvesting machinery and mowers); {XVI}",
    ),
    Served(
        "construction_machine",
        ("excavator", "bulldozer", "forklift", "crane", "loader"),
        "8431",
        f"heading 8431 (parts of the machinery of 8425 to 8430); {XVI}",
    ),
    Served(
        "printer",
        ("printer", "copier", "photocopier"),
        "844399",
        f"subheading 8443.99 (parts and accessories of printers and copiers); {XVI}",
    ),
    Served(
        "textile_machine",
        ("loom", "knitting machine", "spinning machine", "embroidery machine"),
        "8448",
        f"heading 8448 (parts and accessories of the machines of 8444 to 8447); {XVI}",
    ),
    Served(
        "sewing_machine",
        ("sewing machine", "overlock machine", "serger"),
        "845290",
        f"subheading 8452.90 (parts of sewing machines); {XVI}",
    ),
    Served(
        "washing_machine",
        ("washing machine", "washer dryer", "laundry machine"),
        "845090",
        f"subheading 8450.90 (parts of household or laundry-type washing machines); {XVI}",
    ),
    Served(
        "machine_tool",
        ("lathe", "milling machine", "cnc", "machine tool", "drill press", "laser cutter"),
        "8466",
        f"heading 8466 (parts and accessories for use with the machines of 8456 to 8465); {XVI}",
    ),
    Served(
        "power_tool",
        ("power tool", "impact driver", "impact wrench", "angle grinder", "chainsaw", "jigsaw"),
        "8467",
        f"subheadings 8467.91 to 8467.99 (parts of tools for working in the hand); {XVI}",
    ),
    Served(
        "computer",
        ("computer", "laptop", "notebook computer", "macbook"),
        "847330",
        f"subheading 8473.30 (parts and accessories of the machines of 8471); {XVI}",
    ),
    Served(
        "vacuum_cleaner",
        ("vacuum cleaner", "robot vacuum", "robotic vacuum", "hoover"),
        "850870",
        f"subheading 8508.70 (parts of vacuum cleaners); {XVI}",
    ),
    Served(
        "food_appliance",
        ("blender", "juicer", "food processor", "stand mixer", "meat grinder"),
        "850990",
        f"subheading 8509.90 (parts of electro-mechanical domestic appliances); {XVI}",
    ),
    Served(
        "shaver",
        ("shaver", "electric razor", "hair clipper", "epilator", "beard trimmer"),
        "851090",
        f"subheading 8510.90 (parts of shavers, hair clippers and hair-removing appliances); {XVI}",
    ),
    Served(
        "heating_appliance",
        ("coffee machine", "coffee maker", "espresso machine", "kettle", "hair dryer", "microwave"),
        "851690",
        f"subheading 8516.90 (parts of the electro-thermic appliances of 8516); {XVI}",
    ),
    Served(
        "telephone",
        ("phone", "smartphone", "cellphone", "mobile phone", "iphone"),
        "851779",
        f"subheading 8517.79 (parts of telephone sets and other apparatus of 8517); {XVI}",
    ),
    Served(
        "audio",
        ("speaker", "headphone", "earphone", "headset", "earbud"),
        "851890",
        f"subheading 8518.90 (parts of microphones, loudspeakers, headphones); {XVI}",
    ),
    Served(
        "television",
        ("television", "tv", "projector", "monitor"),
        "852990",
        f"heading 8529 (parts for the apparatus of 8524 to 8528); {XVI}",
    ),
    Served(
        "watch",
        ("watch", "wristwatch", "clock"),
        "9114",
        "heading 9114 (other clock or watch parts); Chapter 91 Note 4",
    ),
    Served(
        "musical_instrument",
        ("guitar", "violin", "ukulele", "piano", "cello", "saxophone", "drum"),
        "9209",
        "heading 9209 (parts and accessories of musical instruments); Chapter 92 Note 2",
        accessories=True,
    ),
    Served(
        "game_console",
        ("game console", "playstation", "xbox", "nintendo switch", "gamepad"),
        "950490",
        "subheading 9504.90 (parts and accessories of video game consoles); Chapter 95 Note 3",
        accessories=True,
    ),
)

# "for", "compatible with", ... : what follows names what the goods serve (up to the next
# comma or clause); "适用于" (suitable for), "用于" (used for) in Chinese.
_SERVES = re.compile(
    r"\b(?:for|compatible\s+with|fits?|fit\s+for|suitable\s+for|replacement\s+for|"
    r"replaces?|used\s+(?:on|in|with))\b([^,;:|()]{1,80})|(?:适用于|用于)([^，,;；|]{1,40})",
    re.I,
)
# "used in X", "installed on X", "part of X": what follows is what the goods are built into, so
# the goods are its part (a good "used with" or "for" X may be an accessory or a tool). Not for
# vehicles: the machines and apparatus of chapters 84 and 85 built into them stay in their own
# headings (Section XVII Note 2(e), (f)), so there the text must still say "part".
_BUILT_INTO = re.compile(
    r"\b(?:used|installed|mounted|incorporated|fitted)\s+(?:in|on|into|inside)\b([^,;:|()]{1,80})"
    r"|\bparts?\s+of\b([^,;:|()]{1,80})",
    re.I,
)
# "valve part", "pump parts", "engine components": the machine named as the part's owner
_OWNER_PART = frozenset(words("part parts component components"))
_PART = frozenset(words("part parts replacement spare component"))
_ACCESSORY = frozenset(words("accessory accessories"))
_CN_PART = re.compile(r"配件|零件|备件")
_LEVEL = re.compile(r"\s*(?:>|/|\|)\s*")


@dataclass(frozen=True)
class Finding:
    served: Served
    phrase: str
    where: str  # "title" (a "for ..." clause) or "category"
    built_into: bool = False  # the text says the goods are built into it or are its part


def _phrase_table() -> dict[tuple[str, ...], Served]:
    """Each stemmed phrase naming a machine, to the first entry of SERVED naming it."""
    table: dict[tuple[str, ...], Served] = {}
    for s in SERVED:
        for w in s.words:
            table.setdefault(tuple(words(w)), s)
    return table


_PHRASES = _phrase_table()


def _served_in(toks: Sequence[str]) -> tuple[Served, str] | None:
    """The first machine named in the tokens (longest phrase at each place)."""
    for i in range(len(toks)):
        for size in (3, 2, 1):
            phrase = tuple(toks[i : i + size])
            if len(phrase) < size:
                continue
            s = _PHRASES.get(phrase)
            if s is not None:
                return s, " ".join(phrase)
    return None


def find(title: str, category: str | None) -> tuple[Finding | None, bool, bool]:
    """What the goods serve, and whether the title or category says they are a part (second)
    or an accessory (third)."""
    cat_levels = [p for p in _LEVEL.split(category or "") if p.strip()]
    title_words = set(words(title))
    cat_words = set(words(category or ""))
    part = bool(_PART & (title_words | cat_words)) or bool(_CN_PART.search(title))
    accessory = bool(_ACCESSORY & (title_words | cat_words))
    found: Finding | None = None
    for m in _BUILT_INTO.finditer(title):
        hit = _served_in(words(m.group(1) or m.group(2) or ""))
        if hit:
            return Finding(hit[0], hit[1], "title", built_into=True), part, accessory
    toks = words(title)
    for i in range(len(toks) - 1):
        if toks[i + 1] in _OWNER_PART:
            hit = _served_in(toks[max(0, i - 2) : i + 1])
            if hit and toks[i] == hit[1].split()[-1]:
                return Finding(hit[0], hit[1], "title", built_into=True), part, accessory
    for m in _SERVES.finditer(title):
        hit = _served_in(words(m.group(1) or m.group(2) or ""))
        if hit:
            found = Finding(hit[0], hit[1], "title")
            break
    if found is None:
        # the most specific category level that says "parts" or "accessories" and names a machine
        for level in reversed(cat_levels):
            toks = words(level)
            if (_PART | _ACCESSORY) & set(toks):
                hit = _served_in(toks)
                if hit:
                    found = Finding(hit[0], hit[1], "category")
                    break
    return found, part, accessory


def _names_machine(rule: Sequence[str], parts_codes: Sequence[str]) -> bool:
    """Whether a rule's codes cover the parts codes only as the wider machine heading."""
    return any(p.startswith(r) and len(p) > len(r) for p in parts_codes for r in rule)


def match(
    title: str, category: str | None, matches: Sequence[Match], weight: float
) -> Match | None:
    """The parts heading of the machine the goods serve, when the text says they are its part
    (or its accessory, where the heading covers accessories) and the title's head names no
    good of its own heading (nor does the rest of the text: "new for LG washing machine
    control panel" is a control panel, Section XVI Note 2(a)). A text saying the goods are
    built into the machine ("used in", "installed on", "valve part", "parts of a pump") needs
    no part word, and an article rule naming only that machine does not stop it."""
    if weight <= 0:
        return None
    found, part, accessory = find(title, category)
    if found is None:
        return None
    s = found.served
    targets = (s.targets,) if isinstance(s.targets, str) else s.targets
    built_into = found.built_into and not s.accessories
    if not (part or built_into or (accessory and s.accessories)):
        return None
    # an article rule pointing to the machine's heading, of which the parts are a finer code
    # ('valve' in "a spacer ring used in a valve": 8481, whose parts are 8481.90), names what the
    # goods serve, not the goods
    if any(
        m.where != "category" and not (built_into and _names_machine(m.rule.targets, targets))
        for m in matches
    ):
        return None
    rule = ArticleRule(f"parts_of_{s.name}", s.words, targets, s.source)
    return Match(rule, found.phrase, found.where, weight)
