"""Writing attributes (catalog.set_attribute, a re-import) keeps a product already loaded in the
session current: its `attributes` list what the store holds."""

from __future__ import annotations

from sqlalchemy.orm import Session

from globalsell.catalog import service as catalog
from globalsell.catalog.domain import Provenance
from globalsell.core.actor import Actor
from tests.factories import AT, make_member, make_product, make_seller
from tests.integration.test_catalog_import import HEADER, ROWS, _import


def _set(session: Session, actor: Actor, sku: str, name: str, value: str) -> None:
    catalog.set_attribute(
        session,
        actor=actor,
        sku=sku,
        name=name,
        value=value,
        unit=None,
        language="en",
        marketplace=None,
        provenance=Provenance.SELLER,
        confidence=None,
        source="test",
        now=AT,
    )


def _attributes(session: Session, actor: Actor, sku: str) -> list[tuple[str, object]]:
    product = catalog.get_product(session, actor=actor, sku=sku)
    return [(a.name, a.value) for a in product.attributes]


def test_a_new_attribute_shows_in_the_loaded_product(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, sku="NB-CUP-1")
    loaded = catalog.get_product(session, actor=owner.actor, sku=product.sku)
    assert [(a.name, a.value) for a in loaded.attributes] == []
    _set(session, owner.actor, product.sku, "color", "red")
    _set(session, owner.actor, product.sku, "material", "steel")
    assert [(a.name, a.value) for a in loaded.attributes] == [
        ("color", "red"),
        ("material", "steel"),
    ]
    assert _attributes(session, owner.actor, product.sku) == [
        ("color", "red"),
        ("material", "steel"),
    ]


def test_a_changed_attribute_shows_its_new_value_in_the_loaded_product(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    product = make_product(session, owner.actor, sku="NB-CUP-2")
    _set(session, owner.actor, product.sku, "color", "red")
    loaded = catalog.get_product(session, actor=owner.actor, sku=product.sku)
    _set(session, owner.actor, product.sku, "color", "black")
    assert [(a.name, a.value, a.confidence) for a in loaded.attributes] == [
        ("color", "black", None)
    ]


def test_a_reimport_drops_a_removed_value_from_the_loaded_product(session: Session) -> None:
    owner = make_member(session, make_seller(session))
    _import(session, owner.actor, "\n".join([HEADER, *ROWS]))
    loaded = catalog.get_product(session, actor=owner.actor, sku="NB-MAT-1")
    assert sorted(a.name for a in loaded.attributes) == [
        "bullet_point",
        "item_dimensions",
        "item_weight",
    ]
    without_weight = ROWS[3].replace("1.2 kg", "")
    _import(session, owner.actor, "\n".join([HEADER, *ROWS[:3], without_weight]))
    assert sorted(a.name for a in loaded.attributes) == ["bullet_point", "item_dimensions"]
