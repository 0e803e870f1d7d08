"""The demo's pool, forecasts and proposed plan: the generated history is seeded and has the
shape it claims (intermittent, seasonal, with stock-outs), the plan waits in the inbox, and the
pool, forecast, chart and plan pages render for it; charts export as PNGs of the asked size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from globalsell.api.app import create_app
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.cli.main import app as cli_app
from globalsell.core import formatting
from globalsell.demo import builder
from globalsell.demo.builder import DemoReport
from globalsell.forecasting.models import Forecast
from globalsell.orders.models import Order, OrderLine
from tests.api.test_planning_api import png_size
from tests.conftest import DEMO_DATE, DemoStore
from tests.web.html import Page


@pytest.fixture(scope="module")
def demo_runtime(
    demo_store: DemoStore, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Runtime]:
    """A private copy of the demo (the builder commits its own units of work)."""
    runtime = demo_store.runtime(
        tmp_path_factory.mktemp("plan-demo"), secret_key="test-secret-key-0123456789abcdef"
    )
    yield runtime
    runtime.engine.dispose()


@pytest.fixture(scope="module")
def demo_url(demo_runtime: Runtime) -> str:
    return demo_runtime.engine.url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def demo(demo_store: DemoStore) -> DemoReport:
    return demo_store.report


@pytest.fixture
def session(demo_runtime: Runtime, demo: DemoReport) -> Iterator[Session]:
    with demo_runtime.session_factory() as session:
        yield session
        session.rollback()


@pytest.fixture(scope="module")
def web(demo_runtime: Runtime, demo: DemoReport) -> Iterator[TestClient]:
    """A browser signed in as the demo owner."""
    with TestClient(create_app(demo_runtime)) as client:
        page = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
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
        yield client


def _page(web: TestClient, url: str) -> Page:
    response = web.get(url, follow_redirects=False)
    assert response.status_code == 200, response.text
    return Page(response.text)


def test_the_generated_history_is_seeded_and_reported(demo: DemoReport) -> None:
    inv = demo.inventory
    assert inv is not None
    # SEED 20261125 over the 365 days before the demo's today: the same numbers on every build
    # (any date of the same weekday, docs/adr/0069)
    assert (inv.skus, inv.locations, inv.days) == (6, 6, 365)
    assert (inv.orders, inv.units_sold, inv.units_lost, inv.stockout_days) == (
        5745,
        6363,
        1116,
        1301,
    )


def test_the_history_is_intermittent_seasonal_and_censored(session: Session) -> None:
    rows = session.execute(
        select(OrderLine.sku, Order.marketplace, Order.purchase_day, func.sum(OrderLine.quantity))
        .join(Order, Order.id == OrderLine.order_pk)
        .where(Order.status == "shipped")
        .group_by(OrderLine.sku, Order.marketplace, Order.purchase_day)
    ).all()
    selling_days: dict[tuple[str, str], int] = {}
    by_month: dict[int, int] = {}
    for sku, store, day, units in rows:
        selling_days[(sku, store)] = selling_days.get((sku, store), 0) + 1
        by_month[day.month] = by_month.get(day.month, 0) + int(units)
    assert len(selling_days) == 24
    # intermittent: no series sells every day, and the slowest sells on fewer than 1 day in 4
    assert max(selling_days.values()) < 365
    assert min(selling_days.values()) < 365 / 4
    # seasonal: the Q4 peak outsells the spring trough
    assert sum(by_month[m] for m in (10, 11, 12)) > 1.3 * sum(by_month[m] for m in (4, 5, 6))
    # stock-outs: the forecasts censor weeks in every series
    censored = session.execute(
        select(Forecast.sku, Forecast.marketplace, func.min(Forecast.censored_weeks)).group_by(
            Forecast.sku, Forecast.marketplace
        )
    ).all()
    assert len(censored) == 24
    assert all(weeks > 0 for _, _, weeks in censored)


def test_the_demo_forecasts_and_files_a_plan(demo: DemoReport, session: Session) -> None:
    planning = demo.planning
    assert planning is not None
    assert planning.series == 24
    assert sum(planning.models.values()) == 24
    change = session.get(ChangeRequest, planning.change_id)
    assert change is not None
    assert (change.kind, change.status.value) == ("planning.plan.accept", "proposed")
    assert change.payload["forecast_run"] == planning.forecast_run
    assert change.payload["promise_uplift"] == {"DE": 0.2}
    shipments = change.payload["shipments"]
    assert planning.shipments == len(shipments) > 0
    assert planning.units == sum(s["units"] for s in shipments)
    assert {s["from"] for s in shipments} == {"CN-NGB"}
    assert {(s["to_country"], s["to_location"]) for s in shipments} <= {
        ("US", "FBA-US"),
        ("DE", "FBA-DE"),
        ("GB", "FBA-UK"),
        ("JP", "FBA-JP"),
    }
    assert {s["mode"] for s in shipments} <= {"ocean", "air"}
    assert all(s["units"] % 6 == 0 for s in shipments)
    assert {s["ship_by"] for s in shipments} == {DEMO_DATE.isoformat()}
    assert len(planning.service_level) == 24
    expected = {k: Decimal(v) for k, v in change.payload["expected_cost"].items()}
    assert str(expected["total"]) == planning.expected_cost
    assert expected["total"] == sum(expected[k] for k in ("transport", "holding_fc", "lost_sales"))
    assert all(0 < v <= 1 for v in planning.service_level.values())


def test_the_pool_forecast_and_plan_pages_render(web: TestClient, demo: DemoReport) -> None:
    assert demo.planning is not None
    pool = _page(web, "/inventory")
    # the pool is sorted by SKU by default: its header shows the (aria-hidden) arrow
    assert pool.table("pool")[0][:2] == ["SKU↑", "CN-NGB"]
    assert len(pool.table("pool")) == 1 + 6

    forecasts = _page(web, "/forecasts").table("forecasts")
    assert forecasts[0] == [
        "SKU",
        "Store",
        "Method",
        "Next week",
        "Likely range",
        "13 weeks",
        "Typical error",
        "Stock-out weeks",
        "Chart",
    ]
    assert len(forecasts) == 1 + 24
    one = _page(web, "/forecasts?sku=NB-AP-001").table("forecasts")
    assert [row[:2] for row in one[1:]] == [["NB-AP-001", s] for s in ("DE", "JP", "UK", "US")]
    assert "No forecast for NB-XX-404" in web.get("/forecasts?sku=NB-XX-404").text

    chart = web.get("/forecasts/NB-AP-001/DE")
    assert chart.status_code == 200
    assert chart.text.count('class="sales censored"') > 0
    assert chart.text.count('class="sales') == 52
    assert 'class="band"' in chart.text
    weeks = Page(chart.text).table("forecast-weeks")
    monday = DEMO_DATE - timedelta(days=DEMO_DATE.weekday())
    assert weeks[1][0] == formatting.day(monday, formatting.Display())
    assert len(weeks) == 1 + 13

    plan = Page(web.get("/plan").text)
    rows = plan.table("plan")
    assert rows[0] == [
        "SKU",
        "From",
        "To",
        "Mode",
        "Units",
        "Ship by",
        "Cost",
        "Chance of no stock-out",
    ]
    assert len(rows) == 1 + demo.planning.shipments
    shown_day = formatting.day(DEMO_DATE, formatting.Display())
    assert all(r[1] == "CN-NGB" and r[5] == shown_day for r in rows[1:])
    assert f'href="/approvals/{demo.planning.change_id}"' in web.get("/plan").text
    cost = demo_change_cost(web, demo)
    shown = {k: formatting.money(Decimal(v), "CNY", formatting.Display()) for k, v in cost.items()}
    assert plan.text("plan-cost") == (
        f"{shown['total']}expected cost of this roundtransport {shown['transport']} + storage "
        f"at FBA {shown['holding_fc']} + lost sales {shown['lost_sales']}"
    )


def demo_change_cost(web: TestClient, demo: DemoReport) -> dict[str, str]:
    runtime: Runtime = web.app.state.web_runtime  # type: ignore[attr-defined]
    with runtime.session_factory() as session:
        assert demo.planning is not None
        change = session.get(ChangeRequest, demo.planning.change_id)
        assert change is not None
        return dict(change.payload["expected_cost"])


def test_the_chart_exports_as_png(web: TestClient, demo_url: str, tmp_path: Path) -> None:
    png = web.get("/forecasts/NB-AP-001/DE.png?size=small&weeks=26")
    assert png.headers["content-type"] == "image/png"
    assert png_size(png.content) == (640, 360)
    assert web.get("/forecasts/NB-AP-001/DE.png?size=huge").status_code == 422
    assert web.get("/forecasts/NOPE-1/DE").status_code == 404

    out = tmp_path / "chart.png"
    result = CliRunner().invoke(
        cli_app,
        ["forecast", "chart", "NB-AP-001", "--store", "DE", "--out", str(out), "--size", "large"],
        env={"GLOBALSELL_DATABASE_URL": demo_url, "COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert png_size(out.read_bytes()) == (1600, 900)
    bad = CliRunner().invoke(
        cli_app,
        ["forecast", "chart", "NB-AP-001", "--store", "FR", "--out", str(tmp_path / "x.png")],
        env={"GLOBALSELL_DATABASE_URL": demo_url, "COLUMNS": "200"},
    )
    assert bad.exit_code == 1
    assert "no forecast for NB-AP-001 in store 'FR'" in bad.output
    assert not (tmp_path / "x.png").exists()
