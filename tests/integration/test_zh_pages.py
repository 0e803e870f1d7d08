"""Every page of a fresh demo, walked as its owner in 简体中文 and in English from the navigation:
no page shows an audit name (`user:1`), a dotted engine code or a storage-padded number in either
language, and a Chinese page shows no English sentence outside the text the seller, a store or an
official source wrote (marked `translate="no"`). Issue 18's "Done when" scan."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from urllib.parse import urldefrag, urlsplit

import pytest
from fastapi.testclient import TestClient

from globalsell.api.app import create_app
from globalsell.bootstrap import Runtime
from globalsell.demo import builder
from tests.conftest import DemoStore
from tests.integration.test_crawl_demo import SKIP, Links
from tests.web.scan import english_runs, leaks

MAX_PAGES = 600
ZH = "zh-CN,zh;q=0.9,en;q=0.8"
EN = "en-GB,en;q=0.9"
NAVIGATION = ("/", "/approvals", "/sales", "/products", "/inventory", "/plan", "/shipments")


@pytest.fixture(scope="module")
def runtime(demo_store: DemoStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    rt = demo_store.runtime(
        tmp_path_factory.mktemp("zh-pages"), secret_key="test-secret-key-0123456789abcdef"
    )
    yield rt
    rt.engine.dispose()


def _walk(runtime: Runtime, accept_language: str) -> dict[str, str]:
    """The HTML of every dashboard page reachable from the home page, signed in as the owner."""
    pages: dict[str, str] = {}
    with TestClient(create_app(runtime), raise_server_exceptions=False) as client:
        client.headers["accept-language"] = accept_language
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
        assert token is not None
        signed = client.post(
            "/login",
            data={
                "email": builder.OWNER_EMAIL,
                "password": builder.DEMO_PASSWORD,
                "csrf_token": token.group(1),
            },
            follow_redirects=False,
        )
        assert signed.status_code == 303
        seen: set[str] = set()
        queue = deque(["/"])
        while queue and len(seen) < MAX_PAGES:
            path = queue.popleft()
            if path in seen:
                continue
            seen.add(path)
            response = client.get(path, follow_redirects=False)
            if "text/html" not in response.headers.get("content-type", ""):
                continue
            pages[path] = response.text
            links = Links()
            links.feed(response.text)
            for href in links.hrefs:
                link = urldefrag(href).url
                parts = urlsplit(link)
                if parts.scheme or parts.netloc or not link.startswith("/") or SKIP.search(link):
                    continue
                if link not in seen:
                    queue.append(link)
    return pages


@pytest.fixture(scope="module")
def chinese(runtime: Runtime) -> dict[str, str]:
    return _walk(runtime, ZH)


@pytest.fixture(scope="module")
def english(runtime: Runtime) -> dict[str, str]:
    return _walk(runtime, EN)


def test_the_walk_covers_every_navigation_page_and_the_pages_behind_them(
    chinese: dict[str, str], english: dict[str, str]
) -> None:
    for pages in (chinese, english):
        assert set(NAVIGATION) <= set(pages)
        assert any(p.startswith("/approvals/") for p in pages)
        assert any(p.endswith("/customs") for p in pages)
        assert any(p.endswith("/pricing") for p in pages)
        assert any(p.startswith("/shipments/") for p in pages)
        assert any(p.startswith("/forecasts/") for p in pages)
        assert len(pages) >= 200
    assert all('<html lang="zh-CN">' in html for html in chinese.values())
    assert all('<html lang="en">' in html for html in english.values())


@pytest.mark.parametrize("language", ["chinese", "english"])
def test_no_page_shows_an_audit_name_an_engine_code_or_a_padded_number(
    language: str, request: pytest.FixtureRequest
) -> None:
    pages: dict[str, str] = request.getfixturevalue(language)

    found = {path: leaked for path, html in pages.items() if (leaked := leaks(html))}

    assert found == {}


def test_no_chinese_page_shows_an_english_sentence(chinese: dict[str, str]) -> None:
    found = {path: runs for path, html in chinese.items() if (runs := english_runs(html))}

    assert found == {}
