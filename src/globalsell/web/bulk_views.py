"""Deciding several proposals at once from the inbox: the selection is first shown on a
confirmation page with the total money affected; only the confirmed form (carrying each change's
fingerprint, so what was confirmed is what gets applied) decides them, all in one unit of work."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.bootstrap import Runtime
from globalsell.core.errors import ValidationFailed
from globalsell.web import approval_cards as cards
from globalsell.web import auth
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, display_for, page_unit, redirect, render, translate

router = APIRouter(route_class=WebRoute)
MAX_BULK = 50
ACTIONS = ("approve", "reject")
Ids = Annotated[list[str], Form(alias="change_id")]
Prints = Annotated[list[str], Form(alias="fingerprint")]
FormText = Annotated[str, Form()]


def _ids(raw: list[str]) -> list[int]:
    chosen = sorted({int(r) for r in raw if r.isascii() and r.isdigit() and 0 < int(r) < 2**31})
    if not chosen:
        raise ValidationFailed("select at least one proposal", field="change_id")
    if len(chosen) > MAX_BULK:
        raise ValidationFailed(f"select at most {MAX_BULK} proposals at once", field="change_id")
    return chosen


def _action(raw: str) -> str:
    if raw not in ACTIONS:
        raise ValidationFailed("choose approve or reject", field="action")
    return raw


@router.post("/approvals/bulk")
def confirm_page(
    request: Request, change_ids: Ids, action: FormText = "", csrf_token: FormText = ""
) -> Response:
    """What the selection would decide, with the money each change and all of them affect."""
    runtime: Runtime = request.app.state.web_runtime
    chosen, verb = _ids(change_ids), _action(action)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        home = display_for(request).currency
        views = [
            approvals.inspect(session, registry=runtime.registry, change_id=n, actor=viewer.actor)
            for n in chosen
        ]
        open_views = [v for v in views if v.change.status == ChangeStatus.PROPOSED]
        changes = [v.change for v in open_views]
        total = cards.total_at_stake(
            session,
            actor=viewer.actor,
            changes=changes,
            home_currency=home,
            now=runtime.clock.now(),
        )
        return render(
            request,
            "bulk_confirm.html",
            {
                "action": verb,
                "views": open_views,
                "skipped": len(views) - len(open_views),
                "stakes": {c.id: cards.money_at_stake(c, home_currency=home) for c in changes},
                "total": total,
                **cards.names_for(session, actor=viewer.actor, changes=changes),
            },
        )


@router.post("/approvals/bulk/confirm")
def decide(
    request: Request,
    change_ids: Ids,
    fingerprints: Prints,
    action: FormText = "",
    reason: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    """Approve (and apply) or reject every confirmed proposal; a refusal leaves all unchanged."""
    runtime: Runtime = request.app.state.web_runtime
    chosen, verb = _ids(change_ids), _action(action)
    if len(fingerprints) != len(change_ids):
        raise ValidationFailed("the confirmation is incomplete; start again", field="fingerprint")
    seen = dict(zip(change_ids, fingerprints, strict=True))
    note = reason.strip()[:2000]
    if verb == "reject" and not note:
        raise ValidationFailed("give a reason for rejecting the changes", field="reason")
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        now = runtime.clock.now()
        for number in chosen:
            if verb == "approve":
                approvals.approve_and_apply(
                    session,
                    registry=runtime.registry,
                    change_id=number,
                    seen_fingerprint=seen.get(str(number), ""),
                    actor=viewer.actor,
                    now=now,
                    ttl=runtime.settings.approval_ttl,
                    note=None,
                )
            else:
                approvals.reject(
                    session, change_id=number, reason=note, actor=viewer.actor, now=now
                )
    message = (
        N_("%(n)s proposals approved.") if verb == "approve" else N_("%(n)s proposals rejected.")
    )
    auth.flash(request, "success", translate(request, message, n=len(chosen)))
    return redirect("/approvals")
