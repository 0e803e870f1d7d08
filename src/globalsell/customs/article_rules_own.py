"""Article rules, part 5: goods with a heading of their own that a marketplace files under the
article they are used to make or the device they resemble (issue 17, the chapter). Loose beads
and cabochons are materials for jewellery, not jewellery (Chapter 71 Note 9 and the heading
texts of 7018, 8308); feathers, cone heads and tinsel sold for tying flies are not fishing
tackle (heading 9507 names the finished tackle); a smartwatch is a data transceiver (8517.62)
before a watch; a lawn mower, robot or not, is named by heading 8433; a sim-racing pedal set or
a gamepad is a video-game accessory (9504.50); a carbon brush is heading 8545, not a part of
the grinder it fits. Each entry cites its heading text, note or
General Rule of Interpretation; matching is in `articles`."""

from __future__ import annotations

from globalsell.customs.article_rules import MAKING_TACKLE, ArticleRule

# natural stones and pearls are headings 7101-7103 and 7116, which no material word names:
# a bead of them is left to the jewellery and stone rules
STONES = (
    "pearl",
    "agate",
    "jade",
    "natural stone",
    "gemstone",
    "semi-precious",
    "turquoise",
    "amethyst",
    "quartz",
    "jasper",
    "lapis",
    "onyx",
    "tiger eye",
    "obsidian",
    "howlite",
    "moonstone",
    "sterling",
    "karat",
)

OWN: tuple[ArticleRule, ...] = (
    ArticleRule(
        "loose_bead",
        (
            "bead",
            "loose bead",
            "spacer bead",
            "seed bead",
            "glass bead",
            "crystal bead",
            "acrylic bead",
            "resin bead",
            "cabochon",
            "glass cabochon",
            "glass rhinestone",
            "flat back rhinestone",
            "hotfix rhinestone",
            "loose rhinestone",
        ),
        ("7018", "3926", "8308"),
        "Chapter 71 Note 9: jewellery is a finished article of personal adornment, and a loose "
        "bead or cabochon is a material for making one; it goes by material (GRI 1): heading "
        "7018 (glass beads, imitation pearls and imitation precious stones of glass), 3926 "
        "(articles of plastics: US 3926.90.35 beads not strung), 8308 (beads and spangles, "
        "of base metal); natural stones and pearls are left to headings 7101-7103 and 7116",
        question="What are the beads made of: glass, plastic or resin, base metal, or natural "
        "stone or pearl?",
        by_material=True,
        unless=(
            *STONES,
            "kit",
            "toy",
            "bead curtain",
            "beaded curtain",
            "seat cushion",
            "seat cover",
            "bead maze",
            "fuse bead",
            "perler",
            "hama",
            "water bead",
            "led bead",
            "lamp bead",
            "prayer bead",
            # stones strung or set in a chain or fringe are an article, not loose stones
            "rhinestone chain",
            "cup chain",
            "fringing",
            "fringe",
        ),
        own_heading=True,
    ),
    ArticleRule(
        "tackle_material",
        (*MAKING_TACKLE, "fly-tying", "fly tying material"),
        ("6701", "7419", "7326", "3926", "5605"),
        "heading 9507 names fishing rods, hooks and other line fishing tackle, the finished "
        "goods; materials sold for tying flies or making lures go by what they are (GRI 1): "
        "6701 (feathers and skins with feathers, Chapter 67 Note 1), 7419 (articles of copper, "
        "brass cone heads and beads), 7326 (of steel), 3926 (of plastics), 5605 (metallised "
        "yarn, tinsel)",
        question="What is the material: feathers, brass or steel, plastic, or tinsel?",
        by_material=True,
        unless=("fly tying vise", "vise", "tying tool", "bobbin holder"),
        own_heading=True,
    ),
    ArticleRule(
        "smartwatch",
        ("smartwatch", "smart watch", "smart band", "smart bracelet", "fitness tracker"),
        ("851762",),
        "subheading 8517.62 (machines for the reception, conversion and transmission or "
        "regeneration of voice, images or other data): a smartwatch that pairs with a phone "
        "for calls and data has that as its principal function (GRI 3(b)); headings "
        "9101/9102 are watches whose function is to tell the time",
        unless=(
            "watch strap",
            "watch band",
            "replacement strap",
            "replacement band",
            "screen protector",
            "protective case",
            "protector case",
            "tempered glass",
            "charging cable",
            "charger cable",
            "charging dock",
            "charging stand",
            "toy",
        ),
        # "Smart Watch Bluetooth Call": the electronics word after it does not take it back
        refines="electronics",
    ),
    ArticleRule(
        "lawn_mower",
        (
            "lawn mower",
            "lawnmower",
            "robot mower",
            "robotic mower",
            "robot lawn mower",
            "robotic lawn mower",
            "mowing robot",
            "reel mower",
        ),
        ("843311", "843319"),
        "subheadings 8433.11/8433.19 (mowers for lawns, parks or sports-grounds): GRI 3(a), "
        "the heading that names the mower is more specific than electro-mechanical domestic "
        "appliances (8509) or electrical machines n.e.s. (8543), whatever drives it",
        # the category path is read too: "Agricultural Machinery Parts & Accessories" files
        # mowers, so only the words naming a part of one cancel the rule
        unless=(
            "mower blade",
            "mower part",
            "mower wheel",
            "mower cover",
            "replacement blade",
            "toy",
        ),
    ),
    ArticleRule(
        "game_controller",
        (
            "sim racing",
            "racing simulator",
            "racing wheel",
            "gaming wheel",
            "gamepad",
            "game pad",
            "game controller",
            "gaming controller",
        ),
        ("950450",),
        "subheading 9504.50 (video game consoles and machines, and their parts and "
        "accessories in the national lines): a controller or pedal set for playing video "
        "games is a game accessory (Chapter 95 Note 3), not a vehicle's brake part nor a "
        "sensor of chapter 85",
        unless=(
            "controller case",
            "carrying case",
            "controller skin",
            "thumb grip",
            "charging dock",
            "charging station",
            "controller holder",
            "controller stand",
            "wheel stand",
        ),
    ),
    ArticleRule(
        "carbon_brush",
        ("carbon brush", "motor brush"),
        ("854520",),
        "subheading 8545.20 (carbon brushes): Section XVI Note 2(a), a good named by a heading "
        "of chapter 84 or 85 stays there, not in the parts heading of the power tool or motor "
        "it is fitted to",
        own_heading=True,
    ),
    ArticleRule(
        "enzyme",
        (
            "enzyme",
            "polymerase",
            "protease",
            "lipase",
            "amylase",
            "cellulase",
            "lactase",
            "transferase",
            "ligase",
            "kinase",
            "pepsin",
            "papain",
            "bromelain",
            "rennet",
        ),
        ("3507",),
        "heading 3507 (enzymes; prepared enzymes not elsewhere specified): an enzyme named by "
        "its class goes to its own heading, not to the chemicals or the reagent kit it serves "
        "(GRI 1; Chapter 38 Note 1 leaves heading 3507 to chapter 35)",
        unless=("detergent", "washing", "laundry", "supplement", "capsule", "tablet"),
    ),
)
