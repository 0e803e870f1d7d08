"""Templates, display filters, and the one place where the dashboard turns domain errors (and
missing logins or CSRF tokens) into pages."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine, Mapping
from contextlib import AbstractContextManager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from markupsafe import Markup
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.assistant import service as assistant
from globalsell.bootstrap import Runtime
from globalsell.core import errors, formatting
from globalsell.core.messages import Message
from globalsell.db.session import unit_of_work
from globalsell.logistics.exception_rules import exception_message
from globalsell.web import auth, i18n, labels, lists, messages
from globalsell.web.i18n import N_
from globalsell.web.rule_notes import rule_note

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

ERROR_TITLES = {
    400: N_("Request refused"),
    401: N_("Not signed in"),
    403: N_("Not allowed"),
    404: N_("Not found"),
    409: N_("Conflict"),
    413: N_("Too large"),
    422: N_("Not accepted"),
}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data: https:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}

EMPTY = formatting.EMPTY
CSRF_MESSAGE = N_(
    "The form was not accepted: its security token is missing or expired. "
    "Reload the page and try again."
)


def plain_decimal(value: Decimal) -> str:
    """`21.000000` -> `21`, `0.870` -> `0.87`: the value without storage padding."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _display() -> formatting.Display:
    return i18n.current().display


def show_cost(amount: Decimal | None, currency: str | None) -> str:
    """Money in the viewer's locale with its symbol, never rounded below the minor unit:
    `¥21.00`, `¥0.000123`, `JP¥1,500`."""
    return formatting.money(amount, currency, _display())


def show_value(value: Any) -> str:
    """A stored JSON value as text: strings as they are, lists one item per line."""
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return show_flag(value)
    if isinstance(value, Decimal | int | float):
        return formatting.number(value, _display())
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return "\n".join(show_value(v) for v in value)
    if isinstance(value, dict) and set(value) == {"length", "width", "height"}:  # 32 × 9 × 4
        return " × ".join(show_value(value[k]) for k in ("length", "width", "height"))
    if isinstance(value, dict) and set(value) == {"type", "value"}:  # a barcode: `EAN 952…`
        return f"{str(value['type']).upper()} {show_value(value['value'])}"
    if isinstance(value, dict) and all(not isinstance(v, dict | list) for v in value.values()):
        return ", ".join(f"{labels.attribute_label(k)}: {show_value(v)}" for k, v in value.items())
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def show_time(value: datetime | None) -> str:
    """A moment in the seller's time zone and the viewer's language."""
    return formatting.when(value, _display())


def show_day(value: date | datetime | str | None) -> str:
    """A calendar day in the seller's zone; an ISO date string is read first."""
    if isinstance(value, str):
        try:
            return formatting.day(date.fromisoformat(value), _display())
        except ValueError:
            return value
    return formatting.day(value, _display())


def show_flag(value: bool | None) -> str:
    if value is None:
        return EMPTY
    return i18n.gettext("yes") if value else i18n.gettext("no")


def show_number(value: Decimal | float | int | None, digits: int | None = None) -> str:
    return formatting.number(value, _display(), digits=digits)


def show_percent(ratio: Decimal | float | None, digits: int = 1) -> str:
    return formatting.percent(ratio, _display(), digits=digits)


def person(name: str | None, known: Mapping[str, str] | None = None) -> str:
    """Who did something, as a name: a user's display name (from `known`), the assistant, a
    scheduled job or a command-line user; never the audit code `user:1`."""
    if not name:
        return EMPTY
    if known and name in known:
        return known[name]
    if name == "assistant" or name.startswith("assistant"):
        return i18n.gettext("Assistant")
    if name.startswith("job:"):
        return i18n.gettext("Scheduled job")
    if name.startswith("cli:"):
        return i18n.gettext("%(name)s (command line)") % {"name": name[4:]}
    if name.startswith("user:"):
        return i18n.gettext("A former team member")
    return name


def pretty_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str)


