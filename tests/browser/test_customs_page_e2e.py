"""End to end in real headless Chromium: the owner opens a product, follows the customs link,
sees the candidates, the declared-code flag and six landed-cost quotes, then re-quotes with a
seller duty rate through the form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By

from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
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

SKU = "NB-VF-1"


def seed(runtime: Runtime) -> None:
    """An owner and a vacuum flask declared with a zero-padded code."""
    with unit_of_work(runtime.session_factory) as session:
        seller = factories.make_seller(session, name="Ningvale Trading")
        owner = factories.make_member(session, seller, Role.OWNER, email=OWNER_EMAIL)
        product = factories.make_product(
            session, owner.actor, sku=SKU, title="不锈钢保温杯 双层真空", unit_cost="30.00"
        )
        factories.declare_hs_code(session, owner.actor, product, "9617000000")


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live[None]]:
    with live_app(tmp_path, seed) as site:
        yield site


@pytest.fixture
def browser(tmp_path: Path, live: Live[None]) -> Iterator[WebDriver]:
    with headless_chromium(tmp_path) as driver:
        yield driver


@pytest.mark.browser
def test_owner_reads_the_customs_page_and_requotes(live: Live[None], browser: WebDriver) -> None:
    base = live.base_url
    # Given the owner logged in on the product page
    log_in(browser, base, f"/products/{SKU}")

    # when they follow the customs link
    follow(browser, browser.find_element(By.ID, "customs-link"))
    assert path_of(browser) == f"/products/{SKU}/customs"

    # then the best candidate, the padded-code flag and six quotes are there
    candidates = table(browser, "candidates")
    assert candidates[0] == ["#", "HS6", "US tariff line", "Confidence", "Subheading", "Reasons"]
    assert candidates[1][1:3] == ["961700", "9617001000"]
    assert text_of(browser, "declared-code") == "9617000000"
    us_check = table(browser, "declared-checks")[1]
    assert us_check[:3] == ["US", "US HTS", "Padded with zeros"]
    assert "padded with zeros" in us_check[3]
    quotes = browser.find_elements(By.CSS_SELECTOR, "section[id^='quote-']")
    assert [q.get_attribute("id") for q in quotes] == [
        f"quote-{d}" for d in ("US", "GB", "DE", "JP", "AU", "CA")
    ]
    # 100 units x 30 CNY: above the EU duty threshold, and no EU duty data shipped
    assert text_of(browser, "incomplete-DE") == "incomplete"

    # when they give the German duty rate and re-quote
    field = browser.find_element(By.NAME, "duty_DE")
    field.clear()
    field.send_keys("2.7%")
    follow(browser, browser.find_element(By.ID, "quote-button"))

    # then Germany is complete, with the seller's rate as its source
    assert text_of(browser, "duty-source-DE") == "seller-supplied rate"
    assert text_of(browser, "total-DE").startswith("€")
    de_lines = {row[0]: row[1:] for row in table(browser, "lines-DE")[1:]}
    assert de_lines["duty"][1].startswith("2.7% on ")
    assert de_lines["import VAT"][1].startswith("19")
