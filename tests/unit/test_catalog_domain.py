from __future__ import annotations

from decimal import Decimal

import pytest

from globalsell.catalog import domain
from globalsell.catalog.units import (
    Dimensions,
    Measure,
    convert_weight,
    parse_dimensions,
    parse_weight,
)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.2kg", "1.2", "kilograms"),
        ("850g", "850", "grams"),
        ("0.5公斤", "0.5", "kilograms"),
        ("350克", "350", "grams"),
        ("2.2 lb", "2.2", "pounds"),
        ("12oz", "12", "ounces"),
        ("1.5斤", "750.0", "grams"),
        ("1,5 KG", "1.5", "kilograms"),
        ("3 lbs", "3", "pounds"),
    ],
)
def test_weights_as_sellers_write_them(text: str, value: str, unit: str) -> None:
    assert parse_weight(text) == Measure(Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30x20x10cm", Dimensions(Decimal(30), Decimal(20), Decimal(10), "centimeters")),
        ("30*20*10 厘米", Dimensions(Decimal(30), Decimal(20), Decimal(10), "centimeters")),
        ("300×200×100mm", Dimensions(Decimal(300), Decimal(200), Decimal(100), "millimeters")),
        ("12 x 8 x 4 in", Dimensions(Decimal(12), Decimal(8), Decimal(4), "inches")),
        ("25.5X18X6CM", Dimensions(Decimal("25.5"), Decimal(18), Decimal(6), "centimeters")),
    ],
)
def test_dimensions_as_sellers_write_them(text: str, expected: Dimensions) -> None:
    assert parse_dimensions(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("很轻", "expected a number"),
        ("5 m", "not a unit of weight"),
        ("0g", "greater than zero"),
        ("5 bananas", "unknown unit"),
    ],
)
def test_bad_weights_say_why(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_weight(text)


def test_weight_conversion_is_exact() -> None:
    assert convert_weight(Measure(Decimal("453.59237"), "grams"), "pounds") == Decimal(1)
    assert convert_weight(Measure(Decimal(1), "kilograms"), "grams") == Decimal(1000)


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("9524871001030", True),
        ("9524871001031", False),
        ("036000291452", True),
        ("96385074", True),
        ("12345", False),
        ("abcdefghijklm", False),
    ],
)
def test_gtin_check_digit(code: str, valid: bool) -> None:
    assert domain.gtin_valid(code) is valid


def test_headers_map_from_chinese_and_english_aliases() -> None:
    mapped, errors = domain.map_headers(["SKU", "产品名称", " Brand ", "备注", "颜色", "foo"])
    assert errors == []
    assert mapped.columns == {0: "sku", 1: "title", 2: "brand", 4: "color"}
    assert mapped.warnings == ["column 'foo' is not known and was ignored"]


def test_missing_and_duplicate_headers_are_errors_on_row_one() -> None:
    _, errors = domain.map_headers(["货号", "SKU", "品牌"])
    assert [str(e) for e in errors] == [
        "row 1, SKU: same column as '货号'",
        "row 1, title: required column missing (one of 产品名称 / 商品名称 / 标题)",
    ]


def test_row_parsing_normalises_every_field() -> None:
    row, errors = domain.parse_row(
        2,
        {
            "sku": "NB-1",
            "title": "不锈钢保温杯",
            "unit_cost": "23.50",
            "cost_currency": "人民币",
            "weight": "350克",
            "barcode": "9524871001030",
            "country_of_origin": "中国",
            "hs_code": "9617.00.10",
            "keywords": "保温杯，水杯;杯子 旅行",
            "bullet_1": "保温12小时",
        },
    )
    assert errors == []
    assert row is not None
    assert row.source_language == "zh"
    assert row.fields == {"unit_cost": Decimal("23.50"), "cost_currency": "CNY"}
    assert row.attributes == {
        "item_weight": ("350", "grams", None),
        "externally_assigned_product_identifier": (
            {"type": "ean", "value": "9524871001030"},
            None,
            None,
        ),
        "country_of_origin": ("CN", None, None),
        "hs_code_declared": ("96170010", None, None),
        "bullet_point": (["保温12小时"], None, "zh"),
        "generic_keyword": (["保温杯", "水杯", "杯子", "旅行"], None, "zh"),
    }


def test_row_errors_name_row_field_and_value() -> None:
    row, errors = domain.parse_row(
        7, {"sku": "bad sku!", "title": "", "unit_cost": "-5", "cost_currency": "XYZ"}
    )
    assert row is None
    assert [str(e) for e in errors] == [
        "row 7, sku: use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit "
        "(got 'bad sku!')",
        "row 7, title: required",
        "row 7, unit_cost: must be a positive number (got '-5')",
        "row 7, cost_currency: unknown currency (use an ISO 4217 code such as CNY or USD) "
        "(got 'XYZ')",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("保温杯", "zh"),
        ("ステンレス", "ja"),
        ("텀블러", "ko"),
        ("Mug", "en"),
        ("10000mAh超薄移动电源", "zh"),
        ("锛2 PCS锛 bearing unit with housing", "en"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert domain.detect_language(text) == language
