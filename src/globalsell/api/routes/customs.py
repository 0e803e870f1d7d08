"""Customs: classify text or products, check declared codes, landed cost, data sources."""

from __future__ import annotations

import os
from typing import Annotated, Any

from fastapi import APIRouter, Path

from globalsell.api.deps import ActorDep, NowDep, RegistryDep, SessionDep
from globalsell.customs import rerank, service
from globalsell.customs.nomenclature import load
from globalsell.customs.schemas import (
    ClassificationOut,
    ClassifyRequest,
    HsClassificationRead,
    LandedCostOut,
    LandedCostRequest,
    ProductClassifyResult,
)

router = APIRouter(prefix="/customs", tags=["customs"])
SkuPath = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$")]


@router.post("/classify", response_model=ClassificationOut)
def classify(body: ClassifyRequest, actor: ActorDep) -> ClassificationOut:
    """Ranked HS 2022 candidates with the US HTS line, confidence, reasons; abstains with a
    question when unsure."""
    assert actor.seller_id
    with rerank.configured_generator(os.environ) as generator:
        return service.classify_text(
            body.text, material=body.material, use=body.use, top_k=body.top_k, generator=generator
        )


@router.post("/products/{sku}/classify", response_model=ProductClassifyResult)
def classify_product(
    sku: SkuPath, session: SessionDep, actor: ActorDep, registry: RegistryDep, now: NowDep
) -> ProductClassifyResult:
    """Classify one product, check its declared code; a flagged code gets a proposed
    correction in approvals."""
    with rerank.configured_generator(os.environ) as generator:
        row, change_id = service.classify_product(
            session, actor=actor, registry=registry, sku=sku, now=now, generator=generator
        )
    return ProductClassifyResult(
        classification=HsClassificationRead.model_validate(row), change_request_id=change_id
    )


@router.get("/products/{sku}/classifications", response_model=list[HsClassificationRead])
def list_classifications(
    sku: SkuPath, session: SessionDep, actor: ActorDep
) -> list[HsClassificationRead]:
    """Classifications of a product, newest first."""
    return [
        HsClassificationRead.model_validate(r)
        for r in service.list_classifications(session, actor=actor, sku=sku)
    ]


@router.post("/landed-cost", response_model=list[LandedCostOut])
def landed_cost(body: LandedCostRequest, actor: ActorDep) -> list[LandedCostOut]:
    """Customs value, duty, import VAT/GST and de minimis per destination, with sources."""
    assert actor.seller_id
    return service.quote_landed_cost(body)


@router.get("/sources")
def sources(actor: ActorDep) -> list[dict[str, Any]]:
    """The nomenclature data shipped, with source, revision and licence."""
    assert actor.seller_id
    return [
        {"name": s.name, "source": s.source, "revision": s.revision, "licence": s.licence}
        for s in load().sources
    ]
