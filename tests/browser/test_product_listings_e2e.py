"""In real headless Chromium: the product page lists the product's listing in every store, with
its status and the rule issues of a listing held back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from globalsell.bootstrap import Runtime
from globalsell.db.session import unit_of_work
from globalsell.listings import service
from globalsell.listings.domain import STORES
from tests import factories
from tests.browser.support import Live, headless_chromium, live_app, log_in, table
from tests.integration.test_listings_service import bottle

EMAIL = "owner@listings.example"
SKU = "NB-KT-002"


def seed(runtime: Runtime) -> None:
    """A bottle listed in every store, whose German title the seller edited into a rule error."""
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


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Live[None]]:
    with live_app(tmp_path, seed) as live:
        yield live


@pytest.mark.browser
def test_product_page_shows_every_store_with_status_and_issues(
    site: Live[None], tmp_path: Path
) -> None:
    with headless_chromium(tmp_path) as browser:
        log_in(browser, site.base_url, f"/products/{SKU}", email=EMAIL)

        rows = table(browser, "listings")
        assert rows[0] == ["SKU", "Store", "Status", "Title", "Issues", "Amazon"]
        assert [r[1] for r in rows[1:]] == list(STORES)
        statuses = {r[1]: r[2] for r in rows[1:]}
        assert statuses == {code: ("Draft" if code == "DE" else "Approved") for code in STORES}
        de = next(r for r in rows[1:] if r[1] == "DE")
        assert de[3] == "Thermosflasche!!! Bester Preis"
        assert "Error: Title" in de[4]
        counts = browser.find_element(By.ID, "listing-counts").text
        assert counts == "12 Approved · 1 Draft"
