"""Semantic-layer measures over records rather than money: HS codes on file and proposed,
listing status per store, shipments with ETA band and open exceptions. Read through customs,
approvals, listings and logistics services. Read-only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.assistant.facts import LIVE
from globalsell.assistant.names import Named
from globalsell.assistant.operations import HS_KIND
from globalsell.assistant.question import Measure
from globalsell.assistant.semantic_base import Request, Result, filters_of, product_link
from globalsell.catalog import service as catalog
from globalsell.core.actor import Actor
from globalsell.customs import service as customs
from globalsell.inventory import service as inventory
from globalsell.listings import service as listings
from globalsell.logistics import eta as logistics_eta
from globalsell.logistics import service as logistics
from globalsell.logistics.models import Shipment


def shipment_references(session: Session, *, actor: Actor) -> dict[str, tuple[str, ...]]:
    """Each code and carrier reference of the seller's shipments (container, B/L or AWB,
    booking, Amazon inbound shipment id), upper-cased without spaces or dashes, with the codes
    of the shipments it names (a consolidated container or master B/L names several)."""
    refs: dict[str, tuple[str, ...]] = {}
    for row in logistics.references(session, actor=actor):
        code = str(row[0])
        for value in row:
            if value:
                key = "".join(ch for ch in value.upper() if ch.isalnum())
                refs[key] = (*refs.get(key, ()), code)
    return refs


def hs_codes(session: Session, *, actor: Actor, req: Request) -> Result:
    """The declared code on file and customs' own classification (its proposal, if any)."""
    rows = []
    open_hs = {  # customs owns the answer: an open proposal outranks a newer classification
        c.subject_id: c
        for c in approvals.list_changes(session, actor=actor, limit=1000)
        if c.kind == HS_KIND and c.subject_type == "product"
    }
    for sku in req.skus:
        product = catalog.get_product(session, actor=actor, sku=sku)
        _, _, declared = customs.product_text(session, product)
        change = open_hs.get(sku)
        if change is not None and isinstance(change.payload.get("code"), str):
            rows.append(
                {
                    "sku": sku,
                    "on_file": declared,
                    "proposed": change.payload["code"],
                    "proposed_status": f"open proposal #{change.id}",
                    "proposal_id": change.id,
                }
            )
            continue
        found = customs.list_classifications(session, actor=actor, sku=sku)
        latest = max(found, key=lambda r: (r.created_at, r.id)) if found else None
        rows.append(
            {
                "sku": sku,
                "on_file": declared,
                "proposed": None if latest is None else latest.code,
                "proposed_status": None if latest is None else latest.status.value,
                "proposal_id": None,
            }
        )
    query = (
        "attribute hs_code_declared; customs' open proposal, else its latest classification "
        f"WHERE sku IN ({', '.join(req.skus)})"
    )
    return Result(
        Measure.HS_CODE.value, filters_of(req), query, rows, {}, product_link(req, "/customs")
    )


def listing_status(session: Session, *, actor: Actor, req: Request, items: list[Named]) -> Result:
    rows = []
    skus = [s for n in items if n.sku in req.skus for s in n.skus] if req.skus else [None]
    for sku in skus:
        for row in listings.list_listings(session, actor=actor, store=req.store, sku=sku):
            if req.not_live and row.status.value in LIVE:
                continue
            if req.live and row.status.value not in LIVE:
                continue
            rows.append({"sku": row.sku, "store": row.marketplace, "status": row.status.value})
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r["status"]] += 1
    query = "listings" + (
        " WHERE "
        + " AND ".join(
            x
            for x in (
                f"sku IN ({', '.join(req.skus)})" if req.skus else "",
                f"store = '{req.store}'" if req.store else "",
                f"status NOT IN ({', '.join(LIVE)})" if req.not_live else "",
                f"status IN ({', '.join(LIVE)})" if req.live else "",
            )
            if x
        )
        if req.skus or req.store or req.not_live or req.live
        else ""
    )
    return Result(
        Measure.LISTING_STATUS.value,
        filters_of(req),
        query,
        rows,
        dict(sorted(counts.items())),
        product_link(req, ""),
    )


# exception kinds that are no delay (a receipt count, a data problem)
NOT_A_DELAY = ("short_receipt", "impossible_sequence")


