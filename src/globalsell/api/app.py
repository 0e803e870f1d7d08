"""The FastAPI application: API under /api/v1, the web dashboard at /."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from globalsell import __version__
from globalsell.api import docs, errors
from globalsell.api.admission import Admission
from globalsell.api.headers import SecurityHeaders
from globalsell.api.limits import RequestGuard
from globalsell.api.routes import (
    accounts,
    approvals,
    assistant,
    catalog,
    customs,
    marketplaces,
    pricing,
)
from globalsell.api.routes import inventory as inventory_routes
from globalsell.api.routes import (
    listings as listings_routes,
)
from globalsell.api.routes import (
    logistics as logistics_routes,
)
from globalsell.api.routes import orders as orders_routes
from globalsell.api.routes import planning as planning_routes
from globalsell.api.warmup import Task, Warmup
from globalsell.bootstrap import Runtime
from globalsell.web import views as web

# Every API router; each module's `router` is mounted under /api/v1.
API_MODULES = (
    accounts,
    marketplaces,
    catalog,
    approvals,
    pricing,
    assistant,
    customs,
    inventory_routes,
    orders_routes,
    listings_routes,
    planning_routes,
    logistics_routes,
)


def create_app(runtime: Runtime, *, warm_up: Sequence[Task] = ()) -> FastAPI:
    """Build the app around a runtime (settings, store, applier registry, clock). `warm_up`:
    slow loads started on a background thread when the server starts (`globalsell serve`
    passes the customs classifier's)."""
    warmup = Warmup(warm_up)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        warmup.start()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="globalsell",
        version=__version__,
        description="List once, sell everywhere. Every endpoint needs `Authorization: Bearer "
        "<token>`; every change to the business goes through an approved change request.",
        openapi_url=None,  # served by api/docs.py, behind a token or a signed-in session
        docs_url=None,
        redoc_url=None,
    )
    app.state.runtime = runtime
    app.state.warmup = warmup
    app.state.token_touches = {}
    errors.install(app)
    api = APIRouter(prefix="/api/v1")
    for module in API_MODULES:
        api.include_router(module.router)
    app.include_router(api)
    app.include_router(docs.router)
    app.mount(docs.ASSETS_URL, StaticFiles(directory=swagger_ui_path), name="swagger-ui")
    web.install(app, runtime)
    settings = runtime.settings
    app.add_middleware(
        Admission,
        slots=settings.request_slots,
        queue_seconds=settings.request_queue_seconds,
        retry_after=settings.retry_after_seconds,
    )
    app.add_middleware(
        RequestGuard,
        json_limit=runtime.settings.max_json_body_bytes,
        upload_limit=runtime.settings.max_upload_bytes,
    )
    app.add_middleware(SecurityHeaders)
    return app
