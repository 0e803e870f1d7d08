"""Rebuild the demo on a pinned day and take the README's dashboard screenshots in headless
Chromium, in English and in 简体中文:

* ``today-<lang>.png``: the Today page at desktop width (the top of the page);
* ``approval-price-<lang>.png``: the assistant's price change as its approval card;
* ``inbox-phone-<lang>.png``: the approvals inbox at phone width (390 px, cards instead of rows).

Run ``.venv/bin/python scripts/take_screenshots.py`` (``--today``, ``--out``). It needs Debian's
``chromium`` and ``chromium-driver`` and a CJK font (``scripts/ensure-services.sh`` installs them
as root), builds the demo into a temporary folder with ``globalsell demo --today``, serves it on
a loopback port with the clock pinned to the demo's business time, and signs in as the owner
with the browser asking for each language. The same day gives the same pages. No network.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import select

from globalsell.api.background import served
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime, build_runtime
from globalsell.config import Settings, sqlite_url
from globalsell.core.clock import FixedClock
from globalsell.demo import builder

REPO_ROOT = Path(__file__).resolve().parent.parent
PINNED_DAY = date(2026, 12, 6)
DEMO_HOUR_UTC = 10  # as `globalsell demo --today` pins the business time
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
LANGUAGES = {"en": "en-GB,en", "zh": "zh-CN,zh"}
DESKTOP = (1280, 1100)
CARD = (1100, 788)
PHONE = (390, 1300)
TODAY_HEIGHT = 1700


def build_demo(folder: Path, day: date) -> Path:
    db = folder / "demo.db"
    command = Path(sys.executable).with_name("globalsell")
    subprocess.run(
        [str(command), "demo", "--db", str(db), "--today", day.isoformat()],
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=folder,
    )
    return db


@contextmanager
def chromium(profile: Path, accept_language: str) -> Iterator[WebDriver]:
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-proxy-server",
        "--hide-scrollbars",
        f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": accept_language})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver: WebDriver, url: str) -> None:
    driver.get(url)
    WebDriverWait(driver, 60).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def shoot(driver: WebDriver, size: tuple[int, int], path: Path, *, mobile: bool = False) -> None:
    """The page as a `size` viewport shows it (the device metrics, not the window, so the
    picture is exactly that size)."""
    width, height = size
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )
    driver.execute_script("window.scrollTo(0, 0);")
    time.sleep(0.3)
    driver.save_screenshot(str(path))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    print(f"wrote {path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path}")


def sign_in(driver: WebDriver, base: str) -> None:
    open_page(driver, f"{base}/login")
    driver.find_element(By.NAME, "email").send_keys(builder.OWNER_EMAIL)
    driver.find_element(By.NAME, "password").send_keys(builder.DEMO_PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
    WebDriverWait(driver, 60).until(lambda d: "/login" not in d.current_url)


def price_change(runtime: Runtime) -> int:
    """The assistant's price proposal (the one the demo leaves waiting)."""
    with runtime.session_factory() as session:
        found = session.scalars(
            select(ChangeRequest.id)
            .where(ChangeRequest.kind == "pricing.price.set")
            .where(ChangeRequest.status == ChangeStatus.PROPOSED)
            .order_by(ChangeRequest.id)
        ).first()
    if found is None:
        raise RuntimeError("the demo has no price change waiting")
    return int(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=PINNED_DAY,
        help=f"the demo's business day (default {PINNED_DAY.isoformat()}, the README's pictures)",
    )
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        sys.exit(f"headless Chromium is missing ({', '.join(missing)}): scripts/ensure-services.sh")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="globalsell-shots-") as folder:
        work = Path(folder)
        db = build_demo(work, args.today)
        now = datetime.combine(args.today, datetime.min.time(), tzinfo=UTC).replace(
            hour=DEMO_HOUR_UTC
        )
        runtime = build_runtime(
            Settings(database_url=sqlite_url(db), secret_key="screenshots-" + "0" * 32),
            clock=FixedClock(now),
        )
        change = price_change(runtime)
        try:
            with served(runtime, name="screenshots") as base:
                for lang, accept in LANGUAGES.items():
                    with chromium(work / f"profile-{lang}", accept) as driver:
                        sign_in(driver, base)
                        open_page(driver, f"{base}/")
                        shoot(driver, (DESKTOP[0], TODAY_HEIGHT), args.out / f"today-{lang}.png")
                        open_page(driver, f"{base}/approvals/{change}")
                        shoot(driver, CARD, args.out / f"approval-price-{lang}.png")
                        open_page(driver, f"{base}/approvals")
                        shoot(driver, PHONE, args.out / f"inbox-phone-{lang}.png", mobile=True)
        finally:
            runtime.engine.dispose()


if __name__ == "__main__":
    main()
