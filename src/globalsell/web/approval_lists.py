"""The approvals inbox as a list: by status and kind (from the URL), newest or most money first,
with bulk selection, and the same rows as CSV or XLSX."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Actor
from globalsell.db.session import unit_of_work
from globalsell.web import approval_cards as cards
from globalsell.web import auth, i18n, labels, lists
from globalsell.web.rendering import WebRoute, display_for, page_unit, person, render

router = APIRouter(route_class=WebRoute)
PAGE_SIZE = 50
EXPORT_LIMIT = 10_000
SORTS = ("newest", "money")


def _page_number(raw: str) -> int:
    return int(raw) if raw.isascii() and raw.isdigit() and 0 < int(raw) <= 100_000 else 1


def _sort(raw: str) -> lists.Sort:
    """`money` (most first) or `newest`; `-money` is the smallest first."""
    if raw == "money":
        return lists.Sort("money", True)
    if raw == "-money":
        return lists.Sort("money", False)
    return lists.Sort("newest", True)


def _rows(
    session: Session,
    *,
    actor: Actor,
    home: str,
    status: ChangeStatus | None,
    kind: str | None,
    order: lists.Sort,
    limit: int,
    offset: int,
) -> tuple[list[ChangeRequest], dict[int, Any], bool]:
    """One page of change requests (newest first, then sorted as asked), their money at stake
    and whether another page follows."""
    if order.key != "money":
        rows = approvals.list_changes(
            session, actor=actor, status=status, kind=kind, limit=limit + 1, offset=offset
        )
        stakes = {c.id: cards.money_at_stake(c, home_currency=home) for c in rows[:limit]}
        return rows[:limit], stakes, len(rows) > limit
    # money is not a column: rank every matching request (up to EXPORT_LIMIT), then page
    every = approvals.list_changes(
        session, actor=actor, status=status, kind=kind, limit=EXPORT_LIMIT, offset=0
    )
    stakes = {c.id: cards.money_at_stake(c, home_currency=home) for c in every}
    amounts = {n: (m.amount if m else Decimal(0)) for n, m in stakes.items()}
    sign = -1 if order.descending else 1
    ranked = sorted(every, key=lambda c: (sign * amounts[c.id], c.id))
    rows = ranked[offset : offset + limit]
    return rows, {c.id: stakes[c.id] for c in rows}, len(ranked) > offset + limit


def _filters(runtime: Runtime, status: str, kind: str) -> tuple[ChangeStatus | None, str | None]:
    chosen = ChangeStatus(status) if status in set(ChangeStatus) else None
    return chosen, kind if kind in runtime.registry.kinds() else None


@router.get("/approvals")
def inbox(
    request: Request, status: str = "", kind: str = "", page: str = "1", sort: str = ""
) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    chosen, wanted = _filters(runtime, status, kind)
    order = _sort(sort)
    number = _page_number(page)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        rows, stakes, has_next = _rows(
            session,
            actor=viewer.actor,
            home=display_for(request).currency,
            status=chosen,
            kind=wanted,
            order=order,
            limit=PAGE_SIZE,
            offset=(number - 1) * PAGE_SIZE,
        )
        params = {
            "status": chosen.value if chosen else "",
            "kind": wanted or "",
            "sort": "" if order.key == "newest" else order.param.removeprefix("-"),
        }
        if order.key == "money" and not order.descending:
            params["sort"] = "-money"
        with i18n.rendering(i18n.language(display_for(request))):
            kinds = sorted(runtime.registry.kinds(), key=lambda k: labels.label(k, "kind"))
        return render(
            request,
            "approvals.html",
            {
                "changes": rows,
                "stakes": stakes,
                "sort": "money" if order.key == "money" else "",
                "order": order,
                "params": params,
                "kind": wanted,
                "kinds": kinds,
                **cards.names_for(session, actor=viewer.actor, changes=rows),
                "status": chosen,
                "statuses": list(ChangeStatus),
                "page": number,
                "has_next": has_next,
                "bulk": viewer.can_write and chosen in (None, ChangeStatus.PROPOSED),
            },
        )


@router.get("/approvals.{fmt}")
def inbox_export(
    request: Request, fmt: str, status: str = "", kind: str = "", sort: str = ""
) -> Response:
    """The change requests the inbox shows with these filters (every page), as CSV or XLSX."""
    lists.export_format(fmt)
    runtime: Runtime = request.app.state.web_runtime
    chosen, wanted = _filters(runtime, status, kind)
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        home = display_for(request).currency
        rows, stakes, has_next = _rows(
            session,
            actor=viewer.actor,
            home=home,
            status=chosen,
            kind=wanted,
            order=_sort(sort),
            limit=EXPORT_LIMIT,
            offset=0,
        )
        names = cards.names_for(session, actor=viewer.actor, changes=rows)
    with i18n.rendering(i18n.language(display_for(request))):
        table = [_export_row(c, stakes[c.id], names) for c in rows]
    return lists.export(
        fmt,
        name="approvals",
        zone=display_for(request).tz,
        headers=[
            "number",
            "status",
            "kind",
            "title",
            "subject",
            "product",
            "money_at_stake",
            "currency",
            "proposed_by",
            "proposed_at",
        ],
        rows=table,
    )


def _export_row(c: ChangeRequest, stake: Any, names: dict[str, dict[str, str]]) -> list[object]:
    product = c.subject_type == "product"
    return [
        c.id,
        labels.label(c.status.value, "status"),
        labels.label(c.kind, "kind"),
        c.title,
        c.subject_id if product else labels.label(c.subject_type, "subject"),
        names["subject_names"].get(c.subject_id) if product else None,
        None if stake is None else stake.amount,
        None if stake is None else stake.currency,
        person(c.proposed_by, names["people"]),
        c.proposed_at,
    ]
