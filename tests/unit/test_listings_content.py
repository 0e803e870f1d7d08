"""Attribute completion and per-store content on the offline path."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from globalsell.core.marketplaces import marketplaces
from globalsell.listings.content import Sku, render, sanitize
from globalsell.listings.extract import Fact, MasterText, complete
from globalsell.listings.glossary import glossary
from globalsell.listings.rules import validate

BOTTLE = MasterText(
    title="304不锈钢真空保温杯 500ml",
    title_en=None,
    category="厨房用品>水杯水壶>保温杯",
    description="双层304不锈钢真空保温杯，保温12小时。",
    bullets=("双层真空隔热，保温12小时保冷24小时",),
    keywords=("保温杯",),
    attributes={
        "size": ("500ml", None),
        "material": ("304不锈钢", None),
        "item_weight": ("350", "grams"),
        "item_dimensions": ({"length": "7.2", "width": "7.2", "height": "24"}, "centimeters"),
        "country_of_origin": ("CN", None),
    },
)


def sku(master: MasterText, code: str = "NB-1") -> Sku:
    return Sku(code, "NINGVALE", "zh", None, False, None, master)


def test_completion_from_chinese_text_with_units_and_provenance() -> None:
    master = MasterText(
        title="10000mAh超薄移动电源 22.5W快充",
        title_en=None,
        category=None,
        description="内置锂离子电池，输入100-240V，可给手机和平板充电。电动泡泡机使用4节5号电池",
        bullets=(),
        keywords=(),
        attributes={"material": ("锂离子电池+阻燃PC外壳", None)},
    )
    facts = complete(master, glossary())
    assert facts["battery_capacity"] == Fact(
        {"value": "10000", "unit": "milliampere_hour"}, Decimal("0.9"), "rule:battery@title"
    )
    assert facts["wattage"].value == {"value": "22.5", "unit": "watts"}
    assert facts["input_voltage"].value == {"value": "100-240", "unit": "volts"}
    assert facts["battery_cell_composition"].value == "lithium_ion"
    assert facts["number_of_batteries"].value == {"quantity": 4, "type": "aa"}
    assert facts["compatible_devices"].value == ["手机", "平板"]
    assert facts["material"] == Fact(["锂离子电池", "阻燃PC外壳"], Decimal(1), "seller:material")


def test_capacity_litres_and_counts_are_normalised() -> None:
    master = MasterText("气压式浇花喷壶2L 3件套", None, None, None, (), (), {})
    facts = complete(master, glossary())
    assert facts["capacity"].value == {"value": "2000", "unit": "milliliters"}
    assert facts["number_of_items"] == Fact(3, Decimal("0.9"), "rule:count@title")


def test_german_listing_is_german_with_metric_units_and_comma() -> None:
    out = render(sku(BOTTLE), complete(BOTTLE, glossary()), marketplaces().get("DE"), glossary())
    assert out.content["item_name"] == "NINGVALE Isolierflasche, Edelstahl 304, 500 ml"
    assert out.content["bullet_point"] == [
        "Material: Edelstahl 304",
        "Abmessungen: 7,2 x 7,2 x 24 cm; Gewicht: 350 g",
        "Fassungsvermögen: 500 ml",
        "Größe: 500 ml",
    ]
    assert out.needs_translation == []
    assert [i.code for i in out.issues] == ["seller-text-left-out"]
    assert validate(out.content, marketplaces().get("DE")) == []


def test_us_listing_uses_imperial_units() -> None:
    out = render(sku(BOTTLE), complete(BOTTLE, glossary()), marketplaces().get("US"), glossary())
    assert out.content["item_name"] == (
        "NINGVALE Vacuum Insulated Water Bottle, 304 Stainless Steel, 500 ml (16.9 fl oz)"
    )
    assert out.content["bullet_point"][1] == "Dimensions: 2.8 x 2.8 x 9.4 in; Weight: 0.77 lb"
    assert out.content["item_weight"] == {"value": 0.77, "unit": "pounds"}


def test_japanese_title_formula() -> None:
    out = render(sku(BOTTLE), complete(BOTTLE, glossary()), marketplaces().get("JP"), glossary())
    assert out.content["item_name"] == "NINGVALE 真空断熱ボトル 304ステンレス 500 ml"
    assert validate(out.content, marketplaces().get("JP")) == []


def test_unknown_product_is_never_shipped_untranslated() -> None:
    odd = MasterText(
        "神秘小物件", None, None, "说明", ("卖点",), (), {"material": ("某材料", None)}
    )
    out = render(sku(odd), complete(odd, glossary()), marketplaces().get("FR"), glossary())
    assert "item_name" not in out.content
    assert out.needs_translation == ["item_name"]
    assert [i.code for i in out.issues] == [
        "unknown-product-type",
        "untranslated-value",
        "seller-text-left-out",
    ]
    text = str(out.content)
    assert [word for word in ("神秘", "某材料", "卖点") if word in text] == []


class FakeTranslator:
    name = "fake"

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], str, str, list[str]]] = []

    def translate(
        self, texts: Sequence[str], *, source: str, target: str, keep: Sequence[str] = ()
    ) -> list[str | None]:
        self.calls.append((list(texts), source, target, list(keep)))
        return [f"[{target}] {t}" for t in texts]


def test_configured_translator_gets_seller_text_and_the_do_not_translate_list() -> None:
    translator = FakeTranslator()
    out = render(
        sku(BOTTLE),
        complete(BOTTLE, glossary()),
        marketplaces().get("FR"),
        glossary(),
        translator=translator,
        keep=["NINGVALE"],
    )
    assert translator.calls == [(["双层真空隔热，保温12小时保冷24小时"], "zh", "fr", ["NINGVALE"])]
    assert out.content["bullet_point"][0] == "[fr] 双层真空隔热，保温12小时保冷24小时"
    assert out.sources["bullet_point"] == "translated:fake"


def test_seller_english_title_is_cleaned_of_html() -> None:
    odd = MasterText(
        "神秘小物件", "NINGVALE Gadget <script>x()</script><b>Pro</b>", None, None, (), (), {}
    )
    out = render(sku(odd), complete(odd, glossary()), marketplaces().get("UK"), glossary())
    assert out.content["item_name"] == "NINGVALE Gadget Pro"
    assert out.sources["item_name"] == "seller:title_en"
    assert "html-stripped" in [i.code for i in out.issues]
    assert sanitize("a &amp; b") == ("a & b", True)
