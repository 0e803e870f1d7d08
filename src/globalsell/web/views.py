"""The server-rendered dashboard: login, catalogue and the approvals inbox. Each view parses the
request, runs one unit of work calling the services, and renders a page or redirects."""

from __future__ import annotations

import copy
import json
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Form, Query, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from globalsell.accounts import service as accounts
from globalsell.accounts.throttle import LoginThrottle
from globalsell.approvals import service as approvals
from globalsell.approvals.domain import OPEN_STATUSES, ChangeStatus, diff
from globalsell.approvals.models import ChangeRequest
from globalsell.bootstrap import Runtime
from globalsell.catalog import service as catalog
from globalsell.config import resolve_secret_key
from globalsell.core.errors import NotFound, TooManyAttempts, Unauthenticated, ValidationFailed
from globalsell.web import (
    approval_cards as cards,
)
from globalsell.web import (
    approval_lists,
    assistant_views,
    auth,
    bulk_views,
    customs_views,
    inventory_views,
    labels,
    listings_views,
    logistics_views,
    planning_views,
    pricing_views,
    product_views,
    sales_views,
    settings_views,
    shipment_forms,
    today_views,
)
from globalsell.web.i18n import N_
from globalsell.web.rendering import (
    STATIC,
    WebRoute,
    page_unit,
    redirect,
    render,
    translate,
)

SESSION_COOKIE = "globalsell_session"
SESSION_MAX_AGE = 12 * 60 * 60  # idle time-out: the cookie is renewed on every answer
PAGE_SIZE = 50
MAX_ID = 2**31 - 1
MAX_NOTE = 2000
CENT = Decimal("0.01")

router = APIRouter(route_class=WebRoute)
FormText = Annotated[str, Form()]
NextField = Annotated[str, Form(alias="next")]
NextQuery = Annotated[str, Query(alias="next")]


def install(app: FastAPI, runtime: Runtime) -> None:
    """Mount the dashboard on `app`: cookie sessions, static files and the page routes."""
    app.state.web_runtime = runtime
    app.state.login_throttle = LoginThrottle()
    app.add_middleware(
        SessionMiddleware,
        secret_key=resolve_secret_key(runtime.settings),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=runtime.settings.cookies_secure,
    )
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(product_views.router, include_in_schema=False)  # before /products/{sku}
    app.include_router(approval_lists.router, include_in_schema=False)  # before /approvals/{id}
    app.include_router(router, include_in_schema=False)
    app.include_router(today_views.router, include_in_schema=False)
    app.include_router(bulk_views.router, include_in_schema=False)
    app.include_router(sales_views.router, include_in_schema=False)
    app.include_router(settings_views.router, include_in_schema=False)
    app.include_router(pricing_views.router, include_in_schema=False)
    app.include_router(assistant_views.router, include_in_schema=False)
    app.include_router(inventory_views.router, include_in_schema=False)
    app.include_router(planning_views.router, include_in_schema=False)
    app.include_router(customs_views.router, include_in_schema=False)
    app.include_router(shipment_forms.router, include_in_schema=False)  # before /shipments/{code}
    app.include_router(logistics_views.router, include_in_schema=False)


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.web_runtime
    return runtime


def _positive_int(raw: str, *, limit: int) -> int | None:
    """A number typed in a URL or form: ASCII digits only, 1..limit, else None."""
    if not raw.isascii() or not raw.isdigit() or len(raw) > len(str(limit)):
        return None
    number = int(raw)
    return number if 0 < number <= limit else None


def _page_number(raw: str) -> int:
    return _positive_int(raw, limit=100_000) or 1


def _change_id(raw: str) -> int:
    number = _positive_int(raw, limit=MAX_ID)
    if number is None:
        raise NotFound(f"change request {raw[:40]!r} not found", field="change_id")
    return number


def _note(text: str) -> str | None:
    if len(text) > MAX_NOTE:
        raise ValidationFailed(f"the note is longer than {MAX_NOTE} characters", field="note")
    return text.strip() or None


# ------------------------------------------------------------------ sign in and out


@router.get("/login")
def login_form(request: Request, next_path: NextQuery = "/") -> Response:
    target = auth.safe_next(next_path)
    if isinstance(request.session.get(auth.USER_KEY), int):
        return redirect(target)
    return render(request, "login.html", {"error": None, "email": "", "next": target})


