"""The pool page: the world view of stock by location, with each SKU's delivery promise per
store. One unit of work, read-only."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core import formatting
from globalsell.core.actor import Actor
from globalsell.db.session import unit_of_work
from globalsell.inventory import pool
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import PoolPosition
from globalsell.reporting import domain as reporting_domain
from globalsell.reporting import service as reporting
from globalsell.web import auth, lists, logistics_views
from globalsell.web.rendering import WebRoute, display_for, page_unit, render

router = APIRouter(route_class=WebRoute)


def promise_rows(session: Session, *, actor: Actor, skus: list[str]) -> dict[str, Any]:
    """For the product page: each SKU's available stock per location and its delivery promise
    in every store a fulfilment centre serves."""
    locations = inventory.list_locations(session, actor=actor)
    stores = sorted({loc.marketplace for loc in locations if loc.marketplace})
    positions = inventory.pool_positions(session, seller_id=actor.seller_id, skus=skus)
    promises = (
        pool.delivery_promises(session, actor=actor, skus=skus, stores=stores) if stores else []
    )
    return {
        "stock_stores": stores,
        "stock_positions": positions,
        "stock_promises": {(sku, store): p.value for sku, store, p in promises},
        "stock_skus": sorted({p.sku for p in positions} | {sku for sku, _, _ in promises}),
    }


def _cover(request: Request, session: Session, actor: Actor, entries: list[Any]) -> dict[str, Any]:
    """Days of cover per SKU: world stock at the last 30 days' pace of sales."""
    runtime: Runtime = request.app.state.web_runtime
    today = formatting.local(runtime.clock.now(), display_for(request)).date()
    start, end = reporting.days_back(today, 30)
    sold = reporting.units_sold(session, actor=actor, start=start, end=end)
    return reporting_domain.days_of_cover({e.total.sku: e.total.on_hand for e in entries}, sold)


POOL_SORTS = ("sku", "total", "cover")


def _pool(request: Request, session: Session, actor: Actor, q: str, zero: bool) -> dict[str, Any]:
    """The pool page's data, the SKU rows filtered by text (SKU or title) and by zero stock."""
    locations = inventory.list_locations(session, actor=actor)
    entries = pool.pool_view(session, actor=actor)
    titles = catalog.titles_by_sku(session, actor=actor, skus=[e.total.sku for e in entries])
    cover = _cover(request, session, actor, entries)
    needle = q.casefold()
    shown = [
        e
        for e in entries
        if (
            not needle
            or needle in e.total.sku.casefold()
            or needle in titles.get(e.total.sku, "").casefold()
        )
        and (
            not zero
            or e.total.on_hand == 0
            or any(p.on_hand == 0 and p.location_kind.value == "fc" for p in e.positions)
        )
    ]
    return {
        "locations": locations,
        "all_entries": entries,
        "entries": shown,
        "titles": titles,
        "cover": cover,
    }


def _sorted(entries: list[Any], cover: dict[str, Any], order: lists.Sort) -> list[Any]:
    keys = {
        "sku": lambda e: e.total.sku,
        "total": lambda e: e.total.on_hand,
        "cover": lambda e: cover.get(e.total.sku) if e.total.on_hand else Decimal(0),
    }
    return lists.sort_rows(entries, keys[order.key], order)


@router.get("/inventory")
def pool_page(request: Request, q: str = "", zero: str = "", sort: str = "") -> Response:
    runtime: Runtime = request.app.state.web_runtime
    order = lists.parse_sort(sort, POOL_SORTS, "sku")
    text = q.strip()[:100]
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        data = _pool(request, session, viewer.actor, text, zero == "1")
        locations = data["locations"]
        entries = data["all_entries"]
        stores = sorted({loc.marketplace for loc in locations if loc.marketplace})
        promises = (
            pool.delivery_promises(session, actor=viewer.actor, skus=None, stores=stores)
            if stores
            else []
        )
        cells: dict[tuple[str, str], PoolPosition] = {
            (p.sku, p.location_code): p for e in entries for p in e.positions
        }
        by_location = {
            loc.code: {
                "on_hand": sum(p.on_hand for p in cells.values() if p.location_code == loc.code),
                "reserved": sum(p.reserved for p in cells.values() if p.location_code == loc.code),
                "inbound": sum(p.inbound for p in cells.values() if p.location_code == loc.code),
            }
            for loc in locations
        }
        params = {
            "q": text,
            "zero": "1" if zero == "1" else "",
            "sort": "" if order.param == "sku" else order.param,
        }
        return render(
            request,
            "pool.html",
            {
                **data,
                "entries": _sorted(data["entries"], data["cover"], order),
                "cells": cells,
                "by_location": by_location,
                "stores": stores,
                "promises": {(sku, store): p.value for sku, store, p in promises},
                "in_transit": logistics_views.in_transit_summary(session, actor=viewer.actor),
                "q": text,
                "zero": zero == "1",
                "sort": order,
                "params": params,
            },
        )


@router.get("/inventory.{fmt}")
def pool_export(
    request: Request, fmt: str, q: str = "", zero: str = "", sort: str = ""
) -> Response:
    """The pool rows the page shows with these filters, as CSV or XLSX: on hand per location,
    the total, inbound and days of cover."""
    lists.export_format(fmt)
    runtime: Runtime = request.app.state.web_runtime
    order = lists.parse_sort(sort, POOL_SORTS, "sku")
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        data = _pool(request, session, viewer.actor, q.strip()[:100], zero == "1")
    codes = [loc.code for loc in data["locations"]]
    rows = []
    for e in _sorted(data["entries"], data["cover"], order):
        at = {p.location_code: p.on_hand for p in e.positions}
        days = data["cover"].get(e.total.sku)
        rows.append(
            [
                e.total.sku,
                data["titles"].get(e.total.sku),
                *[at.get(code) for code in codes],
                e.total.on_hand,
                e.total.reserved,
                e.total.inbound,
                Decimal(0) if e.total.on_hand == 0 else days,
            ]
        )
    return lists.export(
        fmt,
        name="stock-pool",
        headers=["sku", "title", *codes, "on_hand", "reserved", "inbound", "days_of_cover"],
        rows=rows,
    )
