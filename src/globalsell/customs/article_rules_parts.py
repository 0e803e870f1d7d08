"""Article rules, part 4: goods that keep their own heading when sold as a part of something
else. Section XV Note 2 defines the "parts of general use" (screws, springs, chains, locks,
mountings, wire rope of base metal, and similar goods of plastics in Chapter 39); Section XVI
Note 1(g) and Section XVII Note 2(b) keep them out of the parts headings of machines and
vehicles, Section XVII Note 2(e) keeps out valves (8481), bearings (8482) and transmission parts
(8483), Note 2(a) rubber transmission belts and gaskets, and Section XVI Note 2(a) keeps any good
named by a heading of chapter 84 or 85 in that heading. A "gear for an RC car" or a "lock for a
Hyundai" is therefore a gear (8483) or a lock (8301), not a part of the car. Matching is in
`articles`; the parts of machines themselves are in `parts`."""

from __future__ import annotations

import dataclasses

from globalsell.customs.article_rules import ArticleRule

GENERAL_USE = (
    "Section XV Note 2 (parts of general use); Section XVI Note 1(g); Section XVII Note 2(b)"
)

# Rivets and studs on shoes, bags and garments, and "pumps" (a shoe style), name how the goods
# look, not the goods: the article rule yields when the text names such goods.
ON_WEAR = ("shoe", "boot", "sneaker", "heel", "sandal", "bag", "jacket", "dress", "jean")