def said(row: Any, slot: str) -> str:
    """What a finding or change request says in `slot` (reason, impact_note, title), in the
    viewer's language: its stored message worded through the catalogue, else its stored text."""
    text = str(getattr(row, slot, "") or "")
    if slot == "impact_note" and not text:
        effect = getattr(row, "expected_effect", None) or {}
        text = str(effect.get("impact_note") or "")
    return messages.stored_text(text, getattr(row, "messages", None), slot)


def worded(text: str, said: Mapping[str, Any] | None, key: str | None = None) -> str | Markup:
    """An engine text in the viewer's language, from a map of messages by text (or by `key`)."""
    found = (said or {}).get(text if key is None else key)
    return messages.stored_text(text, {"said": found} if found else None, "said")


def reasons_of(candidate: Any) -> list[str | Markup]:
    """A customs candidate's reasons in the viewer's language (its English ones without codes)."""
    said = list(getattr(candidate, "said", None) or [])
    english = list(candidate.reasons)
    if not i18n.current().display.is_chinese or not said:
        return english
    worded_ones = [messages.stored_text("", {"said": m}, "said") for m in said]
    return [w for w in worded_ones if w] or english


def notes_of(classification: Any) -> str | Markup:
    """A classification's notes joined, in the viewer's language when each has a message."""
    notes = list(classification.notes)
    said = list(getattr(classification, "notes_said", None) or [])
    if i18n.current().display.is_chinese and said and len(said) == len(notes):
        return Markup("；").join(
            messages.stored_text(n, {"s": m}, "s") for n, m in zip(notes, said, strict=True)
        )
    return "; ".join(notes)


def typed_by_a_person(row: Any, slot: str) -> Markup:
    """` translate="no"` for a slot with no message: text a person typed (a reason, a note) is
    shown as they wrote it, in their language."""
    if Message.from_json((getattr(row, "messages", None) or {}).get(slot)) is not None:
        return Markup("")
    return Markup(' translate="no"')


def error_text(error: errors.DomainError) -> str:
    """A domain error's message in the viewer's language (its stored English without one)."""
    said = {"said": error.said.to_json()} if error.said is not None else None
    return messages.stored_text(labels.plain_error(error.message), said, "said")


def exception_text(exc: Any) -> str:
    """A shipment exception in the viewer's language, from its kind and evidence."""
    kind = getattr(getattr(exc, "kind", None), "value", getattr(exc, "kind", ""))
    message = exception_message(str(kind), dict(getattr(exc, "evidence", None) or {}))
    stored = {"message": message.to_json()}
    return messages.stored_text(str(getattr(exc, "message", "") or ""), stored, "message")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n.gettext, ngettext=i18n.ngettext, newstyle=True
    )
    env.filters.update(
        cost=show_cost,
        money=show_cost,
        value=show_value,
        when=show_time,
        day=show_day,
        short_day=lambda v: formatting.short_day(v, _display()),
        flag=show_flag,
        num=show_number,
        pct=show_percent,
        signed_pct=lambda v: formatting.signed_percent(v, _display()),
        label=labels.label,
        t=i18n.gettext,
        plain_reason=labels.plain_reason,
        plain_error=labels.plain_error,
        attribute_label=labels.attribute_label,
        model_label=labels.model_label,
        place_label=labels.place_label,
        field_path=labels.field_path,
        carrier_status=labels.carrier_status,
        person=person,
        decimal=lambda v: EMPTY if v is None else show_number(v),
        pretty_json=pretty_json,
        or_dash=lambda v: EMPTY if v in (None, "") else v,
        said=said,
        change_title=lambda c: said(c, "title"),
        exception_text=exception_text,
        error_text=error_text,
        typed_by_a_person=typed_by_a_person,
        worded=worded,
        reasons_of=reasons_of,
        notes_of=notes_of,
        rule_note=rule_note,
        issue_text=labels.issue_text,
        fulfilment_label=labels.fulfilment_label,
        language_label=labels.language_label,
    )
    env.globals["language_names"] = i18n.LANGUAGE_NAMES
    env.globals["query"] = lists.query
    env.globals["sort_link"] = lists.sort_link
    return env


