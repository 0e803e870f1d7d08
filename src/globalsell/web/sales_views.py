"""Sales pages: units and sales per SKU x store over a chosen number of days (table and CSV), and
the latest orders with a status and store filter. Read-only."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request, Response

from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core import formatting
from globalsell.orders import service as orders
from globalsell.orders.domain import OrderStatus
from globalsell.reporting import service as reporting
from globalsell.reporting.service import SkuSales
from globalsell.web import auth, lists
from globalsell.web.rendering import WebRoute, display_for, page_unit, render

router = APIRouter(route_class=WebRoute)
DAY_CHOICES = (7, 30, 90, 365)
ORDER_PAGE = 50


def _rows(request: Request, days: int, store: str) -> tuple[list[SkuSales], dict[str, str], str]:
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        display = display_for(request)
        now = runtime.clock.now()
        today = formatting.local(now, display).date()
        rows = reporting.sku_sales(
            session,
            actor=viewer.actor,
            start=today - timedelta(days=days),
            end=today - timedelta(days=1),
            currency=display.currency,
            now=now,
        )
        if store:
            rows = [r for r in rows if r.store == store]
        titles = catalog.titles_by_sku(session, actor=viewer.actor, skus=[r.sku for r in rows])
        return rows, titles, display.currency


def _days(raw: str) -> int:
    return int(raw) if raw.isdigit() and int(raw) in DAY_CHOICES else 30


@router.get("/sales")
def sales_page(request: Request, days: str = "30", store: str = "", status: str = "") -> Response:
    chosen = _days(days)
    rows, titles, currency = _rows(request, chosen, store[:10])
    runtime: Runtime = request.app.state.web_runtime
    wanted = OrderStatus(status) if status in set(OrderStatus) else None
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        latest = orders.list_orders(
            session,
            actor=viewer.actor,
            status=wanted,
            marketplace=store[:10] or None,
            limit=ORDER_PAGE,
        )
        stores = sorted({r.store for r in rows} | ({store} if store else set()))
        return render(
            request,
            "sales.html",
            {
                "rows": rows,
                "titles": titles,
                "currency": currency,
                "days": chosen,
                "day_choices": DAY_CHOICES,
                "store": store[:10],
                "stores": stores,
                "orders": latest,
                "status": wanted,
                "statuses": list(OrderStatus),
                "total_units": sum(r.units for r in rows),
                "total_revenue": sum((r.revenue or 0) for r in rows),
            },
        )


@router.get("/sales.{fmt}")
def sales_export(request: Request, fmt: str, days: str = "30", store: str = "") -> Response:
    """The same table as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese titles) or
    XLSX: one row per SKU and store, sales in the seller's currency."""
    lists.export_format(fmt)
    chosen = _days(days)
    rows, titles, currency = _rows(request, chosen, store[:10])
    return lists.export(
        fmt,
        name=f"sales-{chosen}d",
        headers=["sku", "title", "store", "units", f"sales_{currency.lower()}"],
        rows=[
            [
                r.sku,
                titles.get(r.sku, ""),
                r.store,
                r.units,
                None if r.revenue is None else format(r.revenue.quantize(formatting.CENT), "f"),
            ]
            for r in rows
        ],
    )
