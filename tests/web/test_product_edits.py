"""Product list filters, sort and export; the catalogue upload, picture and weight/barcode edits
on the product pages: each checked against the rendered page and the database afterwards."""

from __future__ import annotations

import io

import httpx
import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from globalsell.accounts.models import Seller
from globalsell.catalog import service as catalog
from globalsell.catalog import spreadsheets as catalog_sheets
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import Product
from globalsell.core import audit
from globalsell.core.actor import Role
from tests import factories
from tests.factories import AT, Member
from tests.web.html import Page
from tests.web.test_pages import csrf_of, open_page, sign_in

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


@pytest.fixture
def seller(session: Session) -> Seller:
    return factories.make_seller(session, name="宁波宁谷贸易")


@pytest.fixture
def owner(session: Session, seller: Seller) -> Member:
    return factories.make_member(session, seller, Role.OWNER)


@pytest.fixture
def viewer(session: Session, seller: Seller) -> Member:
    return factories.make_member(session, seller, Role.VIEWER)


@pytest.fixture
def kettle(session: Session, owner: Member) -> Product:
    product = factories.make_product(session, owner.actor, sku="KT-1", title="1.7L不锈钢电热水壶")
    catalog.set_attribute(
        session,
        actor=owner.actor,
        sku="KT-1",
        name="item_name",
        value="NINGVALE Electric Kettle 1.7 L",
        unit=None,
        language="en",
        marketplace="UK",
        provenance=Provenance.TRANSLATED,
        confidence=None,
        source="test",
        now=AT,
    )
    return product


def _skus(page_rows: list[list[str]]) -> list[str]:
    return [row[1] for row in page_rows[1:]]


def _upload(
    client: TestClient, page_url: str, action: str, files: dict[str, tuple[str, bytes, str]]
) -> httpx.Response:
    token = csrf_of(open_page(client, page_url))
    return client.post(action, data={"csrf_token": token}, files=files, follow_redirects=False)


# ------------------------------------------------------------------ list


def test_search_finds_the_kettle_in_english_and_in_chinese(
    client: TestClient, session: Session, owner: Member, kettle: Product
) -> None:
    factories.make_product(session, owner.actor, sku="MUG-1", title="不锈钢保温杯 500ml")
    sign_in(client, owner)

    assert _skus(open_page(client, "/products?q=kettle").table("products")) == ["KT-1"]
    assert _skus(open_page(client, "/products?q=水壶").table("products")) == ["KT-1"]
    assert _skus(open_page(client, "/products?q=不锈钢").table("products")) == ["KT-1", "MUG-1"]


def test_filters_and_sort_come_from_the_url_and_links_keep_them(
    client: TestClient, session: Session, owner: Member
) -> None:
    factories.make_product(session, owner.actor, sku="A-1", title="Bowl")
    factories.make_product(session, owner.actor, sku="B-1", title="Apron")
    other = factories.make_product(session, owner.actor, sku="C-1", title="Cup")
    catalog.update_product(
        session, actor=owner.actor, sku=other.sku, changes={"brand": "OTHER"}, now=AT
    )
    sign_in(client, owner)

    by_title = open_page(client, "/products?sort=title")
    backwards = open_page(client, "/products?sort=-title&brand=NINGVALE")

    assert _skus(by_title.table("products")) == ["B-1", "A-1", "C-1"]
    assert by_title.table("products")[0][2] == "Title↑"
    assert _skus(backwards.table("products")) == ["A-1", "B-1"]
    heading = backwards.by_id("products").find_all("th")[2]
    assert heading.attrs["aria-sort"] == "descending"
    assert heading.find_all("a")[0].attrs["href"] == "/products?brand=NINGVALE&sort=title"
    assert backwards.text("exports") == "Download this list: CSV · XLSX"
    links = [a.attrs["href"] for a in backwards.by_id("exports").find_all("a")]
    assert links == [
        "/products.csv?brand=NINGVALE&sort=-title",
        "/products.xlsx?brand=NINGVALE&sort=-title",
    ]
    assert _skus(open_page(client, "/products?sort=nonsense").table("products")) == [
        "A-1",
        "B-1",
        "C-1",
    ]


def _import_mugs(session: Session, owner: Member, *more: list[str]) -> None:
    """A mug family (parent with a weight, a black variant with a barcode, a white one with
    neither), then any other rows, imported from a Chinese-headed sheet."""
    catalog_sheets.import_catalog(
        session,
        actor=owner.actor,
        table_headers=["父SKU", "SKU", "产品名称", "颜色", "重量", "条码"],
        table_rows=[
            ["", "MUG-01", "不锈钢保温杯 500ml", "", "350g", ""],
            ["MUG-01", "MUG-01-BK", "不锈钢保温杯 黑色", "黑色", "", "4006381333931"],
            ["MUG-01", "MUG-01-WH", "不锈钢保温杯 白色", "白色", "", ""],
            *more,
        ],
        filename="catalogue.xlsx",
        dry_run=False,
        now=AT,
    )


