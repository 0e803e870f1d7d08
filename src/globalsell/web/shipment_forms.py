"""Booking a shipment on the page: a form of one leg and up to five SKU lines, checked at the
edge (numbers, dates) and then by the logistics service, which lists every problem and writes
nothing until all are fixed. The form comes back with what was typed and each problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from fastapi import APIRouter, Request, Response

from globalsell.bootstrap import Runtime
from globalsell.core import formatting
from globalsell.core.errors import FieldError, ValidationFailed
from globalsell.db.session import unit_of_work
from globalsell.inventory import service as inventory
from globalsell.logistics import service as logistics
from globalsell.logistics.domain import Incoterm, LegInput, LineInput, Mode
from globalsell.web import auth
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, display_for, page_unit, redirect, render, translate

router = APIRouter(route_class=WebRoute)
LINE_ROWS = 5
FIELDS = (
    "code",
    "origin",
    "destination",
    "incoterm",
    "mode",
    "carrier",
    "leg_from",
    "leg_to",
    "departs",
    "arrives",
    "need_by",
)
MAX_FIELD = 60
LINE_FIELDS = frozenset({"sku", "quantity", "cartons"})
# The form's name for each field an error names (a leg's origin is the port it leaves from).
FIELD_LABELS = {
    "code": N_("Shipment code"),
    "origin": N_("From"),
    "destination": N_("To"),
    "leg_from": N_("Leaves from (port code, optional)"),
    "leg_to": N_("Arrives at (port code, optional)"),
    "incoterm": "Incoterm",
    "mode": N_("Mode"),
    "carrier": N_("Carrier"),
    "departs": N_("Planned departure"),
    "arrives": N_("Planned arrival"),
    "planned_departure": N_("Planned departure"),
    "planned_arrival": N_("Planned arrival"),
    "need_by": N_("Needed by"),
    "sku": "SKU",
    "quantity": N_("Units"),
    "cartons": N_("Cartons"),
    "lines": N_("What it carries"),
    "legs": N_("Route"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One error as the form shows it: the field's label (a msgid), the line, what is wrong."""

    label: str
    line: int | None
    message: str
    value: str | None


def _problem(error: FieldError) -> Problem:
    field, line = error.field, error.row
    if field not in LINE_FIELDS:
        if line is not None and field in ("origin", "destination"):
            field = "leg_from" if field == "origin" else "leg_to"
        line = None
    # a leg's time comes back as a UTC timestamp: the seller typed a day, shown next to the field
    value = None if field in ("planned_departure", "planned_arrival") else error.value
    return Problem(FIELD_LABELS.get(field, field), line, error.message, value)


@dataclass(frozen=True, slots=True)
class Typed:
    """What the seller typed: the fields and the line rows (sku, units, cartons)."""

    fields: dict[str, str]
    lines: list[tuple[str, str, str]]


def _typed(form: Any) -> Typed:
    fields = {name: str(form.get(name, "")).strip()[:MAX_FIELD] for name in FIELDS}
    lines = [
        tuple(
            str(form.get(f"{part}_{n}", "")).strip()[:MAX_FIELD]
            for part in ("sku", "qty", "cartons")
        )
        for n in range(1, LINE_ROWS + 1)
    ]
    return Typed(fields, [(s, q, c) for s, q, c in lines])


def _day(
    text: str, name: str, display: formatting.Display, errors: list[FieldError]
) -> datetime | None:
    """A date typed in the seller's calendar, as the start of that day in their zone."""
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        errors.append(FieldError(name, "a date such as 2026-12-24", value=text))
        return None
    return datetime.combine(day, time(0, 0), tzinfo=display.tz)


def _count(text: str, name: str, row: int, errors: list[FieldError]) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 9:
        errors.append(FieldError(name, "a whole number", row=row, value=text))
        return 0
    return int(text)


def _inputs(typed: Typed, display: formatting.Display) -> dict[str, Any]:
    """The service's inputs, or ValidationFailed listing every problem found at the edge."""
    errors: list[FieldError] = []
    f = typed.fields
    incoterm = f["incoterm"] if f["incoterm"] in set(Incoterm) else None
    if incoterm is None:
        errors.append(FieldError("incoterm", "choose an Incoterm", value=f["incoterm"]))
    mode = f["mode"] if f["mode"] in set(Mode) else None
    if mode is None:
        errors.append(FieldError("mode", "choose a mode", value=f["mode"]))
    lines: list[LineInput] = []
    for row, (sku, qty, cartons) in enumerate(typed.lines, start=1):
        if not (sku or qty or cartons):
            continue
        if not sku:
            errors.append(FieldError("sku", "is required", row=row))
        units = _count(qty, "quantity", row, errors)
        boxes = _count(cartons or "1", "cartons", row, errors)
        lines.append(LineInput(sku=sku, quantity=units, cartons=boxes))
    departs = _day(f["departs"], "departs", display, errors)
    arrives = _day(f["arrives"], "arrives", display, errors)
    need_by = _day(f["need_by"], "need_by", display, errors)
    if errors:
        raise ValidationFailed("the shipment was not booked", errors=errors)
    if incoterm is None or mode is None:  # pragma: no cover - listed in errors above
        raise ValidationFailed("the shipment was not booked", errors=errors)
    return {
        "code": f["code"].upper(),
        "origin": f["origin"],
        "destination": f["destination"],
        "incoterm": Incoterm(incoterm),
        "lines": lines,
        "legs": [
            LegInput(
                mode=Mode(mode),
                origin=f["leg_from"] or f["origin"],
                destination=f["leg_to"] or f["destination"],
                carrier=f["carrier"],
                planned_departure=departs,
                planned_arrival=arrives,
            )
        ],
        "need_by": need_by,
    }


def _form(
    request: Request,
    typed: Typed,
    *,
    errors: list[FieldError] | None = None,
    message: str = "",
    status_code: int = 200,
) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        locations = inventory.list_locations(session, actor=viewer.actor)
    return render(
        request,
        "shipment_new.html",
        {
            "locations": locations,
            "typed": typed,
            "errors": [_problem(e) for e in errors or []],
            "message": message,
            "incoterms": [i.value for i in Incoterm],
            "modes": [m.value for m in Mode],
        },
        status_code=status_code,
    )


@router.get("/shipments/new")
def new_shipment(request: Request) -> Response:
    blank = dict.fromkeys(FIELDS, "") | {"incoterm": "FOB", "mode": "ocean"}
    return _form(request, Typed(blank, [("", "", "")] * LINE_ROWS))


@router.post("/shipments/new")
async def book_shipment(request: Request) -> Response:
    form = await request.form()
    typed = _typed(form)
    return await _book(request, typed, str(form.get(auth.CSRF_FIELD, "")))


async def _book(request: Request, typed: Typed, token: str) -> Response:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_book_sync, request, typed, token)


def _book_sync(request: Request, typed: Typed, token: str) -> Response:
    runtime: Runtime = request.app.state.web_runtime
    try:
        with page_unit(request, runtime) as session:
            viewer = auth.current_viewer(request, session)
            auth.check_csrf(request, token)
            inputs = _inputs(typed, display_for(request))
            shipment = logistics.create_shipment(
                session, actor=viewer.actor, now=runtime.clock.now(), **inputs
            )
            code = shipment.code
    except ValidationFailed as failed:
        return _form(request, typed, errors=failed.errors, message=failed.message, status_code=422)
    auth.flash(
        request, "success", translate(request, N_("Shipment %(code)s is booked."), code=code)
    )
    return redirect(f"/shipments/{code}")
