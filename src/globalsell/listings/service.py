"""Listing use cases: keyword-only, scoped to the actor's seller, flush and never commit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from globalsell.ai.protocols import ProviderError, TextGenerator, Translator
from globalsell.approvals import service as approvals
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.models import ChangeRequest
from globalsell.approvals.registry import ApplierRegistry
from globalsell.catalog.models import Product
from globalsell.core import audit, messages
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import NotFound, ValidationFailed
from globalsell.core.marketplaces import Marketplace, marketplaces
from globalsell.listings import llm_content, llm_extract, product_types, rules
from globalsell.listings.content import Rendered, Sku, render, trim_keywords
from globalsell.listings.domain import (
    GENERATOR_VERSION,
    STORES,
    Issue,
    ListingStatus,
    blocking,
    check_transition,
)
from globalsell.listings.extract import Fact, complete
from globalsell.listings.glossary import Glossary, glossary
from globalsell.listings.models import DoNotTranslate, Listing
from globalsell.listings.product_types import Classification
from globalsell.listings.skus import classify_skus, key_attributes, skus_of

APPROVE_KIND = "listings.listing.approve"


@dataclass
class GenerateReport:
    skus: int = 0
    listings: int = 0
    validated: int = 0
    needs_translation: int = 0
    kept_edits: int = 0
    llm_filled: int = 0  # attributes the LLM added (grounded in the seller's text)
    llm_failed: int = 0  # SKUs whose LLM call failed (the rule facts were used)
    llm_generated: int = 0  # content fields the LLM wrote that passed on the first answer
    llm_repaired: int = 0  # content fields that passed after the one repair call
    llm_fell_back: int = 0  # content fields that kept the offline text
    llm_content_failed: int = 0  # SKUs whose content call failed (time-out, 429): offline kept
    llm_prompt_tokens: int = 0
    llm_completion_tokens: int = 0
    proposals: list[int] = field(default_factory=list)


def do_not_translate(session: Session, *, actor: Actor) -> list[str]:
    return list(
        session.scalars(
            select(DoNotTranslate.term)
            .where(DoNotTranslate.seller_id == actor.seller_id)
            .order_by(DoNotTranslate.term)
        )
    )


def add_do_not_translate(session: Session, *, actor: Actor, term: str, now: datetime) -> None:
    """Keep `term` verbatim in every listing of this seller."""
    actor.require(Role.OPERATOR, "changing the do-not-translate list")
    clean = term.strip()
    if not clean or len(clean) > 200:
        raise ValidationFailed("a term has 1-200 characters", field="term")
    if clean in do_not_translate(session, actor=actor):
        return
    session.add(DoNotTranslate(seller_id=actor.seller_id, term=clean, created_at=ensure_aware(now)))
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="listings.do_not_translate.added",
        subject_type="seller",
        subject_id=str(actor.seller_id),
        data={"term": clean},
        now=now,
    )


def generate(
    session: Session,
    *,
    actor: Actor,
    registry: ApplierRegistry,
    now: datetime,
    skus: Sequence[str] | None = None,
    stores: Sequence[str] = STORES,
    translator: Translator | None = None,
    generator: TextGenerator | None = None,
    writer: llm_content.ChatModel | None = None,
    propose: bool = True,
) -> GenerateReport:
    """Generate and validate listings for every store; each SKU's listings go to the inbox as
    one change request. Seller-edited fields are kept; submitted listings are left alone.
    With a `writer` (chat model), the text fields and the product type come from the model
    where they pass every check (llm_content), else the offline content is kept."""
    actor.require(Role.OPERATOR, "generating listings")
    at = ensure_aware(now)
    query = (
        select(Product)
        .where(Product.seller_id == actor.seller_id)
        .options(selectinload(Product.variants), selectinload(Product.attributes))
        .order_by(Product.sku)
    )
    if skus is not None:
        query = query.where(Product.sku.in_(list(skus)))
    products = list(session.scalars(query))
    if skus is not None and len(products) != len(set(skus)):
        missing = sorted(set(skus) - {p.sku for p in products})
        raise NotFound(f"products not found: {', '.join(missing)}", field="sku")
    keep = do_not_translate(session, actor=actor)
    markets = [marketplaces().get(code) for code in stores]
    words = glossary()
    report = GenerateReport()
    existing = {
        (row.sku, row.marketplace): row
        for row in session.scalars(select(Listing).where(Listing.seller_id == actor.seller_id))
    }
    batch = [(product, sku, variant) for product in products for sku, variant in skus_of(product)]
    types = classify_skus([sku for _, sku, _ in batch])
    for product, sku, variant in batch:
        report.skus += 1
        facts = complete(sku.master, words)
        if generator is not None and llm_extract.missing(facts):
            try:
                facts, added = llm_extract.complete_with(generator, sku.master, facts)
            except ProviderError:
                report.llm_failed += 1
            else:
                report.llm_filled += len(added)
        payload: dict[str, Any] = {}
        writer_down = False
        for store in markets:
            rendered = _render(sku, facts, store, words, translator, keep, types[sku.sku])
            content = rendered.content
            if writer is not None and not writer_down:
                try:
                    rendered = _written(
                        writer,
                        sku,
                        facts,
                        store,
                        words,
                        translator,
                        keep,
                        types[sku.sku],
                        rendered,
                        report,
                    )
                except ProviderError:
                    writer_down = True  # the rest of this SKU's stores stay offline
                    report.llm_content_failed += 1
                content = rendered.content
            listing = existing.get((sku.sku, store.code))
            if listing is not None and listing.status in (
                ListingStatus.SUBMITTED,
                ListingStatus.LIVE,
            ):
                continue
            generated = dict(content)
            if listing is not None:
                for name in listing.edited_fields:
                    if name in listing.content:
                        content[name] = listing.content[name]
                        report.kept_edits += 1
            if (
                listing is not None
                and listing.status is ListingStatus.APPROVED
                and listing.content == content
            ):
                continue  # nothing new to approve
            issues = rendered.issues + rules.validate(content, store)
            if rendered.needs_translation:
                issues.append(
                    Issue(
                        "needs-translation",
                        ",".join(rendered.needs_translation),
                        "no offline translation: a person (or a configured LLM) must "
                        "translate this",
                    )
                )
            target = ListingStatus.DRAFT if blocking(issues) else ListingStatus.VALIDATED
            if listing is None:
                listing = Listing(
                    seller_id=actor.seller_id,
                    product_id=product.id,
                    variant_id=variant.id if variant else None,
                    sku=sku.sku,
                    marketplace=store.code,
                    status=target,
                    edited_fields=[],
                    first_try_valid=target is ListingStatus.VALIDATED,
                    created_at=at,
                )
                session.add(listing)
            else:
                check_transition(listing.status, target)
                listing.status = target
            listing.product_type = str(content.get("product_type"))
            listing.content = content
            listing.generated_content = generated
            listing.sources = rendered.sources
            listing.issues = [i.as_json() for i in issues]
            listing.needs_translation = rendered.needs_translation
            listing.generator = (
                writer.name
                if writer is not None and "llm" in rendered.sources
                else translator.name
                if translator
                else GENERATOR_VERSION
            )
            listing.updated_at = at
            report.listings += 1
            report.validated += target is ListingStatus.VALIDATED
            report.needs_translation += bool(rendered.needs_translation)
            payload[store.code] = content
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="listings.listing.generated",
            subject_type="product",
            subject_id=sku.sku,
            data={"stores": sorted(payload), "generator": GENERATOR_VERSION},
            now=now,
        )
        if propose and payload:
            change = _propose(session, registry, actor, sku.sku, payload, now)
            if change is not None:
                report.proposals.append(change.id)
    return report


def _render(
    sku: Sku,
    facts: dict[str, Fact],
    store: Marketplace,
    words: Glossary,
    translator: Translator | None,
    keep: list[str],
    classification: Classification,
) -> Rendered:
    rendered = render(
        sku, facts, store, words, translator=translator, keep=keep, classification=classification
    )
    if "generic_keyword" in rendered.content:
        rendered.content["generic_keyword"] = trim_keywords(rendered.content["generic_keyword"])
    return rendered


def _written(
    writer: llm_content.ChatModel,
    sku: Sku,
    facts: dict[str, Fact],
    store: Marketplace,
    words: Glossary,
    translator: Translator | None,
    keep: list[str],
    classification: Classification,
    offline: Rendered,
    report: GenerateReport,
) -> Rendered:
    """The store's content with the model's fields and type where they pass every check."""
    chosen: dict[str, Rendered] = {}

    def offline_for(code: str | None) -> dict[str, Any]:
        current = classification.product_type
        if code is None or (current is not None and current.code == code):
            chosen["rendered"] = offline
        else:
            picked = Classification(
                product_type=product_types.vocabulary().types[code],
                confidence=classification.confidence,
                candidates=classification.candidates,
            )
            chosen["rendered"] = _render(sku, facts, store, words, translator, keep, picked)
        return chosen["rendered"].content

    written = llm_content.write(
        writer,
        sku=sku,
        store=store,
        classification=classification,
        offline_for=offline_for,
        words=words,
    )
    base = chosen["rendered"]
    report.llm_generated += written.generated
    report.llm_repaired += written.repaired
    report.llm_fell_back += written.fell_back
    report.llm_prompt_tokens += written.prompt_tokens
    report.llm_completion_tokens += written.completion_tokens
    from_model = {n for n, p in written.provenance.items() if p["outcome"] != "fell-back"}
    sources: dict[str, Any] = dict(base.sources)
    for name in from_model:
        sources[name] = f"llm:{writer.name}@{llm_content.PROMPT_VERSION}"
    if written.product_type is not None:
        sources["product_type"] = f"llm:{writer.name}@{llm_content.PROMPT_VERSION}"
    sources["llm"] = written.provenance
    return Rendered(
        content=written.content,
        sources=sources,
        issues=[i for i in base.issues if i.field not in from_model],
        needs_translation=[f for f in base.needs_translation if f not in from_model],
    )


def _propose(
    session: Session,
    registry: ApplierRegistry,
    actor: Actor,
    sku: str,
    payload: dict[str, Any],
    now: datetime,
) -> ChangeRequest | None:
    open_change = session.scalar(
        select(ChangeRequest).where(
            ChangeRequest.seller_id == actor.seller_id,
            ChangeRequest.kind == APPROVE_KIND,
            ChangeRequest.subject_id == sku,
            ChangeRequest.status.in_([ChangeStatus.PROPOSED, ChangeStatus.APPROVED]),
        )
    )
    if open_change is not None:
        return None
    return approvals.propose(
        session,
        registry=registry,
        kind=APPROVE_KIND,
        subject_type="product",
        subject_id=sku,
        title=f"Publish {sku} in {len(payload)} stores",
        payload={"sku": sku, "listings": payload},
        reason="Generated from the master catalogue (attributes, glossary, store templates).",
        actor=actor,
        now=now,
        messages={"reason": messages.message("listings.generated")},
    )


def listings_for(session: Session, *, seller_id: int, sku: str) -> list[Listing]:
    return list(
        session.scalars(
            select(Listing)
            .where(Listing.seller_id == seller_id, Listing.sku == sku)
            .order_by(Listing.marketplace)
        )
    )


def list_listings(
    session: Session, *, actor: Actor, store: str | None = None, sku: str | None = None
) -> list[Listing]:
    query = select(Listing).where(Listing.seller_id == actor.seller_id)
    if store:
        query = query.where(Listing.marketplace == marketplaces().get(store).code)
    if sku:
        query = query.where(Listing.sku == sku)
    return list(session.scalars(query.order_by(Listing.sku, Listing.marketplace)))


def listing_summary(row: Listing) -> dict[str, Any]:
    """The listing as reviewers' scripts read it (`listings list --json`)."""
    bullets = row.content.get("bullet_point") or []
    return {
        "sku": row.sku,
        "store": row.marketplace,
        "status": row.status.value,
        "product_type": row.product_type or "PRODUCT",
        "title": str(row.content.get("item_name") or ""),
        "bullets": [str(b) for b in bullets] if isinstance(bullets, list) else [str(bullets)],
        "issues": [
            {
                "code": str(i.get("code", "")),
                "severity": str(i.get("severity", "error")),
                "field": str(i.get("field", "")),
                "message": str(i.get("message", "")),
            }
            for i in row.issues
        ],
    }


