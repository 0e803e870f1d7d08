"""The settings page: the viewer's language, and (for the owner) where the seller is: its country
and time zone, which every date on every page is shown in."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import available_timezones

from fastapi import APIRouter, Form, Request, Response

from globalsell.accounts import service as accounts
from globalsell.accounts.models import Seller
from globalsell.bootstrap import Runtime
from globalsell.core import formatting
from globalsell.core.actor import Role
from globalsell.web import auth
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, display_for, page_unit, redirect, render, translate

router = APIRouter(route_class=WebRoute)
FormText = Annotated[str, Form()]


@router.get("/settings")
def settings_page(request: Request) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        seller = session.get_one(Seller, viewer.actor.seller_id)
        return render(
            request,
            "settings.html",
            {
                "country": seller.country or "",
                "own_zone": seller.timezone or "",
                "zone": display_for(request).timezone,
                "zones": sorted(available_timezones()),
                "is_owner": viewer.actor.role == Role.OWNER,
                "now": runtime.clock.now(),
            },
        )


@router.post("/settings/place")
def set_place(
    request: Request,
    country: FormText = "",
    timezone: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    """Owners set the seller's country and, optionally, a zone other than the country's own."""
    runtime: Runtime = request.app.state.web_runtime
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        accounts.set_seller_place(
            session,
            actor=viewer.actor,
            country=country.strip() or None,
            timezone=timezone.strip() or None,
            now=runtime.clock.now(),
        )
        place = session.get_one(Seller, viewer.actor.seller_id)
        zone = place.timezone or formatting.timezone_for_country(place.country)
    message = translate(request, N_("Dates are now shown in %(zone)s."), zone=zone)
    auth.flash(request, "success", message)
    return redirect("/settings")
