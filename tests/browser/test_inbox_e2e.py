"""End to end in real headless Chromium: the app served by uvicorn on loopback, a fresh migrated
SQLite file seeded through the services, and a seller who logs in and approves a proposal."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor, Role
from globalsell.db.session import unit_of_work
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


@dataclass(frozen=True)
class Seeded:
    actor: Actor
    change_id: int
    sku: str


def seed(runtime: Runtime) -> Seeded:
    """A seller, its owner, one product and one proposal lowering its unit cost."""
    with unit_of_work(runtime.session_factory) as session:
        seller = factories.make_seller(session, name="宁波宁谷贸易 Ningvale Trading")
        owner = factories.make_member(session, seller, Role.OWNER, email=OWNER_EMAIL)
        product = factories.make_product(session, owner.actor, sku="MUG-500", unit_cost="23.50")
        change = factories.propose_cost_change(
            session, runtime.registry, owner.actor, product, "21.00"
        )
        return Seeded(actor=owner.actor, change_id=change.id, sku=product.sku)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[Live[Seeded]]:
    with live_app(tmp_path, seed) as live:
        yield live


@pytest.fixture
def browser(tmp_path: Path, live_server: Live[Seeded]) -> Iterator[WebDriver]:
    with headless_chromium(tmp_path) as driver:
        yield driver


@pytest.mark.browser
# ES
def test_owner_logs_in_and_approves_a_cost_change(
    live_server: Live[Seeded], browser: WebDriver
) -> None:
    base, seeded = live_server.base_url, live_server.seeded

    # Given an anonymous visitor opening the inbox, when they log in
    log_in(browser, base, "/approvals")

    # then the inbox lists the one proposal
    assert table(browser, "inbox") == [
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
            "Test User",
            "Nov 25, 2026, 09:00",
            "Waiting for you",
        ],
    ]

    # when they open it, it shows the diff
    follow(browser, browser.find_element(By.LINK_TEXT, "Lower the unit cost of MUG-500"))
    assert path_of(browser) == f"/approvals/{seeded.change_id}"
    assert text_of(browser, "change-status") == "Waiting for you"
    assert table(browser, "edit-card") == [
        ["Field", "Now", "Proposed"],
        ["Unit cost", "CN¥23.50", "CN¥21.00"],
    ]

    # when they click Approve
    follow(browser, browser.find_element(By.ID, "approve-button"))

    # then the page says it was applied, and the product has the new cost
    assert path_of(browser) == f"/approvals/{seeded.change_id}"
    assert text_of(browser, "change-status") == "Applied"
    flashes = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "p.flash")]
    assert flashes == ["Approved and applied."]
    assert text_of(browser, "outcome").startswith("Applied ")
    assert browser.find_elements(By.ID, "approve-button") == []
    browser.get(f"{base}/products/{seeded.sku}")
    assert text_of(browser, "field-unit-cost") == "CN¥21.00"
    with unit_of_work(live_server.runtime.session_factory) as session:
        change = approvals.get_change(session, change_id=seeded.change_id, actor=seeded.actor)
        product = catalog.get_product(session, actor=seeded.actor, sku=seeded.sku)
        assert change.status == ChangeStatus.APPLIED
        assert product.unit_cost == Decimal("21.00")
