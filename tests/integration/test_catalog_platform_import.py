"""Platform exports imported as they come: AliExpress-style (attribute JSON), Seller Central flat
file and Shopify product CSV; placeholders, country aliases, package facts, header units, cost
rounding, --valid-rows and errors that name the seller's own column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from globalsell.catalog import service, spreadsheets, tabular
from globalsell.core.actor import Actor
from globalsell.core.errors import ValidationFailed
from tests.factories import AT, make_member, make_seller

FIXTURES = Path(__file__).parent.parent / "fixtures" / "catalog"


def _import(session: Session, actor: Actor, data: bytes, filename: str, **options: bool):  # type: ignore[no-untyped-def]
    table = tabular.read_table(data, filename=filename)
    return spreadsheets.import_catalog(
        session,
        actor=actor,
        table_headers=table.headers,
        table_rows=table.rows,
        filename=filename,
        dry_run=False,
        now=AT,
        **options,
    )


def _attrs(session: Session, actor: Actor, sku: str) -> dict[str, tuple[object, str | None]]:
    product = service.get_product(session, actor=actor, sku=sku)
    return {a.name: (a.value, a.unit) for a in product.attributes}


def test_platform_export_is_read_as_it_comes(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    data = (FIXTURES / "platform_export.csv").read_bytes()
    report = _import(session, owner.actor, data, "platform_export.csv")
    assert (report.platform, report.products_created) == ("aliexpress", 3)
    assert report.warnings == [
        "1 cost(s) had more than 6 decimal places: rounded half-up to 6 decimal places"
    ]
    press = service.get_product(session, actor=owner.actor, sku="PX-1")
    assert (press.brand, press.unit_cost, press.cost_currency) == (
        None,
        Decimal("12.345679"),
        "USD",
    )
    assert press.category == "Home & Garden > Kitchen,Dining & Bar > Kitchen Tools & Gadgets"
    attrs = _attrs(session, owner.actor, "PX-1")
    assert attrs["country_of_origin"] == ("CN", None)
    assert attrs["material"] == ("Stainless Steel", None)
    assert "color" not in attrs  # "as picture show" is a placeholder
    assert attrs["package_weight"] == ("0.250", "kilograms")
    assert attrs["package_dimensions"] == (
        {"length": "20", "width": "8", "height": "4"},
        "centimeters",
    )
    assert "item_weight" not in attrs
    assert "item_dimensions" not in attrs
    assert attrs["platform_attributes"] == (
        {"Brand Name": "NoEnName_Null", "Handle Material": "Plastic"},
        None,
    )
    assert attrs["category_path_zh"] == ("家居用品 > 厨房 > 厨房工具", None)
    mug = _attrs(session, owner.actor, "PX-2")
    assert mug["country_of_origin"] == ("CN", None)
    assert "size" not in mug
    assert mug["platform_attributes"] == ({"Pattern Type": "Solid"}, None)
    assert service.get_product(session, actor=owner.actor, sku="PX-2").brand == "Lumo"
    assert _attrs(session, owner.actor, "PX-3")["country_of_origin"] == ("JP", None)


def test_error_names_the_sellers_header_and_valid_rows_imports_the_rest(
    session: Session,
) -> None:
    owner = make_member(session, make_seller(session))
    text = (FIXTURES / "platform_export.csv").read_text("utf-8")
    broken = text.replace("PX-2,", "PX 2!,", 1)
    with pytest.raises(ValidationFailed) as caught:
        _import(session, owner.actor, broken.encode(), "export.csv")
    assert [(e.row, e.field) for e in caught.value.errors] == [(3, "sku")]
    assert service.count_products(session, actor=owner.actor) == 0
    report = _import(session, owner.actor, broken.encode(), "export.csv", valid_rows=True)
    assert report.products_created == 2
    assert report.skipped == [
        "row 3, sku: use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit "
        "(got 'PX 2!')"
    ]


def test_bad_price_is_reported_under_the_platform_column_name(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    text = (FIXTURES / "platform_export.csv").read_text("utf-8").replace(",30,CNY,", ",abc,CNY,")
    with pytest.raises(ValidationFailed) as caught:
        _import(session, owner.actor, text.encode(), "export.csv")
    assert [(e.row, e.field, e.message) for e in caught.value.errors] == [
        (3, "price", "not a number")
    ]


def test_seller_central_flat_file(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    data = (FIXTURES / "flat_file.txt").read_bytes()
    report = _import(session, owner.actor, data, "flat_file.txt")
    assert (report.platform, report.products_created) == ("amazon-flat-file", 2)
    board = _attrs(session, owner.actor, "FF-1")
    assert board["item_weight"] == ("0.8", "kilograms")
    assert board["amazon_product_type"] == ("CUTTING_BOARD", None)
    assert board["country_of_origin"] == ("CN", None)
    assert _attrs(session, owner.actor, "FF-2")["country_of_origin"] == ("PT", None)
    assert service.get_product(session, actor=owner.actor, sku="FF-1").brand == "Woodly"


def test_shopify_product_csv(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    data = (FIXTURES / "shopify_products.csv").read_bytes()
    report = _import(session, owner.actor, data, "products_export.csv")
    assert (report.platform, report.products_created) == ("shopify", 2)
    tray = service.get_product(session, actor=owner.actor, sku="SH-1")
    assert (tray.title, tray.brand, tray.category) == (
        "Oak Serving Tray",
        "Woodly",
        "Serving Trays",
    )
    assert tray.unit_cost == Decimal("9.5")


def test_header_unit_applies_to_bare_numbers(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    text = "SKU,title,Weight (kg)\nW-1,Glass Vase,1.25\nW-2,Clay Pot,300 g\n"
    _import(session, owner.actor, text.encode(), "weights.csv")
    assert _attrs(session, owner.actor, "W-1")["item_weight"] == ("1.25", "kilograms")
    assert _attrs(session, owner.actor, "W-2")["item_weight"] == ("300", "grams")
