"""Proposal titles and finding reasons worded in Chinese from their message codes, so a Chinese
chat answer never quotes the English text stored beside them."""

from __future__ import annotations

from decimal import Decimal

from globalsell.assistant import chat_render
from globalsell.assistant.message_words import finding_zh, title_zh, zh
from globalsell.core import messages as msg


def test_a_price_title_in_chinese() -> None:
    title = msg.message(
        "assistant.title.price",
        store="JP",
        sku="NB-AP-003",
        before=msg.money(amount=Decimal("1780"), currency="JPY"),
        after=msg.money(amount=Decimal("2880"), currency="JPY"),
    )
    assert title_zh({"title": title.to_json()}, "pricing.price.set", "NB-AP-003@JP") == (
        "NB-AP-003 在 JP 的售价：JP¥1,780 → JP¥2,880"
    )


def test_a_plan_title_counts_in_chinese() -> None:
    title = msg.message("planning.plan", units=384, shipments=19)
    assert zh(title.to_json()) == "分 19 批发货，共 384 件"


def test_an_unknown_code_falls_back_to_chinese_words() -> None:
    stored = {"title": msg.message("made.up.code", sku="X").to_json()}
    assert title_zh(stored, "pricing.price.set", "NB-KT-001@US") == "设置售价: NB-KT-001@US"
    assert title_zh(None, "other.kind", "NB-KT-001") == "修改: NB-KT-001"
    assert finding_zh(None, "inventory.excess", {"sku": "NB-KT-001", "store": "DE"}) == (
        "NB-KT-001 DE: 库存积压(详情见收件箱)"
    )


def test_nested_sentences_and_labels() -> None:
    reason = msg.sentences(
        msg.message("assistant.stockout.expect_gap"),
        msg.message("assistant.hs.confirm"),
    )
    assert zh(reason.to_json()) == "现在发货也赶不上这批在途货之前到仓：会出现断货空档。" + zh(
        msg.message("assistant.hs.confirm").to_json()
    )
    unknown_label = msg.message(
        "pricing.price.set",
        price_type=msg.label("price_type", "made_up"),
        sku="A",
        store="US",
        price=1,
    )
    assert zh(unknown_label.to_json()) is None


def test_a_chinese_proposal_list_quotes_the_chinese_title() -> None:
    data = {
        "count": 1,
        "about": None,
        "proposals": [{"id": 7, "title": "Set the price", "title_zh": "设置售价: A@US"}],
    }
    assert (
        chat_render.render("open_proposals", data, True) == "有 1 个待审批的提案: #7 设置售价: A@US"
    )
    assert chat_render.render("open_proposals", data, False) == (
        "1 proposal waits for a decision: #7 Set the price"
    )
