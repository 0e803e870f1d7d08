"""Article rules part 3 (customs.article_rules_goods): goods that go by material because the
heading a seller reaches for does not cover them. Each rule fires on its own words only, cites
its legal source, points to the heading of the material the text names, and puts that heading
first for a product of the kind it was written for."""

from __future__ import annotations

import pytest

from globalsell.customs import articles, classifier, domain, glossary
from globalsell.customs.article_rules_goods import GOODS
from globalsell.customs.query import KNIT, WOVEN, parse

MATCHER = articles.Matcher()
WEIGHTS = (1.0, 1.0, 0.3)


def _rule(head: str, *, text: str = "", category: str | None = None) -> list[tuple[str, str]]:
    found = articles.find(
        MATCHER, head=head, text=f"{head} {text}", category=category, weights=WEIGHTS
    )
    return [(m.rule.name, m.where) for m in found]


def _targets(head: str, text: str) -> tuple[str, ...]:
    (match,) = articles.find(MATCHER, head=head, text=text, category=None, weights=WEIGHTS)
    return articles.targets(match, domain.material_chapters(text))


@pytest.mark.parametrize(
    ("head", "rule"),
    [
        ("stainless steel keychain", "keychain"),
        ("acrylic key ring", "keychain"),
        ("aluminium phone stand", "device_stand"),
        ("adjustable laptop stand", "device_stand"),
        ("foldable fabric storage box", "storage_box"),
        ("stainless steel shower caddy", "sanitary_rack"),
        ("resin cat figurine", "ornament"),
        ("stainless steel dog bowl", "pet_bowl"),
        ("0.5mm gel pen", "ball_pen"),
        ("highlighter pen set", "writing_instrument"),
        ("electric milk frother", "food_mixer"),
        ("manual coffee grinder", "food_hand_appliance"),
        ("2l garden pressure sprayer", "liquid_sprayer"),
        ("memory foam shoe insoles", "footwear_part"),
        ("knitted leg warmers", "footwear_part"),
        ("orthotic arch support insoles", "footwear_part"),
        ("travel fridge magnet", "ornament"),
    ],
)
def test_each_goods_rule_fires_on_its_own_words(head: str, rule: str) -> None:
    assert _rule(head) == [(rule, "title")]


def test_every_goods_rule_is_by_material_and_cites_its_source() -> None:
    assert [r.name for r in GOODS] == [
        "keychain",
        "device_stand",
        "storage_box",
        "sanitary_rack",
        "ornament",
        "pet_bowl",
        "ball_pen",
        "food_mixer",
        "writing_instrument",
        "food_hand_appliance",
        "liquid_sprayer",
        "footwear_part",
        "filter",
        "level",
        "control_board",
        "sleep_mask",
        "closure",
        "ski_suit",
        "jewellery_finding",
        "body_shaper",
        "optical_filter",
    ]
    assert all(r.by_material and r.question for r in GOODS[:6])
    assert all(any(k in r.source for k in ("Note", "GRI", "heading")) for r in GOODS)


@pytest.mark.parametrize(
    "head",
    ["monkeychains", "standalone phone", "boxing gloves", "statuesque dress", "magnetic tiles"],
)
def test_goods_rules_never_fire_inside_another_word(head: str) -> None:
    assert _rule(head) == [] or all(r not in {g.name for g in GOODS} for r, _ in _rule(head))


def test_words_that_cancel_a_goods_rule() -> None:
    assert _rule("wireless charger phone stand") == []  # a charger (8504), not a bare stand
    assert _rule("christmas tree figurine") == [("festive", "title")]
    assert _rule("vacuum storage box") != [("storage_box", "title")]
    assert _rule("electric coffee grinder") == []  # chapter 85 (8509), not heading 8210
    assert _rule("pencil case") == [("bag", "title")]  # a case of heading 4202
    assert _rule("paint spray gun") == []


@pytest.mark.parametrize(
    ("head", "text", "targets"),
    [
        ("keychain", "stainless steel keychain", ("7326",)),
        ("keychain", "zinc alloy keychain", ("7907",)),
        ("phone stand", "aluminium alloy phone stand", ("7616",)),
        ("phone stand", "abs plastic phone stand", ("3926",)),
        ("storage box", "nonwoven fabric storage box with paperboard", ("6307",)),
        ("shower caddy", "304 stainless steel shower caddy", ("7324",)),
        ("figurine", "resin figurine", ("3926",)),
    ],
)
def test_the_heading_of_the_material_named(head: str, text: str, targets: tuple[str, ...]) -> None:
    assert _targets(head, text) == targets


def test_a_storage_box_names_no_paper_box_heading() -> None:
    # paperboard stiffeners do not make a fabric box a carton of heading 4819 (GRI 3(b))
    assert "4819" not in next(r for r in GOODS if r.name == "storage_box").targets