ENV = _environment()


READ_METHODS = frozenset({"GET", "HEAD"})


def page_unit(request: Request, runtime: Runtime) -> AbstractContextManager[Session]:
    """The request's unit of work: a page view (GET) reads in a deferred, read-only unit that
    never waits for SQLite's writer (ADR 0075) and refuses to write; a form post writes."""
    return unit_of_work(runtime.session_factory, write=request.method not in READ_METHODS)


def display_for(request: Request) -> formatting.Display:
    """How this viewer sees numbers and times: their stored language (else the browser's), the
    seller's zone and home currency. Read once per request."""
    known: formatting.Display | None = getattr(request.state, "display", None)
    if known is not None:
        return known
    browser = i18n.negotiate(request.headers.get("accept-language"))
    viewer: auth.Viewer | None = getattr(request.state, "viewer", None)
    if viewer is None:
        display = formatting.Display(locale=browser)
    else:
        runtime: Runtime = request.app.state.web_runtime
        # read-only: a page renders inside its own unit of work, which may hold SQLite's one
        # writer slot (ADR 0075); a second writer here would wait for it until time-out
        with unit_of_work(runtime.session_factory, write=False) as session:
            prefs = accounts.preferences(
                session, user_id=viewer.user_id, seller_id=viewer.actor.seller_id
            )
            currency = assistant.get_profile(session, actor=viewer.actor).base_currency
        display = formatting.Display(
            locale=i18n.supported(prefs.locale) or browser,
            timezone=prefs.timezone,
            currency=currency,
        )
    request.state.display = display
    return display


def translate(request: Request, message: str, **values: object) -> str:
    """`message` in the viewer's language, filled with `values` (for flashes made in a view)."""
    text = i18n.translations(display_for(request).locale).gettext(message)
    return text % values if values else text


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status_code: int = 200,
) -> HTMLResponse:
    """A page in the viewer's language: the template with the viewer (if signed in), CSRF
    token and pending messages."""
    viewer: auth.Viewer | None = getattr(request.state, "viewer", None)
    display = display_for(request)
    page = {
        "viewer": viewer,
        "csrf_field": auth.CSRF_FIELD,
        "csrf_token": auth.csrf_token(request),
        "flashes": auth.take_flashes(request),
        "path": request.url.path,
        "display": display,
        "lang": display.locale,
        "html_lang": "zh-CN" if display.is_chinese else "en",
        **(context or {}),
    }
    with i18n.rendering(i18n.language(display)):
        html = ENV.get_template(template).render(page)
    return HTMLResponse(html, status_code=status_code)


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def error_page(
    request: Request, *, status_code: int, message: str, details: list[str] | None = None
) -> HTMLResponse:
    return render(
        request,
        "error.html",
        {
            "title": ERROR_TITLES.get(status_code, N_("Error")),
            "message": message,
            "details": details or [],
            "status_code": status_code,
        },
        status_code=status_code,
    )


Handler = Callable[[Request], Coroutine[Any, Any, Response]]


class WebRoute(APIRoute):
    """Routes of the dashboard: domain errors become HTML error pages with their HTTP status,
    a missing login a redirect, a bad CSRF token a 403; every answer gets security headers."""

    def get_route_handler(self) -> Handler:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                response = await handler(request)
            except auth.LoginRequired as exc:
                response = redirect(auth.login_url(exc.next_path))
            except auth.CsrfRejected:
                response = error_page(
                    request,
                    status_code=403,
                    message=CSRF_MESSAGE,
                )
            except errors.DomainError as exc:
                response = error_page(
                    request,
                    status_code=exc.http_status,
                    message=exc.message,
                    details=[str(e) for e in exc.errors],
                )
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            return response

        return guarded
