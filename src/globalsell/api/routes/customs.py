"""Customs: classify text or products, check declared codes, landed cost, data sources."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from globalsell.api.deps import ActorDep, NowDep, RegistryDep, SessionDep
from globalsell.catalog import service as catalog
from globalsell.core.errors import ValidationFailed
from globalsell.customs import landed, national, overview, rerank, service
from globalsell.customs.destinations import destinations
from globalsell.customs.schemas import (
    ClassificationOut,
    ClassifyRequest,
    HsClassificationRead,
    LandedCostOut,
    LandedCostRequest,
    ProductClassifyResult,
    ProductCustomsOut,
)
from globalsell.pricing import service as pricing

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
    return landed.quote_landed_cost(body)


@router.get("/sources")
def sources(actor: ActorDep) -> list[dict[str, Any]]:
    """The nomenclature data shipped, with source, revision and licence."""
    assert actor.seller_id
    return [
        {"name": s.name, "source": s.source, "revision": s.revision, "licence": s.licence}
        for s in national.data_sources()
    ]


def parse_duty(entries: list[str]) -> dict[str, str]:
    """`GB=4%` entries into {"GB": "4%"}."""
    out: dict[str, str] = {}
    for entry in entries:
        dest, sep, rate = entry.partition("=")
        if not sep or not dest.strip() or not rate.strip():
            raise ValidationFailed(
                f"duty {entry!r}: write it as DEST=RATE, e.g. GB=4%", field="duty"
            )
        out[dest.strip().upper()] = rate.strip()
    return out


@router.get("/products/{sku}/overview", response_model=ProductCustomsOut)
def product_overview(
    sku: SkuPath,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    quantity: Annotated[Decimal, Query(gt=0, le=10_000_000, description="units shipped")] = Decimal(
        100
    ),
    freight: Annotated[Decimal, Query(ge=0, le=10**12, description="whole consignment")] = Decimal(
        0
    ),
    insurance: Annotated[Decimal, Query(ge=0, le=10**12)] = Decimal(0),
    duty: Annotated[list[str] | None, Query(description="seller duty rates, e.g. GB=4%")] = None,
) -> ProductCustomsOut:
    """Candidates with confidence and reasons, the declared code checked per destination, and the
    landed cost per destination (customs value, duty with its source, VAT/GST, de minimis)."""
    product = catalog.get_product(session, actor=actor, sku=sku)
    rates, source = pricing.rates_from(
        session,
        seller_id=product.seller_id,
        currency=product.cost_currency,
        to=[rule.currency for rule in destinations().values()],
        now=now,
    )
    return overview.product_customs(
        session,
        actor=actor,
        sku=sku,
        now=now,
        quantity=quantity,
        freight=freight,
        insurance=insurance,
        duty_rates=parse_duty(duty or []),
        fx_rates=rates,
        fx_source=source,
    )
