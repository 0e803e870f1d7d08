"""The `query` tool: the semantic layer offered to a language model, with its arguments
checked, for the asking seller only (no argument names another seller)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from globalsell.assistant import answers, answers_render, semantic
from globalsell.assistant.question import Measure, Period, Rank
from globalsell.assistant.tool_args import ToolArgumentError, store_arg, str_arg
from globalsell.core.actor import Actor

QUERY_MEASURES = [m.value for m in answers.SEMANTIC]


def period_arg(args: dict[str, Any]) -> Period | None:
    start, end = args.get("start"), args.get("end")
    if start in (None, "") and end in (None, ""):
        return None
    try:
        first = date.fromisoformat(str_arg(args, "start", max_len=10))
        last = date.fromisoformat(str_arg(args, "end", max_len=10))
    except ValueError as exc:
        raise ToolArgumentError("start and end must be dates such as 2026-11-30") from exc
    if last < first or (last - first).days > 3660:
        raise ToolArgumentError("end must be on or after start, within ten years")
    return Period(first, last, f"{first} to {last}", f"{first} 至 {last}")


def tool_query(session: Session, actor: Actor, args: dict[str, Any]) -> dict[str, Any]:
    """One measure of the semantic layer with its filters, for the asking seller only."""
    unknown = set(args) - {
        "measure",
        "sku",
        "store",
        "start",
        "end",
        "rank",
        "by_store",
        "shipment",
        "focus",
        "stock_part",
        "per",
        "now",
    }
    if unknown:
        raise ToolArgumentError(
            f"unknown arguments {sorted(unknown)}; data of other sellers is never readable"
        )
    measure = str_arg(args, "measure", max_len=30)
    if measure not in QUERY_MEASURES:
        raise ToolArgumentError(f"measure must be one of {QUERY_MEASURES}")
    sku = args.get("sku")
    skus = (str_arg(args, "sku", max_len=40).upper(),) if sku not in (None, "") else ()
    rank = args.get("rank")
    if rank not in (None, "") and rank not in [r.value for r in Rank]:
        raise ToolArgumentError("rank must be top, bottom or losing_money")
    focus = args.get("focus")
    if focus not in (None, "", "exceptions", "eta"):
        raise ToolArgumentError("focus must be exceptions or eta")
    part = args.get("stock_part")
    if part not in (None, "", "reserved", "inbound"):
        raise ToolArgumentError("stock_part must be reserved or inbound")
    per = args.get("per")
    if per not in (None, "", "order", "unit", "day", "week"):
        raise ToolArgumentError("per must be order, unit, day or week")
    shipment = args.get("shipment")
    now = datetime.fromisoformat(str_arg(args, "now", max_len=40))
    items = semantic.catalogue(session, actor=actor)
    known = {s: n.sku for n in items for s in n.skus}
    for code in skus:
        if code not in known:
            return {"error": f"SKU {code} is not in this seller's catalogue"}
    req = semantic.Request(
        measure=Measure(measure),
        skus=skus,
        store=store_arg(args, required=False),
        period=period_arg(args)
        or (
            semantic.default_period(now.date())
            if Measure(measure) in semantic.SALES_MEASURES
            else None
        ),
        rank=Rank(rank) if rank else None,
        by_store=args.get("by_store") is True,
        shipment=str_arg(args, "shipment", max_len=40).upper()
        if shipment not in (None, "")
        else None,
        shipment_focus=focus or None,
        stock_part=part or None,
        per=per or None,
    )
    if req.per and (req.measure not in semantic.SALES_MEASURES or req.rank is not None):
        raise ToolArgumentError(
            "per averages a sales measure (units_sold, revenue, orders), unranked"
        )
    if req.measure in answers.NEEDS_PRODUCT and not req.skus:
        raise ToolArgumentError(f"{measure} needs a sku")
    try:
        result = semantic.evaluate(session, actor=actor, req=req, items=items, now=now)
    except semantic.NeedsClarification as exc:
        return {"error": exc.reason}
    data = result.as_dict()
    data["summary"] = answers_render.render(req, result, False)
    return data
