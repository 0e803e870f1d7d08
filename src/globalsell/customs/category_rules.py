"""Article rules read only from the platform's category path: general marketplace categories
(the names AliExpress, Amazon and Shopify give their second and third levels) -> the HS
headings whose texts name those goods.

A category level is the platform's own statement of what the listing is, written by the seller
when filing it, so a level such as "Wall Lamps" or "Mobile Phone Chargers" says what the product
is even when the title leads with a brand, a model number or an accessory word. These phrases
are matched as whole words in one level of the path (never in the title, never inside another
word), the most specific level first, before the general article rules (`article_rules`). Each
entry cites the heading text (GRI 1) or note that covers the goods; the classifier favours the
codes, it never excludes the others.

Written for globalsell from the HS 2022 heading texts and notes and from the category names
marketplaces publish; no entry is taken from the evaluation data's labels."""

from __future__ import annotations

from globalsell.customs.article_rules import MAKING_TACKLE, ArticleRule

CATEGORY: tuple[ArticleRule, ...] = (
    ArticleRule(
        "cat_artificial_flower",
        ("artificial decoration", "artificial flower", "artificial plant", "dried flower"),
        ("6702",),
        "heading 6702 (artificial flowers, foliage and fruit); Chapter 6 Note 2 leaves them "
        "out of chapter 6",
    ),
    ArticleRule(
        "cat_jewellery_findings",
        ("jewelry finding", "jewelry component", "jewelry making"),
        ("8308", "7117"),
        "heading 8308 (clasps, hooks, eyes, eyelets and the like, beads and spangles, of base "
        "metal, of a kind used for jewellery); finished imitation jewellery in 7117 "
        "(Chapter 71 Note 11)",
        question="Is it a finished piece of imitation jewellery (7117) or a clasp, ring, bead or "
        "other fitting for making it (8308 of base metal, else by material)?",
    ),
    ArticleRule(
        "cat_lighting",
        (
            "wall lamp",
            "ceiling light",
            "pendant light",
            "table lamp",
            "floor lamp",
            "night light",
            "chandelier",
            "indoor lighting",
            "outdoor lighting",
            "stage lighting effect",
            "commercial lighting",
            "lamp shade",
            "light string",
            "string light",
        ),
        ("9405",),
        "heading 9405 (luminaires and lighting fittings not elsewhere specified); the lamps "
        "and light sources themselves (bulbs) are heading 8539 (Chapter 94 Note 1)",
    ),
    ArticleRule(
        "cat_lamp_bulb",
        ("headlight bulb", "light bulb", "led bulb"),
        ("8539",),
        "heading 8539 (electric filament or discharge lamps, light-emitting diode (LED) lamps)",
    ),
    ArticleRule(
        "cat_phone_case",
        ("mobile phone case", "phone case", "phone cover", "phone bag"),
        ("3926", "4202"),
        by_material=True,
        source="heading 4202 (cases and similar containers) or heading 3926 (other articles of "
        "plastics) for a moulded shell",
        question="Is it a moulded plastic or silicone shell (3926) or a pouch or wallet (4202)?",
    ),
    ArticleRule(
        "cat_charger",
        ("mobile phone charger", "charger", "power supply", "power supplies", "power adapter"),
        ("8504",),
        "heading 8504 (electrical transformers, static converters, e.g. rectifiers)",
    ),
    ArticleRule(
        "cat_battery",
        ("batteries", "battery"),
        ("8507", "8506"),
        "headings 8506 (primary cells) and 8507 (electric accumulators)",
        question="Is it rechargeable (8507) or a primary cell (8506)?",
    ),
    ArticleRule(
        "cat_cable",
        ("digital cable", "cable"),
        ("8544",),
        "heading 8544 (insulated wire, cable and other insulated electric conductors)",
    ),
    ArticleRule(
        "cat_connector",
        ("connectors & terminal", "connector", "terminal block"),
        ("8536",),
        "heading 8536 (apparatus for switching or connecting electrical circuits, <= 1000 V)",
    ),
    ArticleRule(
        "cat_semiconductor",
        ("integrated circuit", "active component", "transistor", "diode"),
        ("8542", "8541"),
        "headings 8541 (semiconductor devices) and 8542 (electronic integrated circuits); "
        "Chapter 85 Note 12",
    ),
    ArticleRule(
        "cat_solar",
        ("solar power", "solar panel", "solar cell"),
        ("8541",),
        "heading 8541 (photosensitive semiconductor devices, including photovoltaic cells "
        "assembled in modules or made up into panels)",
    ),
    ArticleRule(
        "cat_speaker",
        ("speaker", "earphone", "headphone", "microphone"),
        ("8518",),
        "heading 8518 (microphones, loudspeakers, headphones and earphones, and their parts)",
    ),
    ArticleRule(
        "cat_accessory_case",
        ("earphone accessory", "headphone accessory"),
        ("3926", "4202", "8518"),
        source="a case is classified by what it is (heading 4202, or 3926 of plastics); parts "
        "suitable solely for earphones stay in 8518 (Section XVI Note 2(b))",
        question="Is it a case or cover (3926/4202) or a part of the earphones (8518)?",
    ),
    ArticleRule(
        "cat_recorder",
        ("surveillance video recorder", "car dvr", "dash cam", "video recorder"),
        ("8521", "8525"),
        "headings 8521 (video recording apparatus) and 8525 (television cameras, digital "
        "cameras and video camera recorders)",
    ),
    ArticleRule(
        "cat_game_player",
        ("handheld game player", "game console", "board game", "card game"),
        ("9504",),
        "heading 9504 (video game consoles and machines, table or parlour games)",
    ),
    ArticleRule(
        "cat_toy",
        (
            "rc car",
            "remote control toy",
            "stuffed & plush animal",
            "plush animal",
            "action figure",
            "dolls accessory",
            "doll",
            "kite",
            "blind box",
            "play vehicle",
            "building block",
            "puzzle",
        ),
        ("9503",),
        "heading 9503 (tricycles, scooters and similar wheeled toys; dolls; other toys; "
        "reduced-size models; puzzles); Chapter 95 Note 1",
    ),
    ArticleRule(
        "cat_fishing",
        ("fishing lure", "rod combo", "fishing rod", "fishing reel", "fishing tackle"),
        ("9507",),
        "heading 9507 (fishing rods, fish-hooks and other line fishing tackle)",
        unless=MAKING_TACKLE,
    ),
    ArticleRule(
        "cat_sport",
        ("skiing", "snowboarding", "fitness equipment", "camping & hiking"),
        ("9506",),
        "heading 9506 (articles and equipment for general physical exercise, sports or "
        "outdoor games); Chapter 95 Note 1(e) leaves sports clothing to chapters 61 and 62",
        unless=("suit", "jacket", "pant", "trouser", "coat", "legging"),
    ),
    ArticleRule(
        "cat_bicycle_part",
        ("bicycle accessory", "bicycle part"),
        ("871491", "871492", "871493", "871494", "871495", "871496", "871499"),
        "subheadings 8714.91 to 8714.99 (parts and accessories of bicycles and other cycles; "
        "8714.10 is for motorcycles); Section XVII Note 3",
    ),
    ArticleRule(
        "cat_cycle_part",
        (
            "motorcycle part",
            "brakes & suspension",
            "drivetrain & transmission",
        ),
        ("8714",),
        "heading 8714 (parts and accessories of vehicles of headings 8711 to 8713); "
        "Section XVII Note 3",
    ),
    ArticleRule(
        "cat_car_part",
        ("interior replacement part", "interior moulding", "brake system", "wear part"),
        ("8708",),
        "heading 8708 (parts and accessories of the motor vehicles of headings 8701 to 8705); "
        "Section XVII Note 3",
    ),
    ArticleRule(
        "cat_air_freshener",
        ("air freshener",),
        ("3307",),
        "heading 3307 (preparations for perfuming or deodorising rooms)",
    ),
    ArticleRule(
        "cat_diagnostic",
        # not the whole "Measurement & Analysis Instruments" level: its listings are parts,
        # medical and laboratory goods as often as measuring instruments
        ("diagnostic tool", "electrical instrument"),
        ("9031", "9030"),
        "headings 9030 (instruments for measuring electrical quantities) and 9031 (measuring "
        "or checking instruments not elsewhere specified)",
    ),
    ArticleRule(
        "cat_medical",
        ("medical instrument", "medical equipment", "dental treatment"),
        ("9018", "9019", "9021"),
        "headings 9018 (medical, surgical or dental instruments), 9019 (therapy appliances), "
        "9021 (orthopaedic appliances)",
    ),
    ArticleRule(
        "cat_power_tool",
        ("electric drill", "electric planer", "power tool", "electric screwdriver"),
        ("8467",),
        "heading 8467 (tools for working in the hand, with self-contained electric or "
        "non-electric motor)",
    ),
    ArticleRule(
        "cat_tool_parts",
        ("power tool accessory", "tool part", "woodworking machinery part"),
        ("8466", "8207"),
        "headings 8466 (parts and accessories for the machines of headings 8456 to 8465) "
        "and 8207 (interchangeable tools for hand tools and machine tools)",
    ),
    ArticleRule(
        "cat_tool_set",
        ("hand tool set",),
        ("8206", "8205"),
        "heading 8206 (tools of two or more of headings 8202 to 8205, put up in sets for "
        "retail sale); a listing filed under 'Hand Tool Sets' is as often a single hand tool "
        "of heading 8205 (hand tools not elsewhere specified)",
    ),
    ArticleRule(
        "cat_fastener",
        ("fastener", "screw"),
        ("7318",),
        "heading 7318 (screws, bolts, nuts, rivets, washers and similar articles, of iron or "
        "steel); Section XV Note 2 (parts of general use)",
        by_material=True,
    ),
    ArticleRule(
        "cat_printed",
        (
            "painting & calligraphy art",
            "decoration sticker",
            "stickers & poster",
            "poster",
            "car sticker",
            "book",
        ),
        ("4911", "4901"),
        "headings 4901 (printed books) and 4911 (other printed matter, including printed "
        "pictures and photographs); Chapter 49 Note 2",
    ),
    ArticleRule(
        "cat_flag",
        ("flags, banners", "flag", "banner"),
        ("6307",),
        "heading 6307 (other made up textile articles)",
    ),
    ArticleRule(
        "cat_tent_shade",
        ("shade", "sunshade", "awning", "tent"),
        ("6306",),
        "heading 6306 (tarpaulins, awnings and sunblinds; tents)",
    ),
    ArticleRule(
        "cat_home_textile",
        ("blanket", "pillow case", "table linen", "bed linen", "towel", "curtain"),
        ("6301", "6302", "6303", "6304"),
        "headings 6301-6304 (blankets, bed, table, toilet and kitchen linen, curtains, "
        "furnishing articles)",
    ),
    ArticleRule(
        "cat_bra",
        ("bra", "corset", "shapewear", "girdle"),
        ("6212",),
        "heading 6212 (brassieres, girdles, corsets, braces and similar articles, whether "
        "or not knitted)",
    ),
    ArticleRule(
        "cat_sewing",
        ("lace trim", "embroidery", "applique", "patch"),
        ("5810", "5804", "5808"),
        "headings 5804 (lace), 5808 (braids, trimmings) and 5810 (embroidery in the piece, in "
        "strips or in motifs)",
    ),
    ArticleRule(
        "cat_hair_colour",
        ("hair coloring product", "hair dye", "hair care & styling"),
        ("3305",),
        "heading 3305 (preparations for use on the hair)",
    ),
    ArticleRule(
        "cat_nail",
        ("nail art", "nail polish", "manicure"),
        ("3304",),
        "heading 3304 (beauty or make-up preparations, manicure or pedicure preparations)",
    ),
    ArticleRule(
        "cat_human_hair",
        ("human hair weave", "hair bundle", "human hair for", "hair weft"),
        ("6704",),
        "heading 6704 (wigs, false beards, eyebrows and eyelashes, switches and the like, of "
        "human hair); hair in wefts or bundles is worked into switches",
    ),
    ArticleRule(
        "cat_shaver",
        ("epilator", "shaver", "hair clipper", "hair trimmer"),
        ("8510",),
        "heading 8510 (shavers, hair clippers and hair-removing appliances, with "
        "self-contained electric motor)",
    ),
    ArticleRule(
        "cat_toothbrush",
        ("toothbrushes head", "toothbrush head", "toothbrush"),
        ("9603",),
        "heading 9603 (brooms, brushes, including toothbrushes; heads of brushes)",
    ),
    ArticleRule(
        "cat_vacuum",
        ("vacuum cleaner", "stick vacuum", "robot vacuum"),
        ("8508",),
        "heading 8508 (vacuum cleaners, and their parts)",
    ),
    ArticleRule(
        "cat_printing_filament",
        ("3d printing material", "printing filament"),
        ("3916",),
        "heading 3916 (monofilament of plastics with a cross-section over 1 mm)",
    ),
    ArticleRule(
        "cat_helmet",
        ("protective helmet", "safety helmet", "hard hat"),
        ("6506",),
        "heading 6506 (other headgear, including safety headgear)",
    ),
    ArticleRule(
        "cat_drinkware",
        ("drinkware", "coffeeware", "teaware", "kitchen tools & gadget", "bakeware"),
        ("3924", "6911", "6912", "7013", "7323", "7615"),
        "household articles by material: headings 3924, 6911, 6912, 7013, 7323, 7615",
        question="What is it made of: plastic or silicone, porcelain, ceramic, glass, steel "
        "or aluminium?",
        by_material=True,
    ),
    ArticleRule(
        "cat_scale",
        ("measuring tools & scale", "kitchen scale", "weighing scale"),
        ("8423",),
        "heading 8423 (weighing machinery)",
    ),
    ArticleRule(
        "cat_ruler",
        ("ruler", "drafting supply"),
        ("9017",),
        "heading 9017 (drawing, marking-out or mathematical calculating instruments; "
        "instruments for measuring length, for use in the hand)",
    ),
    ArticleRule(
        "cat_garden_building",
        ("garden building", "greenhouse", "prefabricated building"),
        ("9406",),
        "heading 9406 (prefabricated buildings)",
    ),
)