_PARTS_GOODS: tuple[ArticleRule, ...] = (
    ArticleRule(
        "screw",
        ("screw", "bolt", "hex nut", "lock nut", "wing nut", "rivet", "washer", "threaded rod"),
        ("7318", "7415", "7616", "3926"),
        f"heading 7318 (screws, bolts, nuts, rivets, washers; of copper 7415, of aluminium "
        f"7616, of plastics 3926); {GENERAL_USE}",
        unless=("washing machine", "dishwasher", "pressure washer") + ON_WEAR,
        by_material=True,
    ),
    ArticleRule(
        "spring",
        ("coil spring", "compression spring", "tension spring", "torsion spring", "leaf spring"),
        ("7320",),
        f"heading 7320 (springs and leaves for springs, of iron or steel); {GENERAL_USE}",
    ),
    ArticleRule(
        "chain",
        ("roller chain", "drive chain", "bicycle chain", "bike chain", "motorcycle chain"),
        ("7315",),
        f"heading 7315 (chain and parts thereof, of iron or steel); {GENERAL_USE}",
    ),
    ArticleRule(
        "lock",
        ("lock", "padlock", "door lock", "latch"),
        ("8301",),
        f"heading 8301 (padlocks and locks, clasps and frames with clasps); {GENERAL_USE}",
        unless=("lock nut", "lock washer", "hair", "lockstitch"),
    ),
    ArticleRule(
        "wire_rope",
        ("wire rope", "steel cable", "galvanized cable", "stranded wire"),
        ("7312",),
        f"heading 7312 (stranded wire, ropes, cables of iron or steel); {GENERAL_USE}",
        # the cord of a toy set is part of the toy (GRI 3(b), Chapter 95 Note 3)
        unless=("toy",),
    ),
    ArticleRule(
        "valve",
        ("valve",),
        ("8481",),
        "heading 8481 (taps, cocks, valves for pipes, tanks, vats); Section XVII Note 2(e); "
        "Section XVI Note 2(a)",
        unless=("heart valve",),
    ),
    ArticleRule(
        "bearing",
        ("bearing", "ball bearing", "roller bearing", "plain bearing"),
        ("8482", "8483"),
        "heading 8482 (ball or roller bearings), 8483 (bearing housings, plain shaft "
        "bearings); Section XVII Note 2(e); Section XVI Note 2(a)",
    ),
    ArticleRule(
        "transmission",
        ("gear", "pinion", "pulley", "gearbox", "shaft coupling", "flywheel", "clutch"),
        ("8483",),
        "heading 8483 (transmission shafts, gears, gearing, flywheels, pulleys, clutches, "
        "shaft couplings); Section XVII Note 2(e); Section XVI Note 2(a)",
        unless=("fishing", "camping", "rain", "gear bag", "sport", "outdoor"),
    ),
    ArticleRule(
        "transmission_belt",
        ("drive belt", "timing belt", "v-belt", "transmission belt", "conveyor belt"),
        ("4010", "3926"),
        "heading 4010 (conveyor or transmission belts or belting, of vulcanised rubber; of "
        "plastics 3926); Section XVI Note 1(a); Section XVII Note 2(a)",
    ),
    ArticleRule(
        "gasket",
        ("gasket", "o-ring", "oil seal", "sealing ring"),
        ("4016", "8484"),
        "subheading 4016.93 (gaskets, washers and other seals of vulcanised rubber), heading "
        "8484 (gaskets of metal sheeting; mechanical seals); Section XVII Note 2(a)",
    ),
    ArticleRule(
        "electric_motor",
        ("electric motor", "dc motor", "stepper motor", "servo motor", "brushless motor"),
        ("8501",),
        "heading 8501 (electric motors and generators); Section XVI Note 2(a)",
        unless=("brush",),  # a motor's carbon brush is heading 8545
    ),
    ArticleRule(
        "pump",
        ("pump", "water pump", "fuel pump", "oil pump", "air pump", "tire pump", "tyre pump"),
        ("8413", "8414"),
        "heading 8413 (pumps for liquids), 8414 (air or vacuum pumps); Section XVI Note 2(a)",
        unless=("breast pump", "pump bottle", "lotion pump", "pump dispenser") + ON_WEAR,
    ),
    ArticleRule(
        "switch",  # plain "switch", "relay": the electronics rule (chapter 85)
        ("rocker switch", "toggle switch", "push button switch", "limit switch", "fuse"),
        ("8536", "8535"),
        "heading 8536 (apparatus for switching or protecting electrical circuits, <= 1000 V: "
        "switches, relays, fuses); Section XVI Note 2(a); Section XVII Note 2(f)",
    ),
    ArticleRule(
        "tyre",
        ("tyre", "tire", "inner tube"),
        ("4011", "4013"),
        "heading 4011 (new pneumatic tyres, of rubber), 4013 (inner tubes, of rubber)",
    ),
    ArticleRule(
        "spark_plug",
        ("spark plug", "glow plug", "ignition coil"),
        ("8511",),
        "heading 8511 (electrical ignition or starting equipment: sparking plugs, ignition "
        "coils); Section XVII Note 2(f)",
    ),
    ArticleRule(
        "vehicle_light",
        ("headlight", "headlamp bulb", "tail light", "taillight", "turn signal", "fog light"),
        ("8512", "8539"),
        "heading 8512 (electrical lighting or signalling equipment of a kind used for cycles "
        "or motor vehicles), 8539 (lamps, bulbs); Section XVII Note 2(f)",
        unless=("sticker", "trim", "cover"),
    ),
    ArticleRule(
        "rear_view_mirror",
        ("rear-view mirror", "rearview mirror", "rear view mirror", "side mirror"),
        ("7009",),
        "subheading 7009.10 (rear-view mirrors for vehicles); Section XVII Note 2(b)",
    ),
    ArticleRule(
        "electronic_tube",
        ("magnetron", "vacuum tube", "cathode ray tube", "klystron"),
        ("8540",),
        "heading 8540 (thermionic, cold cathode or photo-cathode valves and tubes: "
        "magnetrons, klystrons, cathode ray tubes); Section XVI Note 2(a)",
    ),
)

# every good of general use keeps its own heading whatever machine the category path names
PARTS_GOODS: tuple[ArticleRule, ...] = tuple(
    dataclasses.replace(rule, own_heading=True) for rule in _PARTS_GOODS
)
