"""The pool page: the world view of stock by location, with each SKU's delivery promise per
store. One unit of work, read-only."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.core import formatting
from globalsell.core.actor import Actor
from globalsell.db.session import unit_of_work
from globalsell.inventory import service as inventory
from globalsell.inventory.domain import PoolPosition
from globalsell.reporting import domain as reporting_domain
from globalsell.reporting import service as reporting
from globalsell.web import auth, logistics_views
from globalsell.web.rendering import WebRoute, display_for, render

router = APIRouter(route_class=WebRoute)


def promise_rows(session: Session, *, actor: Actor, skus: list[str]) -> dict[str, Any]:
    """For the product page: each SKU's available stock per location and its delivery promise
    in every store a fulfilment centre serves."""
    locations = inventory.list_locations(session, actor=actor)
    stores = sorted({loc.marketplace for loc in locations if loc.marketplace})
    positions = inventory.pool_positions(session, seller_id=actor.seller_id, skus=skus)
    promises = (
        inventory.delivery_promises(session, actor=actor, skus=skus, stores=stores)
        if stores
        else []
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


@router.get("/inventory")
def pool_page(request: Request) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with unit_of_work(runtime.session_factory) as session:
        viewer = auth.current_viewer(request, session)
        locations = inventory.list_locations(session, actor=viewer.actor)
        entries = inventory.pool_view(session, actor=viewer.actor)
        stores = sorted({loc.marketplace for loc in locations if loc.marketplace})
        promises = (
            inventory.delivery_promises(session, actor=viewer.actor, skus=None, stores=stores)
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
        return render(
            request,
            "pool.html",
            {
                "locations": locations,
                "entries": entries,
                "cells": cells,
                "by_location": by_location,
                "stores": stores,
                "promises": {(sku, store): p.value for sku, store, p in promises},
                "in_transit": logistics_views.in_transit_summary(session, actor=viewer.actor),
                "titles": catalog.titles_by_sku(
                    session, actor=viewer.actor, skus=[e.total.sku for e in entries]
                ),
                "cover": _cover(request, session, viewer.actor, entries),
            },
        )