@router.post("/login")
def login_submit(
    request: Request,
    email: FormText = "",
    password: FormText = "",
    next_path: NextField = "/",
    csrf_token: FormText = "",
) -> Response:
    auth.check_csrf(request, csrf_token)
    runtime = _runtime(request)
    target = auth.safe_next(next_path)
    throttle: LoginThrottle = request.app.state.login_throttle
    keys = throttle.keys(email=email, address=request.client.host if request.client else None)
    now = runtime.clock.now()
    try:
        throttle.check(keys, now=now)
        with page_unit(request, runtime) as session:
            user = accounts.authenticate_password(session, email=email, password=password)
            memberships = accounts.memberships_of(session, user_id=user.id)
            label, generation = user.display_name, user.session_generation
    except TooManyAttempts as busy:
        auth.sign_out(request)
        context = {"error": busy.message, "email": email[:254], "next": target}
        refused = render(request, "login.html", context, status_code=429)
        refused.headers["Retry-After"] = str(busy.retry_after)
        return refused
    except Unauthenticated:
        throttle.failed(keys, now=now)
        auth.sign_out(request)
        context = {"error": "Wrong e-mail or password", "email": email[:254], "next": target}
        return render(request, "login.html", context, status_code=401)
    throttle.succeeded(keys)
    if not memberships:
        auth.sign_out(request)
        context = {
            "error": "This account has no role at any seller yet.",
            "email": email[:254],
            "next": target,
        }
        return render(request, "login.html", context, status_code=403)
    auth.sign_in(
        request,
        user_id=user.id,
        seller_id=memberships[0][1].id,
        label=label,
        generation=generation,
    )
    return redirect(target)


@router.post("/logout")
def logout(request: Request, csrf_token: FormText = "") -> Response:
    auth.check_csrf(request, csrf_token)
    user_id = request.session.get(auth.USER_KEY)
    if isinstance(user_id, int):
        runtime = _runtime(request)
        with page_unit(request, runtime) as session:
            if accounts.session_generation(session, user_id=user_id) is not None:
                accounts.end_sessions(
                    session, user_id=user_id, by=f"user:{user_id}", now=runtime.clock.now()
                )
    auth.sign_out(request)
    return redirect("/login")


@router.post("/switch")
def switch_seller(
    request: Request, seller_id: FormText = "", csrf_token: FormText = ""
) -> Response:
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        chosen = _positive_int(seller_id, limit=MAX_ID)
        if chosen is None:
            raise NotFound("seller not found", field="seller_id")
        actor = accounts.actor_for(session, user_id=viewer.user_id, seller_id=chosen)
    name = next(s.name for s in viewer.sellers if s.seller_id == actor.seller_id)
    auth.choose_seller(request, actor.seller_id)
    message = translate(request, N_("You are now working for %(name)s."), name=name)
    auth.flash(request, "info", message)
    return redirect("/")


@router.post("/language")
def choose_language(
    request: Request,
    locale: FormText = "",
    next_path: NextField = "/",
    csrf_token: FormText = "",
) -> Response:
    """Remember the viewer's dashboard language and show the same page in it."""
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        accounts.set_language(
            session, user_id=viewer.user_id, locale=locale, now=runtime.clock.now()
        )
    return redirect(auth.safe_next(next_path))


# ------------------------------------------------------------------ dashboard and catalogue


@router.get("/products/{sku}")
def product_detail(request: Request, sku: str) -> Response:
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        product = catalog.get_product(session, actor=viewer.actor, sku=sku)
        variant_skus = {v.id: v.sku for v in product.variants}
        stock = inventory_views.promise_rows(
            session, actor=viewer.actor, skus=[product.sku, *variant_skus.values()]
        )
        listings = listings_views.listing_rows(session, actor=viewer.actor, product=product)
        return render(
            request,
            "product.html",
            {
                "product": product,
                "variant_skus": variant_skus,
                "picture": catalog.images_by_sku(
                    session, actor=viewer.actor, skus=[product.sku]
                ).get(product.sku),
                **stock,
                **listings,
            },
        )


