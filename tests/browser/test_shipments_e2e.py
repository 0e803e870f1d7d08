"""End to end in headless Chromium: a seller logs in, sees the open exception on the shipments
page, opens a shipment and reads its lane and milestone timeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By

from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
from globalsell.db.session import unit_of_work
from globalsell.inventory.domain import LocationKind
from globalsell.logistics import service as logistics
from globalsell.logistics import tracking as logistics_tracking
from globalsell.logistics.domain import EventInput, Mode
from tests import factories
from tests.browser.support import (
    OWNER_EMAIL,
    follow,
    headless_chromium,
    live_app,
    log_in,
    path_of,
    table,
    text_of,
)

AT = factories.AT


def seed(runtime: Runtime) -> None:
    """An owner with an ocean shipment at sea (departure scanned) and an air shipment that never
    left the hub."""
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


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    with live_app(tmp_path, seed) as site:
        yield site.base_url


@pytest.fixture
def browser(tmp_path: Path, base_url: str) -> Iterator[WebDriver]:
    with headless_chromium(tmp_path) as driver:
        yield driver


@pytest.mark.browser
def test_seller_sees_exceptions_lane_and_timeline(base_url: str, browser: WebDriver) -> None:
    # Given a seller with an ocean shipment at sea and an air shipment that never left
    log_in(browser, base_url, "/shipments")

    # then the shipments page lists the open exception with its evidence
    assert table(browser, "exceptions") == [
        ["Shipment", "Problem", "Details", "Since"],
        [
            "SHP-AIR",
            "Late departure",
            "not departed 6 days after the planned departure",
            "Nov 25, 2026",
        ],
    ]
    rows = table(browser, "shipments")
    assert [r[:3] for r in rows[1:]] == [
        ["SHP-AIR", "Booked", "CNPVG –Air→ DEFRA"],
        ["SHP-OCEAN", "Departed origin", "CNNGB –Sea→ DEHAM"],
    ]

    # when they open the ocean shipment, the lane and the timeline have the dates
    follow(browser, browser.find_element(By.LINK_TEXT, "SHP-OCEAN"))
    assert path_of(browser) == "/shipments/SHP-OCEAN"
    assert text_of(browser, "status") == "Departed origin"
    assert text_of(browser, "lane").startswith(
        "CNNGB planned Nov 5, 2026, 09:00 · actual Nov 6, 2026, 09:00"
    )
    assert text_of(browser, "timeline").startswith("Nov 6, 2026, 09:00 · Departed origin at CNNGB")
