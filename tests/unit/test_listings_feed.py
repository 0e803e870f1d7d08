"""JSON_LISTINGS_FEED documents against Amazon's published schema v2; processing reports."""

from __future__ import annotations

import json
from pathlib import Path

from globalsell.core.marketplaces import marketplaces
from globalsell.listings import feed

DE = marketplaces().get("DE")
FIXTURES = Path(__file__).parent.parent / "fixtures" / "amazon"
CONTENT = {
    "product_type": "BOTTLE",
    "brand": "NINGVALE",
    "item_name": "NINGVALE Isolierflasche, Edelstahl 304, 500 ml",
    "bullet_point": ["Material: Edelstahl 304"],
    "item_weight": {"value": 350.0, "unit": "grams"},
    "capacity": {"value": "500", "unit": "milliliters"},
    "material": ["Edelstahl 304"],
    "parentage_level": "child",
    "parent_sku": "NB-KT-002",
}


def test_update_patch_and_delete_messages_fit_the_schema() -> None:
    messages = [
        feed.update_message(0, "NB-KT-002-500", CONTENT, DE),
        feed.patch_message(0, "NB-KT-002-750", "BOTTLE", {"item_name": "Neu"}, DE),
        feed.delete_message(0, "NB-OLD"),
    ]
    (document,) = feed.documents("A1SELLER", DE, messages)
    assert feed.feed_errors(document) == []
    assert document["header"] == {"sellerId": "A1SELLER", "version": "2.0", "issueLocale": "de_DE"}
    assert [m["messageId"] for m in document["messages"]] == [1, 2, 3]
    attrs = document["messages"][0]["attributes"]
    assert attrs["item_name"] == [
        {
            "value": CONTENT["item_name"],
            "language_tag": "de_DE",
            "marketplace_id": DE.marketplace_id,
        }
    ]
    assert attrs["capacity"] == [
        {"value": 500, "unit": "milliliters", "marketplace_id": DE.marketplace_id}
    ]
    assert attrs["child_parent_sku_relationship"] == [
        {
            "child_relationship_type": "variation",
            "parent_sku": "NB-KT-002",
            "marketplace_id": DE.marketplace_id,
        }
    ]
    assert document["messages"][1]["patches"] == [
        {
            "op": "replace",
            "path": "/attributes/item_name",
            "value": [
                {"value": "Neu", "language_tag": "de_DE", "marketplace_id": DE.marketplace_id}
            ],
        }
    ]


def test_chunks_follow_the_schema_maximum() -> None:
    schema = json.loads(
        (
            Path(feed.__file__).parent / "data" / "amazon" / "listings-feed-schema-v2.json"
        ).read_text()
    )
    assert schema["properties"]["messages"]["maxItems"] == feed.MAX_MESSAGES == 25_000
    messages = [feed.delete_message(0, f"SKU-{i}") for i in range(5)]
    documents = feed.documents("A1SELLER", DE, messages, size=2)
    assert [len(d["messages"]) for d in documents] == [2, 2, 1]
    assert [m["messageId"] for m in documents[2]["messages"]] == [1]
    too_big = {
        "header": documents[0]["header"],
        "messages": [feed.delete_message(i + 1, f"S{i}") for i in range(25_001)],
    }
    assert feed.feed_errors(too_big)[0].startswith("messages: ")


def test_a_broken_document_is_reported() -> None:
    errors = feed.feed_errors(
        {
            "header": {"sellerId": "A", "version": "1.0"},
            "messages": [{"messageId": 1, "sku": "X", "operationType": "EXPLODE"}],
        }
    )
    assert errors != []
    assert any("'2.0' was expected" in e for e in errors)


def test_processing_report_example_is_parsed_per_sku() -> None:
    report = json.loads(
        (FIXTURES / "listings-feed-processing-report-schema-v2.example.json").read_text()
    )
    outcome = feed.parse_report(report)
    assert outcome.schema_errors == []
    assert sorted(outcome.rejected) == ["My-SKU-B", "My-SKU-C"]
    assert [i["code"] for i in outcome.rejected["My-SKU-B"]] == ["90220", "90220"]
    assert outcome.summary["messagesAccepted"] == 2
