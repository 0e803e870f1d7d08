"""The API's own description is not public either: the OpenAPI document answers a valid API token
or a signed-in dashboard user, and the interactive docs page is for signed-in users (a browser
that is not signed in is sent to the login page first). The page's scripts and styles are served
from this server (Swagger UI from the swagger-ui-bundle package), never from a CDN, under a
Content-Security-Policy that allows nothing else."""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy.orm import Session

from globalsell.api.deps import NowDep, SessionDep, bearer, get_actor
from globalsell.core.errors import Unauthenticated
from globalsell.web import auth
from globalsell.web.rendering import redirect

OPENAPI_URL = "/api/v1/openapi.json"
DOCS_URL = "/api/v1/docs"
ASSETS_URL = "/api/v1/docs/assets"  # swagger-ui-bundle's files, mounted by api.app
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)

router = APIRouter(include_in_schema=False)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _signed_in(request: Request, session: Session) -> bool:
    try:
        auth.current_viewer(request, session)
    except auth.LoginRequired:
        return False
    return True


@router.get(OPENAPI_URL)
def openapi_document(
    request: Request, session: SessionDep, now: NowDep, credentials: Credentials
) -> Response:
    if credentials is not None:
        get_actor(session, now, credentials)  # raises Unauthenticated for a bad token
    elif not _signed_in(request, session):
        raise Unauthenticated("send an API token as 'Authorization: Bearer <token>'")
    return JSONResponse(request.app.openapi())


@router.get(DOCS_URL)
def docs_page(request: Request, session: SessionDep) -> Response:
    if not _signed_in(request, session):
        return redirect(auth.login_url(DOCS_URL))
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>globalsell API</title>
<link rel="stylesheet" href="{ASSETS_URL}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{escape(OPENAPI_URL)}"></div>
<script src="{ASSETS_URL}/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""
    return HTMLResponse(page, headers={"Content-Security-Policy": DOCS_CSP})
