"""Article rules, part 3: goods that are classified as articles of their material because the
heading a seller reaches for first does not cover them (a key chain is not jewellery, a phone
stand is not a part of a telephone, a shower caddy is sanitary ware, not furniture, a fabric
storage box is a made-up textile article, not a paper box). Each entry cites the heading text,
note or General Rule of Interpretation that decides it. Matching is in `articles`.

The targets are one heading per material (`by_material`): the classifier favours the heading of
the material the text names, and all of them when it names none of theirs."""

from __future__ import annotations

from globalsell.customs.article_rules import ELECTRIC_Q, SKI_SUITS, ArticleRule

MATERIAL_Q = "What is it made of: plastic, textile, wood, steel, aluminium or zinc alloy?"

GOODS: tuple[ArticleRule, ...] = (
    ArticleRule(
        "keychain",
        ("keychain", "key chain", "keyring", "key ring", "key fob", "bag charm"),
        ("3926", "7326", "7419", "7616", "7907", "8306", "4420", "4205", "6307"),
        "Chapter 71 Note 9: jewellery is personal adornment worn on the person (rings, "
        "bracelets, necklaces, ...) and pocket articles such as cigarette cases; a key chain is "
        "neither, so it is an article of its material (GRI 1): 3926 (plastics), 7326 (iron or "
        "steel), 7419 (copper), 7616 (aluminium), 7907 (zinc), 4205 (leather), 6307 (textile), "
        "8306 (base-metal ornaments)",
        question=MATERIAL_Q,
        by_material=True,
        unless=("making kit", "toy"),
    ),
    ArticleRule(
        "device_stand",
        (
            "phone stand",
            "phone holder",
            "phone mount",
            "phone bracket",
            "mobile phone stand",
            "mobile phone holder",
            "cell phone stand",
            "cell phone holder",
            "tablet stand",
            "tablet holder",
            "laptop stand",
            "laptop riser",
            "monitor stand",
            "monitor riser",
        ),
        ("3926", "7326", "7616", "4421", "4420"),
        "Section XVI Note 2(b): parts are goods suitable for use solely or principally with a "
        "machine; a stand that holds any phone, tablet or screen is not part of it, so it goes "
        "by material (GRI 1): 3926 (plastics), 7326 (iron or steel), 7616 (aluminium), "
        "4420/4421 (wood)",
        question=MATERIAL_Q,
        by_material=True,
        unless=("charger", "charging", "wireless charger", "speaker", "ring light", "tripod"),
    ),
    ArticleRule(
        "storage_box",
        (
            "storage box",
            "storage bin",
            "storage basket",
            "storage cube",
            "storage organizer",
            "drawer organizer",
            "drawer organiser",
            "closet organizer",
            "organizer box",
            "collapsible box",
            "foldable box",
        ),
        ("392490", "6307", "4602", "4420", "4421", "7326", "7616"),
        "GRI 3(b): a storage box is classified by the material that gives its essential "
        "character: 3924.90 (other household articles of plastics; not the tableware and "
        "kitchenware of 3924.10), 6307 (other made-up textile "
        "articles: a fabric box keeps that character over its board stiffeners), 4602 "
        "(basketwork), 4420/4421 (wood), 7326/7616 (steel, aluminium); heading 4819 (cartons "
        "and boxes of paperboard) only for one made of paperboard alone",
        question="What is it made of: plastic, fabric, basketwork, wood, metal or paperboard?",
        by_material=True,
        unless=("bag", "vacuum", "food", "lunch", "jewelry box", "jewellery box", "watch box"),
    ),
    ArticleRule(
        "sanitary_rack",
        (
            "shower caddy",
            "shower shelf",
            "shower rack",
            "shower organizer",
            "shower basket",
            "bathroom shelf",
            "bathroom rack",
            "bathroom caddy",
            "bathroom organizer",
            "towel rack",
            "towel rail",
            "towel bar",
            "toilet paper holder",
            "toilet roll holder",
            "soap holder",
        ),
        ("7324", "7615", "3922", "3924"),
        "heading 7324 (sanitary ware and parts thereof, of iron or steel) and 7615 (of "
        "aluminium), whose Explanatory Notes include sponge baskets, soap dishes, towel rails "
        "and toilet-paper holders; of plastics 3922/3924; not furniture of Chapter 94 (Chapter "
        "94 Note 1: articles of Chapter 73/76 fixed to the wall are not shelved furniture)",
        question="What is it made of: stainless steel, aluminium or plastic?",
        by_material=True,
    ),
    ArticleRule(
        "ornament",
        (
            "figurine",
            "statue",
            "statuette",
            "sculpture",
            "desk ornament",
            "home ornament",
            "decorative ornament",
            "decorative sign",
            "decorative plaque",
            "wall plaque",
            "fridge magnet",
            "refrigerator magnet",
        ),
        ("3926", "4420", "6913", "7018", "7020", "8306", "9703"),
        "ornamental articles go by material (GRI 1): 3926.40 (statuettes and other ornamental "
        "articles of plastics), 4420 (of wood), 6913 (ceramic), 7018/7020 (glass), 8306 (base "
        "metal); heading 9505 only for articles of a festival (Explanatory Note to heading "
        "95.05); original sculptures 9703",
        question="What is it made of: resin or plastic, wood, ceramic, glass or metal?",
        by_material=True,
        # a Christmas figurine is festive (9505): the festive rule refines this one
        unless=("toy", "action figure"),
    ),
    ArticleRule(
        "pet_bowl",
        (
            "pet bowl",
            "dog bowl",
            "cat bowl",
            "pet feeder",
            "slow feeder",
            "slow feeder bowl",
            "pet water bowl",
            "pet food bowl",
        ),
        ("392490", "732399", "761510", "691200", "691190"),
        "subheadings 3924.10 and 7323.93/7323.94 (tableware and kitchenware) are for serving "
        "and preparing people's food; a pet's bowl is an other household article: 3924.90 "
        "(plastics), 7323.99 (iron or steel), 7615.10 (aluminium), 6912 (ceramic) (GRI 1, GRI 6)",
        question="What is it made of: plastic, stainless steel or ceramic?",
        by_material=True,
        unless=("electric", "automatic", "smart", "camera"),
    ),
    ArticleRule(
        "ball_pen",
        (
            "ballpoint pen",
            "ball pen",
            "ball point pen",
            "gel pen",
            "gel ink pen",
            "rollerball pen",
        ),
        ("960810",),
        "subheading 9608.10 (ball point pens): a gel-ink or rollerball pen writes with a ball "
        "point (GRI 1, GRI 6)",
        unless=("case", "holder", "bag", "pouch", "refill"),
    ),
    ArticleRule(
        "food_mixer",
        (
            "milk frother",
            "hand mixer",
            "stand mixer",
            "blender",
            "hand blender",
            "immersion blender",
            "food processor",
            "juicer",
        ),
        ("850940",),
        "subheading 8509.40 (food grinders and mixers; fruit or vegetable juice extractors) of "
        "heading 8509 (electro-mechanical domestic appliances with self-contained electric "
        "motor); hand-operated ones are heading 8210",
        unless=("manual", "non-electric", "hand-operated", "part", "blade", "jar", "cup"),
        question=ELECTRIC_Q,
    ),
    ArticleRule(
        "writing_instrument",
        (
            "fountain pen",
            "marker pen",
            "felt pen",
            "highlighter",
            "mechanical pencil",
            "pencil",
        ),
        ("9608", "9609"),
        "heading 9608 (ball point pens; felt tipped and other porous-tipped pens and markers; "
        "fountain pens; propelling pencils) and 9609 (pencils, crayons)",
        unless=("case", "holder", "bag", "pouch", "sharpener", "eyebrow", "eyeliner", "lip"),
    ),
    ArticleRule(
        "food_hand_appliance",
        (
            "coffee grinder",
            "manual coffee grinder",
            "hand coffee grinder",
            "coffee mill",
            "pepper grinder",
            "pepper mill",
            "salt grinder",
            "spice grinder",
            "ice crusher",
            "ice shaver",
            "garlic press",
            "meat grinder",
            "pasta maker",
        ),
        ("8210",),
        "heading 8210 (hand-operated mechanical appliances, weighing 10 kg or less, used in the "
        "preparation, conditioning or serving of food or drink); the electric ones are "
        "heading 8509 (Chapter 82 Note 1)",
        unless=("electric", "automatic", "cordless", "usb", "rechargeable", "burr set", "part"),
        question=ELECTRIC_Q,
    ),
    ArticleRule(
        "liquid_sprayer",
        (
            "pressure sprayer",
            "garden sprayer",
            "pump sprayer",
            "hand sprayer",
            "knapsack sprayer",
            "backpack sprayer",
            "spray gun",
        ),
        ("8424",),
        "heading 8424 (mechanical appliances, whether or not hand-operated, for projecting, "
        "dispersing or spraying liquids; spray guns; agricultural or horticultural sprayers "
        "8424.41/8424.49)",
        unless=("paint", "tattoo", "nail", "makeup", "airbrush"),
    ),
    ArticleRule(
        "footwear_part",
        (
            "insole",
            "shoe insole",
            "orthotic insole",
            "arch support insole",
            "heel cushion",
            "heel cup",
            "heel grip",
            "leg warmer",
            "gaiter",
            "boot cuff",
        ),
        ("6406",),
        "heading 6406 (parts of footwear; removable in-soles, heel cushions and similar "
        "articles; gaiters, leggings and similar articles); Chapter 64 Note 1 does not send "
        "them to chapter 61/62 as garments",
        # a shoe listing names its own parts as attributes ("Insole Material: PU")
        unless=("insole material", "outsole material", "upper material", "heel height"),
    ),
    # ---- issue 17, chapter errors: goods a heading names, read before the machine they serve
    ArticleRule(
        "filter",
        (
            "air filter",
            "cartridge filter",
            "filter cartridge",
            "filter element",
            "hepa filter",
            "water filter",
            "oil filter",
            "fuel filter",
        ),
        ("8421",),
        "heading 8421 (filtering or purifying machinery and apparatus for liquids or gases); "
        "Section XVI Note 2(a): goods named by a heading of chapter 84 or 85 go there, not as "
        "parts of the machine they are fitted to",
        unless=("coffee", "lens", "camera", "polarizing", "cigarette", "aquarium"),
        own_heading=True,
    ),
    ArticleRule(
        "level",
        ("laser level", "spirit level", "line laser", "bubble level"),
        ("9015",),
        "heading 9015 (surveying instruments, levels; subheading 9015.30 levels), not a "
        "power tool of heading 8467 because a drill brand sells it",
        own_heading=True,
    ),
    ArticleRule(
        "control_board",
        ("control board", "control panel", "controller board", "computer board"),
        ("8537",),
        "heading 8537 (boards, panels, consoles and other bases equipped with apparatus of "
        "heading 8535 or 8536, for electric control); Section XVI Note 2(a)",
        own_heading=True,
    ),
    ArticleRule(
        "sleep_mask",
        ("sleep mask", "sleeping mask", "eyeshade", "eye shade", "blindfold"),
        ("6307",),
        "heading 6307 (other made up textile articles): a mask worn to sleep covers the eyes, "
        "it is not a beauty preparation of heading 3304",
    ),
    ArticleRule(
        "closure",
        ("stopper", "bottle stopper", "bottle cap", "dust cap", "dust plug", "rubber stopper"),
        ("3923", "4016", "4503"),
        by_material=True,
        source="stoppers, caps and lids by material: headings 3923 (of plastics, 3923.50), "
        "4016 (of vulcanised rubber) and 4503 (of natural cork); of base metal they are "
        "heading 8309, which no material word names, so a metal one is left to the search",
        unless=("door",),
        question="What is the stopper or cap made of: plastic or silicone, rubber or cork?",
    ),
    ArticleRule(
        "ski_suit",
        ("ski suit", "snowboard suit", "ski set", "ski jacket", "ski pant", "snowboard jacket"),
        (*SKI_SUITS, "6201", "6202"),
        "subheadings 6112.20/6211.20 (ski suits: Chapter 61 Note 7, Chapter 62 Note 6) and "
        "headings 6201/6202 (anoraks and ski-jackets); Chapter 95 "
        "Note 1(e) leaves sports clothing of textiles to chapters 61 and 62",
    ),
    ArticleRule(
        "jewellery_finding",
        ("jump ring", "split ring", "lobster clasp", "ear wire", "earring hook", "crimp bead"),
        ("8308",),
        "heading 8308 (clasps, hooks, eyes, eyelets and the like, of base metal, of a kind "
        "used for jewellery): a fitting for making jewellery is not itself imitation "
        "jewellery (Chapter 71 Note 11); of precious metal it stays in 7113",
        unless=("sterling", "karat"),
    ),
    ArticleRule(
        "body_shaper",
        ("shapewear", "body shaper", "waist trainer", "waist cincher", "girdle", "corset"),
        ("6212",),
        "heading 6212 (brassieres, girdles, corsets, braces and similar articles, whether or "
        "not knitted); Chapter 61 Note 2(a) leaves them out of the knitted garments",
    ),
    ArticleRule(
        "optical_filter",
        (
            "polarizing filter",
            "polarising filter",
            "cpl filter",
            "uv filter",
            "nd filter",
            "lens filter",
            "camera filter",
        ),
        ("9002",),
        "heading 9002 (lenses, prisms, mirrors and other optical elements, mounted; 9002.20 "
        "filters), not the camera of heading 8525 it screws onto (Section XVI Note 1(m) leaves "
        "chapter 90 goods out of chapter 85)",
        own_heading=True,
    ),
)
