"""The Today page (sales per period converted to the seller's currency, the ranked action list),
the sales page with its CSV, product search over every language's title, approval cards edited
through a form, and bulk decisions behind a confirmation with the money affected."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from globalsell.accounts.models import Seller
from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.assistant.domain import FindingStatus, Severity
from globalsell.assistant.models import AssistantFinding, AssistantRun
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import Product
from globalsell.core import formatting
from globalsell.core.actor import Role
from globalsell.core.money import Money
from globalsell.orders import service as orders
from globalsell.pricing import policies
from globalsell.pricing import service as pricing
from tests import factories
from tests.conftest import NOW
from tests.factories import AT, ORDER_HEADERS, Member, order_row
from tests.web.html import Page
from tests.web.test_pages import csrf_of, open_page, post_form, reload_change, sign_in

EN = formatting.Display("en", "UTC", "CNY")


@pytest.fixture
def seller(session: Session) -> Seller:
    return factories.make_seller(session, name="宁波宁谷贸易")


@pytest.fixture
def owner(session: Session, seller: Seller) -> Member:
    return factories.make_member(session, seller, Role.OWNER)


@pytest.fixture
def mug(session: Session, owner: Member) -> Product:
    return factories.make_product(session, owner.actor, sku="MUG-500", unit_cost="20.00")


def import_orders(session: Session, owner: Member, rows: list[list[str]]) -> None:
    orders.import_orders(
        session,
        actor=owner.actor,
        table_headers=ORDER_HEADERS,
        table_rows=rows,
        filename="orders.txt",
        dry_run=False,
        now=AT,
    )


def cny(session: Session, owner: Member, amount: str, currency: str) -> Decimal:
    table = pricing.fx_table(session, seller_id=owner.actor.seller_id, now=NOW)
    return table.convert(Money(Decimal(amount), currency), "CNY").amount


def test_today_shows_yesterday_against_the_day_before_in_the_sellers_currency(
    client: TestClient, session: Session, owner: Member, mug: Product
) -> None:
    # given (today is 2026-11-25 in UTC) two DE orders yesterday and one the day before
    import_orders(
        session,
        owner,
        [
            order_row("D-1", "MUG-500", 2, purchased="2026-11-24T08:00:00+00:00", price="39.98"),
            order_row("D-2", "MUG-500", 1, purchased="2026-11-24T09:00:00+00:00", price="19.99"),
            order_row("D-3", "MUG-500", 1, purchased="2026-11-23T09:00:00+00:00", price="19.99"),
        ],
    )
    sign_in(client, owner)

    page = open_page(client, "/")

    yesterday = cny(session, owner, "59.97", "EUR")
    before = cny(session, owner, "19.99", "EUR")
    revenue = formatting.money(yesterday, "CNY", EN)
    margin = formatting.money(yesterday - Decimal("60.00"), "CNY", EN)
    rate = formatting.percent((yesterday - 60) / yesterday, EN)
    change = formatting.signed_percent((yesterday - before) / before, EN)
    assert page.table("sales-periods")[1] == [
        "Yesterday Nov 24",
        f"{revenue} {change}",
        "3 +200.0%",
        "2 +100.0%",
        f"{margin} ({rate}) "
        + formatting.signed_percent(((yesterday - 60) - (before - 20)) / (before - 20), EN),
    ]
    assert page.table("sales-stores")[1][0] == "DE"
    assert page.text("today-note") == "Amounts in CNY; times in UTC."


def test_the_action_list_ranks_money_first_and_links_each_fix(
    client: TestClient, session: Session, runtime: Runtime, owner: Member, mug: Product
) -> None:
    cost = factories.propose_cost_change(session, runtime.registry, owner.actor, mug, "18.00")
    sign_in(client, owner)

    page = open_page(client, "/")
    items = page.by_id("actions").find_all("li")

    assert [i.text() for i in items] == [f"Proposal Product edit · {cost.title} Decide →"]
    assert items[0].find_all("a")[0].attrs["href"] == f"/approvals/{cost.id}"


def _run(session: Session, owner: Member, *, findings: int) -> AssistantRun:
    run = AssistantRun(
        seller_id=owner.actor.seller_id,
        slot="test",
        started_at=AT,
        finished_at=AT,
        run_by="test",
        detectors=[],
        findings_count=findings,
        proposals_count=0,
        summary={},
    )
    session.add(run)
    session.flush()
    return run


def _finding(
    session: Session,
    owner: Member,
    run: AssistantRun,
    *,
    rank: int,
    detector: str,
    severity: Severity,
    reason: str,
    evidence: dict[str, object],
    impact: str | None,
) -> None:
    session.add(
        AssistantFinding(
            seller_id=owner.actor.seller_id,
            run_id=run.id,
            rank=rank,
            key=f"{detector}:{rank}",
            detector=detector,
            subject="MUG-500",
            severity=severity,
            status=FindingStatus.SHOWN,
            reason=reason,
            evidence=evidence,
            fingerprint=str(rank),
            impact_amount=None if impact is None else Decimal(impact),
            impact_currency=None if impact is None else "CNY",
            impact_note="",
            created_at=AT,
        )
    )


def test_a_sku_stocked_out_now_ranks_first_with_its_sales_lost_a_day_as_its_money(
    client: TestClient, session: Session, owner: Member
) -> None:
    # given MUG-500 sells at €19.99 in DE (its newest saved quote), is stocked out there now
    # with no remedy (no money on the finding), and is overstocked in UK by CN¥2,000
    factories.make_priced_product(session, owner.actor, sku="MUG-500")
    policies.set_policy(
        session, store="DE", changes={"fulfilment_fee": "3.20"}, actor=owner.actor, now=AT
    )
    pricing.save_quote(
        session,
        quoted=pricing.quote(
            session,
            sku="MUG-500",
            store="DE",
            actor=owner.actor,
            now=NOW,
            target_price=Decimal("19.99"),
        ),
        sku="MUG-500",
        actor=owner.actor,
        now=NOW,
    )
    run = _run(session, owner, findings=3)
    _finding(
        session,
        owner,
        run,
        rank=1,
        detector="inventory.excess",
        severity=Severity.INFO,
        reason="MUG-500 in UK: too many units",
        evidence={"sku": "MUG-500", "store": "UK"},
        impact="2000.00",
    )
    _finding(
        session,
        owner,
        run,
        rank=2,
        detector="inventory.stockout",
        severity=Severity.CRITICAL,
        reason="MUG-500 in DE is out of stock now",
        evidence={"sku": "MUG-500", "store": "DE", "stocked_out": True, "daily_demand": "1.50"},
        impact=None,
    )
    _finding(
        session,
        owner,
        run,
        rank=3,
        detector="catalog.completeness",
        severity=Severity.WARNING,
        reason="MUG-500 has no barcode",
        evidence={"sku": "MUG-500"},
        impact=None,
    )
    session.flush()
    sign_in(client, owner)

    page = open_page(client, "/")
    items = [i.text() for i in page.by_id("actions").find_all("li")]

    lost = formatting.money(
        (cny(session, owner, "19.99", "EUR") * Decimal("1.50")).quantize(Decimal("0.01")),
        "CNY",
        EN,
    )
    assert items == [
        f"Assistant finding {lost} lost a day Stock-out risk · MUG-500 in DE is out of stock "
        "now Look at it →",
        "Assistant finding CN¥2,000.00 Too much stock · MUG-500 in UK: too many units Look at it →",
        "Assistant finding Missing product data · MUG-500 has no barcode Look at it →",
    ]


def test_a_sku_out_of_stock_in_several_stores_is_one_item_with_their_losses_added(
    client: TestClient, session: Session, owner: Member
) -> None:
    # given MUG-500 and TEA-1 sell at €19.99 in DE and £17.99 in UK; MUG-500 is out of stock now
    # in DE (1.5 a day) and UK (0.5 a day), TEA-1 in DE only (1 a day); and a CN¥2,000 excess
    policies.set_policy(
        session, store="*", changes={"fulfilment_fee": "3.20"}, actor=owner.actor, now=AT
    )
    for sku in ("MUG-500", "TEA-1"):
        factories.make_priced_product(session, owner.actor, sku=sku)
        for store, price in (("DE", "19.99"), ("UK", "17.99")):
            quoted = pricing.quote(
                session,
                sku=sku,
                store=store,
                actor=owner.actor,
                now=NOW,
                target_price=Decimal(price),
            )
            pricing.save_quote(session, quoted=quoted, sku=sku, actor=owner.actor, now=NOW)
    run = _run(session, owner, findings=4)
    for rank, (sku, store, rate) in enumerate(
        (("MUG-500", "DE", "1.50"), ("TEA-1", "DE", "1.00"), ("MUG-500", "UK", "0.50")), start=1
    ):
        _finding(
            session,
            owner,
            run,
            rank=rank,
            detector="inventory.stockout",
            severity=Severity.CRITICAL,
            reason=f"{sku} in {store} is out of stock now",
            evidence={"sku": sku, "store": store, "stocked_out": True, "daily_demand": rate},
            impact=None,
        )
    _finding(
        session,
        owner,
        run,
        rank=4,
        detector="inventory.excess",
        severity=Severity.INFO,
        reason="MUG-500 in UK: too many units",
        evidence={"sku": "MUG-500", "store": "UK"},
        impact="2000.00",
    )
    session.flush()
    sign_in(client, owner)

    page = open_page(client, "/")
    items = [i.text() for i in page.by_id("actions").find_all("li")]

    def lost(amount: str, currency: str, rate: str) -> Decimal:
        return (cny(session, owner, amount, currency) * Decimal(rate)).quantize(Decimal("0.01"))

    mug = formatting.money(lost("19.99", "EUR", "1.50") + lost("17.99", "GBP", "0.50"), "CNY", EN)
    tea = formatting.money(lost("19.99", "EUR", "1.00"), "CNY", EN)
    assert items == [
        f"Assistant finding {mug} lost a day Stock-out risk · MUG-500 is out of stock now in DE, "
        "UK Look at it →",
        f"Assistant finding {tea} lost a day Stock-out risk · TEA-1 in DE is out of stock now "
        "Look at it →",
        "Assistant finding CN¥2,000.00 Too much stock · MUG-500 in UK: too many units Look at it →",
    ]


def test_sales_page_lists_skus_with_titles_and_exports_csv(
    client: TestClient, session: Session, owner: Member, mug: Product
) -> None:
    import_orders(
        session,
        owner,
        [
            order_row("D-1", "MUG-500", 2, purchased="2026-11-24T08:00:00+00:00", price="39.98"),
            order_row("U-1", "MUG-500", 1, channel="Amazon.com", currency="USD", price="24.99"),
        ],
    )
    sign_in(client, owner)

    page = open_page(client, "/sales?days=30")
    csv = client.get("/sales.csv?days=30")

    de = cny(session, owner, "39.98", "EUR")
    us = cny(session, owner, "24.99", "USD")
    first, second = sorted([("DE", de, 2), ("US", us, 1)], key=lambda r: -r[1])
    assert page.table("sales-skus")[1:] == [
        [
            "MUG-500",
            "不锈钢保温杯 500ml",
            first[0],
            str(first[2]),
            formatting.money(first[1], "CNY", EN),
        ],
        [
            "MUG-500",
            "不锈钢保温杯 500ml",
            second[0],
            str(second[2]),
            formatting.money(second[1], "CNY", EN),
        ],
    ]
    assert csv.headers["content-type"] == "text/csv; charset=utf-8"
    assert csv.content.decode("utf-8-sig").splitlines() == [
        "sku,title,store,units,sales_cny",
        f"MUG-500,不锈钢保温杯 500ml,{first[0]},{first[2]},{first[1]:.2f}",
        f"MUG-500,不锈钢保温杯 500ml,{second[0]},{second[2]},{second[1]:.2f}",
    ]
    assert len(page.table("orders")) == 3
    xlsx = client.get("/sales.xlsx?days=30")
    assert xlsx.headers["content-disposition"] == 'attachment; filename="sales-30d.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["sku", "title", "store", "units", "sales_cny"],
        ["MUG-500", "不锈钢保温杯 500ml", first[0], str(first[2]), f"{first[1]:.2f}"],
        ["MUG-500", "不锈钢保温杯 500ml", second[0], str(second[2]), f"{second[1]:.2f}"],
    ]
    us_only = open_page(client, "/sales?days=30&store=US").table("orders")
    assert len(us_only) == 2
    assert client.get("/sales.pdf?days=30").status_code == 404


def test_product_search_finds_the_english_title_of_a_chinese_product(
    client: TestClient, session: Session, owner: Member, mug: Product
) -> None:
    factories.make_product(session, owner.actor, sku="KT-1", title="1.7L不锈钢电热水壶")
    catalog.set_attribute(
        session,
        actor=owner.actor,
        sku="KT-1",
        name="item_name",
        value="NINGVALE Electric Kettle 1.7 L",
        unit=None,
        language="en",
        marketplace="US",
        provenance=Provenance.TRANSLATED,
        confidence=None,
        source="test",
        now=AT,
    )
    sign_in(client, owner)

    found = open_page(client, "/products?q=kettle").table("products")

    assert [row[1] for row in found[1:]] == ["KT-1"]


# ------------------------------------------------------------------ cards and bulk decisions


def test_a_cost_edit_is_changed_through_its_one_field_then_applied(
    client: TestClient, session: Session, runtime: Runtime, owner: Member, mug: Product
) -> None:
    change = factories.propose_cost_change(session, runtime.registry, owner.actor, mug, "18.00")
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{change.id}")

    response = post_form(
        client,
        f"/approvals/{change.id}",
        f"/approvals/{change.id}/edit",
        {
            "edit_path": "changes.unit_cost",
            "edit_value": "17.40",
            "fingerprint": page.input_values("fingerprint")[0],
        },
    )

    assert response.status_code == 303
    applied = reload_change(session, change, owner)
    assert (applied.status, applied.payload) == (
        ChangeStatus.APPLIED,
        {"sku": "MUG-500", "changes": {"unit_cost": "17.40"}},
    )


def test_an_edit_of_a_field_the_proposal_lacks_is_422_and_changes_nothing(
    client: TestClient, session: Session, runtime: Runtime, owner: Member, mug: Product
) -> None:
    change = factories.propose_cost_change(session, runtime.registry, owner.actor, mug, "18.00")
    sign_in(client, owner)
    page = open_page(client, f"/approvals/{change.id}")

    response = post_form(
        client,
        f"/approvals/{change.id}",
        f"/approvals/{change.id}/edit",
        {
            "edit_path": "changes.brand",
            "edit_value": "X",
            "fingerprint": page.input_values("fingerprint")[0],
        },
    )

    assert response.status_code == 422
    assert reload_change(session, change, owner).status == ChangeStatus.PROPOSED


def two_changes(session: Session, runtime: Runtime, owner: Member) -> list[ChangeRequest]:
    cup = factories.make_product(session, owner.actor, sku="CUP-1", unit_cost="9.00")
    pan = factories.make_product(session, owner.actor, sku="PAN-1", unit_cost="30.00")
    return [
        factories.propose_cost_change(session, runtime.registry, owner.actor, cup, "8.00"),
        factories.propose_cost_change(session, runtime.registry, owner.actor, pan, "28.00"),
    ]


def test_bulk_reject_shows_a_confirmation_then_rejects_both(
    client: TestClient, session: Session, runtime: Runtime, owner: Member
) -> None:
    changes = two_changes(session, runtime, owner)
    sign_in(client, owner)
    inbox = open_page(client, "/approvals")

    confirm = client.post(
        "/approvals/bulk",
        data={
            "change_id": [str(c.id) for c in changes],
            "action": "reject",
            "csrf_token": csrf_of(inbox),
        },
    )
    page = Page(confirm.text)
    # nothing is decided by the first step
    assert [reload_change(session, c, owner).status for c in changes] == [ChangeStatus.PROPOSED] * 2
    assert page.text("bulk-total") == "Money affected: CN¥0.00"
    assert [r[0] for r in page.table("bulk-changes")[1:]] == [c.title for c in changes]

    response = client.post(
        "/approvals/bulk/confirm",
        data={
            "change_id": page.input_values("change_id"),
            "fingerprint": page.input_values("fingerprint"),
            "action": "reject",
            "reason": "wrong supplier quotes",
            "csrf_token": csrf_of(page),
        },
        follow_redirects=False,
    )

    assert (response.status_code, response.headers["location"]) == (303, "/approvals")
    decided = [reload_change(session, c, owner) for c in changes]
    assert [(c.status, c.decision_note) for c in decided] == [
        (ChangeStatus.REJECTED, "wrong supplier quotes")
    ] * 2
    assert open_page(client, "/approvals").flashes() == ["2 proposals rejected."]


def test_bulk_approve_with_one_stale_fingerprint_applies_none(
    client: TestClient, session: Session, runtime: Runtime, owner: Member
) -> None:
    changes = two_changes(session, runtime, owner)
    sign_in(client, owner)
    inbox = open_page(client, "/approvals")

    response = client.post(
        "/approvals/bulk/confirm",
        data={
            "change_id": [str(c.id) for c in changes],
            "fingerprint": ["0" * 64, "0" * 64],
            "action": "approve",
            "csrf_token": csrf_of(inbox),
        },
        follow_redirects=False,
    )

    assert response.status_code == 409
    assert [reload_change(session, c, owner).status for c in changes] == [ChangeStatus.PROPOSED] * 2


def test_a_viewer_cannot_decide_in_bulk(
    client: TestClient, session: Session, runtime: Runtime, owner: Member, seller: Seller
) -> None:
    changes = two_changes(session, runtime, owner)
    viewer = factories.make_member(session, seller, Role.VIEWER)
    sign_in(client, viewer)
    inbox = open_page(client, "/approvals")

    response = client.post(
        "/approvals/bulk/confirm",
        data={
            "change_id": [str(c.id) for c in changes],
            "fingerprint": [approvals.fingerprint_of(c) for c in changes],
            "action": "reject",
            "reason": "no",
            "csrf_token": csrf_of(inbox),
        },
        follow_redirects=False,
    )

    assert inbox.has_id("bulk-approve") is False
    assert response.status_code == 403
    assert [reload_change(session, c, owner).status for c in changes] == [ChangeStatus.PROPOSED] * 2


# ------------------------------------------------------------------ edits on the page


def test_a_new_cost_typed_on_the_product_page_becomes_a_proposal(
    client: TestClient, session: Session, owner: Member, mug: Product
) -> None:
    sign_in(client, owner)

    response = post_form(
        client,
        "/products/MUG-500",
        "/products/MUG-500/cost",
        {"unit_cost": "18.80", "note": "new supplier"},
    )

    [change] = approvals.list_changes(session, actor=owner.actor)
    assert (response.status_code, response.headers["location"]) == (
        303,
        f"/approvals/{change.id}",
    )
    assert (change.kind, change.payload, change.reason, change.title) == (
        "catalog.product.update",
        {"sku": "MUG-500", "changes": {"unit_cost": "18.80"}},
        "new supplier",
        "Change the unit cost of MUG-500 to 18.80",
    )
    assert catalog.get_product(session, actor=owner.actor, sku="MUG-500").unit_cost == Decimal(
        "20.00"
    )


def test_a_bad_cost_is_refused_and_nothing_is_proposed(
    client: TestClient, session: Session, owner: Member, mug: Product
) -> None:
    sign_in(client, owner)

    response = post_form(client, "/products/MUG-500", "/products/MUG-500/cost", {"unit_cost": "-3"})

    assert response.status_code == 422
    assert approvals.list_changes(session, actor=owner.actor) == []


def test_a_viewer_has_no_cost_form_and_cannot_propose(
    client: TestClient, session: Session, owner: Member, seller: Seller, mug: Product
) -> None:
    viewer = factories.make_member(session, seller, Role.VIEWER)
    sign_in(client, viewer)
    page = open_page(client, "/products/MUG-500")

    response = client.post(
        "/products/MUG-500/cost",
        data={"unit_cost": "1.00", "csrf_token": csrf_of(page)},
        follow_redirects=False,
    )

    assert "/products/MUG-500/cost" not in page.forms()
    assert response.status_code == 403
    assert approvals.list_changes(session, actor=owner.actor) == []


# ------------------------------------------------------------------ where the seller is


def test_the_owner_sets_the_country_and_dates_follow_its_zone(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)
    assert open_page(client, "/settings").text("zone-now") == (
        "Dates and times are shown in UTC; it is now Nov 25, 2026, 10:00 there."
    )

    response = post_form(client, "/settings", "/settings/place", {"country": "cn"})

    assert response.status_code == 303
    page = open_page(client, "/settings")
    assert page.flashes() == ["Dates are now shown in Asia/Shanghai."]
    assert page.text("zone-now") == (
        "Dates and times are shown in Asia/Shanghai; it is now Nov 25, 2026, 18:00 there."
    )
    session.expire_all()
    seller = session.get_one(Seller, owner.actor.seller_id)
    assert (seller.country, seller.timezone) == ("CN", None)


def test_an_unknown_zone_is_refused_and_nothing_changes(
    client: TestClient, session: Session, owner: Member
) -> None:
    sign_in(client, owner)

    response = post_form(
        client, "/settings", "/settings/place", {"country": "DE", "timezone": "Mars/Base"}
    )

    assert response.status_code == 422
    session.expire_all()
    seller = session.get_one(Seller, owner.actor.seller_id)
    assert (seller.country, seller.timezone) == (None, None)


def test_an_operator_cannot_move_the_seller(
    client: TestClient, session: Session, owner: Member, seller: Seller
) -> None:
    operator = factories.make_member(session, seller, Role.OPERATOR)
    sign_in(client, operator)
    page = open_page(client, "/settings")

    response = client.post(
        "/settings/place",
        data={"country": "US", "csrf_token": csrf_of(page)},
        follow_redirects=False,
    )

    assert "/settings/place" not in page.forms()
    assert response.status_code == 403
    session.expire_all()
    assert session.get_one(Seller, seller.id).country is None