def test_the_missing_filter_lists_products_with_an_item_lacking_a_weight_or_barcode(
    client: TestClient, session: Session, owner: Member
) -> None:
    _import_mugs(
        session,
        owner,
        ["", "PAN-01", "不粘锅 28cm", "", "", "5012345678900"],
        ["", "BOX-01", "保鲜盒 5件套", "", "1.2kg", "4000000000006"],
    )
    sign_in(client, owner)

    no_weight = open_page(client, "/products?missing=weight")
    no_barcode = open_page(client, "/products?missing=barcode&sort=-sku")
    exported = client.get("/products.csv?missing=barcode").content.decode("utf-8-sig")

    assert _skus(no_weight.table("products")) == ["PAN-01 Fill in →"]
    fix = no_weight.by_id("products").find_all("a")[-1]
    assert (fix.text(), fix.attrs["href"]) == ("Fill in →", "/products/PAN-01/fix")
    assert 'value="weight" selected' in client.get("/products?missing=weight").text
    assert _skus(no_barcode.table("products")) == ["MUG-01 Fill in →"]
    assert [line.split(",")[0] for line in exported.splitlines()] == ["sku", "MUG-01"]
    assert _skus(open_page(client, "/products?missing=nonsense").table("products")) == [
        "BOX-01",
        "MUG-01",
        "PAN-01",
    ]


def test_the_export_has_the_filtered_rows_as_csv_and_xlsx(
    client: TestClient, session: Session, owner: Member, kettle: Product
) -> None:
    factories.make_product(session, owner.actor, sku="MUG-1", title="保温杯")
    sign_in(client, owner)

    csv = client.get("/products.csv?q=kettle")
    xlsx = client.get("/products.xlsx?sort=-sku")

    assert csv.status_code == 200
    assert csv.headers["content-disposition"] == 'attachment; filename="products.csv"'
    assert csv.content.decode("utf-8-sig").splitlines() == [
        "sku,title,brand,category,language,variants,image,updated",
        "KT-1,1.7L不锈钢电热水壶,NINGVALE,,zh,0,,2026-11-25T09:00:00+00:00",
    ]
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == ["sku", "MUG-1", "KT-1"]
    assert client.get("/products.pdf").status_code == 404