def _day(at: datetime | None) -> str | None:
    return None if at is None else at.date().isoformat()


def _kept(req: Request, s: Shipment, wanted: set[str], exceptions: list[dict[str, Any]]) -> bool:
    """Whether a shipment passes the question's filters: the products it carries, an open
    exception (of one kind), its mode, its arrival in the period, and not received yet."""
    if req.skus and not any(line.sku in wanted for line in s.lines):
        return False  # "which shipments is the kettle on": those carrying it
    if req.shipment_focus == "exceptions" and not exceptions:
        return False
    if req.exception_kind and not any(e["kind"] == req.exception_kind for e in exceptions):
        return False
    if req.mode and all(leg.mode.value != req.mode for leg in s.legs):
        return False
    arrival = s.received_at or s.predicted_arrival
    if req.period is not None:  # "arriving this week", "received last week"
        return arrival is not None and req.period.start <= arrival.date() <= req.period.end
    if req.skus and exceptions:  # received with an open exception: still the product's business
        return True
    return req.shipment_focus == "exceptions" or s.received_at is None


def shipments(
    session: Session, *, actor: Actor, req: Request, items: list[Named] | None = None
) -> Result:
    """Shipments with status, ETA band and open exceptions; one by code, those bound for a
    store's warehouse, or those with open exceptions."""
    open_exc: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for exc in logistics_eta.list_exceptions(session, actor=actor):
        open_exc[exc.shipment_id].append(
            {
                "kind": exc.kind.value,
                "message": exc.message,
                "evidence": dict(exc.evidence or {}),
                "delay": exc.kind.value not in NOT_A_DELAY,
            }
        )
    if req.shipment:
        found = [logistics.get_shipment(session, actor=actor, code=req.shipment)]
    else:
        found = logistics.list_shipments(session, actor=actor)
    fc = None
    if req.store:
        fc = inventory.store_locations(session, seller_id=actor.seller_id).get(req.store)
    wanted = {v for n in items or [] if n.sku in req.skus for v in n.skus} | set(req.skus)
    rows = []
    for s in found:
        # a shipment named by its code is answered whatever its state, store or hold
        if not req.shipment and (
            (fc is not None and s.destination.code != fc)
            or not _kept(req, s, wanted, open_exc.get(s.id, []))
        ):
            continue
        rows.append(
            {
                "code": s.code,
                "destination": s.destination.code,
                "status": s.status.value,
                "eta": _day(s.predicted_arrival),
                "eta_earliest": _day(s.predicted_earliest),
                "eta_latest": _day(s.predicted_latest),
                "received": _day(s.received_at),
                "exceptions": open_exc.get(s.id, []),
                "late": any(e["delay"] for e in open_exc.get(s.id, [])),
                "units": sum(line.quantity for line in s.lines),
                "lines": [{"sku": line.sku, "units": line.quantity} for line in s.lines],
            }
        )
    if req.late:
        rows.sort(key=lambda r: (not r["late"], r["eta"] or "9999", r["code"]))
    else:
        rows.sort(key=lambda r: (r["eta"] or "9999", r["code"]))
    where = []
    if req.shipment:
        where.append(f"code = '{req.shipment}'")
        fc = None
        req = replace(
            req, skus=(), shipment_focus=None, exception_kind=None, mode=None, period=None
        )
    if fc:
        where.append(f"destination = '{fc}'")
    if req.exception_kind:
        where.append(f"has open exception of kind {req.exception_kind}")
    elif req.shipment_focus == "exceptions":
        where.append("has open exception")
    elif not req.shipment and req.skus:
        where.append("(not received OR has open exception)")
    elif not req.shipment:
        where.append("not received")
    if req.mode:
        where.append(f"a leg by {req.mode}")
    if req.skus:
        where.append(f"a line of SKU IN ({', '.join(sorted(wanted))})")
    if req.period is not None:
        where.append(f"arrival (or ETA) BETWEEN '{req.period.start}' AND '{req.period.end}'")
    query = "shipments WHERE " + " AND ".join(where or ["true"])
    return Result(
        Measure.SHIPMENTS.value, filters_of(req), query, rows, {"count": len(rows)}, "/shipments"
    )
