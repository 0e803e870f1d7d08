"""A product's picture: a web address (https) or a small file the seller uploaded, checked by its
first bytes (PNG, JPEG, WebP or GIF; never SVG, which can carry script) and its size."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from globalsell.catalog import service
from globalsell.catalog.domain import Provenance
from globalsell.catalog.models import AttributeValue, scope_key
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import ensure_aware
from globalsell.core.errors import ValidationFailed

MAX_IMAGE_BYTES = 512 * 1024
MAX_URL = 1000
_URL = re.compile(r"https://[^\s\"'<>\\]{3,}")
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
    if len(text) > MAX_URL or not _URL.fullmatch(text):
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
    """Store an uploaded picture for the product; returns its media type. The audit entry
    keeps its size and SHA-256, not the bytes."""
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
    digest = hashlib.sha256(data).hexdigest()
    value = {"content_type": media, "base64": base64.b64encode(data).decode("ascii")}
    _put(session, actor=actor, sku=sku, name=service.IMAGE_FILE, value=value, now=now)
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
        },
        now=now,
    )
    return media


def uploaded_image(session: Session, *, actor: Actor, sku: str) -> tuple[bytes, str] | None:
    """The uploaded picture of a product (bytes, media type), or None."""
    product = service.get_product(session, actor=actor, sku=sku)
    found = service.find_attribute(session, product=product, name=service.IMAGE_FILE)
    if found is None or not isinstance(found.value, dict):
        return None
    return base64.b64decode(found.value["base64"]), str(found.value["content_type"])
