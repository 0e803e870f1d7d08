"""Marketplace reference data."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from globalsell.api.deps import ActorDep
from globalsell.core.marketplaces import Marketplace, marketplaces

router = APIRouter(tags=["marketplaces"])


def _read(m: Marketplace) -> dict[str, Any]:
    return {field: getattr(m, field) for field in m.__dataclass_fields__}


@router.get("/marketplaces")
def list_marketplaces(actor: ActorDep) -> dict[str, Any]:
    """Every store globalsell knows, with the data file's version."""
    data = marketplaces()
    return {
        "version": data.version,
        "effective_date": data.effective_date,
        "marketplaces": [_read(m) for m in data.items],
    }


@router.get("/marketplaces/{code}")
def get_marketplace(code: Annotated[str, Path(max_length=40)], actor: ActorDep) -> dict[str, Any]:
    """One store by code (DE, EBAY_GB) or Amazon marketplace id."""
    return _read(marketplaces().get(code))
