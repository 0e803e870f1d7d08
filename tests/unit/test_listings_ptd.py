"""Amazon product-type definitions (trimmed real fixtures) with Amazon's own keywords."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from globalsell.core.marketplaces import marketplaces
from globalsell.listings import feed, ptd, rules

PTD = Path(__file__).parent.parent / "fixtures" / "ptd"
JP = marketplaces().get("JP")
US = marketplaces().get("US")


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PTD / name).read_text("utf-8"))
    return data


def shirt_attributes(**changes: Any) -> dict[str, Any]:
    content: dict[str, Any] = {
        "brand": "NINGVALE",
        "item_name": "NINGVALE メンズ クルーネックTシャツ 綿 ホワイト M",
        "bullet_point": ["素材: 綿"],
        "product_description": "メンズ クルーネックTシャツ",
        "color": "ホワイト",
        "generic_keyword": "tシャツ 綿",
    }
    content.update(changes)
    attrs = feed.attributes(content, JP)
    attrs["fabric_type"] = [
        {"value": "綿100%", "language_tag": "ja_JP", "marketplace_id": JP.marketplace_id}
    ]
    attrs["recommended_browse_nodes"] = [
        {"value": "2131434051", "marketplace_id": JP.marketplace_id}
    ]
    return attrs


def test_generated_japanese_shirt_fits_the_real_definition() -> None:
    assert ptd.errors(load("SHIRT.A1VC38T7YXB528.trimmed.json"), shirt_attributes()) == []


def test_max_unique_items_over_selectors() -> None:
    attrs = shirt_attributes()
    attrs["item_name"] = attrs["item_name"] * 2  # two titles for one marketplace and language
    found = ptd.errors(load("SHIRT.A1VC38T7YXB528.trimmed.json"), attrs)
    assert len(found) == 1
    assert found[0].startswith(
        "item_name: 2 items for selectors ['marketplace_id', 'language_tag']"
    )


def test_max_utf8_byte_length_counts_bytes_not_characters() -> None:
    schema = {"type": "string", "maxUtf8ByteLength": 249}
    assert ptd.errors(schema, "ボ" * 83) == []  # type: ignore[arg-type]  # 249 bytes
    assert ptd.errors(schema, "ボ" * 84) == [  # type: ignore[arg-type]  # 84 characters
        "(attributes): 252 bytes of UTF-8; at most 249 allowed"
    ]
    # In SHIRT, generic_keyword has maxLength 500 and maxUtf8ByteLength 2000: both are enforced.
    attrs = shirt_attributes(generic_keyword="あ" * 667)  # 667 characters, 2001 bytes
    found = ptd.errors(load("SHIRT.A1VC38T7YXB528.trimmed.json"), attrs)
    assert len(found) == 2
    assert "generic_keyword/0/value: 2001 bytes of UTF-8; at most 2000 allowed" in found
    attrs = shirt_attributes(generic_keyword="あ" * 500)  # 1500 bytes
    assert ptd.errors(load("SHIRT.A1VC38T7YXB528.trimmed.json"), attrs) == []


def test_min_utf8_byte_length() -> None:
    schema = {"type": "string", "minUtf8ByteLength": 4}
    assert ptd.errors(schema, "ab") == ["(attributes): 2 bytes of UTF-8; at least 4 needed"]  # type: ignore[arg-type]
    assert ptd.errors(schema, "ああ") == []  # type: ignore[arg-type]


def test_bracelet_requires_what_we_do_not_generate() -> None:
    content = {
        "brand": "NINGVALE",
        "item_name": "NINGVALE Bracelet",
        "bullet_point": ["Steel"],
        "product_description": "Bracelet",
        "item_type_keyword": "bracelets",
        "country_of_origin": "CN",
    }
    found = ptd.errors(load("BRACELET.ATVPDKIKX0DER.trimmed.json"), feed.attributes(content, US))
    assert found == ["(attributes): 'supplier_declared_dg_hz_regulation' is a required property"]


def test_meta_schema_ships_with_the_fixtures() -> None:
    meta = load("amazon-product-type-definition-meta-schema-v1.json")
    assert meta["$id"].endswith("/product-types/meta-schema/v1")


def shirt_content(**changes: Any) -> dict[str, Any]:
    content: dict[str, Any] = {
        "product_type": "SHIRT",
        "brand": "NINGVALE",
        "item_name": "NINGVALE メンズ クルーネックTシャツ 綿 ホワイト M",
        "bullet_point": ["素材: 綿"],
        "product_description": "メンズ クルーネックTシャツ",
        "fabric_type": "綿100%",
        "recommended_browse_nodes": "2131434051",
    }
    content.update(changes)
    return content


def test_listing_is_checked_against_its_product_types_definition() -> None:
    definitions = ptd.Definitions(PTD)
    assert ptd.listing_issues(shirt_content(), JP, definitions) == []
    found = ptd.listing_issues(shirt_content(brand=None), JP, definitions)
    assert [(i.code, i.field, i.severity.value) for i in found] == [
        ("product-type-definition", "(attributes)", "error")
    ]
    assert found[0].message == (
        "Amazon's SHIRT definition: (attributes): 'brand' is a required property"
    )


def test_no_definition_for_the_type_or_the_marketplace_checks_nothing() -> None:
    definitions = ptd.Definitions(PTD)
    assert ptd.listing_issues(shirt_content(brand=None), US, definitions) == []
    kettle = shirt_content(product_type="KETTLE", brand=None)
    assert ptd.listing_issues(kettle, JP, definitions) == []


def test_rules_use_the_installed_definitions_only() -> None:
    broken = shirt_content(brand=None)
    try:
        ptd.install(PTD)
        codes = [i.code for i in rules.validate(broken, JP)]
        assert codes.count("product-type-definition") == 1
    finally:
        ptd.install(None)
    assert "product-type-definition" not in [i.code for i in rules.validate(broken, JP)]
