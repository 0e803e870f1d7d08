"""A fresh demo, crawled as its owner: every page reachable from the dashboard's navigation and
every GET operation of the API answers without a server error."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from globalsell.api.app import create_app
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.demo import builder
from globalsell.logistics.models import Shipment
from globalsell.orders.models import Order
from tests.conftest import DemoStore

MAX_PAGES = 600
# Links that change state or leave the dashboard are not followed.
SKIP = re.compile(r"^/(logout|api/|static/)|\.(png|csv|xlsx|pdf|json|zip)(\?|$)")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(v for k, v in attrs if k == "href" and v)


@pytest.fixture(scope="module")
def runtime(demo_store: DemoStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    rt = demo_store.runtime(
        tmp_path_factory.mktemp("crawl"), secret_key="test-secret-key-0123456789abcdef"
    )
    yield rt
    rt.engine.dispose()


@pytest.fixture(scope="module")
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime), raise_server_exceptions=False) as client:
        yield client


def _log_in(client: TestClient) -> None:
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


def test_every_dashboard_page_reachable_from_home_answers_without_a_server_error(
    client: TestClient,
) -> None:
    _log_in(client)
    seen: set[str] = set()
    queue = deque(["/"])
    failures: list[tuple[str, int]] = []
    while queue and len(seen) < MAX_PAGES:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path, follow_redirects=False)
        if response.status_code >= 500:
            failures.append((path, response.status_code))
            continue
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        parser = Links()
        parser.feed(response.text)
        for href in parser.hrefs:
            link = urldefrag(href).url
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not link.startswith("/") or SKIP.search(link):
                continue
            if link not in seen:
                queue.append(link)
    assert failures == []
    # the navigation alone reaches these; the crawl follows products, changes, shipments...
    for page in ("/", "/products", "/approvals", "/inventory", "/forecasts", "/plan", "/assistant"):
        assert page in seen
    assert len(seen) >= 100


def _samples(runtime: Runtime) -> dict[str, str]:
    """A real value for every path parameter the API declares, taken from the demo."""
    with runtime.session_factory() as session:
        change = session.scalars(select(ChangeRequest.id).order_by(ChangeRequest.id)).first()
        shipment = session.scalars(select(Shipment.code).order_by(Shipment.code)).first()
        order = session.scalars(select(Order.order_id).order_by(Order.id)).first()
    return {
        "sku": "NB-AP-001",
        "store": "DE",
        "code": "DE",
        "change_id": str(change),
        "order_id": str(order),
        "shipment": str(shipment),
    }


def _fill(template: str, samples: dict[str, str]) -> str:
    values = dict(samples)
    if template.startswith("/api/v1/shipments/"):
        values["code"] = values["shipment"]
    names = re.findall(r"{(\w+)}", template)
    unknown = [n for n in names if n not in values]
    assert unknown == [], f"no sample value for {unknown} in {template}"
    for name in names:
        template = template.replace("{" + name + "}", values[name])
    return template


def test_every_api_get_operation_answers_without_a_server_error(
    client: TestClient, runtime: Runtime, demo_store: DemoStore
) -> None:
    headers = {"Authorization": f"Bearer {demo_store.report.owner_token}"}
    spec = client.get("/api/v1/openapi.json", headers=headers)
    assert spec.status_code == 200
    samples = _samples(runtime)
    called: list[tuple[str, int]] = []
    for template, operations in spec.json()["paths"].items():
        if "get" not in operations:
            continue
        path = _fill(template, samples)
        response = client.get(path, headers=headers)
        assert response.status_code != 404 or "{" not in template, (path, response.text)
        called.append((path, response.status_code))
    errors = [(path, status) for path, status in called if status >= 500]
    assert errors == []
    assert len(called) >= 30
