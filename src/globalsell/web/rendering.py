"""Templates, display filters, and the one place where the dashboard turns domain errors (and
missing logins or CSRF tokens) into pages."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute

from globalsell.core import errors
from globalsell.core.money import is_currency, minor_units
from globalsell.web import auth

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

ERROR_TITLES = {
    400: "Request refused",
    401: "Not signed in",
    403: "Not allowed",
    404: "Not found",
    409: "Conflict",
    413: "Too large",
    422: "Not accepted",
}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}

EMPTY = "—"


def plain_decimal(value: Decimal) -> str:
    """`21.000000` -> `21`, `0.870` -> `0.87`: the value without storage padding."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def show_cost(amount: Decimal | None, currency: str | None) -> str:
    """A unit cost at least to its currency's minor unit, never rounded: `21.00 CNY`,
    `0.000123 CNY`, `1500 JPY`."""
    if amount is None:
        return EMPTY
    if currency and is_currency(currency):
        places = minor_units(currency)
        exponent = Decimal(1).scaleb(-places)
        shown = (
            format(amount.quantize(exponent), "f")
            if amount == amount.quantize(exponent)
            else plain_decimal(amount)
        )
        return f"{shown} {currency}"
    return f"{plain_decimal(amount)} {currency or ''}".rstrip()


def show_value(value: Any) -> str:
    """A stored JSON value as text: strings as they are, lists one item per line."""
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return "\n".join(show_value(v) for v in value)
    if isinstance(value, dict) and all(not isinstance(v, dict | list) for v in value.values()):
        return ", ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def show_time(value: datetime | None) -> str:
    if value is None:
        return EMPTY
    return value.strftime("%Y-%m-%d %H:%M UTC")


def show_flag(value: bool | None) -> str:
    if value is None:
        return EMPTY
    return "yes" if value else "no"


def pretty_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        cost=show_cost,
        value=show_value,
        when=show_time,
        flag=show_flag,
        decimal=lambda v: EMPTY if v is None else plain_decimal(v),
        pretty_json=pretty_json,
        or_dash=lambda v: EMPTY if v in (None, "") else v,
    )
    return env


ENV = _environment()


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status_code: int = 200,
) -> HTMLResponse:
    """A page: the template with the viewer (if signed in), CSRF token and pending messages."""
    viewer: auth.Viewer | None = getattr(request.state, "viewer", None)
    page = {
        "viewer": viewer,
        "csrf_field": auth.CSRF_FIELD,
        "csrf_token": auth.csrf_token(request),
        "flashes": auth.take_flashes(request),
        "path": request.url.path,
        **(context or {}),
    }
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
            "title": ERROR_TITLES.get(status_code, "Error"),
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
                    message="The form was not accepted: its security token is missing or "
                    "expired. Reload the page and try again.",
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
