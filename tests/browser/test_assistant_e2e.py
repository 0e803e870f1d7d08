"""End to end in real headless Chromium: the assistant finds a SKU about to run out in Germany
and proposes an air shipment; the owner opens the assistant inbox, follows the proposal and
approves it; planning records the accepted shipment and the audit trail says who approved."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from sqlalchemy import select

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.assistant import service as assistant
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Actor, Role
from globalsell.core.audit import AuditEntry
from globalsell.db.session import unit_of_work
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import LocationKind, MoveLine, MoveReason
from globalsell.orders import service as orders
from tests import factories
from tests.browser.support import (
    OWNER_EMAIL,
    Live,
    follow,
    headless_chromium,
    live_app,
    log_in,
    path_of,
    table,
    text_of,
)

SKU = "MUG-500"
ORDER_HEADERS = [
    "amazon-order-id",
    "purchase-date",
    "order-status",
    "fulfillment-channel",
    "sales-channel",
    "sku",
    "quantity",
    "currency",
    "item-price",
]


@dataclass(frozen=True)
class Seeded:
    actor: Actor
    change_id: int


def seed(runtime: Runtime) -> Seeded:
    """One mug selling two a day on Amazon.de for a month, 12 left at the German FC, nothing
    inbound, 500 at the Ningbo hub; then one assistant run."""
    now = runtime.clock.now()
    with unit_of_work(runtime.session_factory) as session:
        seller = factories.make_seller(session, name="宁波宁谷贸易 Ningvale Trading")
        owner = factories.make_member(session, seller, Role.OWNER, email=OWNER_EMAIL)
        factories.make_product(session, owner.actor, sku=SKU, unit_cost="23.50")
        factories.make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
        factories.make_location(session, owner.actor, "FBA-DE", marketplace="DE")
        month_ago = now - timedelta(days=31)
        inventory.post_moves(
            session,
            actor=owner.actor,
            moves=[
                MoveLine(SKU, "CN-NGB", 500, MoveReason.RECEIVED, "PO-1", at=month_ago),
                MoveLine(SKU, "FBA-DE", 72, MoveReason.RECEIVED, "PO-1", at=month_ago),
                MoveLine(SKU, "FBA-DE", -60, MoveReason.SOLD, "orders", at=now),
            ],
            now=now,
        )
        rows = [
            [
                f"302-{day:04d}{n}-DE",
                (now - timedelta(days=day, hours=2 + n)).isoformat(),
                "Shipped",
                "Amazon",
                "Amazon.de",
                SKU,
                "1",
                "EUR",
                "19.99",
            ]
            for day in range(1, 31)
            for n in range(2)
        ]
        orders.import_orders(
            session,
            actor=owner.actor,
            table_headers=ORDER_HEADERS,
            table_rows=rows,
            filename="all_orders.txt",
            dry_run=False,
            now=now,
        )
        record = assistant.run(
            session,
            registry=runtime.registry,
            detectors=runtime.detectors,
            actor=assistant.assistant_actor(seller.id),
            now=now,
        )
        [finding] = [
            f
            for f in assistant.list_findings(session, actor=owner.actor, run_id=record.id)
            if f.detector == "inventory.stockout"
        ]
        assert finding.change_request_id is not None
        return Seeded(actor=owner.actor, change_id=finding.change_request_id)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[Live[Seeded]]:
    with live_app(tmp_path, seed) as live:
        yield live


@pytest.fixture
def browser(tmp_path: Path, live_server: Live[Seeded]) -> Iterator[WebDriver]:
    with headless_chromium(tmp_path) as driver:
        yield driver


@pytest.mark.browser
def test_owner_approves_the_assistants_air_shipment_from_the_inbox(
    live_server: Live[Seeded], browser: WebDriver
) -> None:
    base, seeded = live_server.base_url, live_server.seeded

    # Given the owner logged in on the assistant page
    log_in(browser, base, "/assistant")

    # then the stock-out risk is ranked first with its money at stake and its proposal
    rows = table(browser, "findings")
    assert rows[0] == ["# ↑", "Severity", "Money at stake", "Finding", "Status"]
    first = rows[1]
    assert first[:2] == ["1", "Critical"]
    assert first[3].startswith(
        "Stock-out risk · MUG-500 in DE runs out in about 6 days (12 available, selling 2.00 a "
        "day by the 30-day sales rate; nothing inbound)."
    )
    assert first[4] == f"Change proposed #{seeded.change_id}"

    # when they follow the proposal, it is the air shipment: 2/day x (7 + 28) - 12 = 58 units
    follow(browser, browser.find_element(By.LINK_TEXT, f"Change proposed #{seeded.change_id}"))
    assert path_of(browser) == f"/approvals/{seeded.change_id}"
    assert text_of(browser, "change-status") == "Waiting for you"
    assert "Send 58 units of MUG-500 by air to DE" in browser.find_element(By.TAG_NAME, "h1").text

    # and approve it
    follow(browser, browser.find_element(By.ID, "approve-button"))

    # then it is applied by planning, and the audit trail names the owner
    assert text_of(browser, "change-status") == "Applied"
    assert [e.text for e in browser.find_elements(By.CSS_SELECTOR, "p.flash")] == [
        "Approved and applied."
    ]
    with unit_of_work(live_server.runtime.session_factory) as session:
        change = approvals.get_change(session, change_id=seeded.change_id, actor=seeded.actor)
        assert change.status == ChangeStatus.APPLIED
        assert change.payload["shipments"][0]["units"] == 58
        trail = {
            (e.action, e.actor)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.seller_id == seeded.actor.seller_id)
            )
        }
        assert ("planning.replenishment.accepted", seeded.actor.name) in trail
        assert ("approvals.change_request.approved", seeded.actor.name) in trail
        assert ("assistant.finding.proposed", "assistant") in trail
