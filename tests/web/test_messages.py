"""Engine messages worded in the viewer's language (ADR 0116): exact sentences in both languages,
parameters formatted by the one helper, quoted words marked, unknown codes falling back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from markupsafe import Markup

from globalsell.core import formatting
from globalsell.core import messages as msg
from globalsell.core.messages import Message
from globalsell.customs import subheadings
from globalsell.customs.destinations import destinations
from globalsell.logistics.exception_rules import exception_message
from globalsell.web import i18n, labels, messages
from globalsell.web.rule_notes import RULE_NOTES

ZH = i18n.language(formatting.Display(locale="zh_CN", timezone="Asia/Shanghai"))
EN = i18n.language(formatting.Display(locale="en", timezone="Asia/Shanghai"))

STOCKOUT = msg.sentences(
    msg.message(
        "assistant.stockout",
        sku="NB-AP-002",
        store="DE",
        days=msg.number("8"),
        available=10,
        demand=msg.number("1.32", digits=2),
        source=msg.nested(msg.message("assistant.demand.forecast")),
        inbound=msg.nested(
            msg.message("assistant.inbound.too_late", units=96, date=msg.day(date(2026, 12, 13)))
        ),
        ocean=35,
        air=7,
    ),
    msg.message("assistant.stockout.expect_gap"),
)


def test_a_finding_is_worded_in_chinese_with_local_dates() -> None:
    with i18n.rendering(ZH):
        text = messages.word(STOCKOUT)

    assert text == (
        "NB-AP-002 在 DE 约 8 天后断货（可售 10 件，按预测每天卖 1.32 件；在途 96 件，预计 "
        "2026年12月13日 到（来不及））。海运需 35 天，空运需 7 天。"
        "现在发货也赶不上这批在途货之前到仓：会出现断货空档。"
    )


def test_the_same_finding_in_english() -> None:
    with i18n.rendering(EN):
        text = messages.word(STOCKOUT)

    assert text == (
        "NB-AP-002 in DE runs out in about 8 days (10 available, selling 1.32 a day by the "
        "forecast; 96 units inbound, expected Dec 13, 2026 (too late)). Ocean takes 35 days, "
        "air 7. Nothing sent now would land before that inbound: expect the gap."
    )


def test_money_and_labels_go_through_the_formatting_helper_and_the_labels() -> None:
    title = msg.message(
        "pricing.price.set",
        price_type=msg.label("price_type", "regular"),
        sku="NB-AP-003",
        store="JP",
        price=msg.money(amount=Decimal("2480"), currency="JPY"),
    )
    with i18n.rendering(ZH):
        chinese = messages.word(title)
    with i18n.rendering(EN):
        english = messages.word(title)

    assert chinese == "NB-AP-003 在 JP 的常规价：JP¥2,480"
    assert english == "Regular price of NB-AP-003 in JP: ¥2,480"


def test_proposal_titles_keep_before_and_after_with_money_and_units_in_words() -> None:
    titles = [
        msg.message(
            "assistant.title.price",
            store="JP",
            sku="NB-AP-003",
            before=msg.money(amount=Decimal("1580"), currency="JPY"),
            after=msg.money(amount=Decimal("2480"), currency="JPY"),
        ),
        msg.message(
            "assistant.title.unit_cost",
            sku="NB-KT-003",
            cost=msg.money(amount=Decimal("38"), currency="CNY"),
        ),
        msg.message("customs.code.change", sku="NB-TY-003", declared="9503008900", code="95030000"),
        msg.message(
            "catalog.attribute.set",
            name=msg.label("attribute", "item_weight"),
            sku="NB-AP-005",
            value=msg.nested(
                msg.message(
                    "catalog.attribute.value_unit", value="1.32", unit=msg.label("unit", "pounds")
                )
            ),
        ),
    ]
    with i18n.rendering(ZH):
        chinese = [str(messages.word(t)) for t in titles]
    with i18n.rendering(EN):
        english = [str(messages.word(t)) for t in titles]

    assert chinese == [
        "NB-AP-003 在 JP 的售价：JP¥1,580 → JP¥2,480",
        "将 NB-KT-003 的单位成本改为 ¥38.00",
        "NB-TY-003 的 HS 编码：9503008900 → 95030000",
        "将 NB-AP-005 的重量设为 1.32 磅",
    ]
    assert english == [
        "Set the JP price of NB-AP-003: ¥1,580 → ¥2,480",
        "Correct the unit cost of NB-KT-003 to CN¥38.00",
        "HS code of NB-TY-003: 9503008900 → 95030000",
        "Set Weight of NB-AP-005 to 1.32 pounds",
    ]


def test_quoted_words_are_marked_and_escaped() -> None:
    reason = msg.message(
        "customs.reason.heading", heading="8516", text=msg.quote("Electric <water> heaters")
    )
    with i18n.rendering(ZH):
        text = messages.word(reason)

    assert isinstance(text, Markup)
    assert str(text) == '品目 8516：<span translate="no">Electric &lt;water&gt; heaters</span>'


def test_a_shipment_exception_is_worded_from_its_kind_and_evidence() -> None:
    said = exception_message("customs_dwell", {"dwell_days": 6.0, "limit_days": 3})
    with i18n.rendering(ZH):
        text = messages.word(said)

    assert said == Message(
        "logistics.exception.customs_dwell", {"days": {"t": "number", "value": "6", "digits": None}}
    )
    assert text == "被海关扣留 6 天"


def test_both_languages_word_a_known_message_and_unknown_codes_fall_back_to_the_text() -> None:
    stored = {"reason": {"code": "assistant.no_such_code", "params": {}}}
    known = {"reason": msg.message("assistant.inbound.none").to_json()}
    title = {"title": msg.message("assistant.inbound.none").to_json()}
    with i18n.rendering(ZH):
        unknown = messages.stored_text("stored words", stored, "reason")
        worded = messages.stored_text("stored words", known, "reason")
        missing = messages.stored_text("stored words", None, "reason")
    with i18n.rendering(EN):
        english = messages.stored_text("stored words", known, "reason")
        fallback = messages.stored_text("stored words", stored, "reason")
        own_title = messages.stored_text("Lower the unit cost", title, "title")

    assert (unknown, worded, missing) == ("stored words", "没有在途货", "stored words")
    # English pages word the message too (local dates, money symbols, labels for codes), but
    # keep a proposal's stored title: the proposer's own words when it gave one
    assert (english, fallback, own_title) == (
        "nothing inbound",
        "stored words",
        "Lower the unit cost",
    )


def test_every_destination_rule_note_is_in_the_catalogue() -> None:
    notes = {note for rule in destinations().values() for note in rule.notes}

    assert notes == set(RULE_NOTES)


def test_a_listing_issue_is_named_by_its_code_on_a_chinese_page() -> None:
    issue = {
        "code": "title-length",
        "field": "item_name",
        "message": "212 characters; the limit is 200",
    }
    odd = {"code": "no-such-check", "message": "something else"}
    with i18n.rendering(ZH):
        chinese = (labels.issue_text(issue), labels.issue_text(odd))
    with i18n.rendering(EN):
        english = labels.issue_text(issue)

    assert chinese == ("标题超过店铺允许的长度", "something else")
    assert english == "212 characters; the limit is 200"


def test_an_empty_shelf_is_worded_as_out_of_stock_now() -> None:
    empty = msg.message(
        "assistant.stockout.now",
        sku="NB-AP-002",
        store="DE",
        days=msg.number("0"),
        available=0,
        demand=msg.number("1.32", digits=2),
        source=msg.nested(msg.message("assistant.demand.velocity")),
        inbound=msg.nested(msg.message("assistant.inbound.none")),
        ocean=35,
        air=7,
    )
    with i18n.rendering(ZH):
        zh = messages.word(empty)
    with i18n.rendering(EN):
        en = messages.word(empty)

    assert zh == (
        "NB-AP-002 在 DE 现已断货（可售 0 件，按近 30 天销量每天卖 1.32 件；没有在途货）。"
        "海运需 35 天，空运需 7 天。"
    )
    assert en == (
        "NB-AP-002 in DE is out of stock now (0 available, selling 1.32 a day by the 30-day "
        "sales rate; nothing inbound). Ocean takes 35 days, air 7."
    )


def test_the_subheading_by_material_reason_and_question_are_coded() -> None:
    cotton = frozenset({"cotton"})
    named = subheadings.reason_said("610910", "Of cotton", cotton)
    left = subheadings.reason_said("640399", "Other", cotton)
    asked = subheadings.question_said("Of cotton", "Of synthetic fibres")
    assert asked is not None
    with i18n.rendering(ZH):
        zh = [str(messages.word(m)) for m in (named, left, asked)]

    assert zh == [
        "子目 610910 写明了商品的材质（棉）：第十一类子目注释二（按重量占优势的纤维）",
        "排除其他子目的材质后只剩子目 640399：第 64 章注释四(一)（鞋面的材料）",
        "它主要由哪种材料制成：棉、合成纤维（涤纶、尼龙等）？",
    ]
    assert subheadings.question_said("Of cotton", "Of cotton, knitted") is None


def test_every_material_and_legal_source_has_a_label() -> None:
    assert set(labels.LABELS["hs_material"]) == set(subheadings.LABELS)
    assert set(labels.LABELS["hs_source"]) == set(subheadings.SOURCES)
    assert all(labels.LABELS["hs_material"][k] == v for k, v in subheadings.LABELS.items())
    assert all(labels.LABELS["hs_source"][k] == v for k, v in subheadings.SOURCES.items())


def test_an_english_count_of_one_is_singular_and_other_counts_are_not() -> None:
    def inbound(units: int) -> Message:
        return msg.message(
            "assistant.inbound.in_time", units=units, date=msg.day(date(2026, 12, 13))
        )

    with i18n.rendering(EN):
        english = [str(messages.word(inbound(n))) for n in (1, 11, 21)]
        dwell = str(messages.word(msg.message("logistics.exception.customs_dwell", days="0.1")))
    with i18n.rendering(ZH):
        chinese = str(messages.word(inbound(1)))

    assert english == [
        "1 unit inbound, expected Dec 13, 2026 (in time)",
        "11 units inbound, expected Dec 13, 2026 (in time)",
        "21 units inbound, expected Dec 13, 2026 (in time)",
    ]
    assert dwell == "0.1 days held in customs"
    assert chinese == "在途 1 件，预计 2026年12月13日 到（来得及）"


def test_each_count_of_a_sentence_takes_its_own_plural_form() -> None:
    def plan(units: int, shipments: int) -> Message:
        return msg.message("planning.plan", units=units, shipments=shipments)

    with i18n.rendering(EN):
        english = [str(messages.word(plan(u, s))) for u, s in ((1, 1), (12, 1), (1, 2))]
        late = str(
            messages.word(msg.message("logistics.exception.late_for_need_date", days=msg.number(1)))
        )
    with i18n.rendering(ZH):
        chinese = str(messages.word(plan(12, 1)))

    assert english == [
        "Ship 1 unit in 1 shipment",
        "Ship 12 units in 1 shipment",
        "Ship 1 unit in 2 shipments",
    ]
    assert late == "predicted to arrive 1 day after the need date"
    assert chinese == "分 1 批发货，共 12 件"
