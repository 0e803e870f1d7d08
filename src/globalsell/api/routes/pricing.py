"""Prices per store: quotes with breakdowns, policies, competitor prices, price proposals."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Path, Query, UploadFile

from globalsell.api.deps import ActorDep, NowDep, RegistryDep, RuntimeDep, SessionDep
from globalsell.api.uploads import read_upload
from globalsell.core.actor import Role
from globalsell.pricing import changes, competitors, policies, service
from globalsell.pricing.schemas import (
    ChangeCreated,
    CompetitorProposal,
    PolicyRead,
    PolicyUpdate,
    PriceProposal,
    PriceRead,
    QuoteRead,
    QuoteRequest,
)

router = APIRouter(tags=["pricing"])
SkuPath = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$")]
StorePath = Annotated[str, Path(pattern=r"^(\*|[A-Za-z_]{2,20})$")]


@router.post("/products/{sku}/quote", response_model=QuoteRead)
def quote(
    sku: SkuPath, body: QuoteRequest, session: SessionDep, actor: ActorDep, now: NowDep
) -> QuoteRead:
    """A price for one store with its full breakdown; `save` keeps it (operator)."""
    quoted = service.quote(
        session,
        sku=sku,
        store=body.store,
        actor=actor,
        now=now,
        target_margin=body.target_margin,
        target_price=body.target_price,
        duty_rate=body.duty_rate,
        import_vat_rate=body.import_vat_rate,
        category=body.fee_category,
    )
    quote_id = None
    if body.save:
        quote_id = service.save_quote(session, quoted=quoted, sku=sku, actor=actor, now=now).id
    return QuoteRead(
        sku=sku, store=quoted.rules.store, quote_id=quote_id, breakdown=quoted.breakdown()
    )


@router.get("/products/{sku}/prices", response_model=list[PriceRead])
def prices(sku: SkuPath, session: SessionDep, actor: ActorDep) -> list[PriceRead]:
    """The applied prices (regular and event deals) of one product."""
    return [PriceRead.model_validate(p) for p in changes.prices_for(session, sku=sku, actor=actor)]


@router.get("/products/{sku}/offer")
def offer(
    sku: SkuPath,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    store: Annotated[str, Query(min_length=2, max_length=20)],
) -> list[dict[str, Any]]:
    """The applied prices as Amazon's `purchasable_offer` attribute (for listings and feeds)."""
    return changes.purchasable_offer(session, sku=sku, store=store, actor=actor, now=now)


@router.post("/products/{sku}/prices", response_model=ChangeCreated, status_code=201)
def propose_price(
    sku: SkuPath,
    body: PriceProposal,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    registry: RegistryDep,
) -> ChangeCreated:
    """Propose a price (or an event deal): applied at once within the 24-hour guard, otherwise
    waiting in the approvals inbox."""
    change = changes.propose_price(
        session,
        registry=registry,
        sku=sku,
        store=body.store,
        actor=actor,
        now=now,
        price=body.price,
        target_margin=body.target_margin,
        price_type=body.price_type,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        reason=body.reason,
    )
    return ChangeCreated(
        change_id=change.id,
        status=change.status.value,
        title=change.title,
        breakdown=change.payload["breakdown"],
    )


@router.post("/products/{sku}/competitor-price", response_model=ChangeCreated, status_code=201)
def propose_competitor_price(
    sku: SkuPath,
    body: CompetitorProposal,
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    registry: RegistryDep,
) -> ChangeCreated:
    """Match or beat the lowest recent competitor price, never below the margin floor."""
    actor.require(Role.OPERATOR, "proposing prices")
    outcome, quoted = competitors.competitor_quote(
        session,
        sku=sku,
        store=body.store,
        mode=body.mode,
        beat_by=body.beat_by,
        beat_by_percent=body.beat_by_percent,
        actor=actor,
        now=now,
    )
    reason = f"{body.mode.value} competitor {outcome.competitor_price.format_plain()}" + (
        " (held at the margin floor)" if outcome.floor_bound else ""
    )
    change = changes.propose_price(
        session,
        registry=registry,
        sku=sku,
        store=body.store,
        actor=actor,
        now=now,
        reason=reason,
        quoted=quoted,
    )
    return ChangeCreated(
        change_id=change.id,
        status=change.status.value,
        title=change.title,
        breakdown=change.payload["breakdown"],
    )


@router.put("/pricing/policies/{store}", response_model=PolicyRead)
def set_policy(
    store: StorePath, body: PolicyUpdate, session: SessionDep, actor: ActorDep, now: NowDep
) -> PolicyRead:
    """Set the seller's pricing policy for one store (`*` = default); only the given fields."""
    changes = body.model_dump(exclude_unset=True)
    row = policies.set_policy(session, store=store, changes=changes, actor=actor, now=now)
    return PolicyRead.model_validate(row)


@router.post("/pricing/competitor-prices")
def import_competitor_prices(
    session: SessionDep,
    actor: ActorDep,
    now: NowDep,
    runtime: RuntimeDep,
    file: Annotated[
        UploadFile, File(description="CSV: sku,store,competitor,price,currency,observed_at")
    ],
) -> dict[str, int]:
    """All-or-nothing import of competitor prices; a bad row answers 422 with every error."""
    actor.require(Role.OPERATOR, "importing competitor prices")
    data, _ = read_upload(file, limit=runtime.settings.max_upload_bytes, default_name="prices.csv")
    return {
        "imported": competitors.import_competitor_prices(session, data=data, actor=actor, now=now)
    }
