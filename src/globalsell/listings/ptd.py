"""Validation against Amazon product-type definitions: JSON Schema 2019-09 plus Amazon's own
assertion keywords (`maxUtf8ByteLength`, `minUtf8ByteLength`, `maxUniqueItems` over
`selectors`), through jsonschema with custom keyword handlers. Pure apart from reading the
definitions folder the edge installs at start-up (GLOBALSELL_AMAZON_PTD_DIR): a listing is
checked against its product type's definition wherever one is there."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft201909Validator, ValidationError, validators

from globalsell.core.marketplaces import Marketplace
from globalsell.listings.domain import Issue
from globalsell.listings.feed import attributes as amazon_attributes


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


def _violations(definition: dict[str, Any], attributes: Any) -> list[tuple[str, str]]:
    found = validator_for(definition).iter_errors(attributes)
    return sorted(("/".join(map(str, e.absolute_path)) or "(attributes)", e.message) for e in found)


def errors(definition: dict[str, Any], attributes: dict[str, Any]) -> list[str]:
    """Where the attributes break the product-type definition (empty when they fit)."""
    return [f"{path}: {message}" for path, message in _violations(definition, attributes)]


class Definitions:
    """Product-type definitions in a folder, one JSON schema a file named
    `PRODUCT_TYPE.MARKETPLACE_ID[.anything].json` (as Amazon's getDefinitionsProductType serves
    the schema); read on first use and kept."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find(self, product_type: str, marketplace_id: str) -> dict[str, Any] | None:
        """The definition of `product_type` in that marketplace; None when the folder has none."""
        return _load(self.folder, product_type.upper(), marketplace_id)


@cache
def _load(folder: Path, product_type: str, marketplace_id: str) -> dict[str, Any] | None:
    for path in sorted(folder.glob(f"{product_type}.{marketplace_id}*.json")):
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    return None


_installed: list[Definitions] = []


def install(folder: Path | None) -> None:
    """The composition root names the definitions folder once (None: no definitions)."""
    _installed[:] = [Definitions(folder)] if folder is not None else []


def listing_issues(
    content: dict[str, Any], store: Marketplace, definitions: Definitions | None = None
) -> list[Issue]:
    """Where one store's listing content, as Amazon attributes, breaks its product type's
    definition (from `definitions`, else the installed folder); nothing when there is none."""
    chosen = definitions or (_installed[0] if _installed else None)
    product_type = content.get("product_type")
    if chosen is None or not product_type or not store.marketplace_id:
        return []
    definition = chosen.find(str(product_type), store.marketplace_id)
    if definition is None:
        return []
    attributes = amazon_attributes(content, store)
    return [
        Issue(
            "product-type-definition",
            path.split("/")[0],
            f"Amazon's {product_type} definition: {path}: {message}",
        )
        for path, message in _violations(definition, attributes)
    ]