@pytest.mark.parametrize(
    ("text", "material", "category", "code"),
    [
        ("Aluminium Alloy Desktop Phone Stand Adjustable", None, None, "7616"),
        ("Stainless Steel Shower Caddy Wall Mounted No Drilling", None, None, "7324"),
        ("Stainless Steel Car Keychain", None, "Jewelry & Accessories > Key Chains", "7326"),
        ("可折叠布艺收纳箱3个装", "无纺布+纸板", "家居日用>收纳整理>收纳箱", "6307"),
        ("逗猫棒羽毛套装 宠物用品 宠物玩具", "羽毛+钢丝", "宠物用品>宠物玩具", "6701"),
        ("铝合金桌面手机支架", "铝合金", "手机配件>手机支架", "7616"),
        ("304不锈钢免打孔淋浴置物架", "304不锈钢", "卫浴用品>浴室置物架", "7324"),
        ("宠物慢食碗 防噎食", "PP塑料", "宠物用品>宠物餐具", "392490"),
        ("透明抽屉式收纳盒", "PP塑料", "家居日用>收纳整理>收纳盒", "392490"),
        ("速干中性笔12支装 0.5mm", "PP塑料", "文具>笔类", "960810"),
        ("电动奶泡器 手持打奶泡", "不锈钢+ABS塑料", "小家电>厨房电器", "850940"),
        ("Stainless steel christmas tree figurine", None, None, "9505"),
    ],
)
def test_what_the_product_is_decides_before_its_material(
    text: str, material: str | None, category: str | None, code: str
) -> None:
    result = classifier.classify(text, material=material, category=category)
    assert result.candidates[0].hs6.startswith(code)
    assert any(" names '" in r for r in result.candidates[0].reasons)


def test_chinese_goods_words_are_translated_whole() -> None:
    # 钢丝 is steel wire, not steel and silk
    assert glossary.expand("羽毛+钢丝")[0] == "feather steel wire"
    assert glossary.expand("手机支架")[0] == "phone stand"
    # 洗手机 (a hand-wash dispenser) ends in the characters of 手机 (a phone) and is not one
    assert glossary.expand("自动感应泡沫洗手机")[1] == ["洗手机"]
    assert glossary.expand("手摇咖啡磨豆机")[0] == "coffee grinder hand-operated manual"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Acrylic Decorative Signs Occasion: Wedding Material: PVC", "Acrylic Decorative Signs"),
        ("Resin Charms Pendant Shape\\pattern: Animal", "Resin Charms Pendant"),
        ("Crochet Bracelet Fine or Fashion: Fashion", "Crochet Bracelet"),
        ("Ankle Boots Toe Shape: Round", "Ankle Boots"),
        ("Women's jacket: outer shell of nylon", "Women's jacket"),
    ],
)
def test_a_marketplace_attribute_name_is_not_the_article(text: str, head: str) -> None:
    assert parse(text).head_text.strip() == head


@pytest.mark.parametrize(
    ("text", "knit", "woven"),
    [
        ("Tank Top Fabric Type: Broadcloth", False, True),
        ("Bikini Set Craft of Weaving: Tat", False, True),
        ("Cardigan Craft of Weaving: Knit", True, False),
        ("针织开衫", True, False),
        ("梭织衬衫", False, True),
        ("Tattoo sleeve shirt", False, False),
    ],
)
def test_the_fabric_name_says_knitted_or_woven(text: str, knit: bool, woven: bool) -> None:
    assert (bool(KNIT.search(text)), bool(WOVEN.search(text))) == (knit, woven)


def test_a_bare_cap_is_not_headgear() -> None:
    assert _rule("knitted beanie hat") == [("headwear", "title")]
    assert _rule("baseball cap") == [("headwear", "title")]
    assert _rule("bottle cap") == [("closure", "title")]  # a closure (3923.50), not headgear
    assert _rule("ankle boots", text="with metal toe cap") == [("footwear", "title")]


def test_jewellery_of_natural_stones_is_heading_7116() -> None:
    assert _rule("natural agate bead bracelet") == [("stone_jewellery", "title")]
    assert _rule("bracelet natural stone") == [("stone_jewellery", "title")]
    assert _rule("faux jade bracelet") == [("jewellery", "title")]
    assert _rule("agatebox") == []


def test_powered_by_a_battery_is_not_a_battery() -> None:
    assert _rule("rechargeable battery pack") == [("accumulator", "title")]
    assert _rule("led string lights", text="Power Source: Battery") == [("lighting", "title")]
    assert _rule("battery powered fairy lights") == [("lighting", "title")]


def test_a_shoe_that_names_its_insole_is_not_an_insole() -> None:
    assert _rule("ankle boots", text="Insole Material: PU Upper Material: PU") == [
        ("footwear", "title")
    ]


def test_a_precious_or_stone_refinement_is_read_from_the_attributes() -> None:
    category = "Jewelry & Accessories > Fashion Jewelry > Rings"
    assert _rule("statement necklace", text="Main Stone: Agate", category=category) == [
        ("stone_jewellery", "category"),
        ("stone_jewellery", "title"),
    ]
    # (a fineness mark cancels the imitation-jewellery rule itself, ADR of the jewellery rules)
    assert _rule("statement necklace", text="Metal: 925 Sterling", category=category) == [
        ("fine_jewellery", "text")
    ]
    assert _rule("statement necklace", text="Material: Zinc Alloy", category=category) == [
        ("jewellery", "category"),
        ("jewellery", "title"),
    ]
    # festive does not refine from the text: 'Occasion: Christmas' lists say nothing
    assert _rule("resin figurine", text="Occasion: Christmas,Easter") == [("ornament", "title")]
