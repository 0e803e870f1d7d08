"""Validation against Amazon product-type definitions: JSON Schema 2019-09 plus Amazon's own
assertion keywords (`maxUtf8ByteLength`, `minUtf8ByteLength`, `maxUniqueItems` over
`selectors`), through jsonschema with custom keyword handlers. Pure."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft201909Validator, ValidationError, validators


def _max_utf8(
    validator: Any, limit: int, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and len(instance.encode("utf-8")) > limit:
        yield ValidationError(
            f"{len(instance.encode('utf-8'))} bytes of UTF-8; at most {limit} allowed"
        )


def _min_utf8(
    validator: Any, limit: int, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and len(instance.encode("utf-8")) < limit:
        yield ValidationError(
            f"{len(instance.encode('utf-8'))} bytes of UTF-8; at least {limit} needed"
        )


def _max_unique_items(
    validator: Any, limit: int, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """At most `limit` items share one combination of the selector values (for example one
    item_name per marketplace and language)."""
    if not isinstance(instance, list):
        return
    selectors = schema.get("selectors") or []
    keys = Counter(
        json.dumps([item.get(s) for s in selectors], sort_keys=True)
        for item in instance
        if isinstance(item, dict)
    )
    for key, count in sorted(keys.items()):
        if count > limit:
            yield ValidationError(
                f"{count} items for selectors {selectors} = {key}; at most {limit} allowed"
            )


AmazonValidator = validators.extend(  # type: ignore[no-untyped-call]
    Draft201909Validator,
    {
        "maxUtf8ByteLength": _max_utf8,
        "minUtf8ByteLength": _min_utf8,
        "maxUniqueItems": _max_unique_items,
    },
)


def _strip_empty_any_of(node: Any) -> Any:
    """Some published definitions hold `anyOf: []`, invalid under 2019-09; drop them."""
    if isinstance(node, dict):
        return {
            k: _strip_empty_any_of(v) for k, v in node.items() if not (k == "anyOf" and v == [])
        }
    if isinstance(node, list):
        return [_strip_empty_any_of(v) for v in node]
    return node


def validator_for(definition: dict[str, Any]) -> Any:
    schema = _strip_empty_any_of(definition)
    schema.pop("$schema", None)  # Amazon's meta-schema URI is not fetchable offline
    return AmazonValidator(schema)


def errors(definition: dict[str, Any], attributes: dict[str, Any]) -> list[str]:
    """Where the attributes break the product-type definition (empty when they fit)."""
    found = validator_for(definition).iter_errors(attributes)
    return sorted(
        f"{'/'.join(map(str, e.absolute_path)) or '(attributes)'}: {e.message}" for e in found
    )