@router.post("/products/{sku}/cost")
def propose_cost(
    request: Request,
    sku: str,
    unit_cost: FormText = "",
    note: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    """A new unit cost typed on the product page becomes a change request to approve."""
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        product = catalog.get_product(session, actor=viewer.actor, sku=sku)
        value = unit_cost.strip().replace(",", "")
        change = approvals.propose(
            session,
            registry=runtime.registry,
            kind="catalog.product.update",
            subject_type="product",
            subject_id=product.sku,
            title=translate(
                request, N_("Change the unit cost of %(sku)s to %(cost)s"), sku=sku, cost=value
            ),
            payload={"sku": product.sku, "changes": {"unit_cost": value}},
            reason=_note(note) or "",
            actor=viewer.actor,
            now=runtime.clock.now(),
        )
        number = change.id
    auth.flash(request, "info", translate(request, N_("Proposed; approve it below.")))
    return redirect(f"/approvals/{number}")


# ------------------------------------------------------------------ approvals inbox


@router.get("/approvals/{change_id}")
def change_detail(request: Request, change_id: str) -> Response:
    runtime = _runtime(request)
    number = _change_id(change_id)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        view = approvals.inspect(
            session, registry=runtime.registry, change_id=number, actor=viewer.actor
        )
        change = view.change
        is_open = change.status in OPEN_STATUSES
        return render(
            request,
            "approval.html",
            {
                "view": view,
                "change": change,
                "card": cards.card_for(
                    session,
                    change=change,
                    actor=viewer.actor,
                    now=runtime.clock.now(),
                    current=view.current if is_open else None,
                ),
                **cards.names_for(session, actor=viewer.actor, changes=[change]),
                "is_open": is_open,
                # A decided change is shown against the data it was proposed for.
                "diff": view.diff if is_open else diff(change.before, change.payload),
                "actionable": viewer.can_write and change.status == ChangeStatus.PROPOSED,
            },
        )


def _outcome(request: Request, change: ChangeRequest, edited: bool = False) -> tuple[str, str]:
    """The message after a decision, by how the change ended."""
    done = (
        translate(request, N_("Edited (revision %(n)s), approved"), n=change.revision)
        if edited
        else translate(request, N_("Approved"))
    )
    if change.status == ChangeStatus.APPLIED:
        return "success", translate(request, N_("%(done)s and applied."), done=done)
    if change.status == ChangeStatus.FAILED:
        return "error", translate(
            request,
            N_("%(done)s, but applying it failed: %(error)s"),
            done=done,
            error=labels.plain_error(change.error),
        )
    if change.status == ChangeStatus.EXPIRED:
        return "warning", translate(
            request, N_("This change request had expired; nothing was applied.")
        )
    return "info", done


@router.post("/approvals/{change_id}/approve")
def approve(
    request: Request,
    change_id: str,
    fingerprint: FormText = "",
    note: FormText = "",
    csrf_token: FormText = "",
) -> Response:
    runtime = _runtime(request)
    number = _change_id(change_id)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        change = approvals.approve_and_apply(
            session,
            registry=runtime.registry,
            change_id=number,
            seen_fingerprint=fingerprint,
            actor=viewer.actor,
            now=runtime.clock.now(),
            ttl=runtime.settings.approval_ttl,
            note=_note(note),
        )
        level, text = _outcome(request, change)
    auth.flash(request, level, text)
    return redirect(f"/approvals/{number}")


@router.post("/approvals/{change_id}/reject")
def reject(
    request: Request, change_id: str, reason: FormText = "", csrf_token: FormText = ""
) -> Response:
    runtime = _runtime(request)
    number = _change_id(change_id)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        if not reason.strip():
            raise ValidationFailed("give a reason for rejecting the change", field="reason")
        approvals.reject(
            session,
            change_id=number,
            reason=_note(reason) or "",
            actor=viewer.actor,
            now=runtime.clock.now(),
        )
    auth.flash(request, "info", translate(request, N_("Rejected. The reason was recorded.")))
    return redirect(f"/approvals/{number}")


def _payload(text: str) -> dict[str, object]:
    """The edited payload from the textarea: one JSON object."""
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationFailed(
            f"the payload is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            field="payload",
        ) from exc
    except RecursionError as exc:
        raise ValidationFailed("the payload is nested too deeply", field="payload") from exc
    if not isinstance(payload, dict):
        raise ValidationFailed("the payload must be a JSON object", field="payload")
    return payload


def _with_value(payload: dict[str, Any], path: str, value: str) -> dict[str, Any]:
    """`payload` with the one field a card's form edits (`amount`, `changes.unit_cost`)
    replaced by the typed text; the handler validates it like any edit."""
    keys = path.split(".")
    if len(keys) > 3 or not all(k.isidentifier() for k in keys):
        raise ValidationFailed(f"cannot edit {path[:60]!r}", field="edit_path")
    text = value.strip()
    if not text:
        raise ValidationFailed("type the new value", field="edit_value")
    edited = copy.deepcopy(payload)
    node: Any = edited
    for key in keys[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, dict) or keys[-1] not in node:
        raise ValidationFailed(f"the proposal has no field {path[:60]!r}", field="edit_path")
    node[keys[-1]] = text
    return edited


def _with_units(payload: dict[str, Any], typed: list[str]) -> dict[str, Any]:
    """A plan with the units typed per shipment (in the card's order): 0 leaves a shipment
    out; each kept shipment's cost scales with its units, and the transport cost (and the
    plan's expected total) follow."""
    shipments = payload.get("shipments")
    if not isinstance(shipments, list) or len(typed) != len(shipments):
        raise ValidationFailed("the plan changed since you saw it; reload it", field="units")
    edited = copy.deepcopy(payload)
    kept: list[dict[str, Any]] = []
    for text, shipment in zip(typed, edited["shipments"], strict=True):
        raw = text.strip()
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 7:
            raise ValidationFailed(f"units must be a whole number, got {raw[:20]!r}", field="units")
        units = int(raw)
        if units == 0:
            continue
        old_units, cost = shipment.get("units"), _decimal(shipment.get("cost"))
        if cost is not None and isinstance(old_units, int) and old_units > 0:
            shipment["cost"] = format((cost * units / old_units).quantize(CENT), "f")
        shipment["units"] = units
        kept.append(shipment)
    if not kept:
        raise ValidationFailed("keep at least one shipment, or reject the plan", field="units")
    edited["shipments"] = kept
    old_transport = _decimal(payload.get("transport_cost"))
    costs = [_decimal(s.get("cost")) for s in kept]
    if old_transport is not None and all(c is not None for c in costs):
        transport = sum((c for c in costs if c is not None), Decimal(0))
        edited["transport_cost"] = format(transport, "f")
        expected = edited.get("expected_cost")
        if isinstance(expected, dict) and _decimal(expected.get("total")) is not None:
            total = _decimal(expected["total"]) or Decimal(0)
            expected["total"] = format(total - old_transport + transport, "f")
            expected["transport"] = format(transport, "f")
    return edited


MAX_TITLE = 500


def _with_titles(payload: dict[str, Any], stores: list[str], titles: list[str]) -> dict[str, Any]:
    """Listings with the titles typed per store; everything else stays as generated."""
    listings = payload.get("listings")
    if not isinstance(listings, dict) or len(stores) != len(titles):
        raise ValidationFailed("the proposal changed since you saw it; reload it", field="title")
    edited = copy.deepcopy(payload)
    for store, typed in zip(stores, titles, strict=True):
        content = edited["listings"].get(store)
        title = " ".join(typed.split())
        if not isinstance(content, dict):
            raise ValidationFailed(f"no listing for {store[:20]!r} in this proposal", field="store")
        if not title or len(title) > MAX_TITLE:
            raise ValidationFailed(
                f"the {store} title must have 1 to {MAX_TITLE} characters", field="title"
            )
        content["item_name"] = title
    return edited


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


@router.post("/approvals/{change_id}/edit")
def edit_and_approve(
    request: Request,
    change_id: str,
    payload: FormText = "",
    fingerprint: FormText = "",
    note: FormText = "",
    csrf_token: FormText = "",
    edit_path: FormText = "",
    edit_value: FormText = "",
    units: Annotated[list[str] | None, Form()] = None,
    store: Annotated[list[str] | None, Form()] = None,
    title: Annotated[list[str] | None, Form()] = None,
) -> Response:
    runtime = _runtime(request)
    number = _change_id(change_id)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        now = runtime.clock.now()
        if edit_path:
            current = approvals.get_change(session, change_id=number, actor=viewer.actor)
            edited_payload = _with_value(current.payload, edit_path, edit_value)
        elif units:
            current = approvals.get_change(session, change_id=number, actor=viewer.actor)
            edited_payload = _with_units(current.payload, units)
        elif store:
            current = approvals.get_change(session, change_id=number, actor=viewer.actor)
            edited_payload = _with_titles(current.payload, store, title or [])
        else:
            edited_payload = _payload(payload)
        edited = approvals.edit(
            session,
            registry=runtime.registry,
            change_id=number,
            payload=edited_payload,
            seen_fingerprint=fingerprint,
            actor=viewer.actor,
            now=now,
            note=_note(note),
        )
        change = approvals.approve_and_apply(
            session,
            registry=runtime.registry,
            change_id=number,
            seen_fingerprint=approvals.fingerprint_of(edited),
            actor=viewer.actor,
            now=now,
            ttl=runtime.settings.approval_ttl,
            note=_note(note),
        )
        level, text = _outcome(request, change, edited=True)
    auth.flash(request, level, text)
    return redirect(f"/approvals/{number}")
