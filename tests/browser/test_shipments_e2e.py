"""End to end in headless Chromium: a seller logs in, sees the open exception on the shipments
page, opens a shipment and reads its lane and milestone timeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By

from globalsell.bootstrap import build_runtime, upgrade
from globalsell.config import Settings, sqlite_url
from globalsell.core.actor import Role
from globalsell.db.session import unit_of_work
from globalsell.inventory.domain import LocationKind
from globalsell.logistics import service as logistics
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.domain import EventInput, Mode
from tests import factories
from tests.browser.test_inbox_e2e import (
    OWNER_EMAIL,
    chrome,
    follow,
    path_of,
    require_chromium,
    serve,
    table,
    text_of,
)

AT = factories.AT


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    require_chromium()
    runtime = build_runtime(
        Settings(
            database_url=sqlite_url(tmp_path / "ship.db"),
            secret_key="e2e-secret-key-0123456789abcdef",
        )
    )
    upgrade(runtime.engine)
    with unit_of_work(runtime.session_factory) as session:
        seller = factories.make_seller(session, name="Ningvale Trading")
        owner = factories.make_member(session, seller, Role.OWNER, email=OWNER_EMAIL)
        factories.make_product(session, owner.actor, sku="MUG-500")
        factories.make_location(session, owner.actor, "CN-NGB", LocationKind.ORIGIN_HUB, "CN")
        factories.make_location(session, owner.actor, "FBA-DE", LocationKind.FC, "DE")
        factories.receive_stock(session, owner.actor, "MUG-500", "CN-NGB", 500)
        factories.make_shipment(
            session,
            owner.actor,
            "SHP-OCEAN",
            lines=(("MUG-500", 120, 12),),
            transport_doc="MAEU1",
            departs=AT - timedelta(days=20),
            days=30,
        )
        factories.make_shipment(
            session,
            owner.actor,
            "SHP-AIR",
            lines=(("MUG-500", 24, 2),),
            mode=Mode.AIR,
            carrier="CATHAY CARGO",
            route=("CNPVG", "DEFRA"),
            departs=AT - timedelta(days=6),
            days=2,
        )
        logistics_tracking.ingest_events(
            session,
            actor=owner.actor,
            events=[
                EventInput("E1", "MAERSK", "MAEU1", "DEPA", AT - timedelta(days=19), "CNNGB"),
            ],
            channel="csv",
            now=AT,
        )
        logistics.scan(session, actor=owner.actor, now=AT)
    server, thread, url = serve(runtime)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        runtime.engine.dispose()


@pytest.fixture
def browser(tmp_path: Path, base_url: str) -> Iterator[WebDriver]:
    driver = chrome(tmp_path / "chrome-profile")
    driver.set_page_load_timeout(90)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.browser
def test_seller_sees_exceptions_lane_and_timeline(base_url: str, browser: WebDriver) -> None:
    # Given a seller with an ocean shipment at sea and an air shipment that never left
    browser.get(f"{base_url}/shipments")
    assert path_of(browser) == "/login"
    browser.find_element(By.NAME, "email").send_keys(OWNER_EMAIL)
    browser.find_element(By.NAME, "password").send_keys(factories.PASSWORD)
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))

    # then the shipments page lists the open exception with its evidence
    assert path_of(browser) == "/shipments"
    assert table(browser, "exceptions") == [
        ["Shipment", "Kind", "What", "Since"],
        [
            "SHP-AIR",
            "late departure",
            "not departed 6.0 days after the planned departure",
            "2026-11-25",
        ],
    ]
    rows = table(browser, "shipments")
    assert [r[:3] for r in rows[1:]] == [
        ["SHP-AIR", "booked", "CNPVG –air→ DEFRA"],
        ["SHP-OCEAN", "departed origin", "CNNGB –ocean→ DEHAM"],
    ]

    # when they open the ocean shipment, the lane and the timeline have the dates
    follow(browser, browser.find_element(By.LINK_TEXT, "SHP-OCEAN"))
    assert path_of(browser) == "/shipments/SHP-OCEAN"
    assert text_of(browser, "status") == "departed origin"
    assert text_of(browser, "lane").startswith(
        "CNNGB planned 2026-11-05 09:00 · actual 2026-11-06 09:00"
    )
    assert text_of(browser, "timeline").startswith(
        "2026-11-06 09:00 UTC · departed origin at CNNGB (csv event E1)"
    )