def test_lists_and_exports_need_a_login(client: TestClient) -> None:
    for url in ("/products", "/products.csv", "/products/import"):
        response = client.get(url, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login")


# ------------------------------------------------------------------ catalogue upload

GOOD = "SKU,产品名称,品牌,重量,采购价,币种\nLAMP-1,LED台灯,NINGVALE,850g,45.5,CNY\n"
BAD = (
    "SKU,产品名称,品牌,重量,采购价,币种\n"
    "LAMP-1,LED台灯,NINGVALE,850g,45.5,CNY\n"
    "LAMP-2,LED落地灯,NINGVALE,heavy,abc,CNY\n"
)


def test_an_uploaded_catalogue_is_imported_and_audited(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)

    response = _upload(
        client,
        "/products/import",
        "/products/import",
        {"file": ("lamps.csv", GOOD.encode(), "text/csv")},
    )

    assert response.status_code == 200
    page_text = " ".join(response.text.split())
    assert "Imported 1 rows." in page_text
    assert "New products: 1" in page_text
    session.expire_all()
    lamp = catalog.get_product(session, actor=owner.actor, sku="LAMP-1")
    assert (lamp.title, str(lamp.unit_cost), lamp.cost_currency) == ("LED台灯", "45.500000", "CNY")
    actions = [e.action for e in audit.entries_for(session, seller_id=owner.actor.seller_id)]
    assert "catalog.import.completed" in actions


def test_an_uploaded_catalogue_with_a_picture_column_shows_the_thumbnails(
    client: TestClient, session: Session, owner: Member
) -> None:
    sheet = (
        "SKU,产品名称,主图链接\n"
        "LAMP-1,LED台灯,https://img.example.com/lamp-1.jpg\n"
        "LAMP-2,LED落地灯,\n"
    )
    bad = "SKU,产品名称,主图链接\nLAMP-3,LED壁灯,javascript:alert(1)\n"
    sign_in(client, owner)

    imported = _upload(
        client, "/products/import", "/products/import", {"file": ("l.csv", sheet.encode(), "")}
    )
    refused = _upload(
        client, "/products/import", "/products/import", {"file": ("b.csv", bad.encode(), "")}
    )
    pictures = open_page(client, "/products").by_id("products").find_all("img")

    assert imported.status_code == 200
    assert [img.attrs["src"] for img in pictures] == ["https://img.example.com/lamp-1.jpg"]
    assert refused.status_code == 422
    assert Page(refused.text).table("import-problems")[1] == [
        "2",
        "主图链接",
        "an https:// address of at most 1000 characters",
        "javascript:alert(1)",
    ]


def test_a_catalogue_with_a_bad_row_imports_nothing_and_names_the_sellers_columns(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)

    response = _upload(
        client, "/products/import", "/products/import", {"file": ("lamps.csv", BAD.encode(), "")}
    )

    assert response.status_code == 422
    page = Page(response.text)
    rows = page.table("import-problems")
    assert rows[0] == ["Row", "Column", "Problem", "Value"]
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [
        ("3", "采购价", "abc"),
        ("3", "重量", "heavy"),
    ]
    assert page.text("import-errors").startswith(
        "Nothing was imported. lamps.csv: 2 error(s); nothing was imported"
    )
    session.expire_all()
    assert catalog.count_products(session, actor=owner.actor) == 0


def test_the_upload_is_refused_without_a_token_or_the_role(
    client: TestClient, session: Session, owner: Member, viewer: Member
) -> None:
    sign_in(client, owner)
    forged = client.post(
        "/products/import",
        data={"csrf_token": "forged"},
        files={"file": ("lamps.csv", GOOD.encode(), "text/csv")},
        follow_redirects=False,
    )
    client.cookies.clear()
    sign_in(client, viewer)
    page = open_page(client, "/products/import")
    denied = client.post(
        "/products/import",
        data={"csrf_token": csrf_of(page)},
        files={"file": ("lamps.csv", GOOD.encode(), "text/csv")},
        follow_redirects=False,
    )

    assert forged.status_code == 403
    assert denied.status_code == 403
    assert page.has_id("import-form") is False
    session.expire_all()
    assert catalog.count_products(session, actor=owner.actor) == 0


def test_an_upload_over_the_size_limit_is_refused(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)
    big = GOOD.encode() + b"x" * (2 * 1024 * 1024)

    response = _upload(
        client, "/products/import", "/products/import", {"file": ("big.csv", big, "text/csv")}
    )

    assert response.status_code == 413
    session.expire_all()
    assert catalog.count_products(session, actor=owner.actor) == 0


# ------------------------------------------------------------------ weight and barcode


def test_a_missing_weight_and_barcode_are_filled_in_and_audited(
    client: TestClient, session: Session, owner: Member, kettle: Product
) -> None:
    sign_in(client, owner)
    before = open_page(client, "/products/KT-1/fix")

    response = client.post(
        "/products/KT-1/fix",
        data={
            "sku_1": "KT-1",
            "weight_1": "1.2 kg",
            "barcode_1": "4006381333931",
            "csrf_token": csrf_of(before),
        },
        follow_redirects=False,
    )

    assert before.table("needs") == [
        ["SKU", "Weight", "Barcode (GTIN)", "New weight", "New barcode"],
        ["KT-1", "missing", "missing", "", ""],
    ]
    assert response.status_code == 303
    assert response.headers["location"] == "/products/KT-1"
    assert open_page(client, "/products/KT-1/fix").table("needs")[1][:3] == [
        "KT-1",
        "1.2 kg",
        "4006381333931",
    ]
    session.expire_all()
    product = catalog.get_product(session, actor=owner.actor, sku="KT-1")
    gtin = catalog.find_attribute(
        session, product=product, name="externally_assigned_product_identifier"
    )
    assert gtin is not None
    assert (gtin.value, gtin.provenance) == (
        {"type": "ean", "value": "4006381333931"},
        Provenance.SELLER,
    )
    entries = audit.entries_for(
        session, seller_id=owner.actor.seller_id, subject_type="product", subject_id="KT-1"
    )
    names = [e.data["name"] for e in entries if e.action == "catalog.attribute.set"]
    assert sorted(names) == ["externally_assigned_product_identifier", "item_name", "item_weight"]


def test_each_variant_gets_its_own_barcode_and_a_used_barcode_is_refused(
    client: TestClient, session: Session, owner: Member
) -> None:
    _import_mugs(session, owner)
    sign_in(client, owner)
    page = open_page(client, "/products/MUG-01/fix")
    token = csrf_of(page)

    used = client.post(
        "/products/MUG-01/fix",
        data={"sku_1": "MUG-01-WH", "barcode_1": "4006381333931", "csrf_token": token},
        follow_redirects=False,
    )
    saved = client.post(
        "/products/MUG-01/fix",
        data={"sku_1": "MUG-01-WH", "barcode_1": "5012345678900", "csrf_token": token},
        follow_redirects=False,
    )
    stranger = client.post(
        "/products/MUG-01/fix",
        data={"sku_1": "KT-1", "weight_1": "1 kg", "csrf_token": token},
        follow_redirects=False,
    )

    assert [row[:3] for row in page.table("needs")[1:]] == [
        ["MUG-01-BK不锈钢保温杯 黑色", "350 g (the product's)", "4006381333931"],
        ["MUG-01-WH不锈钢保温杯 白色", "350 g (the product's)", "missing"],
    ]
    assert used.status_code == 409
    assert "barcode 4006381333931 is already used by MUG-01-BK" in used.text
    assert saved.status_code == 303
    assert stranger.status_code == 404
    after = open_page(client, "/products/MUG-01/fix").table("needs")
    assert [row[2] for row in after[1:]] == ["4006381333931", "5012345678900"]


def test_a_wrong_barcode_writes_nothing_and_a_viewer_is_refused(
    client: TestClient, session: Session, owner: Member, viewer: Member, kettle: Product
) -> None:
    sign_in(client, owner)
    token = csrf_of(open_page(client, "/products/KT-1/fix"))
    wrong = client.post(
        "/products/KT-1/fix",
        data={
            "sku_1": "KT-1",
            "weight_1": "1.2 kg",
            "barcode_1": "4006381333932",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    client.cookies.clear()
    sign_in(client, viewer)
    viewer_page = open_page(client, "/products/KT-1/fix")
    denied = client.post(
        "/products/KT-1/fix",
        data={"sku_1": "KT-1", "weight_1": "1.2 kg", "csrf_token": csrf_of(viewer_page)},
        follow_redirects=False,
    )

    assert wrong.status_code == 422
    assert "barcode: not a valid EAN/UPC/GTIN" in wrong.text
    assert denied.status_code == 403
    assert viewer_page.input_values("weight_1") == []
    session.expire_all()
    product = catalog.get_product(session, actor=owner.actor, sku="KT-1")
    assert catalog.find_attribute(session, product=product, name="item_weight") is None


# ------------------------------------------------------------------ picture


def test_an_uploaded_picture_is_served_and_shown_as_the_thumbnail(
    client: TestClient, session: Session, owner: Member, kettle: Product
) -> None:
    sign_in(client, owner)

    saved = _upload(
        client, "/products/KT-1", "/products/KT-1/image", {"image": ("k.png", PNG, "image/png")}
    )
    served = client.get("/products/KT-1/image")
    listed = open_page(client, "/products").by_id("products").find_all("img")

    assert saved.status_code == 303
    assert (served.status_code, served.headers["content-type"], served.content) == (
        200,
        "image/png",
        PNG,
    )
    assert [img.attrs["src"] for img in listed] == ["/products/KT-1/image"]
    session.expire_all()
    entry = audit.entries_for(session, seller_id=owner.actor.seller_id, limit=1)[0]
    assert (entry.action, entry.data["bytes"], entry.data["content_type"]) == (
        "catalog.image.uploaded",
        48,
        "image/png",
    )


def test_a_picture_address_or_a_non_picture(
    client: TestClient, session: Session, owner: Member, kettle: Product
) -> None:
    sign_in(client, owner)
    token = csrf_of(open_page(client, "/products/KT-1"))

    svg = client.post(
        "/products/KT-1/image",
        data={"csrf_token": token},
        files={"image": ("x.svg", b"<svg onload=alert(1)>", "image/svg+xml")},
        follow_redirects=False,
    )
    plain_http = client.post(
        "/products/KT-1/image",
        data={"csrf_token": token, "image_url": "http://cdn.example.com/k.jpg"},
        follow_redirects=False,
    )
    linked = client.post(
        "/products/KT-1/image",
        data={"csrf_token": token, "image_url": "https://cdn.example.com/k.jpg"},
        follow_redirects=False,
    )

    assert svg.status_code == 422
    assert "x.svg: not a PNG, JPEG, WebP or GIF picture" in svg.text
    assert plain_http.status_code == 422
    assert linked.status_code == 303
    images = open_page(client, "/products").by_id("products").find_all("img")
    assert [img.attrs["src"] for img in images] == ["https://cdn.example.com/k.jpg"]
    assert client.get("/products/KT-1/image").status_code == 404


def test_pictures_need_a_login_and_the_operator_role(
    client: TestClient, session: Session, owner: Member, viewer: Member, kettle: Product
) -> None:
    anonymous = client.post(
        "/products/KT-1/image",
        data={"csrf_token": "x", "image_url": "https://cdn.example.com/k.jpg"},
        follow_redirects=False,
    )
    sign_in(client, viewer)
    denied = _upload(
        client, "/products/KT-1", "/products/KT-1/image", {"image": ("k.png", PNG, "image/png")}
    )

    assert anonymous.status_code == 303
    assert anonymous.headers["location"] == "/login"
    assert denied.status_code == 403
    assert open_page(client, "/products/KT-1").has_id("image-form") is False
    assert client.get("/products/KT-1/image").status_code == 404
