"""The engine's messages (`core.messages`: a code and typed parameters) worded in the viewer's
language. Each code has one English sentence here, marked for the catalogue; the parameters are
formatted with the seller's locale and zone (money with its symbol, days, labels for codes).

Both languages get the message when a row has one (English pages too, so their dates, money and
codes go through the same formatting and labels), and the stored text for an older row or an
unknown code, so a page never breaks on a message it cannot word. An English page keeps a
proposal's stored title: the proposer's own words when it gave one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from markupsafe import Markup, escape

from globalsell.core import formatting
from globalsell.core.messages import COUNTED, TYPE, Message
from globalsell.web import i18n
from globalsell.web.i18n import N_, Nn_
from globalsell.web.labels import attribute_label, label, tier_label

PLACEHOLDER = re.compile(r"%\((\w+)\)s")
# A count with its noun, in the plural form the viewer's language gives the number (`ngettext`):
# "1 day", "4 days", "4 天". A sentence names which of its parameters are counts in COUNTED.
COUNTS: dict[str, tuple[str, str]] = {
    "day": Nn_("%(n)s day", "%(n)s days"),
    "unit": Nn_("%(n)s unit", "%(n)s units"),
    "shipment": Nn_("%(n)s shipment", "%(n)s shipments"),
    "peer": Nn_("%(n)s peer", "%(n)s peers"),
}
SENTENCES: dict[str, str] = {
    # assistant findings
    "assistant.listing_blocked": N_(
        "%(sku)s cannot be listed on Amazon yet: %(missing)s missing for %(items)s."
    ),
    "assistant.cost_outlier.slip": N_(
        "The unit cost of %(sku)s (%(cost)s) is %(ratio)s× %(direction)s the median of "
        "%(against)s (%(median)s, %(peers)s); it looks like a decimal slip."
    ),
    "assistant.cost_outlier.check": N_(
        "The unit cost of %(sku)s (%(cost)s) is %(ratio)s× %(direction)s the median of "
        "%(against)s (%(median)s, %(peers)s); check it with the factory."
    ),
    "assistant.peers.category": N_("category %(name)s"),
    "assistant.peers.family": N_("the %(sku)s family"),
    "assistant.stale_proposal": N_(
        "Proposal %(id)s (%(title)s) has waited %(days)s for a decision; approve, edit or "
        "reject it."
    ),
    "assistant.stockout": N_(
        "%(sku)s in %(store)s runs out in about %(days)s (%(available)s available, selling "
        "%(demand)s a day by %(source)s; %(inbound)s). Ocean takes %(ocean)s, air %(air)s."
    ),
    "assistant.stockout.now": N_(
        "%(sku)s in %(store)s is out of stock now (%(available)s available, selling "
        "%(demand)s a day by %(source)s; %(inbound)s). Ocean takes %(ocean)s, air %(air)s."
    ),
    "assistant.demand.forecast": N_("the forecast"),
    "assistant.demand.velocity": N_("the 30-day sales rate"),
    "assistant.inbound.in_time": N_("%(units)s inbound, expected %(date)s (in time)"),
    "assistant.inbound.too_late": N_("%(units)s inbound, expected %(date)s (too late)"),
    "assistant.inbound.none": N_("nothing inbound"),
    "assistant.stockout.no_air": N_("Air is not among your preferred modes, so ocean is proposed."),
    "assistant.stockout.reorder": N_("The hub has no stock to send: reorder from the factory."),
    "assistant.stockout.expect_gap": N_(
        "Nothing sent now would land before that inbound: expect the gap."
    ),
    "assistant.excess": N_(
        "%(sku)s in %(store)s: %(parts)s. Consider a promotion, moving units to a store that "
        "sells it, or pausing replenishment."
    ),
    "assistant.excess.over": N_(
        "%(held)s (%(cover)s) against a target of %(target)s: about %(excess)s too many"
    ),
    "assistant.excess.no_sales": N_("no sales at all"),
    "assistant.excess.cover": N_("%(days)s of demand"),
    "assistant.excess.ageing": N_("the oldest units have waited %(days)s"),
    "assistant.hs.wrong": N_(
        "The HS code declared for %(sku)s (%(declared)s) looks wrong: %(flags)s."
    ),
    "assistant.hs.classifies": N_(
        "Customs classifies it as %(code)s; confirm before the next declaration."
    ),
    "assistant.hs.confirm": N_("Confirm it before the next declaration."),
    "assistant.hs.proposed": N_(
        "Customs proposes %(code)s (proposal #%(id)s); approve or reject it in the inbox."
    ),
    "assistant.hs.question": N_(
        "%(sku)s has no HS code and customs cannot classify it without an answer: %(question)s"
    ),
    "assistant.hs.unsure": N_(
        "%(sku)s has no declared HS code and customs' best guess (%(code)s) is only "
        "%(percent)s%% sure; confirm it."
    ),
    "assistant.late_shipment": N_(
        "Shipment %(code)s (%(units)s to %(destination)s, %(status)s): %(parts)s."
    ),
    "assistant.late.after_need": N_(
        "predicted to land on %(date)s, %(days)s after it is needed (%(need_by)s)"
    ),
    "assistant.late.lands": N_("predicted to land on %(date)s"),
    "assistant.late.slip": N_("%(days)s behind the carrier's plan"),
    "assistant.expand": N_(
        "%(sku)s is not listed in %(store)s, yet it sells %(sold)s; scaled by store size, "
        "%(store)s could sell about %(units)s a month. Generate a listing for it."
    ),
    "assistant.expand.sold": N_("%(units)s a month in %(store)s"),
    "assistant.price.loses": N_(
        "%(sku)s in %(store)s at %(price)s loses %(loss)s a unit with today's cost, fees and "
        "exchange rate."
    ),
    "assistant.price.under_floor": N_(
        "%(sku)s in %(store)s at %(price)s earns %(rate)s%%, under the %(floor)s%% floor with "
        "today's cost, fees and exchange rate."
    ),
    "assistant.price.target": N_("At %(price)s it meets the target margin."),
    "assistant.price.above_competitor": N_(
        "%(sku)s in %(store)s at %(price)s is %(above)s%% above the lowest competitor (%(lowest)s)."
    ),
    "assistant.price.competitive": N_("%(price)s still meets the margin floor."),
    "assistant.price.incomplete": N_(
        "The quote is incomplete: %(lines)s unknown, counted as 0, so the true margin is lower."
    ),
    "assistant.price.no_competitive": N_(
        "Matching it would break the margin floor, so no price is proposed."
    ),
    "assistant.listing_issues": N_(
        "The %(store)s listing of %(sku)s (%(status)s): %(parts)s. Fix it on the listings page."
    ),
    "assistant.listing.rules": N_("breaks %(count)s store rules"),
    "assistant.listing.untranslated": N_("untranslated: %(fields)s"),
    "assistant.listing.stale": N_("the source text changed after translation: %(fields)s"),
    # how a finding's money at stake was estimated
    "assistant.impact.listing_no_sales": N_(
        "not estimated: the listing cannot go live without it, but there are no sales data yet"
    ),
    "assistant.impact.cost_per_unit": N_(
        "per unit: the difference between this cost and the peer median"
    ),
    "assistant.impact.proposal_states_effect": N_(
        "not estimated: the proposal itself states its effect"
    ),
    "assistant.impact.lost_sales": N_("sales lost without action: %(units)s × unit price"),
    "assistant.impact.lost_anyway": N_(
        "not counted: about %(units)s of sales are lost whatever is done now"
    ),
    "assistant.impact.no_price": N_("not estimated: no price for this store"),
    "assistant.impact.capital": N_("capital tied up: excess units × unit cost"),
    "assistant.impact.no_cost": N_("not estimated: no unit cost"),
    "assistant.impact.hs_risk": N_(
        "not estimated: a wrong code risks holds and back-duty, not a price"
    ),
    "assistant.impact.hs_unanswered": N_(
        "not estimated: the item cannot be declared until answered"
    ),
    "assistant.impact.hs_unconfirmed": N_(
        "not estimated: the item cannot be declared until confirmed"
    ),
    "assistant.impact.late_goods": N_(
        "not estimated: what a late shipment costs depends on the stock at the FBA warehouse "
        "(see the stock-out findings); goods on board %(value)s at unit cost"
    ),
    "assistant.impact.expand_margin": N_("a month's gross margin at the estimated units"),
    "assistant.impact.no_price_or_cost": N_("not estimated: no price or cost"),
    "assistant.impact.margin_missing": N_(
        "margin missing on %(units)s a month, at the 30-day sales rate"
    ),
    "assistant.impact.price_gap": N_("price gap on %(units)s a month (a rough size of the risk)"),
    "assistant.impact.suppressed": N_("a month of sales the store may suppress"),
    "assistant.impact.not_selling": N_("not estimated: the listing is not selling yet"),
    # change request titles (the owning domain's description of the payload)
    "catalog.attribute.set": N_("Set %(name)s of %(sku)s to %(value)s"),
    "catalog.attribute.value_unit": N_("%(value)s %(unit)s"),
    "catalog.product.update": N_("Update %(sku)s: %(changes)s"),
    "catalog.product.field": N_("%(field)s → %(value)s"),
    "planning.plan": N_("Ship %(units)s in %(shipments)s"),
    "planning.plan.named": N_("Ship %(units)s of %(skus)s in %(shipments)s"),
    "listings.publish": N_("Publish %(sku)s in %(stores)s"),
    "pricing.price.set": N_("%(price_type)s of %(sku)s in %(store)s: %(price)s"),
    "pricing.price.change": N_("%(price_type)s of %(sku)s in %(store)s: %(before)s → %(price)s"),
    "customs.code.set": N_("HS code of %(sku)s → %(code)s"),
    "customs.code.change": N_("HS code of %(sku)s: %(declared)s → %(code)s"),
    "assistant.title.price": N_("Set the %(store)s price of %(sku)s: %(before)s → %(after)s"),
    "assistant.title.unit_cost": N_("Correct the unit cost of %(sku)s to %(cost)s"),
    "catalog.weight.imperial": N_(
        "amazon.com shows imperial units; %(weight)s %(unit)s is %(pounds)s pounds."
    ),
    "listings.generated": N_(
        "Generated from the master catalogue (attributes, glossary, store templates)."
    ),
    # why a price cannot be quoted
    "pricing.no_unit_cost": N_("%(sku)s has no unit cost"),
    "pricing.no_weight": N_(
        "%(sku)s in %(store)s has no weight: enter it, or set your own fulfilment fee"
    ),
    "pricing.no_fba_table": N_(
        "no FBA fee table is bundled for %(store)s: set your own fulfilment fee for %(sku)s"
    ),
    "pricing.fee_not_public": N_(
        "the %(store)s FBA fee for %(tier)s is not public: set your own fulfilment fee"
    ),
    "pricing.no_size_tier": N_("no FBA size tier in %(store)s fits this unit"),
    # customs: why a code is a candidate
    "customs.reason.words": N_("matched words: %(words)s"),
    "customs.reason.uk_term": N_("UK tariff product term %(term)s points to %(code)s"),
    "customs.reason.material": N_("material matches chapter %(chapter)s (%(text)s)"),
    "customs.reason.garment": N_(
        "%(noun)s is a garment: chapter 61 if knitted or crocheted, chapter 62 if not (chapter "
        "notes)"
    ),
    "customs.reason.garment_product": N_(
        "the product is a garment: chapter 61 if knitted or crocheted, chapter 62 if not "
        "(chapter notes)"
    ),
    "customs.reason.article": N_("the %(where)s names %(phrase)s: %(source)s"),
    "customs.reason.meaning": N_(
        "close in meaning to the subheading text (similarity %(share)s%%)"
    ),
    "customs.reason.heading": N_("heading %(heading)s: %(text)s"),
    "customs.reason.platform_chapter": N_(
        "the platform's top-level category covers chapter %(chapter)s"
    ),
    "customs.reason.sub_material": N_(
        "subheading %(code)s names the product's material, %(materials)s: %(source)s"
    ),
    "customs.reason.sub_left": N_(
        "subheading %(code)s is the one left once the others' materials are ruled out: %(source)s"
    ),
    "customs.reason.precedent": N_(
        "like SKU %(sku)s that you confirmed on %(day)s (similarity %(share)s%%)"
    ),
    "customs.reason.precedent_same_category": N_(
        "like SKU %(sku)s that you confirmed on %(day)s (in the same category, similarity "
        "%(share)s%%)"
    ),
    # customs: the question it asks when unsure
    "customs.question.too_short": N_(
        "What is the product, what is it made of and what is it used for? The description is "
        "too short to classify."
    ),
    "customs.question.rule": N_("%(question)s It could be %(a)s (%(a_text)s) or %(b)s."),
    "customs.question.electric": N_(
        "Is it electric (chapter 84/85) or not? It could be %(a)s (%(a_text)s) or %(b)s "
        "(%(b_text)s)."
    ),
    "customs.question.material": N_(
        "What is it mainly made of, and what is it for? It could be chapter %(a)s (%(a_text)s) "
        "or chapter %(b)s (%(b_text)s)."
    ),
    "customs.question.not_a_product": N_(
        "This does not read like a product description. What is the product, what is it made "
        "of and what is it used for?"
    ),
    "customs.question.few_words": N_(
        "Few words of the description meet %(a)s (%(a_text)s): is that what it is? If not, what "
        "is the product, what is it made of and what is it used for?"
    ),
    "customs.note.glossary": N_("glossary: %(terms)s"),
    "customs.note.few_words": N_(
        "only %(matched)s of %(words)s words match the best candidate %(code)s"
    ),
    "customs.question.made_of": N_("What is it mainly made of: %(materials)s?"),
    "customs.question.by_weight": N_("Which fibre is the largest share by weight: %(materials)s?"),
    "customs.question.upper_material": N_("What is the upper mainly made of: %(materials)s?"),
    "customs.question.sub_material": N_("%(question)s It could be %(a)s (%(a_text)s) or %(b)s."),
    "customs.question.which": N_("Which fits better: %(a)s (%(a_text)s) or %(b)s (%(b_text)s)?"),
    "customs.question.knit": N_(
        "Is it knitted or crocheted (chapter 61) or woven (chapter 62)? It could be %(a)s "
        "(%(a_text)s) or %(b)s."
    ),
    "customs.question.gender": N_(
        "Is it for men or boys, or for women or girls? It could be %(a)s (%(a_text)s) or %(b)s."
    ),
    "customs.question.article": N_(
        "Is it one of: %(a_kind)s (%(a_heading)s), or one of: %(b_kind)s (%(b_heading)s)? It "
        "could be %(a)s or %(b)s."
    ),
    # customs: the declared code checked
    "customs.flag.not_a_code": N_(
        "%(code)s is not a customs code: 6, 8 or 10 digits expected (dots and spaces allowed)"
    ),
    "customs.flag.too_short": N_("%(code)s has %(digits)s digits; declare at least 6"),
    "customs.flag.not_hs": N_("%(code)s is not an HS 2022 subheading"),
    "customs.flag.zero_padded": N_(
        "%(code)s is the subheading %(subheading)s padded with zeros; it is not a line of the "
        "%(schedule)s"
    ),
    "customs.flag.not_in_schedule": N_("%(code)s is not a line of the %(schedule)s"),
    "customs.flag.wrong_material": N_(
        "chapter %(chapter)s is for goods of %(own)s; the description names %(named)s"
    ),
    "customs.flag.wrong_chapter": N_(
        "declared chapter %(declared)s; the description points to chapter %(chapter)s "
        "(%(code)s, %(percent)s%% sure)"
    ),
    "customs.note.no_lines": N_(
        "cannot check %(code)s against the %(schedule)s: its national lines are not bundled; "
        "only the first 6 digits were checked"
    ),
    "customs.note.subheading_only": N_(
        "%(code)s is an HS subheading; the %(schedule)s line (%(digits)s digits) is still to be "
        "chosen"
    ),
    "customs.note.extra_digits": N_(
        "digits %(first)s-%(last)s of %(code)s are not part of the %(schedule)s and were not "
        "checked"
    ),
    "customs.note.leans": N_(
        "the classifier leans to chapter %(chapter)s (%(code)s, %(percent)s%% sure) but is not "
        "sure enough to call the declared chapter wrong"
    ),
    "customs.note.not_ahead": N_(
        "chapter %(chapter)s is not far enough ahead of the declared chapter %(declared)s to "
        "flag it"
    ),
    "customs.note.exempt": N_(
        "the classifier prefers chapter %(chapter)s (%(code)s), but the chapter notes do not "
        "make that evidence against the declared one: not flagged"
    ),
    # customs: the landed cost
    "customs.line.goods": N_("goods"),
    "customs.line.freight": N_("freight"),
    "customs.line.insurance": N_("insurance"),
    "customs.line.customs_value": N_("customs value"),
    "customs.line.duty": N_("duty"),
    "customs.line.tax_at_sale": N_("%(tax)s at sale"),
    "customs.line.import_tax": N_("import %(tax)s"),
    "customs.basis.seller_price": N_("seller price"),
    "customs.basis.valuation": N_("valued %(method)s"),
    "customs.basis.duty_de_minimis": N_("at or below the duty de minimis %(limit)s"),
    "customs.basis.duty_unknown": N_(
        "duty rate unknown for this code and destination: give it to complete the quote"
    ),
    "customs.basis.specific": N_("specific duty %(rate)s: give the quantity in %(unit)s"),
    "customs.basis.duty_rate": N_("%(rate)s on %(value)s"),
    "customs.basis.duty_free": N_("free on %(value)s"),
    "customs.basis.no_tax": N_("no national %(tax)s at the border"),
    "customs.basis.tax_de_minimis": N_("at or below the tax de minimis %(limit)s"),
    "customs.basis.tax_needs_duty": N_("%(tax)s needs the duty first"),
    "customs.basis.tax_rate": N_("%(rate)s%% of %(base)s"),
    "customs.basis.low_value": N_("low-value goods: charged by the seller"),
    "customs.basis.at_sale": N_("collected at the point of sale, not at the border"),
    "customs.warning.no_rate": N_(
        "give the exchange rate %(source)s→%(to)s: globalsell does not fetch rates"
    ),
    "customs.warning.many_rates": N_(
        "%(code)s covers US lines with %(rates)s different rates: give the 10-digit code"
    ),
    "customs.warning.no_us_rate": N_("no US HTS general rate found for %(code)s"),
    "customs.warning.compound": N_("US rate %(rate)s is compound: not computed"),
    "customs.source.seller": N_("seller-supplied rate"),
    "customs.source.none": N_("no open per-code duty data shipped for this destination"),
    "customs.source.us_line": N_("US HTS 2026 Rev. 10, %(code)s, general rate %(rate)s"),
    "customs.code_source.accepted": N_("accepted code"),
    "customs.code_source.declared": N_("declared code"),
    "customs.code_source.correction": N_("US line proposed for the flagged %(code)s"),
    "customs.code_source.subheading": N_("declared subheading %(hs6)s (%(code)s is flagged)"),
    "customs.code_source.classifier": N_("the classifier's best candidate (not yet accepted)"),
    "customs.code_source.none": N_("no code to quote: accept or declare a customs code first"),
    "customs.problem.no_cost": N_(
        "no unit cost on the product: set its cost to quote landed costs"
    ),
    "customs.problem.zero_cost": N_("the unit cost is 0: nothing to quote"),
    # shipment exceptions
    "logistics.exception.late_departure.departed": N_(
        "departed %(days)s after the planned departure"
    ),
    "logistics.exception.late_departure.waiting": N_(
        "not departed %(days)s after the planned departure"
    ),
    "logistics.exception.port_dwell": N_("%(days)s at the port without customs clearance"),
    "logistics.exception.customs_dwell": N_("%(days)s held in customs"),
    "logistics.exception.short_receipt": N_("%(units)s short at the FBA warehouse: %(lines)s"),
    "logistics.exception.late_for_need_date": N_(
        "predicted to arrive %(days)s after the need date"
    ),
    "logistics.exception.impossible_sequence": N_("Tracking events out of order"),
}


def _number(value: Any, digits: Any) -> str:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return formatting.number(amount, i18n.current().display, digits=digits)


def _param(value: Any) -> Markup:
    """A parameter as escaped page text; quoted words are marked `translate="no"`."""
    d = i18n.current().display
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return escape(formatting.number(value, d))
    if value is None:
        return escape(formatting.EMPTY)
    if not isinstance(value, Mapping) or TYPE not in value:
        return escape(str(value))
    kind = value[TYPE]
    if kind == "quote":
        return Markup('<span translate="no">%s</span>') % str(value.get("text", ""))
    if kind == "money":
        return escape(formatting.money(Decimal(str(value["amount"])), str(value["currency"]), d))
    if kind == "number":
        return escape(_number(value.get("value"), value.get("digits")))
    if kind == "day":
        text = str(value.get("value"))
        parsed: date = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
        return escape(formatting.day(parsed, d))
    if kind == "label":
        group, code = str(value.get("group")), str(value.get("code"))
        if group == "attribute":
            return escape(attribute_label(code))
        return escape(tier_label(code) if group == "fba_tier" else label(code, group))
    if kind == "message":
        inner = Message.from_json(value)
        return word(inner) if inner is not None else Markup("")
    if kind == "list":
        parts = [_param(v) for v in value.get("values", [])]
        return Markup("、" if d.is_chinese else ", ").join(parts)
    return escape(str(value))


def word(message: Message) -> Markup:
    """`message` in the language of the page being rendered, as escaped page text (empty for an
    unknown code)."""
    if message.code == "sentences":
        parts = [_param(p) for p in message.params.get("parts", [])]
        glue = Markup("" if i18n.current().display.is_chinese else " ")
        return glue.join(p for p in parts if p)
    template = SENTENCES.get(message.code)
    if template is None:
        return Markup("")
    counted = COUNTED.get(message.code, {})
    values = {
        name: _count(v, counted[name]) if name in counted else _param(v)
        for name, v in message.params.items()
    }
    try:
        return escape(i18n.gettext(template)) % values
    except (KeyError, ValueError, TypeError):
        return escape(template) % dict.fromkeys(_names(template), "?")


def _count(value: Any, noun: str) -> Markup:
    """A count with its noun in the form the number takes: `1 day`, `4.5 days`, `4 天`."""
    singular, plural = COUNTS[noun]
    raw = value.get("value") if isinstance(value, Mapping) else value
    try:
        number = Decimal(str(raw))
    except InvalidOperation:
        number = Decimal(0)
    # gettext's plural rules take whole numbers; a fraction reads as many ("1.5 days")
    n = int(number) if number.is_finite() and number == number.to_integral_value() else 2
    return escape(i18n.ngettext(singular, plural, n)) % {"n": _param(value)}


def _names(template: str) -> list[str]:
    return PLACEHOLDER.findall(template)


def known(message: Message) -> bool:
    if message.code == "sentences":
        parts = [Message.from_json(p) for p in message.params.get("parts", [])]
        return all(p is not None and known(p) for p in parts)
    return message.code in SENTENCES


def stored_text(text: str, messages: Mapping[str, Any] | None, slot: str) -> str | Markup:
    """A row's `slot` (reason, impact_note, title) for the page: its message worded in the
    viewer's language, else the stored text (and the stored title on an English page)."""
    if slot == "title" and not i18n.current().display.is_chinese:
        return text  # the proposer's own English title (the domain's description when none)
    found = Message.from_json((messages or {}).get(slot))
    if found is None or not known(found):
        return text
    return word(found) or text
