"""A product's picture: a web address (https, the `main_image_url` attribute a listing uses too)
or a small file the seller uploaded, checked by its first bytes (PNG, JPEG, WebP or GIF; never
SVG, which can carry script) and its size, kept in its own table so that no listing, prompt or
API answer carries the bytes."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.catalog import domain, service
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, ProductImage, scope_key
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import ValidationFailed

MAX_IMAGE_BYTES = 512 * 1024
MAX_URL = domain.MAX_IMAGE_URL
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def image_type(data: bytes) -> str | None:
    """The picture's media type read from its first bytes, or None if it is not one we show."""
    for signature, media in SIGNATURES:
        if data.startswith(signature):
            return media
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_url(url: str) -> str:
    text = url.strip()
    if not domain.is_image_url(text):
        raise ValidationFailed(
            f"the image address must start with https:// and be at most {MAX_URL} characters",
            field="image_url",
        )
    return text


def _put(session: Session, *, actor: Actor, sku: str, name: str, value: Any, now: datetime) -> None:
    product = service.get_product(session, actor=actor, sku=sku)
    at = ensure_aware(now)
    existing = service.find_attribute(session, product=product, name=name)
    if existing is None:
        existing = AttributeValue(
            seller_id=actor.seller_id,
            product_id=product.id,
            variant_id=None,
            name=name,
            scope=scope_key(None, None, None),
            language=None,
            marketplace=None,
            created_at=at,
        )
        session.add(existing)
    existing.value = value
    existing.unit = None
    existing.provenance = Provenance.SELLER
    existing.confidence = None
    existing.source = "dashboard"
    existing.accepted = True
    existing.updated_at = at
    product.updated_at = at
    session.flush()


def set_image_url(session: Session, *, actor: Actor, sku: str, url: str, now: datetime) -> None:
    """Show the picture at `url` for the product (an uploaded picture stays and wins)."""
    actor.require(Role.OPERATOR, "changing product pictures")
    clean = check_url(url)
    product = service.get_product(session, actor=actor, sku=sku)
    before = service.find_attribute(session, product=product, name=service.IMAGE_URL)
    _put(session, actor=actor, sku=sku, name=service.IMAGE_URL, value=clean, now=now)
    audit.record(
        session,
        actor=actor,
        action="catalog.image.linked",
        subject_type="product",
        subject_id=sku,
        data={"before": None if before is None else before.value, "after": clean},
        now=now,
    )


def upload_image(
    session: Session, *, actor: Actor, sku: str, data: bytes, filename: str, now: datetime
) -> str:
    """Store an uploaded picture for the product (replacing the last one); returns its media
    type. The audit entry keeps its size and SHA-256, not the bytes."""
    actor.require(Role.OPERATOR, "changing product pictures")
    if not data:
        raise ValidationFailed("choose a picture file", field="image")
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationFailed(
            f"{filename[:80]}: the picture is larger than {MAX_IMAGE_BYTES // 1024} KB",
            field="image",
        )
    media = image_type(data)
    if media is None:
        raise ValidationFailed(
            f"{filename[:80]}: not a PNG, JPEG, WebP or GIF picture", field="image"
        )
    product = service.get_product(session, actor=actor, sku=sku)
    digest = hashlib.sha256(data).hexdigest()
    at = ensure_aware(now)
    stored = session.scalar(select(ProductImage).where(ProductImage.product_id == product.id))
    before = None if stored is None else stored.sha256
    if stored is None:
        stored = ProductImage(seller_id=actor.seller_id, product_id=product.id)
        session.add(stored)
    stored.content_type = media
    stored.data = data
    stored.sha256 = digest
    stored.filename = filename[:120]
    stored.uploaded_at = at
    product.updated_at = at
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="catalog.image.uploaded",
        subject_type="product",
        subject_id=sku,
        data={
            "filename": filename[:120],
            "content_type": media,
            "bytes": len(data),
            "sha256": digest,
            "replaced_sha256": before,
        },
        now=now,
    )
    return media


def uploaded_image(session: Session, *, actor: Actor, sku: str) -> tuple[bytes, str] | None:
    """The uploaded picture of a product (bytes, media type), or None."""
    product = service.get_product(session, actor=actor, sku=sku)
    stored = session.scalar(
        select(ProductImage).where(
            ProductImage.seller_id == actor.seller_id, ProductImage.product_id == product.id
        )
    )
    return None if stored is None else (stored.data, stored.content_type)
