"""What the API declares, read from the routers themselves (so new routers need no test edit)."""

from __future__ import annotations

from fastapi.routing import APIRoute

from globalsell.api.app import API_MODULES


def expected_operations() -> set[tuple[str, str]]:
    """(METHOD, path) of every route the API modules declare under /api/v1."""
    operations: set[tuple[str, str]] = set()
    for module in API_MODULES:
        for route in module.router.routes:
            if isinstance(route, APIRoute) and route.include_in_schema:
                operations |= {(method, f"/api/v1{route.path}") for method in route.methods}
    return operations
