"""End to end in headless Chromium, in English and then in 简体中文 (switched in the header):
the owner walks every page of the navigation, approves a price change and the assistant's air
shipment from their cards, and rejects two cost edits at once from the inbox. A Chinese browser
signs in on a Chinese login page and walks every page in 简体中文 as well."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Actor
from globalsell.db.session import unit_of_work
from globalsell.pricing import changes as price_changes
from tests import factories
from tests.browser import test_assistant_e2e as assistant_case
from tests.browser.support import Live, follow, headless_chromium, live_app, log_in, table

LEAKS = re.compile(r"user:\d|\b[a-z_]+\.[a-z_]+\.[a-z_]+\b|\d+\.\d{6}")
# The plan page of an assistant-made plan is being fixed in planning (the lead's clock issue).
NOT_YET: set[str] = set()


@dataclass(frozen=True)
class Seeded:
    actor: Actor
    plan_id: int
    plan_units: int
    price_id: int
    cost_ids: tuple[int, int]


def seed(runtime: Runtime) -> Seeded:
    """The assistant case (a mug running out in DE, an air shipment proposed), plus a price move
    waiting for approval and two cost edits."""
    plan = assistant_case.seed(runtime)
    now = runtime.clock.now()
    with unit_of_work(runtime.session_factory) as session:
        owner = plan.actor
        kettle = factories.make_priced_product(session, owner, sku="KETTLE-1")
        session.expire_all()
        first = price_changes.propose_price(
            session, registry=runtime.registry, sku=kettle.sku, store="UK", actor=owner, now=now
        )
        approvals.approve_and_apply(
            session,
            registry=runtime.registry,
            change_id=first.id,
            seen_fingerprint=approvals.fingerprint_of(first),
            actor=owner,
            now=now,
            ttl=timedelta(days=1),
        )
        move = price_changes.propose_price(
            session,
            registry=runtime.registry,
            sku=kettle.sku,
            store="UK",
            actor=owner,
            now=now + timedelta(days=2),
            price=Decimal(first.payload["amount"]) * 2,
        )
        cup = factories.make_product(session, owner, sku="CUP-1", unit_cost="9.00")
        pan = factories.make_product(session, owner, sku="PAN-1", unit_cost="30.00")
        costs = (
            factories.propose_cost_change(session, runtime.registry, owner, cup, "8.00").id,
            factories.propose_cost_change(session, runtime.registry, owner, pan, "28.00").id,
        )
        proposed = approvals.get_change(session, change_id=plan.change_id, actor=owner)
        units = int(proposed.payload["shipments"][0]["units"])
        return Seeded(owner, plan.change_id, units, move.id, costs)


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[Live[Seeded]]:
    with live_app(tmp_path, seed) as live:
        yield live


@pytest.fixture
def browser(tmp_path: Path, live_server: Live[Seeded]) -> Iterator[WebDriver]:
    with headless_chromium(tmp_path) as driver:
        yield driver


def status_of(browser: WebDriver) -> str:
    badge = browser.find_element(By.CSS_SELECTOR, "#change-status .badge")
    return str(badge.get_attribute("data-status"))


def walk(
    browser: WebDriver, base: str, lang: str, headings: dict[str, list[str]] | None = None
) -> dict[str, list[str]]:
    """Every page of the navigation: its language and what it leaks, by path (and, into
    `headings`, the page's headings without their counts)."""
    links = browser.find_elements(By.CSS_SELECTOR, "#mainnav a")
    paths = [str(a.get_attribute("href")).removeprefix(base) for a in links]
    found: dict[str, list[str]] = {}
    for path in paths:
        if path in NOT_YET:
            continue
        browser.get(base + path)
        if headings is not None:
            headings[path] = [
                re.sub(r"\s*\(.*\)$", "", h.text)
                for h in browser.find_elements(By.CSS_SELECTOR, "main h1, main h2")
            ]
        html_lang = browser.find_element(By.TAG_NAME, "html").get_attribute("lang")
        text = browser.find_element(By.TAG_NAME, "body").text
        problems = LEAKS.findall(text)
        if html_lang != lang:
            problems.append(f"lang={html_lang}")
        if browser.find_elements(By.ID, "error-status"):
            problems.append("error page")
        if problems:
            found[path] = problems
    return found


@pytest.mark.browser
def test_owner_walks_every_page_and_decides_from_cards_in_both_languages(
    live_server: Live[Seeded], browser: WebDriver
) -> None:
    base, seeded = live_server.base_url, live_server.seeded
    log_in(browser, base, "/")

    # English (the browser's language): every page renders in English without codes
    english: dict[str, list[str]] = {}
    assert walk(browser, base, "en", english) == {}
    assert {path: shown for path, shown in english.items() if path != "/"} == {
        "/approvals": ["Approvals"],
        "/sales": ["Sales", "Latest orders"],
        "/products": ["Products"],
        "/inventory": ["Stock pool"],
        "/forecasts": ["Forecasts"],
        "/plan": ["Replenishment plan"],
        "/shipments": ["Shipments", "Problems to look at"],
        "/assistant": ["Assistant", "Ask the assistant"],
    }
    assert english["/"][1:] == [
        "To do: losses happening now first, then most money",
        "Sales",
        "By store, last 7 days",
    ]

    # the price card shows before -> after with margins; approving applies it
    browser.get(f"{base}/approvals/{seeded.price_id}")
    rows = table(browser, "price-card")
    assert rows[0] == ["", "Now", "Proposed"]
    assert rows[1][0] == "Price in UK"
    assert rows[2][0] == "Margin per unit"
    follow(browser, browser.find_element(By.ID, "approve-button"))
    assert status_of(browser) == "applied"

    # switch to 简体中文 in the header: the choice sticks on every page
    follow(browser, browser.find_element(By.ID, "language-zh_CN"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    assert walk(browser, base, "zh-CN") == {}

    # the plan card lists the shipment; approving it in Chinese applies it
    browser.get(f"{base}/approvals/{seeded.plan_id}")
    plan = table(browser, "plan-card")
    assert plan[0][:5] == ["SKU", "发货地", "目的地", "运输方式", "件数"]
    assert plan[1][3:5] == ["空运", str(seeded.plan_units)]
    follow(browser, browser.find_element(By.ID, "approve-button"))
    assert status_of(browser) == "applied"
    assert browser.find_element(By.CSS_SELECTOR, "p.flash").text == "已批准，已生效。"

    # bulk: tick the two cost edits, reject them with one reason after the confirmation
    browser.get(f"{base}/approvals")
    for number in seeded.cost_ids:
        browser.find_element(By.CSS_SELECTOR, f"input[name=change_id][value='{number}']").click()
    follow(browser, browser.find_element(By.ID, "bulk-reject"))
    assert browser.find_element(By.ID, "bulk-total").text == "涉及金额：¥0.00"
    browser.find_element(By.NAME, "reason").send_keys("报价有误")
    follow(browser, browser.find_element(By.ID, "bulk-confirm"))
    assert browser.find_element(By.CSS_SELECTOR, "p.flash").text == "已拒绝 2 项建议。"
    with unit_of_work(live_server.runtime.session_factory) as session:
        decided = [
            approvals.get_change(session, change_id=n, actor=seeded.actor)
            for n in (seeded.price_id, seeded.plan_id, *seeded.cost_ids)
        ]
        assert [c.status for c in decided] == [
            ChangeStatus.APPLIED,
            ChangeStatus.APPLIED,
            ChangeStatus.REJECTED,
            ChangeStatus.REJECTED,
        ]
        assert {c.decision_note for c in decided[2:]} == {"报价有误"}


@pytest.mark.browser
def test_an_owner_with_a_chinese_browser_signs_in_and_walks_every_page_in_chinese(
    tmp_path: Path, live_server: Live[Seeded]
) -> None:
    base, seeded = live_server.base_url, live_server.seeded
    with headless_chromium(tmp_path / "zh", accept_language="zh-CN,zh") as browser:
        browser.get(f"{base}/approvals")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
        assert browser.find_element(By.CSS_SELECTOR, "form[action='/login'] button").text == "登录"
        log_in(browser, base, "/approvals")
        nav = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#mainnav a")]

        assert nav[:3] == ["今日", "待审批", "销售"]
        chinese: dict[str, list[str]] = {}
        assert walk(browser, base, "zh-CN", chinese) == {}
        assert {path: shown for path, shown in chinese.items() if path != "/"} == {
            "/approvals": ["待审批"],
            "/sales": ["销售", "最新订单"],
            "/products": ["产品"],
            "/inventory": ["库存池"],
            "/forecasts": ["销量预测"],
            "/plan": ["补货计划"],
            "/shipments": ["物流", "需要关注的问题"],
            "/assistant": ["智能助手", "向助手提问"],
        }
        assert chinese["/"][1:] == [
            "待办事项：正在发生的损失优先，其次按金额",
            "销售",
            "各店铺最近 7 天",
        ]
        browser.get(f"{base}/approvals/{seeded.price_id}")
        price = table(browser, "price-card")
        # the seeded proposal has no freight or duty figure: the card says its margin is overstated
        assert [row[0] for row in price] == [
            "",
            "UK 售价",
            "单件利润",
            "运费和关税未知：毛利因此偏高。",
        ]
        assert price[0][1:] == ["当前", "提议"]
