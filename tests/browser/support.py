"""What the headless-Chromium tests share: the app served by uvicorn on loopback over a fresh
migrated SQLite file seeded through the services, a Chromium session, and page helpers."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar
from urllib.parse import urlsplit

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from globalsell.api.background import served
from globalsell.bootstrap import Runtime, build_runtime, upgrade
from globalsell.config import Settings, sqlite_url
from globalsell.core.clock import FixedClock
from tests import factories
from tests.conftest import NOW

S = TypeVar("S")

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


def require_chromium() -> None:
    """Skip without Chromium, unless GLOBALSELL_REQUIRE_BROWSER=1 makes its absence a failure."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        message = f"headless Chromium not installed: {', '.join(missing)} missing"
        if os.environ.get("GLOBALSELL_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)


def chrome(profile: Path, accept_language: str | None = None) -> WebDriver:
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in CHROME_ARGS:
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={profile}")
    if accept_language:
        options.add_experimental_option("prefs", {"intl.accept_languages": accept_language})
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)


@dataclass(frozen=True)
class Live(Generic[S]):
    base_url: str
    runtime: Runtime
    seeded: S


@contextmanager
def live_app(tmp_path: Path, seed: Callable[[Runtime], S]) -> Iterator[Live[S]]:
    """The app on a free loopback port over a new SQLite file that `seed` fills."""
    require_chromium()
    runtime = build_runtime(
        Settings(
            database_url=sqlite_url(tmp_path / "e2e.db"),
            secret_key="e2e-secret-key-0123456789abcdef",
        ),
        clock=FixedClock(NOW),
    )
    upgrade(runtime.engine)
    seeded = seed(runtime)
    try:
        with served(runtime, name="uvicorn-e2e") as base_url:
            yield Live(base_url=base_url, runtime=runtime, seeded=seeded)
    finally:
        runtime.engine.dispose()


@contextmanager
def headless_chromium(tmp_path: Path, accept_language: str | None = None) -> Iterator[WebDriver]:
    """Chromium asking for `accept_language` (`zh-CN,zh`), else its own default (English)."""
    driver = chrome(tmp_path / "chrome-profile", accept_language)
    driver.set_page_load_timeout(90)
    try:
        yield driver
    finally:
        driver.quit()


def log_in(driver: WebDriver, base_url: str, path: str, email: str = OWNER_EMAIL) -> None:
    """Open `path`, get sent to the login page, sign in, and land back on `path`."""
    driver.get(f"{base_url}{path}")
    assert path_of(driver) == "/login"
    driver.find_element(By.NAME, "email").send_keys(email)
    driver.find_element(By.NAME, "password").send_keys(factories.PASSWORD)
    follow(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
    assert path_of(driver) == path


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
