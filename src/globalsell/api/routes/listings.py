"""Listings per store: read with status and issues, generate, export feeds, quality report and
submission to Amazon (VALIDATION_PREVIEW by default)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from globalsell.api.deps import ActorDep, NowDep, RegistryDep, RuntimeDep, SessionDep
from globalsell.core.actor import Role
from globalsell.core.marketplaces import marketplaces
from globalsell.listings import feed_exchange, quality, service, spapi, submission
from globalsell.listings.domain import STORES
from globalsell.listings.schemas import (
    SKU,
    STORE,
    FeedRequest,
    GenerateRead,
    GenerateRequest,
    ListingRead,
    SubmissionRead,
    SubmitRead,
    SubmitRequest,
)

router = APIRouter(tags=["listings"])
SkuPath = Annotated[str, Path(pattern=SKU)]
StorePath = Annotated[str, Path(pattern=STORE)]


@router.get("/products/{sku}/listings", response_model=list[ListingRead])
def product_listings(sku: SkuPath, session: SessionDep, actor: ActorDep) -> list[ListingRead]:
    """One product's listings (the product and its variants) in every store, with status,
    rule issues and submission history."""
    rows = service.product_listings(session, actor=actor, sku=sku)
    out = []
    for row in rows:
        item = ListingRead.model_validate(row)
        item.submissions = [
            SubmissionRead.model_validate(s)
            for s in submission.history(session, actor=actor, listing_id=row.id)
        ]
        out.append(item)
    return out


@router.post("/listings/generate", response_model=GenerateRead)
def generate(
    body: GenerateRequest,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    registry: RegistryDep,
) -> GenerateRead:
    """Generate and validate listings (every product, or `skus`) for every store (or
    `stores`); each SKU's listings arrive in the approvals inbox as one change request."""
    stores = [marketplaces().get(s).code for s in body.stores] if body.stores else list(STORES)
    report = service.generate(
        session, actor=actor, registry=registry, now=now, skus=body.skus, stores=stores
    )
    return GenerateRead(
        skus=report.skus,
        listings=report.listings,
        validated=report.validated,
        needs_translation=report.needs_translation,
        kept_edits=report.kept_edits,
        proposals=report.proposals,
    )


@router.post("/listings/{store}/feed")
def export_feed(
    store: StorePath, body: FeedRequest, session: SessionDep, actor: ActorDep, now: NowDep
) -> list[dict[str, Any]]:
    """The store's approved listings as JSON_LISTINGS_FEED documents (checked against Amazon's
    schema); the listings become `submitted`."""
    return feed_exchange.export_feed(
        session, actor=actor, store=store, merchant_id=body.merchant_id, now=now
    )


@router.get("/listings/report")
def report(session: SessionDep, actor: ActorDep) -> dict[str, Any]:
    """Fill rate, acceptance and first-try validity per store and per field."""
    return quality.quality_report(session, actor=actor)


@router.post("/listings/{store}/submit", response_model=SubmitRead)
def submit(
    store: StorePath,
    body: SubmitRequest,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    runtime: RuntimeDep,
) -> SubmitRead:
    """Send approved listings to the Listings Items API: VALIDATION_PREVIEW only unless
    `preview_only` is false (then submit and read status back)."""
    actor.require(Role.OPERATOR, "submitting listings")
    code = marketplaces().get(store).code
    with spapi.connect(runtime.settings, code, clock=runtime.clock) as api:
        result = submission.submit(
            session,
            actor=actor,
            store=code,
            api=api,
            now=now,
            skus=body.skus,
            preview_only=body.preview_only,
        )
    return SubmitRead(**result.as_json())
