"""End to end in real headless Chromium: the app served by uvicorn on loopback, a fresh migrated
SQLite file seeded through the services, and a seller who logs in and approves a proposal."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from globalsell.api.app import create_app
from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.bootstrap import Runtime, build_runtime, upgrade
from globalsell.catalog import service as catalog
from globalsell.config import Settings, sqlite_url
from globalsell.core.actor import Actor, Role
from globalsell.db.session import unit_of_work
from tests import factories

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-proxy-server",
    "--window-size=1280,1100",
)
OWNER_EMAIL = "owner@ningvale.example"


@dataclass(frozen=True)
class Seeded:
    actor: Actor
    change_id: int
    sku: str


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    runtime: Runtime
    seeded: Seeded


def require_chromium() -> None:
    """Skip without Chromium, unless GLOBALSELL_REQUIRE_BROWSER=1 makes its absence a failure."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        message = f"headless Chromium not installed: {', '.join(missing)} missing"
        if os.environ.get("GLOBALSELL_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)


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


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def serve(runtime: Runtime) -> tuple[uvicorn.Server, threading.Thread, str]:
    """Run the real app with uvicorn in a background thread on a free loopback port."""
    port = free_port()
    config = uvicorn.Config(
        create_app(runtime), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-e2e", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def chrome(profile: Path) -> WebDriver:
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in CHROME_ARGS:
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    require_chromium()
    runtime = build_runtime(
        Settings(
            database_url=sqlite_url(tmp_path / "e2e.db"),
            secret_key="e2e-secret-key-0123456789abcdef",
        )
    )
    upgrade(runtime.engine)
    seeded = seed(runtime)
    server, thread, base_url = serve(runtime)
    try:
        yield LiveServer(base_url=base_url, runtime=runtime, seeded=seeded)
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        runtime.engine.dispose()


@pytest.fixture
def browser(tmp_path: Path, live_server: LiveServer) -> Iterator[WebDriver]:
    driver = chrome(tmp_path / "chrome-profile")
    driver.set_page_load_timeout(90)
    try:
        yield driver
    finally:
        driver.quit()


def follow(driver: WebDriver, element: WebElement) -> None:
    """Click something that loads a new page, and wait until the new page has loaded.

    The old document is marked before the click; the wait ends when a complete document without
    the mark is there. While the browser is between documents, Chromium may answer with errors
    about vanished nodes: those count as "not yet", not as failures."""
    driver.execute_script("window.__globalsellOldPage = true;")
    element.click()

    def new_page_loaded(d: WebDriver) -> bool:
        try:
            return bool(
                d.execute_script(
                    "return window.__globalsellOldPage === undefined"
                    " && document.readyState === 'complete';"
                )
            )
        except WebDriverException:
            return False

    WebDriverWait(driver, 60).until(new_page_loaded)


def path_of(driver: WebDriver) -> str:
    return urlsplit(driver.current_url).path


def text_of(driver: WebDriver, element_id: str) -> str:
    return " ".join(driver.find_element(By.ID, element_id).text.split())


def table(driver: WebDriver, element_id: str) -> list[list[str]]:
    rows = driver.find_element(By.ID, element_id).find_elements(By.TAG_NAME, "tr")
    return [
        [" ".join(cell.text.split()) for cell in row.find_elements(By.CSS_SELECTOR, "th, td")]
        for row in rows
    ]


@pytest.mark.browser
# ES
def test_owner_logs_in_and_approves_a_cost_change(
    live_server: LiveServer, browser: WebDriver
) -> None:
    base, seeded = live_server.base_url, live_server.seeded

    # Given an anonymous visitor opening the inbox, when they log in
    browser.get(f"{base}/approvals")
    assert path_of(browser) == "/login"
    browser.find_element(By.NAME, "email").send_keys(OWNER_EMAIL)
    browser.find_element(By.NAME, "password").send_keys(factories.PASSWORD)
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
    assert path_of(browser) == "/approvals"

    # then the inbox lists the one proposal
    assert table(browser, "inbox") == [
        ["Title", "Kind", "Subject", "Proposed by", "Proposed at", "Status"],
        [
            "Lower the unit cost of MUG-500",
            "catalog.product.update",
            "product MUG-500",
            seeded.actor.name,
            "2026-11-25 09:00 UTC",
            "proposed",
        ],
    ]

    # when they open it, it shows the diff
    follow(browser, browser.find_element(By.LINK_TEXT, "Lower the unit cost of MUG-500"))
    assert path_of(browser) == f"/approvals/{seeded.change_id}"
    assert text_of(browser, "change-status") == "proposed"
    assert table(browser, "diff") == [
        ["Field", "Current", "Proposed"],
        ["changes.unit_cost", "23.5", "21.00"],
    ]

    # when they click Approve
    follow(browser, browser.find_element(By.ID, "approve-button"))

    # then the page says it was applied, and the product has the new cost
    assert path_of(browser) == f"/approvals/{seeded.change_id}"
    assert text_of(browser, "change-status") == "applied"
    flashes = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "p.flash")]
    assert flashes == ["Approved and applied."]
    assert text_of(browser, "outcome").startswith("Applied ")
    assert browser.find_elements(By.ID, "approve-button") == []
    browser.get(f"{base}/products/{seeded.sku}")
    assert text_of(browser, "field-unit-cost") == "21.00 CNY"
    with unit_of_work(live_server.runtime.session_factory) as session:
        change = approvals.get_change(session, change_id=seeded.change_id, actor=seeded.actor)
        product = catalog.get_product(session, actor=seeded.actor, sku=seeded.sku)
        assert change.status == ChangeStatus.APPLIED
        assert product.unit_cost == Decimal("21.00")
