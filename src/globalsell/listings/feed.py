"""JSON_LISTINGS_FEED documents (version 2.0) and their processing reports, checked against
Amazon's published schemas (data/amazon/, Apache-2.0). Pure: documents in, documents out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema
from jsonschema import Draft7Validator

from globalsell.core.marketplaces import Marketplace

MAX_MESSAGES = 25_000  # listings-feed-schema-v2.json: messages maxItems
OPERATIONS = ("UPDATE", "PARTIAL_UPDATE", "PATCH", "DELETE")
# Content keys that are not Amazon attributes.
_NOT_ATTRIBUTES = {"product_type", "parentage_level", "parent_sku", "variation_theme"}
_LOCALISED = {
    "item_name",
    "bullet_point",
    "product_description",
    "generic_keyword",
    "brand",
    "material",
    "color",
    "fabric_type",
    "size",
}


@cache
def _schema(name: str) -> Draft7Validator:
    raw = resources.files("globalsell.listings").joinpath("data", "amazon", name).read_text("utf-8")
    return Draft7Validator(json.loads(raw))


@cache
def _fast(name: str) -> Any:
    raw = resources.files("globalsell.listings").joinpath("data", "amazon", name).read_text("utf-8")
    return fastjsonschema.compile(json.loads(raw))


def feed_errors(document: dict[str, Any]) -> list[str]:
    """Where a feed document breaks Amazon's listings-feed schema v2 (empty when valid). A
    compiled validator (fastjsonschema) answers the common case; jsonschema lists every error
    when there is one."""
    try:
        _fast("listings-feed-schema-v2.json")(document)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        return []
    validator = _schema("listings-feed-schema-v2.json")
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(document)'}: {e.message}"
        for e in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    ]


def report_errors(document: dict[str, Any]) -> list[str]:
    validator = _schema("listings-feed-processing-report-schema-v2.json")
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(document)'}: {e.message}"
        for e in validator.iter_errors(document)
    ]


def attributes(content: dict[str, Any], store: Marketplace) -> dict[str, list[dict[str, Any]]]:
    """Listing content as Amazon attributes: lists of values with marketplace and language."""
    mid = store.marketplace_id
    tag = store.default_language_tag
    out: dict[str, list[dict[str, Any]]] = {}
    for name, value in content.items():
        if name in _NOT_ATTRIBUTES or value in (None, "", [], {}):
            continue
        values = value if isinstance(value, list) else [value]
        if name == "material":
            values = [", ".join(map(str, values))]
        rows: list[dict[str, Any]] = []
        for item in values:
            row: dict[str, Any]
            if isinstance(item, dict) and name in (
                "externally_assigned_product_identifier",
                "item_dimensions",
            ):
                row = dict(item)
            elif isinstance(item, dict) and "value" in item and "unit" in item:
                row = {"value": _num(item["value"]), "unit": item["unit"]}
            elif isinstance(item, dict):
                row = dict(item)
            else:
                row = {"value": item}
            if name in _LOCALISED:
                row["language_tag"] = tag
            row["marketplace_id"] = mid
            rows.append(row)
        out[name] = rows
    level = content.get("parentage_level")
    if level:
        out["parentage_level"] = [{"value": level, "marketplace_id": mid}]
    if level == "child" and content.get("parent_sku"):
        out["child_parent_sku_relationship"] = [
            {
                "child_relationship_type": "variation",
                "parent_sku": content["parent_sku"],
                "marketplace_id": mid,
            }
        ]
    if content.get("variation_theme"):
        out["variation_theme"] = [{"name": content["variation_theme"]}]
    return out


def number(value: Any) -> Any:
    """A numeric string as a JSON number (16.99, 1980); anything else unchanged."""
    return _num(value)


def _num(value: Any) -> Any:
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() else number
    return value


def update_message(
    message_id: int, sku: str, content: dict[str, Any], store: Marketplace
) -> dict[str, Any]:
    return {
        "messageId": message_id,
        "sku": sku,
        "operationType": "UPDATE",
        "productType": str(content.get("product_type") or "PRODUCT"),
        "requirements": "LISTING",
        "attributes": attributes(content, store),
    }


def patch_message(
    message_id: int, sku: str, product_type: str, changes: dict[str, Any], store: Marketplace
) -> dict[str, Any]:
    """Replace the given content fields (JSON Patch `replace` on /attributes/<name>)."""
    attrs = attributes(changes, store)
    return {
        "messageId": message_id,
        "sku": sku,
        "operationType": "PATCH",
        "productType": product_type,
        "patches": [
            {"op": "replace", "path": f"/attributes/{name}", "value": value}
            for name, value in sorted(attrs.items())
        ],
    }


def delete_message(message_id: int, sku: str) -> dict[str, Any]:
    return {"messageId": message_id, "sku": sku, "operationType": "DELETE"}


def chunks(
    messages: Iterable[dict[str, Any]], size: int = MAX_MESSAGES
) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for message in messages:
        batch.append(message)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def documents(
    seller_id: str, store: Marketplace, messages: Iterable[dict[str, Any]], size: int = MAX_MESSAGES
) -> list[dict[str, Any]]:
    """One feed document per chunk of at most 25,000 messages; messageIds restart per document."""
    out = []
    for batch in chunks(messages, size):
        for index, message in enumerate(batch, start=1):
            message["messageId"] = index
        out.append(
            {
                "header": {
                    "sellerId": seller_id,
                    "version": "2.0",
                    "issueLocale": store.default_language_tag,
                },
                "messages": batch,
            }
        )
    return out


@dataclass
class ReportOutcome:
    """What a processing report says about each SKU."""

    accepted: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # sku -> warnings
    rejected: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # sku -> issues
    summary: dict[str, Any] = field(default_factory=dict)
    schema_errors: list[str] = field(default_factory=list)


def parse_report(report: dict[str, Any], sent_skus: dict[int, str] | None = None) -> ReportOutcome:
    """Issues per SKU; a SKU with an ERROR issue is rejected, every other reported SKU accepted.
    `sent_skus` (messageId -> sku) fills in issues that name only the message."""
    outcome = ReportOutcome(schema_errors=report_errors(report))
    outcome.summary = dict(report.get("summary") or {})
    by_sku: dict[str, list[dict[str, Any]]] = {}
    for issue in report.get("issues") or []:
        sku = issue.get("sku") or (sent_skus or {}).get(int(issue.get("messageId", -1)))
        if not sku:
            continue
        by_sku.setdefault(str(sku), []).append(issue)
    skus = set(by_sku) | {str(i["sku"]) for i in report.get("items") or [] if i.get("sku")}
    for sku in sorted(skus):
        issues = by_sku.get(sku, [])
        if any(i.get("severity") == "ERROR" for i in issues):
            outcome.rejected[sku] = issues
        else:
            outcome.accepted[sku] = issues
    return outcome
