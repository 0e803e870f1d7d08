"""The web dashboard through its HTTP surface: login, catalogue pages and the approvals inbox,
with every decision checked against the services afterwards."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.accounts.models import Seller
from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.catalog import spreadsheets as catalog_sheets
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import Product
from globalsell.core.actor import Role
from tests import factories
from tests.factories import AT, PASSWORD, Member
from tests.web.html import Page

# ------------------------------------------------------------------ helpers


def csrf_of(page: Page) -> str:
    tokens = set(page.input_values("csrf_token"))
    assert len(tokens) == 1
    return tokens.pop()


def open_page(client: TestClient, url: str) -> Page:
    response = client.get(url, follow_redirects=False)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    return Page(response.text)


def log_in(
    client: TestClient, email: str, password: str = PASSWORD, next_path: str = "/"
) -> httpx.Response:
    token = csrf_of(open_page(client, "/login"))
    return client.post(
        "/login",
        data={"email": email, "password": password, "next": next_path, "csrf_token": token},
        follow_redirects=False,
    )


def sign_in(client: TestClient, member: Member) -> None:
    response = log_in(client, member.user.email)
    assert response.status_code == 303
    assert response.headers["location"] == "/"


def post_form(
    client: TestClient, page_url: str, action: str, fields: dict[str, str]
) -> httpx.Response:
    """Submit a form as a browser does: with the CSRF token of the page it is on."""
    page = open_page(client, page_url)
    assert action in page.forms()
    return client.post(action, data={**fields, "csrf_token": csrf_of(page)}, follow_redirects=False)


def reload_change(session: Session, change: ChangeRequest, member: Member) -> ChangeRequest:
    session.expire_all()
    return approvals.get_change(session, change_id=change.id, actor=member.actor)


def reload_product(session: Session, product: Product, member: Member) -> Product:
    session.expire_all()
    return catalog.get_product(session, actor=member.actor, sku=product.sku)


# ------------------------------------------------------------------ fixtures


@pytest.fixture
def seller(session: Session) -> Seller:
    return factories.make_seller(session, name="宁波宁谷贸易 Ningvale Trading")


@pytest.fixture
def owner(session: Session, seller: Seller) -> Member:
    return factories.make_member(session, seller, Role.OWNER)


@pytest.fixture
def product(session: Session, owner: Member) -> Product:
    return factories.make_product(session, owner.actor, sku="MUG-500", unit_cost="23.50")


@pytest.fixture
def change(session: Session, runtime: Runtime, owner: Member, product: Product) -> ChangeRequest:
    return factories.propose_cost_change(session, runtime.registry, owner.actor, product, "21.00")


@pytest.fixture
def other_seller_change(session: Session, runtime: Runtime) -> tuple[Member, ChangeRequest]:
    other = factories.make_seller(session, name="Other Seller")
    member = factories.make_member(session, other, Role.OWNER)
    theirs = factories.make_product(session, member.actor, sku="THEIRS-1", unit_cost="9.90")
    return member, factories.propose_cost_change(
        session, runtime.registry, member.actor, theirs, "8.80"
    )


# ------------------------------------------------------------------ login


def test_login_with_the_right_password_opens_the_dashboard(
    client: TestClient, owner: Member, product: Product, change: ChangeRequest
) -> None:
    response = log_in(client, owner.user.email)

    assert response.status_code == 303
    assert response.headers["location"] == "/"
    assert "globalsell_session=" in response.headers["set-cookie"]
    page = open_page(client, "/")
    assert page.by_id("product-count").text() == "1"
    assert page.by_id("open-count").text() == "1"
    assert "宁波宁谷贸易 Ningvale Trading" in page.root.text()


def test_wrong_password_is_401_and_starts_no_session(client: TestClient, owner: Member) -> None:
    response = log_in(client, owner.user.email, password="wrong password!")

    assert response.status_code == 401
    assert Page(response.text).flashes() == ["Wrong e-mail or password"]
    dashboard = client.get("/", follow_redirects=False)
    assert dashboard.status_code == 303
    assert dashboard.headers["location"] == "/login"


def test_unknown_email_gets_the_same_answer(client: TestClient, owner: Member) -> None:
    response = log_in(client, "nobody@example.com")

    assert response.status_code == 401
    assert Page(response.text).flashes() == ["Wrong e-mail or password"]


def test_anonymous_visitor_is_sent_to_login_and_back(client: TestClient, owner: Member) -> None:
    response = client.get("/products?q=mug", follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/products%3Fq%3Dmug"
    page = open_page(client, response.headers["location"])
    assert page.input_values("next") == ["/products?q=mug"]
    after = log_in(client, owner.user.email, next_path="/products?q=mug")
    assert after.headers["location"] == "/products?q=mug"


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""],
)
def test_login_never_redirects_off_site(client: TestClient, owner: Member, target: str) -> None:
    response = log_in(client, owner.user.email, next_path=target)

    assert response.status_code == 303
    assert response.headers["location"] == "/"


@pytest.mark.parametrize(
    "url", ["/", "/products", "/products/MUG-500", "/approvals", "/approvals/1"]
)
def test_every_page_needs_a_login(client: TestClient, url: str) -> None:
    response = client.get(url, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_logout_ends_the_session(client: TestClient, owner: Member) -> None:
    sign_in(client, owner)

    response = post_form(client, "/", "/logout", {})

    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert client.get("/", follow_redirects=False).status_code == 303


def test_login_form_without_csrf_token_is_refused(client: TestClient, owner: Member) -> None:
    client.get("/login")
    response = client.post(
        "/login", data={"email": owner.user.email, "password": PASSWORD}, follow_redirects=False
    )

    assert response.status_code == 403
    assert client.get("/", follow_redirects=False).status_code == 303


def test_deactivated_user_is_signed_out(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)
    owner.user.is_active = False
    session.flush()

    response = client.get("/", follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == "/login"


def test_user_of_two_sellers_switches_between_them(
    client: TestClient, session: Session, owner: Member, product: Product
) -> None:
    second = factories.make_seller(session, name="Second Shop")
    accounts.grant_role(
        session, seller_id=second.id, user_id=owner.user.id, role=Role.VIEWER, by="test", now=AT
    )
    sign_in(client, owner)
    assert open_page(client, "/").by_id("product-count").text() == "1"

    response = post_form(client, "/", "/switch", {"seller_id": str(second.id)})

    assert response.status_code == 303
    page = open_page(client, "/")
    assert page.by_id("product-count").text() == "0"
    assert page.flashes() == ["You are now working for Second Shop."]
    assert client.get("/products/MUG-500").status_code == 404


def test_switching_to_a_seller_without_a_role_is_refused(
    client: TestClient,
    session: Session,
    owner: Member,
    other_seller_change: tuple[Member, ChangeRequest],
) -> None:
    second = factories.make_seller(session, name="Second Shop")
    accounts.grant_role(
        session, seller_id=second.id, user_id=owner.user.id, role=Role.VIEWER, by="test", now=AT
    )
    stranger, _ = other_seller_change
    sign_in(client, owner)

    response = post_form(client, "/", "/switch", {"seller_id": str(stranger.actor.seller_id)})

    assert response.status_code == 403
    assert open_page(client, "/").text("seller-name") == "宁波宁谷贸易 Ningvale Trading"


# ------------------------------------------------------------------ catalogue


def test_product_list_shows_exact_values_and_searches(
    client: TestClient, session: Session, owner: Member, product: Product
) -> None:
    factories.make_product(session, owner.actor, sku="BOTTLE-1", title="玻璃水瓶 1L")
    sign_in(client, owner)

    everything = open_page(client, "/products").table("products")
    found = open_page(client, "/products?q=玻璃").table("products")

    assert everything == [
        ["Picture", "SKU↑", "Title", "Brand", "Category", "Language", "Variants", "Updated"],
        ["", "BOTTLE-1", "玻璃水瓶 1L", "NINGVALE", "—", "Chinese", "0", "Nov 25, 2026, 09:00"],
        [
            "",
            "MUG-500",
            "不锈钢保温杯 500ml",
            "NINGVALE",
            "—",
            "Chinese",
            "0",
            "Nov 25, 2026, 09:00",
        ],
    ]
    assert found == everything[:2]


def test_product_list_pages(client: TestClient, session: Session, owner: Member) -> None:
    for number in range(52):
        factories.make_product(session, owner.actor, sku=f"P-{number:03d}")
    sign_in(client, owner)

    first = open_page(client, "/products")
    second = open_page(client, "/products?page=2")

    assert [row[1] for row in first.table("products")[1:]][-1] == "P-049"
    assert [row[1] for row in second.table("products")[1:]] == ["P-050", "P-051"]
    assert open_page(client, "/products?page=junk").table("products")[1][1] == "P-000"


def test_product_detail_shows_fields_variants_and_attributes(
    client: TestClient, session: Session, owner: Member
) -> None:
    catalog_sheets.import_catalog(
        session,
        actor=owner.actor,
        table_headers=["父SKU", "SKU", "产品名称", "品牌", "颜色", "重量", "采购价", "币种"],
        table_rows=[
            ["", "MUG-01", "不锈钢保温杯 500ml", "NINGVALE", "", "350g", "23.5", "CNY"],
            ["MUG-01", "MUG-01-BK", "不锈钢保温杯 黑色", "", "黑色", "", "23.50", "CNY"],
            ["MUG-01", "MUG-01-WH", "不锈钢保温杯 白色", "", "白色", "", "0.000123", "CNY"],
        ],
        filename="catalogue.xlsx",
        dry_run=False,
        now=AT,
    )
    catalog.set_attribute(
        session,
        actor=owner.actor,
        sku="MUG-01",
        name="item_name",
        value="Stainless Steel Vacuum Mug 500 ml",
        unit=None,
        language="en",
        marketplace="US",
        provenance=Provenance.TRANSLATED,
        confidence=Decimal("0.870"),
        source="assistant",
        now=AT,
        accepted=None,
    )
    sign_in(client, owner)

    page = open_page(client, "/products/MUG-01")

    assert page.text("field-sku") == "MUG-01"
    assert page.text("field-title") == "不锈钢保温杯 500ml"
    assert page.text("field-brand") == "NINGVALE"
    assert page.text("field-unit-cost") == "CN¥23.50"
    assert page.text("field-theme") == "Colour"
    assert page.table("variants") == [
        ["SKU", "Title", "Options", "Unit cost"],
        ["MUG-01-BK", "不锈钢保温杯 黑色", "Colour: 黑色", "CN¥23.50"],
        ["MUG-01-WH", "不锈钢保温杯 白色", "Colour: 白色", "CN¥0.000123"],
    ]
    assert page.table("attributes") == [
        [
            "Name",
            "Value",
            "Unit",
            "Language",
            "Store",
            "Variant",
            "Source",
            "Confidence",
            "Accepted",
        ],
        ["Weight", "350", "grams", "—", "—", "—", "From you", "—", "yes"],
        ["Colour", "黑色", "—", "Chinese", "—", "MUG-01-BK", "From you", "—", "yes"],
        ["Colour", "白色", "—", "Chinese", "—", "MUG-01-WH", "From you", "—", "yes"],
        [
            "Title",
            "Stainless Steel Vacuum Mug 500 ml",
            "—",
            "English",
            "US",
            "—",
            "Translated",
            "87%",
            "—",
        ],
    ]
    badges = [e.attrs["class"] for e in page.by_id("attributes").find_all("span")]
    assert badges == ["badge prov-seller"] * 3 + ["badge prov-translated"]


def test_pages_are_utf8_with_security_headers(client: TestClient, owner: Member) -> None:
    sign_in(client, owner)

    response = client.get("/products")

    assert '<meta charset="utf-8">' in response.text
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_product_titles_are_escaped(client: TestClient, session: Session, owner: Member) -> None:
    factories.make_product(session, owner.actor, sku="XSS-1", title="<script>alert(1)</script>")
    sign_in(client, owner)

    html = client.get("/products/XSS-1").text

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_another_sellers_product_and_change_are_404_and_unchanged(
    client: TestClient,
    session: Session,
    owner: Member,
    other_seller_change: tuple[Member, ChangeRequest],
) -> None:
    stranger, theirs = other_seller_change
    sign_in(client, owner)
    token = csrf_of(open_page(client, "/"))
    fingerprint = approvals.fingerprint_of(theirs)

    product_page = client.get("/products/THEIRS-1")
    change_page = client.get(f"/approvals/{theirs.id}")
    approve = client.post(
        f"/approvals/{theirs.id}/approve",
        data={"fingerprint": fingerprint, "csrf_token": token},
        follow_redirects=False,
    )
    reject = client.post(
        f"/approvals/{theirs.id}/reject",
        data={"reason": "not mine", "csrf_token": token},
        follow_redirects=False,
    )

    assert (product_page.status_code, change_page.status_code) == (404, 404)
    assert (approve.status_code, reject.status_code) == (404, 404)
    assert Page(change_page.text).text("error-status") == "404"
    assert reload_change(session, theirs, stranger).status == ChangeStatus.PROPOSED
    theirs_product = catalog.get_product(session, actor=stranger.actor, sku="THEIRS-1")
    assert theirs_product.unit_cost == Decimal("9.90")


def test_unknown_change_ids_are_404(client: TestClient, owner: Member) -> None:
    sign_in(client, owner)

    assert client.get("/approvals/999999").status_code == 404
    assert client.get("/approvals/abc").status_code == 404
    assert client.get("/approvals/99999999999999").status_code == 404
    assert client.get("/approvals/²").status_code == 404
    assert client.get("/approvals/" + "9" * 5000).status_code == 404
    assert client.get("/products?page=²").status_code == 200


# ------------------------------------------------------------------ inbox


def test_inbox_lists_open_change_requests(
    client: TestClient,
    session: Session,
    runtime: Runtime,
    owner: Member,
    product: Product,
    change: ChangeRequest,
) -> None:
    rejected = factories.propose_cost_change(session, runtime.registry, owner.actor, product, "20")
    approvals.reject(session, change_id=rejected.id, reason="no", actor=owner.actor, now=AT)
    sign_in(client, owner)

    inbox = open_page(client, "/approvals").table("inbox")
    history = open_page(client, "/approvals?status=rejected").table("inbox")

    assert inbox == [
        [
            "Select",
            "Title",
            "Kind",
            "Subject",
            "Money at stake",
            "Proposed by",
            "Proposed at",
            "Status",
        ],
        [
            "",
            "Lower the unit cost of MUG-500",
            "Product edit",
            "不锈钢保温杯 500ml",
            "—",
            owner.user.display_name,
            "Nov 25, 2026, 09:00",
            "Waiting for you",
        ],
    ]
    assert history[1][0] == "Lower the unit cost of MUG-500"
    assert history[1][6] == "Rejected"
    assert len(history) == 2


def test_change_detail_shows_reason_diff_and_fingerprint(
    client: TestClient, owner: Member, change: ChangeRequest
) -> None:
    sign_in(client, owner)

    page = open_page(client, f"/approvals/{change.id}")

    assert page.text("change-reason") == "The factory quoted a lower price."
    assert page.text("change-status") == "Waiting for you"
    assert page.text("proposed-by").startswith(owner.user.display_name + " · ")
    assert page.table("edit-card") == [
        ["Field", "Now", "Proposed"],
        ["Unit cost", "CN¥23.50", "CN¥21.00"],
    ]
    assert set(page.input_values("fingerprint")) == {approvals.fingerprint_of(change)}
    assert page.has_id("stale-warning") is False
    assert page.input_values("edit_path") == ["changes.unit_cost"]


def test_stale_proposal_is_flagged(
    client: TestClient, session: Session, owner: Member, product: Product, change: ChangeRequest
) -> None:
    catalog.update_product(
        session, actor=owner.actor, sku=product.sku, changes={"unit_cost": "22.00"}, now=AT
    )
    sign_in(client, owner)

    page = open_page(client, f"/approvals/{change.id}")

    assert page.text("stale-warning").startswith("Data changed since proposal.")
    assert page.table("edit-card")[1] == ["Unit cost", "CN¥22.00", "CN¥21.00"]


def test_approve_form_applies_the_change(
    client: TestClient, session: Session, owner: Member, product: Product, change: ChangeRequest
) -> None:
    sign_in(client, owner)
    fingerprint = open_page(client, f"/approvals/{change.id}").input_values("fingerprint")[0]

    response = post_form(
        client,
        f"/approvals/{change.id}",
        f"/approvals/{change.id}/approve",
        {"fingerprint": fingerprint},
    )

    assert response.status_code == 303
    assert response.headers["location"] == f"/approvals/{change.id}"
    assert reload_change(session, change, owner).status == ChangeStatus.APPLIED
    assert reload_product(session, product, owner).unit_cost == Decimal("21.00")
    page = open_page(client, f"/approvals/{change.id}")
    assert page.flashes() == ["Approved and applied."]
    assert page.text("change-status") == "Applied"
    assert page.text("outcome").startswith("Applied Nov 25, 2026, 10:00")
    assert page.forms() == ["/language", "/logout"]
    assert open_page(client, f"/products/{product.sku}").text("field-unit-cost") == "CN¥21.00"


def test_reject_records_the_reason(
    client: TestClient, session: Session, owner: Member, product: Product, change: ChangeRequest
) -> None:
    sign_in(client, owner)

    response = post_form(
        client,
        f"/approvals/{change.id}",
        f"/approvals/{change.id}/reject",
        {"reason": "The quote was for 10,000 units, not 500."},
    )

    assert response.status_code == 303
    rejected = reload_change(session, change, owner)
    assert rejected.status == ChangeStatus.REJECTED
    assert rejected.decision_note == "The quote was for 10,000 units, not 500."
    assert reload_product(session, product, owner).unit_cost == Decimal("23.50")
    page = open_page(client, f"/approvals/{change.id}")
    assert page.text("change-status") == "Rejected"
    assert page.text("reject-reason") == "The quote was for 10,000 units, not 500."


def test_reject_without_a_reason_is_422_and_changes_nothing(
    client: TestClient, session: Session, owner: Member, change: ChangeRequest
) -> None:
    sign_in(client, owner)

    response = post_form(
        client, f"/approvals/{change.id}", f"/approvals/{change.id}/reject", {"reason": "   "}
    )

    assert response.status_code == 422
    assert Page(response.text).text("error-message") == "give a reason for rejecting the change"
    assert reload_change(session, change, owner).status == ChangeStatus.PROPOSED


def test_edit_then_approve_applies_the_edited_value(
    client: TestClient, session: Session, owner: Member, product: Product, change: ChangeRequest
) -> None:
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{change.id}")
    edited = json.dumps({"sku": "MUG-500", "changes": {"unit_cost": "19.80"}})

    response = post_form(
        client,
        f"/approvals/{change.id}",
        f"/approvals/{change.id}/edit",
        {"payload": edited, "fingerprint": page.input_values("fingerprint")[0], "note": "haggled"},
    )

    assert response.status_code == 303
    applied = reload_change(session, change, owner)
    assert applied.status == ChangeStatus.APPLIED
    assert applied.revision == 2
    assert applied.payload == {"sku": "MUG-500", "changes": {"unit_cost": "19.80"}}
    assert reload_product(session, product, owner).unit_cost == Decimal("19.80")
    assert open_page(client, f"/approvals/{change.id}").flashes() == [
        "Edited (revision 2), approved and applied."
    ]


def test_edit_with_broken_json_is_422_and_changes_nothing(
    client: TestClient, session: Session, owner: Member, change: ChangeRequest
) -> None:
    sign_in(client, owner)
    fingerprint = approvals.fingerprint_of(change)

    response = post_form(
        client,
        f"/approvals/{change.id}",
        f"/approvals/{change.id}/edit",
        {"payload": '{"sku": "MUG-500",', "fingerprint": fingerprint},
    )

    assert response.status_code == 422
    unchanged = reload_change(session, change, owner)
    assert (unchanged.status, unchanged.revision) == (ChangeStatus.PROPOSED, 1)


def test_edit_past_the_guard_rail_is_422_and_changes_nothing(
    client: TestClient, session: Session, owner: Member, product: Product, change: ChangeRequest
) -> None:
    sign_in(client, owner)

    response = post_form(
        client,
        f"/approvals/{change.id}",
        f"/approvals/{change.id}/edit",
        {
            "payload": json.dumps({"sku": "MUG-500", "changes": {"unit_cost": "-1"}}),
            "fingerprint": approvals.fingerprint_of(change),
        },
    )

    assert response.status_code == 422
    unchanged = reload_change(session, change, owner)
    assert (unchanged.status, unchanged.revision) == (ChangeStatus.PROPOSED, 1)
    assert reload_product(session, product, owner).unit_cost == Decimal("23.50")


def test_approving_a_stale_fingerprint_is_409_and_applies_nothing(
    client: TestClient,
    session: Session,
    runtime: Runtime,
    owner: Member,
    product: Product,
    change: ChangeRequest,
) -> None:
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{change.id}")
    seen = page.input_values("fingerprint")[0]
    approvals.edit(
        session,
        registry=runtime.registry,
        change_id=change.id,
        payload={"sku": "MUG-500", "changes": {"unit_cost": "5.00"}},
        seen_fingerprint=seen,
        actor=owner.actor,
        now=AT,
    )

    response = client.post(
        f"/approvals/{change.id}/approve",
        data={"fingerprint": seen, "csrf_token": csrf_of(page)},
        follow_redirects=False,
    )

    assert response.status_code == 409
    assert Page(response.text).text("error-message") == (
        "what you approved is not the current proposal (it was edited); reload it"
    )
    current = reload_change(session, change, owner)
    assert (current.status, current.revision) == (ChangeStatus.PROPOSED, 2)
    assert reload_product(session, product, owner).unit_cost == Decimal("23.50")


def test_approving_twice_is_409(
    client: TestClient, session: Session, owner: Member, product: Product, change: ChangeRequest
) -> None:
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{change.id}")
    data = {"fingerprint": page.input_values("fingerprint")[0], "csrf_token": csrf_of(page)}
    first = client.post(f"/approvals/{change.id}/approve", data=data, follow_redirects=False)

    second = client.post(f"/approvals/{change.id}/approve", data=data, follow_redirects=False)

    assert (first.status_code, second.status_code) == (303, 409)
    assert reload_product(session, product, owner).unit_cost == Decimal("21.00")


def test_a_proposal_overtaken_by_the_sellers_own_edit_is_refused_with_what_moved(
    client: TestClient, session: Session, runtime: Runtime, owner: Member, product: Product
) -> None:
    proposal = approvals.propose(
        session,
        registry=runtime.registry,
        kind="catalog.attribute.set",
        subject_type="product",
        subject_id=product.sku,
        title="Add a colour",
        payload={
            "sku": product.sku,
            "name": "color",
            "value": "Black",
            "language": "en",
            "provenance": "generated",
            "source": "assistant",
        },
        reason="Seen on the photo.",
        actor=owner.actor,
        now=AT,
    )
    catalog.set_attribute(
        session,
        actor=owner.actor,
        sku=product.sku,
        name="color",
        value="黑色",
        unit=None,
        language="en",
        marketplace=None,
        provenance=Provenance.SELLER,
        confidence=None,
        source="seller",
        now=AT,
    )
    sign_in(client, owner)

    response = post_form(
        client,
        f"/approvals/{proposal.id}",
        f"/approvals/{proposal.id}/approve",
        {"fingerprint": approvals.fingerprint_of(proposal)},
    )

    assert response.status_code == 409
    assert Page(response.text).text("error-message") == (
        f"product {product.sku} changed since this was proposed (provenance was not set and is "
        "now seller; source was not set and is now seller; value was not set and is now 黑色): "
        "approving it would overwrite the newer value; edit the proposal to re-base it on the "
        "current data, or reject it"
    )
    assert reload_change(session, proposal, owner).status == ChangeStatus.PROPOSED


def test_an_expired_proposal_says_so(
    client: TestClient, session: Session, runtime: Runtime, owner: Member, product: Product
) -> None:
    proposal = approvals.propose(
        session,
        registry=runtime.registry,
        kind="catalog.product.update",
        subject_type="product",
        subject_id=product.sku,
        title="Short-lived",
        payload={"sku": product.sku, "changes": {"unit_cost": "20.00"}},
        reason="",
        actor=owner.actor,
        now=AT,
        expires_at=AT,
    )
    sign_in(client, owner)

    response = post_form(
        client,
        f"/approvals/{proposal.id}",
        f"/approvals/{proposal.id}/approve",
        {"fingerprint": approvals.fingerprint_of(proposal)},
    )

    assert response.status_code == 303
    page = open_page(client, f"/approvals/{proposal.id}")
    assert page.text("change-status") == "Expired"
    assert page.flashes() == ["This change request had expired; nothing was applied."]
    assert reload_product(session, product, owner).unit_cost == Decimal("23.50")


# ------------------------------------------------------------------ roles and CSRF


def test_viewer_sees_the_inbox_without_buttons_and_cannot_approve(
    client: TestClient,
    session: Session,
    seller: Seller,
    product: Product,
    change: ChangeRequest,
) -> None:
    viewer = factories.make_member(session, seller, Role.VIEWER)
    sign_in(client, viewer)

    inbox = open_page(client, "/approvals").table("inbox")
    detail = open_page(client, f"/approvals/{change.id}")
    response = client.post(
        f"/approvals/{change.id}/approve",
        data={"fingerprint": approvals.fingerprint_of(change), "csrf_token": csrf_of(detail)},
        follow_redirects=False,
    )

    assert inbox[1][0] == "Lower the unit cost of MUG-500"
    assert detail.forms() == ["/language", "/logout"]
    assert detail.text("read-only").startswith("You can view this proposal")
    assert response.status_code == 403
    assert reload_change(session, change, viewer).status == ChangeStatus.PROPOSED
    assert reload_product(session, product, viewer).unit_cost == Decimal("23.50")


@pytest.mark.parametrize("token", [None, "", "forged-token-forged-token-forged-token"])
def test_decisions_without_the_session_csrf_token_are_403_and_change_nothing(
    client: TestClient,
    session: Session,
    owner: Member,
    product: Product,
    change: ChangeRequest,
    token: str | None,
) -> None:
    sign_in(client, owner)
    data = {"fingerprint": approvals.fingerprint_of(change), "reason": "x"}
    if token is not None:
        data["csrf_token"] = token

    answers = [
        client.post(f"/approvals/{change.id}/{action}", data=data, follow_redirects=False)
        for action in ("approve", "reject", "edit")
    ]

    assert [a.status_code for a in answers] == [403, 403, 403]
    unchanged = reload_change(session, change, owner)
    assert (unchanged.status, unchanged.revision) == (ChangeStatus.PROPOSED, 1)
    assert reload_product(session, product, owner).unit_cost == Decimal("23.50")


def test_csrf_token_of_another_session_is_refused(
    client: TestClient, session: Session, owner: Member, change: ChangeRequest
) -> None:
    sign_in(client, owner)
    with TestClient(client.app) as other:
        sign_in(other, owner)
        foreign = csrf_of(open_page(other, "/"))

    response = client.post(
        f"/approvals/{change.id}/approve",
        data={"fingerprint": approvals.fingerprint_of(change), "csrf_token": foreign},
        follow_redirects=False,
    )

    assert response.status_code == 403
    assert reload_change(session, change, owner).status == ChangeStatus.PROPOSED


def test_web_routes_stay_out_of_the_api_schema(app: FastAPI) -> None:
    paths = app.openapi()["paths"]

    assert sorted(p for p in paths if not p.startswith("/api/")) == []
