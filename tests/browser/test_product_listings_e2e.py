"""In real headless Chromium: the product page lists the product's listing in every store, with
its status and the rule issues of a listing held back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By

from globalsell.bootstrap import build_runtime, upgrade
from globalsell.config import Settings, sqlite_url
from globalsell.db.session import unit_of_work
from globalsell.listings import service
from globalsell.listings.domain import STORES
from tests import factories
from tests.browser.test_inbox_e2e import chrome, follow, path_of, require_chromium, serve, table
from tests.integration.test_listings_service import bottle

EMAIL = "owner@listings.example"
SKU = "NB-KT-002"


@dataclass(frozen=True)
class Site:
    base_url: str


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    require_chromium()
    runtime = build_runtime(
        Settings(
            database_url=sqlite_url(tmp_path / "listings.db"),
            secret_key="e2e-secret-key-0123456789abcdef",
        )
    )
    upgrade(runtime.engine)
    with unit_of_work(runtime.session_factory) as session:
        seller = factories.make_seller(session, name="Ningbo Kettles")
        owner = factories.make_member(session, seller, email=EMAIL).actor
        bottle(session, owner, SKU)
        service.generate(session, actor=owner, registry=runtime.registry, now=factories.AT)
        # The seller edits the German title into something a store rule refuses.
        listings = {
            r.marketplace: dict(r.content)
            for r in service.listings_for(session, seller_id=owner.seller_id, sku=SKU)
        }
        listings["DE"]["item_name"] = "Thermosflasche!!! Bester Preis"
        # (what approving the change request with that edit does)
        service.approve(session, actor=owner, sku=SKU, listings=listings, now=factories.AT)
    server, thread, base_url = serve(runtime)
    try:
        yield Site(base_url=base_url)
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        runtime.engine.dispose()


@pytest.mark.browser
def test_product_page_shows_every_store_with_status_and_issues(site: Site, tmp_path: Path) -> None:
    browser: WebDriver = chrome(tmp_path / "profile")
    browser.set_page_load_timeout(90)
    try:
        browser.get(f"{site.base_url}/products/{SKU}")
        assert path_of(browser) == "/login"
        browser.find_element(By.NAME, "email").send_keys(EMAIL)
        browser.find_element(By.NAME, "password").send_keys(factories.PASSWORD)
        follow(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
        assert path_of(browser) == f"/products/{SKU}"

        rows = table(browser, "listings")
        assert rows[0] == ["SKU", "Store", "Status", "Title", "Issues", "Amazon"]
        assert [r[1] for r in rows[1:]] == list(STORES)
        statuses = {r[1]: r[2] for r in rows[1:]}
        assert statuses == {code: ("draft" if code == "DE" else "approved") for code in STORES}
        de = next(r for r in rows[1:] if r[1] == "DE")
        assert de[3] == "Thermosflasche!!! Bester Preis"
        assert "error: item_name" in de[4]
        counts = browser.find_element(By.ID, "listing-counts").text
        assert counts == "12 approved · 1 draft"
    finally:
        browser.quit()