def product_listings(session: Session, *, actor: Actor, sku: str) -> list[Listing]:
    """The listings of a product and of its variants, in every store (NotFound for an unknown
    product)."""
    product = session.scalar(
        select(Product).where(Product.seller_id == actor.seller_id, Product.sku == sku)
    )
    if product is None:
        raise NotFound(f"no product {sku}", field="sku")
    return list(
        session.scalars(
            select(Listing)
            .where(Listing.seller_id == actor.seller_id, Listing.product_id == product.id)
            .order_by(Listing.sku, Listing.marketplace)
        )
    )


def approve(
    session: Session,
    *,
    actor: Actor,
    sku: str,
    listings: dict[str, dict[str, Any]],
    now: datetime,
) -> dict[str, Any]:
    """Approve the given content per store. Fields that differ from the generated content are
    seller edits (kept by every later regeneration). A store whose content still breaks a rule
    stays a draft with its issues."""
    actor.require(Role.OPERATOR, "approving listings")
    approved: list[str] = []
    held: dict[str, list[dict[str, Any]]] = {}
    current = {
        row.marketplace: row for row in listings_for(session, seller_id=actor.seller_id, sku=sku)
    }
    for code, content in sorted(listings.items()):
        store = marketplaces().get(code)
        listing = current.get(store.code)
        if listing is None:
            raise NotFound(f"no listing of {sku} in {code}", field="listings")
        edited = {
            name
            for name in set(content) | set(listing.generated_content)
            if content.get(name) != listing.generated_content.get(name)
        }
        listing.edited_fields = sorted(set(listing.edited_fields) | edited)
        listing.content = dict(content)
        issues = rules.validate(listing.content, store)
        listing.issues = [i.as_json() for i in issues]
        if not blocking(issues) and "item_name" in listing.content:
            listing.needs_translation = []
        if blocking(issues) or listing.needs_translation:
            listing.status = ListingStatus.DRAFT
            held[store.code] = listing.issues
        else:
            if listing.status is ListingStatus.DRAFT:
                check_transition(listing.status, ListingStatus.VALIDATED)
                listing.status = ListingStatus.VALIDATED
            check_transition(listing.status, ListingStatus.APPROVED)
            listing.status = ListingStatus.APPROVED
            approved.append(store.code)
        listing.updated_at = ensure_aware(now)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="listings.listing.approved",
        subject_type="product",
        subject_id=sku,
        data={"approved": approved, "held": sorted(held)},
        now=now,
    )
    return {"approved": approved, "held": held}


__all__ = [
    "APPROVE_KIND",
    "GenerateReport",
    "add_do_not_translate",
    "approve",
    "classify_skus",
    "do_not_translate",
    "generate",
    "key_attributes",
    "list_listings",
    "listing_summary",
]
