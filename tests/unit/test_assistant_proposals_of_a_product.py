"""Open proposals asked about one product list that product's proposals only: a variant's or a
plan's subject carries the product's SKU; another SKU that starts the same way does not."""

from __future__ import annotations

from globalsell.assistant.chat import _about_products
from globalsell.assistant.chat_render import render

OPEN = {
    "about": None,
    "count": 5,
    "proposals": [
        {"id": 9, "title": "Publish LAMP-10", "status": "proposed", "subject": "LAMP-10"},
        {"id": 8, "title": "Send 20 units", "status": "proposed", "subject": "refill-LAMP-1-US"},
        {"id": 7, "title": "Weight of LAMP-1-S", "status": "proposed", "subject": "LAMP-1-S"},
        {"id": 6, "title": "Cost of LAMP-1", "status": "proposed", "subject": "LAMP-1"},
        {"id": 5, "title": "Price of MUG-2", "status": "proposed", "subject": "MUG-2"},
    ],
}


def test_only_the_named_products_proposals_are_kept() -> None:
    kept = _about_products(OPEN, ["LAMP-1"])
    assert [p["id"] for p in kept["proposals"]] == [8, 7, 6]
    assert kept["count"] == 3
    assert render("open_proposals", kept, chinese=False) == (
        "3 proposals wait for a decision: "
        "#8 Send 20 units; #7 Weight of LAMP-1-S; #6 Cost of LAMP-1"
    )


def test_a_product_with_no_open_proposal_says_so() -> None:
    none = _about_products(OPEN, ["TEA-3"])
    assert render("open_proposals", none, chinese=False) == (
        "No proposal waits for a decision on TEA-3."
    )
    assert render("open_proposals", none, chinese=True) == "TEA-3 没有待审批的提案。"
