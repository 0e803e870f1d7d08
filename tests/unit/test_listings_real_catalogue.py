"""Listings for a platform export: titles from the classified type in the store's language,
spam removed from English seller titles, package facts labelled as package facts, values
translated through the glossary or left out with a flag, unbranded products as Generic."""

from __future__ import annotations

from globalsell.core.marketplaces import marketplaces
from globalsell.listings.content import Sku, render
from globalsell.listings.evaluation import Row, evaluate
from globalsell.listings.extract import MasterText, complete
from globalsell.listings.glossary import glossary
from globalsell.listings.product_types import classify

NECKLACE = MasterText(
    title="2024 New Hot Sale Stainless Steel Cuban Chain Necklace for Men Free Shipping",
    title_en=None,
    category="Jewelry & Accessories > Fashion Jewelry > Necklace",
    description=None,
    bullets=(),
    keywords=(),
    attributes={
        "material": ("Stainless Steel", None),
        "color": ("Gold Color", None),
        "country_of_origin": ("CN", None),
        "package_weight": ("0.120", "kilograms"),
        "package_dimensions": ({"length": "10", "width": "8", "height": "2"}, "centimeters"),
        "platform_attributes": (
            {"Brand Name": "NoEnName_Null", "Gender": "Men", "Style": "Hip Hop"},
            None,
        ),
    },
)


def _render(master: MasterText, store: str, *, typed: bool = True):  # type: ignore[no-untyped-def]
    sku = Sku("AE-1", None, "en", None, False, None, master, unbranded=True)
    kind = classify(title=master.title, category=master.category) if typed else None
    words = glossary()
    return render(
        sku, complete(master, words), marketplaces().get(store), words, classification=kind
    )


def test_typed_title_and_bullets_in_german() -> None:
    out = _render(NECKLACE, "DE")
    assert out.content["product_type"] == "NECKLACE"
    assert out.content["item_name"] == "Herren Gliederkette, Edelstahl, Gold, Hip-Hop"
    assert out.content["brand"] == "Generic"
    assert out.content["bullet_point"] == [
        "Material: Edelstahl",
        "Für: Herren; Stil: Hip-Hop",
        "Farbe: Gold",
        "Verpackungsmaße: 10 x 8 x 2 cm; Verpackungsgewicht: 120 g",
    ]
    assert "item_weight" not in out.content
    # The seller's spam is reported as left out, not silently dropped.
    assert [i.code for i in out.issues] == ["unbranded", "spam-removed"]
    assert out.issues[1].message == (
        "left out of the seller's title: 2024, New, Hot Sale, Free Shipping"
    )


def test_untranslatable_colour_is_left_out_and_flagged() -> None:
    master = MasterText(
        **{
            **NECKLACE.__dict__,
            "attributes": {**NECKLACE.attributes, "color": ("Mirror Glow", None)},
        }
    )
    out = _render(master, "FR")
    assert "color" not in out.content
    assert out.content["item_name"] == "Collier chaîne pour homme, Acier inoxydable, Hip-hop"
    assert [(i.code, i.severity.value) for i in out.issues] == [
        ("unbranded", "warning"),
        ("untranslated-value", "warning"),
        ("spam-removed", "info"),
    ]


def test_untyped_english_title_is_the_sellers_without_spam() -> None:
    master = MasterText(
        **{**NECKLACE.__dict__, "category": None, "title": NECKLACE.title + " Gizmo"}
    )
    out = _render(master, "US", typed=False)
    assert out.content["item_name"] == ("Stainless Steel Cuban Chain Necklace for Men Gizmo")
    assert [i.code for i in out.issues] == ["unbranded", "unknown-product-type", "spam-removed"]
    assert out.issues[2].message == (
        "removed from the seller's title: 2024, New, Hot Sale, Free Shipping"
    )
    assert "item_name" not in _render(master, "DE", typed=False).content


def test_evaluation_counts_typed_titles_spam_and_blocking() -> None:
    rows = [
        Row("A", "US", "NECKLACE", "Halskette", [], {"material": "x"}, first_try_valid=True),
        Row("A", "DE", "NECKLACE", "Kette", [], {"material": "x"}, first_try_valid=True),
        Row(
            "B",
            "US",
            "PRODUCT",
            "New Gizmo 2024",
            [{"code": "needs-product-type", "severity": "error", "field": "product_type"}],
            {},
        ),
        Row(
            "B",
            "DE",
            "PRODUCT",
            "",
            [{"code": "needs-product-type", "severity": "error", "field": "product_type"}],
            {},
        ),
    ]
    result = evaluate(rows, key_attributes={"NECKLACE": ("material", "color")}, sample_size=1)
    data = result.as_json()
    assert (data["typed_share"], data["abstained_share"], data["blocking_share"]) == (0.5, 0.5, 0.5)
    assert data["titles_present"] == {"DE": 0.5, "US": 1.0}
    assert (data["spam_titles"], data["spam_markers"]) == (1, {"new": 1, "year": 1})
    assert data["attribute_fill"] == {
        "NECKLACE": {"material": 1.0, "color": 0.0},
        "PRODUCT": {
            "brand": 0.0,
            "material": 0.0,
            "color": 0.0,
            "size": 0.0,
            "country_of_origin": 0.0,
        },
    }
    assert data["first_try_valid_typed"] == 0.5
    assert len(data["sample"]) == 1
